// Session 36 (fh36, consumables): health or pet details the order does not need - the buyer's age, weight, height, conditions,
// medication, allergies or pregnancy, a pet's breed, age and weight - asked by the seller are `personal_data` (policy: ask only
// for what the order needs). Read by structure, in the seven languages: two different such details or more in one sentence, or
// over two to three short question sentences in a row, and a request (a question, "could you send us", "wir bräuchten", "ci
// servirebbe sapere", 教えて…):
//   "could you tell us your cat's breed, age and weight?", "Bitte nennen Sie uns Ihr Alter, Ihr Gewicht und Ihre Medikamente",
//   "pouvez-vous nous indiquer votre âge et vos traitements en cours ?", "¿qué edad y qué peso tiene tu perro?", "Ha allergie?
//   Prende farmaci?", "qual a idade e o peso do seu gato?", 「ご年齢と体重を教えてください」.
// Not: the seller refusing to advise or sending the buyer to a doctor, pharmacist or vet ("we can't advise on medication - please
// ask your vet about her weight and age"), a dosage told by weight with no ask ("the dose depends on the dog's weight and age"),
// a lot or batch number or a photo of the label (no health detail), a single detail (the pet's size for a harness is the order).
import { sentenceSpans } from './sentence';
import type { Span } from './span';
import { sliceOf } from '../normalize';
import { compactRegExp } from './compact-letters';
import { mayMatchAny } from './literal-gate';

const W = String.raw`(?<![\p{L}])`;
const E = String.raw`(?![\p{L}])`;

/** One health or pet detail per alternative, in a named group so different details are counted, not the same twice. */
const DETAILS: ReadonlyArray<RegExp> = [
  // age
  `${W}(?:age|alter|âge|edad|età|idade)${E}|年齢`,
  // weight
  `${W}(?:weight|weighs?|gewicht|wiegt|poids|pèse|peso|pesa)${E}|体重`,
  // height
  `${W}(?:height|how tall|körpergröße|taille|altura|estatura|altezza)${E}|身長`,
  // breed
  `${W}(?:breed|rasse|race|raza|razza|raça)${E}|犬種|猫種`,
  // conditions, illnesses, blood pressure
  `${W}(?:(?:medical |health |pre-existing |any )conditions?|illness\\p{L}{0,2}|diseases?|diagnos\\p{L}{1,4}|blood pressure|vorerkrankung\\p{L}{0,2}|erkrankung\\p{L}{0,2}|krankheit\\p{L}{0,2}|blutdruck|antécédents|maladies?|pathologies?|tension|enfermedad\\p{L}{0,2}|patologías?|presión (?:alta|arterial)|patologi[ae]|malattie|pressione (?:alta|arteriosa)|doenças?|pressão (?:alta|arterial)|condição de saúde)${E}|持病|既往歴|病歴|血圧`,
  // medication
  `${W}(?:medications?|medicines?|medicated|drugs you take|meds|medikament\\p{L}{0,2}|arzneimittel\\p{L}{0,2}|médicaments?|traitements?|medicaci[óo]n\\p{L}{0,2}|medicamentos?|farmac[io]|anticoagulant\\p{L}{0,2}|remédios?)${E}|服用|お薬|薬を`,
  // allergies
  `${W}(?:allerg\\p{L}{0,4}|alerg\\p{L}{0,4})${E}|アレルギー`,
  // pregnancy, breastfeeding
  `${W}(?:pregnan\\p{L}{0,3}|breastfeeding|schwanger\\p{L}{0,6}|stillen|enceinte|grossesse|allaitez|embaraz\\p{L}{0,3}|lactancia|gravidanza|incinta|allatta|grávida|gravidez|amamenta\\p{L}{0,4})${E}|妊娠|授乳`,
].map((s) => compactRegExp(s, 'u'));

/** A request of the seller's: a question, a send/tell verb, a need. */
const ASK = compactRegExp(
  `[?？]|${W}(?:could you|can you|would you|please (?:send|tell|let us know|share)|send us|tell us|let us know|bräuchten wir|benötigen wir|nennen sie|teilen sie (?:uns|mir)|(?:pourriez|pouvez)-vous|indiquez|merci de nous|(?:nos |me )?(?:podrías|podría|puedes|puede) (?:decir|indicar|enviar)|indíquenos|dinos|ci servirebbe|ci serve|ci servono|potrebbe (?:dirci|indicarci)|ci dica|(?:pode|poderia) (?:nos )?(?:dizer|informar|mandar|passar)|me (?:diz|fala|passa)|qual (?:o|a|é)|quais)${E}|教えて|お知らせ(?:ください|いただけ)|ご記入|お伺い`,
  'u',
);
/** The seller refusing to advise, or the buyer sent to a doctor, a pharmacist or a vet. */
const REFERRED = compactRegExp(
  `${W}(?:doctor|physician|pharmacist|vet|veterinarian|gp|arzt|ärztin|apotheke\\p{L}?|tierarzt|tierärztin|médecin|pharmacien\\p{L}?|vétérinaire|médico|farmacéutico|veterinario|medico|farmacista|veterinária|veterinário|farmacêutico)${E}|医師|お医者|薬剤師|獣医|かかりつけ`,
  'u',
);

function detailCount(s: string): number {
  let n = 0;
  for (const d of DETAILS) if (d.test(s)) n++;
  return n;
}

/** personal_data over a sentence (or a run of up to three question sentences) asking two or more health or pet details. */
export function healthDetailAsks(t: string): Span[] {
  // (cheap pre-test: the literal gates of the detail patterns themselves)
  if (!mayMatchAny(DETAILS, t)) return [];
  const spans = sentenceSpans(t, 400);
  const out: Span[] = [];
  spans.forEach(([from, end], i) => {
    let to = end;
    let s = sliceOf(t, from, to);
    let n = detailCount(s);
    // short questions in a row ("Soffre di pressione alta? Prende anticoagulanti? Ha allergie?") are one list
    for (const [nextFrom, nextTo] of spans.slice(i + 1, i + 3)) {
      if (n >= 2 || !/[?？]\s*$/u.test(s)) break;
      if (!/[?？]\s*$/u.test(sliceOf(t, nextFrom, nextTo))) break;
      to = nextTo;
      s = sliceOf(t, from, to);
      n = detailCount(s);
    }
    if (n < 2 || !ASK.test(s) || REFERRED.test(s)) return;
    out.push({ rule: 'personal_data', severity: 'block', start: from, end: to, entry: 'personal_data:health-details-asked' });
  });
  return out;
}
