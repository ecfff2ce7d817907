import { NOT_EXPLAINED, NOT_NEGATED, NOT_THANKED_OR_BEFORE, WORD_WITH_AT } from './shared';
import type { Lexicon } from './types';

const REVIEW = "(?:reseñas?|opiniones|opinión|valoraci(?:ón|ones)|calificaci(?:ón|ones)|comentarios?|feedback|estrellas|estrellitas?|evaluaci(?:ón|ones)|puntuaci(?:ón|ones))";
/** Incentives for a review: "un vale de 10 € por cada reseña publicada". */
const INCENTIVE = `(?:reembolso|regalo|descuento|cupón|tarjeta regalo|vale|bono|producto gratis|muestra|obsequio|cheque regalo)\\p{L}{0,3}(?: [^\\s.!?,;]{1,12}){0,4} (?:a cambio de|(?<!gracias )por|tras) (?:una |un |su |tu |cada |cualquier |vuestra )?${REVIEW}`;
const RATE_VERB = "(?:valore|valora|valorar|valorad|valoren|califique|califica|calificar|calificad|califiquen|evalúe|evalúa|evaluar|puntúe|puntúa|puntuar|puntúen|reseñe|reseña|reseñar)";
const AFTER_REVIEW = "(?=[^]{0,160}?(?:reseña|opini|valora|califica|estrella|feedback|comentario|puntu|palabras|otros (?:compradores|clientes)))";
/** Small or family business appeals next to review wording bias the review. */
const SMALL_BUSINESS = "(?:pequeñ[oa]s? (?:empresa|negocio|tienda|comercio|marca|equipo|vendedor)(?:es|s)?|(?:empresa|negocio) familiar|autónom[oa]s?)";

export const es: Lexicon = {
  offplatform: [
    "(?:para|y) (?:llamarle|llamarte|llamarlo|llamarla|contactarle|escribirle por whats ?app)",
    "(?:contactarnos|llamarnos|escribirnos|localizarnos) (?:directamente )?(?:al|a|por|en|vía)(?! (?:la mensajería|amazon|aquí|este|esta))",
    "nuestr[oa] (?:teléfono|línea|número)(?: de (?:atención|contacto|teléfono)| gratuito)", "(?:en|a través de) (?:ebay|etsy|aliexpress|temu|wallapop)",
    "(?:escríbanos|escríbenos|escribanos|escribenos) (?:a|al|en|por)", "(?:le|te) (?:llamaremos|llamamos|escribiremos por whats ?app)", "(?:llame|llama) a (?:nuestro|nuestra) (?:servicio|teléfono|línea|atención)",
    "(?:escríbenos|escríbanos|envíenos|envíanos|mándenos|mándanos) (?:un )?(?:e-?mail|correo|mensaje (?:por|a) whats ?app|whats ?app|sms)", "(?<!(?:amazon|paqueter[ií]a|transportista|repartidor|mensajer[oa])[^.!?\\n]{0,50})(?:por|vía|a través de) (?:e-?mail|correo(?: electrónico)?|teléfono|whats ?app|telegram|instagram|facebook)(?![^.!?\\n]{0,30}amazon)",
    "(?:llámenos|llámanos|llamarnos|contáctenos|contáctanos) (?:directamente )?(?:al|por|en|vía|a)(?! través de amazon| amazon)", "(?:llámenos|llámanos|llámame|llámeme)", "(?:escríbeme|escríbame|contáctame|contácteme) (?:directamente )?(?:al|por|en|vía|a)(?! través de amazon| amazon)", "whats ?app", "bizum",
    "(?:mande|manda|mándenos|mándanos|envíe|envía|envíenos|envíanos|escriba|escribe|escríbanos|escríbenos|escríbame|escríbeme) (?:un |una )?(?:e-?mail|correo(?: electrónico)?|mail|sms|whats ?app|mensaje (?:por|de|al) whats ?app) (?:a|al|en)(?! través de amazon| amazon)",
    "(?:pagar|pago|pague|paga|transferencia|reembolso|reembolsar(?:le|te)?|devolver(?:le|te)? el dinero|devolución|abonar(?:le|te)?|ingreso) … (?:por|vía|con|mediante|a través de) (?:paypal|bizum|transferencia|western union|ingreso en cuenta|efectivo)", "wechat", "telegram", "viber", "skype",
    "nuestra (?:propia )?(?:página web|web|tienda online|tienda en línea|sitio web)", "nuestro sitio web", "(?:comprar|pedir) directamente (?:a nosotros|en nuestra)", `(?:fuera de|sin pasar por) amazon${NOT_NEGATED}`,
    "(?:pagar|pago|transferencia|reembolso) (?:por|vía|con|mediante) (?:paypal|bizum|transferencia)", "mi (?:correo|e-?mail|número|teléfono) (?:es|personal)",
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
    `(?:reembolso|regalo|descuento|cupón|tarjeta regalo|vale|bono|producto gratis)\\p{L}{0,3} (?:a cambio de|por) (?:una |un |su |tu )?${REVIEW}`,
    `a cambio de (?:una |un |su |tu )?${REVIEW}`,
    `(?:modificar|modifique|eliminar|elimine|borrar|borre|cambiar|cambie|actualizar|actualice|retirar|retire) (?:su|tu|la|el) ${REVIEW}`,
  ],
  review_request: [
    // why: a wish or need for a review without an asking verb ("Una reseña nos haría mucha ilusión", "su opinión es muy importante")
    "(?:una|su|la suya|un|sus) (?:\\p{L}{1,15} )?(?:reseña|valoración|opinión|comentarios|impresiones|calificación)(?![\\p{L}]) (?:[^\\s.!?]{1,25} ){0,6}(?:sería|serían|ayudaría|ayudarían|nos haría|haría|es (?:muy |realmente )?importante|(?:es|son|será) (?:siempre )?(?:muy )?bienvenid[oa]s?|siempre son bienvenid[oa]s|de agradecer)",
    "(?:esperamos|nos encantaría|contamos con|agradeceríamos) (?:conocer |saber |leer |recibir )?(?:su|tu|una) (?:\\p{L}{1,12} )?(?:reseña|valoración|opinión)", "necesitamos (?:\\p{L}{1,12} ){0,2}(?:reseñas|valoraciones|opiniones)",
    // why: "en forma de reseña", "en una reseña", "comparta sus impresiones", the follow-up, a minute for a review
    "en forma de (?:una )?(?:\\p{L}{1,12} )?(?:reseña|valoración|estrellas)", "en una (?:breve )?reseña", "(?:comparta|compártanos|compartir|comparte) (?:sus|su|tus|tu) (?:impresiones|opinión|experiencia)", "(?:ha|has) tenido (?:tiempo|ocasión|la oportunidad) de (?:valorar|reseñar|dejar)", "(?:un|unos) (?:minuto|momento)s? para (?:una |un )?(?:reseña|valoración|valorar)",
    "que nos (?:valore|valorara|valorase|valoren|califique|calificara|calificase|deje una (?:reseña|valoración|opinión))",
    `a cambio de (?:una |un |su |tu )?${REVIEW}`, INCENTIVE,
    `(?<!antes de )${RATE_VERB}(?:nos)? (?:(?:el|nuestro|su|tu|la|nuestra|este|esta|vuestra|vuestro|los|las|sus|tus) (?:\\p{L}{1,15} )?(?:productos?|compra|artículo|tienda|pedido|servicio|vendedor|experiencia)|(?:\\p{L}{1,15} ){0,3}en amazon)`,
    "(?:unas|algunas|dos) (?:palabras|líneas)(?: amables| bonitas| cariñosas)? … (?:en amazon|sobre el producto)", "palabras (?:amables|bonitas|cariñosas) … amazon",
    `(?:su|tu|una|un) (?:\\p{L}{1,12} )?${REVIEW}(?: \\p{L}{1,15})? (?:ayuda|ayudaría|ayudarían|ayudará) (?:mucho|muchísimo|bastante|a (?:nuestr[oa]|otros|otras))`,
    "(?:valórenos|valóranos|valorarnos|califícanos|califíquenos|calificarnos|puntúanos|puntúenos|puntuarnos)",
    `(?:contarnos|cuéntanos|cuéntenos|decirnos|dinos|díganos|compartir|comparte|comparta|compartiera|compartieras|contar|cuente|cuenta) (?:\\p{L}{1,12} ){0,2}(?:qué (?:te|le|os) (?:pareció|ha parecido|parece)|(?:tu|su|vuestra) (?:experiencia|opinión|impresión|valoración)) …… (?:amazon|otros (?:compradores|clientes|usuarios)|la página del producto|la ficha)`,
    "(?:cuéntaselo|cuénteselo|cuéntalo|cuéntelo|compártelo|compártalo|díselo|dígaselo|compártela|compártala) (?:a|con) (?:otros|los demás|futuros) (?:compradores|clientes|usuarios)",
    `(?:encantaría|agradeceríamos|gustaría) (?:mucho )?(?:saber|conocer|leer) (?:su|tu|vuestra) (?:opinión|valoración|experiencia) …… (?:amazon|reseña|otros (?:compradores|clientes))`,
    `(?:ponle|ponles|dale|dales|póngale|déle|denos|danos|ponnos|pónganos|regálanos|regálenos|otórganos) (?:[^\\s.!?]{1,20} ){0,3}${REVIEW}`,
    `(?<!(?:antes de|en lugar de|sin|no) )(?:dejar|deje|deja|escribir|escriba|escribe|publicar|publique|compartir|comparta|darnos|dé|dejarnos|déjenos|déjanos) (?:una |un |su |tu |sus )?(?:[^\\s.!?]{1,20} ){0,2}${REVIEW}${NOT_THANKED_OR_BEFORE}`,
    "(?<!antes de )(?:valore|valora|valorar|califique|califica|calificar|evalúe|evalúa|puntúe)(?:nos| el producto| su compra| tu compra| el artículo| nuestra tienda)", `(?:su|tu|una|un) ${REVIEW}(?: \\p{L}{1,15}| de 5 estrellas| de cinco estrellas)? (?:nos ayuda|nos ayudaría|es (?:muy |realmente )?importante|sería|significa mucho|cuenta)`,
    `(?:nos )?(?:encantaría|agradeceríamos|gustaría) (?:mucho )?(?:conocer |recibir |leer )?(?:su|tu|una) ${REVIEW}`,
  ],
  marketing: [
    // why: cheaper outside Amazon, upsells, packs (más barato en nuestra web, versión Pro, pack de 3, en lote)
    "(?:más barat[oa]s?|más económic[oa]s?) (?:\\p{L}{1,12} ){0,3}(?:que en amazon|en nuestra|en [a-z0-9-]{2,30}\\.[a-z]{2,12})", "(?:es|está|sale) (?:incluso |aún |mucho )?más (?:barat|económic)\\p{L}{1,3}", "(?:nos )?ahorramos las comisiones",
    "versión (?:pro|plus|premium|deluxe|xl)", "se pasan al modelo", "pack de (?:\\d|dos|tres|cuatro|seis)", "en lote", "(?:para combinar|a juego),? (?:también )?(?:tenemos|vendemos)", "también (?:tenemos|vendemos) (?:un|una)", "(?:que compraron|quienes compraron) (?:\\p{L}{1,15} ){0,3}también", "colección de (?:otoño|invierno|primavera|verano)",
    "catálogo completo", "(?:ver|consultar|descubrir|vea|consulte|descubra) (?:nuestro|el) catálogo",
    "(?:otros|nuevos) (?:productos|artículos|ofertas)", "-\\d{1,3} ?%", "(?:síganos|síguenos) en",
    `(?:código|cupón|vale) (?:de )?(?:descuento|promocional|promoción)${NOT_EXPLAINED}`, `cup(?:ón|on|ones)${NOT_EXPLAINED}`, `\\d{1,3} ?% (?:de descuento|dto|off|menos)${NOT_EXPLAINED}`, "rebajas", "ofertas? (?:especial(?:es)?|exclusivas?|limitadas?)", "black friday", "cyber monday",
    "nuevos (?:productos|artículos)", "novedades", "nueva colección", "(?:visite|visita|descubra|descubre|eche un vistazo a|échele un vistazo a|échale un vistazo a|echa un vistazo a|pásate por|pásese por|date una vuelta por|dese una vuelta por|explora|explore|conoce|conozca|vea|mire) (?:nuestros|nuestra|nuestro|nuestras) (?:otros |nuevos )?(?:productos|artículos|tienda|colección|catálogo)",
    "nuestros otros productos", "nueva (?:gama|línea|serie)", "nuevos (?:modelos|colores|diseños)", "acabamos de lanzar", "recién llegad[oa]s", "(?:a )?mitad de precio", "precios rebajados", "liquidación", "segunda unidad",
    "(?:le|te|les|os) (?:interesen|interese|interesarán|interesará|gustarán|gustará|gusten|guste|encantarán|encantará) (?:también |además )?nuestr[oa]s?", "(?:disponibles?|a la venta) en nuestra tienda", "(?:vale|bono|cupón|tarjeta regalo|cheque regalo) (?:de|por valor de) \\d{1,4}", "(?:código|cupón) [a-z]{2,15}\\d{1,4}", "(?:síganos|síguenos)", "boletín", "newsletter", "sorteo", "concurso", "en (?:su|tu) (?:próxim[oa]|siguiente) (?:compra|pedido)", "también (?:le|te) (?:puede|podría) gustar",
  ],
  personal_data: [
    "fecha de nacimiento", "(?:su|tu) cumpleaños", "(?:su|tu) edad", "\\bdni\\b", "\\bnie\\b", "pasaporte", "documento de identidad", "carnet de conducir", "número de la seguridad social",
    "(?:su|tu) (?:número de (?:teléfono|móvil|celular)|correo(?: electrónico)?|e-?mail|whats ?app|teléfono|móvil) (?:personal|privado)", "(?:envíenos|envíanos|denos|danos|facilítenos|facilítanos|indíquenos|indícanos|dígame|dime|díganos|dinos|pásenos|pásanos|compártanos|déjenos|déjanos|proporciónenos|facilitar|facilite|indicar|indique|proporcionar|proporcione|pasar|dar|enviar) (?:su|tu|vuestro) (?:número|teléfono|móvil|celular|correo|e-?mail|whats ?app)(?! de (?:pedido|seguimiento|orden|referencia|serie|factura|cliente|lote|modelo|cuenta de amazon|devolución))(?! para (?:el )?(?:transportista|repartidor))",
    "(?:su|tu) (?:usuario|cuenta|perfil|nombre de usuario|alias|arroba) (?:de|en) (?:instagram|insta|facebook|tiktok|twitter|x|snapchat)", "datos bancarios", "número de (?:cuenta|tarjeta)", "\\biban\\b",
  ],
  review_wording: ["(?:reseñas?|opiniones|valoraci(?:ón|ones)|calificaci(?:ón|ones)|estrellas)", "(?:valorar|valórenos|califícanos|calificar)"],
  auto_reply: ["(?:respuesta|mensaje) automátic[oa]", "hemos recibido su (?:mensaje|consulta|correo)", "(?:le|te) (?:responderemos|contestaremos) (?:lo antes posible|en un plazo|en las próximas)"],
  accept: ["claro", "por supuesto", "de acuerdo", "sin problema", "con gusto", "vale", "sí", "ok", "(?:le|te) (?:escribiremos|llamaremos|enviaremos|contactaremos|escribo|llamo|envío) (?:a|al|por|en)", "a (?:su|tu) (?:correo|e-?mail|número|whats ?app)"],
  refuse: [
    "(?:por|a través de) este (?:medio|mensaje|chat)", "responder (?:aquí|a este mensaje)","(?:solo|solamente|únicamente|exclusivamente) (?:por|a través de|mediante) (?:la mensajería de )?amazon", "no (?:podemos|nos está permitido|está permitido)", "políticas? de amazon"],
  buyer_offplatform: ["(?:escríbeme|escríbame|llámame|llámeme|envíame|envíeme|mándame)", "mi (?:correo|e-?mail|número|teléfono|whats ?app)", "whats ?app", "fuera de amazon", "paypal", "bizum", "transferencia", WORD_WITH_AT],
};
