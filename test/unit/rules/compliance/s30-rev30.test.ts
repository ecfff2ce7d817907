// Session 30, helper rev30: review asks read by structure in our own words (not the batch's sentences) - the buyer's experience
// told to the buyers still deciding, a threshold of top counts asked, a posted comment pointed at and asked away, and the rules
// on who may review told as a fact; each kind with near-misses that must stay clean.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';
import { ruleLayer } from './helpers/cases';

const rules = ruleLayer;

describe('s30 rev30: the buyer asked to tell others how the item does, no review word (experience-for-others.ts)', () => {
  it.each([
    // en
    'Tell the next hikers in a few lines how the boots handle wet rock.',
    'Share with future buyers how the blender copes with frozen fruit - two sentences are plenty.',
    'Let other parents know how the stroller folds in daily use, a couple of lines would do.',
    'Describe in a few words what you think of the kettle, it will guide people still choosing.',
    'Please tell anyone still on the fence how the chair feels after a long day.',
    'Write two lines on how the lamp works at night for those still deciding.',
    'Tell other gardeners how the shears cut after a month, it helps them pick.',
    'In a couple of sentences, share what you think of the jacket with shoppers who are still unsure.',
    // de
    'Erzählen Sie anderen Käufern in ein paar Sätzen, wie sich der Mixer im Alltag schlägt.',
    'Schreiben Sie künftigen Kunden kurz, wie sich die Jacke im Schnee bewährt.',
    'Berichten Sie in zwei Sätzen, was Sie von der Lampe halten - das hilft allen, die noch überlegen.',
    'Teilen Sie anderen Radlern mit, wie sich das Schloss macht, ein paar Zeilen genügen.',
    'Erzählen Sie allen Unentschlossenen, wie der Stuhl sich nach einer Woche anfühlt.',
    'Schreiben Sie in wenigen Worten, wie die Pfanne funktioniert, für alle, die noch überlegen.',
    'Erzählen Sie anderen Eltern, wie sich der Kinderwagen bewährt.',
    'Verraten Sie künftigen Käufern, was Sie vom Kissen halten.',
    // fr
    'Racontez en deux lignes comment la lampe se comporte le soir, ça aidera les futurs acheteurs.',
    'Dites aux autres cyclistes comment le casque tient sous la pluie.',
    'Partagez avec ceux qui hésitent encore ce que vous pensez de la poêle.',
    'Décrivez en quelques phrases comment fonctionne la bouilloire, ça servira aux prochains clients.',
    'Écrivez en trois mots ce que vous en pensez, pour guider les prochains acheteurs.',
    'Dites en quelques lignes comment le sac s\'en sort en randonnée, cela aidera les autres marcheurs.',
    'Racontez aux futurs clients comment le matelas se comporte après un mois.',
    'Partagez en deux phrases votre expérience avec le mixeur pour ceux qui hésitent.',
    // es
    'Cuéntales en dos líneas a otros padres qué tal se porta la silla.',
    'Describe en pocas palabras cómo funciona la cafetera, así ayudas a quien todavía duda.',
    'Comparte con futuros compradores qué te parece la mochila.',
    'Cuente en unas líneas cómo se porta la sartén, será útil para otros clientes.',
    'Escríbeles a otros ciclistas cómo funciona la luz de noche, con dos frases basta.',
    'Cuéntanos en tres palabras qué te parece la lámpara, para guiar a los próximos compradores.',
    'Cuéntales a quienes todavía dudan cómo te ha ido con el colchón.',
    'Comparta en pocas frases su experiencia con el horno, ayudará a otros compradores.',
    // it
    'Racconta in poche righe come si comporta la tenda sotto la pioggia, aiuterà altri campeggiatori.',
    'Descriva in due frasi come funziona il frullatore: sarà utile a chi deve ancora scegliere.',
    'Racconti ai futuri acquirenti cosa ne pensa della borraccia.',
    'Condividi con chi è ancora indeciso come si comporta la giacca in montagna.',
    'Scriva in qualche riga come funziona la lampada, aiuterà i prossimi clienti.',
    'Raccontaci in tre parole cosa ne pensi del cuscino, per chi deve ancora scegliere.',
    'Racconta ad altri genitori come si comporta il passeggino in città.',
    'Condivida in poche parole la sua esperienza con il forno per aiutare altri acquirenti.',
    // pt
    'Conta em poucas linhas como a mochila se saiu na trilha, ajuda quem ainda está em dúvida.',
    'Descreva em duas frases como funciona a cafeteira para outros compradores.',
    'Compartilhe com futuros compradores o que você achou da panela.',
    'Conte pra quem ainda está em dúvida como o colchão se comporta depois de um mês.',
    'Escreva umas duas linhas sobre como a luminária funciona, vai ajudar outros clientes.',
    'Diga em poucas palavras o que achou do fone para quem ainda vai escolher.',
    'Conta pra outros ciclistas como o farol se saiu na chuva.',
    'Compartilhe em algumas frases sua experiência com o forno, ajuda muito quem ainda está em dúvida.',
    // ja (the lexicon's opinion-noun entries read these already)
    'これから購入を検討される方のために、使い心地をひとことお聞かせください。',
    'ほかのお客様の参考になるよう、ご感想をお寄せいただけますと幸いです。',
    '使ってみたご感想を、迷っている方へ向けて一言いただけると嬉しいです。',
    '購入を迷っている方の参考になるよう、ご感想をお聞かせいただけますと幸いです。',
    '次に購入される方のために、使用感をお聞かせください。',
    '数行で構いませんので、使い心地のご感想をお寄せください。',
    '他のお客様のご参考になりますので、ぜひご感想をお聞かせください。',
    '検討中の方の参考になるよう、実際の使い心地を教えていただけると嬉しいです。',
  ])('%s asks', (text) => expect(rules(text)).toContain('review_request'));
  it.each([
    // near-misses: a fault described to the seller, a size or setting asked, others told by the seller, no telling verb
    'Tell us in a few words what went wrong so we can send the right part.',
    'Describe in two lines how the error appears, our technician will check it.',
    'Other buyers told us the boots run small, so we sent a larger pair.',
    'Our manual explains in a few lines how the lamp works.',
    'Beschreiben Sie uns in ein paar Sätzen, wie der Fehler auftritt.',
    'Andere Kunden haben uns erzählt, wie sich die Jacke im Schnee bewährt.',
    'Décrivez-nous en quelques mots le problème, nous vous enverrons la pièce.',
    'Dites-nous comment fonctionne votre prise, nous vous enverrons le bon adaptateur.',
    'Descríbanos en dos líneas el fallo para enviarle la pieza correcta.',
    'Otros clientes nos contaron cómo funciona con el modelo antiguo.',
    'Ci descriva in due righe il difetto, così spediamo il ricambio giusto.',
    'Ci dica come funziona la presa di casa sua, le mandiamo l\'adattatore.',
    'Conta pra gente o que aconteceu em poucas linhas, que já enviamos a peça.',
    'Descreva em duas frases o defeito para a assistência técnica.',
    '不具合の内容を数行でお知らせください。交換品を手配いたします。',
    // (merge review) feedback to the seller with other buyers only named, or the seller's own purpose for them
    'Please tell us how the new filter works for you, so we can improve the instructions for future customers.',
    'Let us know what you think of the replacement; other buyers had the same issue and the new part fixed it.',
    'Could you describe how the fault shows up? Other users reported a loose cable.',
    'Dites-nous comment fonctionne le nouveau filtre, pour que nous puissions améliorer la notice pour les futurs clients.',
    'Cuéntanos cómo funciona el filtro nuevo; otros clientes tuvieron el mismo problema.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});

describe('s30 rev30: a threshold of top counts asked beside a review ask is leading (review-threshold.ts)', () => {
  it.each([
    // en
    'If you could give us 4 or 5 stars, it would help a lot.',
    'Please rate the mug with four or five stars.',
    'A review of at least 4 stars would mean the world to us.',
    'We hope you will rate us 4 stars or more.',
    'Could you leave a 4- or 5-star review?',
    'Please leave a review with four stars or higher.',
    'Four or five stars from you would really help.',
    'Please leave a rating of at least four stars.',
    // de
    'Bitte bewerten Sie uns mit 4 oder 5 Sternen.',
    'Über eine Bewertung mit mindestens 4 Sternen würden wir uns freuen.',
    'Könnten Sie uns vier oder fünf Sterne geben?',
    'Eine Rezension mit 4 Sternen oder mehr würde uns sehr helfen.',
    'Wir würden uns über eine Bewertung mit 4 bis 5 Sternen sehr freuen.',
    'Ein positives Feedback wäre natürlich super.',
    'Über ein positives Verkäuferfeedback würden wir uns freuen.',
    'Einen positiven Kommentar zur Lieferung würden wir uns wünschen.',
    // fr
    'Pourriez-vous nous mettre 4 ou 5 étoiles ?',
    'Une note d\'au moins 4 étoiles nous aiderait beaucoup.',
    'Merci de noter la lampe avec quatre ou cinq étoiles.',
    'Un avis de 4 étoiles ou plus nous ferait plaisir.',
    'Si vous pouviez laisser 4 à 5 étoiles, ce serait génial.',
    'Pourriez-vous supprimer ce commentaire maintenant que tout est réglé ?',
    'Serait-il possible de retirer ce commentaire après le remboursement ?',
    'Nous vous serions reconnaissants de modifier ce commentaire.',
    // es
    'Si nos das 4 o 5 estrellas nos ayudas mucho.',
    'Por favor, valora la mochila con cuatro o cinco estrellas.',
    'Una reseña de al menos 4 estrellas nos ayudaría mucho.',
    'Esperamos que nos ponga 4 estrellas o más.',
    '¿Podría dejarnos una valoración de 4 o 5 estrellas?',
    'Nos encantaría recibir 4 a 5 estrellas en su opinión.',
    'Si nos pone cuatro o cinco estrellitas, nos alegra el día.',
    'Déjenos 4 o 5 estrellas, por favor.',
    // it
    'Se ci dai 4 o 5 stelle ci aiuti tantissimo.',
    'Per favore, valuti il prodotto con quattro o cinque stelle.',
    'Una recensione di almeno 4 stelle ci aiuterebbe molto.',
    'Speriamo che ci lasci 4 stelle o più.',
    'Potrebbe lasciarci una valutazione da 4 o 5 stelle?',
    'Ci farebbe piacere ricevere 4 o 5 stelle da lei.',
    'Ci lasci 4 o 5 stelle, grazie!',
    'Se può, dia al prodotto almeno quattro stelle.',
    // pt
    'Se puder dar 4 ou 5 estrelas, ajuda muito.',
    'Por favor, avalie a panela com quatro ou cinco estrelas.',
    'Uma avaliação de pelo menos 4 estrelas ajudaria demais.',
    'Esperamos que você nos dê 4 estrelas ou mais.',
    'Poderia deixar uma avaliação de 4 ou 5 estrelas?',
    'Ficaríamos felizes com 4 a 5 estrelas na sua avaliação.',
    'Deixa 4 ou 5 estrelinhas pra gente, por favor!',
    'Se gostou, dê pelo menos quatro estrelas ao produto.',
    // ja
    '星4つ以上でご評価いただけますと幸いです。',
    '★4か5でご評価いただけますと嬉しいです。',
    '星4つか5つでレビューをお願いいたします。',
    '4つ星以上の評価をいただけますと大変助かります。',
    'よろしければ星4以上でのご評価をお願いいたします。',
    '星4～5のレビューをいただけますと励みになります。',
    '最低でも星4つでご評価いただけないでしょうか。',
    '星4つ以上の高評価をお待ちしております。',
  ])('%s is leading', (text) => expect(rules(text)).toContain('leading'));
  it.each([
    // near-misses: counts of things, a hotel class, a thanks, a fact about ratings, the seller refusing, a product comment
    'We ship 4 or 5 parcels a day from our warehouse.',
    'The lamp has 4 or 5 brightness levels depending on the model.',
    'Thanks so much for the 4 or 5 stars you gave us!',
    'Wir versenden 4 oder 5 Pakete pro Tag.',
    'Danke für Ihre positive Bewertung!',
    'Le colis contient 4 ou 5 pièces selon la taille.',
    'Merci pour votre commentaire, nous transmettons ce commentaire à l\'atelier.',
    'El paquete trae 4 o 5 piezas según la talla.',
    'La confezione contiene 4 o 5 pezzi a seconda del modello.',
    'A caixa vem com 4 ou 5 peças, dependendo do tamanho.',
    'このセットには4つか5つの部品が入っています。',
    'Vous pouvez supprimer ce commentaire du bon de commande si l\'adresse est erronée.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});

describe('s30 rev30: who may post a review told as a rule, not asked (review-fact.ts)', () => {
  it.each([
    'Amazon sets the rules on who can post reviews, so we cannot advise either way.',
    'The guidelines about who may leave reviews are Amazon\'s, not ours.',
    'Amazon entscheidet allein darüber, wer Rezensionen schreiben darf.',
    'Les conditions sur qui peut publier des avis sont fixées par Amazon.',
    'Las reglas sobre quién puede dejar reseñas las fija Amazon.',
    'Le regole su chi può scrivere recensioni le decide Amazon.',
    'As regras sobre quem pode deixar avaliações são definidas pela Amazon.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'Anyone who can leave a review, please do - it helps us a lot.',
    'Si usted es de los que pueden dejar reseñas, por favor déjenos una.',
    'We would love a review from everyone who can post reviews!',
  ])('%s still asks', (text) => expect(rules(text)).toContain('review_request'));
});

describe('s30 mend review: near-misses of the s30 review readings stay clean', () => {
  it.each([
    // a fault described, a cause asked, a replacement promised (experience-for-others.ts)
    'Please write in a few words what you think went wrong with the delivery.',
    'Please describe in a few words what you think the noise sounds like - grinding or rattling - and we\'ll send a replacement.',
    'Décrivez en quelques mots ce que vous pensez être la cause, et nous vous enverrons une pièce.',
    'Escriba en pocas palabras qué le parece que falla, y le enviamos el repuesto.',
    'Scriva in due righe cosa ne pensa del difetto, così le mandiamo il ricambio.',
    'Descreva em poucas palavras o que você acha que aconteceu, e enviamos a peça.',
    'Beschreiben Sie in ein paar Sätzen, was Sie von dem Geräusch halten, dann schicken wir Ersatz.',
    // (our own)
    'Racconti in poche righe cosa ne pensa del rumore, le mandiamo subito il ricambio.',
    'Cuente en dos líneas qué le parece el ruido del motor, y le enviamos la pieza.',
    // support questions naming other customers
    'Please share how the issue started, so we can help other customers with the same model.',
    'Please describe how the leak happens - it helps our technicians and future customers.',
    'Please describe how the fault shows up, in a few words, so we can help you and other customers with the same issue.',
    'Let the courier know how the parcel should be left; other customers in your building often use the concierge.',
    // (our own)
    'Décrivez comment fonctionne la prise quand le défaut apparaît ; d\'autres clients ont le même modèle.',
    'Descreva como o defeito aparece, assim ajudamos outros clientes com o mesmo problema.',
    // German thanks and facts about a comment (de good-review)
    'Vielen Dank für Ihren positiven Kommentar!',
    'Herzlichen Dank für Ihr positives Verkäuferfeedback!',
    'Danke fürs positive Händlerfeedback!',
    'Über Ihren positiven Kommentar haben wir uns sehr gefreut.',
    'Wir haben Ihr positives Verkäuferfeedback gesehen, danke!',
    'Wir haben einen guten Kommentar im Handbuch ergänzt.',
    'Sie können einen positiven Kommentar im Lieferformular hinterlassen, damit der Fahrer klingelt.',
    // (our own)
    'Danke dir für dein tolles Feedback!',
    'Euer positives Feedback haben wir gelesen, vielen Dank.',
    // the seller's own comment, or a delivery note (fr change-review)
    'Vous pouvez modifier ce commentaire de livraison dans votre compte.',
    'Pouvez-vous corriger ce commentaire d\'instructions pour le livreur ?',
    'Merci pour ce commentaire, nous avons corrigé ce commentaire dans la fiche.',
    'Nous avons retiré ce commentaire de la notice.',
    // (our own)
    'Nous allons supprimer ce commentaire dans le mode d\'emploi.',
    'Vous pouvez changer ce commentaire pour le transporteur avant l\'expédition.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    // the whole scale left open, or the floor refused (review-threshold.ts)
    'Può lasciare una recensione sincera, da 1 a 5 stelle; non chiediamo almeno 4 stelle.',
    'Vous pouvez laisser un avis, qu\'il soit de 1 étoile ou de 4 ou 5 étoiles, tant qu\'il est honnête.',
    'Puede dejar una reseña honesta, sea de 1 estrella o de 4 o 5 estrellas.',
    // (our own)
    'You can leave an honest review - we don\'t ask for 4 or 5 stars.',
    'Pode deixar uma avaliação sincera, de 1 a 5 estrelas; não pedimos pelo menos 4 estrelas.',
  ])('%s sets no floor', (text) => expect(checkMessage(text).map((f) => f.entry)).not.toContain('leading:top-counts-floor-asked'));
});
