// What the seller reads: one sentence per finding and what to write instead, in every checker language (languages.ts).
import type { UiLanguage } from './types';

type Text = readonly [message: string, suggestion: string];
type Table = Readonly<Record<UiLanguage, Text>>;

/** Keyed by rule id, or "rule.variant" for a more specific wording. */
export const MESSAGES: Readonly<Record<string, Table>> = {
  url: {
    en: ['Web addresses are not allowed in buyer messages.', 'Remove the link; describe the step in words or point to the Amazon order page.'],
    de: ['Webadressen sind in Käufernachrichten nicht erlaubt.', 'Entfernen Sie den Link und beschreiben Sie den Schritt in Worten.'],
    fr: ['Les adresses web sont interdites dans les messages aux acheteurs.', 'Supprimez le lien et décrivez l’étape avec des mots.'],
    es: ['No se permiten direcciones web en los mensajes al comprador.', 'Elimine el enlace y describa el paso con palabras.'],
    it: ['Gli indirizzi web non sono ammessi nei messaggi agli acquirenti.', 'Rimuovi il link e descrivi il passaggio a parole.'],
    ja: ['購入者へのメッセージにURLは記載できません。', 'リンクを削除し、手順を文章で説明してください。'],
    pt: ['Endereços de sites não são permitidos em mensagens ao comprador.', 'Remova o link e descreva o passo em palavras.'],
  },
  'url.obfuscated': {
    en: ['A disguised web address ("shop dot com") still counts as a link.', 'Remove the address completely.'],
    de: ['Auch eine verschleierte Webadresse („shop punkt de“) gilt als Link.', 'Entfernen Sie die Adresse vollständig.'],
    fr: ['Une adresse déguisée (« shop point com ») reste un lien.', 'Supprimez entièrement l’adresse.'],
    es: ['Una dirección disimulada («tienda punto com») sigue siendo un enlace.', 'Elimine la dirección por completo.'],
    it: ['Un indirizzo camuffato ("negozio punto it") conta comunque come link.', 'Rimuovi completamente l’indirizzo.'],
    ja: ['「shop ドット com」のような偽装したURLもリンクとみなされます。', 'アドレスを完全に削除してください。'],
    pt: ['Um endereço disfarçado ("loja ponto com") ainda conta como link.', 'Remova o endereço por completo.'],
  },
  'url.shortener': {
    en: ['Short links hide where they lead and are not allowed.', 'Remove the short link.'],
    de: ['Kurzlinks verbergen ihr Ziel und sind nicht erlaubt.', 'Entfernen Sie den Kurzlink.'],
    fr: ['Les liens raccourcis masquent leur destination et sont interdits.', 'Supprimez le lien raccourci.'],
    es: ['Los enlaces acortados ocultan su destino y no están permitidos.', 'Elimine el enlace acortado.'],
    it: ['I link abbreviati nascondono la destinazione e non sono ammessi.', 'Rimuovi il link abbreviato.'],
    ja: ['短縮URLはリンク先が分からないため使用できません。', '短縮URLを削除してください。'],
    pt: ['Links encurtados escondem o destino e não são permitidos.', 'Remova o link encurtado.'],
  },
  amazon_link: {
    en: ['Amazon links are fine only when the order needs them.', 'Keep it only if the buyer needs this page to complete the order.'],
    de: ['Amazon-Links sind nur erlaubt, wenn die Bestellung sie erfordert.', 'Behalten Sie ihn nur, wenn der Käufer die Seite für die Bestellung braucht.'],
    fr: ['Les liens Amazon ne sont admis que si la commande l’exige.', 'Gardez-le seulement si l’acheteur en a besoin pour sa commande.'],
    es: ['Los enlaces de Amazon solo se permiten si el pedido los necesita.', 'Manténgalo solo si el comprador lo necesita para su pedido.'],
    it: ['I link Amazon sono ammessi solo se servono all’ordine.', 'Mantienilo solo se serve all’acquirente per l’ordine.'],
    ja: ['Amazonのリンクは注文に必要な場合のみ使用できます。', '注文の完了に必要な場合だけ残してください。'],
    pt: ['Links da Amazon só são permitidos quando o pedido precisa deles.', 'Mantenha-o só se o comprador precisar da página para concluir o pedido.'],
  },
  'marketing.amazon': {
    en: ['Links to Amazon product or store pages count as marketing.', 'Remove the product or store link.'],
    de: ['Links zu Amazon-Produkt- oder Shopseiten gelten als Werbung.', 'Entfernen Sie den Produkt- oder Shoplink.'],
    fr: ['Les liens vers des fiches produit ou boutiques Amazon sont de la publicité.', 'Supprimez le lien produit ou boutique.'],
    es: ['Los enlaces a productos o tiendas de Amazon cuentan como publicidad.', 'Elimine el enlace al producto o a la tienda.'],
    it: ['I link a prodotti o vetrine Amazon sono considerati pubblicità.', 'Rimuovi il link al prodotto o alla vetrina.'],
    ja: ['Amazonの商品ページやストアへのリンクは宣伝とみなされます。', '商品・ストアのリンクを削除してください。'],
    pt: ['Links para páginas de produto ou loja na Amazon contam como publicidade.', 'Remova o link do produto ou da loja.'],
  },
  'review_request.amazon': {
    en: ['A link to Amazon’s review form asks for a review.', 'Remove the link; Amazon’s Request a Review button is the allowed way.'],
    de: ['Ein Link zum Bewertungsformular von Amazon ist eine Bitte um Bewertung.', 'Entfernen Sie den Link; nutzen Sie die Schaltfläche „Bewertung anfordern“.'],
    fr: ['Un lien vers le formulaire d’avis d’Amazon est une demande d’avis.', 'Supprimez le lien ; utilisez le bouton « Demander un avis ».'],
    es: ['Un enlace al formulario de reseñas de Amazon es una petición de reseña.', 'Elimine el enlace; use el botón «Solicitar una reseña».'],
    it: ['Un link al modulo recensioni di Amazon è una richiesta di recensione.', 'Rimuovi il link; usa il pulsante "Richiedi una recensione".'],
    ja: ['Amazonのレビュー投稿ページへのリンクはレビュー依頼にあたります。', 'リンクを削除し、「レビューをリクエスト」ボタンを使ってください。'],
    pt: ['Um link para o formulário de avaliação da Amazon é um pedido de avaliação.', 'Remova o link; use o botão "Solicitar uma avaliação".'],
  },
  email: {
    en: ['E-mail addresses are not allowed; Amazon removes them and may block the message.', 'Remove the address and keep the conversation in Amazon messages.'],
    de: ['E-Mail-Adressen sind nicht erlaubt; Amazon entfernt sie und kann die Nachricht sperren.', 'Entfernen Sie die Adresse und bleiben Sie im Amazon-Postfach.'],
    fr: ['Les adresses e-mail sont interdites ; Amazon les supprime et peut bloquer le message.', 'Supprimez l’adresse et restez dans la messagerie Amazon.'],
    es: ['No se permiten correos electrónicos; Amazon los elimina y puede bloquear el mensaje.', 'Elimine la dirección y siga en la mensajería de Amazon.'],
    it: ['Gli indirizzi e-mail non sono ammessi; Amazon li rimuove e può bloccare il messaggio.', 'Rimuovi l’indirizzo e resta nella messaggistica Amazon.'],
    ja: ['メールアドレスは記載できません。削除されるかメッセージがブロックされます。', 'アドレスを削除し、Amazonのメッセージでやり取りしてください。'],
    pt: ['Endereços de e-mail não são permitidos; a Amazon os remove e pode bloquear a mensagem.', 'Remova o endereço e continue pelas mensagens da Amazon.'],
  },
  phone: {
    en: ['Phone numbers are not allowed, except a carrier’s or manufacturer’s warranty line.', 'Remove the number and invite the buyer to reply here.'],
    de: ['Telefonnummern sind nicht erlaubt, außer Spediteur- oder Hersteller-Garantiehotlines.', 'Entfernen Sie die Nummer und bitten Sie um Antwort hier.'],
    fr: ['Les numéros de téléphone sont interdits, sauf ceux du transporteur ou de la garantie fabricant.', 'Supprimez le numéro et invitez l’acheteur à répondre ici.'],
    es: ['No se permiten teléfonos, salvo el del transportista o la garantía del fabricante.', 'Elimine el número e invite al comprador a responder aquí.'],
    it: ['I numeri di telefono non sono ammessi, salvo corriere o garanzia del produttore.', 'Rimuovi il numero e invita l’acquirente a rispondere qui.'],
    ja: ['電話番号は記載できません（配送業者・メーカー保証窓口を除く）。', '番号を削除し、このメッセージへの返信をお願いしてください。'],
    pt: ['Números de telefone não são permitidos, exceto o da transportadora ou da garantia do fabricante.', 'Remova o número e peça ao comprador que responda aqui.'],
  },
  offplatform: {
    en: ['Inviting the buyer to talk or pay outside Amazon is a severe violation.', 'Keep all contact in Amazon messages: "Just reply to this message."'],
    de: ['Den Käufer zu Kontakt oder Zahlung außerhalb von Amazon einzuladen, ist ein schwerer Verstoß.', 'Bleiben Sie im Amazon-Postfach: „Antworten Sie einfach auf diese Nachricht.“'],
    fr: ['Inviter l’acheteur à échanger ou payer hors d’Amazon est une faute grave.', 'Restez dans la messagerie : « Répondez simplement à ce message. »'],
    es: ['Invitar al comprador a contactar o pagar fuera de Amazon es una infracción grave.', 'Mantenga el contacto en Amazon: «Responda a este mensaje».'],
    it: ['Invitare l’acquirente a comunicare o pagare fuori da Amazon è una violazione grave.', 'Resta su Amazon: "Risponda pure a questo messaggio."'],
    ja: ['Amazon外での連絡や支払いへの誘導は重大な違反です。', '「このメッセージにご返信ください」とAmazon内でやり取りしてください。'],
    pt: ['Convidar o comprador a falar ou pagar fora da Amazon é uma violação grave.', 'Mantenha o contato na Amazon: "É só responder esta mensagem."'],
  },
  'offplatform.handle': {
    en: ['Social media handles invite the buyer off Amazon.', 'Remove the handle.'],
    de: ['Social-Media-Namen laden den Käufer weg von Amazon ein.', 'Entfernen Sie den Namen.'],
    fr: ['Un identifiant de réseau social invite l’acheteur hors d’Amazon.', 'Supprimez l’identifiant.'],
    es: ['Un usuario de redes sociales invita al comprador fuera de Amazon.', 'Elimine el usuario.'],
    it: ['Un nome utente social invita l’acquirente fuori da Amazon.', 'Rimuovi il nome utente.'],
    ja: ['SNSのアカウント名はAmazon外への誘導になります。', 'アカウント名を削除してください。'],
    pt: ['Nomes de usuário de redes sociais levam o comprador para fora da Amazon.', 'Remova o nome de usuário.'],
  },
  'offplatform.accept': {
    en: ['This accepts the buyer’s proposal to continue outside Amazon.', 'Decline politely: "We can only help you through Amazon messages."'],
    de: ['Damit nehmen Sie den Vorschlag des Käufers an, außerhalb von Amazon weiterzumachen.', 'Lehnen Sie freundlich ab: „Wir helfen Ihnen gern hier über Amazon.“'],
    fr: ['Vous acceptez ainsi la proposition de l’acheteur de continuer hors d’Amazon.', 'Déclinez poliment : « Nous ne pouvons vous aider que via la messagerie Amazon. »'],
    es: ['Así acepta la propuesta del comprador de seguir fuera de Amazon.', 'Decline con amabilidad: «Solo podemos ayudarle por la mensajería de Amazon».'],
    it: ['Così accetti la proposta dell’acquirente di continuare fuori da Amazon.', 'Rifiuta con gentilezza: "Possiamo aiutarla solo tramite i messaggi Amazon."'],
    ja: ['購入者からのAmazon外でのやり取りの提案を受け入れています。', '「Amazonのメッセージでのみ対応いたします」と丁寧にお断りください。'],
    pt: ['Isto aceita a proposta do comprador de continuar fora da Amazon.', 'Recuse com gentileza: "Só podemos ajudar pelas mensagens da Amazon."'],
  },
  emoji: {
    en: ['Emoji and decorative symbols are not allowed.', 'Remove the symbol; plain text reads as more professional.'],
    de: ['Emojis und Ziersymbole sind nicht erlaubt.', 'Entfernen Sie das Symbol.'],
    fr: ['Les emoji et symboles décoratifs sont interdits.', 'Supprimez le symbole.'],
    es: ['No se permiten emojis ni símbolos decorativos.', 'Elimine el símbolo.'],
    it: ['Emoji e simboli decorativi non sono ammessi.', 'Rimuovi il simbolo.'],
    ja: ['絵文字や装飾記号は使用できません。', '記号を削除してください。'],
    pt: ['Emojis e símbolos decorativos não são permitidos.', 'Remova o símbolo.'],
  },
  leading: {
    en: ['This steers the buyer toward a positive review, which Amazon treats as manipulation.', 'Ask neutrally, or not at all: Amazon’s Request a Review button is the safe channel.'],
    de: ['Das lenkt den Käufer zu einer positiven Bewertung und gilt als Manipulation.', 'Neutral oder gar nicht fragen: Nutzen Sie die Schaltfläche „Bewertung anfordern“.'],
    fr: ['Cela oriente l’acheteur vers un avis positif, ce qu’Amazon considère comme une manipulation.', 'Restez neutre ou utilisez le bouton « Demander un avis ».'],
    es: ['Esto orienta al comprador hacia una reseña positiva, lo que Amazon considera manipulación.', 'Sea neutral o use el botón «Solicitar una reseña».'],
    it: ['Questo spinge l’acquirente verso una recensione positiva: per Amazon è manipolazione.', 'Resta neutrale o usa il pulsante "Richiedi una recensione".'],
    ja: ['高評価へ誘導する表現はレビュー操作とみなされます。', '中立的に依頼するか、「レビューをリクエスト」ボタンを使ってください。'],
    pt: ['Isto conduz o comprador a uma avaliação positiva, o que a Amazon trata como manipulação.', 'Peça de forma neutra ou use o botão "Solicitar uma avaliação".'],
  },
  review_request: {
    en: ['This asks for a review or feedback; one neutral request per order is allowed, and the Request a Review button is safer.', 'Prefer the Request a Review button and drop this sentence.'],
    de: ['Hier wird um eine Bewertung gebeten; erlaubt ist eine neutrale Anfrage pro Bestellung.', 'Nutzen Sie lieber „Bewertung anfordern“ und streichen Sie den Satz.'],
    fr: ['Vous demandez un avis ; une seule demande neutre par commande est admise.', 'Préférez le bouton « Demander un avis » et retirez la phrase.'],
    es: ['Pide una reseña; solo se permite una solicitud neutral por pedido.', 'Prefiera el botón «Solicitar una reseña» y quite la frase.'],
    it: ['Chiedi una recensione; è ammessa una sola richiesta neutrale per ordine.', 'Preferisci il pulsante "Richiedi una recensione" e togli la frase.'],
    ja: ['レビューを依頼しています。注文ごとに中立的な依頼1回のみ可能です。', '「レビューをリクエスト」ボタンを使い、この文を削除してください。'],
    pt: ['Isto pede uma avaliação; só é permitido um pedido neutro por pedido de compra.', 'Prefira o botão "Solicitar uma avaliação" e retire a frase.'],
  },
  review_channel: {
    en: ['This order already had a review request; asking again can restrict your messaging for 30 days.', 'Remove all review wording from this message.'],
    de: ['Für diese Bestellung wurde bereits eine Bewertung angefragt; eine zweite Anfrage kann 30 Tage Sperre bringen.', 'Entfernen Sie jede Bewertungsformulierung.'],
    fr: ['Un avis a déjà été demandé pour cette commande ; redemander peut restreindre vos messages 30 jours.', 'Retirez toute mention d’avis.'],
    es: ['Este pedido ya tuvo una solicitud de reseña; repetirla puede restringir sus mensajes 30 días.', 'Quite cualquier mención a reseñas.'],
    it: ['Per questo ordine è già stata chiesta una recensione; ripeterlo può bloccare i messaggi per 30 giorni.', 'Togli ogni riferimento alle recensioni.'],
    ja: ['この注文ではレビュー依頼済みです。再依頼で30日間メッセージが制限される恐れがあります。', 'レビューに関する表現をすべて削除してください。'],
    pt: ['Este pedido já recebeu uma solicitação de avaliação; pedir de novo pode restringir suas mensagens por 30 dias.', 'Retire qualquer menção a avaliações.'],
  },
  marketing: {
    en: ['Promotions, coupons and cross-selling are not allowed in buyer messages.', 'Keep to the order: delivery, returns, the buyer’s question.'],
    de: ['Werbung, Gutscheine und Cross-Selling sind in Käufernachrichten nicht erlaubt.', 'Bleiben Sie bei der Bestellung: Lieferung, Rückgabe, die Frage des Käufers.'],
    fr: ['Promotions, coupons et ventes croisées sont interdits.', 'Restez sur la commande : livraison, retour, question de l’acheteur.'],
    es: ['No se permiten promociones, cupones ni ventas cruzadas.', 'Céntrese en el pedido: entrega, devolución, la consulta del comprador.'],
    it: ['Promozioni, coupon e vendite incrociate non sono ammessi.', 'Resta sull’ordine: consegna, resi, la domanda dell’acquirente.'],
    ja: ['宣伝・クーポン・他商品の案内は禁止されています。', '配送・返品・ご質問など注文に関する内容に限定してください。'],
    pt: ['Promoções, cupons e vendas cruzadas não são permitidos nas mensagens ao comprador.', 'Fique no pedido: entrega, devolução, a dúvida do comprador.'],
  },
  personal_data: {
    en: ['Asking for personal data the order does not need is not allowed.', 'Ask only for what completes the order, through Amazon.'],
    de: ['Persönliche Daten, die die Bestellung nicht braucht, dürfen Sie nicht erfragen.', 'Fragen Sie nur, was die Bestellung erfordert.'],
    fr: ['Demander des données personnelles inutiles à la commande est interdit.', 'Ne demandez que ce qui est nécessaire à la commande.'],
    es: ['No puede pedir datos personales que el pedido no necesita.', 'Pida solo lo necesario para completar el pedido.'],
    it: ['Non è ammesso chiedere dati personali non necessari all’ordine.', 'Chiedi solo ciò che serve a completare l’ordine.'],
    ja: ['注文に不要な個人情報を求めることはできません。', '注文の完了に必要な情報のみ、Amazon経由で確認してください。'],
    pt: ['Não é permitido pedir dados pessoais de que o pedido não precisa.', 'Peça só o necessário para concluir o pedido, pela Amazon.'],
  },
  important_tag: {
    en: ['The [Important] tag is deprecated and can get the message flagged.', 'Remove the tag; pick the matching contact reason instead.'],
    de: ['Das Kennzeichen [Wichtig] ist veraltet und kann die Nachricht markieren lassen.', 'Entfernen Sie es und wählen Sie den passenden Kontaktgrund.'],
    fr: ['La balise [Important] est obsolète et peut faire signaler le message.', 'Retirez-la et choisissez le bon motif de contact.'],
    es: ['La etiqueta [Importante] está obsoleta y puede hacer marcar el mensaje.', 'Quítela y elija el motivo de contacto adecuado.'],
    it: ['Il tag [Importante] è obsoleto e può far segnalare il messaggio.', 'Toglilo e scegli il motivo di contatto corretto.'],
    ja: ['【重要】タグは廃止済みで、メッセージが問題視される恐れがあります。', 'タグを削除し、適切な連絡理由を選んでください。'],
    pt: ['A etiqueta [Importante] está obsoleta e pode fazer a mensagem ser sinalizada.', 'Remova-a e escolha o motivo de contato adequado.'],
  },
  auto_reply: {
    en: ['An automatic reply does not stop the 24-hour response clock.', 'Answer the buyer’s question within 24 hours.'],
    de: ['Eine automatische Antwort stoppt die 24-Stunden-Frist nicht.', 'Beantworten Sie die Frage innerhalb von 24 Stunden.'],
    fr: ['Une réponse automatique n’arrête pas le délai de 24 heures.', 'Répondez à la question sous 24 heures.'],
    es: ['Una respuesta automática no detiene el plazo de 24 horas.', 'Responda a la consulta en 24 horas.'],
    it: ['Una risposta automatica non ferma il termine di 24 ore.', 'Rispondi alla domanda entro 24 ore.'],
    ja: ['自動返信では24時間の返信期限は止まりません。', '24時間以内にご質問へ回答してください。'],
    pt: ['Uma resposta automática não interrompe o prazo de 24 horas.', 'Responda à dúvida do comprador em até 24 horas.'],
  },
  custom: {
    en: ['This phrase is on your own list of phrases to avoid.', 'Rephrase or remove it.'],
    de: ['Diese Formulierung steht auf Ihrer eigenen Sperrliste.', 'Formulieren Sie um oder streichen Sie sie.'],
    fr: ['Cette expression figure sur votre propre liste à éviter.', 'Reformulez ou supprimez-la.'],
    es: ['Esta frase está en su propia lista de frases a evitar.', 'Reformúlela o elimínela.'],
    it: ['Questa frase è nella tua lista di frasi da evitare.', 'Riformulala o eliminala.'],
    ja: ['ご自身で登録した避けるべき表現です。', '言い換えるか削除してください。'],
    pt: ['Esta expressão está na sua própria lista de frases a evitar.', 'Reformule ou remova.'],
  },
  attachment_type: {
    en: ['Amazon accepts only Word, PDF, text and image files.', 'Convert the file to PDF, or send an image (JPG, PNG, GIF, BMP, TIFF).'],
    de: ['Amazon akzeptiert nur Word-, PDF-, Text- und Bilddateien.', 'Wandeln Sie die Datei in PDF um oder senden Sie ein Bild.'],
    fr: ['Amazon n’accepte que les fichiers Word, PDF, texte et image.', 'Convertissez le fichier en PDF ou envoyez une image.'],
    es: ['Amazon solo acepta archivos Word, PDF, texto e imagen.', 'Convierta el archivo a PDF o envíe una imagen.'],
    it: ['Amazon accetta solo file Word, PDF, testo e immagini.', 'Converti il file in PDF o invia un’immagine.'],
    ja: ['添付できるのはWord・PDF・テキスト・画像ファイルのみです。', 'PDFに変換するか画像ファイルを送ってください。'],
    pt: ['A Amazon aceita apenas arquivos Word, PDF, texto e imagem.', 'Converta o arquivo em PDF ou envie uma imagem.'],
  },
  attachment_size: {
    en: ['Attachments may be at most 10 MB.', 'Compress the file or split it.'],
    de: ['Anhänge dürfen höchstens 10 MB groß sein.', 'Komprimieren oder teilen Sie die Datei.'],
    fr: ['Les pièces jointes sont limitées à 10 Mo.', 'Compressez ou divisez le fichier.'],
    es: ['Los adjuntos pueden tener como máximo 10 MB.', 'Comprima o divida el archivo.'],
    it: ['Gli allegati possono essere al massimo di 10 MB.', 'Comprimi o dividi il file.'],
    ja: ['添付ファイルは10MBまでです。', 'ファイルを圧縮または分割してください。'],
    pt: ['Os anexos podem ter no máximo 10 MB.', 'Comprima ou divida o arquivo.'],
  },
  attachment_unreadable: {
    en: ['We could not read the text inside this file, so it was not checked.', 'Open it and check for web addresses, e-mails and marketing yourself, or send a PDF.'],
    de: ['Der Text in dieser Datei konnte nicht gelesen und daher nicht geprüft werden.', 'Prüfen Sie sie selbst auf Links, E-Mails und Werbung oder senden Sie ein PDF.'],
    fr: ['Le texte de ce fichier n’a pas pu être lu ni vérifié.', 'Vérifiez-le vous-même (liens, e-mails, publicité) ou envoyez un PDF.'],
    es: ['No se pudo leer ni revisar el texto de este archivo.', 'Revíselo usted (enlaces, correos, publicidad) o envíe un PDF.'],
    it: ['Non è stato possibile leggere né controllare il testo del file.', 'Controllalo tu (link, e-mail, pubblicità) o invia un PDF.'],
    ja: ['このファイル内の文字を読み取れず、チェックできませんでした。', 'URL・メール・宣伝がないかご自身で確認するか、PDFで送ってください。'],
    pt: ['Não foi possível ler nem verificar o texto deste arquivo.', 'Verifique você mesmo (links, e-mails, publicidade) ou envie um PDF.'],
  },
  attachment_image: {
    en: ['Amazon reads text in images too: a logo with a web address counts as a link.', 'Make sure the image shows no web address, e-mail or promotion.'],
    de: ['Amazon liest auch Text in Bildern: Ein Logo mit Webadresse gilt als Link.', 'Achten Sie darauf, dass das Bild keine Adresse oder Werbung zeigt.'],
    fr: ['Amazon lit aussi le texte des images : un logo avec une adresse web est un lien.', 'Vérifiez que l’image ne montre ni adresse ni promotion.'],
    es: ['Amazon también lee el texto de las imágenes: un logo con web cuenta como enlace.', 'Compruebe que la imagen no muestre direcciones ni promociones.'],
    it: ['Amazon legge anche il testo nelle immagini: un logo con indirizzo web è un link.', 'Verifica che l’immagine non mostri indirizzi o promozioni.'],
    ja: ['画像内の文字も審査されます。URL入りのロゴはリンク扱いです。', '画像にURL・メール・宣伝が含まれていないか確認してください。'],
    pt: ['A Amazon também lê o texto das imagens: um logotipo com endereço de site conta como link.', 'Confira se a imagem não mostra endereço, e-mail ou promoção.'],
  },
};

export function describe(rule: string, variant: string | undefined, lang: UiLanguage): { message: string; suggestion?: string } {
  const table = (variant && MESSAGES[`${rule}.${variant}`]) || MESSAGES[rule];
  if (!table) return { message: rule };
  const [message, suggestion] = table[lang] ?? table.en;
  return { message, suggestion };
}

/** The learned layer's wording (severity warn, over a whole sentence): what the sentence reads like
 *  and what to do. Seven languages: Portuguese is ready for a pt UI. */
type ModelTable = Readonly<Record<UiLanguage | 'pt', Text>>;
export const MODEL_MESSAGES: Readonly<Record<string, ModelTable>> = {
  offplatform: {
    en: ['This sentence reads like an invitation to contact or pay outside Amazon.', 'If it is, rewrite it so the buyer simply replies to this message.'],
    de: ['Dieser Satz liest sich wie eine Einladung zu Kontakt oder Zahlung außerhalb von Amazon.', 'Falls ja, bitten Sie den Käufer stattdessen, einfach auf diese Nachricht zu antworten.'],
    fr: ['Cette phrase ressemble à une invitation à échanger ou payer hors d’Amazon.', 'Si c’est le cas, invitez plutôt l’acheteur à répondre à ce message.'],
    es: ['Esta frase parece una invitación a contactar o pagar fuera de Amazon.', 'Si lo es, pida al comprador que simplemente responda a este mensaje.'],
    it: ['Questa frase sembra un invito a comunicare o pagare fuori da Amazon.', 'Se lo è, chiedi all’acquirente di rispondere semplicemente a questo messaggio.'],
    ja: ['この文はAmazon外での連絡や支払いへの誘導のように読めます。', 'そうであれば、このメッセージに返信していただくよう書き換えてください。'],
    pt: ['Esta frase parece um convite para contato ou pagamento fora da Amazon.', 'Se for, peça ao comprador que apenas responda a esta mensagem.'],
  },
  review_request: {
    en: ['This sentence reads like a review request.', 'If it is, remove it: use the Request a Review button instead.'],
    de: ['Dieser Satz liest sich wie eine Bitte um eine Bewertung.', 'Falls ja, streichen Sie ihn und nutzen Sie stattdessen „Bewertung anfordern“.'],
    fr: ['Cette phrase ressemble à une demande d’avis.', 'Si c’est le cas, supprimez-la et utilisez plutôt « Demander un avis ».'],
    es: ['Esta frase parece una solicitud de reseña.', 'Si lo es, elimínela y use en su lugar «Solicitar una reseña».'],
    it: ['Questa frase sembra una richiesta di recensione.', 'Se lo è, eliminala e usa invece «Richiedi una recensione».'],
    ja: ['この文はレビューの依頼のように読めます。', 'そうであれば削除し、「レビューをリクエスト」ボタンをご利用ください。'],
    pt: ['Esta frase parece um pedido de avaliação.', 'Se for, remova-a e use o botão Solicitar uma avaliação.'],
  },
  leading: {
    en: ['This sentence reads like it steers the buyer’s review or feedback.', 'If it does, remove it and keep the message about the order.'],
    de: ['Dieser Satz liest sich, als lenke er die Bewertung des Käufers.', 'Falls ja, streichen Sie ihn und bleiben Sie bei der Bestellung.'],
    fr: ['Cette phrase semble orienter l’avis de l’acheteur.', 'Si c’est le cas, supprimez-la et restez sur la commande.'],
    es: ['Esta frase parece orientar la reseña del comprador.', 'Si es así, elimínela y céntrese en el pedido.'],
    it: ['Questa frase sembra orientare la recensione dell’acquirente.', 'Se è così, eliminala e resta sull’ordine.'],
    ja: ['この文は購入者の評価を誘導しているように読めます。', 'そうであれば削除し、注文に関する内容だけにしてください。'],
    pt: ['Esta frase parece direcionar a avaliação do comprador.', 'Se for o caso, remova-a e fale apenas do pedido.'],
  },
  marketing: {
    en: ['This sentence reads like marketing or a promotion.', 'If it is, remove it: buyer messages are for completing the order only.'],
    de: ['Dieser Satz liest sich wie Werbung oder eine Aktion.', 'Falls ja, streichen Sie ihn: Nachrichten dienen nur der Abwicklung der Bestellung.'],
    fr: ['Cette phrase ressemble à de la publicité ou une promotion.', 'Si c’est le cas, supprimez-la : les messages servent seulement à la commande.'],
    es: ['Esta frase parece publicidad o una promoción.', 'Si lo es, elimínela: los mensajes solo sirven para completar el pedido.'],
    it: ['Questa frase sembra pubblicità o una promozione.', 'Se lo è, eliminala: i messaggi servono solo a completare l’ordine.'],
    ja: ['この文は宣伝や販促のように読めます。', 'そうであれば削除してください。メッセージは注文の対応のみに使えます。'],
    pt: ['Esta frase parece publicidade ou uma promoção.', 'Se for, remova-a: as mensagens servem apenas para concluir o pedido.'],
  },
  personal_data: {
    en: ['This sentence reads like it asks for personal data the order does not need.', 'If it does, remove the request; ask only for what the order needs.'],
    de: ['Dieser Satz liest sich wie eine Frage nach persönlichen Daten, die die Bestellung nicht braucht.', 'Falls ja, streichen Sie die Bitte und fragen Sie nur, was die Bestellung erfordert.'],
    fr: ['Cette phrase semble demander des données personnelles inutiles à la commande.', 'Si c’est le cas, retirez la demande et ne demandez que le nécessaire.'],
    es: ['Esta frase parece pedir datos personales que el pedido no necesita.', 'Si es así, retire la petición y pida solo lo que el pedido requiere.'],
    it: ['Questa frase sembra chiedere dati personali che l’ordine non richiede.', 'Se è così, togli la richiesta e chiedi solo il necessario.'],
    ja: ['この文は注文に不要な個人情報を求めているように読めます。', 'そうであれば削除し、注文に必要な情報だけをお願いしてください。'],
    pt: ['Esta frase parece pedir dados pessoais que o pedido não exige.', 'Se for o caso, retire o pedido e peça só o necessário.'],
  },
};

export function describeModel(label: string, lang: string): { message: string; suggestion?: string } {
  const table = MODEL_MESSAGES[label];
  if (!table) return { message: label };
  const [message, suggestion] = table[lang as UiLanguage | 'pt'] ?? table.en;
  return { message, suggestion };
}
