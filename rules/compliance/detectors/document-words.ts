// What a buyer reads rather than buys or contacts: the words for a product's manual, and for a video or a guide, in
// the seven languages. Substrings on purpose ("manuals", "Bedienungsanleitung", "manuale", "取扱説明書"). Several
// detectors let an address, a QR code or a reachable desk pass when their sentence names one (README: a manual link
// gets only the address label); they compose their lists from these, so a new word reaches all of them.
// (The word-bounded lists with plurals and page kinds - check.ts DOCUMENT, elsewhere-offer.ts DOC_THERE - are patterns
// of another shape and stay where they are read.)

/** A manual: "the manual is at ...", "Anleitung", "notice", "instrucciones", "説明書". */
export const MANUAL_WORDS = 'manual|anleitung|notice|manuel|instrucciones|istruzioni|instruções|説明書';

/** A manual, a video or a guide: where a QR code or a link may lead without leaving Amazon's order. */
// (s37 g5 en-015: a "walkthrough" is a video guide by another name - "install walkthrough: youtube.com/..., on our channel")
export const READING_WORDS = `${MANUAL_WORDS}|マニュアル|video|vídeo|vidéo|guide|guía|guida|guia|walkthrough|walk-through|動画`;
