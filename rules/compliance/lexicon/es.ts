import type { Lexicon } from './types';

const REVIEW = "(?:reseñas?|opiniones|opinión|valoraci(?:ón|ones)|calificaci(?:ón|ones)|comentarios?|feedback|estrellas|evaluaci(?:ón|ones)|puntuaci(?:ón|ones))";
const AFTER_REVIEW = "(?=[^]{0,160}?(?:reseña|opini|valora|califica|estrella|feedback|comentario))";

export const es: Lexicon = {
  offplatform: [
    "(?:para|y) (?:llamarle|llamarte|llamarlo|llamarla|contactarle|escribirle por whats ?app)",
    "(?:contactarnos|llamarnos|escribirnos|localizarnos) (?:directamente )?(?:al|a|por|en|vía)(?! (?:la mensajería|amazon))",
    "nuestr[oa] (?:teléfono|línea|número)(?: de (?:atención|contacto|teléfono)| gratuito)", "(?:en|a través de) (?:ebay|etsy|aliexpress|temu|wallapop)",
    "(?:escríbanos|escríbenos|escribanos|escribenos) (?:a|al|en|por)", "(?:le|te) (?:llamaremos|llamamos|escribiremos por whats ?app)", "(?:llame|llama) a (?:nuestro|nuestra) (?:servicio|teléfono|línea|atención)",
    "(?:escríbenos|escríbanos|envíenos|envíanos|mándenos|mándanos) (?:un )?(?:e-?mail|correo|mensaje (?:por|a) whats ?app|whats ?app|sms)", "(?<!amazon[^.!?\\n]{0,50})(?:por|vía|a través de) (?:e-?mail|correo(?: electrónico)?|teléfono|whats ?app|telegram|instagram|facebook)(?![^.!?\\n]{0,30}amazon)",
    "(?:llámenos|llámanos|llamarnos|contáctenos|contáctanos) (?:directamente )?(?:al|por|en|vía|a)(?! través de amazon| amazon)", "(?:llámenos|llámanos)", "whats ?app", "wechat", "telegram", "viber", "skype",
    "nuestra (?:propia )?(?:página web|web|tienda online|tienda en línea|sitio web)", "nuestro sitio web", "(?:comprar|pedir) directamente (?:a nosotros|en nuestra)", "fuera de amazon", "sin pasar por amazon",
    "(?:pagar|pago|transferencia|reembolso) (?:por|vía|con|mediante) (?:paypal|bizum|transferencia)", "mi (?:correo|e-?mail|número|teléfono) (?:es|personal)",
  ],
  leading: [
    `si todo (?:ha ido|fue|salió|está|ha salido) (?:bien|perfecto|correcto)${AFTER_REVIEW}`,
    `¿?(?:está|estás|quedó|ha quedado) (?:usted )?(?:satisfech[oa]|content[oa])\\?${AFTER_REVIEW}`,
    "no (?:deje|dejen|dejes|publique|escriba|ponga) (?:una |un |ninguna |ningún )?(?:valoración|reseña|opinión|calificación|comentario|feedback) (?:negativ[oa]|mala|mal[oa])",
    `si (?:está|estás|quedó|quedaste|ha quedado|has quedado) (?:muy |totalmente )?(?:satisfech[oa]s?|content[oa]s?|feliz)${AFTER_REVIEW}`, `si le (?:ha )?gusta(?:do)? (?:el|nuestro) (?:producto|artículo)${AFTER_REVIEW}`,
    "(?:5|cinco) estrellas", "(?:5|cinco)/5", `(?:reseña|opinión|valoración|calificación|comentario) (?:positiv[oa]|excelente|favorable|buen[oa])`, `(?:buena|excelente|mejor) ${REVIEW}`,
    `antes de (?:dejar|escribir|publicar|poner) (?:una |un |su |tu )?${REVIEW}`, `(?:contáctenos|contáctanos|escríbanos) (?:primero|antes)${AFTER_REVIEW}`,
    "la mayoría de nuestros clientes", "(?:miles|cientos) de clientes (?:satisfechos|felices)",
    `(?:reembolso|regalo|descuento|cupón|tarjeta regalo|vale|bono|producto gratis)\\p{L}{0,3} (?:a cambio de|por) (?:una |un |su |tu )?${REVIEW}`,
    `a cambio de (?:una |un |su |tu )?${REVIEW}`,
    `(?:modificar|modifique|eliminar|elimine|borrar|borre|cambiar|cambie|actualizar|actualice|retirar|retire) (?:su|tu|la|el) ${REVIEW}`,
  ],
  review_request: [
    "que nos (?:valore|valorara|valorase|valoren|califique|calificara|calificase|deje una (?:reseña|valoración|opinión))",
    `a cambio de (?:una |un |su |tu )?${REVIEW}`,
    `(?<!(?:antes de|en lugar de|sin|no) )(?:dejar|deje|deja|escribir|escriba|escribe|publicar|publique|compartir|comparta|darnos|dé|dejarnos|déjenos|déjanos) (?:una |un |su |tu |sus )?(?:[^\\s.!?]{1,20} ){0,2}${REVIEW}`,
    "(?:valore|valora|valorar|califique|califica|calificar|evalúe|evalúa|puntúe)(?:nos| el producto| su compra| tu compra| el artículo| nuestra tienda)", `(?:su|tu|una|un) ${REVIEW}(?: \\p{L}{1,15}| de 5 estrellas| de cinco estrellas)? (?:nos ayuda|nos ayudaría|es (?:muy |realmente )?importante|sería|significa mucho|cuenta)`,
    `(?:nos )?(?:encantaría|agradeceríamos|gustaría) (?:mucho )?(?:conocer |recibir |leer )?(?:su|tu|una) ${REVIEW}`,
  ],
  marketing: [
    "catálogo completo", "(?:ver|consultar|descubrir|vea|consulte|descubra) (?:nuestro|el) catálogo",
    "(?:otros|nuevos) (?:productos|artículos|ofertas)", "-\\d{1,3} ?%", "(?:síganos|síguenos) en",
    "(?:código|cupón|vale) (?:de )?(?:descuento|promocional|promoción)", "cup(?:ón|on|ones)", "\\d{1,3} ?% (?:de descuento|dto|off|menos)", "rebajas", "ofertas? (?:especial(?:es)?|exclusivas?|limitadas?)", "black friday", "cyber monday",
    "nuevos (?:productos|artículos)", "novedades", "nueva colección", "(?:visite|visita|descubra|descubre|eche un vistazo a|vea|mire) (?:nuestros|nuestra) (?:otros |nuevos )?(?:productos|artículos|tienda|colección|catálogo)",
    "nuestros otros productos", "(?:síganos|síguenos)", "boletín", "newsletter", "sorteo", "concurso", "en su próxima compra", "en tu próxima compra", "también (?:le|te) (?:puede|podría) gustar",
  ],
  personal_data: [
    "fecha de nacimiento", "(?:su|tu) cumpleaños", "(?:su|tu) edad", "\\bdni\\b", "\\bnie\\b", "pasaporte", "documento de identidad", "carnet de conducir", "número de la seguridad social",
    "(?:su|tu) (?:número de (?:teléfono|móvil|celular)|correo|e-?mail|whats ?app) (?:personal|privado)", "(?:envíenos|envíanos|denos|danos|facilítenos) (?:su|tu) (?:número|teléfono|correo|e-?mail|whats ?app)(?! para (?:el )?(?:transportista|repartidor))",
    "(?:su|tu) cuenta de (?:instagram|facebook|tiktok)", "datos bancarios", "número de (?:cuenta|tarjeta)", "\\biban\\b",
  ],
  review_wording: ["(?:reseñas?|opiniones|valoraci(?:ón|ones)|calificaci(?:ón|ones)|estrellas)", "(?:valorar|valórenos|califícanos|calificar)"],
  auto_reply: ["(?:respuesta|mensaje) automátic[oa]", "hemos recibido su (?:mensaje|consulta|correo)", "(?:le|te) (?:responderemos|contestaremos) (?:lo antes posible|en un plazo|en las próximas)"],
  accept: ["claro", "por supuesto", "de acuerdo", "sin problema", "con gusto", "vale", "sí", "ok", "(?:le|te) (?:escribiremos|llamaremos|enviaremos|contactaremos|escribo|llamo|envío) (?:a|al|por|en)", "a (?:su|tu) (?:correo|e-?mail|número|whats ?app)"],
  refuse: [
    "(?:por|a través de) este (?:medio|mensaje|chat)", "responder (?:aquí|a este mensaje)","(?:solo|solamente|únicamente|exclusivamente) (?:por|a través de|mediante) (?:la mensajería de )?amazon", "no (?:podemos|nos está permitido|está permitido)", "políticas? de amazon"],
  buyer_offplatform: ["(?:escríbeme|escríbame|llámame|llámeme|envíame|envíeme|mándame)", "mi (?:correo|e-?mail|número|teléfono|whats ?app)", "whats ?app", "fuera de amazon", "paypal", "bizum", "transferencia", "\\S+@\\S+"],
};
