import { ADDRESS, NOT_EXPLAINED, NOT_NEGATED, NOT_THANKED_OR_BEFORE, WORD_WITH_AT } from './shared';
import type { Lexicon } from './types';

const REVIEW = "(?:avis|commentaires?|évaluations?|feedback|étoiles|retour d'expérience|opinions?)";
/** A review, a rating (note) or a few words, used where the context already says review. */
const REVIEW_N = "(?:avis|commentaires?|évaluations?|feedback|étoiles|retour d'expérience|opinions?|notes?|notation|petits? mots?|mots? gentils?|gentils? mots?)";
/** Review wording in any form for intent entries: avis, commentaire, évaluation, étoiles, note, opinion, impressions, "un retour sur", "quelques mots gentils", common typos (avi, commentère). */
const REV = "(?:avis|avi|commentaires?|commentère|évaluations?|feedback|étoiles|notes?|notation|opinions?|impressions|retours? (?:sur (?:l'expédition|la livraison|le produit|l'article|votre (?:achat|commande|expérience))|d'expérience)|(?:quelques |petits? |gentils? |deux )?mots(?: gentils?| sympas?| doux)?|petit mot)";
/** After a review entry: not steering ("avant de", "plutôt que", "au lieu de", "sans") nor thanks for one. */
const NOT_BEFORE = "(?<!(?:^|[^\\p{L}])(?:avant|plutôt|au lieu|sans|merci pour|merci d'avoir|merci de votre)(?![\\p{L}])[^.!?;\\n]{0,90})";
/** A review or "dites-le autour de vous" after an assumed or conditioned good experience. */
const AFTER_ASK = "(?=[^]{0,160}?(?:avis|avi |évalu|commentaire|étoile|feedback|noter|note|opinion|mots|dites-le|faites-le savoir|autour de vous|autres (?:acheteurs|clients)|⭐|★))";
/** A negation inside or before a cue ("si l'article ne vous convient pas"): goes after the cue. */
const NOT_NEG_CUE = "(?<!(?:^|[^\\p{L}])(?:(?:ne|pas|jamais|aucune?|non)(?![\\p{L}])|n')[^.!?;\\n]{0,70})";
/** A negation before the phrase in its sentence or after it (whole words: the shared after-part has no boundary). */
const NOT_NEG = "(?<!(?:^|[^\\p{L}'])(?:not|never|cannot|won't|não|nem|nunca|nicht|keine?[nmrs]?|nie|no|ne|n'|pas|jamais|non|mai)(?![\\p{L}])[^.!?;\\n]{0,100})(?![^.!?;\\n]{0,60}(?<![\\p{L}])(?:nicht|nie|pas|non)(?![\\p{L}]))";
/** Not a manual, guide or video behind the address (a manual link gets the url finding only): "Die Anleitung gibt es unter …", "Visitez x.fr pour le guide complet". */
const NOT_MANUAL = "(?<!(?:anleitung|handbuch|guide|notice|manuel|mode d'emploi|tutoriel|manuale|istruzioni|guida|video)[^.!?;\\n]{0,80})(?![^.!?;\\n]{0,60}(?:anleitung|handbuch|guide|notice|manuel|mode d'emploi|tutoriel|manuale|istruzioni|guida|video))";
/** An address as written, also "(at) … (point) …", "x [.] solutions", "x point y point online"; never a carrier's site. */
const FR_ADDRESS = `(?!(?:www\\.)?(?:laposte|colissimo|chronopost|dpd|ups|dhl|mondialrelay|fedex)\\.)(?:${ADDRESS}|[a-z0-9][a-z0-9._-]{0,30} ?[\\[(](?:at|@|arobase)[\\])] ?[a-z0-9-]{2,30} ?[\\[(](?:point|dot|\\.)[\\])] ?[a-z]{2,12}|[a-z0-9-]{2,30} ?[\\[(](?:point|\\.)[\\])] ?[a-z]{2,12}|[a-z0-9-]{2,30} point [a-z0-9-]{2,30} point [a-z]{2,12})`;
/** Small or family business appeals next to review wording bias the review. */
const SMALL_BUSINESS = "(?:petite? (?:entreprise|boutique|marque|équipe|société|commerce|vendeur|structure)|entreprise familiale|artisans?|jeune marque)";
/** Incentives for a review: "un bon d'achat de 10 € pour tout avis publié". */
const INCENTIVE = `(?:remboursement|bon d'achat|bons d'achat|cadeau|réduction|remise|code promo|carte cadeau|carte-cadeau|bonus|geste commercial|produit gratuit|échantillon|avoir)\\p{L}{0,3}[^.!?]{0,30}? (?:en échange d'|en échange de|contre|pour) (?:un |une |votre |ton |ta |tout |toute |chaque )?${REVIEW_N}`;
const W2 = "(?:[^\\s.!?]{1,20} ){0,2}";
const AFTER_REVIEW = "(?=[^]{0,160}?(?:avis|évalu|commentaire|étoile|feedback|noter|note|opinion|petit mot|mots|autres (?:acheteurs|clients)))";

export const fr: Lexicon = {
  offplatform: [
    { id: 'address-invite', re: `(?:enregistr|inscri|écri|envo|contact(?=ez|er)|rempli|cré(?=ez|er)|command(?=ez|er)|achet(?=ez|er)|rég(?=lez|ler)|pay(?=ez|er)|saisi|déclar|rendez-vous|rends-toi|allez|visit(?=ez|er)|consult(?=ez|er)|not(?=ez|er)|partag|dites|dis(?=-)|joign|utilis|ouvr(?=ez|ir)|connect)\\p{L}{0,6}(?:-nous|-moi|-vous|-le|-la){0,2}:? (?:[^\\s.!?]{1,25} ){0,8}(?:(?:à|au|sur|via|par|ici|chez|dans):? )?${FR_ADDRESS}${NOT_MANUAL}`,
      why: 'A verb that sends the buyer to a web or e-mail address (register, write, pay, rate there) moves the exchange off Amazon.', match: ["Enregistrez votre lampe sur lumiere-maison.fr/garantie pour activer l'extension.", 'Pour une réponse rapide, écrivez à sav@lumiere-maison.fr.'], not: ['Visitez lumiere-maison.fr pour le guide complet.', 'La notice est disponible sur lumiere-maison.fr.'] },
    { id: 'spare-parts-site', re: `(?:moins ch[eè]re?s?|rechange|recharges?|pièces détachées|consommables) (?:[^\\s.!?]{1,25} ){0,3}(?:sur|chez) ${FR_ADDRESS}`,
      why: "Spare parts or a lower price on the seller's own domain point the buyer to buy outside Amazon.", match: ['Les filtres de rechange sont disponibles sur eaupure.store.', 'Les recharges sont 20 % moins chères sur maisonluma.shop.'], not: ['Le filtre de rechange est inclus dans le colis.'] },
    { id: 'call-number', re: "(?:appelez|appelle|téléphonez|composez|un appel suffit|notre (?:numéro(?! de (?:commande|suivi|facture|colis|série|lot|dossier|référence|retour))|ligne(?: client| directe)?|standard|hotline))(?:-nous|-moi|-le)?(?![^.!?\\d]{0,30}(?:transporteur|livreur|colissimo|chronopost|dpd|ups|dhl|la poste|fabricant|amazon))(?: [^.!?\\d\\s]{1,15}){0,4} ?:?(?=\\s{0,3}(?:[+(0-9]|(?:zéro|un|deux|trois|quatre|cinq|six|sept|huit|neuf) ))",
      why: 'A phone number given after a call verb or "notre numéro" invites the buyer to call the seller.', match: ['Appelez le 01 23 45 67 89 pour toute question.', 'Notre numéro : 04 72 11 22 33, du lundi au vendredi.'], not: ['Appelez le transporteur au 09 69 32 00 00 pour reprogrammer la livraison.', 'Notre numéro de commande est 402-1234567-1234567.'] },
    { id: 'ask-buyer-channel', re: `(?:donnez|envoyez|communiquez|indiquez|transmettez|quel(?:le)? est)(?:-nous|-moi)? [^.!?]{0,20}(?:votre|ton|ta) (?:adresse (?:e-?mail|mail|paypal)|e-?mail|numéro de (?:portable|mobile|téléphone|whats ?app)|portable|whats ?app|paypal)(?![^.!?]{0,40}(?:transporteur|livreur|coursier|chronopost|colissimo|la poste|dpd|ups|dhl))${NOT_NEG}`,
      why: "Asking for the buyer's own e-mail, mobile, WhatsApp or PayPal opens a channel outside Amazon.", match: ['Donnez-moi votre adresse PayPal et je vous envoie la différence.', 'Quelle est votre adresse e-mail ? Je vous envoie la notice.'], not: ['Indiquez votre numéro de portable au transporteur pour la livraison.'] },
    { id: 'personal-contact', re: `(?:votre|ton|ta) (?:numéro de (?:portable|mobile|téléphone)|adresse e-?mail|e-?mail|numéro|adresse) (?:personnel(?:le)?|privée?)${NOT_NEG}`,
      why: "Asking for the buyer's personal or private number or e-mail opens a channel outside Amazon.", match: ['Pouvez-vous nous laisser votre numéro personnel ?'], not: ['Nous ne demandons jamais votre adresse e-mail personnelle.'] },
    { id: 'pay-outside', re: `(?:rembours|pay|régl|envoy|vir|factur)\\p{L}{0,6}(?: [^\\s.!?]{1,20}){0,4} (?:par|via|avec|sur) (?:paypal|virement|lydia|western union|wero)${NOT_NEG}`,
      why: 'Paying or refunding by PayPal, bank transfer or Lydia takes the payment around Amazon.', match: ['Nous vous remboursons par PayPal dès réception de la photo.', 'Envoyez les 25 euros via PayPal et je vous expédie la pièce.'], not: ['Nous ne remboursons jamais par virement, seulement via Amazon.'] },
    { id: 'sell-direct', re: `(?:vendre|facturer|vends|facture|facturons|vendons)(?:-vous|-le)? (?:\\p{L}{1,12} ){0,3}(?:directement|en direct|hors amazon)${NOT_NEG}`,
      why: 'Offering to sell or invoice directly takes the sale off Amazon.', match: ['Je peux vous vendre la deuxième pièce directement.'], not: ['Nous ne pouvons pas vous vendre cet article directement.'] },
    { id: 'hors-amazon', re: `hors amazon${NOT_NEG}`, why: 'Dealing "hors Amazon" moves the order or payment outside Amazon.',
      match: ['Pour les grosses quantités, on peut traiter la commande hors Amazon.'], not: ['Nous ne traitons aucune commande hors Amazon.'] },
    { id: 'save-fees', re: "(?:économis|épargn)\\p{L}{0,5} (?:\\p{L}{1,12} ){0,4}(?:les )?frais", why: "Saving the fees means going around Amazon's commission.",
      match: ['Passez par notre site et on économise tous les deux les frais de commission.'] },
    { id: 'social-dm', re: `(?:écri|contact|envo|joign|message)\\p{L}{0,5}(?:-nous|-moi)? [^.!?]{0,40}(?:sur|via|par) (?:instagram|facebook|tiktok|messenger|snapchat|signal)${NOT_NEG}`,
      why: 'A social network DM as channel moves the conversation off Amazon.', match: ['Écrivez-nous sur Instagram, on répond en quelques minutes.'], not: ['Nous ne répondons pas aux messages envoyés sur Facebook.'] },
    { id: 'to-call-you', re: "(?:pour|afin de) vous (?:appeler|téléphoner|contacter par (?:téléphone|e-?mail|whats ?app))", why: 'Asking for something "pour vous appeler" sets up a phone or e-mail contact outside Amazon.',
      match: ['Envoyez-nous vos disponibilités pour vous appeler demain matin.'] },
    { id: 'reach-us-at', re: "(?:nous|me) (?:joindre|contacter|appeler|écrire|téléphoner) (?:directement )?(?:au|à|par|sur|via)(?! (?:la messagerie|amazon|tout moment|ici))",
      why: '"Nous joindre au / par / sur" names a channel to reach the seller outside Amazon.', match: ['Vous pouvez aussi nous joindre au 06 12 34 56 78.'], not: ['Vous pouvez nous contacter à tout moment via la messagerie Amazon.'] },
    { id: 'our-hotline', re: "notre (?:hotline|service client|standard|numéro (?:de téléphone|vert|gratuit)|ligne (?:directe|téléphonique))", why: "The seller's hotline, phone line or own customer service is a channel outside Amazon.",
      match: ['Notre hotline est ouverte du lundi au vendredi de 9 h à 18 h.'] },
    { id: 'other-marketplace', re: "(?:sur|via) (?:ebay|etsy|cdiscount|fnac|rakuten|temu)", why: 'Pointing to another marketplace (eBay, Etsy, Cdiscount) takes the sale off Amazon.',
      match: ['Cet article est aussi en vente sur eBay à un meilleur prix.'] },
    { id: 'call-our-service', re: "appelez (?:notre|le|nos) (?:service|numéro|support|standard|équipe|hotline|conseillers)", why: "Asking the buyer to call the seller's service or team is contact outside Amazon.",
      match: ['Appelez notre service après-vente pour le réglage du thermostat.'] },
    { id: 'write-us-at', re: "écrivez-?nous (?:à|au|sur|par)",
      why: '"Écrivez-nous à / sur / par" names a channel outside the Amazon messages.', match: ["Écrivez-nous à l'adresse indiquée sur la facture."] },
    { id: 'we-will-call', re: "nous vous (?:appellerons|rappellerons|contacterons par (?:téléphone|e-?mail))", why: 'The seller announcing a call or e-mail to the buyer moves the contact off Amazon.',
      match: ['Nous vous rappellerons demain matin pour régler le problème.'] },
    { id: 'send-us-email', re: "(?:envoyez|écrivez|envoie|écris)-?(?:nous|moi) (?:un )?(?:e-?mail|mail|courriel|sms|texto|message (?:sur|via) whats ?app)",
      why: 'Asking for an e-mail, SMS or WhatsApp message to the seller is a channel outside Amazon.', match: ['Envoyez-nous un SMS avec une photo du défaut.'] },
    { id: 'by-email-phone', re: "(?<!amazon[^.!?\\n]{0,50})(?:par|via) (?:e-?mail|mail|courriel|téléphone|whats ?app|telegram|instagram|facebook)(?![^.!?\\n]{0,30}amazon)(?<!(?:transporteur|livreur|coursier|chauffeur|colissimo|chronopost|la poste|dpd|ups|dhl)[^.!?\\n]{0,60})",
      why: 'A contact "par e-mail / téléphone / WhatsApp" outside Amazon, unless a carrier does it.', match: ['Contactez-nous par e-mail pour organiser le remplacement.'], not: ['Le transporteur vous préviendra par téléphone avant de passer.'] },
    { id: 'contact-us-via', re: "(?:appelez|téléphonez|contactez|joignez|appelle|téléphone|contacte|écris|écrivez|envoie|envoyez)-?(?:nous|moi)(?: directement)? (?:au|par|via|sur|à)(?! amazon| la messagerie)",
      why: '"Contactez-nous / appelez-nous par, au, sur" names a channel to the seller outside Amazon.', match: ['Contactez-nous directement par téléphone, ce sera plus simple.'], not: ['Écrivez-nous via la messagerie Amazon.'] },
    { id: 'call-us', re: "(?:appelez|appelle|téléphonez|téléphone)-?(?:nous|moi)",
      why: '"Appelez-nous" asks for a phone call to the seller.', match: ['Appelez-nous, nous réglerons ça en deux minutes.'] },
    { id: 'whatsapp', re: `whats ?app${NOT_NEG}`, why: 'WhatsApp named as a channel moves the conversation off Amazon.',
      match: ["Envoyez une photo sur WhatsApp, c'est plus simple."], not: ["Nous n'avons pas de ligne WhatsApp."] },
    { id: 'wechat', re: "wechat", why: 'WeChat named as a channel moves the conversation off Amazon.', match: ['Ajoutez-nous sur WeChat pour un suivi personnalisé.'] },
    { id: 'telegram', re: "telegram", why: 'Telegram named as a channel moves the conversation off Amazon.', match: ["Rejoignez notre canal Telegram pour l'assistance."] },
    { id: 'viber', re: "viber", why: 'Viber named as a channel moves the conversation off Amazon.', match: ['Vous pouvez nous écrire sur Viber.'] },
    { id: 'skype', re: "skype", why: 'Skype named as a channel moves the conversation off Amazon.', match: ['On peut faire un appel Skype pour le montage.'] },
    { id: 'our-website', re: "notre (?:propre )?(?:site(?: web| internet)?|boutique en ligne|e-?shop)",
      why: "The seller's own website or online shop points the buyer outside Amazon.", match: ['Toute la gamme est présentée sur notre site internet.'] },
    { id: 'order-direct', re: "(?:commander|acheter) directement (?:chez|auprès de|sur notre)",
      why: 'Ordering directly from the seller bypasses Amazon.', match: ["Vous pouvez commander directement chez nous, c'est plus rapide."] },
    { id: 'outside-amazon', re: `(?:en dehors|hors) d'amazon${NOT_NEGATED}`, why: "Dealing \"en dehors d'Amazon\" moves the exchange outside Amazon.",
      match: ["Nous pouvons finaliser la vente en dehors d'Amazon."], not: ["Nous ne traitons aucun paiement en dehors d'Amazon."] },
    { id: 'bypass-amazon', re: "sans passer par amazon",
      why: '"Sans passer par Amazon" says outright that the deal goes around Amazon.', match: ['Réglez-moi directement, sans passer par Amazon.'] },
    { id: 'pay-paypal', re: "(?:payer|paiement|virement|rembourser) (?:par|via|avec) (?:paypal|virement|lydia|western union)", why: 'Paying or refunding by PayPal, transfer or Lydia is a payment outside Amazon.',
      match: ['Paiement par Lydia accepté pour la pièce manquante.'] },
    { id: 'my-contact', re: "mon (?:e-?mail|numéro|adresse e-?mail) (?:est|personnel)", why: 'The seller giving their own e-mail or number invites contact outside Amazon.',
      match: ['Mon numéro est le 06 11 22 33 44, appelez-moi si besoin.'], not: ['Mon numéro de commande est le 402-1234567.'] },
  ],
  leading: [
    { id: 'satisfied-then-ask', re: `(?:satisf\\p{L}{0,6}|convenance|convient|plaît|plait|plu|contente?s?|ravie?s?)[^.!?]{0,12} ?\\? ?(?:alors|si oui|dans ce cas)${NOT_NEG_CUE}${AFTER_ASK}`,
      why: 'A satisfaction question answered with "alors / si oui" before a review ask conditions the review on a good experience.', match: ['Satisfait ? Alors un avis nous ferait plaisir.', 'Tout est à votre convenance ? Si oui, une évaluation nous aiderait beaucoup.'], not: ['Satisfait ? Alors tant mieux, bonne journée à vous !'] },
    { id: 'assumed-good-experience', re: `(?:(?:maintenant que|puisque|vu que|étant donné que) [^.!?]{0,50}(?:profitez|profites|parfait|plaît|plait|adorez|aimez|satisf\\p{L}{0,4}|ravie?s?|contente?s?|accompagne|fonctionne (?:bien|si bien|parfaitement))|(?:sûrement|certainement|sans doute|forcément|assurément) [^.!?]{0,30}(?:conquise?s?|ravie?s?|satisfaite?s?|contente?s?|enchantée?s?|plaît|plait|adorez)|(?:doit|doivent|va|vont) (?:sûrement |certainement )?être (?:superbes?|magnifiques?|parfaite?s?|géniale?s?|super)|(?:sommes|suis) (?:certains?|sûrs?|convaincus?|persuadés?) que|(?:ravis|heureux|contents?) que [^.!?]{0,50}(?:si bien|parfaitement|plaise|plaît|plait|convienne|satisf)|(?:si|quand|lorsque|uniquement si|seulement si) [^.!?]{0,50}(?:plaît|plait|plu|convient|conviennent|aimez|adorez|l'aimez|l'adorez|répondu à vos attentes|satisfaction|satisfait|satisfaite?s?|content|contente|ravie?s?|heureux|heureuse|enchantée?)|(?:vous aimez|tu aimes|vous adorez|aimez-vous|adorez-vous|vous plaît|vous plait)[^.!?]{0,40}\\?|esp[èé]r(?:e|ons) que [^.!?]{0,40}(?:vous|te) (?:plaît|plait|plaise|convient|convienne))${NOT_NEG_CUE}${AFTER_ASK}`,
      why: "A review ask after an assumed or conditioned good experience (\"maintenant que vous profitez\", \"si vous l'aimez\", \"vous êtes sûrement ravi\") steers toward a positive review.", match: ['Maintenant que vous profitez de votre nouvelle lampe, un avis nous aiderait.', 'Si la bouilloire vous plaît, laissez-nous une évaluation.'], not: ["Si l'article ne vous convient pas, vous pouvez laisser un avis ou nous écrire."] },
    { id: 'instead-of-review', re: "(?:plutôt que|au lieu) (?:de |d')(?:publier|laisser|écrire|mettre|donner|poster|noter|évaluer)", why: '"Plutôt que / au lieu de" publishing a review steers the buyer away from reviewing.',
      match: ['En cas de souci, écrivez-nous ici plutôt que de publier une évaluation.'] },
    { id: 'no-bad-review', re: "pas (?:besoin |la peine )?(?:de |d')(?:un |une )?(?:mauvais|mauvaise|négatif|négative)s? (?:avis|notes?|commentaires?|évaluations?)",
      why: '"Pas (besoin) de mauvaise note" asks the buyer not to leave a negative review.', match: ['Pas besoin de mauvaise note, on règle le souci tout de suite.'] },
    { id: 'ask-no-negative', re: "ne pas (?:laisser|mettre|publier|donner|écrire) (?:d'|de |un |une )?(?:avis|commentaire|évaluation|note)s? (?:négati(?:f|ve)s?|mauvais)",
      why: 'Asking the buyer not to leave a negative review biases the review.', match: ["Merci de ne pas laisser d'avis négatif, nous trouverons une solution."] },
    { id: 'before-rating-us', re: "avant (?:de|d') (?:nous |le |la |l')(?:noter|évaluer|commenter)", why: '"Avant de nous évaluer" asks for contact before the review, to head off a bad one.',
      match: ['Avant de nous évaluer, laissez-nous une chance de tout arranger.'] },
    { id: 'change-review', re: `(?:modifi|supprim|retir|chang|reconsidér|révis|corrig|effac|enlev|amélior|remont)\\p{L}{0,5} (?:\\p{L}{1,12} ){0,2}(?:votre|ton|ta|cet|cette|l'|son|sa|vos) ?(?:[\\p{L}\\d-]{1,15} )?${REV}`,
      why: 'Asking the buyer to change, remove or improve a review (any verb form) pressures the review.', match: ['Pourriez-vous modifier votre avis maintenant que le problème est réglé ?', "Nous aimerions que vous changiez votre note d'une étoile."], not: ['Vous pouvez modifier votre adresse de livraison dans votre compte.'] },
    { id: 'reward-after-review', re: `(?:dès que|une fois que|quand|lorsque|après (?:la )?publication (?:de|d')|après avoir (?:publié|laissé|écrit)) (?:votre |ton |un |une |l')?(?:\\p{L}{1,15} )?${REV}[^.!?]{0,80}(?:rembours|envoy|offr|gratuit|cadeau|bon d'achat|réduction|remise|geste)\\p{L}{0,8}${NOT_BEFORE}`,
      why: 'A reward promised once the review is published buys the review.', match: ['Dès que votre avis est en ligne, nous vous envoyons un accessoire gratuit.'] },
    { id: 'reward-if-review', re: `(?:rembours\\p{L}{0,5}|offrons|offert|gratuit\\p{L}{0,2}|prolong\\p{L}{0,5}|cadeau|remise|réduction|bon d'achat|\\d{1,4} ?(?:€|euros?))[^.!?]{0,80}(?:si|dès que|quand|lorsque|contre|pour|en échange d') (?:\\p{L}{1,12} ){0,4}${REV}${NOT_BEFORE}`,
      why: 'A refund, gift, discount or longer warranty tied to a review buys the review.', match: ["Nous prolongeons la garantie d'un an si vous publiez un commentaire."] },
    { id: 'reward-for-review', re: `pour (?:votre|ton|chaque|tout) ${REV},? [^.!?]{0,40}(?:profitez|recevez|obtenez|bénéficiez|offert|gagnez|remise|réduction|rembours)\\p{L}{0,8}${NOT_BEFORE}`,
      why: '"Pour votre avis, recevez / profitez" ties a reward to the review.', match: ['Pour votre avis, recevez 10 % de remise sur la prochaine commande.'] },
    { id: 'screenshot-of-review', re: `capture[^.!?]{0,60}${REV}`, why: 'Asking for a screenshot of the review checks the review in exchange for something.',
      match: ["Envoyez-nous une capture d'écran de votre avis publié."] },
    { id: 'review-then-screenshot', re: `${REV}[^.!?]{0,60}capture`,
      why: 'A review followed by a screenshot to send proves the review for a reward.', match: ['Publiez votre avis puis envoyez-nous la capture.'] },
    { id: 'if-all-went-well', re: `si tout (?:s'est bien passé|va bien|est parfait|vous convient)${AFTER_REVIEW}`, why: "\"Si tout s'est bien passé\" before a review ask conditions the review on satisfaction.",
      match: ["Si tout s'est bien passé, un avis nous aiderait beaucoup."] },
    { id: 'satisfied-question', re: `(?:vous êtes |êtes-vous )?(?:satisfaite?s?|contente?s?|ravie?s?) \\?${AFTER_REVIEW}`,
      why: '"Satisfait ?" before a review ask conditions the review on satisfaction.', match: ['Vous êtes satisfait ? Laissez-nous votre avis.'] },
    { id: 'satisfied-with-question', re: `(?:satisfaite?s?|contente?s?|ravie?s?|conquise?s?) (?:de|du|des|par|avec) [^.!?]{0,40}\\?${AFTER_REVIEW}`, why: '"Content de votre … ?" before a review ask conditions the review on satisfaction.',
      match: ['Content de votre nouvelle cafetière ? Une évaluation nous ferait plaisir.'] },
    { id: 'you-liked-it', re: `(?:vous|t') ?a (?:plu|convenu)${AFTER_REVIEW}`,
      why: '"Le produit vous a plu" before a review ask conditions the review on satisfaction.', match: ['Le produit vous a plu ? Laissez-nous un avis.'] },
    { id: 'if-happy-tu', re: `si (?:tu es|t'es) (?:très |pleinement |entièrement )?(?:satisfaite?|contente?|ravie?|heureu(?:x|se))${AFTER_REVIEW}`,
      why: '"Si tu es satisfait" before a review ask conditions the review on satisfaction.', match: ['Si tu es satisfaite, laisse-nous un avis !'] },
    { id: 'review-small-business', re: `${REVIEW}[^.!?]{0,60}${SMALL_BUSINESS}`, why: 'A review ask next to a small or family business appeal plays on sympathy to bias the review.',
      match: ['Chaque avis compte énormément pour notre petite entreprise.'] },
    { id: 'small-business-review', re: `${SMALL_BUSINESS}[^.!?]{0,80}${REVIEW}`, why: 'A small or family business appeal before review wording plays on sympathy to bias the review.',
      match: ['Nous sommes une petite boutique familiale, votre avis nous aide énormément.'] },
    { id: 'if-it-pleased-you', re: `si (?:[^\\s.!?]{1,20} ){0,3}(?:vous|te|t') ?(?:a )?(?:plaît|plait|plu|convient|a convenu)${AFTER_REVIEW}`, why: '"Si … vous plaît / convient" before a review ask conditions the review on satisfaction.',
      match: ['Si la lampe vous plaît, pensez à nous laisser une évaluation.'] },
    { id: 'top-rating', re: "note (?:maximale|maximum|parfaite)", why: 'Asking for the maximum rating steers the review.', match: ['Une note maximale nous aiderait à nous faire connaître.'] },
    { id: 'best-rating', re: "(?:la )?(?:meilleure|plus haute) note", why: 'Asking for the best rating steers the review.', match: ['Nous espérons obtenir la meilleure note de votre part.'] },
    { id: 'before-rating', re: `avant (?:de|d') (?:noter|évaluer|commenter)`, why: '"Avant de noter" asks for contact before the review, to head off a bad one.',
      match: ['Avant de noter le produit, contactez-nous en cas de souci.'] },
    { id: 'before-leaving-review', re: `avant (?:de|d') (?:laisser|publier|donner|écrire|mettre|attribuer|rédiger|poster) (?:un |une |votre |ton |ta |vos |le |la |l')?(?:\\p{L}{1,12} )?${REVIEW_N}`,
      why: '"Avant de laisser un avis" asks for contact before the review, to head off a bad one.', match: ['Avant de laisser un avis, contactez-nous pour trouver une solution.'] },
    { id: 'change-review-verb', re: `(?:modifier|supprimer|retirer|changer|mettre à jour|revoir|reconsidérer|réviser|corriger|effacer|enlever|améliorer|remonter)(?:-la|-le)? (?:votre|ton|ta|cet|cette|l'|son|sa) ?(?:\\p{L}{1,12} )?${REVIEW_N}`,
      why: 'Asking the buyer to change, revise or remove their review pressures the review.', match: ['Accepteriez-vous de revoir votre note maintenant que le remboursement est fait ?'] },
    { id: 'incentive', re: INCENTIVE, why: 'A voucher, refund, gift or discount offered for a review buys the review.',
      match: ["Nous offrons un bon d'achat de 10 € pour tout avis publié.", 'Un remboursement partiel contre votre avis sur le produit.'] },
    { id: 'dont-leave-negative', re: "ne (?:laissez|mettez|publiez|donnez|laisse) pas (?:d'|de |un |une )?(?:avis|commentaire|évaluation|note)s? (?:négati(?:f|ve)s?|mauvais)",
      why: "\"Ne laissez pas d'avis négatif\" asks the buyer not to leave a negative review.", match: ["Ne laissez pas d'avis négatif, écrivez-nous d'abord."] },
    { id: 'if-satisfied', re: `si vous (?:êtes|etes|avez été|étiez) (?:très |pleinement |entièrement )?(?:satisfaite?s?|content(?:e|s|es)?|ravie?s?|heureu(?:x|se))${AFTER_REVIEW}`,
      why: '"Si vous êtes satisfait" before a review ask conditions the review on satisfaction.', match: ['Si vous êtes satisfait, merci de nous laisser un avis.'] },
    { id: 'if-product-pleased', re: `si (?:le|notre|votre) (?:produit|article|achat) vous (?:a )?pla(?:ît|it|u)${AFTER_REVIEW}`, why: '"Si le produit vous a plu" before a review ask conditions the review on satisfaction.',
      match: ['Si le produit vous plaît, une évaluation serait la bienvenue.'] },
    { id: 'five-stars', re: `(?:5|cinq) étoiles(?<=(?:mettez|mettre|mets|donnez|donner|donne|attribuez|attribuer|accordez|avec|laissez|laisser|mérite|nous|(?:avis|note|évaluation|commentaire)(?: de)?) (?:\\p{L}{1,10} )?(?:5|cinq) étoiles)(?<!(?:thanks? for|thank you for|danke für|gracias por|merci pour|merci d'avoir|grazie per|grazie della|obrigad[oa] pel[oa])[^.!?;\\n]{0,50})`,
      why: 'Asking for five stars (give, put, deserve) dictates the rating.', match: ['Merci de nous mettre 5 étoiles si tout va bien.', 'Donnez-nous cinq étoiles !'], not: ['Merci pour votre avis 5 étoiles !'] },
    { id: 'five-of-five', re: "(?:5|cinq)/5", why: 'A 5/5 rating asked for dictates the rating.', match: ['Une note de 5/5 nous ferait plaisir.'] },
    { id: 'positive-review', re: `(?:avis|commentaire|évaluation|note) (?:positi(?:f|ve)|favorable|excellente?|élogieu(?:x|se))`,
      why: 'Asking for a positive or glowing review dictates its tone.', match: ['Un avis positif nous aiderait énormément.'] },
    { id: 'good-review', re: `(?:bon|bonne|excellent|excellente|super) ${REVIEW}(?<!(?:^|[^\\p{L}])the [^\\s.!?]{1,25} [^\\s.!?]{1,30})`, why: 'Asking for a good or excellent review dictates its tone.',
      match: ['Un bon commentaire nous aiderait à grandir.'], not: ['The Super Feedback microphone clip est livré avec le câble.'] },
    { id: 'contact-first', re: `(?:contactez|prévenez)-?(?:nous|moi) (?:d'abord|avant|en premier)${AFTER_REVIEW}`,
      why: "\"Contactez-nous d'abord\" before review wording heads off a bad review.", match: ['Prévenez-nous avant de publier une évaluation.'] },
    { id: 'most-customers', re: "la plupart de nos clients", why: '"La plupart de nos clients" (give 5 stars) is social pressure on the rating.',
      match: ['La plupart de nos clients nous donnent la note maximale.'] },
    { id: 'thousands-happy', re: "(?:des )?(?:milliers|centaines) de clients (?:satisfaits|heureux)", why: '"Des milliers de clients satisfaits" is social pressure on the rating.',
      match: ['Des milliers de clients satisfaits utilisent déjà notre blender.'] },
    { id: 'in-exchange-for-review', re: `(?:en échange d'|en contrepartie d'|contre )(?:un |une |votre )?${REVIEW}`,
      why: "Something offered \"en échange d'un avis\" buys the review.", match: ["Nous vous envoyons la housse en échange d'un avis."] },
  ],
  review_request: [
    // why: a review ask in the gerund ("Dites-nous ce que vous en pensez en laissant un avis")
    `en (?:laissant|écrivant|publiant|donnant|rédigeant|postant) (?:un |une |votre |quelques )?${W2}${REV}${NOT_BEFORE}`,
    // why: a wish for a review, the wish first ("nous comptons sur votre avis", "Nous serions heureux que vous preniez une minute pour une évaluation")
    `(?:comptons sur|espérons|aimerions|apprécierions|serions (?:ravis|heureux|heureuses|reconnaissants?))(?: [^\\s.!?]{1,25}){0,8} ${REV}${NOT_BEFORE}`,
    // why: ...or the review first ("Un avis … nous ferait vraiment plaisir", "chaque avis nous aide à survivre", "Quelques étoiles … aideraient les futurs acheteurs", "… dans un commentaire, ce serait parfait", "un avis nous ravirait")
    `${REV},?(?: [^\\s.!?]{1,25}){0,8} (?:(?:nous |vous |me )?(?:ferait|feraient|serait|seraient|aiderait|aideraient|aide|aident|compte|comptent|est|sont|sera|seront)(?: [^\\s.!?]{1,25}){0,4} (?:plaisir|génial|super|parfait|top|merveilleux|précieux|précieuse|utile|aide|bienvenue?s?|important|apprécié|survivre)|(?:aiderait|aideraient|aide|aident|aidera) (?:d'autres|les autres|les futurs|nos|à|beaucoup|énormément|vraiment)|(?:nous )?(?:ravirait|raviraient|enchanterait))${NOT_BEFORE}`,
    // why: the follow-up and where to click ("Auriez-vous un instant pour nous évaluer ?", "Avez-vous eu le temps de noter la friteuse ?", "Pour évaluer, ouvrez…"); not time to assess damage
    `(?:instant|moment|minute|temps|occasion)(?: [^\\s.!?]{1,25}){0,4} (?:pour|de|d') ?(?:nous )?(?:évaluer|noter|commenter)(?! (?:les |le |la )?(?:dégâts|dommages?|dossier|situation|demande|réclamation|problème))${NOT_BEFORE}`, "pour (?:évaluer|noter|commenter)(?:-nous)?,? (?:ouvrez|allez|cliquez|rendez-vous|il suffit)",
    // why: wanting to hear the rating ("Nous aimerions savoir comment vous évaluez la perceuse"), reviews missing ("Il nous manque encore des avis"), "on espère que vous aussi" after top ratings, "Un petit avis ?"
    "(?:savoir|connaître|découvrir|lire) (?:\\p{L}{1,12} )?comment (?:vous|tu) (?:évaluez|évalues|notez|notes|jugez)", "(?:manque|manquent|cherchons|collectons) (?:encore )?(?:d'|de |des |quelques )?(?:\\p{L}{1,12} )?(?:avis|évaluations|commentaires|notes)",
    "esp[èé]r(?:e|ons),? (?:que )?(?:vous|toi) (?:aussi|de même|également)(?= ?[.!]| ?$)(?<=(?:étoile|note|évalu|avis|maximale)[^.!?;\\n]{0,120})", "(?:un|une) (?:petit |petite |court |courte )?(?:avis|évaluation|commentaire) ?\\?",
    // why: leave-verbs with a few kind words, a note or a typo ("laissez-nous quelques mots gentils", "nous laisser une note", "laissez nous un avi"); not a note for the delivery driver
    `(?:laissez|laisse|laisser|écrivez|écris|écrire|postez|envoyez|donnez|mettez)(?:-nous|-moi| nous)? (?:un |une |quelques |deux |des )?(?:petits? |gentils? )?(?:mots? (?:gentils?|sympas?|doux)|petits? mots?|avi|commentère|note)(?![^.!?]{0,40}(?:livreur|transporteur|livraison|coursier|chauffeur))${NOT_BEFORE}`,
    `que (?:vous|tu) (?:nous )?(?:laisserez|donnerez|écrirez|publierez|mettrez|partagerez) (?:un |une |votre |quelques )?${W2}${REV}`, "(?:dites|dis|parlez)(?:-le| en) autour de (?:vous|toi)",
    `(?:dites|dis|faites|fais|racontez|raconte|partagez|partage)(?:-le|-la|-les)?(?:-nous)?(?: savoir)? (?:\\p{L}{1,12} ){0,3}(?:avec|dans|par|sous forme d') (?:un|une|votre|quelques) (?:\\p{L}{1,12} )?${REV}`,
    // why: a reward tied to a published review is also a review ask (see leading)
    `(?:dès que|une fois que|quand|lorsque|après (?:la )?publication (?:de|d')|après avoir (?:publié|laissé|écrit)) (?:votre |ton |un |une |l')?(?:\\p{L}{1,15} )?${REV}[^.!?]{0,80}(?:rembours|envoy|offr|gratuit|cadeau|bon d'achat|réduction|remise|geste)\\p{L}{0,8}${NOT_BEFORE}`,
    `(?:rembours\\p{L}{0,5}|offrons|offert|gratuit\\p{L}{0,2}|prolong\\p{L}{0,5}|cadeau|remise|réduction|bon d'achat|\\d{1,4} ?(?:€|euros?))[^.!?]{0,80}(?:si|dès que|quand|lorsque|contre|pour|en échange d') (?:\\p{L}{1,12} ){0,4}${REV}${NOT_BEFORE}`, `pour (?:votre|ton|chaque|tout) ${REV},? [^.!?]{0,40}(?:profitez|recevez|obtenez|bénéficiez|offert|gagnez|remise|réduction|rembours)\\p{L}{0,8}${NOT_BEFORE}`,
    `(?:capture[^.!?]{0,60}${REV}|${REV}[^.!?]{0,60}capture)[^.!?]{0,60}(?:rembours|offr|gratuit|cadeau|remise|réduction)\\p{L}{0,8}`,
    // why: a wish or need for a review without an asking verb ("un avis nous ferait plaisir", "votre opinion compte beaucoup", "vos commentaires sont les bienvenus")
    "(?:un|une|votre|vos|le vôtre) (?:\\p{L}{1,15} )?(?:avis|évaluation|opinion|commentaires?|impressions|note)(?![\\p{L}]) (?:[^\\s.!?]{1,25} ){0,6}(?:serait|seraient|aiderait|aideraient|nous ferait|ferait|est (?:très |vraiment )?important|compte(?:rait)? (?:beaucoup|énormément)|(?:est|sont|serait|seront) (?:toujours )?(?:les |le |la )?bienvenu\\p{L}{0,2})",
    "(?:nous espérons|nous aimerions|nous serions ravis de|nous comptons sur|merci d'avance pour) (?:connaître |lire |recevoir |avoir )?(?:votre|vos|un|une) (?:\\p{L}{1,12} )?(?:avis|évaluation|opinion|note|retour)", "(?:besoin|manque) d'avis",
    // why: "sous forme d'avis", told "dans un avis", share your impressions, the follow-up, a minute for a review
    "sous (?:la )?forme (?:d'un |d'une |de )?(?:\\p{L}{1,12} )?(?:avis|évaluation|étoiles)", "dans un (?:court |petit )?avis", "(?:partagez|partager|faites-nous part de) (?:vos|votre) (?:impressions|opinion|expérience|avis)", "(?:eu|trouvé) (?:le temps|l'occasion) d'(?:évaluer|noter|laisser)", "(?:une minute|un instant|un moment) pour (?:un |une )?(?:avis|évaluation|évaluer|noter)",
    INCENTIVE,
    `(?:votre|un|une|ton|ta|vos|tes|quelques) (?:petit |petite |petits |bref |court |gentil |sincère |honnête |positif |positive )?${REVIEW_N}(?: (?:positif|positive|sincère|honnête|de (?:5|cinq)(?:/5| étoiles)|(?:5|cinq) étoiles|sur amazon|de (?:votre|ta) part)){0,2} (?:nous )?(?:aiderait|aideraient|aide(?:rait)? (?:beaucoup|énormément|vraiment)|ferait (?:très |vraiment |tellement |grand )?plaisir|feraient (?:très )?plaisir|compte(?:rait)? (?:beaucoup|énormément|vraiment|tellement)|serait (?:très |vraiment )?(?:apprécié|précieux|précieuse|un grand soutien)|est (?:très |vraiment |si )?(?:important|précieux|précieuse))`,
    `(?:partager|partagez|partage|raconter|racontez|raconte|dire|dites|dis|donner|donnez|donne) (?:\\p{L}{1,12} )?(?:votre|ton|vos|tes) (?:expérience|ressenti|impressions?|opinion|avis) …… (?:amazon|page (?:du|de l') (?:produit|article)|fiche produit|autres (?:acheteurs|clients|acheteuses))`,
    `(?:dites|dis|racontez|raconte|partagez|partage|faites savoir|fais savoir)(?:-le|-la|-nous)? (?:\\p{L}{1,12} ){0,2}(?:aux|à d'|avec les|avec d') ?(?:autres|futurs) (?:acheteurs|clients|acheteuses|clientes)`,
    `(?:laissez|laisse|écrivez|écris|postez|poste)(?:-nous|-moi| nous)? (?:un |quelques )?(?:petits? |gentils? )?mots? (?:\\p{L}{1,12} ){0,2}sur amazon`,
    "(?:quelques|deux|des|un) (?:petits? |gentils? )?mots? (?:gentils? |sympas? )?(?:de votre part |de ta part )?sur amazon",
    `(?:que vous|que tu) (?:nous )?(?:laissiez|donniez|écriviez|publiiez|partagiez|mettiez|laisses|donnes|écrives|partages) (?:un |une |votre |vos |ton |ta |tes )?${W2}${REVIEW_N}`,
    // why: not steering ("plutôt que de publier une évaluation")
    `(?<!(?:avant de|au lieu de|sans) )(?:laisser|laissez|laisse|écrire|écrivez|écris|publier|publiez|publie|donner|donnez|donne|partager|partagez|partage|rédiger|rédigez|rédige|mettre|mettez|mets)(?:-nous|-moi| nous)? (?:un |une |votre |vos |quelques |ton |ta |tes )?${W2}${REVIEW}${NOT_THANKED_OR_BEFORE}${NOT_BEFORE}`,
    "(?:évaluer|évaluez|noter|notez)(?:-nous| notre (?:boutique|service|produit)| votre achat| le produit| l'article| votre commande)", `(?:votre|un|une) ${REVIEW}(?: \\p{L}{1,15}| de 5 étoiles| 5 étoiles)? (?:serait|nous aiderait|nous aide|compte|est (?:très )?(?:important|précieux))`,
    `(?:nous )?(?:aimerions|serions ravis d'avoir|apprécierions) (?:beaucoup )?(?:avoir |connaître |recevoir |lire )?(?:votre|un|vos) ${REVIEW}`,
    `(?:en échange d'|en contrepartie d'|contre )(?:un |une |votre )?${REVIEW}`, "prendre (?:quelques secondes|un instant|un moment) pour (?:évaluer|noter|laisser)",
  ],
  marketing: [
    // why: upsells, packs, cross-sell and a coming version ("passent au modèle 1,5 L", "moins chers en pack", "il existe aussi en coffret", "nous proposons aussi", "un couvercle assorti", "nous lançons une taille plus grande", "Notre collection d'automne")
    "(?:passent|passez|passer|optez|opter|choisissent) (?:au|pour le|pour la|à la) (?:modèle|version|taille|format)(?= )", "(?:moins ch[eè]re?s?|économi\\p{L}{1,5}) (?:\\p{L}{1,12} ){0,2}en (?:pack|lot|coffret|kit)", "(?:existe|existent|disponibles?|proposée?s?|vendue?s?)(?: aussi| également)? en (?:coffret|lot|pack|kit|set)",
    "(?:nous )?(?:proposons|vendons) (?:aussi|également) (?:un|une|des|le|la)", "pour aller avec", "(?:existe|proposons|avons|vendons)[^.!?]{0,40}assortie?s?", "collection (?:d'automne|d'hiver|de printemps|d'été)",
    "(?:lançons|lance|sortons|sort|sortira|arrive|arrivera)(?: [^\\s.!?]{1,20}){0,3} (?:une |un |la |le |notre )?(?:nouvelle |nouveau )?(?:version|taille|modèle|format|coloris)(?: [^\\s.!?]{1,15})? plus (?:grande?|petite?|puissante?|large)",
    // why: ordering from our own shop instead ("Commandez directement sur notre boutique en ligne")
    "(?:command|achet)\\p{L}{0,4} (?:\\p{L}{1,12} ){0,2}(?:sur|dans|chez) (?:notre|nos) (?:propre )?(?:boutique en ligne|site|e-?shop|boutique)(?! amazon)",
    // why: cheaper outside Amazon (also "moins chères"), upsells (not the version XL the buyer ordered), packs (moins cher sur notre site, version Pro, lot de 3)
    "moins ch[eè]re?s? (?:\\p{L}{1,12} ){0,3}(?:que sur amazon|sur notre|dans notre|sur [a-z0-9-]{2,30}\\.[a-z]{2,12})", "(?:est|sont|revient) (?:encore |même )?(?:\\d{1,3} ?% )?moins cher", "version (?:pro|plus|premium|deluxe|xl)(?![^.!?]{0,30}(?:commandée?|achetée?|reçue?|livrée?))", "(?:lot|pack) de (?:\\d|deux|trois|quatre|six)", "(?:qui ont acheté|ayant acheté) (?:\\p{L}{1,15} ){0,3}(?:aussi|également)", "nous (?:avons|vendons) aussi",
    "(?:retrouvez|découvrez|voyez|consultez) (?:toute |l'ensemble de |aussi )?(?:notre|nos) (?:gamme|collection|catalogue|produits|articles|nouveautés)", "catalogue complet",
    "-\\d{1,3} ?%", "(?:autres|nouvelles) (?:offres|promotions|produits|articles)", "rejoignez-?nous sur", "concours",
    "codes? promo", `coupons?${NOT_EXPLAINED}`, `bons? de réduction${NOT_EXPLAINED}`, "bons? d'achat", `\\d{1,3} ?% (?:de réduction|de remise|sur|offerts?)${NOT_EXPLAINED}`, "soldes", `promotions?${NOT_EXPLAINED}`, "black friday", "cyber monday", "ventes? flash",
    "nouveaux (?:produits|articles)", "nouveautés?", "nouvelle collection", "(?:découvrez|visitez|consultez|voyez) (?:nos|notre) (?:autres |nouveaux )?(?:produits|articles|boutique|collection|gamme|catalogue)",
    "nos autres (?:produits|articles)", "(?:suivez|abonnez)-?(?:nous|vous)", "newsletter", "jeu concours", "concours", "tirage au sort", "offre (?:exclusive|spéciale|limitée)", "sur votre prochaine commande",
    "vous (?:aimerez|pourriez aimer) aussi", "(?:vous aimerez|tu aimeras|vous pourriez (?:aussi |également )?aimer|pourrai(?:en)?t (?:aussi |également )?vous (?:plaire|intéresser)|vous intéresser(?:a|ont|ait|aient)) (?:\\p{L}{1,12} ){0,3}(?:nos|notre)",
    "(?:disponibles?|en vente|à découvrir) (?:dans|sur) (?:notre|nos) (?:boutique|magasin|vitrine|store)",
    "(?:découvrez|découvre|retrouvez|retrouve|visitez|visite|parcourez|parcours|jetez un (?:œil|oeil|coup d'œil|coup d'oeil) (?:à|sur)|jette un (?:œil|oeil|coup d'œil|coup d'oeil) (?:à|sur)|faites un tour (?:sur|dans)|passez (?:sur|dans|voir)) (?:aussi |également |toute |l'ensemble de )?(?:notre|nos) (?:autres |nouveaux |nouvelles )?(?:boutique|magasin|vitrine|gamme|collection|catalogue|produits|articles|nouveautés|store)",
    "lettres? d'info(?:rmation)?s?", "(?:inscrivez-vous|inscris-toi|abonnez-vous|abonne-toi) (?:à|a) (?:notre|nos) (?:lettre|liste|club|programme|newsletter|chaîne)", "suis-nous", "abonne-toi",
    "nouvelle (?:gamme|ligne|série|collection)", "nouveaux (?:modèles|coloris)", "nouvelles (?:couleurs|références)", "(?:à )?moitié prix", "prix cassés",
  ],
  personal_data: [
    // why: the buyer's PayPal address ("Donnez-moi votre adresse PayPal")
    "(?:votre|ton) (?:adresse|compte|e-?mail) paypal",
    // why: a social profile name or the buyer's e-mail outside Amazon ("Quel est votre nom sur Facebook ?", "Quelle adresse e-mail utilisez-vous en dehors d'Amazon ?")
    "(?:votre|ton|quel est (?:votre|ton)) (?:nom|pseudo|identifiant|profil|compte) (?:sur|de) (?:facebook|instagram|insta|tiktok|snapchat|twitter)", "(?:quelle|quel) (?:adresse e-?mail|e-?mail|numéro)[^.!?]{0,30}(?:en dehors|hors) d'amazon",
    "date de naissance", "votre (?:date d')?anniversaire", "votre âge", "pièce d'identité", "carte d'identité", "passeport", "permis de conduire", "numéro de sécurité sociale",
    "votre (?:numéro de (?:téléphone|portable|mobile)|adresse e-?mail|e-?mail|whats ?app) (?:personnel(?:le)?|privée?)", "(?:votre|un) (?:numéro|e-?mail|adresse) (?:personnel(?:le)?|privée?)",
    "(?:envoyez|donnez|communiquez|indiquez)-?(?:nous|moi) votre (?:numéro|e-?mail|adresse e-?mail|whats ?app)(?! (?:pour|au) (?:le )?(?:transporteur|livreur))", "votre (?:compte|profil) (?:instagram|facebook|tiktok)", "(?:vos )?coordonnées bancaires", "(?:votre|ton) rib", "relevé d'identité bancaire", "(?:votre|ton) (?:compte|profil|pseudo|identifiant|nom d'utilisateur) (?:instagram|insta|facebook|tiktok|snapchat|twitter)", "(?:votre|ton) (?:pseudo|identifiant) (?:sur|de) (?:instagram|insta|facebook|tiktok|snapchat|twitter)", "\\biban\\b", "numéro de carte (?:bancaire|de crédit)",
  ],
  review_wording: [`(?:avis|évaluations?|commentaires?|étoiles|feedback)`, "(?:évaluer|noter)(?:-nous)?"],
  auto_reply: ["(?:réponse|message) automatique", "nous avons (?:bien )?reçu votre (?:message|demande|e-?mail)", "nous (?:vous )?(?:répondrons|reviendrons vers vous) (?:dans les plus brefs délais|sous|dans)"],
  accept: ["bien sûr", "d'accord", "volontiers", "avec plaisir", "pas de (?:problème|souci)", "oui", "ok", "entendu", "(?:je|nous) vous (?:envoie|envoyons|appelle|appelons|écris|écrivons|contacte|contactons) (?:par|sur|à|au|via)", "(?:sur|à) votre (?:e-?mail|adresse e-?mail|numéro|whats ?app)"],
  refuse: [
    "(?:via|par|dans) cette (?:messagerie|conversation)", "répondre (?:ici|à ce message)","(?:uniquement|seulement|exclusivement) (?:par|via) (?:la messagerie )?amazon", "(?:ne pouvons|ne pouvez|ne peut) pas", "(?:pas|non) (?:autorisé|permis)", "règles d'amazon"],
  buyer_offplatform: ["(?:envoyez|écrivez|appelez)-?moi", "mon (?:e-?mail|numéro|adresse e-?mail|whats ?app)", "whats ?app", "hors d'amazon", "en dehors d'amazon", "paypal", "virement", WORD_WITH_AT],
};
