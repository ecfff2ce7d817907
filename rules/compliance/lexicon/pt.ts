// Brazilian Portuguese (amazon.com.br). Families, not sentences: review words with their typos and
// diminutives, requests by imperative/infinitive + object, wishes and needs for a review, Pix /
// boleto / "zap" as off-Amazon channels. Every entry has a why-comment and a test example
// (test/unit/rules/compliance/pt.test.ts).
import { NOT_EXPLAINED, WORD_WITH_AT } from './shared';
import type { Lexicon } from './types';

/** Review words: avaliação (also unaccented, typo'd "avaliaçao"), opinião, estrelas/estrelinhas, nota
 *  (never "nota fiscal", the invoice), comentário, feedback, resenha. */
const REVIEW =
  "(?:avalia(?:ção|ções|çao|cao|coes|çoes)|opini(?:ão|ões|ao|oes)|coment(?:á|a)rios?|feedback|resenhas?|reviews?|estrel(?:as|inhas)|notas?(?! fisca(?:l|is)| de (?:compra|entrega|devolução|crédito))|veredito)";
/** Review verbs a seller asks with (imperative, infinitive, "nos avaliar"); never "avaliamos" (we assessed). */
// why: "classificar o produto", "pontuar a luminária" ask for a rating as much as "avaliar"
const RATE_VERB = "(?:avalie|avaliem|avaliar|avalia|nos avaliar|nos avalie|avaliar a gente|avalie a gente|classifique|classifiquem|classificar|pontue|pontuem|pontuar)";
/** Asking verbs: imperative (formal and informal), infinitive. */
const ASK_VERB =
  "(?:deixe|deixa|deixar|deixem|escreva|escreve|escrever|publique|publica|publicar|poste|posta|postar|dê|dá|dar|dê-nos|nos dê|compartilhe|compartilha|compartilhar|mande|manda|faça|fazer|registre)";
/** Satisfaction talk is leading only when review wording follows. */
// why: "deixar sua impressão", "seu relato" are review wording after a satisfaction clause too
const AFTER_REVIEW = "(?=[^]{0,160}?(?:avalia|avalie|opini|estrel|nota|coment|feedback|palavras|outros compradores|impress|relato|resenha))";
/** Incentives: discounts, gift cards, refunds, freight back, longer warranty, gifts. */
const INCENTIVE_WORD =
  "(?:desconto|vale-?presente|vale|cupom|reembolso|reembolsamos|devolvemos|brinde|presente|garantia|frete grátis|produto grátis|cashback|pix|dinheiro de volta)";
// why: either word order and the diminutive ("uma empresa pequena do interior", "a nossa lojinha")
/** Negation in Portuguese words only: the shared NOT_NEGATED also counts Spanish "no", which in Portuguese is "in the"
 *  ("vendemos no Mercado Livre", "atende no WhatsApp" were read as refusals). */
const PT_NOT_NEGATED = "(?<!(?:^|[^\\p{L}'])(?:não|nem|nunca|jamais)(?![\\p{L}])[^.!?;\\n]{0,100})(?![^.!?;\\n]{0,60}(?:não (?:é|são) permitid|não (?:podemos|pode|aceitamos)))";
/** A negation at most two words before a channel name that ends the entry (a lookbehind placed after it). */
// Spanish "no" counts only with a verb after it: Portuguese "no" is "in the" ("Estamos no WhatsApp", "no seu WhatsApp").
// "sem"/"nem" only right before it ("nem WhatsApp", not "sem medo no WhatsApp").
const denied = (channel: string) => `(?<!(?:não(?: \\p{L}{1,12}){0,2}|(?:nem|sem|ni|sin)(?: (?:o|a|por|pelo|pela|via|de|el|la))?|no(?: (?!(?:seu|sua|meu|minha|nosso|nossa|o|a|grupo|canal)(?![\\p{L}]))\\p{L}{1,12}){1,2}) ${channel})`;
/** A coupon the buyer already used, in words the shared APPLIED list lacks ("que você usou", "descontado"). */
const PT_NOT_APPLIED = "(?![^.!?;\\n]{0,80}(?:que (?:você )?(?:usou|utilizou|aplicou|usó)|descontad[oa]s?|já (?:aparece|consta|está) (?:descontad|aplicad)))";
const SMALL_BUSINESS = "(?:pequen[oa]s? (?:empresa|loja|negócio|equipe|marca|vendedor)(?:s|es)?|(?:empresa|loja|negócio|equipe|marca|vendedor)(?:s|es)? (?:bem |muito )?pequen[oa]s?|nossa lojinha|empresa familiar|negócio familiar)";
/** A domain or link as the seller writes it (also "ponto" spelled out), not Amazon's own. */
const DOMAIN = "(?:[a-z0-9._-]{1,30} ?(?:@|[\\[(]arroba[\\])]) ?[a-z0-9-]{2,30}|(?!(?:https?://)?(?:www\\.)?amazon)(?:https?://)?[a-z0-9-]{2,30}(?:(?:\\.| ponto )[a-z0-9-]{2,20}){1,3}(?:/\\S{0,40})?)";

export const pt: Lexicon = {
  offplatform: [
    // Messengers and the Brazilian "zap" (WhatsApp). Guard: a negation right before the channel refuses it
    // ("A loja não atende por WhatsApp"); a negation elsewhere in the sentence does not ("Se não resolver chama no WhatsApp").
    { id: 'whatsapp', re: `whats ?app${denied('whats\\s{0,2}app')}`, why: 'WhatsApp named as a channel moves the conversation off Amazon.',
      match: ['Mande as fotos do defeito pelo WhatsApp.', 'Nosso WhatsApp fica no cartão que veio na caixa.'], not: ['A loja não atende por WhatsApp.'] },
    { id: 'zap', re: `zap(?:zap)?(?![\\p{L}])${denied('zap(?:zap)?')}`, why: '"Zap" is Brazilian slang for WhatsApp, a channel outside Amazon.',
      match: ['Me chama no zap que eu explico.'], not: ['Não usamos zap, só as mensagens da Amazon.'] },
    { id: 'telegram', re: `telegram${denied('telegram')}`, why: 'Telegram named as a channel moves the conversation off Amazon.',
      match: ['Temos um canal no Telegram para clientes.'], not: ['Não temos Telegram.'] },
    { id: 'wechat', re: `wechat${denied('wechat')}`, why: 'WeChat named as a channel moves the conversation off Amazon.',
      match: ['Adicione a gente no WeChat.'], not: ['Nem WeChat nem e-mail: seguimos por aqui.'] },
    { id: 'signal-app', re: "signal app", why: 'The Signal app named as a channel moves the conversation off Amazon.', match: ['Use o Signal app para falar com o técnico.'] },
    { id: 'chat-on-social', re: "(?:chama|chame|fala|fale|manda|mande|me chama|nos chama|chama a gente) (?:com )?(?:a gente |aqui )?(?:no|na|pelo|pela) (?:zap|whats ?app|insta(?:gram)?|direct|dm|facebook|telegram|inbox)",
      why: '"Chama/fala/manda no zap/direct/Instagram" moves the chat to a messenger or social network.',
      match: ['Me chama no zap que eu explico.', 'Fala com a gente pelo direct do Instagram.'], not: ['Chama a gente aqui mesmo pelas mensagens.'] },
    { id: 'join-group', re: "(?:entre|entra|participe) (?:no|em|do|de) (?:nosso )?grupo (?:do|no|de) (?:telegram|whats ?app|zap|facebook)",
      why: 'Inviting the buyer into our messenger or Facebook group is an off-Amazon community.',
      match: ['Participe do nosso grupo no WhatsApp.', 'Entre no nosso grupo do Telegram para receber novidades.'] },
    { id: 'write-to', re: "(?:escreva|escreve|mande (?:um )?e-?mail|envie (?:um )?e-?mail|manda (?:um )?e-?mail) (?:direto )?(?:para|pra|pro)(?! (?:a )?gente| nós| aqui)",
      why: 'Asks the buyer to write or e-mail someone directly, outside Amazon messaging.',
      match: ['Escreva direto para o nosso financeiro.', 'Mande um e-mail para contato@lojaverde.com.br.'], not: ['Escreva pra gente aqui mesmo.'] },
    { id: 'call-to', re: "(?:ligue|liga|ligar|telefone|telefona) (?:para|pra|no|pro)(?! (?:o telefone do pedido))(?<!(?:transportadora|entregador|correios|motorista|carteiro|técnico|transportador|motoboy)[^.!?\\n]{0,40})",
      why: 'Asks the buyer to phone us, a channel outside Amazon (a carrier or technician who calls is no invitation).',
      match: ['Ligue pro nosso técnico amanhã.', 'Se preferir, liga no nosso fixo.'], not: ['O motorista da transportadora pode ligar para você.'] },
    { id: 'call-us', re: "(?:me|nos) (?:liga|ligue|ligar|telefone)", why: 'Asks the buyer to phone the seller, a channel outside Amazon.',
      match: ['Se preferir, nos ligue depois das 14h.', 'Me liga quando chegar em casa.'] },
    { id: 'talk-direct', re: "(?:fale|fala) direto comigo", why: 'Asks the buyer to talk to the seller directly, outside Amazon messaging.', match: ['Fala direto comigo que resolvo.'] },
    { id: 'contact-by-channel', re: "(?:fale|fala|entre em contato) (?:com a gente|conosco|comigo) (?:em|pelo|pela|no|na|por) (?!aqui|mensagens|amazon)(?:e-?mail|telefone|whats ?app|zap|site|\\S+\\.\\S+)",
      why: 'Asks the buyer to contact us by e-mail, phone, messenger or a site instead of Amazon messaging.',
      match: ['Entre em contato conosco pelo telefone da loja.'], not: ['Fale com a gente por aqui mesmo.'] },
    { id: 'by-call', re: "(?:uma|por|numa) ligação(?! gratuita)", why: 'Offers a phone call as the channel, outside Amazon messaging.',
      match: ['Resolvemos isso por ligação em cinco minutos.', 'Uma ligação rápida resolve tudo.'] },
    { id: 'call-center', re: "central de atendimento", why: 'Sends the buyer to our call center, a channel outside Amazon.', match: ['Nossa central de atendimento resolve hoje.'] },
    { id: 'sac', re: "(?:nosso |o |pelo |no |ao )sac(?![\\p{L}])|sac:", why: 'Sends the buyer to our customer service line (SAC), a channel outside Amazon.',
      match: ['O SAC da marca atende até as 18h.', 'SAC: 0800 123 4567.'] },
    { id: 'action-on-domain', re: `(?:envi|mand|cadastr|registr|preench|crie (?:uma )?conta|acompanh|acess|compr|pag|cont|avali|fal|escrev|visit|baix|compartilh)\\p{L}{0,5} (?:[^\\s.!?]{1,20} ){0,5}(?:em|no|na|para|pra|aqui:?|pelo link:?|:) ?${DOMAIN}`,
      why: 'Asks the buyer to send, register, buy or review on our own site or e-mail address, outside Amazon.',
      match: ['Cadastre a nota em garantia.minhaloja.store para ativar.', 'Envie as fotos para fotos@casaverde.com.br.'], not: ['Acompanhe a entrega em amazon.com.br.'] },
    { id: 'offer-on-domain', re: `(?:mais barat\\p{L}{1,3}|reposição|refis|refil|peças|acessórios|à venda|disponíve\\p{L}{1,3}) (?:\\p{L}{1,12} ){0,2}em ${DOMAIN}`,
      why: 'Offers a product, spare part or lower price on our own site, outside Amazon.',
      match: ['Tem refil mais barato em loja-agua.shop.', 'Peças de reposição em pecasja.store.'] },
    { id: 'call-number', re: "(?:ligue|liga|ligar|me liga|chama no zap|chame no zap)(?: (?:no|pro|para o|para|pelo))?:?(?=\\s{0,3}[+(0-9])",
      why: 'Asks the buyer to call or message a phone number, outside Amazon.', match: ['Ligue: 11 3333-4444.', 'Qualquer dúvida, ligue 21 2555-6677.'] },
    { id: 'ask-buyer-channel', re: "(?:qual|qual é|me passa|passa|passe|informe|mande|manda) (?:é )?(?:o )?(?:seu|sua) (?:e-?mail|telefone|celular|whats ?app|zap)(?: pessoal| particular)?(?! (?:do pedido|de rastreio|modelo))",
      why: 'Asking for the buyer\'s own e-mail, phone or WhatsApp moves the chat off Amazon.',
      match: ['Passa o seu celular pra gente te chamar.', 'Qual é o seu e-mail pessoal?'], not: ['Qual é o modelo do seu celular?'] },
    { id: 'which-email', re: "qual e-?mail você usa", why: 'Asking which e-mail the buyer uses moves the chat off Amazon.', match: ['Qual e-mail você usa no dia a dia?'] },
    // Selling outside the order, through our shop or a payment service. Guard: "Não vendemos por fora da Amazon" refuses.
    { id: 'buy-our-shop', re: "(?:compre|comprar|compra) (?:direto |diretamente )?(?:na|no|em) (?:nossa|nosso) (?:loja|site|e-?commerce)",
      why: 'Asks the buyer to buy in our own shop or site instead of on Amazon.', match: ['Compre direto no nosso site na próxima vez.'] },
    { id: 'our-own-shop', re: "(?:nossa|nosso) (?:própri[oa] )?(?:loja virtual|loja online|site(?: oficial)?|e-?commerce)",
      why: 'Points the buyer to our own online shop, a sales channel outside Amazon.',
      match: ['Na nossa loja online o preço é outro.', 'No nosso site oficial tem mais cores.'], not: ['Nossa loja na Amazon tem mais cores.'] },
    { id: 'sell-you-direct', re: "(?:te|lhe|vos) vend(?:o|emos|er) (?:\\p{L}{1,15} ){0,3}direto", why: 'Offers to sell to the buyer directly, outside Amazon.',
      match: ['Te vendo a peça direto, sem nota.'] },
    { id: 'sell-outside', re: `vend(?:o|emos|er) (?:\\p{L}{1,15} ){0,4}(?:por fora|fora da amazon|direto)${PT_NOT_NEGATED}`, why: 'Offers a sale outside Amazon.',
      match: ['Vendemos o acessório por fora, mais barato.'], not: ['Não vendemos nada por fora da Amazon.'] },
    { id: 'outside-amazon', re: `(?:sem passar pela|(?:por )?fora da) amazon${PT_NOT_NEGATED}`, why: 'Proposes settling something without going through Amazon.',
      match: ['Se cancelar, devolvemos tudo sem passar pela Amazon.'], not: ['Não aceitamos pagamentos fora da Amazon.'] },
    { id: 'save-fees', re: "(?:economiza|economizar|economizamos|evita|evitar|fugir d)(?:\\p{L}{0,3})? (?:as )?taxas",
      why: 'Saving or dodging Amazon\'s fees means dealing outside Amazon.', match: ['Assim a gente economiza as taxas.', 'Comprando por fora, dá pra fugir das taxas.'] },
    // Payment or refund through Pix / boleto / transfer / payment link.
    { id: 'send-pix', re: "(?:faça|faz|fazer|manda|mande) (?:um )?pix", why: 'Asks the buyer to pay by Pix, outside Amazon checkout.', match: ['Faz um Pix de R$ 10 que mandamos o cabo.'] },
    { id: 'by-pix', re: "(?:chave|via|pelo|por|no|em) pix", why: 'A Pix key or payment by Pix moves money outside Amazon.',
      match: ['Me passa a chave Pix, por favor.', 'Pague o restante por Pix.'] },
    { id: 'pay-by-transfer', re: "(?:paga|pague|pagar|pagamento|reembols\\p{L}{1,4}|devolv\\p{L}{1,5} o dinheiro) (?:\\p{L}{1,15} ){0,3}(?:via|por|pelo|pela|no|com|em) (?:pix|boleto|transferência|ted|doc|paypal|mercado ?pago|picpay)",
      why: 'A payment or refund by Pix, boleto, transfer or a payment service bypasses Amazon.',
      match: ['O reembolso pode ser feito via boleto bancário.', 'Devolvo o dinheiro por transferência hoje mesmo.'] },
    { id: 'pay-by-link', re: "(?:pague|pagar|paga) (?:\\p{L}{1,15} ){0,3}(?:pelo|no|neste) link", why: 'Asks the buyer to pay through our own link, outside Amazon.',
      match: ['Pague o frete pelo link que mandamos.'] },
    { id: 'payment-link', re: `link de pagamento(?! da amazon)${PT_NOT_NEGATED}`, why: 'A payment link of our own takes payment outside Amazon.',
      match: ['Segue o link de pagamento para o segundo item.'], not: ['Nunca enviamos link de pagamento.'] },
    { id: 'our-contact-is', re: "(?:meu|nosso) (?:e-?mail|telefone|celular|whats ?app|número) (?:pessoal |direto )?(?:é|:)", why: 'Gives our own e-mail or phone as a channel outside Amazon.',
      match: ['Nosso WhatsApp é o da assinatura.', 'Meu celular é 11 98888-1234.'] },
    { id: 'transfer-to-our-account', re: `(?:transferência|depósito|pix|ted|doc) (?:\\p{L}{1,12} ){0,2}(?:para|na|em) (?:a )?(?:nossa|minha) conta${PT_NOT_NEGATED}`,
      why: 'Paying into our bank account bypasses Amazon checkout.', match: ['O depósito vai direto para a nossa conta.'], not: ['Não aceitamos depósito na nossa conta.'] },
    { id: 'settle-by-transfer', re: `(?:acert|pag|quit)\\p{L}{0,4} (?:a |o )?(?:diferença|valor|restante|frete) (?:por|via|pelo|com) (?:transferência|pix|boleto|ted|depósito)${PT_NOT_NEGATED}`,
      why: 'Settling a difference or the freight by transfer or Pix bypasses Amazon checkout.', match: ['Pode acertar a diferença por transferência.'] },
    { id: 'buy-direct-from-us', re: "(?:compr|pedi|fech)\\p{L}{0,5} (?:direto|diretamente) (?:com a gente|conosco|com nós|comigo|com a loja)",
      why: 'Buying straight from us is a sale outside Amazon.', match: ['Comprando direto com a gente sai mais em conta.', 'Pedindo diretamente conosco o frete é menor.'] },
    { id: 'other-marketplace', re: `(?:no|na|pelo|pela|em) (?:mercado ?livre|shopee|magalu|magazine luiza|americanas|ebay|aliexpress|shein|olx|enjoei)${PT_NOT_NEGATED}`,
      why: 'Points the buyer to another marketplace as a place to buy.', match: ['Esse modelo também está na Shopee.', 'Também vendemos no Mercado Livre.'], not: ['Não vendemos no Mercado Livre.'] },
    { id: 'support-at-domain', re: `(?:atend|respond|suport)\\p{L}{0,5} (?:[^\\s.!?]{1,20} ){0,3}(?:em|no|pelo|por|via):? ?${DOMAIN}`,
      why: 'Gives our own e-mail or site as the place where support answers, outside Amazon.', match: ['Respondemos dúvidas em ajuda@lojabela.shop.'] },
    { id: 'find-us-on-social', re: "(?:me |nos )?(?:adiciona|adicione|procura|procure|encontra|encontre|acha|ache) (?:a gente |a loja |nós )?(?:no|na|pelo|pela) (?:insta(?:gram)?|facebook|tiktok|whats ?app|zap|telegram|direct)",
      why: 'Asks the buyer to find or add us on social media or a messenger, moving the chat off Amazon.',
      match: ['Procure a gente no Instagram que explico melhor.', 'Me adiciona no Facebook da loja.'] },
    { id: 'we-answer-on-channel', re: `(?:atendemos|atende|respondemos|responde|estamos)(?: também)? (?:pelo|pela|no|na|via) (?:direct|dm|insta(?:gram)?|facebook|whats ?app|zap|telegram|e-?mail|telefone)${PT_NOT_NEGATED}`,
      why: 'Says we also answer on a messenger, social network, e-mail or phone, outside Amazon.',
      match: ['Respondemos também pelo WhatsApp da loja.'], not: ['Não atendemos pelo WhatsApp, só por aqui.'] },
    { id: 'reply-by-channel', re: `(?:responde|responda|me responde|manda|mande|envia|envie|fala|fale) (?:\\p{L}{1,12} )?(?:por|pelo|via) (?:e-?mail|whats ?app|zap|telefone|sms|telegram|direct|dm)${PT_NOT_NEGATED}`,
      why: 'Asks the buyer to reply or send things by e-mail, messenger or SMS instead of Amazon messaging.',
      match: ['Manda tudo por e-mail que respondo rápido.'], not: ['Não mande nada por e-mail, use as mensagens da Amazon.'] },
    { id: 'brand-portal', re: "(?:portal|site|página|canal|central) (?:oficial )?(?:da|de|do) (?:nossa|nosso) (?:marca|loja|empresa|fábrica)(?! (?:na|da|dentro da) amazon)",
      why: 'Sends the buyer to our brand\'s own portal or site, outside Amazon.', match: ['O site da nossa marca tem o manual completo.'], not: ['A página da nossa loja na Amazon tem o manual.'] },
    { id: 'our-portal', re: "nosso portal", why: 'Sends the buyer to our own portal, outside Amazon.', match: ['Abra o chamado no nosso portal.'] },
    { id: 'deal-direct', re: "(?:fech|vend|negoci|combin)\\p{L}{0,6} (?:[^\\s.!?]{1,20} ){0,4}direto com (?:você|vc|a gente)",
      why: 'Offers to close the next sale directly with the buyer, outside the Amazon order.',
      match: ['Vendemos o segundo par direto com você.', 'Fechamos a segunda unidade direto com você.'] },
    { id: 'no-middlemen', re: `sem intermediários${PT_NOT_NEGATED}`, why: '"Without middlemen" means dealing without Amazon.', match: ['Fazemos sem intermediários e sai mais em conta.'] },
    { id: 'payment-service-link', re: `link (?:do|de|no|pelo) (?:mercado ?pago|pagseguro|picpay|paypal|pix|nubank|stripe)${PT_NOT_NEGATED}`,
      why: 'A payment-service link takes payment outside Amazon.', match: ['Mando um link do PicPay para acertar o frete.'] },
    { id: 'we-call-you', re: "(?:pra|para) (?:a gente |nós |eu )?(?:te|lhe) (?:ligar|ligarmos|telefonar|chamar no zap)(?<!(?:transportadora|entregador|correios|motorista|carteiro|técnico|transportador|motoboy)[^.!?\\n]{0,60})",
      why: 'The seller offers to call the buyer, a channel outside Amazon (a carrier or technician who calls is no invitation).',
      match: ['Me diga um horário para eu te ligar.'], not: ['O técnico precisa do número para te ligar.'] },
  ],
  leading: [
    // Satisfaction-conditioned and assumed-good asks: leading only when review wording follows (AFTER_REVIEW).
    { id: 'if-you-liked', re: `se (?:você )?(?:\\p{L}{1,12} )?(?:gostou|curtiu|amou|adorou|ficou satisfeit[oa]|estiver satisfeit[oa]|está satisfeit[oa]|estiver tudo (?:certo|bem|ok)|tudo (?:estiver|está|deu) (?:certo|bem|ok)|te deixaram satisfeit[oa]|(?:nos(?:sos)? )?\\p{L}{1,12} (?:te |o )?deixaram satisfeit[oa])${AFTER_REVIEW}`,
      why: 'A review ask conditioned on the buyer being satisfied ("se gostou") steers toward positive reviews.',
      match: ['Se você gostou da cafeteira, uma avaliação ajudaria.', 'Se estiver tudo certo, deixe sua opinião na Amazon.'], not: ['Se você gostou da cor, temos a mesma capa em azul.'] },
    { id: 'now-that-using', re: `agora que (?:você )?(?:já |ainda )?(?:está|esta|já) (?:aproveitando|usando|curtindo|gostando)${AFTER_REVIEW}`,
      why: 'Assumes the buyer is enjoying the product right before asking for a review.',
      match: ['Agora que você já está usando o purificador, conte na avaliação!'], not: ['Agora que você já está usando o purificador, troque o filtro a cada seis meses.'] },
    { id: 'must-look-great', re: `(?:deve|devem) ter ficado (?:lind|ótim|perfeit|incrível)\\p{L}{0,2}${AFTER_REVIEW}`,
      why: 'Assumes the product looks great right before asking for a review.', match: ['O quadro deve ter ficado lindo na parede: que tal uma avaliação?'] },
    { id: 'arrived-fine', re: `como (?:tudo |o pedido |o produto )?(?:chegou|chegaram|ficou|funcionou) (?:perfeito|bem|certinho|ótimo)${AFTER_REVIEW}`,
      why: 'Presents a smooth delivery as the reason to review, steering toward a positive one.',
      match: ['Como tudo chegou certinho, esperamos sua avaliação.'], not: ['Como tudo chegou certinho, o pedido já consta como entregue.'] },
    { id: 'glad-it-arrived', re: `que bom que (?:o|a|os|as|tudo) (?:\\p{L}{1,15} ){0,2}(?:est[áa] funcionando|chegou|ficou|funcionou|deu)${AFTER_REVIEW}`,
      why: 'Assumes a good experience ("que bom que chegou") right before asking for a review.',
      match: ['Que bom que a mochila chegou inteira! Uma avaliação ajudaria.'], not: ['Que bom que a mochila chegou inteira!'] },
    { id: 'liked-it-question', re: `(?:curtiu|gostou|amou|adorou|ficou satisfeit[oa]|está satisfeit[oa])(?: \\p{L}{1,15}){0,3} ?\\?${AFTER_REVIEW}`,
      why: 'Asking whether the buyer liked it, then for a review, conditions the review on satisfaction.',
      match: ['Curtiu o fone novo? Deixe uma avaliação.'], not: ['Curtiu o fone novo? Qualquer dúvida, estamos aqui.'] },
    { id: 'hope-satisfied', re: `esperamos que (?:você )?(?:esteja|tenha|fique) (?:\\p{L}{1,10} )?(?:satisfeit[oa]|gostado|curtido|amado|adorado|feliz)${AFTER_REVIEW}`,
      why: 'Ties the review ask to the buyer being satisfied, steering toward a positive review.', match: ['Esperamos que esteja satisfeita com a cadeira e que nos avalie.'] },
    // 5 stars and top marks.
    { id: 'five-stars', re: `(?:5|cinco) estrel(?:as|inhas)(?<=(?:dê|dá|dar|der|dão|deem|com|merece|nos|pra|por) (?:\\p{L}{1,10} )?(?:5|cinco) estrel(?:as|inhas))(?<!(?:thanks? for|thank you for|danke für|gracias por|merci pour|merci d'avoir|grazie per|grazie della|obrigad[oa] pel[oa])[^.!?;\\n]{0,50})`,
      why: 'Asking for five stars dictates the rating.', match: ['Se puder, nos dê 5 estrelas.', 'Avalie com cinco estrelinhas, por favor.'], not: ['Obrigado pela avaliação 5 estrelas!'] },
    { id: 'five-of-five', re: "(?:5|cinco)/5", why: 'A 5/5 mark named in a message dictates the rating.', match: ['Merece 5/5, né?'] },
    { id: 'top-mark-ask', re: "(?:dê|dá|dar|der|merece|com) (?:uma )?nota (?:máxima|10|dez)", why: 'Asking for a top mark dictates the rating.',
      match: ['Avalie com nota 10, por favor.', 'Dê nota dez se puder.'] },
    { id: 'top-mark', re: "nota máxima", why: 'Naming the top mark steers the buyer toward it.', match: ['Nossa meta é nota máxima em todos os pedidos.'] },
    { id: 'positive-review', re: "(?:avaliação|opinião) (?:positiva|boa|ótima|excelente)", why: 'Asking for a positive review steers its content.', match: ['Uma avaliação positiva faria nosso dia.'] },
    { id: 'good-review', re: "(?:boa|ótima|excelente|bela) (?:avaliação|nota|opinião)", why: 'Asking for a good review or mark steers its content.', match: ['Uma ótima avaliação seria um presente.'] },
    // Steering to contact the seller before reviewing.
    { id: 'before-rating', re: `antes de (?:nos )?(?:pontuar|classificar|comentar|avaliar|dar (?:uma )?nota|escrever|publicar|deixar|postar|dar)`,
      why: 'Asks the buyer to contact the seller before reviewing, to head off a negative review.',
      match: ['Antes de dar nota, fale com a gente.', 'Antes de nos avaliar, nos dê a chance de resolver.'] },
    { id: 'contact-first', re: `(?:fale|fala|chama|chame|escreva|escreve|responda|contate) (?:com )?(?:a gente|conosco|pra gente|para nós)?(?: aqui)? ?(?:primeiro|antes)`,
      why: 'Asks the buyer to come to the seller first, to head off a negative review.', match: ['Qualquer coisa, responda primeiro aqui.', 'Fale com a gente antes, por favor.'] },
    { id: 'no-bad-review', re: "não (?:deixe|deixa|dê|dá|publique|escreva) (?:uma |um |nenhuma |sua )?(?:avaliação|nota|opinião|comentário) (?:negativ[oa]|ruim|baixa)",
      why: 'Asking the buyer not to leave a negative review steers its content.', match: ['Não deixe avaliação ruim, resolvemos tudo.'] },
    { id: 'low-mark', re: "nota baixa", why: 'Talking about a low mark pressures the buyer about the rating.', match: ['Uma nota baixa prejudica muito a loja.'] },
    // Asking to change, remove or screenshot a review.
    { id: 'change-review', re: `(?:alter|mud|remov|retir|apag|atualiz|edit|revis|exclu|trocar |troque |troca (?!de |em ))\\p{L}{0,6} (?:a |o |sua |seu |essa |esta )?(?:\\p{L}{1,12} )?${REVIEW}`,
      why: 'Asking the buyer to change, update or remove a review is review manipulation.',
      match: ['Você poderia atualizar sua avaliação agora?', 'Se puder, altere a nota para cinco.', 'Veja como remover avaliação no app.'],
      not: ['Vamos alterar a nota fiscal com o CPF correto.'] },
    { id: 'review-screenshot', re: `(?:print|captura de tela|screenshot) (?:da|de|do) (?:sua |seu )?${REVIEW}`,
      why: 'Asking for a screenshot of the review checks that it was written, a step toward rewarding it.', match: ['Manda um print da sua avaliação pra gente.'] },
    // Incentives for a review (discount, gift card, refund via Pix, freight back, longer warranty).
    { id: 'incentive-for-review', re: `${INCENTIVE_WORD}(?: [^\\s.!?,;:]{1,15}){0,5} (?<!(?:obrigad[oa]|agradecemos|gracias) )(?:por|para|pela|pelo|se você (?:publicar|deixar|escrever|der)|em troca de|a cada|para cada) (?:\\p{L}{1,12} ){0,2}(?:uma |sua |cada |a )?${REVIEW}${PT_NOT_NEGATED}`,
      why: 'Offers a discount, gift, refund or warranty in return for a review.',
      match: ['Ganhe um cupom de R$ 20 por cada avaliação publicada.', 'Damos um brinde em troca de uma avaliação.'], not: ['Não damos brindes em troca de avaliações.'] },
    { id: 'for-your-review-get', re: `(?:pela|por) (?:sua |uma )?(?:avaliação|opinião|nota)[^.!?]{0,30}(?:ganhe|ganha|receba|recebe|desconto|brinde|vale)`,
      why: 'Promises a reward for the review.', match: ['Pela sua opinião, ganhe um vale de R$ 15.', 'Por uma avaliação sua, receba frete grátis.'] },
    { id: 'review-then-refund', re: `(?:avaliação|print)[^.!?]{0,40}(?:reembols|devolvemos|te pagamos|brinde|concorra|sorteio)\\p{L}{0,6}`,
      why: 'Links a review (or its screenshot) to a refund, gift or prize draw.', match: ['Publique a avaliação e devolvemos o frete.'] },
    { id: 'warranty-for-review', re: `(?:estend|prolong|aument)\\p{L}{1,6} a garantia[^.!?]{0,40}(?:avalia|publica|nota)\\p{L}{0,6}`,
      why: 'A longer warranty in return for a review is an incentive.', match: ['Prolongamos a garantia se você avaliar o produto.'] },
    { id: 'in-exchange-for-review', re: `em troca de (?:uma |sua )?(?:avaliação|opinião|nota)${PT_NOT_NEGATED}`, why: 'Something offered in exchange for a review is an incentive.',
      match: ['Damos um brinde em troca de uma avaliação.'], not: ['Não pedimos nada em troca de avaliação.'] },
    { id: 'prize-draw', re: "(?:concorra|concorre) a (?:um |uma )?(?:brinde|prêmio|sorteio)", why: 'A prize draw offered to buyers is an incentive tied to their engagement.',
      match: ['Concorra a um prêmio todo mês!'] },
    // Sympathy and social proof.
    { id: 'small-business-then-review', re: `${SMALL_BUSINESS}[^.!?]{0,80}(?:avalia|nota|opini)\\p{L}{0,6}`,
      why: 'Pleading as a small business before the review ask plays on sympathy for a positive review.', match: ['Somos uma pequena loja e dependemos de avaliações.'] },
    { id: 'review-then-small-business', re: `(?:avalia|nota|opini)\\p{L}{0,5}[^.!?]{0,60}${SMALL_BUSINESS}`,
      why: 'Pleading as a small business after the review ask plays on sympathy for a positive review.',
      match: ['Cada avaliação conta muito para uma pequena marca como a nossa.', 'Uma avaliação ajudaria muito a nossa lojinha.'] },
    { id: 'most-customers', re: "a maioria dos (?:nossos )?(?:clientes|compradores)", why: 'Social proof about other buyers nudges the buyer toward the same verdict.',
      match: ['A maioria dos compradores aprova esta mochila.'] },
    { id: 'thousands-happy', re: "(?:milhares|centenas) de clientes (?:satisfeitos|felizes)", why: 'Social proof about happy customers nudges the buyer toward a positive review.',
      match: ['Centenas de clientes felizes usam nosso filtro.'] },
    { id: 'nine-in-ten', re: "(?:\\d{1,2}|nove|oito|sete) (?:em|de) cada (?:10|dez) (?:clientes|compradores|pessoas)", why: 'Share-based social proof nudges the buyer toward the same verdict.',
      match: ['8 em cada 10 compradores repetem a compra.'] },
    { id: 'high-mark', re: "nota (?:alta|mais alta)", why: 'Asking for a high mark steers the rating.', match: ['Uma nota alta faria diferença para nós.'] },
    { id: 'no-problem-so-rate', re: `(?:como|já que|visto que) [^.!?]{0,40}(?:sem (?:nenhum|qualquer) (?:problema|imprevisto)|tudo certo|tudo ok)${AFTER_REVIEW}`,
      why: 'Presents a problem-free order as the reason to review, steering toward a positive one.', match: ['Já que deu tudo certo, que tal uma avaliação?'] },
    { id: 'reward-per-review', re: "cada (?:avaliação|opinião|nota|comentário|resenha)[^.!?]{0,40}(?:concorre|sorteio|participa|ganha|recebe|brinde|desconto)",
      why: 'A reward or prize draw per review is an incentive.', match: ['Cada comentário com vídeo ganha um brinde.'] },
    { id: 'raise-the-mark', re: `${REVIEW}[^.!?]{0,60}(?:daria|poderia|pode|consegue|conseguiria|seria possível|tem como|dá) (?:pra |para |você |a )?(?:aumentar|subir|mudar|alterar|remover|apagar|retirar|editar|rever|atualizar)`,
      why: 'Asking the buyer to raise, change or remove a mark they gave is review manipulation.',
      match: ['Sobre aquela nota baixa, poderia rever?', 'Vi sua avaliação de duas estrelas; tem como mudar?'] },
    { id: 'if-product-pleased', re: `se (?:o|a|os|as|seu|sua|nosso|nossa) (?:\\p{L}{1,15} ){0,3}(?:agradou|serviu|funcionou|atendeu|cumpriu|correspondeu|superou|ficou (?:bom|boa|ótim|lind|perfeit))\\p{L}{0,3}${AFTER_REVIEW}`,
      why: 'A review ask conditioned on the product pleasing the buyer steers toward positive reviews.', match: ['Se o fone atendeu bem, conta nas estrelas.'] },
    { id: 'in-case-you-liked', re: `caso (?:você )?(?:tenha )?(?:gostado|curtido|amado|adorado|ficado satisfeit[oa]|esteja satisfeit[oa]|goste|curta)${AFTER_REVIEW}`,
      why: 'A review ask conditioned on the buyer liking the product ("caso tenha gostado") steers toward positive reviews.', match: ['Caso tenha gostado do tapete, deixe sua opinião.'] },
    { id: 'assumed-success', re: `(?:imagino|imaginamos|tenho certeza|temos certeza|com certeza|aposto|certamente|tomara|sabemos) (?:de )?que [^.!?]{0,80}?(?:sucesso|arraso|perfeit|lind|ótim|maravilh|adorando|amando|curtindo|gostando|aproveitando|funcionando)\\p{L}{0,4}${AFTER_REVIEW}`,
      why: 'Assumes the product is a hit right before asking for a review.', match: ['Aposto que a luminária ficou linda na sala; que tal uma avaliação?'] },
    { id: 'before-any-review', re: "antes de (?:qualquer|uma|sua|fazer (?:uma|sua)) (?:avaliação|nota|opinião|comentário|resenha)",
      why: 'Asks the buyer to contact the seller before any review, to head off a negative one.', match: ['Antes de qualquer comentário, fale com a gente.'] },
    { id: 'reconsider-review', re: `(?:rever|reveja|reconsider\\p{L}{1,4}|repens\\p{L}{1,4}) (?:a |o |sua |seu |essa |esta )?(?:\\p{L}{1,12} )?${REVIEW}`,
      why: 'Asking the buyer to reconsider a review they left is review manipulation.', match: ['Poderia reconsiderar sua avaliação de uma estrela?'] },
    { id: 'reward-when-live', re: `(?:devolvemos|reembolsamos|enviamos|mandamos|damos|liberamos|estendemos|ganha|ganhe|receba|recebe)[^.!?]{0,50}(?:assim que|quando|depois que|após|logo que) (?:a |sua )?(?:\\p{L}{1,12} )?(?:avaliação|opinião|nota|comentário|resenha)${PT_NOT_NEGATED}`,
      why: 'A reward timed to the review going live is an incentive.', match: ['Liberamos o cupom quando sua avaliação for publicada.'] },
  ],
  review_request: [
    { id: 'leave-review', re: `(?<!(?:antes de|sem|não|clientes|compradores|pessoas|todos) )${ASK_VERB} (?:a gente |pra gente |para nós )?(?:uma |um |sua |seu |a |o |umas |algumas |nos |5 |cinco )?(?:[^\\s.!?]{1,20} ){0,2}${REVIEW}`,
      why: 'An asking verb with a review word ("deixe uma avaliação", "dê 5 estrelas") asks for a review.',
      match: ['Por gentileza, deixe uma avaliação do produto.', 'Escreva um comentário sobre a mochila quando puder.'], not: ['Não deixe de conferir a nota fiscal.'] },
    { id: 'rate-the-product', re: `(?<!antes de )${RATE_VERB}(?! o dano)(?: (?:o|a|os|as|sua|seu|nossa|nosso|este|esta|com|como|de|a gente|nós|aqui|na|no)(?![\\p{L}]))`,
      why: 'A rating verb with an object or manner ("avalie sua compra", "nos avaliar como vendedor") asks for a review.',
      match: ['Avalie a cafeteira quando puder.', 'Você teria um minutinho para nos avaliar como vendedor?'], not: ['Vamos avaliar o dano pela foto.', 'Avaliamos o dano e a troca sai hoje.'] },
    { id: 'had-the-chance', re: "já teve (?:tempo|a chance|oportunidade) de (?:avaliar|deixar|escrever)", why: 'Asking whether the buyer has had time to review is a review request.',
      match: ['Já teve a chance de avaliar a mochila?'] },
    // A wish or need for a review without an asking verb.
    { id: 'review-would-help', re: `(?:uma|sua|a sua|seu|um) (?:\\p{L}{1,15} )?${REVIEW} …… (?:seria|seriam|ajudaria|ajudariam|ajuda|nos deixaria|deixaria|é (?:muito |super |bem )?importante|(?:é|ser[áa]) (?:muito )?bem-vind\\p{L}{1,2}|conta muito|faz (?:toda a )?diferença)`,
      why: 'Saying a review would help, be welcome or matter asks for one without an asking verb.',
      match: ['Uma avaliação sua seria ótima para nós.', 'Sua opinião sobre o travesseiro é muito importante para nós.'] },
    { id: 'reviews-welcome', re: `${REVIEW} (?:[^\\s.!?]{1,20} ){0,7}(?:são|é) (?:sempre )?(?:muito )?bem-vind\\p{L}{1,2}`, why: 'Saying reviews are welcome invites the buyer to write one.',
      match: ['Críticas e comentários sobre a entrega são muito bem-vindos.'] },
    { id: 'yours-would-be-welcome', re: `(?:sua|a sua) (?:\\p{L}{1,15} ){0,2}(?:sobre|para|pro|pra) [^.!?]{0,60}(?:seria|seriam) (?:muito )?(?:bem-vind|ótim|perfeit|maravilh)\\p{L}{0,4}`,
      why: '"A sua (avaliação) seria bem-vinda" asks for the buyer\'s review with the review word left implicit.',
      match: ['A sua sobre o ventilador seria muito bem-vinda.', 'Uma nota sua para o tripé seria ótima.'] },
    { id: 'we-hope-for-review', re: `(?:esperamos|adoraríamos|gostaríamos(?: muito)? de|queremos|ficaríamos felizes em|contamos com) (?:muito )?(?:saber |ler |ouvir |receber |ter |conhecer )?(?:a |uma |sua |seu )?(?:sua )?${REVIEW}`,
      why: 'Saying we hope for or would love the buyer\'s review asks for it.', match: ['Adoraríamos ler a sua opinião.', 'Esperamos sua avaliação em breve.'] },
    { id: 'we-need-reviews', re: `(?:precisando|precisamos|precisa|faltam|falta) (?:de )?(?:mais )?${REVIEW}`, why: 'Saying we need (more) reviews asks the buyer for one.',
      match: ['Ainda falta avaliação para este modelo.', 'Estamos precisando de avaliações de clientes reais.'] },
    { id: 'reviews-help-others', re: `${REVIEW} (?:ajuda|ajudam|ajudaria|ajudariam|ajudará) (?:muito |demais )?(?:outros|os próximos|a nossa|nossa|a gente|muito|demais)`,
      why: 'Saying reviews help other buyers or us invites the buyer to write one.', match: ['Avaliações ajudam muito outros compradores.'] },
    { id: 'next-buyers-need', re: "(?:é exatamente )?o que os próximos compradores precisam", why: 'Saying the buyer\'s verdict is what future buyers need asks for a review.',
      match: ['Sua opinião é exatamente o que os próximos compradores precisam.'] },
    { id: 'in-the-form-of-review', re: `em forma de (?:uma |um )?(?:\\p{L}{1,12} )?${REVIEW}`, why: 'Asks for the buyer\'s opinion "in the form of a review".',
      match: ['Conte como foi, em forma de avaliação.'] },
    { id: 'share-your-opinion', re: "(?:compartilhe|compartilha|compartilhar|conte|conta|deixe) (?:a |sua |suas |seu )(?:opinião|impressões|experiência|impressão)",
      why: 'Asking the buyer to share their opinion or experience is a review request.', match: ['Compartilhe sua experiência com a gente.', 'Deixe sua opinião quando puder.'] },
    { id: 'tell-others', re: "(?:conte|conta|diga|fala|fale) (?:pra|para|pros|aos|a) (?:a gente|gente|nós|todo mundo|os outros|outros compradores|outros clientes)(?! (?:se|qual|quando|o (?:modelo|tamanho|número)))",
      why: 'Asking the buyer to tell us or other buyers what they thought is a review request.',
      match: ['Conte pros outros compradores como ficou.'], not: ['Conte pra gente qual é o tamanho do seu pé.'] },
    { id: 'what-you-thought-on-amazon', re: "o que (?:você )?achou (?:do|da|dos|das) [^.!]{1,80}?(?:página|amazon|avalia)\\p{L}{0,6}",
      why: 'Asking what the buyer thought and pointing to the Amazon page or a review asks for a review.', match: ['O que achou da luminária? Deixe na página da Amazon.'] },
    // "A minute for a review?", "how did we do?".
    { id: 'a-minute-to-review', re: `(?:um|uns) (?:minuto|minutinho|momento|instante|segundo)s? (?:para|pra) (?:uma |um |nos )?(?:${REVIEW}|avaliar)`,
      why: 'Asking for a minute to review is a review request.', match: ['Tem um minuto para nos avaliar?', 'Tem um minutinho para uma avaliação?'] },
    { id: 'how-did-we-do', re: "como nos saímos", why: 'Asking how we did invites a rating of the seller.', match: ['Como nos saímos neste pedido?'] },
    { id: 'a-review-question', re: `uma ${REVIEW}(?: [^\\s.!?]{1,20}){0,4} ?\\?`, why: 'A review word in a question ("que tal uma avaliação?") asks for a review.',
      match: ['Uma avaliação do ventilador?'], not: ['Uma avaliação do ventilador saiu na revista.'] },
    // An incentive for a review asks for the review.
    { id: 'for-your-review-get', re: `(?:pela|por) (?:sua |uma )?(?:avaliação|opinião|nota)[^.!?]{0,30}(?:ganhe|ganha|receba|recebe|desconto|brinde|vale)`,
      why: 'Promising a reward for a review asks for the review.', match: ['Pela sua opinião, ganhe um vale de R$ 15.'] },
    { id: 'incentive-for-review', re: `${INCENTIVE_WORD}(?: [^\\s.!?,;:]{1,15}){0,5} (?<!(?:obrigad[oa]|agradecemos|gracias) )(?:por|para|pela|pelo|se você (?:publicar|deixar|escrever|der)|em troca de|a cada|para cada) (?:\\p{L}{1,12} ){0,2}(?:uma |sua |cada |a )?${REVIEW}${PT_NOT_NEGATED}`,
      why: 'Offering something in return for a review asks for the review.', match: ['Um vale de R$ 30 para cada avaliação.'], not: ['Não damos brindes em troca de avaliações.'] },
    { id: 'warranty-for-review', re: `(?:estend|prolong|aument)\\p{L}{1,6} a garantia[^.!?]{0,40}(?:avalia|publica|nota)\\p{L}{0,6}`,
      why: 'A longer warranty tied to a review asks for the review.', match: ['Aumentamos a garantia se você publicar sua avaliação.'] },
    { id: 'small-business-each-review', re: `${SMALL_BUSINESS}[^.!?]{0,80}(?:cada|uma|sua) (?:avalia|nota|opini)\\p{L}{0,6}`,
      why: 'A small business saying each review matters asks for one.', match: ['Somos uma pequena empresa e cada avaliação nos ajuda.'] },
    { id: 'if-you-wish-rate', re: `se (?:quiser|puder|desejar|tiver tempo)(?: \\p{L}{1,12}){0,2} (?:avaliar|deixar|escrever|dar)`,
      why: 'A polite "if you can, leave/rate" is still a review request.', match: ['Se quiser deixar sua nota, é rápido.', 'Se tiver tempo de avaliar o produto, ajuda muito.'] },
    { id: 'review-screenshot', re: `(?:print|captura de tela|screenshot) (?:da|de|do) (?:sua |seu )?${REVIEW}`, why: 'A screenshot of the review asks for the review first.',
      match: ['Manda um print da sua avaliação pra gente.'] },
    { id: 'send-the-screenshot', re: "mande o print", why: 'Asking for "the print" (screenshot) of a review asks for the review first.', match: ['Mande o print quando publicar.'] },
    { id: 'a-few-words', re: `${ASK_VERB} (?:pra gente |para nós )?(?:umas|algumas|poucas|duas) palavras`, why: 'Asking for "a few kind words" is a review request without the word.',
      match: ['Deixe algumas palavras pra gente na Amazon.'] },
    { id: 'post-on-amazon', re: "(?:registre|registra|registrar|poste|posta|postar|publique|publica|conte|escreva|escreve|deixe|deixa|compartilhe|compartilha)(?: (?:lá|aqui|isso|tudo|também))? (?:na|no) (?:amazon|página do produto|anúncio)",
      why: 'Asking the buyer to post on Amazon or the product page is a review request.',
      match: ['Publique lá na Amazon o que achou da panela.', 'Registre na página do produto quando puder.'] },
    { id: 'your-account-would-help', re: "(?:seu|sua) (?:relato|depoimento|percepção|impressão|parecer) …… (?:ajudaria|ajudariam|seria|vale ouro|vale muito|é (?:muito |super |bem )?(?:importante|valios\\p{L}{1,2})|faz diferença)",
      why: 'Saying the buyer\'s account or impression would help asks for a review.', match: ['Seu depoimento sobre o fone seria ótimo para outros clientes.'] },
    { id: 'i-would-love-review', re: `(?:queria|queríamos|gostaria(?: muito)? de|adoraria|quero) (?:muito )?(?:saber |ler |ver |receber )?(?:a |uma |sua |seu )?(?:sua )?${REVIEW}`,
      why: 'Saying I would love to read the buyer\'s review asks for it.', match: ['Adoraria ler sua opinião sobre o ventilador.'] },
    { id: 'review-follow-up', re: `ainda não (?:vimos|recebemos|encontramos|apareceu|vi|chegou) (?:o |a )?(?:seu |sua )?${REVIEW}`,
      why: 'Following up on a review that has not appeared asks for it again.', match: ['Ainda não recebemos sua avaliação do pedido.'] },
    { id: 'tell-other-buyers', re: "(?:contar|dizer|mostrar) (?:pra|para|pros|aos|a) (?:outros compradores|outros clientes|os próximos compradores|quem (?:vai|for) comprar|todo mundo)",
      why: 'Asking the buyer to tell other buyers how it went is a review request.', match: ['Dá pra mostrar para outros compradores como ficou?'] },
    { id: 'leave-your-impression', re: "(?:deixar|deixa|compartilhar|registrar|registre) (?:a |sua |suas |seu )(?:impressão|impressões|percepção|relato|experiência)",
      why: 'Asking the buyer to leave their impression or account is a review request.', match: ['Que tal registrar sua impressão do produto?'] },
    { id: 'show-with-stars', re: "(?:mostr|diz|diga|conta|conte|fala|fale|expresse|demonstre)\\p{L}{0,3} (?:isso |pra gente |para nós |pra nós )?(?:com|em|na|numa|através de) (?:uma |sua |suas |umas )?(?:\\p{L}{1,12} )?(?:estrel|avalia|nota|coment|opini)\\p{L}{0,6}",
      why: 'Asking the buyer to show or tell it with stars or in a review is a review request.', match: ['Mostra pra gente numa avaliação como ficou.', 'Se curtiu, mostra pra gente com estrelinhas!'] },
    { id: 'put-it-in-review', re: "(?:reflet|mostr|expresse|registr|coloc|coloq|pass)\\p{L}{0,4} (?:isso |tudo isso )?(?:na|em sua|numa) (?:sua )?(?:avaliação|nota|opinião|resenha)",
      why: 'Asking the buyer to put their experience into a review is a review request.', match: ['Coloque isso na sua nota, por favor.'] },
    { id: 'thanks-in-advance', re: "agradecemos (?:desde já|antecipadamente|de antemão) (?:a |pela |por )?(?:sua |uma )?(?:avalia|opini|nota|coment|resenha)\\p{L}{0,6}",
      why: 'Thanking in advance for a review asks for it (thanks for one already written does not).',
      match: ['Agradecemos desde já pela sua opinião.'], not: ['Agradecemos a sua avaliação do atendimento.'] },
    { id: 'how-many-stars', re: "quantas estrel(?:as|inhas) (?:você )?(?:daria|dá|colocaria|marcaria|deixaria)", why: 'Asking how many stars the buyer would give asks for a rating.',
      match: ['Quantas estrelinhas você daria ao produto?'] },
    { id: 'reward-per-review', re: "cada (?:avaliação|opinião|nota|comentário|resenha)[^.!?]{0,40}(?:concorre|sorteio|participa|ganha|recebe|brinde|desconto)",
      why: 'A reward per review asks for the review.', match: ['Cada avaliação com foto concorre a uma cafeteira.'] },
    { id: 'every-star-counts', re: "cada (?:\\p{L}{1,12} )?(?:estrela|estrelinha|avaliação|opinião|nota|comentário) (?:\\p{L}{1,12} )?(?:faz (?:toda a )?diferença|conta|importa|ajuda)",
      why: 'Saying every star or review counts asks the buyer for one.', match: ['Cada estrelinha conta muito para nós.'] },
    { id: 'reward-when-live', re: `(?:devolvemos|reembolsamos|enviamos|mandamos|damos|liberamos|estendemos|ganha|ganhe|receba|recebe)[^.!?]{0,50}(?:assim que|quando|depois que|após|logo que) (?:a |sua )?(?:\\p{L}{1,12} )?(?:avaliação|opinião|nota|comentário|resenha)${PT_NOT_NEGATED}`,
      why: 'A reward timed to the review going live asks for the review.', match: ['Devolvemos o valor do frete assim que sua avaliação estiver no ar.'] },
  ],
  marketing: [
    // why: coupons and codes, % off, next-purchase discounts
    // why (guard): "O código promocional que você usou já aparece descontado" explains, not offers
    `cupo(?:m|ns)${NOT_EXPLAINED}${PT_NOT_APPLIED}`, `(?:código|cupom) (?:de )?(?:desconto|promocional)${NOT_EXPLAINED}${PT_NOT_APPLIED}`, `\\d{1,3} ?% (?:de desconto|off|na próxima)${NOT_EXPLAINED}`, "(?:na|para a|em sua) próxima compra", "(?:no|para o|pro|no seu|em seu) próximo pedido",
    // why: upsell to a dearer model ("versão Pro", "modelo de 1,5 L", "trocam pelo modelo")
    "(?:se precisar de mais|para mais) (?:\\p{L}{1,15} )?(?:potência|capacidade|espaço)[^.!?]{0,40}(?:versão|modelo|linha)", "(?:versão|modelo) (?:pro|plus|premium|max|deluxe|maior|superior)", "trocam (?:pelo|para o) modelo",
    // why: bundles and multipacks cheaper
    "(?:kit|combo|pacote|conjunto) (?:com \\d+ \\p{L}{1,15} )?(?:sai|saem|fica|ficam) (?:bem )?mais (?:em conta|barat)", "(?:no|num) (?:combo|kit)",
    "(?:sai|saem|fica|ficam) (?:bem |ainda |\\d{1,3} ?% )?mais (?:em conta|barat\\p{L}{1,3})",
    // why: cross-sell ("para combinar, temos também", "quem comprou também adora", "conheça nossos outros produtos")
    "(?:para combinar|combina com)[^.!?]{0,30}(?:temos|também)", "temos também (?:um|uma|o|a)", "quem comprou (?:\\p{L}{1,15} ){0,3}também", "quem (?:compra|leva|levou|escolhe) [^.!?]{0,50}também", "(?:concorre|concorra|concorrer) a (?:um|uma)", "(?:conheça|confira|veja|visite) (?:os )?(?:nossos|nossas|nossa|nosso) (?:outr[oa]s |nov[oa]s )?(?:produtos|itens|loja|coleção|linha|catálogo)",
    "(?:nossos|nossas) outr[oa]s (?:produtos|itens|modelos|lançamentos|coleções)",
    // why: buying direct to save Amazon's fees = cheaper outside Amazon
    "(?:economiza|economizamos|economizar|evitar) (?:as )?taxas",
    // why: new collections and launches
    "(?:chegou|chegaram|lançamos|acabamos de lançar|nova|novo) (?:a |o |nossa |nosso )?(?:coleção|linha|lançamento|versão sem fio)", "acabamos de lançar", "(?:procure|busque|pesquise) (?:por )?[\"'][\\p{L}\\p{N}][^\"']{0,30}[\"']",
    // why: social follows, giveaways, newsletters
    "(?:siga|sigam|segue|siga-nos) (?:a gente|nós|nossa página)? ?(?:no|na|em) (?:instagram|insta|facebook|tiktok|youtube)", "siga-nos", "sorteios?", "newsletter", "frete grátis(?! (?:na|da) troca)",
    // why: bundle price per piece, buy-two offers, "a great price this week", our storefront ("paga bem menos por peça", "na compra de dois pares, o terceiro sai de graça")
    "(?:paga|pagam|sai|saem|fica|ficam) (?:bem |muito )?menos (?:por|cada) (?:peça|unidade|item)", "na compra de (?:\\d|dois|duas|três)(?=[^.!?]{0,60}(?:desconto|grátis|de graça|%|sai|ganh|brinde|metade))", "leve \\d{1,2},? pague \\d{1,2}", "(?:o|a) (?:terceir|segund)[oa] (?:sai|é|vem) (?:de )?(?:graça|grátis)",
    "(?:está|estão|sai|fica) (?:com )?(?:um )?(?:preço|valor) (?:ótimo|especial|imperdível|promocional|camarada)", "nossa vitrine", `(?:fechamos|vendemos) (?:a |uma )?(?:segunda|outra|mais uma) (?:unidade|peça)${PT_NOT_NEGATED}`,
    // why: half price on the next unit ("Leve a segunda almofada pela metade do preço")
    "(?:leve|levando|compre|comprando|na compra)[^.!?]{0,50}metade do preço", "(?:segund|terceir)[oa] (?:\\p{L}{1,15} )?(?:pela metade|com \\d{1,2} ?%|de graça|grátis)",
    // why: an upcoming line ("Em breve lançamos a linha infantil")
    "(?:em breve|logo) (?:lançamos|lançaremos|vamos lançar|teremos) (?:a |o |uma |um |nossa |nosso )?(?:nova |novo )?(?:linha|coleção|versão|modelo|cor)",
  ],
  personal_data: [
    // why: date of birth, ID documents (RG, CNH, passaporte), bank secrets
    "data de nascimento", "(?:sua|seu) (?:idade|aniversário)", "\\brg\\b", "\\bcnh\\b", "passaporte", "carteira de (?:identidade|motorista|habilitação)", "documento (?:de identidade|com foto)",
    "senha (?:do|de) (?:banco|cartão|conta|app do banco)", "(?:sua|seu) senha(?! (?:do|de) wi-?fi)", "dados bancários", "número do cartão(?! na amazon)",
    // why: CPF asked beyond what the invoice needs (a CPF for the nota fiscal is a grey area the corpus skips)
    "(?:envie|mande|manda|passe|passa|informe) (?:seu |o seu |o )?cpf(?! (?:para|pra) (?:a )?nota)",
    // why: the buyer's own channel: personal e-mail/phone/WhatsApp, Pix key, social profile
    "(?:qual|qual é|qual o|informe|passe|passa|me passa|mande|manda|envie) (?:é )?(?:o )?(?:seu|sua) (?:e-?mail|telefone|celular|número|whats ?app|zap|chave pix|perfil|nome)(?: (?:pessoal|particular|de whats ?app|no (?:facebook|instagram)))?(?! (?:do pedido|de rastreio|de série|da amazon|modelo))",
    "(?:seu|sua) (?:e-?mail|telefone|celular|número) (?:pessoal|particular)", "(?:seu|sua) chave pix", "(?:seu|sua) (?:nome|perfil|usuário|arroba) (?:no|na) (?:facebook|instagram|tiktok|twitter)",
    "qual e-?mail você usa", "número de whats ?app",
    // why: "se você me passar o seu endereço de e-mail"
    "(?:passar|informar|mandar|enviar|deixar|me passa|me passe|nos passe) (?:o |a )?(?:seu|sua) (?:endereço de e-?mail|e-?mail|telefone|celular|número|whats ?app|zap)(?! (?:do pedido|de rastreio|de série|da amazon|modelo))",
    // why: a selfie with the ID, the mother's name, a birthday, a number to call ("selfie segurando seu documento", "nome da sua mãe")
    "(?:selfie|foto) (?:\\p{L}{1,12} ){0,2}(?:seu|sua|do seu|da sua|o seu|a sua) (?:documento|rg|cnh|identidade)", "nome d[ao] (?:sua )?mãe|nome materno", "data de aniversário",
    "(?:qual|me passa|informe|passe|mande|manda) (?:é )?(?:o |um )?(?:melhor )?(?:número|telefone|celular)[^.!?]{0,30}(?:ligar|ligarmos|chamar|contatar|falar com você)",
  ],
  review_wording: [
    // why: after Request a Review any review wording blocks
    "(?:avalia(?:ção|ções|çao|cao)|opini(?:ão|ões)|estrel(?:as|inhas)|palavras (?:gentis|carinhosas))", "(?:avaliar|avalie|nos avaliar)",
  ],
  auto_reply: ["(?:resposta|mensagem) automática", "recebemos sua (?:mensagem|pergunta|solicitação)", "(?:responderemos|retornaremos) (?:em até|o mais rápido|em breve)"],
  accept: [
    // why: a reply that takes up the buyer's channel ("Claro, te mando por e-mail", "Com certeza, te ligo")
    "claro", "com certeza", "beleza", "pode deixar", "sem problema", "combinado", "sim", "ok",
    "(?:te|lhe) (?:mando|mandamos|envio|enviamos|ligo|ligamos|chamo|chamamos|escrevo|escrevemos)", "(?:pelo|por|no|pro|para o) (?:e-?mail|whats ?app|zap|telefone|celular)",
  ],
  refuse: [
    // why: declining to leave Amazon ("só podemos responder aqui", "seguimos pelas mensagens da Amazon", "não trabalhamos com vendas por fora")
    "(?:só|somente|apenas) (?:podemos|conseguimos|respondemos|atendemos) (?:\\p{L}{1,12} ){0,2}(?:aqui|pela amazon)", "(?:seguimos|continuamos) (?:\\p{L}{1,12} )?(?:pelas|pela|nas|aqui)", "não (?:podemos|é permitido|trabalhamos|temos linha)", "mensagens da amazon", "respondemos (?:todas )?(?:as dúvidas )?aqui",
  ],
  buyer_offplatform: [
    "(?:me|pode) (?:liga|ligar|chama|chamar|mandar?)(?! aqui)", "(?:meu|pro meu|para o meu|no meu) (?:e-?mail|whats ?app|zap|telefone|celular|número)", "whats ?app", "zap", "pix", "por fora", "fora da amazon", "te mando (?:as fotos )?(?:no|pelo)", WORD_WITH_AT,
  ],
};
