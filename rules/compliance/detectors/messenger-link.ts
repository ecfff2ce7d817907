// (s31 mrec) A phone number carried inside a messenger's click-to-chat link: "wa.me/5511955550123", "api.whatsapp.com/send?phone=
// 4915112345678", "t.me/+447700900123", "viber://chat?number=%2B390212345678". The link opens a chat with that number, so the
// number is a phone number written out (README: `phone` for any number, `url` for the link) - the link reader takes the digits as
// part of the address and the phone reader skips what lies inside an address. Only the digits after the link's number slot: a
// username link ("t.me/shopname", "wa.me/message/ABC123") carries no number.
import type { Span } from './span';

/** The number slot of a click-to-chat link, 7 to 15 digits (E.164 at most 15). */
const NUMBER_IN_LINK = /(?<![\p{L}\p{N}])(?:wa\.me\/|whatsapp\.com\/send\/?\?phone=|t\.me\/\+|viber:\/\/(?:chat|add)\?number=)(?:%2b|\+)?(\d{7,15})(?!\d)/gu;
/** Cheap gate: one of the slots' literals. */
const GATE = /wa\.me\/|phone=|t\.me\/\+|number=/u;

export function messengerLinkNumbers(t: string): Span[] {
  if (!GATE.test(t)) return [];
  const out: Span[] = [];
  NUMBER_IN_LINK.lastIndex = 0;
  for (let m = NUMBER_IN_LINK.exec(t); m; m = NUMBER_IN_LINK.exec(t)) {
    const end = m.index + m[0].length;
    out.push({ rule: 'phone', severity: 'block', start: end - m[1]!.length, end, entry: 'phone:messenger-link' });
  }
  return out;
}
