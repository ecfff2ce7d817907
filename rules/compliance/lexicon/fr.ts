import { NOT_EXPLAINED, NOT_NEGATED, NOT_THANKED_OR_BEFORE, WORD_WITH_AT } from './shared';
import type { Lexicon } from './types';

const REVIEW = "(?:avis|commentaires?|évaluations?|feedback|étoiles|retour d'expérience|opinions?)";
/** A review, a rating (note) or a few words, used where the context already says review. */
const REVIEW_N = "(?:avis|commentaires?|évaluations?|feedback|étoiles|retour d'expérience|opinions?|notes?|notation|petits? mots?|mots? gentils?|gentils? mots?)";
/** Small or family business appeals next to review wording bias the review. */
const SMALL_BUSINESS = "(?:petite? (?:entreprise|boutique|marque|équipe|société|commerce|vendeur|structure)|entreprise familiale|artisans?|jeune marque)";
/** Incentives for a review: "un bon d'achat de 10 € pour tout avis publié". */
const INCENTIVE = `(?:remboursement|bon d'achat|bons d'achat|cadeau|réduction|remise|code promo|carte cadeau|carte-cadeau|bonus|geste commercial|produit gratuit|échantillon|avoir)\\p{L}{0,3}[^.!?]{0,30}? (?:en échange d'|en échange de|contre|pour) (?:un |une |votre |ton |ta |tout |toute |chaque )?${REVIEW_N}`;
const W2 = "(?:[^\\s.!?]{1,20} ){0,2}";
const AFTER_REVIEW = "(?=[^]{0,160}?(?:avis|évalu|commentaire|étoile|feedback|noter|note|opinion|petit mot|mots|autres (?:acheteurs|clients)))";

export const fr: Lexicon = {
  offplatform: [
    "(?:pour|afin de) vous (?:appeler|téléphoner|contacter par (?:téléphone|e-?mail|whats ?app))",
    "(?:nous|me) (?:joindre|contacter|appeler|écrire|téléphoner) (?:directement )?(?:au|à|par|sur|via)(?! (?:la messagerie|amazon|tout moment|ici))",
    "notre (?:hotline|service client|standard|numéro (?:de téléphone|vert|gratuit)|ligne (?:directe|téléphonique))", "(?:sur|via) (?:ebay|etsy|cdiscount|fnac|rakuten|temu)",
    "appelez (?:notre|le|nos) (?:service|numéro|support|standard|équipe|hotline|conseillers)", "écrivez-?nous (?:à|au|sur|par)", "nous vous (?:appellerons|rappellerons|contacterons par (?:téléphone|e-?mail))",
    "(?:envoyez|écrivez|envoie|écris)-?(?:nous|moi) (?:un )?(?:e-?mail|mail|courriel|sms|texto|message (?:sur|via) whats ?app)", "(?<!amazon[^.!?\\n]{0,50})(?:par|via) (?:e-?mail|mail|courriel|téléphone|whats ?app|telegram|instagram|facebook)(?![^.!?\\n]{0,30}amazon)",
    "(?:appelez|téléphonez|contactez|joignez|appelle|téléphone|contacte|écris|écrivez|envoie|envoyez)-?(?:nous|moi)(?: directement)? (?:au|par|via|sur|à)(?! amazon| la messagerie)", "(?:appelez|appelle|téléphonez|téléphone)-?(?:nous|moi)", "whats ?app", "wechat", "telegram", "viber", "skype",
    "notre (?:propre )?(?:site(?: web| internet)?|boutique en ligne|e-?shop)", "(?:commander|acheter) directement (?:chez|auprès de|sur notre)", `(?:en dehors|hors) d'amazon${NOT_NEGATED}`, "sans passer par amazon",
    "(?:payer|paiement|virement|rembourser) (?:par|via|avec) (?:paypal|virement|lydia|western union)", "mon (?:e-?mail|numéro|adresse e-?mail) (?:est|personnel)",
  ],
  leading: [
    `si tout (?:s'est bien passé|va bien|est parfait|vous convient)${AFTER_REVIEW}`,
    `(?:vous êtes |êtes-vous )?(?:satisfaite?s?|contente?s?|ravie?s?) \\?${AFTER_REVIEW}`,
    `(?:satisfaite?s?|contente?s?|ravie?s?|conquise?s?) (?:de|du|des|par|avec) [^.!?]{0,40}\\?${AFTER_REVIEW}`,
    `(?:vous|t') ?a (?:plu|convenu)${AFTER_REVIEW}`,
    `si (?:tu es|t'es) (?:très |pleinement |entièrement )?(?:satisfaite?|contente?|ravie?|heureu(?:x|se))${AFTER_REVIEW}`,
    `${REVIEW}[^.!?]{0,60}${SMALL_BUSINESS}`, `${SMALL_BUSINESS}[^.!?]{0,80}${REVIEW}`,
    `si (?:[^\\s.!?]{1,20} ){0,3}(?:vous|te|t') ?(?:a )?(?:plaît|plait|plu|convient|a convenu)${AFTER_REVIEW}`,
    "note (?:maximale|maximum|parfaite)", "(?:la )?(?:meilleure|plus haute) note",
    `avant (?:de|d') (?:noter|évaluer|commenter)`, `avant (?:de|d') (?:laisser|publier|donner|écrire|mettre|attribuer|rédiger|poster) (?:un |une |votre |ton |ta |vos |le |la |l')?(?:\\p{L}{1,12} )?${REVIEW_N}`,
    `(?:modifier|supprimer|retirer|changer|mettre à jour|revoir|reconsidérer|réviser|corriger|effacer|enlever|améliorer|remonter)(?:-la|-le)? (?:votre|ton|ta|cet|cette|l'|son|sa) ?(?:\\p{L}{1,12} )?${REVIEW_N}`,
    INCENTIVE,
    "ne (?:laissez|mettez|publiez|donnez|laisse) pas (?:d'|de |un |une )?(?:avis|commentaire|évaluation|note)s? (?:négati(?:f|ve)s?|mauvais)",
    `si vous (?:êtes|etes|avez été|étiez) (?:très |pleinement |entièrement )?(?:satisfaite?s?|content(?:e|s|es)?|ravie?s?|heureu(?:x|se))${AFTER_REVIEW}`, `si (?:le|notre|votre) (?:produit|article|achat) vous (?:a )?pla(?:ît|it|u)${AFTER_REVIEW}`,
    // why: 5 stars given or asked for, not a "Hôtel 5 étoiles" product line, a 1-to-5 scale or thanks for one
    `(?:5|cinq) étoiles(?<=(?:mettez|mettre|mets|donnez|donner|donne|attribuez|attribuer|accordez|avec|laissez|laisser|mérite|nous|(?:avis|note|évaluation|commentaire)(?: de)?) (?:\\p{L}{1,10} )?(?:5|cinq) étoiles)(?<!(?:thanks? for|thank you for|danke für|gracias por|merci pour|merci d'avoir|grazie per|grazie della|obrigad[oa] pel[oa])[^.!?;\\n]{0,50})`, "(?:5|cinq)/5", `(?:avis|commentaire|évaluation|note) (?:positi(?:f|ve)|favorable|excellente?|élogieu(?:x|se))`, `(?:bon|bonne|excellent|excellente|super) ${REVIEW}`,
    `avant de (?:laisser|publier|donner|écrire) (?:un |une |votre )?${REVIEW}`, `(?:contactez|prévenez)-?(?:nous|moi) (?:d'abord|avant|en premier)${AFTER_REVIEW}`,
    "la plupart de nos clients", "(?:des )?(?:milliers|centaines) de clients (?:satisfaits|heureux)",
    `(?:remboursement|bon d'achat|cadeau|réduction|code promo|carte cadeau|bonus)\\p{L}{0,3} (?:en échange d|contre|pour) (?:un |une |votre )?${REVIEW}`,
    `(?:en échange d'|en contrepartie d'|contre )(?:un |une |votre )?${REVIEW}`,
    `(?:modifier|supprimer|retirer|changer|mettre à jour|revoir) (?:votre|cet|cette|l') ?${REVIEW}`,
  ],
  review_request: [
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
    `(?<!(?:avant de|au lieu de|sans) )(?:laisser|laissez|laisse|écrire|écrivez|écris|publier|publiez|publie|donner|donnez|donne|partager|partagez|partage|rédiger|rédigez|rédige|mettre|mettez|mets)(?:-nous|-moi| nous)? (?:un |une |votre |vos |quelques |ton |ta |tes )?${W2}${REVIEW}${NOT_THANKED_OR_BEFORE}`,
    "(?:évaluer|évaluez|noter|notez)(?:-nous| notre (?:boutique|service|produit)| votre achat| le produit| l'article| votre commande)", `(?:votre|un|une) ${REVIEW}(?: \\p{L}{1,15}| de 5 étoiles| 5 étoiles)? (?:serait|nous aiderait|nous aide|compte|est (?:très )?(?:important|précieux))`,
    `(?:nous )?(?:aimerions|serions ravis d'avoir|apprécierions) (?:beaucoup )?(?:avoir |connaître |recevoir |lire )?(?:votre|un|vos) ${REVIEW}`,
    `(?:en échange d'|en contrepartie d'|contre )(?:un |une |votre )?${REVIEW}`, "prendre (?:quelques secondes|un instant|un moment) pour (?:évaluer|noter|laisser)",
  ],
  marketing: [
    // why: cheaper outside Amazon, upsells, packs (moins cher sur notre site, version Pro, lot de 3)
    "moins cher(?:e|s|es)? (?:\\p{L}{1,12} ){0,3}(?:que sur amazon|sur notre|dans notre|sur [a-z0-9-]{2,30}\\.[a-z]{2,12})", "(?:est|sont|revient) (?:encore |même )?moins cher", "version (?:pro|plus|premium|deluxe|xl)", "(?:lot|pack) de (?:\\d|deux|trois|quatre|six)", "(?:qui ont acheté|ayant acheté) (?:\\p{L}{1,15} ){0,3}(?:aussi|également)", "nous (?:avons|vendons) aussi",
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
