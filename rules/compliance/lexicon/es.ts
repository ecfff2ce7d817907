import { ADDRESS, NOT_EXPLAINED, NOT_NEGATED, NOT_THANKED_OR_BEFORE, WORD_WITH_AT } from './shared';
import type { Lexicon } from './types';

const REVIEW = "(?:reseñas?|reseñitas?|opiniones|opinión|valoraci(?:ón|ones)|calificaci(?:ón|ones)|comentarios?|feedback|estrellas|estrellitas?|evaluaci(?:ón|ones)|puntuaci(?:ón|ones))";
/** Incentives for a review: "un vale de 10 € por cada reseña publicada". */
// why (guard): "No ofrecemos descuentos ni regalos a cambio de opiniones" refuses
const INCENTIVE = `(?:reembolso|regalo|descuento|cupón|tarjeta regalo|vale|bono|producto gratis|muestra|obsequio|cheque regalo)\\p{L}{0,3}(?: [^\\s.!?,;]{1,12}){0,4} (?:a cambio de|(?<!gracias )por|tras) (?:una |un |su |tu |cada |cualquier |vuestra )?${REVIEW}${NOT_NEGATED}`;
const RATE_VERB = "(?:valore|valora|valorar|valorad|valoren|califique|califica|calificar|calificad|califiquen|evalúe|evalúa|evaluar|puntúe|puntúa|puntuar|puntúen|reseñe|reseña|reseñar)";
// why: "cinco estrellitas", "cuénteselo a todos", "sus impresiones" are review wording too ("Si está contento, cuénteselo a todos")
const AFTER_REVIEW = "(?=[^]{0,160}?(?:reseñ|opini|valora|califica|estrell|feedback|comentario|puntu|palabras|impresiones|otros (?:compradores|clientes)|cuént[ae](?:se)?lo a|a todos))";
/** Small or family business appeals next to review wording bias the review. */
// why: either word order ("un vendedor pequeño como nosotros", "una pequeña tienda")
const SMALL_BUSINESS = "(?:pequeñ[oa]s? (?:empresa|negocio|tienda|comercio|marca|equipo|vendedor)(?:es|s)?|(?:empresa|negocio|tienda|comercio|marca|equipo|vendedor)(?:es|s)? (?:muy )?pequeñ[oa]s?|(?:empresa|negocio) familiar|autónom[oa]s?)";
/** A negation at most two words before a channel name that ends the entry (a lookbehind placed after it). */
const denied = (channel: string) => `(?<!(?:(?:no|nunca|não)(?: \\p{L}{1,12}){0,2}|(?:ni|sin|nem|sem)(?: (?:por|vía|de|el|la|o|a|pelo|pela))?) ${channel})`;
/** A coupon the buyer already used, in Spanish words the shared APPLIED list lacks ("que usó", "descontado"). */
const ES_NOT_APPLIED = "(?![^.!?;\\n]{0,80}(?:que (?:usó|utilizó|aplicó|canjeó)|descontad[oa]s?|ya (?:aparece|figura|está) (?:descontad|aplicad|reflejad)))";
/** A review or the mark it gave, for asks to change it ("reconsidere la nota de tres estrellas"). */
const REVIEW_OR_MARK = `(?:${REVIEW}|notas?(?! de (?:entrega|pedido|crédito|abono|envío|devolución))|puntuación)`;
/** An address as a seller writes it, also with "arroba"/"punto" spelled out ("info (arroba) camp (punto) solutions",
 *  "encuesta punto casaluma punto online"); never Amazon's (ADDRESS) or a carrier's. */
const ES_ADDRESS = `(?!(?:www\\.)?(?:correos|seur|mrw|gls|ups|dhl|nacex|dpd)\\.)(?:${ADDRESS}|[a-z0-9][a-z0-9._-]{0,30} ?(?:[\\[(]arroba[\\])]| arroba ) ?[a-z0-9-]{2,30}(?: ?[\\[(]punto[\\])] ?| punto |\\.)[a-z]{2,12}|(?!(?:el|un|este|ese|del|al|cada|mismo|buen|mal|primer|último|ultimo) punto)[a-z0-9-]{2,30} punto (?:[a-z0-9-]{2,30} punto )?(?:com|es|net|org|shop|store|online|tienda|tools|vip|solutions|site|web|info|eu|mx|app|club|xyz|biz)(?![\\p{L}]))`;

export const es: Lexicon = {
  offplatform: [
    { id: 'ask-phone-number', re: "(?:dígame|díganos|deme|denos|facilíteme|facilítenos|pásenos|páseme|indíquenos|indíqueme|mándeme|envíeme) (?:un|algún) (?:número|teléfono|móvil)(?: de contacto)?(?! de (?:pedido|seguimiento|serie|referencia|modelo|factura|lote))",
      why: 'Asks the buyer for a phone number so the seller can call, moving the chat to the phone.',
      match: ['Dígame un número de contacto y le llamo esta tarde.', 'Facilíteme algún teléfono para coordinar la instalación.'], not: ['Díganos un número de pedido para localizar el envío.'] },
    { id: 'to-call-you', re: "(?:para|y) (?:llamarle|llamarte|llamarlo|llamarla|contactarle|escribirle por whats ?app)",
      why: 'Announces a phone call or a WhatsApp chat with the buyer, a channel outside Amazon.',
      match: ['Indíquenos a qué hora le viene bien para llamarle.'], not: ['El repartidor podría llamarle antes de la entrega.'] },
    { id: 'reach-us-at', re: "(?:contactarnos|llamarnos|escribirnos|localizarnos) (?:directamente )?(?:al|a|por|en|vía)(?! (?:la mensajería|amazon|aquí|este|esta))",
      why: 'Invites the buyer to call, write or reach the seller at a channel of their own.',
      match: ['También puede llamarnos al 910 123 456.'], not: ['Puede contactarnos por la mensajería de Amazon cuando quiera.'] },
    { id: 'our-phone-line', re: "nuestr[oa] (?:teléfono|línea|número)(?: de (?:atención|contacto|teléfono)| gratuito)",
      why: "Gives the seller's own phone line, a contact channel outside Amazon.",
      match: ['Nuestro teléfono de atención es el 900 123 456.', 'Puede usar nuestra línea de contacto en horario de oficina.'], not: ['Nuestro número de pedido interno no le hace falta.'] },
    { id: 'other-marketplace', re: `(?:en|a través de) (?:ebay|etsy|aliexpress|temu|wallapop|mercado ?libre|miravia|shein|walmart|fnac|carrefour|rakuten)${NOT_NEGATED}`,
      why: 'Points the buyer to another marketplace as the place to buy.',
      match: ['También vendemos este mismo modelo en Mercado Libre.', 'Lo tiene a través de eBay con nuestro usuario.'], not: ['No vendemos en eBay ni en otras tiendas.'] },
    { id: 'write-to-us', re: "(?:escríbanos|escríbenos|escribanos|escribenos) (?:a|al|en|por)",
      why: 'Asks the buyer to write to the seller at an address or channel of their own.',
      match: ['Escríbanos al correo de la tienda y le contestamos.'], not: ['Escríbanos aquí mismo si tiene dudas.'] },
    { id: 'we-will-call', re: "(?:le|te) (?:llamaremos|llamamos|escribiremos por whats ?app)",
      why: 'Announces that the seller will call the buyer or write by WhatsApp.',
      match: ['Le llamaremos mañana para concretar la recogida.', 'Te escribiremos por WhatsApp cuando salga el envío.'], not: ['El transportista le llamará antes de la entrega.'] },
    { id: 'call-our-line', re: "(?:llame|llama) a (?:nuestro|nuestra) (?:servicio|teléfono|línea|atención)",
      why: "Asks the buyer to call the seller's own service or phone line.",
      match: ['Llame a nuestro servicio técnico y se lo solucionamos.'], not: ['Llame a la empresa de transporte con su número de seguimiento.'] },
    { id: 'email-us', re: "(?:escríbenos|escríbanos|envíenos|envíanos|mándenos|mándanos) (?:un )?(?:e-?mail|correo|mensaje (?:por|a) whats ?app|whats ?app|sms)",
      why: 'Asks the buyer to send an e-mail, SMS or WhatsApp message, channels outside Amazon.',
      match: ['Envíenos un e-mail con las fotos y lo revisamos.', 'Mándenos un WhatsApp y lo vemos.'], not: ['Envíenos las fotos por la mensajería de Amazon.'] },
    { id: 'by-email-or-phone', re: "(?:por|vía|a través de)(?<!(?:amazon|paqueter[ií]a|transportista|repartidor|mensajer[oa])[^.!?\\n]{0,50}(?:por|vía|a través de)) (?:e-?mail|correo(?: electrónico)?|teléfono|whats ?app|telegram|instagram|facebook)(?![^.!?\\n]{0,30}amazon)",
      why: 'Moves the conversation to e-mail, phone, WhatsApp or social media (not when a carrier or Amazon does it).',
      match: ['Si lo prefiere, hablamos por WhatsApp y le guío paso a paso.', 'Mándenos las fotos por correo electrónico.'], not: ['Amazon le enviará la confirmación por correo electrónico.', 'El repartidor le avisará por teléfono.'] },
    { id: 'call-or-contact-us-at', re: "(?:llámenos|llámanos|llamarnos|contáctenos|contáctanos) (?:directamente )?(?:al|por|en|vía|a)(?! través de amazon| amazon)",
      why: 'Asks the buyer to call or contact the seller at a number or channel of their own.',
      match: ['Llámenos al 912 345 678 de lunes a viernes.', 'Contáctenos por WhatsApp y se lo resolvemos.'], not: ['Contáctenos a través de Amazon si necesita algo más.'] },
    { id: 'call-us', re: "(?:llámenos|llámanos|llámame|llámeme)",
      why: 'Asks the buyer to phone the seller, a channel outside Amazon.', match: ['Si tiene dudas, llámenos sin compromiso.', 'Llámeme cuando le venga bien.'] },
    { id: 'write-me-at', re: "(?:escríbeme|escríbame|contáctame|contácteme) (?:directamente )?(?:al|por|en|vía|a)(?! través de amazon| amazon)",
      why: 'Asks the buyer to write to or contact the seller at a channel of their own.',
      match: ['Escríbame directamente a mi correo y lo vemos.'], not: ['Contácteme a través de Amazon si lo necesita.'] },
    { id: 'whatsapp', re: `whats ?app${denied('whats\\s{0,2}app')}`,
      why: 'Offers WhatsApp as a contact channel (a negation right before it refuses it: "no atendemos por WhatsApp").',
      match: ['Para cualquier duda tiene nuestro WhatsApp: 612 345 678.'], not: ['Lo sentimos, no atendemos por WhatsApp.'] },
    { id: 'bizum', re: `bizum${denied('bizum')}`,
      why: 'Offers Bizum, a payment outside Amazon (a negation right before it refuses it).',
      match: ['Le devolvemos el dinero por Bizum hoy mismo.'], not: ['No aceptamos Bizum, solo el pago de Amazon.'] },
    { id: 'oxxo', re: `oxxo${denied('oxxo')}`,
      why: 'Offers an OXXO cash deposit, a payment outside Amazon (a negation right before it refuses it).',
      match: ['Puede pagarnos con un depósito en OXXO.'], not: ['No trabajamos con OXXO ni otros pagos externos.'] },
    { id: 'send-email-to', re: "(?:mande|manda|mándenos|mándanos|envíe|envía|envíenos|envíanos|escriba|escribe|escríbanos|escríbenos|escríbame|escríbeme) (?:un |una )?(?:e-?mail|correo(?: electrónico)?|mail|sms|whats ?app|mensaje (?:por|de|al) whats ?app) (?:a|al|en)(?! través de amazon| amazon)",
      why: 'Asks the buyer to send an e-mail, SMS or WhatsApp to an address or number of the seller.',
      match: ['Mande un correo a nuestro departamento técnico y le respondemos enseguida.'], not: ['Mande un mensaje a través de Amazon.'] },
    { id: 'pay-outside', re: "(?:pagar|pago|pague|paga|transferencia|reembolso|reembolsar(?:le|te)?|devolver(?:le|te)? el dinero|devolución|abonar(?:le|te)?|ingreso) … (?:por|vía|con|mediante|a través de) (?:paypal|bizum|transferencia|western union|ingreso en cuenta|efectivo)",
      why: 'Offers payment or a refund through PayPal, Bizum, bank transfer or cash, outside Amazon.',
      match: ['Podemos devolverle el dinero por Bizum ahora mismo.', 'Me paga por PayPal y le envío otra unidad.'], not: ['El reembolso se hará por el mismo método de pago que usó en Amazon.'] },
    { id: 'wechat', re: "wechat", why: 'Names WeChat, a messenger outside Amazon.', match: ['Añádanos en WeChat para más ayuda.'] },
    { id: 'telegram', re: "telegram", why: 'Names Telegram, a messenger outside Amazon.', match: ['Tenemos un canal de Telegram con soporte directo.'] },
    { id: 'viber', re: "viber", why: 'Names Viber, a messenger outside Amazon.', match: ['Estamos en Viber con el mismo número.'] },
    { id: 'skype', re: "skype", why: 'Names Skype, a call channel outside Amazon.', match: ['Podemos hacer una videollamada por Skype.'] },
    { id: 'our-website', re: "nuestra (?:propia )?(?:página web|web|tienda online|tienda en línea|sitio web)",
      why: "Points the buyer to the seller's own website or online shop.",
      match: ['Visite nuestra página web para ver todo el catálogo.', 'En nuestra tienda online lo tiene más barato.'], not: ['Visite nuestra tienda en Amazon para ver más modelos.'] },
    { id: 'our-site', re: "nuestro sitio web", why: "Points the buyer to the seller's own website.", match: ['Encontrará las instrucciones en nuestro sitio web.'] },
    { id: 'buy-direct', re: "(?:comprar|pedir) directamente (?:a nosotros|en nuestra)",
      why: 'Invites the buyer to buy directly from the seller, bypassing Amazon.',
      match: ['La próxima vez puede comprar directamente a nosotros.', 'Puede pedir directamente en nuestra tienda.'] },
    { id: 'outside-amazon', re: `(?:fuera de|sin pasar por) amazon${NOT_NEGATED}`,
      why: 'Proposes a deal outside Amazon (a negation refuses it).', match: ['Se lo vendo fuera de Amazon y se ahorra los gastos.'], not: ['No podemos tratar nada fuera de Amazon.'] },
    { id: 'my-email-is', re: "mi (?:correo|e-?mail|número|teléfono) (?:es|personal)",
      why: "Gives the seller's own e-mail or phone number.", match: ['Mi número personal es el 611 222 333.'], not: ['Mi número de pedido es el que figura arriba.'] },
    { id: 'verb-plus-address', re: `(?:(?:escrib|escríb|envi|enví|mand|mánd|registr|rellen|cumpliment|acced|pid|hag|cuént|compart|compárt|valór|calific|califíq|déj|descarg|tramit|inscrib|suscrib|encuéntr|búsqu|contáct)\\p{L}{0,8}|visite|visita|visítenos|visítanos|visitar|visitando|consulte|consulta|consultar|consultando|contacte|contactar|contactarnos|cree|crea|crear|creando|entre|entra|entrar|entrando|compre|compra|comprar|comprando|pague|paga|pagar|pagando|abone|abonar|solicite|solicita|solicitar|reserve|reserva|reservar):? (?:[^\\s.!?]{1,25} ){0,6}(?:(?:en|a|al|desde|aquí|por|vía|mediante):? )?${ES_ADDRESS}`,
      why: 'A Spanish inviting verb carries a web or e-mail address of the seller, also with "arroba"/"punto" spelled out.',
      match: ['Registre su aparato en cocinamundo.store para la garantía.', 'Descargue el manual desde guiaslumen.com.'], not: ['Puede descargar el manual desde la ficha de Amazon.', 'Consulte el estado del envío en amazon.es.'] },
    { id: 'parts-on-domain', re: `(?:más barat\\p{L}{1,3}|más económic\\p{L}{1,3}|repuestos?|recambios?|filtros|accesorios|piezas|almohadillas|a la venta|disponibles?) (?:\\p{L}{1,12} ){0,3}en ${ES_ADDRESS}`,
      why: 'Spare parts or a lower price offered on a domain of the seller, no verb needed.',
      match: ['Tenemos filtros de repuesto en aguaclara.store.', 'Los recambios salen un 30 % más baratos en casaluma.shop.'], not: ['Tenemos filtros de repuesto en Amazon.'] },
    { id: 'call-verb-number', re: "(?:llame|llama|llámenos|llámanos|llamarnos|llámeme|llámame|márquenos|márcanos|marque|telefonee|telefonéenos)(?: (?:al|a|a nuestro|a la línea))?:?(?=\\s{0,3}[+(0-9])",
      why: 'A call verb right before a phone number.',
      match: ['Llame al 93 555 66 77 y le atendemos.', 'Márquenos al 55 1234 5678.'], not: ['Llame al transportista si no recibe el paquete.'] },
    { id: 'customer-line-number', re: "(?:atención al cliente|servicio de atención(?: al cliente)?|línea de atención|teléfono de (?:atención|contacto)|línea (?:gratuita|directa))(?: gratuit[oa])?:?(?=\\s{1,3}[+(]?\\d{2,4}[ .-]?\\d{2,4}[ .-]?\\d)",
      why: 'A customer service line followed by its phone number.', match: ['Atención al cliente: 900 123 456 (gratuito).'], not: ['Atención al cliente de Amazon le ayudará.'] },
    { id: 'find-us-on-social', re: `(?:estamos|encuéntrenos|búsquenos|encuéntranos|búscanos) (?:también )?en (?:instagram|facebook|tiktok|telegram|twitter)${NOT_NEGATED}`,
      why: "Points the buyer to the seller's social media account as a channel.",
      match: ['Estamos también en Instagram, escríbanos allí.'], not: ['No estamos en Instagram ni en Facebook.'] },
    { id: 'direct-message', re: `mensaje (?:directo|privado)(?! (?:de|en|por) amazon| aquí| por aquí)${NOT_NEGATED}`,
      why: 'Asks for a direct or private message, i.e. on social media, outside Amazon.',
      match: ['Mándenos un mensaje privado y lo vemos.'], not: ['Envíenos un mensaje privado por Amazon.'] },
    { id: 'official-site', re: "nuestr[oa] (?:propi[oa] )?(?:página oficial|web oficial|portal)(?! de amazon)",
      why: "Points the buyer to the seller's own official page or portal.",
      match: ['Registre el aparato en nuestra página oficial.'], not: ['Nuestra página oficial de Amazon tiene el manual.'] },
    { id: 'shop-website', re: "(?:web|página|sitio|tienda online|tienda en línea) (?:web )?de (?:nuestra|nuestro) (?:tienda|marca|empresa|negocio)",
      why: "Points the buyer to the website of the seller's shop or brand.",
      match: ['Dese de alta en la web de nuestra tienda.', 'Lo encontrará en la página de nuestra marca.'], not: ['Visite la tienda de nuestra marca en Amazon.'] },
    { id: 'sign-up-on-site', re: "(?:dese|darse|date|regístrese|regístrate|inscríbase) (?:de alta )?en (?:la|nuestra|una) (?:web|página|plataforma|app)",
      why: 'Asks the buyer to sign up on a website or app, outside Amazon.', match: ['Regístrese en nuestra web para activar la garantía.'] },
    { id: 'i-will-call-you', re: "(?:le|te) (?:llamo|llamaré|telefoneo|telefonearé)(?! la atención)",
      why: 'The seller announces a phone call, moving the chat off Amazon.',
      match: ['Le llamo esta tarde para explicarle el montaje.', 'Te telefoneo mañana.'], not: ['Le llamo la atención sobre el plazo de devolución.'] },
  ],
  leading: [
    `si todo (?:ha ido|fue|salió|está|ha salido) (?:bien|perfecto|correcto)${AFTER_REVIEW}`,
    `¿?(?:está|estás|quedó|ha quedado) (?:usted )?(?:satisfech[oa]|content[oa])\\?${AFTER_REVIEW}`,
    "no (?:deje|dejen|dejes|publique|escriba|ponga) (?:una |un |ninguna |ningún )?(?:valoración|reseña|opinión|calificación|comentario|feedback) (?:negativ[oa]|mala|mal[oa])",
    `si (?:está|estás|están|estáis|quedó|quedaste|quedaron|ha quedado|has quedado|ha estado|has estado) (?:muy |totalmente )?(?:satisfech[oa]s?|content[oa]s?|feliz)${AFTER_REVIEW}`, `si le (?:ha )?gusta(?:do)? (?:el|nuestro) (?:producto|artículo)${AFTER_REVIEW}`,
    `${REVIEW}[^.!?]{0,60}${SMALL_BUSINESS}`, `${SMALL_BUSINESS}[^.!?]{0,80}${REVIEW}`,
    // why: 5 stars given or asked for (a verb or preposition before), not a "Hotel 5 Estrellas" product line, a 1-to-5 scale or thanks for one
    `(?:5|cinco) estrell(?:as|itas)(?<=(?:dé|da|d[ée]\\p{L}{1,5}|dar|pon\\p{L}{0,5}|regál\\p{L}{1,4}|otorg\\p{L}{1,5}|con|merece|nos|(?:reseña|opinión|valoración|calificación|nota) de) (?:\\p{L}{1,10} )?(?:5|cinco) estrell(?:as|itas))(?<!(?:thanks? for|thank you for|danke für|gracias por|merci pour|merci d'avoir|grazie per|grazie della|obrigad[oa] pel[oa])[^.!?;\\n]{0,50})`, "(?:5|cinco)/5", "máxim[oa] (?:puntuación|valoración|calificación|nota|de estrellas)", "(?:puntuación|valoración|calificación|nota) máxima",
    `(?:te|le|os|les) (?:ha |han )?(?:gustado|encantado|gusta|encanta|gustó|encantó)(?: \\p{L}{1,15}){0,3} ?\\?${AFTER_REVIEW}`,
    `si (?:te|le|os|les) (?:ha |han )?(?:gustado|encantado|gusta|encanta|gustó|encantó)${AFTER_REVIEW}`,
    `(?:satisfech[oa]s?|content[oa]s?|encantad[oa]s?|feliz|felices) (?:con|de) [^.!?¿]{0,40}\\?${AFTER_REVIEW}`, `(?:satisfech[oa]s?|content[oa]s?|encantad[oa]s?) ?\\?${AFTER_REVIEW}`,
    `antes de (?:valorar|calificar|puntuar|opinar|reseñar|evaluar)(?:nos|lo|la)?`,
    `(?:casi )?todos (?:nuestros|los) (?:clientes|compradores) (?:nos )?(?:dan|ponen|valoran|dejan|recomiendan|adoran|están|quedan)`,
    `(?:modific|elimin|borr|cambi|actualic|actualiz|retir|reconsider|quit|edit|sub|mejor)\\p{L}{0,5} (?:su|tu|la|el|vuestra|vuestro|esa|ese|esta|este) (?:\\p{L}{1,12} )?${REVIEW}`,
    INCENTIVE, `(?:reseña|opinión|valoración|calificación|comentario) (?:positiv[oa]|excelente|favorable|buen[oa])`, `(?:buena|excelente|mejor) ${REVIEW}`,
    `antes de (?:dejar|escribir|publicar|poner|dar) (?:una |un |su |tu |vuestra )?(?:\\p{L}{1,12} )?${REVIEW}`, `(?:contáctenos|contáctanos|escríbanos) (?:primero|antes)${AFTER_REVIEW}`,
    "la mayoría de nuestros clientes", "(?:miles|cientos) de clientes (?:satisfechos|felices)",
    `(?:reembolso|regalo|descuento|cupón|tarjeta regalo|vale|bono|producto gratis)\\p{L}{0,3} (?:a cambio de|por) (?:una |un |su |tu )?${REVIEW}${NOT_NEGATED}`,
    `a cambio de (?:una |un |su |tu )?${REVIEW}${NOT_NEGATED}`,
    `(?:modificar|modifique|eliminar|elimine|borrar|borre|cambiar|cambie|actualizar|actualice|retirar|retire) (?:su|tu|la|el) ${REVIEW}`,
    // why: the ask follows an assumed good experience ("Ahora que disfruta de su molinillo", "Seguro que la lámpara queda preciosa", "Como todo llegó en perfecto estado", "¡Qué bien que funcionen!")
    `ahora que (?:ya )?(?:disfruta|está disfrutando|usa|está usando|tiene|ha probado|ha recibido|puede disfrutar)${AFTER_REVIEW}`,
    `(?:seguro|estamos segur[oa]s de|estoy segur[oa] de|sin duda) que (?:ya )?[^.!?]{0,60}?(?:disfrut|encant|gust|luce|lucir|queda|quedó|funciona|va genial|precios|perfect)\\p{L}{0,6}${AFTER_REVIEW}`,
    `(?:confiamos en|esperamos|ojalá|deseamos) que (?:\\p{L}{1,15} ){0,5}?(?:haya|hayan|esté|estén|le|te|os|les) (?:\\p{L}{1,15} )?(?:encantad|gustad|disfrutand|satisfech|content|encant|gust)\\p{L}{0,5}${AFTER_REVIEW}`,
    // why: "Ya que el envío llegó antes de lo previsto, quizá quiera reflejarlo en su calificación"
    `(?:como|ya que|puesto que|dado que) (?:\\p{L}{1,15} ){0,3}(?:llegó|ha llegado|funcionó|ha funcionado|salió|quedó|le gustó|le encantó) (?:en perfect|perfect|bien|genial|correct|impecable|estupend|a tiempo|antes de (?:lo previsto|tiempo|plazo))\\p{L}{0,10}${AFTER_REVIEW}`, `qué (?:bien|bueno|alegría|ilusión) que(?! (?:todo |el pedido |su pedido |el paquete )?(?:llegó|haya llegado|ha llegado|llegara))${AFTER_REVIEW}`,
    // why: conditioned on the product pleasing ("Si todo es de su agrado", "Si la freidora cumple lo que esperaba", "Si le ha parecido un buen producto")
    `si (?:todo )?(?:es|fue|ha sido|está) (?:de )?(?:su|tu) (?:agrado|gusto)${AFTER_REVIEW}`,
    // why: also "Si el colchón le está dando buen descanso", "si la silla le va bien"
    `si (?:el|la|los|las|su|tu|nuestr[oa]s?) (?:\\p{L}{1,15} ){0,3}(?:cumple|cumplió|ha cumplido|estuvo a la altura|ha estado a la altura|superó|ha superado|(?:le |te )?(?:está dando|da|ha dado|funciona|ha funcionado|va|sirve|ha servido|resulta|ha resultado|ha salido|salió|sale) (?:muy )?(?:bien|buen|genial|útil|práctic|perfect|cómod)\\p{L}{0,3})${AFTER_REVIEW}`,
    `si (?:le|te|os|les) (?:ha )?parec(?:ido|ió|e) (?:un )?(?:buen|bien|excelente|genial|estupend|útil|práctic)\\p{L}{0,4}${AFTER_REVIEW}`,
    // why: a wish for five stars without a verb before ("cinco estrellitas nos harían muy felices")
    "(?:5|cinco) estrell(?:as|itas) (?:nos )?(?:harían|haría|serían|sería|ayudarían|alegrarían|vendrían)",
    // why: a reward tied to the review ("Le regalamos una funda si nos manda el enlace de su reseña", "Ampliamos la garantía si publica una opinión", "le devolvemos el importe una vez que su opinión aparezca")
    `(?:regal|devolv|reembols|abon|ampli|obsequi)\\p{L}{0,6} (?:[^\\s.!?]{1,20} ){0,6}(?:si|cuando|una vez que|en cuanto|a cambio de) (?:nos )?(?:[^\\s.!?]{1,20} ){0,6}${REVIEW}${NOT_NEGATED}`,
    `(?:escriba|escribe|publique|publica|deje|deja|envíe|envía|envíenos|envíanos|mande|manda|mándenos|mándanos|suba|comparta) (?:[^\\s.!?]{1,20} ){0,5}${REVIEW}[^.!?]{0,50}(?:y|,) (?:le |te )?(?:devolvemos|reembolsamos|regalamos|abonamos|ampliamos|damos|enviamos)`,
    `por (?:su|tu|cada|una) ${REVIEW}[^.!?]{0,15}(?:disfrute|obtenga|reciba|consiga|llévese|le regalamos|le damos|le devolvemos|ganará|recibirá)`,
    `(?:captura|pantallazo)(?: de pantalla)? (?:de|del) (?:su |tu |la )?${REVIEW}`,
    // why: asking to reconsider a mark ("reconsidere la nota de tres estrellas que puso")
    `(?:modific|elimin|borr|cambi|actualic|actualiz|retir|reconsider|quit|edit|revis|sub|mejor)\\p{L}{0,5} (?:su|tu|la|el|esa|ese|esta|este) (?:\\p{L}{1,12} )?${REVIEW_OR_MARK}`,
    // why: no problem as the reason to rate ("Dado que no ha tenido ningún problema con el pedido, le agradeceríamos una valoración")
    `(?:dado que|ya que|como|puesto que|visto que) (?:[^.!?]{0,40}(?:sin (?:ningún|ninguna) (?:problema|incidencia)|sin incidencias)|no (?:ha tenido|tuvo|hubo|ha habido) (?:ningún|ninguna) (?:problema|incidencia|queja))${AFTER_REVIEW}`,
    // why: a reward per review, a giveaway ("Por cada reseña con foto, participa en el sorteo")
    `(?:por cada|cada) ${REVIEW}[^.!?]{0,40}(?:sorteo|particip|regalo|descuento|cupón|premio|gana|recibe|obtiene)`,
    // why: asking to raise or change a mark named before ("su valoración de dos estrellas; ¿podría subirla?")
    "(?:reseña|opinión|valoración|calificación|nota|puntuación)[^.!?]{0,80}(?:subir|cambiar|modificar|mejorar|retirar|eliminar|borrar|actualizar|quitar|reconsiderar|editar)la(?![\\p{L}])",
    // why: social proof by share ("nueve de cada diez compradores")
    "(?:\\d|nueve|ocho|siete) de cada (?:10|diez) (?:clientes|compradores|usuarios)",
  ],
  review_request: [
    // why: a wish or need for a review without an asking verb ("Una reseña nos haría mucha ilusión", "su opinión es muy importante")
    "(?:una|su|la suya|un|sus) (?:\\p{L}{1,15} )?(?:reseña|valoración|opinión|comentarios|impresiones|calificación)(?![\\p{L}]) (?:[^\\s.!?]{1,25} ){0,6}(?:sería|serían|ayudaría|ayudarían|nos haría|haría|es (?:muy |realmente )?importante|(?:es|son|será) (?:siempre )?(?:muy )?bienvenid[oa]s?|siempre son bienvenid[oa]s|de agradecer)",
    "(?:esperamos|nos encantaría|contamos con|agradeceríamos) (?:conocer |saber |leer |recibir )?(?:su|tu|una) (?:\\p{L}{1,12} )?(?:reseña|valoración|opinión)", "necesitamos (?:\\p{L}{1,12} ){0,2}(?:reseñas|valoraciones|opiniones)",
    // why: "en forma de reseña", "en una reseña", "comparta sus impresiones", the follow-up, a minute for a review
    "en forma de (?:una )?(?:\\p{L}{1,12} )?(?:reseña|valoración|estrellas)", "en una (?:breve )?reseña", "(?:comparta|compártanos|compartir|comparte) (?:sus|su|tus|tu) (?:impresiones|opinión|experiencia)", "(?:ha|has) tenido (?:tiempo|ocasión|la oportunidad) de (?:valorar|reseñar|dejar)", "(?:un|unos) (?:minuto|momento)s? para (?:una |un )?(?:reseña|valoración|valorar)",
    "que nos (?:valore|valorara|valorase|valoren|califique|calificara|calificase|deje una (?:reseña|valoración|opinión))",
    `a cambio de (?:una |un |su |tu )?${REVIEW}${NOT_NEGATED}`, INCENTIVE,
    `(?<!antes de )${RATE_VERB}(?:nos)? (?:(?:el|nuestro|su|tu|la|nuestra|este|esta|vuestra|vuestro|los|las|sus|tus) (?:\\p{L}{1,15} )?(?:productos?|compra|artículo|tienda|pedido|servicio|vendedor|experiencia)|(?:\\p{L}{1,15} ){0,3}en amazon)`,
    "(?:unas|algunas|dos) (?:palabras|líneas)(?: amables| bonitas| cariñosas)? … (?:en amazon|sobre el producto)", "palabras (?:amables|bonitas|cariñosas) … amazon",
    `(?:su|tu|una|un) (?:\\p{L}{1,12} )?${REVIEW}(?: \\p{L}{1,15})? (?:ayuda|ayudaría|ayudarían|ayudará) (?:mucho|muchísimo|bastante|a (?:nuestr[oa]|otros|otras))`,
    // why: "Antes de valorarnos, denos la oportunidad" is no ask
    "(?:valórenos|valóranos|valorarnos|califícanos|califíquenos|calificarnos|puntúanos|puntúenos|puntuarnos)(?<!antes de \\p{L}{10,11})",
    `(?:contarnos|cuéntanos|cuéntenos|decirnos|dinos|díganos|compartir|comparte|comparta|compartiera|compartieras|contar|cuente|cuenta) (?:\\p{L}{1,12} ){0,2}(?:qué (?:te|le|os) (?:pareció|ha parecido|parece)|(?:tu|su|vuestra) (?:experiencia|opinión|impresión|valoración)) …… (?:amazon|otros (?:compradores|clientes|usuarios)|la página del producto|la ficha)`,
    "(?:cuéntaselo|cuénteselo|cuéntalo|cuéntelo|compártelo|compártalo|díselo|dígaselo|compártela|compártala) (?:a|con) (?:otros|los demás|futuros) (?:compradores|clientes|usuarios)",
    `(?:encantaría|agradeceríamos|gustaría) (?:mucho )?(?:saber|conocer|leer) (?:su|tu|vuestra) (?:opinión|valoración|experiencia) …… (?:amazon|reseña|otros (?:compradores|clientes))`,
    `(?:ponle|ponles|dale|dales|póngale|déle|denos|danos|ponnos|pónganos|regálanos|regálenos|otórganos) (?:[^\\s.!?]{1,20} ){0,3}${REVIEW}`,
    `(?<!(?:antes de|en lugar de|en vez de|sin|no) )(?:dejar|deje|deja|escribir|escriba|escribe|publicar|publique|compartir|comparta|darnos|dé|dejarnos|déjenos|déjanos) (?:una |un |su |tu |sus )?(?:[^\\s.!?]{1,20} ){0,2}${REVIEW}${NOT_THANKED_OR_BEFORE}`,
    "(?<!antes de )(?:valore|valora|valorar|califique|califica|calificar|evalúe|evalúa|puntúe)(?:nos| el producto| su compra| tu compra| el artículo| nuestra tienda)", `(?:su|tu|una|un) ${REVIEW}(?: \\p{L}{1,15}| de 5 estrellas| de cinco estrellas)? (?:nos ayuda|nos ayudaría|es (?:muy |realmente )?importante|sería|significa mucho|cuenta)`,
    `(?:nos )?(?:encantaría|agradeceríamos|gustaría) (?:mucho )?(?:conocer |recibir |leer )?(?:su|tu|una) ${REVIEW}`,
    // why: waiting for the review ("Quedamos a la espera de su reseña sobre el cargador")
    "(?:a la espera de|esperando|deseando (?:leer|conocer|recibir)) (?:su|tu|una) (?:\\p{L}{1,12} )?(?:reseña|valoración|calificación|puntuación)",
    // why: a rate verb after a modal, any object ("si pudiera calificar el termo", "¿podría puntuar la lámpara?"), never "valorar la posibilidad"
    "(?:pudiera|podría|pueda|quisiera|importaría|anímese a|le animamos a|le invitamos a|te animamos a|te invitamos a) (?:usted )?(?:valorar|calificar|puntuar|reseñar)(?:nos|lo|la|los|las)?(?! (?:la|una|otra) (?:posibilidad|opción|alternativa)| si )",
    // why: a subjunctive ask ("Agradeceríamos que nos contara su experiencia … en la página del producto", "que dejara constancia … en Amazon")
    `que (?:nos )?(?:dejara|dejase|dejaran|escribiera|escribiese|publicara|publicase|compartiera|compartiese|contara|contase|dedicara) (?:[^\\s.!?]{1,20} ){0,4}${REVIEW}`,
    "que (?:nos )?(?:dejara|dejase|escribiera|escribiese|publicara|publicase|compartiera|compartiese|contara|contase) (?:[^\\s.!?]{1,20} ){0,3}(?:experiencia|impresiones|constancia|líneas|palabras)[^.!?]{0,80}(?:en amazon|página del producto|la ficha|otros compradores)",
    // why: every review counts ("cada opinión cuenta muchísimo")
    `cada (?:\\p{L}{1,12} )?${REVIEW} (?:\\p{L}{1,12} )?(?:cuenta|importa|suma|ayuda|vale)`,
    // why: tell it on Amazon or in a review ("nos cuenta en Amazon qué tal", "Cuéntelo en su opinión", "díganoslo con una reseña", "cuénteselo a todos")
    "(?:nos )?(?:cuenta|cuente|cuéntenos|cuéntanos|cuéntelo|cuéntalo|díganos|díganoslo|dígalo|compártalo|compártelo|compártanos|escríbalo|coméntelo|coméntenos)(?: (?!compr|ped)[^\\s.!?]{1,20})? en (?:amazon|la ficha|la página del producto)",
    `(?:díganoslo|dígalo|cuéntelo|cuéntenoslo|compártalo|demuéstrelo|expréselo|cuénteselo|cuéntaselo) (?:en|con|a través de|mediante) (?:(?:su|una|un|tu|unas|sus) )?(?:\\p{L}{1,12} )?${REVIEW}`,
    // why: any verb with a clitic pointing into the review ("quizá quiera reflejarlo en su calificación", "plasmarlo en una reseña")
    // (an infinitive or an accented imperative before the clitic: never "el modelo en su reseña")
    `(?:\\p{L}{2,12}(?:ar|er|ir)|\\p{L}{0,8}[áéí]\\p{L}{1,8})(?:lo|la|los|las) en (?:su|tu|una) (?:\\p{L}{1,12} )?${REVIEW}${NOT_THANKED_OR_BEFORE}`,
    "(?:cuéntaselo|cuénteselo|cuéntalo|cuéntelo|compártelo|compártalo|díselo|dígaselo) a (?:todos|todo el mundo)",
    // why: "¿nos dedica una valoración?", "regálenos una reseña"
    `(?:dedica|dedique|dedicarnos|regala|regale|regálenos|regálanos) (?:una |un |su |tu |unos |unas )?(?:[^\\s.!?]{1,20} ){0,2}${REVIEW}${NOT_THANKED_OR_BEFORE}`,
    // why: incentives and screenshots ask for the review too
    `(?:regal|devolv|reembols|abon|ampli|obsequi)\\p{L}{0,6} (?:[^\\s.!?]{1,20} ){0,6}(?:si|cuando|una vez que|en cuanto|a cambio de) (?:nos )?(?:[^\\s.!?]{1,20} ){0,6}${REVIEW}${NOT_NEGATED}`,
    `por (?:su|tu|cada|una) ${REVIEW}[^.!?]{0,15}(?:disfrute|obtenga|reciba|consiga|llévese|le regalamos|le damos|le devolvemos|ganará|recibirá)`,
    "(?:5|cinco) estrell(?:as|itas) (?:nos )?(?:harían|haría|serían|sería|ayudarían|alegrarían|vendrían)",
    // why: "conocer cuántas estrellas le daría al termo", a reward per review
    "cuántas estrellas (?:le |nos |me )?(?:daría|pondría|otorgaría|dará|pondrá|da|pone)", `(?:por cada|cada) ${REVIEW}[^.!?]{0,40}(?:sorteo|particip|regalo|descuento|cupón|premio|gana|recibe|obtiene)`,
  ],
  marketing: [
    // why: cheaper outside Amazon, upsells, packs (más barato en nuestra web, versión Pro, pack de 3, en lote)
    "(?:más barat[oa]s?|más económic[oa]s?) (?:\\p{L}{1,12} ){0,3}(?:que en amazon|en nuestra|en [a-z0-9-]{2,30}\\.[a-z]{2,12})", "(?:es|está|sale) (?:incluso |aún |mucho )?más (?:barat|económic)\\p{L}{1,3}", "(?:nos )?ahorramos las comisiones",
    "versión (?:pro|plus|premium|deluxe|xl)(?! que (?:pidió|compró|ha pedido|ha comprado|usted))", "se pasan al modelo", "pack de (?:\\d|dos|tres|cuatro|seis)(?! que (?:pidió|compró|ha pedido|ha comprado|usted))", "en lote",
    // why: upsell and bundle without a coupon word ("Si necesita más potencia, la versión de 1500 W", "Comprando el set de tres sartenes se ahorra un 20 %", "ahora está a muy buen precio")
    "si (?:necesita|busca|quiere|desea|prefiere) (?:algo )?(?:más|mayor) (?:potencia|capacidad|autonomía|espacio|tamaño|velocidad)", "(?:comprando|si compra|al comprar|llevándose|si se lleva|llévese) (?:el |un |una |los |las )?(?:set|pack|lote|kit|juego|conjunto|dos|tres|2|3)(?=[^.!?]{0,60}(?:ahorr|descuento|%|más barat|mejor precio|gratis|regalo))",
    `(?:se )?ahorra (?:un |hasta un )?\\d{1,3} ?%${NOT_EXPLAINED}`, "(?:está|están|lo tenemos|la tenemos) a (?:muy )?(?:buen|mejor|gran) precio",
    // why: a launch or new colour announced ("ya está disponible el nuevo color arena")
    "(?:está|están) disponibles? (?:el|la|los|las) nuev[oa]s? (?:color|colores|modelo|modelos|versión|talla|diseño|estampado)", "(?:lanzamos|presentamos|estrenamos|tenemos|llega|ha llegado|disponible) (?:el |un |nuestro )?nuevo (?:color|diseño|estampado|acabado)",
    // why: an announced launch ("Pronto sacaremos la versión inalámbrica")
    "(?:pronto|próximamente|en breve|muy pronto) (?:sacaremos|lanzaremos|tendremos|llegará|llegarán|estará disponible|saldrá) (?:la |el |una |un |nuestra |nuestro )?(?:nuev[oa] )?(?:versión|modelo|colección|línea|color|gama)", "(?:para combinar|a juego),? (?:también )?(?:tenemos|vendemos)", "también (?:tenemos|vendemos) (?:un|una)", "(?:que compraron|quienes compraron) (?:\\p{L}{1,15} ){0,3}también",
    // why: present-tense cross-sell ("Quienes compran esta lámpara suelen llevarse también la bombilla")
    "(?:quienes|los que|clientes que) (?:compran|compraron|se llevan|eligen) [^.!?]{0,50}también", "colección de (?:otoño|invierno|primavera|verano)",
    "catálogo completo", "(?:ver|consultar|descubrir|vea|consulte|descubra) (?:nuestro|el) catálogo",
    "(?:otros|nuevos) (?:productos|artículos|ofertas)", "-\\d{1,3} ?%", "(?:síganos|síguenos) en",
    // why (guard): "El código promocional que usó ya aparece descontado" explains, not offers
    `(?:código|cupón|vale) (?:de )?(?:descuento|promocional|promoción)${NOT_EXPLAINED}${ES_NOT_APPLIED}`, `cup(?:ón|on|ones)${NOT_EXPLAINED}${ES_NOT_APPLIED}`, `\\d{1,3} ?% (?:de descuento|dto|off|menos)${NOT_EXPLAINED}`, "rebajas", "ofertas? (?:especial(?:es)?|exclusivas?|limitadas?)", "black friday", "cyber monday",
    "nuevos (?:productos|artículos)", "novedades", "nueva colección", "(?:visite|visita|descubra|descubre|eche un vistazo a|échele un vistazo a|échale un vistazo a|echa un vistazo a|pásate por|pásese por|date una vuelta por|dese una vuelta por|explora|explore|conoce|conozca|vea|mire) (?:nuestros|nuestra|nuestro|nuestras) (?:otros |nuevos )?(?:productos|artículos|tienda|colección|catálogo)",
    "nuestros otros productos", "nueva (?:gama|línea|serie)", "nuevos (?:modelos|colores|diseños)", "acabamos de lanzar", "recién llegad[oa]s", "(?:a )?mitad de precio", "precios rebajados", "liquidación",
    // why: only a second unit on offer is a promotion ("segunda unidad al 50 %"), not "la segunda unidad que pidió"
    "segunda unidad (?:al|a mitad|con (?:un )?\\d|gratis|a \\d|por \\d|con descuento)",
    "(?:le|te|les|os) (?:interesen|interese|interesarán|interesará|gustarán|gustará|gusten|guste|encantarán|encantará) (?:también |además )?nuestr[oa]s?", "(?:disponibles?|a la venta) en nuestra tienda", // why: a coupon explained as applied is no offer ("el cupón de 5 € se aplicó correctamente")
    `(?:vale|bono|cupón|tarjeta regalo|cheque regalo) (?:de|por valor de) \\d{1,4}${NOT_EXPLAINED}`, "(?:código|cupón) [a-z]{2,15}\\d{1,4}", "(?:síganos|síguenos)", "boletín", "newsletter", "sorteo", "concurso", "en (?:su|tu) (?:próxim[oa]|siguiente) (?:compra|pedido)", "también (?:le|te) (?:puede|podría) gustar",
  ],
  personal_data: [
    "fecha de nacimiento", "(?:su|tu) cumpleaños", "(?:su|tu) edad", "\\bdni\\b", "\\bnie\\b", "pasaporte", "documento de identidad", "carnet de conducir", "número de la seguridad social",
    "(?:su|tu) (?:número de (?:teléfono|móvil|celular)|correo(?: electrónico)?|e-?mail|whats ?app|teléfono|móvil) (?:personal|privado)", "(?:envíenos|envíanos|denos|danos|facilítenos|facilítanos|indíquenos|indícanos|dígame|dime|díganos|dinos|pásenos|pásanos|compártanos|déjenos|déjanos|proporciónenos|facilitar|facilite|indicar|indique|proporcionar|proporcione|pasar|dar|enviar) (?:su|tu|vuestro) (?:número|teléfono|móvil|celular|correo|e-?mail|whats ?app)(?! de (?:pedido|seguimiento|orden|referencia|serie|factura|cliente|lote|modelo|cuenta de amazon|devolución))(?! para (?:el )?(?:transportista|repartidor))",
    "(?:su|tu) (?:usuario|cuenta|perfil|nombre de usuario|alias|arroba) (?:de|en) (?:instagram|insta|facebook|tiktok|twitter|x|snapchat)",
    // why: a contact number asked for a call ("Dígame un número de contacto y le llamo", "¿a qué número puedo llamarle?")
    "(?:dígame|díganos|deme|denos|facilíteme|facilítenos|pásenos|páseme|indíquenos|indíqueme|mándeme|envíeme) (?:un|algún) (?:número|teléfono|móvil)(?: de contacto)?(?! de (?:pedido|seguimiento|serie|referencia|modelo|factura|lote))", "a qué (?:número|teléfono|móvil) (?:\\p{L}{1,12} ){0,2}(?:llamarle|llamarte|llamar|escribirle|contactarle|contactar)",
    // why: "si me deja su e-mail", "nos da su teléfono"
    `(?:me|nos) (?:deja|deje|da|dé|pasa|pase|manda|mande|envía|envíe|facilita|facilite|indica|indique) (?:su|tu) (?:número|teléfono|móvil|celular|correo|e-?mail|whats ?app)(?! de (?:pedido|seguimiento|referencia|serie|factura|modelo))${NOT_NEGATED}`,
    // why: the birth year is a birth date ("¿En qué año nació?")
    "(?:en )?qué año naci(?:ó|ste)|año de nacimiento|cuántos años tiene usted", "datos bancarios", "número de (?:cuenta|tarjeta)", "\\biban\\b",
  ],
  review_wording: ["(?:reseñas?|opiniones|valoraci(?:ón|ones)|calificaci(?:ón|ones)|estrellas)", "(?:valorar|valórenos|califícanos|calificar)"],
  auto_reply: ["(?:respuesta|mensaje) automátic[oa]", "hemos recibido su (?:mensaje|consulta|correo)", "(?:le|te) (?:responderemos|contestaremos) (?:lo antes posible|en un plazo|en las próximas)"],
  accept: ["claro", "por supuesto", "de acuerdo", "sin problema", "con gusto", "vale", "sí", "ok", "(?:le|te) (?:escribiremos|llamaremos|enviaremos|contactaremos|escribo|llamo|envío) (?:a|al|por|en)", "a (?:su|tu) (?:correo|e-?mail|número|whats ?app)"],
  refuse: [
    "(?:por|a través de) este (?:medio|mensaje|chat)", "responder (?:aquí|a este mensaje)","(?:solo|solamente|únicamente|exclusivamente) (?:por|a través de|mediante) (?:la mensajería de )?amazon", "no (?:podemos|nos está permitido|está permitido)", "políticas? de amazon"],
  buyer_offplatform: ["(?:escríbeme|escríbame|llámame|llámeme|envíame|envíeme|mándame)", "mi (?:correo|e-?mail|número|teléfono|whats ?app)", "whats ?app", "fuera de amazon", "paypal", "bizum", "transferencia", WORD_WITH_AT],
};
