// Portuguese "no" is "in the" ("no site", "no clube", "no aniversário"), never a negation (Portuguese negates with
// "não"); English and Spanish "no" negate. A sentence with Portuguese marks or function words reads its "no" as a place.
/** Portuguese letters, clitics and function words. */
export const PORTUGUESE = /[ãõ]|-(?:se|nos|me|lo|la)(?![\p{L}])|(?<![\p{L}])(?:você|vocês|nosso|nossa|nossos|nossas|pelo|pela|é|não|uma|também|só|aqui|pra|gente|do|da|dos|das|chama|manda|mando)(?![\p{L}])/u;
const NO = /(?<![\p{L}])no(?![\p{L}])/u;
/** A "no" that negates: there is one and the sentence is not Portuguese. */
export const negatingNo = (s: string): boolean => NO.test(s) && !PORTUGUESE.test(s);
