// A contact label in the sign-off block is letterhead, not an invitation: "Atentamente,\nVelas del Sur\nAtención al cliente: 955
// 555 302 · hola@velasdelsur.es", "Owen | Harbor & Pine Goods\nharborandpine dot shop | help line 555-0192". The number and
// address get their own phone/url/email findings (README, "a bare Tel.:/E-mail: line gets only the address label"); the label
// before them ("Atención al cliente:", "help line", "Kundenservice:") is no offplatform ask of its own there.
// Read: the label opens its line (or follows a "|" / "·" separator), and a closing formula ("Atentamente,", "Best regards",
// "Mit freundlichen Grüßen", "Cordialement", "Cordiali saluti", "Atenciosamente", "よろしくお願いいたします") or a "Name | Shop"
// line stands in the three lines above it.
// Not: the label in a sentence ("Our customer line is 0161 ..., call any time"), a label line with no sign-off above it
// ("Customer line: 1800 555 019 (Australia)" alone is labelled offplatform in the development rows), a line that asks ("call
// our help line 555-0192").

/** A closing formula on its own line (the comma and a name may follow). */
const CLOSING = /^\s{0,3}(?:atentamente|(?:un )?(?:cordial )?saludos?|cordialmente|(?:best|kind|warm)(?: regards| wishes)?|regards|thanks(?: again)?|thank you|cheers|sincerely|yours(?: sincerely| truly)?|mit freundlichen grüßen|(?:viele|beste|liebe|freundliche) grüße|cordialement|bien à vous|bien cordialement|cordiali saluti|distinti saluti|un (?:caro )?saluto|saluti|atenciosamente|abraços|att\.?|よろしくお願い(?:いた)?します。?)(?=[\s,.!]|$)/u;
/** A "Name | Shop" or "Name - Shop" signature line: two short parts, no sentence end. */
const NAME_BAR = /^\s{0,3}[^\n|.!?]{1,40}\s[|–—\x96\x97-]\s[^\n|.!?]{1,40}$/u;
/** A request or call verb on the label's line: it asks, so it stays an invitation. */
const ASKS = /(?<![\p{L}])(?:call|ring|text|phone us|contact|reach|llám|llame|escrib|rufen|anrufen|appel|contact|chiam|ligue|ligar|chame|お電話ください|ご連絡ください)/u;

/** Is the offplatform label at [start, end) of the (normalized, lowercased) text a sign-off block's contact label? */
export function signoffContactLabel(t: string, start: number, end: number): boolean {
  const ls = t.lastIndexOf('\n', start - 1) + 1;
  const le0 = t.indexOf('\n', end);
  const le = le0 < 0 ? t.length : le0;
  // (the label opens its line, or a separator puts it after another contact: "x dot shop | help line ...")
  if (!/(?:^|[|·•\x95]\s{0,3})\s{0,3}$/u.test(t.slice(Math.max(ls, start - 80), start))) return false;
  if (le - ls > 160 || ASKS.test(t.slice(ls, le))) return false;
  // the three lines above, blank ones skipped (at most eight lines read)
  let pos = ls - 1;
  for (let n = 0, read = 0; n < 3 && pos > 0 && read < 8; read++) {
    const ps = t.lastIndexOf('\n', pos - 1) + 1;
    const line = t.slice(ps, pos);
    pos = ps - 1;
    if (!line.trim()) continue;
    n++;
    if (CLOSING.test(line) || NAME_BAR.test(line)) return true;
  }
  return false;
}
