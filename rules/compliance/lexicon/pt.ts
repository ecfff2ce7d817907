// Brazilian Portuguese (amazon.com.br). Families, not sentences: review words with their typos and
// diminutives, requests by imperative/infinitive + object, wishes and needs for a review, Pix /
// boleto / "zap" as off-Amazon channels. Every entry is data: an id, why it breaks the rule, our own
// examples it must match and near-misses it must not (test/unit/rules/compliance/lexicon-entries.test.ts).
import { NOT_AMAZON_ASKING, NOT_EXPLAINED, NOT_FRONTED_REFUSAL, NOT_IF_SOMEONE, NOT_THANKED_OR_BEFORE, WORD_WITH_AT, NOT_CONTRAST_COMMA, NOT_A_TESTERS_MARK, OFFERED_AGAIN, negationBefore } from './shared';
import type { Lexicon, LexiconItem } from './types';
import { alt, JAMAIS, NUNCA, PT_NAO, PT_NEM } from '../negation';

/** Review words: avaliação (also unaccented, typo'd "avaliaçao"), opinião, estrelas/estrelinhas, nota
 *  (never "nota fiscal", the invoice), comentário, feedback, resenha. */
const REVIEW =
  "(?:avalia(?:ção|ções|çao|cao|coes|çoes)|opini(?:ão|ões|ao|oes)|coment(?:á|a)rios?|feedback|resenhas?|reviews?|estrel(?:as|inhas)|notas?(?! fisca(?:l|is)| de (?:compra|entrega|devolução|crédito))|veredito)";
/** Review verbs a seller asks with (imperative, infinitive, "nos avaliar"); never "avaliamos" (we assessed). */
// why: "classificar o produto", "pontuar a luminária" ask for a rating as much as "avaliar"
// (European Portuguese puts the pronoun after the verb: "Pode avaliar-nos na Amazon?", "avalie-nos", "avaliá-lo" - s25 pt)
const RATE_VERB = "(?:avaliar-nos|avalie-nos|avalia-nos|avaliem-nos|avaliá-lo|avaliá-la|avalie|avaliem|avaliar|avalia|nos avaliar|nos avalie|avaliar a gente|avalie a gente|classifique|classifiquem|classificar|pontue|pontuem|pontuar)";
/** Asking verbs: imperative (formal and informal), infinitive. */
// (the imperfect subjunctive of a wish: "ficaríamos contentes se nos deixasse uma opinião" - s25 pt)
// (European Portuguese shares with "partilhe": "Agradecemos que partilhe a sua opinião na página do artigo" - s25 pt; not "partilha", a noun)
const ASK_VERB =
  "(?:deixe|deixa|deixar|deixem|escreva|escreve|escrever|publique|publica|publicar|poste|posta|postar|dê|dá|dar|dê-nos|nos dê|compartilhe|compartilha|compartilhar|partilhe|partilhar|deixasse|deixassem|escrevesse|partilhasse|compartilhasse|mande|manda|faça|fazer|registre)";
/** Satisfaction talk is leading only when review wording follows. */
// why: "deixar sua impressão", "seu relato" are review wording after a satisfaction clause too;
// s8c: "que tal contar sua experiência na Amazon?" after "agora que você está aproveitando" is the same ask
// (telling, sharing or registering the experience; "sua experiência seja ótima" alone is not)
const AFTER_REVIEW = "(?=[^]{0,160}?(?:avalia|avalie|opini|estrel|nota|coment|feedback|palavras|outros compradores|impress|relato|resenha|(?:cont|compartilh|registr|relat)\\p{L}{0,3} (?:a |sua |a sua )?experiência|experiência na amazon))";
/** Incentives: discounts, gift cards, refunds, freight back, longer warranty, gifts. */
const INCENTIVE_WORD =
  "(?:desconto|vale-?presente|vale|cupom|reembolso|reembolsamos|devolvemos|brinde|presente|garantia|frete grátis|produto grátis|cashback|pix|dinheiro de volta)";
// why: either word order and the diminutive ("uma empresa pequena do interior", "a nossa lojinha")
/** Negation in Portuguese words only: the shared NOT_NEGATED also counts Spanish "no", which in Portuguese is "in the"
 *  ("vendemos no Mercado Livre", "atende no WhatsApp" were read as refusals). */
const PT_NOT_NEGATED = `(?<!(?:^|[^\\p{L}'])(?:não|nem|nunca|jamais)(?![\\p{L}])(?:[^.!?;\\n,]|[.](?=\\S)|${NOT_CONTRAST_COMMA}){0,100})(?![^.!?;\\n]{0,60}(?:não (?:é|são) permitid|não (?:podemos|pode|aceitamos)))`;
/** A negation at most two words before a channel name that ends the entry (a lookbehind placed after it). */
// Spanish "no" counts only with a verb after it: Portuguese "no" is "in the" ("Estamos no WhatsApp", "no seu WhatsApp").
// "sem"/"nem" only right before it ("nem WhatsApp", not "sem medo no WhatsApp").
const denied = (channel: string) => `(?<!(?:não(?: \\p{L}{1,12}){0,2}|(?:nem|sem|ni|sin)(?: (?:o|a|por|pelo|pela|via|de|el|la))?|no(?: (?!(?:seu|sua|meu|minha|nosso|nossa|o|a|grupo|canal)(?![\\p{L}]))\\p{L}{1,12}){1,2}) ${channel})`;
/** A coupon the buyer already used, in words the shared APPLIED list lacks ("que você usou", "descontado"). */
// (the coupon used told as coming back is offered again: "o cupom que você usou voltou esta semana" - s24 review #2)
/** Not a manual, instructions or a how-to video in the sentence (a manual link gets the url finding only, README "Labelling conventions"):
 *  "Para o manual completo, acesse www.x.com.br", "Acesse x.com.br para baixar as instruções". */
const PT_MANUAL_WORD = "(?:manua(?:l|is)|instruç(?:ão|ões)|guia de (?:montagem|instalação|uso)|tutoria(?:l|is)|vídeos? (?:de|da|do|com) (?:instalação|montagem|uso|passo)|vídeos? passo a passo)";
const PT_NOT_MANUAL = `(?<!${PT_MANUAL_WORD}(?:[^.!?;\\n]|[.](?!\\s)){0,100})(?!(?:[^.!?;\\n]|[.](?!\\s)){0,60}${PT_MANUAL_WORD})`;
const PT_NOT_APPLIED = `(?![^.!?;\\n]{0,80}(?:(?:que (?:você )?(?:usou|utilizou|aplicou|usó)|descontad[oa]s?)(?![^.!?;\\n]{0,80}${OFFERED_AGAIN})|já (?:aparece|consta|está) (?:descontad|aplicad)|aparece no carrinho|é da (?:própria )?amazon))`;
/** An ID document said not to be needed ("A CNH não é necessária para a troca"). */
const PT_NOT_NEEDED = "(?![^.!?;\\n]{0,40}não (?:é|são|será|serão) (?:necessári|precis|exigid|obrigatóri|pedid))";
const SMALL_BUSINESS = "(?:pequen[oa]s? (?:empresa|loja|negócio|equipe|marca|vendedor)(?:s|es)?|(?:empresa|loja|negócio|equipe|marca|vendedor)(?:s|es)? (?:bem |muito )?pequen[oa]s?|(?:nossa|uma) lojinha|(?:empresa|negócio|loja|lojinha)s? (?:familiar|familiares|de família))";
/** The same phrases for an entry that starts with them: the scan starts on the rarer word ("pequen", "lojinha",
 *  "familiar") and checks the noun before it with a lookbehind (0.44 -> 0.07 ms per 100,000 characters). */
const SMALL_BUSINESS_AT =
  "(?:pequen[oa]s?(?: (?:empresa|loja|negócio|equipe|marca|vendedor)(?:s|es)?|(?<=(?<![\\p{L}\\p{N}])(?:empresa|loja|negócio|equipe|marca|vendedor)(?:s|es)? (?:bem |muito )?pequen[oa]s?))|lojinha(?<=(?<![\\p{L}\\p{N}])(?:nossa|uma) lojinha)|(?:familiar|familiares|família)(?<=(?<![\\p{L}\\p{N}])(?:empresa|negócio|loja|lojinha)s? (?:familiar|familiares|de família)))";
/** A domain or link as the seller writes it (also "ponto" spelled out), not Amazon's own. */
const DOMAIN = "(?:[a-z0-9._-]{1,30} ?(?:@|[\\[(]arroba[\\])]| arroba ) ?[a-z0-9-]{2,30}|(?!(?:https?://)?(?:www\\.)?amazon)(?:https?://)?[a-z0-9-]{2,30}(?:(?:\\.| ponto )[a-z0-9-]{2,20}){1,3}(?:/\\S{0,40})?)";

/** In both lists (an incentive that is also an ask; session 9 had written it twice). */
const IN_EXCHANGE_FOR_REVIEW_BOTH: LexiconItem = { id: 'in-exchange-for-review', re: `em troca d(?:e|a|o) (?:uma |sua |seu |a sua |o seu )?(?:avaliação|opinião|nota|resenha|comentário|review)${PT_NOT_NEGATED}`,
  why: "Something offered in exchange for a review is an incentive, and so also an ask for the review.",
  match: ["Damos um brinde em troca de uma avaliação.", "Em troca da sua avaliação, enviamos um vale-presente."], not: ["Não pedimos nada em troca de avaliação."] };

export const pt: Lexicon = {
  offplatform: [
    { id: 'refund-to-pix', re: `(?<![\\p{L}])(?:devolv|reembols|estorn|transfir|deposit|mand|envi|pag|faz|fa[cç]o)(?<!(?:não|nunca|nem) (?:\\p{L}{1,12} ){0,2}(?:devolv|reembols|estorn|transfir|deposit|mand|envi|pag|faz|fa[cç]o))\\p{L}{0,6}(?: [^.!?\\n]{0,30}?)? (?:no|pelo|via|por|num) (?:seu |teu |sua )?pix(?![\\p{L}])`,
      why: 'Paying or refunding the buyer by Pix moves money outside Amazon.',
      match: ['Manda o print da avaliação que devolvemos R$ 20 no seu Pix.', 'Fazemos o reembolso pelo Pix ainda hoje.'],
      not: ['Não fazemos reembolso por Pix, só pela Amazon.', 'O Pix não é aceito aqui.'] },
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
    // (the European Portuguese courier too: "o estafeta", "os CTT", "o mensageiro" - s25 pt)
    // (the maker's service desk as the one to ring: "pode ligar para a assistência técnica do fabricante, o telefone está no manual" - the
    // maker's line the buyer asked for, not the seller's; s25 fa, the known maker's-hotline false alarm)
    { id: 'call-to', re: "(?:ligue|liga|ligar|telefone|telefona) (?:para|pra|no|pro)(?! (?:o telefone do pedido))(?! (?:(?:o|a) )?(?:(?:sac|assistência técnica|assistência|suporte|atendimento|central de atendimento|central|serviço de atendimento) )?(?:d[oa] )?fabricante(?![\\p{L}]))(?![^.!?\\n]{0,20}amazon)(?<!(?:transportadora|entregador|correios|motorista|carteiro|técnico|transportador|motoboy|estafeta|ctt|mensageiro|banco|operadora(?: do cartão)?|emissor(?:a)? do cartão|administradora do cartão)[^.!?\\n]{0,40})",
      why: 'Asks the buyer to phone us, a channel outside Amazon (a carrier or technician who calls is no invitation).',
      match: ['Ligue pro nosso técnico amanhã.', 'Se preferir, liga no nosso fixo.', 'Ligue pra gente, somos o fabricante.'], not: ['O motorista da transportadora pode ligar para você.', 'A encomenda vai pelos CTT; o estafeta pode ligar para o seu telemóvel.', 'Pode ligar para o SAC da Amazon se o pacote não chegar.', 'Às vezes o banco liga para o cliente para confirmar a compra.', 'Você pode ligar para a assistência técnica do fabricante, o telefone está no manual.', 'Para a garantia, ligue para o fabricante.'] },
    // (the bank or the card issuer calling the buyer is a third party's check, no call to us - s21 blind p pt-011)
    // why: s25 - the call back asked without a number ("Se a peça não servir, ligue de volta pra gente"); the negation of the
    // condition before the comma does not refuse it (negationBefore)
    { id: 'call-us-back', re: `(?:(?:liga|ligue|ligar) de volta (?:pra|para) (?:(?:a )?gente|nós|mim)|retorne (?:a|nossa) liga[çc][ãa]o)(?![\\p{L}])${negationBefore(alt(PT_NAO, PT_NEM, NUNCA, JAMAIS), 100)}`,
      why: 'Asks the buyer to phone the seller back, a channel outside Amazon.',
      match: ['Se a cor não combinar, ligue de volta pra gente à tarde.', 'Retorne a ligação quando puder.'],
      not: ['O técnico vai ligar de volta para você amanhã.', 'Não precisa retornar a ligação, respondemos por aqui.'] },
    { id: 'call-us', re: "(?:me|nos) (?:liga|ligue|ligar|telefone)", why: 'Asks the buyer to phone the seller, a channel outside Amazon.',
      match: ['Se preferir, nos ligue depois das 14h.', 'Me liga quando chegar em casa.'] },
    { id: 'talk-direct', re: "(?:fale|fala) direto comigo", why: 'Asks the buyer to talk to the seller directly, outside Amazon messaging.', match: ['Fala direto comigo que resolvo.'] },
    // (the European Portuguese "contacte-nos" / "contactar-nos" and "telemóvel" are the same ask: "Contacte-nos pelo telemóvel
    // se precisar", "pode contactar-nos por e-mail" - s25 pt, probed beside blind d; "contacte-nos por aqui" stays clean)
    { id: 'contact-by-channel', re: "(?:(?:fale|fala|entre em contato) (?:com a gente|conosco|comigo)|contacte-nos|contacta-nos|contactem-nos|contactar-nos|contacte-me|contactar-me) (?:em|pelo|pela|no|na|por|via|através do|através da) (?!aqui|mensagens|amazon)(?:e-?mail|telefone|telemóvel|telemovel|whats ?app|zap|site|\\S+\\.\\S+)",
      why: 'Asks the buyer to contact us by e-mail, phone, messenger or a site instead of Amazon messaging.',
      match: ['Entre em contato conosco pelo telefone da loja.', 'Contacte-nos pelo telemóvel se a peça não servir.', 'Pode contactar-nos por e-mail a qualquer hora.'],
      not: ['Fale com a gente por aqui mesmo.', 'Contacte-nos por aqui, através das mensagens da Amazon.', 'Contacte-nos pelas mensagens da Amazon.'] },
    { id: 'by-call', re: "(?:uma|por|numa) ligação(?! gratuita)", why: 'Offers a phone call as the channel, outside Amazon messaging.',
      match: ['Resolvemos isso por ligação em cinco minutos.', 'Uma ligação rápida resolve tudo.'] },
    // (s37 g5 pt-011: not the maker's - a recall or warranty with the maker, its dealer or "da montadora/do fabricante" in the sentence:
    // "consulte a concessionária ou a central de atendimento da marca do carro" sends the buyer to the car maker, not to the seller)
    { id: 'call-center', re: "(?<!(?:fabricante|montadora|concessionária|recall)[^.!?\\n]{0,80})central de atendimento(?![^.!?\\n]{0,30}(?:d[ao] (?:fabricante|montadora|amazon)|recall))", why: 'Sends the buyer to our call center, a channel outside Amazon (not the maker\'s, its dealer\'s or Amazon\'s).',
      match: ['Nossa central de atendimento resolve hoje.', 'Ligue para a nossa central de atendimento: 0800 555 1234.'], not: ['Para saber se o seu carro está no recall, consulte a concessionária ou a central de atendimento da marca.', 'A central de atendimento do fabricante confirma a garantia pelo número de série.'] },
    // (not a bare "SAC:" label before the number, as in a signature: README - a bare "Tel.:" line gets the phone label only;
    // "ligue para o nosso SAC: 0800 …" still sends the buyer there - s22 blind i pt-023)
    // (not the maker's: "ligar para o SAC do fabricante, o número vem no certificado" - s25 fa; "o SAC da marca" stays the seller's brand)
    { id: 'sac', re: "(?:nosso |o |pelo |no |ao )sac(?![\\p{L}])(?! da amazon| d[oa] fabricante(?![\\p{L}]))", why: 'Sends the buyer to our customer service line (SAC), a channel outside Amazon (not Amazon\'s or the maker\'s).',
      match: ['O SAC da marca atende até as 18h.', 'Ligue para o nosso SAC: 0800 123 4567.'], not: ['Pode ligar para o SAC da Amazon se o pacote não chegar.', 'É só ligar para o SAC do fabricante, o número vem no certificado de garantia.', 'Atenciosamente,\nLoja Jatobá\nSAC: 0800 123 4567'] },
    { id: 'action-on-domain', re: `(?:envi|mand|cadastr|registr|preench|crie (?:uma )?conta|acompanh|acess|compr|pag|cont|avali|fal|escrev|visit|baix|compartilh|ativ|abr|solicit|agend|resgat|reserv)\\p{L}{0,5} (?:[^\\s.!?]{1,20} ){0,5}(?:em|no|na|para|pra|pro|pelo|pela|aqui:?|pelo link:?|:)(?: (?:o )?(?:e-?mail|site))? ?${DOMAIN}`,
      why: 'Asks the buyer to send, register, buy or review on our own site or e-mail address, outside Amazon.',
      // s8c: also activating, opening a ticket, requesting, booking or redeeming there ("é ativada em garantia.x.com.br", "abra um chamado em suporte-x.help")
      match: ['Cadastre a nota em garantia.minhaloja.store para ativar.', 'Envie as fotos para fotos@casaverde.com.br.', 'A garantia estendida é ativada em garantia.luzforte.com.br.', 'Abra um chamado em ajuda-casalinda.help.', 'Pode mandar as fotos pro email suporte arroba casaazul ponto com ponto br'], not: ['Acompanhe a entrega em amazon.com.br.', 'Abra um chamado em Seus pedidos.', 'A garantia é ativada automaticamente pela Amazon.'] },
    // (not a manual, instructions or an installation video named in the sentence: a manual link gets the url finding only, as
    // 62 of the 72 dev rows with a manual beside an address label it - s33 g8 pt-008, "para o manual ..., acesse www...")
    { id: 'visit-domain', re: `(?:acesse|acessa|acessar|visite|visita|visitar)(?: o site| nosso site| o nosso site| a nossa loja| nossa loja)? ${DOMAIN}${PT_NOT_MANUAL}`,
      why: 'Sending the buyer straight to a domain (also spelled with "ponto") moves the exchange off Amazon.',
      match: ['Acesse lojaverde ponto com ponto br e confira as novidades.', 'Visite casabella.com.br.', 'Para trocas, acesse www.lojaazul.com.br e preencha o formulário.'],
      not: ['Acesse sua conta e vá em Seus pedidos.', 'Acesse a Amazon.com.br e abra Seus pedidos.', 'O guia de montagem em PDF e o vídeo passo a passo: acesse www.moveisbrisa.com.br', 'Acesse www.lumitech.com.br para baixar o manual do usuário.'] },
    { id: 'offer-on-domain', re: `(?:mais barat\\p{L}{1,3}|reposição|refis|refil|peças|acessórios|à venda|disponíve\\p{L}{1,3}) (?:\\p{L}{1,12} ){0,2}em ${DOMAIN}`,
      why: 'Offers a product, spare part or lower price on our own site, outside Amazon.',
      match: ['Tem refil mais barato em loja-agua.shop.', 'Peças de reposição em pecasja.store.'] },
    // (a phone-shaped number must follow - a "+", a bracketed area code, four digits or digits with a separator: "ligar" is
    // also switching a device on, "a versão que aparece ao ligar (V3.2.0)", "ao ligar 2 vezes" - s21 blind p pt-022; no
    // look-behind on "depois de/ao": "Depois de ligar 0800 123 4567 o técnico agenda" is a call - s21 review 1 #7)
    { id: 'call-number', re: "(?:ligue|liga|ligar|me liga|chama no zap|chame no zap)(?: (?:no|pro|para o|para|pelo))?:?(?=\\s{0,3}(?:\\+|\\(\\s?\\d{2}|\\d{4}|\\d{2,3}[\\s.-]\\d))",
      why: 'Asks the buyer to call or message a phone number, outside Amazon.', match: ['Ligue: 11 3333-4444.', 'Qualquer dúvida, ligue 21 2555-6677.', 'Ligue (11) 3333-4444.', 'Depois de ligar 0800 123 4567 o técnico agenda a visita.'],
      not: ['A versão que aparece ao ligar (V3.2.0) é a atual.', 'Ao ligar 2 vezes o aparelho reinicia.', 'Depois de ligar 3 vezes, segure o botão.'] },
    // (the buyer's personal e-mail or phone asked in any wording, as the fr list has it: "preciso do seu e-mail pessoal" - s22 blind c pt-012)
    { id: 'personal-contact', re: `(?:seu|sua) (?:e-?mail|telefone|celular|número|whats ?app) (?:pessoal|particular)${PT_NOT_NEGATED}`,
      why: "Asking for the buyer's personal e-mail or phone opens a channel outside Amazon.", match: ['Para a entrega, preciso do seu telefone particular.'], not: ['Não precisamos do seu e-mail pessoal, seguimos por aqui.'] },
    // (the European Portuguese tax number, "número de contribuinte" / NIF for the invoice, and "número da encomenda" are no channel - s25 pt)
    { id: 'ask-buyer-channel', re: "(?:qual|qual é|me passa|passa|passe|informe|mande|manda) (?:é )?(?:o )?(?:seu|sua) (?:e-?mail|telefone|celular|whats ?app|zap|número(?: de (?:telefone|celular|contato|whats ?app))?)(?: pessoal| particular)?(?!(?: pessoal| particular)? (?:do pedido|de rastreio|de série|da nota|do cpf|modelo|da casa|do apartamento|do calçado|do sapato|de contribuinte|de identificação fiscal|fiscal|do nif|de nif|da encomenda|de encomenda|da fatura|de cliente))",
      why: 'Asking for the buyer\'s own e-mail, phone or WhatsApp moves the chat off Amazon.',
      match: ['Passa o seu celular pra gente te chamar.', 'Qual é o seu e-mail pessoal?', 'Qual seu número com DDD?'], not: ['Qual o seu número de contribuinte para a fatura?', 'Qual é o seu número do pedido?', 'Qual é o modelo do seu celular?', 'Passe o seu celular particular modelo e marca, para enviarmos a capa certa.'] },
    { id: 'which-email', re: "qual (?:e-?mail|número|telefone|celular|whats ?app) (?:você |vc |a gente |nós |eu )?(?:pode |podemos |posso )?(?:usa|usar|uso|usamos|te mand|mand|cham|envi)", why: 'Asking which e-mail the buyer uses moves the chat off Amazon.', match: ['Qual e-mail você usa no dia a dia?', 'Qual e-mail a gente usa pra te mandar o manual?'], not: ['Qual e-mail você recebeu da Amazon?'] },
    // Selling outside the order, through our shop or a payment service. Guard: "Não vendemos por fora da Amazon" refuses.
    // "compra" as a noun after próxima/nova/sua… is a purchase, not "buy!": "um cupom para a próxima compra na nossa
    // loja" names no channel (a seller's Amazon storefront is "nossa loja" too; s15 blind, s13 mkt rows)
    { id: 'buy-our-shop', re: "(?:compre|comprar|compra(?<!(?:próxima|proxima|nova|sua|primeira|última|ultima|outra) compra)) (?:direto |diretamente )?(?:na|no|em) (?:nossa|nosso) (?:loja|site|e-?commerce)",
      why: 'Asks the buyer to buy in our own shop or site instead of on Amazon.', match: ['Compre direto no nosso site na próxima vez.', 'Na próxima vez, compra direto na nossa loja online.'],
      not: ['Você ganha 10% de desconto na próxima compra na nossa loja.'] },
    { id: 'our-own-shop', re: "(?:nossa|nosso) (?:própri[oa] )?(?:loja virtual|loja online|site(?: oficial)?|e-?commerce)(?![^.!?;\\n]{0,20}não (?:vende|faz vendas|é (?:uma )?loja))",
      why: 'Points the buyer to our own online shop, a sales channel outside Amazon.',
      match: ['Na nossa loja online o preço é outro.', 'No nosso site oficial tem mais cores.'], not: ['Nossa loja na Amazon tem mais cores.', 'Nosso site não vende; todas as vendas são pela Amazon.'] },
    { id: 'sell-you-direct', re: "(?:te|lhe|vos) vend(?:o|emos|er) (?:\\p{L}{1,15} ){0,3}direto", why: 'Offers to sell to the buyer directly, outside Amazon.',
      match: ['Te vendo a peça direto, sem nota.'] },
    { id: 'sell-outside', re: `vend(?:o|emos|er) (?:\\p{L}{1,15} ){0,5}(?:por fora|fora da amazon|direto)${PT_NOT_NEGATED}`, why: 'Offers a sale outside Amazon.',
      match: ['Vendemos o acessório por fora, mais barato.'], not: ['Não vendemos nada por fora da Amazon.'] },
    { id: 'outside-amazon', re: `(?:sem passar pela|(?:por )?fora da) amazon${PT_NOT_NEGATED}${NOT_FRONTED_REFUSAL}${NOT_IF_SOMEONE}`, why: 'Proposes settling something without going through Amazon.',
      match: ['Se cancelar, devolvemos tudo sem passar pela Amazon.'], not: ['Não aceitamos pagamentos fora da Amazon.', 'Fora da Amazon não podemos vender nada.', 'Se alguém falar com você fora da Amazon em nosso nome, avise a Amazon.'] },
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
    { id: 'we-call-you', re: "(?:pra|para) (?:a gente |nós |eu )?(?:te|lhe) (?:ligar|ligarmos|telefonar|chamar no zap)(?<!(?:transportadora|entregador|correios|motorista|carteiro|técnico|transportador|motoboy|estafeta|ctt|mensageiro)[^.!?\\n]{0,60})",
      why: 'The seller offers to call the buyer, a channel outside Amazon (a carrier or technician who calls is no invitation).',
      match: ['Me diga um horário para eu te ligar.'], not: ['O técnico precisa do número para te ligar.'] },
    // s6: survey links, a number to call, payment receipts, the buyer's social profile, a contact sign-up.
    { id: 'survey-on-domain', re: `pesquisa[^.!?]{0,60}?(?:em|no|na|aqui|link|:) ?${DOMAIN}`, why: 'A satisfaction survey on our own site takes the buyer outside Amazon.',
      match: ['Responda nossa pesquisa de satisfação, leva só dois minutos: pesquisa.lojaazul.com.br', 'Preencha a pesquisa sobre a entrega em opina.lojaazul.online'],
      not: ['A pesquisa de satisfação da Amazon fica em amazon.com.br/pesquisa.'] },
    // (European Portuguese too: "contacte-nos pelo 936 ...", "ligue-nos para o 21 ...", "telemóvel" - s25 pt)
    { id: 'contact-us-at-number', re: "(?:fale|fala|entre em contato|contate|chame|chama|contacte-nos|contacta-nos|contactem-nos|contactar-nos|contacte-me|ligue-nos|liga-nos|ligar-nos)(?: (?:conosco|com a gente|comigo|a gente))? (?:pelo|no|via|para o|através do)(?: (?:número|telefone|fone|celular|telemóvel|telemovel|whats ?app|zap))?:?(?= ?[+(]?\\d{2})",
      why: 'Asks the buyer to contact us at a phone number, outside Amazon.', match: ['Qualquer dúvida, fale conosco pelo (11) 5555-0101.', 'Chame a gente pelo número 31 95555-0123.', 'Contacte-nos pelo telemóvel 912 555 321.', 'Ligue-nos para o 21 555 4321.'],
      not: ['Fale conosco pelo chat da Amazon.', 'Entre em contato pelo número do pedido.'] },
    { id: 'pix-receipt', re: `comprovante (?:do|de|da) (?:pix|transferência|depósito|ted)${PT_NOT_NEGATED}`, why: 'Asking for a Pix or transfer receipt means the buyer paid outside Amazon.',
      match: ['Envie o comprovante do Pix para liberarmos a peça.'], not: ['Não pedimos comprovante de Pix: o pagamento foi feito na Amazon.'] },
    { id: 'ask-buyer-social', re: "(?:qual|qual é|qual o|me passa|passa|passe|informe|manda|mande|me fala|fala|me diz|diz|me diga) (?:é )?(?:o |a )?(?:seu|sua|teu|tua) (?:insta(?:gram)?|facebook|tiktok|twitter|arroba|@)",
      why: 'Asking for the buyer\'s social profile moves the contact off Amazon.', match: ['Qual o seu Instagram? Queremos mostrar a foto da sua sala.'] },
    { id: 'register-your-contact', re: "cadastr\\p{L}{1,4} (?:o |a )?(?:seu|sua|teu|tua) (?:e-?mail|telefone|celular|whats ?app|número)",
      why: 'Asking the buyer to register their e-mail or phone with us collects a channel outside Amazon.', match: ['Cadastre seu e-mail para receber nossas ofertas.'] },
    // why (added): a shop said to be closed is no invitation ("Nossa loja física fica fechada no feriado")
    { id: 'physical-store', re: `(?:nossa |temos (?:uma )?)loja física(?![^.!?\\n]{0,20}(?:fechad|encerrad))${PT_NOT_NEGATED}`, why: 'Inviting the buyer to our physical shop is a sale outside Amazon.',
      match: ['Temos loja física no centro, passa lá que fazemos um preço melhor.'], not: ['Não temos loja física, só vendemos pela Amazon.', 'Nossa loja física fica fechada no feriado, mas respondemos as mensagens normalmente.'] },
    { id: 'say-hi-at-number', re: "(?:manda|mande|me manda|chama|chame) (?:um )?(?:oi|alô|mensagem|msg)(?: (?:no|pelo|pro))?:?(?= ?[+(]?\\d{2})",
      why: 'Asks the buyer to message us at a phone number, outside Amazon.', match: ['Manda um oi no 11 95555-0177 que te respondo.'], not: ['Manda um oi por aqui quando chegar.'] },
    { id: 'save-our-contact', re: "salv\\p{L}{1,3} (?:o )?(?:nosso|meu) (?:contato|número|telefone|whats ?app|zap)", why: 'Asking the buyer to save our number sets up contact outside Amazon.',
      match: ['Salva nosso contato: (11) 95555-0177.'] },
    { id: 'our-phone-is', re: "(?:meu|nosso) (?:telefone|número|celular|whats ?app) (?:fixo|comercial|da loja|de contato|de atendimento) (?:é|:)",
      why: 'Gives our own phone line as a channel outside Amazon.', match: ['Nosso telefone fixo é (11) 5555-0142.'] },
    { id: 'search-us-online', re: "(?:nos |me )?(?:procure|pesquise|busque|encontre|ache)(?: a gente| a loja)? (?:no|pelo) google", why: 'Sending the buyer to find us on Google leads them outside Amazon.',
      match: ['Nos encontre no Google como Loja Azul e compre direto.'] },
    { id: 'account-for-deposit', re: "(?:dados|número) da (?:sua )?conta (?:para|pra) (?:o )?(?:depósito|transferência|pix|reembolso)",
      why: 'Asking for the buyer\'s bank account to pay them directly bypasses Amazon refunds.', match: ['Para o reembolso, me passe os dados da conta para depósito.'] },
    { id: 'card-machine', re: "(?:na|pela|com a) maquininha", why: 'Paying on a card machine at the door is a payment outside Amazon.',
      match: ['Pode pagar a diferença na maquininha quando o entregador chegar.'] },
    { id: 'outside-cart', re: `fora do carrinho${PT_NOT_NEGATED}`, why: 'Closing a deal outside the Amazon cart bypasses Amazon checkout.',
      match: ['Faço um preço melhor se fecharmos fora do carrinho da Amazon.'], not: ['Não fazemos vendas fora do carrinho.'] },
    { id: 'send-payment-by-channel', re: "(?:te |lhe )?(?:envio|mando|enviamos|mandamos|encaminho|encaminhamos) (?:o |um )?(?:boleto|link|pix|qr ?code|chave)(?: \\p{L}{1,12}){0,3} (?:por|pelo|via|no) (?:e-?mail|whats ?app|zap|sms|telegram|direct)",
      why: 'Sending a boleto, payment link or Pix through another channel takes payment outside Amazon.', match: ['Te envio o boleto por e-mail ainda hoje.'] },
    // (s23 leftover #4: English "whats" typed without its apostrophe opens a question - "whats the size of ur window?", "whats your
    // budget" -: not before an English determiner, pronoun or "up"; Portuguese "no whats a gente responde" keeps its "a")
    { id: 'wpp-whats', re: `(?:wpp|whats)(?! ?app)(?![\\p{L}])(?<!whats(?= (?:the|your|ur|yr|up|that|this|these|those|it|its|it's|my|our|his|her|their|going|goin|happening|wrong|new|next|left|included|inside|in|on|with|for|of|is|are|u|you|ya|an|yours|best|better|easier|faster|cheaper|more|most)(?![\\p{L}'])))${denied('(?:wpp|whats)')}`, why: '"Wpp" and "whats" are short forms of WhatsApp, a channel outside Amazon.',
      match: ['Me chama no wpp que resolvo rapidinho.', 'Chama no whats que te mando o vídeo.', 'Manda no whats a foto que a gente resolve.'],
      not: ['Não atendemos por whats, só por aqui.', 'Whats the size of the gap under your door?', 'hey, whats ur budget for the frame?', 'ok whats included in the box: 2 cables and a stand'] },
    { id: 'webmail', re: "(?:no|pelo|pro|para o) (?:gmail|hotmail|outlook|yahoo)", why: 'Sending the buyer to a webmail inbox moves the chat off Amazon.',
      match: ['Me manda um email no gmail da loja: lojaazulsp.'] },
    { id: 'our-own-app', re: "(?:nosso|temos (?:um )?) ?(?:app|aplicativo) (?:próprio |da loja )?(?:com|de) (?:atendimento|compras|ofertas|descontos|cupons|chat)",
      why: 'Our own shopping or support app is a channel outside Amazon.', match: ['Temos um app próprio com atendimento 24h, baixa lá.'], not: ['O produto é compatível com o app Alexa.'] },
    { id: 'link-in-bio', re: "link na bio", why: 'The link in our social bio sends the buyer outside Amazon.', match: ['Acesse o link na bio do nosso Instagram.'] },
    { id: 'send-a-dm', re: "(?:manda|mande|mandar|envie|enviar|me chama|chama)(?: \\p{L}{1,5})? (?:uma |um )?(?:dm|direct|inbox)", why: 'Asking for a direct message on social media moves the chat off Amazon.',
      match: ['Pode me mandar uma DM no Insta?'] },
    { id: 'pass-your-contact', re: "(?:passar|informar|mandar|enviar|deixar|me passa|me passe|nos passe) (?:o |a )?(?:seu|sua) (?:endereço de e-?mail|e-?mail|telefone|celular|número|whats ?app|zap)(?! (?:do pedido|de rastreio|de série|da amazon|modelo))",
      why: 'Asking the buyer to pass on their e-mail or phone moves the chat off Amazon.', match: ['Te mando um áudio explicando, é só me passar seu número.'] },
    // s8c: selling through our own site in any word order, deals closed "por fora", no fees there, cheaper in our shop.
    { id: 'own-site-any-order', re: `(?:(?:site|loja virtual|loja online|e-?commerce) (?:própri[oa]|nosso|nossa|da gente|da loja)|loja própria)(?! (?:na|da|dentro da) amazon)${PT_NOT_NEGATED}`,
      why: 'Our own site or online shop ("a gente tem site próprio") is a sales channel outside Amazon, whatever the word order.',
      match: ['A gente tem site próprio, com mais modelos.', 'Temos e-commerce próprio também.', 'Nossa loja própria tem frete grátis.'], not: ['Não temos site próprio: vendemos só pela Amazon.', 'A loja virtual da gente na Amazon tem mais cores.'] },
    { id: 'close-deal-outside', re: `(?:fech|vend|negoci|combin|acert|faz|faç|compr|pag|resolv)\\p{L}{0,6} (?:[^\\s.!?]{1,20} ){0,5}por fora${PT_NOT_NEGATED}`,
      why: 'Closing, paying or settling something "por fora" is a deal outside the Amazon order.',
      match: ['Se quiser mais unidades, fechamos por fora.', 'Dá pra pagar a diferença por fora.'], not: ['Não fechamos nada por fora da Amazon.', 'A caixa veio amassada por fora, mas o produto está inteiro.'] },
    { id: 'no-fees-there', re: `(?:lá|por lá|no site|direto|por fora|com a gente|conosco)[^.!?]{0,15}sem (?:as |a |nenhuma )?(?:taxas?|comiss\\p{L}{2,4})|sem (?:as )?taxas? da amazon`,
      why: 'Pointing to a place where the buyer pays "no fees" means buying outside Amazon.',
      match: ['Temos site, lá sai sem taxa.', 'Comprando direto sai sem as taxas da Amazon.'], not: ['A devolução é sem taxa nenhuma pela Amazon.'] },
    { id: 'cheaper-in-our-shop', re: "mais (?:barat\\p{L}{1,3}|em conta) (?:\\p{L}{1,12} ){0,2}(?:na|no) (?:nossa|nosso) (?:loja|site|app)(?! (?:na|da|dentro da) amazon)|(?:na|no) (?:nossa|nosso) (?:loja|site|app)(?! (?:na|da|dentro da) amazon)[^.!?]{0,25}mais (?:barat|em conta)",
      why: '"Mais barato na nossa loja" sends the buyer to buy from our own shop outside Amazon.',
      match: ['Mais barato na nossa loja: tapetes a partir de R$ 39.', 'No nosso site sai mais em conta.'], not: ['Mais barato na nossa loja na Amazon, na página do anúncio.'] },
    // s8c (second probe): a transfer or Pix asked for, the seller's key given, a domain after "no site", our mailing list.
    { id: 'make-the-transfer', re: `(?:faça|faz|fazer|mande|manda|mandar|efetue|realize|é só)(?: (?:a|o|uma|um|fazer|mandar))? (?:transferência|depósito|ted|doc|pix)(?! (?:da|pela|na) amazon)${PT_NOT_NEGATED}`,
      why: 'Asking the buyer to make a transfer, deposit or Pix moves payment outside Amazon checkout.',
      match: ['Aí é só fazer a transferência.', 'Faça o depósito até sexta.'], not: ['Não faça transferência nenhuma: o pagamento é só pela Amazon.'] },
    { id: 'key-given', re: "(?:segue|nossa|minha|anota|anote) (?:a )?chave(?: pix)?(?: (?:é|:)|:)", why: 'Giving our (Pix) key is a payment channel outside Amazon.',
      match: ['Segue a chave: 11.222.333/0001-44.', 'Nossa chave Pix é o e-mail da loja.'], not: ['Segue a chave do cadeado dentro da caixa.'] },
    { id: 'domain-after-site', re: `(?:envi|mand|cadastr|registr|ativ|acess|compr|pag|abr|solicit|resgat)\\p{L}{0,5} (?:[^\\s.!?]{1,20} ){0,4}(?:n[oa]|pelo|pela|em) (?:site|portal|link|endereço|página) ${DOMAIN}`,
      why: 'An action on our own site, named after "no site", moves the exchange off Amazon.',
      match: ['Ativa a garantia no site garantia-casaforte.com.br.'], not: ['Ative a garantia no site amazon.com.br.'] },
    { id: 'mailing-list', re: "lista (?:de (?:novidades|ofertas|promoções|e-?mails?|transmissão|contatos)|vip)", why: 'Signing the buyer up to our mailing or broadcast list collects a channel outside Amazon.',
      match: ['Assina nossa lista de novidades pelo e-mail da loja.', 'Entre na lista de transmissão.'] },
    // s8c (third probe): "no nosso insta" as the place to write.
    { id: 'on-our-social', re: `(?:no|na|pelo|pela) (?:nosso|nossa) (?:insta(?:gram)?|facebook|face|tiktok|perfil (?:do|no) (?:insta(?:gram)?|face(?:book)?)|página do (?:insta(?:gram)?|face(?:book)?))${PT_NOT_NEGATED}`,
      why: 'Our Instagram or Facebook named as the place to write moves the chat off Amazon.', match: ['Deixa um alô no nosso insta que a gente resolve.'], not: ['Não respondemos no nosso Instagram, só por aqui.'] },
    // s9 probe: a text message to a number written out
    { id: 'sms-to-number', re: `(?:sms|torpedo|mensagem de texto)(?: \\p{L}{1,10}){0,2} (?:pro|para o|para|pelo|no|ao) ?[(+]?\\d[\\d ()./-]{5,16}\\d(?<!(?:correios|transportadora|entregador|motoboy|loggi|jadlog)[^.!?\\n]{0,80})${PT_NOT_NEGATED}`,
      why: 'Sends the buyer to text a phone number, a channel outside Amazon.',
      match: ['Se preferir, manda um SMS pro (21) 95555-0199 que a gente responde.'], not: ['O entregador dos Correios manda um SMS para o (11) do seu cadastro.'] },
  ],
  leading: [
    // (s17 blind i: a hope for stars the buyer gives - earned, shown, from you, on Amazon - no ask verb: "Torcendo pra que o fone tenha te conquistado e que isso apar...")
    // (the verb agreeing with a plural item too: "Tomara que os lençóis mereçam as cinco estrelas." - s19 blind b es-005, "os lençóis" as the subject)
    { id: 'hope-for-stars', re: `(?:torcendo|tomara|esperamos que|espero que)[^.!?\\n]{0,90}(?:(?<![\\p{L}])(?:apareça|se reflita|se veja|vire|ganhem?|mereçam?)(?![\\p{L}])[^.!?\\n]{0,40}(?<![\\p{L}])estrel(?:inh)?as(?![\\p{L}-])|(?<![\\p{L}])estrel(?:inh)?as(?![\\p{L}-])[^.!?\\n]{0,20}(?:from you|de (?:tu|su|vuestra|sua|votre) parte|von ihnen|da lei|de você|(?:on|en|na|su|sur|auf|lá na) amazon))`, why: "Torcer por estrelas supõe a boa avaliação que pede.", match: ["Tomara que os lençóis mereçam as cinco estrelas.", "Torcendo pra que o fone tenha te conquistado e que isso apareça em estrelinhas na Amazon."], not: ["Esperamos que as estrelas de parede cheguem antes da festa."] },
    // s10: an improvement the seller takes for granted ("já que a cadeira deixou seu home office mais confortável") before an ask
    { id: 'assumed-improvement', re: `(?:já que|como|agora que|visto que|uma vez que)(?![\\p{L}])[^.!?]{0,60}(?<![\\p{L}])(?:(?:deixou|tornou|deixa|torna|ficou|fica) [^.!?]{0,30}(?:mais (?:confortável|fácil|prátic[oa]|bonit[oa]|gostos[oa]|aconchegante|organizad[oa]|rápid[oa])|melhor)|facilitou|melhorou|simplificou|alegrou|transformou)(?![\\p{L}])${PT_NOT_NEGATED}${AFTER_REVIEW}`,
      why: 'Taking for granted that the product made life easier or nicer right before a review ask steers the review.',
      match: ['Já que a cadeira deixou seu home office mais confortável, que tal nos avaliar?'],
      not: ['Como a peça não ficou melhor, vamos trocar; a avaliação é opcional.'] },
    // Satisfaction-conditioned and assumed-good asks: leading only when review wording follows (AFTER_REVIEW).
    { id: 'if-you-liked', re: `se (?:você )?(?:\\p{L}{1,12} )?(?:gostou|curtiu|amou|adorou|ficou satisfeit[oa]|estiver satisfeit[oa]|está satisfeit[oa]|estiver tudo (?:certo|bem|ok)|tudo (?:estiver|está|deu) (?:certo|bem|ok)|te deixaram satisfeit[oa]|te deixou satisfeit[oa]|(?:nos(?:sos)? )?\\p{L}{1,12} (?:te |o )?deix(?:aram|ou) satisfeit[oa])${AFTER_REVIEW}`,
      why: 'A review ask conditioned on the buyer being satisfied ("se gostou") steers toward positive reviews.',
      match: ['Se você gostou da cafeteira, uma avaliação ajudaria.', 'Se estiver tudo certo, deixe sua opinião na Amazon.', 'Se a entrega te deixou satisfeito, uma avaliação ajudaria.'], not: ['Se você gostou da cor, temos a mesma capa em azul.'] },
    // (the chat spellings too, "vc"/"cê" and "tá": "Agora que vc já tá usando o umidificador, conta pros outros compradores o que achou?" - s22 blind i pt-028)
    { id: 'now-that-using', re: `agora que (?:você |vc |cê )?(?:já |ainda )?(?:está|esta|tá|já) (?:aproveitando|usando|curtindo|gostando)${AFTER_REVIEW}`,
      why: 'Assumes the buyer is enjoying the product right before asking for a review.',
      match: ['Agora que você já está usando o purificador, conte na avaliação!', 'Agora que vc tá curtindo a chaleira, deixa uma avaliação pra gente!'], not: ['Agora que você já está usando o purificador, troque o filtro a cada seis meses.'] },
    // s9: daily use taken for granted ("como a cafeteira já faz parte das suas manhãs") is the same assumed good experience
    { id: 'daily-use-assumed', re: `(?:como|já que|visto que|uma vez que|agora que) [^.!?]{0,50}(?:faz(?:em)? parte d[aoe]s? (?:sua|seu|suas|seus|tua|teu)|todos os dias|todo dia|toda manhã|todas as manhãs|no (?:seu )?dia a dia|diariamente|usa (?:sempre|todo))(?![^.!?]{0,40}(?:defeito|quebr|problema|não))${AFTER_REVIEW}`,
      why: 'Takes daily use for granted (a good experience) right before the review ask, steering toward a positive review.',
      match: ['Como a cafeteira já faz parte das suas manhãs, cinco estrelas seriam um gesto lindo.'], not: ['Como a cafeteira faz parte das suas manhãs, mandamos um filtro extra.'] },
    { id: 'if-it-is-useful', re: `se (?:o|a|os|as|seu|sua) (?:\\p{L}{1,15} ){0,2}(?:está sendo|tem sido|foi|é|está) (?:muito |bem |super )?(?:útil|úteis|bom|boa|ótim[oa])${AFTER_REVIEW}`,
      why: 'Makes the review ask conditional on the product proving useful.', match: ['Se o ventilador está sendo útil, adoraríamos que isso aparecesse na sua avaliação.'], not: ['Se o ventilador está sendo útil, fique com ele; senão, devolva pela Amazon.'] },
    { id: 'since-it-arrived-well', re: `(?:como|já que|visto que|uma vez que) (?:\\p{L}{1,15} ){0,3}(?:chegou|chegaram|funcionou|funciona|ficou|deu) (?:perfeit|bem|certinh|ótim|lind|em perfeito|tudo certo|certo|a tempo|antes do prazo)\\p{L}{0,6}${AFTER_REVIEW}`,
      why: 'The review ask is tied to the order having gone well, which biases it.', match: ['Como a cadeira chegou perfeita, que tal nos ajudar com uma avaliação?'], not: ['Como a cadeira chegou perfeita, vamos encerrar o chamado.'] },
    { id: 'must-look-great', re: `(?:deve|devem) ter ficado (?:lind|ótim|perfeit|incrível)\\p{L}{0,2}${AFTER_REVIEW}`,
      why: 'Assumes the product looks great right before asking for a review.', match: ['O quadro deve ter ficado lindo na parede: que tal uma avaliação?'] },
    { id: 'arrived-fine', re: `como (?:tudo |o pedido |o produto )?(?:chegou|chegaram|ficou|funcionou) (?:perfeito|bem|certinho|ótimo)${AFTER_REVIEW}`,
      why: 'Presents a smooth delivery as the reason to review, steering toward a positive one.',
      match: ['Como tudo chegou certinho, esperamos sua avaliação.'], not: ['Como tudo chegou certinho, o pedido já consta como entregue.'] },
    // (not the arrival: "que bom que a cafeteira chegou bem" is logistics, no experience of the product - the corpus has
    // "Que bom que chegou tudo certo! Uma avaliação ajudaria" as review_request only; s17 blind-c pt-022)
    { id: 'glad-it-arrived', re: `que bom que (?:o|a|os|as|tudo) (?:\\p{L}{1,15} ){0,2}(?:est[áa] funcionando|ficou|funcionou|deu)${AFTER_REVIEW}`,
      why: 'Assumes a good experience ("que bom que está funcionando") right before asking for a review.',
      match: ['Que bom que a mochila ficou perfeita! Uma avaliação ajudaria.'], not: ['Que bom que a mochila ficou perfeita!', 'Que bom que a mochila chegou inteira! Uma avaliação ajudaria.'] },
    { id: 'liked-it-question', re: `(?:curtiu|gostou|amou|adorou|ficou satisfeit[oa]|está satisfeit[oa])(?: \\p{L}{1,15}){0,3} ?\\?${AFTER_REVIEW}`,
      why: 'Asking whether the buyer liked it, then for a review, conditions the review on satisfaction.',
      match: ['Curtiu o fone novo? Deixe uma avaliação.'], not: ['Curtiu o fone novo? Qualquer dúvida, estamos aqui.'] },
    { id: 'hope-satisfied', re: `esperamos que (?:você )?(?:esteja|tenha|fique) (?:\\p{L}{1,10} )?(?:satisfeit[oa]|gostado|curtido|amado|adorado|feliz|curtindo|gostando|aproveitando|amando|adorando)${AFTER_REVIEW}`,
      why: 'Ties the review ask to the buyer being satisfied, steering toward a positive review.', match: ['Esperamos que esteja satisfeita com a cadeira e que nos avalie.', 'Esperamos que esteja curtindo o liquidificador. Quando puder, deixa umas estrelinhas pra gente.'], not: ['Esperamos que esteja curtindo o liquidificador. A garantia é de 12 meses.'] },
    // 5 stars and top marks.
    { id: 'review-for-a-prize', re: `(?:avaliando|ao avaliar|deixando (?:sua |uma )?(?:avaliação|opinião)|ao deixar (?:sua |uma )?(?:avaliação|opinião))[^.!?]{0,60}(?:concorre|ganha|sorteio|cupom|desconto|brinde|vale-compras|vale-presente)\\p{L}{0,4}`,
      why: 'A prize, draw, coupon or gift for rating the product is an incentivised review ask.', match: ['Avaliando o produto, você concorre a um vale-compras de R$ 100.'], not: ['Comentando o defeito por aqui, você recebe a troca mais rápido.'] },
    // (the verb before the stars as a whole word, as in it/es: a product name after "la"/"a" is no ask - s21 probe s it-018)
    { id: 'five-stars', re: `(?:5|cinco) estrel(?:as|inhas)(?<=(?<![\\p{L}])(?:dê|dá|dar|der|dão|deem|com|merece|nos|pra|por) (?:\\p{L}{1,10} )?(?:5|cinco) estrel(?:as|inhas))(?<!(?:thanks? for|thank you for|danke für|gracias por|merci pour|merci (?:beaucoup|infiniment|mille fois) pour (?:votre |vos |ton |ta |l')?(?:avis|note|évaluation|commentaire|étoiles)|merci d'avoir|grazie per|grazie della|grazie (?:mille|tante|infinite|di cuore) per (?:la |le |il )?(?:sua |tua )?(?:recensione|valutazione|stelle|voto)|obrigad[oa] pel[oa])[^.!?;\\n]{0,50})`,
      why: 'Asking for five stars dictates the rating.', match: ['Se puder, nos dê 5 estrelas.', 'Avalie com cinco estrelinhas, por favor.'], not: ['Obrigado pela avaliação 5 estrelas!'] },
    { id: 'five-of-five', re: "(?:5|cinco)/5(?:(?<=(?<![\\p{L}])(?:dê|dá|dar|avalie|avaliar|coloque|colocar|ponha|merece|merecemos|nota)(?:-?nos|-?me|-?ci)? (?:[^.!?;\\n\\s]{1,20} ){0,4}(?:5|cinco)/5)| (?:nos|me|seria|faria|por favor|na amazon))",
      why: 'A 5/5 mark asked for or wished for dictates the rating (a 5/5 test score is no ask).',
      match: ['Merece 5/5, né?', 'Dá 5/5 pra gente se curtiu.'], not: ['A revista deu 5/5 no teste de resistência.', 'Le magazine lui a donné 5/5 dans son comparatif.'] },
    { id: 'top-mark-ask', re: "(?:dê|dá|dar|der|merece|com) (?:uma )?nota (?:máxima|maxima|10|dez)", why: 'Asking for a top mark dictates the rating.',
      match: ['Avalie com nota 10, por favor.', 'Dê nota dez se puder.'] },
    // (s23 leftover #6: not a magazine's or a jury's top mark for a model - NOT_A_TESTERS_MARK)
    { id: 'top-mark', re: `nota m(?:á|a)xima${NOT_A_TESTERS_MARK}`, why: 'Naming the top mark steers the buyer toward it.', match: ['Nossa meta é nota máxima em todos os pedidos.', 'avalia com nota maxima por favor'],
      not: ['No comparativo da revista, a nota máxima ficou com o modelo inox.'] },
    { id: 'positive-review', re: "(?:avalia(?:ção|cao|çao)|opini(?:ão|ao)) (?:positiva|boa|ótima|otima|excelente)", why: 'Asking for a positive review steers its content.',
      match: ['Uma avaliação positiva faria nosso dia.', 'nos ajude com uma avaliacao boa'] },
    { id: 'good-review', re: "(?:boa|ótima|otima|excelente|bela) (?:avalia(?:ção|cao|çao)|nota|opini(?:ão|ao))", why: 'Asking for a good review or mark steers its content.',
      match: ['Uma ótima avaliação seria um presente.', 'uma otima avaliacao ajuda demais'] },
    // Steering to contact the seller before reviewing.
    { id: 'before-rating', re: `antes de (?:nos )?(?:pontuar|classificar|comentar|avaliar|dar (?:uma )?nota|escrever|publicar|deixar|postar|dar)`,
      why: 'Asks the buyer to contact the seller before reviewing, to head off a negative review.',
      match: ['Antes de dar nota, fale com a gente.', 'Antes de nos avaliar, nos dê a chance de resolver.'] },
    { id: 'contact-first', re: `(?:fale|fala|chama|chame|escreva|escreve|responda|contate) (?:com )?(?:a gente|conosco|pra gente|para nós)?(?: aqui)? ?(?:primeiro|antes)`,
      why: 'Asks the buyer to come to the seller first, to head off a negative review.', match: ['Qualquer coisa, responda primeiro aqui.', 'Fale com a gente antes, por favor.'] },
    { id: 'dont-rate-badly', re: "não (?:nos |o |a )?(?:avalie|avalia|avaliem|classifique) (?:mal|negativamente)", why: 'Asks the buyer not to rate badly, which steers away from honest reviews.',
      match: ['Se tiver algum problema, não nos avalie mal, fale com a gente aqui.'], not: ['Não se preocupe, a peça não é avaliada mal pelo técnico.'] },
    { id: 'no-bad-review', re: "não (?:deixe|deixa|dê|dá|publique|escreva) (?:uma |um |nenhuma |sua )?(?:avaliação|nota|opinião|comentário) (?:negativ[oa]|ruim|baixa)",
      why: 'Asking the buyer not to leave a negative review steers its content.', match: ['Não deixe avaliação ruim, resolvemos tudo.'] },
    { id: 'low-mark', re: "nota baixa", why: 'Talking about a low mark pressures the buyer about the rating.', match: ['Uma nota baixa prejudica muito a loja.'] },
    // Asking to change, remove or screenshot a review.
    { id: 'change-review', re: `(?:aument\\p{L}{1,3}(?= )|alter|mud|remov|retir|apag|atualiz|edit(?=\\p{L})|revis|exclu|tir(?=ar |e |a )|desfaz|corrig|reescrev|refaz|trocar |troque |troca (?!de |em ))\\p{L}{0,6} (?:a |o |sua |seu |essa |esta )?(?:(?!(?:tu|su|sus|tus|el|la|los|las|mi|mis|nuestro|nuestra|vuestro|vuestra) )\\p{L}{1,12} )?${REVIEW}`,
      why: 'Asking the buyer to change, update or remove a review is review manipulation.',
      // s8c: also "tirar aquela avaliação", "corrigir a nota"
      // s20 blind e: raising the score is a change too ("será que poderia aumentar a nota?" after a refund)
      match: ['Você poderia atualizar sua avaliação agora?', 'Se puder, altere a nota para cinco.', 'Veja como remover avaliação no app.', 'Seria possível tirar aquela avaliação de 1 estrela?', 'Já devolvemos o valor, daria para aumentar sua nota?'],
      // s36 fg36: the stem "edit" needs a Portuguese ending (editar, edite, edita): bare "edit" is the English verb, and the
      // loanword "reviews" in REVIEW made an English refusal ("no seller can edit reviews") a Portuguese change ask.
      not: ['Sellers cannot edit reviews on Amazon.', 'Vamos alterar a nota fiscal com o CPF correto.', 'Revisamos tu comentario y te respondemos hoy.', 'Ya revisamos su comentario sobre el envío.', 'As avaliações aumentaram muito este mês.'] },
    { id: 'review-screenshot', re: `(?:print|captura de tela|screenshot) (?:da|de|do) (?:sua |seu )?${REVIEW}`,
      why: 'Asking for a screenshot of the review checks that it was written, a step toward rewarding it.', match: ['Manda um print da sua avaliação pra gente.'] },
    // Incentives for a review (discount, gift card, refund via Pix, freight back, longer warranty).
    { id: 'incentive-for-review', re: `${INCENTIVE_WORD}(?: [^\\s.!?,;:]{1,15}){0,5} (?<!(?:obrigad[oa]|agradecemos|gracias) )(?:por|para|pela|pelo|se você (?:publicar|deixar|escrever|der)|em troca de|a cada|para cada) (?:\\p{L}{1,12} ){0,2}(?:uma |sua |cada |a )?${REVIEW}${PT_NOT_NEGATED}`,
      why: 'Offers a discount, gift, refund or warranty in return for a review.',
      match: ['Ganhe um cupom de R$ 20 por cada avaliação publicada.', 'Damos um brinde em troca de uma avaliação.'], not: ['Não damos brindes em troca de avaliações.'] },
    { id: 'for-your-review-get', re: `(?:pela|por) (?:sua |uma )?(?:avaliação|opinião|nota)[^.!?]{0,30}(?:ganhe|ganha|receba|recebe|desconto|brinde|vale)`,
      why: 'Promises a reward for the review.', match: ['Pela sua opinião, ganhe um vale de R$ 15.', 'Por uma avaliação sua, receba frete grátis.'] },
    // s11: a review the seller has seen, then a refund already made, is service ("Vimos sua avaliação ... o reembolso já foi processado")
    { id: 'review-then-refund', re: `(?<!(?:vimos|lemos|recebemos|li|vi|sobre|pela|pel[ao] sua) (?:a |sua |a sua )?)(?:avaliação|print)[^.!?]{0,40}(?:reembols|devolvemos|te pagamos|brinde|concorra|sorteio)\\p{L}{0,6}(?! j[áa] (?:foi|está|estão))(?!\\p{L}{0,3} (?:j[áa] )?(?:foi|está|estão) (?:processad|feit|emitid|conclu))`,
      why: 'Links a review (or its screenshot) to a refund, gift or prize draw.', match: ['Publique a avaliação e devolvemos o frete.'],
      not: ['Vimos sua avaliação e sentimos muito pelo atraso; o reembolso já foi processado.', 'Lemos a sua avaliação: o reembolso já foi emitido.'] },
    { id: 'warranty-for-review', re: `(?:estend|prolong|aument)\\p{L}{1,6} a garantia[^.!?]{0,40}(?:avalia|publica|nota)\\p{L}{0,6}`,
      why: 'A longer warranty in return for a review is an incentive.', match: ['Prolongamos a garantia se você avaliar o produto.'] },
    IN_EXCHANGE_FOR_REVIEW_BOTH,
    { id: 'prize-draw', re: "(?:concorra|concorre) a (?:um |uma )?(?:brinde|prêmio|sorteio)", why: 'A prize draw offered to buyers is an incentive tied to their engagement.',
      match: ['Concorra a um prêmio todo mês!'] },
    // Sympathy and social proof.
    { id: 'small-business-then-review', re: `${SMALL_BUSINESS_AT}[^.!?]{0,80}(?:avalia|nota|opini|estrel|coment[aá]ri|resenh|depoiment|feedback)\\p{L}{0,6}`,
      why: 'Pleading as a small business before the review ask plays on sympathy for a positive review.', match: ['Somos uma lojinha de família e cada comentário seu na página ajuda muito.', 'Somos uma pequena loja e dependemos de avaliações.', 'Somos uma loja bem pequena e cada avaliação conta.', 'A nossa lojinha agradece sua avaliação.', 'Somos uma lojinha de família e cada avaliação faz toda a diferença.'],
      not: ['Uma microempresa pequena como a nossa não pede avaliação.', 'A loja da família Souza fica em Campinas e a nota fiscal segue em anexo.', 'A lojinha do shopping emite a nota fiscal na hora.'] },
    { id: 'review-then-small-business', re: `(?:avalia|nota|opini)\\p{L}{0,5}[^.!?]{0,100}${SMALL_BUSINESS}`,
      why: 'Pleading as a small business after the review ask plays on sympathy for a positive review.',
      match: ['Cada avaliação conta muito para uma pequena marca como a nossa.', 'Uma avaliação ajudaria muito a nossa lojinha.'] },
    // (s19 blind a: the majority's choice of another pack or item is an upsell, not a review appeal - "a maioria dos nossos
    // clientes acaba migrando pro saco de 10 kg")
    { id: 'most-customers', re: "a maioria dos (?:nossos )?(?:clientes|compradores)(?! (?:\\p{L}+ ){0,2}(?:compram|levam|escolhem|pedem|migram|migrando|passam|passando|trocam|preferem|optam|pegam)(?![\\p{L}]))", why: 'Social proof about other buyers nudges the buyer toward the same verdict.',
      match: ['A maioria dos compradores aprova esta mochila.'], not: ['A maioria dos nossos clientes acaba migrando pro saco de 10 kg.'] },
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
    { id: 'if-product-pleased', re: `se (?:o|a|os|as|seu|sua|nosso|nossa) (?:\\p{L}{1,15} ){0,3}(?:(?:te |lhe |o |a )?(?:conquistou|encantou|surpreendeu|convenceu)|agradou|serviu|funcionou|atendeu|cumpriu|correspondeu|superou|ficou (?:bom|boa|ótim|lind|perfeit))\\p{L}{0,3}${AFTER_REVIEW}`,
      why: 'A review ask conditioned on the product pleasing the buyer steers toward positive reviews.', match: ['Se o fone atendeu bem, conta nas estrelas.'] },
    { id: 'in-case-you-liked', re: `caso (?:você )?(?:tenha )?(?:gostado|curtido|amado|adorado|ficado satisfeit[oa]|esteja satisfeit[oa]|goste|curta)${AFTER_REVIEW}`,
      why: 'A review ask conditioned on the buyer liking the product ("caso tenha gostado") steers toward positive reviews.', match: ['Caso tenha gostado do tapete, deixe sua opinião.'] },
    { id: 'assumed-success', re: `(?:imagino|imaginamos|tenho certeza|temos certeza|com certeza|aposto|certamente|tomara|sabemos) (?:de )?que [^.!?]{0,80}?(?:sucesso|arraso|perfeit|lind|ótim|maravilh|adorando|amando|curtindo|gostando|aproveitando|funcionando|gostou|amou|adorou|curtiu|aprovou)\\p{L}{0,4}${AFTER_REVIEW}`,
      why: 'Assumes the product is a hit right before asking for a review.', // s8c: "sabemos que você gostou, então não esquece de avaliar" (a past verb of liking)
      match: ['Aposto que a luminária ficou linda na sala; que tal uma avaliação?', 'Sabemos que você gostou, então avalia pra gente!'], not: ['Sabemos que você gostou da cor; o outro tamanho chega amanhã.'] },
    { id: 'before-any-review', re: "antes de (?:qualquer|uma|sua|fazer (?:uma|sua)) (?:avaliação|nota|opinião|comentário|resenha)",
      why: 'Asks the buyer to contact the seller before any review, to head off a negative one.', match: ['Antes de qualquer comentário, fale com a gente.'] },
    { id: 'reconsider-review', re: `(?:rever|reveja|reconsider\\p{L}{1,4}|repens\\p{L}{1,4}) (?:a |o |sua |seu |essa |esta )?(?:\\p{L}{1,12} )?${REVIEW}`,
      why: 'Asking the buyer to reconsider a review they left is review manipulation.', match: ['Poderia reconsiderar sua avaliação de uma estrela?'] },
    { id: 'reward-when-live', re: `(?:devolvemos|reembolsamos|enviamos|mandamos|damos|liberamos|estendemos|ganha|ganhe|receba|recebe)[^.!?]{0,50}(?:assim que|quando|depois que|após|logo que) (?:a |sua )?(?:\\p{L}{1,12} )?(?:avaliação|opinião|nota|comentário|resenha)${PT_NOT_NEGATED}`,
      why: 'A reward timed to the review going live is an incentive.', match: ['Liberamos o cupom quando sua avaliação for publicada.'] },
    // s6: a happy-question and a good-experience condition before the ask; pressure about low marks.
    { id: 'happy-question', re: `(?:ficou|está|esta|tá) (?:feliz|content[ea]|satisfeit[oa]|tranquil[oa])(?: \\p{L}{1,15}){0,3} ?\\?${AFTER_REVIEW}`,
      why: 'Asking whether the buyer is happy, then for a review, conditions the review on satisfaction.',
      match: ['Ficou feliz com a compra? Avalie a gente com carinho!'], not: ['Ficou alguma dúvida sobre a montagem? Responda esta mensagem.'] },
    { id: 'if-it-went-well', re: `se (?:a (?:sua )?experiência|a (?:sua )?compra|o atendimento|a entrega|tudo) (?:foi|tiver sido|for) (?:muito |bem |super )?(?:positiv[ao]|boa|ótima|excelente|tranquila|bo[ma]|incrível|perfeit[ao]|rápid[ao]|certinh[ao]|no prazo|dentro do prazo|como (?:prometid|esperad)[ao])${AFTER_REVIEW}`,
      why: 'A review ask conditioned on a good experience steers toward positive reviews.',
      match: ['Se a experiência foi positiva, registre sua nota na página do produto.'], not: ['Se a experiência com a entrega não foi boa, pedimos desculpas.'] },
    { id: 'below-n-stars', re: "(?:abaixo de|menos de|menores que|inferiores a|inferior a) (?:\\d|três|quatro|cinco) estrel(?:as|inhas)",
      why: 'Warning that marks below N stars hurt us pressures the buyer toward a high rating.', match: ['Não esqueça: avaliações abaixo de 4 estrelas prejudicam muito um vendedor novo.'] },
    { id: 'five-star-review', re: "(?:avaliação|nota) (?:de )?(?:5|cinco) estrel(?:as|inhas)(?<!(?:obrigad[oa]|agradec\\p{L}{1,6}|gratos?|gratas?)[^.!?;\\n]{0,50})",
      why: 'Naming a five-star review as what we hope for dictates the rating (thanks for one already written do not).',
      match: ['Sua avaliação 5 estrelas é o melhor presente que podemos receber.', 'Uma avaliação de 5 estrelas nos ajudaria muito.'], not: ['Obrigado pela avaliação de 5 estrelas!'] },
    { id: 'help-us-grow', re: `ajud\\p{L}{1,4} (?:a |nossa |a nossa )?(?:loja|empresa|marca|equipe|gente|nós) (?:a )?(?:crescer|continuar|melhorar|seguir)${AFTER_REVIEW}`,
      why: 'Asking the buyer to help our shop grow with a review plays on sympathy.', match: ['Ajude nossa loja a crescer com a sua avaliação.'] },
    { id: 'hope-exceeded', re: `esperamos (?:ter |que (?:você )?tenha )?(?:superado|atendido|correspondido) (?:a |às |as )?(?:suas )?expectativas${AFTER_REVIEW}`,
      why: 'Assumes expectations were exceeded right before asking for a review.', match: ['Esperamos ter superado suas expectativas! Deixe seu comentário na Amazon.'] },
    { id: 'if-yes', re: `(?:tudo (?:certo|bem|ok)|gostou|curtiu|ficou (?:bom|boa|satisfeit[oa]|feliz)|chegou (?:tudo )?(?:certo|bem|certinho))[^.!?]{0,40}\\? se sim${AFTER_REVIEW}`,
      why: 'A review ask only "if yes" to a satisfaction question is conditioned on satisfaction.', match: ['Tudo certo com o pedido? Se sim, deixe sua avaliação.'],
      not: ['Tudo certo com o pedido? Se sim, é só confirmar aqui.'] },
    { id: 'not-before-talking', re: "(?:avali|coment|nota|pontu)\\p{L}{0,4} antes de (?:falar|conversar|entrar em contato|nos contatar|nos procurar|nos chamar|nos escrever)",
      why: 'Asking the buyer not to review before talking to us steers away from negative reviews.', match: ['Por favor, não nos avalie antes de falar conosco.'] },
    { id: 'negative-reviews-hurt', re: "(?:avaliações|notas|comentários|avaliação|nota) (?:negativ\\p{L}{1,2}|ruins?|baixas?)[^.!?]{0,40}(?:fechar|prejudic|atrapalh|derrub|acab|quebr|afund|penaliz)\\p{L}{0,6}",
      why: 'Saying negative reviews hurt us pressures the buyer toward a positive one.', match: ['Avaliações negativas podem fechar a nossa loja.'] },
    { id: 'we-depend-on-reviews', re: `dependemos (?:muito |demais |totalmente )?(?:d[ao]s? |de )?(?:sua |suas |uma )?${REVIEW}`,
      why: 'Saying we depend on reviews plays on sympathy for a positive one.', match: ['Dependemos muito das avaliações para continuar vendendo.'] },
    { id: 'reward-when-published', re: `(?:devolvemos|reembolsamos|enviamos|mandamos|damos|liberamos|estendemos|ganha|ganhe|receba|recebe)[^.!?]{0,50}(?:assim que|quando|depois que|após|logo que) (?:você )?(?:publicar|postar|deixar|escrever|fizer) (?:a |sua |uma )?${REVIEW}${PT_NOT_NEGATED}`,
      why: 'A reward timed to the buyer publishing a review is an incentive.', match: ['Você recebe o valor do frete de volta assim que publicar a avaliação.'] },
    // s8c: "quem avalia ganha...": a reward to whoever reviews.
    { id: 'who-reviews-gets', re: `quem (?:avali\\p{L}{1,4}|(?:deix|escrev|public|post|compartilh)\\p{L}{0,4} (?:\\p{L}{1,12} ){0,2}${REVIEW})[^.!?]{0,60}(?:ganha|recebe|leva|concorre|tem direito|ganhará|receberá|participa)`,
      why: 'A reward for whoever reviews ("quem avalia ganha um brinde") is an incentivised review ask.',
      match: ['Quem avalia o produto ganha um brinde.', 'Quem deixar uma avaliação com foto recebe frete grátis.'], not: ['Quem avalia as devoluções é a Amazon.', 'Quem deixar o pacote na portaria recebe o comprovante.'] },
    // s8c (second probe): liking assumed after "como/já que", social proof before "você também".
    { id: 'since-you-liked', re: `(?:como|já que|visto que|uma vez que|agora que) (?:você |vc )?(?:já )?(?:adorou|gostou|amou|curtiu|aprovou|está (?:adorando|gostando|curtindo|amando))${AFTER_REVIEW}`,
      why: 'Assumes the buyer liked the product ("como você adorou") right before the review ask.',
      match: ['Como você adorou a luminária, conta sua experiência lá na Amazon?'], not: ['Como você gostou da cor, separamos o mesmo tom para a troca.'] },
    { id: 'hope-you-too', re: `(?:estrel|avalia|nota|opini|coment)\\p{L}{0,6}[^.!?]{0,60}(?:esperamos|contamos|tomara|quem sabe)(?: que)?(?: (?:você|vc|o senhor|a senhora))? também`,
      why: 'Social proof about reviews followed by "esperamos que você também" pressures the buyer toward the same rating.',
      match: ['Todo mundo que comprou deu 5 estrelas, tomara que você também!'], not: ['Obrigado pela nota fiscal; esperamos que a troca também dê certo.'] },
    // s8c (third probe): any mark below N hurts us.
    { id: 'below-n-hurts', re: `(?:(?:nota|notas|avaliação|avaliações) (?:abaixo de|menor(?:es)? que|inferior(?:es)? a|menos de) (?:\\d|três|quatro|cinco)|${REVIEW}[^.!?]{0,40}(?:prejudic|atrapalh|derrub|penaliz|machuc)\\p{L}{0,6} (?:muito |demais |bastante )?(?:a gente|a loja|nós|nossa|nosso|o vendedor))`,
      why: 'Saying any mark below N, or a review, hurts us pressures the buyer toward a high rating.', match: ['Qualquer nota abaixo de 5 prejudica muito a gente, viu?', 'Uma avaliação negativa prejudica demais a loja.'],
      not: ['A nota fiscal errada atrapalha o reembolso.'] },
    // s9 probe: certainty that the product won the buyer over, and a gift as thanks for the review
    { id: 'surely-won-over', re: `(?:com certeza|certamente|sem dúvida|tenho certeza|temos certeza|aposto) [^.!?]{0,50}(?:conquist|aprov|encant|fez sucesso|caiu no gosto)\\p{L}{0,5}${AFTER_REVIEW}`,
      why: 'Takes for granted that the product won the buyer over right before the review ask, steering toward a positive review.',
      match: ['Com certeza a cafeteira já conquistou a família toda: hora perfeita para uma avaliação!'], not: ['Com certeza a cafeteira já conquistou a família toda; o filtro extra vai junto.'] },
    { id: 'thanks-gift-for-review', re: `(?:para agradecer|como agradecimento (?:por|pela|pelo)|em agradecimento (?:a|à|pela|pelo)) (?:a |sua |seu |a sua |o seu )?(?:avaliação|opinião|nota|resenha|comentário|feedback)[^.!?]{0,60}(?:mimo|brinde|presente|cupom|desconto|vale|reembolso|grátis|gratuito|surpresa)${PT_NOT_NEGATED}`,
      why: 'A gift offered as thanks for the review is an incentive that biases it.',
      match: ['Para agradecer sua avaliação, vamos colocar um mimo no seu próximo pedido.'] },
  ],
  review_request: [
    // s10: "que tal nos avaliar / dar umas estrelas?" - a proposal to rate
    { id: 'how-about-rating', re: `que tal (?:nos |me )?(?:avaliar|dar (?:uma |umas |algumas |cinco |5 )?(?:nota|notinha|estrelas|estrelinhas)|deixar (?:uma |sua )?(?:avaliação|nota|opinião|resenha))(?![\\p{L}])${PT_NOT_NEGATED}`,
      why: '"Que tal nos avaliar?" proposes a rating, a review request.',
      match: ['Que tal nos avaliar quando tiver um minuto?', 'E aí, que tal dar umas estrelinhas pro carregador?'] },
    { id: 'review-for-a-prize', re: `(?:avaliando|ao avaliar|deixando (?:sua |uma )?(?:avaliação|opinião)|ao deixar (?:sua |uma )?(?:avaliação|opinião))[^.!?]{0,60}(?:concorre|ganha|sorteio|cupom|desconto|brinde|vale-compras|vale-presente)\\p{L}{0,4}`,
      why: 'Offering a prize, draw, coupon or gift for rating the product asks for the rating.', match: ['Avaliando o produto, você concorre a um vale-compras de R$ 100.'], not: ['Comentando o defeito por aqui, você recebe a troca mais rápido.'] },
    { id: 'leave-review', re: `${ASK_VERB}(?<!(?:antes de|sem|não|clientes|compradores|pessoas|todos) ${ASK_VERB}) (?:a gente |pra gente |para nós )?(?:uma |um |sua |seu |a |o |umas |algumas |nos |5 |cinco )?(?:[^\\s.!?]{1,20} ){0,2}${REVIEW}(?![^.!?\\n]{0,60} ou [^.!?\\n]{0,30}\\?)`,
      why: 'An asking verb with a review word ("deixe uma avaliação", "dê 5 estrelas") asks for a review.',
      match: ['Por gentileza, deixe uma avaliação do produto.', 'Escreva um comentário sobre a mochila quando puder.'], not: ['Não deixe de conferir a nota fiscal.', 'Poderia nos dar sua opinião sobre a cor da troca: azul ou cinza?'] },
    // "vamos/vou avaliar com o técnico": the seller's own assessment asks the buyer nothing (s16 blind batch)
    { id: 'rate-the-product', re: `(?<!antes de |quem |quem (?:pode|poderá|deve|vai|sabe) |que |obrigad[oa]s? por |obrigad[oa]s? por nos |agradecemos por |agradeço por |vamos |vou |iremos |estamos |precisamos |vamos primeiro )(?<!(?:t[ée]cnic[oa]s?|equipe|assist[êe]ncia|laborat[óo]rio|fabricante|oficina)(?: t[ée]cnica)? (?:vai |v[ãa]o |ir[áa] |ir[ãa]o |precisa |deve )?)${RATE_VERB}(?! (?:o|a|os|as|seu|sua|seus|suas|o seu|a sua) (?:dano|danos|possibilidade|caso|situação|nível|garantia|defeito|estado|condição|condições|pedido de|solicitação|proposta|fotos?|vídeo|embalagem|peça|necessidade|opção|opções|custo|valor|risco|problema)(?![\\p{L}]))(?!(?: (?:com (?:calma|cuidado|tempo|tranquilidade|atenção)|bem|direitinho|melhor|primeiro|tranquilamente))? (?:se|qual|quais|entre)(?![\\p{L}]))(?: (?:o|a|os|as|sua|seu|nossa|nosso|este|esta|com|como|de|a gente|nós|aqui|na|no)(?![\\p{L}]))`,
      why: 'A rating verb with an object or manner ("avalie sua compra", "nos avaliar como vendedor") asks for a review.',
      match: ['Avalie a cafeteira quando puder.', 'Você teria um minutinho para nos avaliar como vendedor?'], // s8c: objects that are assessed, not reviewed (nível, garantia, defeito, fotos...), and "quem/que avalia" (who assesses)
      // (s21 blind w pt-128: weighing a choice - "avaliar com calma se prefere a troca ou o reembolso", "avalie qual opção")
      not: ['Pode avaliar com calma se você prefere o conserto ou a devolução.', 'Avalie qual das duas cores combina mais e me conte.', 'Obrigada por avaliar a chaleira.', 'Vamos avaliar o dano pela foto.', 'Avaliamos o dano e a troca sai hoje.', 'Avalie a possibilidade de trocar por um tamanho maior.', 'O manual diz: avalie o nível de água antes de ligar.', 'Quem avalia a garantia é o fabricante.', 'O técnico vai avaliar o carregador quando chegar.', 'Vamos avaliar com o nosso técnico e respondemos aqui.',
        // (s36 fh36: the buyer's case assessed by someone the seller names - "quem pode avaliar seu caso é o veterinário")
        'Quem pode avaliar seu caso é a sua nutricionista.', 'O veterinário vai avaliar seu caso na consulta.'] },
    { id: 'had-the-chance', re: "já teve (?:tempo|a chance|oportunidade) de (?:avaliar|deixar|escrever)", why: 'Asking whether the buyer has had time to review is a review request.',
      match: ['Já teve a chance de avaliar a mochila?'] },
    // A wish or need for a review without an asking verb.
    { id: 'review-would-help', re: `(?:uma|sua|a sua|seu|um) (?:\\p{L}{1,15} )?${REVIEW} …… (?:seria|seriam|ajudaria|ajudariam|ajuda|nos deixaria|deixaria|(?:é|e) (?:muito |super |bem )?importante|(?:é|ser[áa]) (?:muito )?bem-vind\\p{L}{1,2}|conta muito|faz (?:toda a )?diferença)`,
      why: 'Saying a review would help, be welcome or matter asks for one without an asking verb.',
      match: ['Uma avaliação sua seria ótima para nós.', 'Sua opinião sobre o travesseiro é muito importante para nós.', 'sua opiniao e muito importante pra nos'] },
    { id: 'reviews-welcome', re: `${REVIEW} (?:[^\\s.!?]{1,20} ){0,7}(?:são|é) (?:sempre )?(?:muito )?bem-vind\\p{L}{1,2}`, why: 'Saying reviews are welcome invites the buyer to write one.',
      match: ['Críticas e comentários sobre a entrega são muito bem-vindos.'] },
    { id: 'yours-would-be-welcome', re: `(?:sua|a sua) (?:\\p{L}{1,15} ){0,2}(?:sobre|para|pro|pra) [^.!?]{0,60}(?:seria|seriam) (?:muito )?(?:bem-vind|ótim|perfeit|maravilh)\\p{L}{0,4}`,
      why: '"A sua (avaliação) seria bem-vinda" asks for the buyer\'s review with the review word left implicit.',
      match: ['A sua sobre o ventilador seria muito bem-vinda.', 'Uma nota sua para o tripé seria ótima.'] },
    { id: 'we-hope-for-review', re: `(?:esperamos|adoraríamos|gostaríamos(?: muito)? de|queremos|ficaríamos (?:muito )?(?:felizes|gratos|gratas|contentes)(?: em| com| por)?|contamos com|aguardamos) (?:muito )?(?:saber |ler |ouvir |receber |ter |conhecer |ansiosos |ansiosamente )?(?:(?:a|o|uma|um|as|os) )?(?:(?:sua|seu|suas|seus) )?${REVIEW}`,
      why: 'Saying we hope for or would love the buyer\'s review asks for it.',
      // s8c: any article with the possessive ("receber o seu feedback"), "aguardamos sua opinião"
      match: ['Adoraríamos ler a sua opinião.', 'Esperamos sua avaliação em breve.', 'Esperamos receber o seu feedback sobre a entrega.', 'Aguardamos sua opinião sobre o fone.', 'Ficaríamos felizes com um comentário seu no anúncio.'], not: ['Esperamos receber o seu produto de volta até sexta.', 'Aguardamos a nota fiscal de devolução.'] },
    { id: 'we-need-reviews', re: `(?:precisando|precisamos|precisa|faltam|falta) (?:muito |demais |bastante |tanto |urgente )?(?:de )?(?:mais |umas? |algumas |novas |boas )?${REVIEW}`, why: 'Saying we need (more) reviews asks the buyer for one.',
      // s8c: an adverb or a quantity between ("precisamos muito de avaliações", "precisamos de umas avaliações")
      match: ['Ainda falta avaliação para este modelo.', 'Estamos precisando de avaliações de clientes reais.', 'Precisamos muito de avaliações no modelo novo.', 'precisamos demais de umas avaliacoes'], not: ['Precisamos muito de fotos do defeito.', 'Precisamos da nota fiscal de compra.'] },
    { id: 'reviews-help-others', re: `${REVIEW} (?:ajuda|ajudam|ajudaria|ajudariam|ajudará) (?:muito |demais )?(?:outros|os próximos|a nossa|nossa|a gente|muito|demais)`,
      why: 'Saying reviews help other buyers or us invites the buyer to write one.', match: ['Avaliações ajudam muito outros compradores.'] },
    { id: 'next-buyers-need', re: "(?:é exatamente )?o que os próximos compradores precisam", why: 'Saying the buyer\'s verdict is what future buyers need asks for a review.',
      match: ['Sua opinião é exatamente o que os próximos compradores precisam.'] },
    { id: 'in-the-form-of-review', re: `em forma de (?:uma |um )?(?:\\p{L}{1,12} )?${REVIEW}`, why: 'Asks for the buyer\'s opinion "in the form of a review".',
      match: ['Conte como foi, em forma de avaliação.'] },
    { id: 'share-your-opinion', re: "(?:compartilhe|compartilha|compartilhar|compartilhasse|compartilhar|conte|conta|contasse|deixe|deixasse) (?:a |sua |suas |seu |a sua )(?:opinião|impressões|experiência|impressão)",
      why: 'Asking the buyer to share their opinion or experience is a review request.', match: ['Compartilhe sua experiência com a gente.', 'Deixe sua opinião quando puder.', 'Ficaríamos muito gratos se compartilhasse sua experiência com outros compradores.'] },
    // (s33 r2x33: "tell us" after a problem as its condition reports the problem, no opinion: "se tiver algum problema com o
    // pedido, conta pra gente por aqui", "caso apareça qualquer defeito, fale pra gente" - a refusal of a review trade ended so)
    { id: 'tell-others', re: "(?:conte|conta(?<!(?:sua|seu|da|na|de|uma|minha|tua|nossa|dessa|desta|essa|esta|a) conta)|diga|fala|fale) (?:pra|para|pros|aos|a) (?:a gente|gente|nós|todo mundo|os outros|outros compradores|outros clientes)(?<!(?<![\\p{L}])(?:se|caso|qualquer|quando) [^.!?;\\n]{0,50}(?:problema|defeito|dúvida|duvida|erro|falha|avaria|imprevisto|dificuldade)s?[^.!?;\\n]{0,30})(?! (?:se|qual|quando|o (?:modelo|tamanho|número)|o que (?:aconteceu|houve|ocorreu)|o (?:problema|defeito|ocorrido)|como (?:aconteceu|foi a entrega)))",
      why: 'Asking the buyer to tell us or other buyers what they thought is a review request.',
      match: ['Conte pros outros compradores como ficou.', 'Gostou da jarra? Conta pra gente!'], not: ['Conte pra gente qual é o tamanho do seu pé.', 'Conte pra gente o que aconteceu com a entrega, vamos resolver.', 'Se a tampa chegar com algum defeito, conta pra gente aqui mesmo.', 'Caso tenha qualquer dúvida na montagem, fale pra gente.', 'Nunca mande o código de acesso da sua conta pra gente, não precisamos dele.'] },
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
    { id: 'small-business-each-review', re: `${SMALL_BUSINESS_AT}[^.!?]{0,80}(?:cada|uma|sua|seu|um) (?:avalia|nota|opini|estrel|coment[aá]ri|resenh|depoiment|feedback)\\p{L}{0,6}`,
      why: 'A small business saying each review matters asks for one.', match: ['Somos uma lojinha de família e cada comentário seu na página ajuda muito.', 'Somos uma pequena empresa e cada avaliação nos ajuda.', 'Somos uma empresa familiar e sua opinião faz diferença.', 'Somos uma lojinha de família e cada estrela faz muita diferença.'] },
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
    { id: 'show-with-stars', re: "(?:mostr|diz|diga|conta|conte|fala|fale|expresse|demonstre)\\p{L}{0,3} (?:isso |pra gente |para nós |pra nós |pro mundo |para o mundo |pra todo mundo |para todos |pros outros )?(?:com|em|na|numa|através de) (?:uma |sua |suas |umas )?(?:\\p{L}{1,12} )?(?:estrel|avalia|nota|coment|opini)\\p{L}{0,6}",
      why: 'Asking the buyer to show or tell it with stars or in a review is a review request.', match: ['Mostra pra gente numa avaliação como ficou.', 'Se curtiu, mostra pra gente com estrelinhas!', 'Então mostra pro mundo com umas estrelinhas.'] },
    { id: 'put-it-in-review', re: "(?:reflet|mostr|expresse|registr|coloc|coloq|pass)\\p{L}{0,4} (?:isso |tudo isso )?(?:na|nas|no|em sua|em suas|numa|em) (?:sua |suas )?(?:avaliação|nota(?! fiscal)|opinião|resenha|estrel\\p{L}{2,5}|comentário)",
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
    // s6: satisfaction scores without the word review (NPS), surveys, the review button, "contando com".
    { id: 'would-recommend', re: "(?:quanto|qual a (?:chance|probabilidade) de) (?:você )?(?:nos |a gente )?(?:recomendaria|recomendar|indicaria|indicar)",
      why: 'A would-you-recommend score (NPS) asks the buyer for a rating.', match: ['De 0 a 10, quanto você recomendaria a nossa loja?', 'Qual a chance de você indicar a gente para a família?'],
      not: ['Recomendamos lavar a capa em água fria.'] },
    { id: 'zero-to-ten', re: "de (?:0|zero|1|um) a (?:5|10|cinco|dez),? (?:quanto|que nota|qual nota|como (?:você )?(?:avalia|classifica))",
      why: 'A 0-to-10 satisfaction score asks the buyer for a rating.', match: ['De zero a dez, quanto você curtiu a fritadeira?'], not: ['De 1 a 5 dias úteis, quanto à entrega, depende da região.'] },
    { id: 'would-love-it-in-review', re: "(?:adoraríamos|gostaríamos|amaríamos|ficaríamos (?:muito )?felizes) (?:muito )?(?:que|de) [^.!?]{0,40}(?:na|em) (?:sua|uma) (?:avaliação|opinião|nota|resenha)(?! fiscal)",
      why: 'Wishing that something shows up in the buyer\'s review asks for a review.', match: ['Adoraríamos que isso aparecesse na sua avaliação.'], not: ['Gostaríamos de incluir na sua nota fiscal o CNPJ correto.'] },
    { id: 'what-mark', re: "(?:que|qual) nota (?:de (?:0|1|zero|um) a (?:5|10|cinco|dez),? )?(?:você |vc |o senhor |a senhora )?(?:dá|daria|dar|atribui|atribuiria|colocaria|deixaria)", why: 'Asking what mark the buyer gives asks for a rating.',
      match: ['Numa escala de 1 a 5, que nota você dá para a churrasqueira?', 'Que nota de 1 a 5 você daria para o nosso atendimento?'], not: ['Qual nota fiscal você precisa que reemitamos?', 'Que nota de 1 a 5 o Inmetro deu ao aquecedor? A nota A.'] },
    { id: 'satisfaction-survey', re: "(?:responda|responder|preencha|preencher|participe d[ao]|participar d[ao]) (?:a |à |nossa |uma |a nossa )?(?:rápida |breve |curta )?pesquisa",
      why: 'Asking the buyer to answer our satisfaction survey asks for feedback.', match: ['Responda nossa pesquisa de satisfação, é rapidinho.'],
      not: ['A pesquisa de satisfação que chegou no seu e-mail é da própria Amazon.'] },
    { id: 'click-review-button', re: "(?:clique|clica|toque|toca|acesse|vá) (?:em|no botão|na opção|no link)(?: [\"']| )(?:avaliar|escrever (?:uma )?avaliação|deixar (?:uma )?avaliação|avalie)",
      why: 'Telling the buyer which review button to press asks for a review.', match: ['Clique em "Avaliar produto" e escolha as estrelas.', 'Toque no botão Escrever avaliação quando puder.'],
      not: ['Clique em Devolver ou substituir itens na página Seus pedidos.'] },
    { id: 'counting-on-review', re: `cont(?:ando|amos|o|a) com (?:a |uma )?(?:sua )?${REVIEW}`, why: 'Saying we count on the buyer\'s review asks for it.', match: ['Estamos contando com a sua avaliação, viu?', 'Então conta com a sua nota máxima, hein?'], not: ['A caixa conta com a nota fiscal dentro.'] },
    { id: 'help-us-grow', re: `ajud\\p{L}{1,4} (?:a |nossa |a nossa )?(?:loja|empresa|marca|equipe|gente|nós) (?:a )?(?:crescer|continuar|melhorar|seguir)${AFTER_REVIEW}`,
      why: 'Asking the buyer to help us grow with a review asks for the review.', match: ['Ajude nossa loja a crescer com a sua avaliação.'] },
    { id: 'review-is-worth', re: `(?:sua|seu|uma) (?:\\p{L}{1,15} )?${REVIEW} (?:\\p{L}{1,15} ){0,3}(?:vale ouro|vale muito|vale demais|é valios\\p{L}{1,2}|é essencial|é fundamental)`,
      why: 'Saying the buyer\'s review is worth a lot asks for it.', match: ['Sua opinião vale ouro pra nós!'] },
    { id: 'give-us-a-hand', re: `(?:dá|dê|dar|dão) (?:aquela |uma )?(?:força|moral|ajudinha|mãozinha)(?: pra gente| para nós| pra nós)? (?:com|numa|em) (?:uma |sua )?(?:\\p{L}{1,12} )?${REVIEW}`,
      why: '"Dá aquela força com uma avaliação" asks for a review.', match: ['Se curtiu, dá aquela força com uma avaliação!'] },
    { id: 'five-star-review', re: "(?:avaliação|nota) (?:de )?(?:5|cinco) estrel(?:as|inhas)(?<!(?:obrigad[oa]|agradec\\p{L}{1,6}|gratos?|gratas?)[^.!?;\\n]{0,50})",
      why: 'Naming a five-star review we hope for asks for a review.', match: ['Uma avaliação de 5 estrelas nos ajudaria muito.'], not: ['Obrigado pela avaliação de 5 estrelas!'] },
    { id: 'we-depend-on-reviews', re: `dependemos (?:muito |demais |totalmente )?(?:d[ao]s? |de )?(?:sua |suas |uma )?${REVIEW}`,
      why: 'Saying we depend on reviews asks the buyer for one.', match: ['Dependemos muito das avaliações para continuar vendendo.'] },
    { id: 'reward-when-published', re: `(?:devolvemos|reembolsamos|enviamos|mandamos|damos|liberamos|estendemos|ganha|ganhe|receba|recebe)[^.!?]{0,50}(?:assim que|quando|depois que|após|logo que) (?:você )?(?:publicar|postar|deixar|escrever|fizer) (?:a |sua |uma )?${REVIEW}${PT_NOT_NEGATED}`,
      why: 'A reward timed to publishing a review asks for the review.', match: ['Você recebe o valor do frete de volta assim que publicar a avaliação.'] },
    { id: 'tell-us-on-amazon', re: "(?:contar|conta|conte|diga|dizer) o que (?:você )?achou (?:lá |aqui )?(?:na|no) (?:amazon|página|anúncio)",
      why: 'Asking the buyer to say on Amazon what they thought is a review request.', match: ['Poderia nos contar o que achou lá na Amazon?'] },
    { id: 'page-then-tell', re: "(?:página do produto|anúncio|amazon)[^.!?]{0,20} (?:e )?(?:conta|conte|compartilha|compartilhe|diga|fala|fale|escreve|escreva) (?:pra gente |para nós |lá )?(?:como foi|o que (?:você )?achou|sua experiência|a sua experiência)",
      why: 'Sending the buyer to the product page to tell how it went asks for a review.', match: ['Se puder, dá uma passadinha na página do produto e conta como foi sua experiência.'], not: ['Na página do produto tem o manual; conta pra gente se resolveu o problema.'] },
    { id: 'missing-your-review', re: `(?:faltou|falta|faltando) (?:só |apenas )?(?:a |o )?(?:sua |seu )${REVIEW}`, why: 'Saying only the buyer\'s review is missing asks for it.',
      match: ['Faltou só a sua avaliação!'] },
    { id: 'leave-your-account', re: "(?:deixe|deixa|compartilhe|escreva|poste|publique) (?:o |a )?(?:seu|sua) (?:relato|depoimento|impressão|percepção|parecer)",
      why: 'Asking the buyer to leave their account or impression is a review request.', match: ['Deixe seu relato sobre a cadeira na Amazon.'] },
    { id: 'a-few-lines', re: `${ASK_VERB} (?:pra gente |para nós )?(?:umas|algumas|poucas|duas) (?:linhas|palavrinhas)`, why: 'Asking for "a few lines" is a review request without the word.',
      match: ['Escreva umas linhas sobre o produto na página da Amazon.'] },
    { id: 'rate-it-for-us', re: "(?:avalia|avalie|avaliem) (?:aí|lá|pra gente|para nós|pra nós)", why: '"Avalia aí pra gente" asks for a review.', match: ['Avalia aí pra gente, vai!'] },
    // s8c: follow-ups without the verb, "não esquece de avaliar", social proof with "você também", rewards to whoever reviews.
    { id: 'did-you-manage-review', re: `(?:conseguiu|chegou a|deu tempo de|teve tempo de|lembrou de) [^.!?]{0,60}?${REVIEW}[^.!?]{0,40}\\?`,
      why: 'Asking whether the buyer managed to get to the review section is a follow-up review request.',
      match: ['Conseguiu dar uma olhadinha na parte de avaliações do pedido?', 'Chegou a deixar um comentário no anúncio?'], not: ['Conseguiu baixar a nota fiscal?', 'Conseguiu enviar as fotos do defeito?'] },
    { id: 'dont-forget-to-rate', re: `(?:n[ãa]o (?:se )?(?:esque[cç]a|esquece|deixe|deixa)|lembre-se|lembra|lembre) de (?:nos |me )?(?:avaliar|classificar|pontuar|(?:deixar|dar|escrever|publicar) (?:\\p{L}{1,12} ){0,2}${REVIEW})(?! (?:a possibilidade|o dano|o caso|a situação))`,
      why: '"Não esquece de avaliar" / "lembre-se de deixar sua opinião" asks for a review.',
      match: ['Não esquece de avaliar, tá?', 'Lembre-se de deixar sua opinião na Amazon.', 'nao esqueca de nos avaliar'], not: ['Não deixe de avaliar a possibilidade de troca.', 'Lembre de deixar a nota fiscal na caixa.'] },
    { id: 'hope-you-too', re: `(?:estrel|avalia|nota|opini|coment)\\p{L}{0,6}[^.!?]{0,60}(?:esperamos|contamos|tomara|quem sabe)(?: que)?(?: (?:você|vc|o senhor|a senhora))? também`,
      why: 'Social proof about reviews followed by "esperamos que você também" asks the buyer for the same review.',
      match: ['A maioria dos clientes deixa 5 estrelas, esperamos que você também.'], not: ['Obrigado pela nota fiscal; esperamos que a troca também dê certo.'] },
    { id: 'who-reviews-gets', re: `quem (?:avali\\p{L}{1,4}|(?:deix|escrev|public|post|compartilh)\\p{L}{0,4} (?:\\p{L}{1,12} ){0,2}${REVIEW})[^.!?]{0,60}(?:ganha|recebe|leva|concorre|tem direito|ganhará|receberá|participa)`,
      why: 'A reward for whoever reviews asks the buyer for a review.',
      match: ['Quem avalia o produto ganha um brinde.'], not: ['Quem avalia as devoluções é a Amazon.'] },
    // s8c (third probe): a reward "se a avaliação sair com 5 estrelas".
    { id: 'if-the-review-comes-out', re: `(?:se|quando|assim que) (?:a |sua |a sua )?${REVIEW} (?:sair|for|ficar|estiver|vier) (?:com |de |em )?(?:\\d|cinco|quatro|positiv|boa|ótima)`,
      why: 'Tying something to how the review comes out ("se a avaliação sair com 5 estrelas") asks for that review.', match: ['Te damos R$ 30 de volta se a avaliação sair com 5 estrelas.'],
      not: ['Se a nota fiscal sair com erro, reemitimos.'] },
    IN_EXCHANGE_FOR_REVIEW_BOTH,
    // s9 (lote às cegas): a intenção, não uma frase - uma avaliação, nota ou estrelas numa frase que pede algo
    // s10 (blind batch): an opinion asked for with a telling verb and a review venue, in either order, no review noun needed
    { id: 'opinion-to-venue', re: `(?:compartilh|cont|cont[ae]|diga|diz|escrev|fal|mostr|deix|relat)\\p{L}{0,4}(?![\\p{L}])(?:[^.!?\\n]{0,40}(?:o que (?:você )?(?:achou|está achando|tá achando|pensa|acha)|como (?:foi|está sendo|tá sendo) (?:a |sua )?experiência|sua (?:opinião|experiência|impressão)|suas impressões)[^.!?\\n]{0,60}(?:outr[oa]s (?:clientes|compradores|consumidores|pessoas)|na amazon|página do produto|seção de avaliações|comunidade)|[^.!?\\n]{0,40}(?:outr[oa]s (?:clientes|compradores|consumidores|pessoas)|na amazon|página do produto|seção de avaliações|comunidade)[^.!?\\n]{0,40}(?:o que (?:você )?(?:achou|está achando|tá achando|pensa|acha)|como (?:foi|está sendo|tá sendo) (?:a |sua )?experiência|sua (?:opinião|experiência|impressão)|suas impressões))${PT_NOT_NEGATED}`,
      why: 'Asking the buyer to tell other buyers or the product page what they thought of it is a review request without a review noun.',
      match: ['Compartilha com a gente e com outros clientes o que achou da garrafa térmica?', 'Conte na Amazon o que você achou do tapete.'],
      not: ['Conte pra gente o que achou da solução proposta, assim seguimos com a troca.', 'Não precisa contar na Amazon o que achou, só confirme o recebimento.'] },
    { id: 'review-noun-in-request', re: `(?<!amazon (?:[^\\s.!?;]{1,12} ){0,3})(?:uma |um |sua |seu |suas |seus |a sua |o seu |as suas |os seus |algumas |alguns |umas |uns |cinco |duas |tua |teu |qualquer |cada )(?:(?:breve|pequen[oa]|sincer[oa]|honest[oa]|rápid[oa]|curt[oa]|nov[oa]) )?(?:avaliaç(?:ão|ões|ãozinha)|resenhas?|comentários?|opiniões|opinião|estrel(?:as|inhas)|(?<!(?:cópia|copia|foto|imagem|envi\\p{L}{0,4}|mand\\p{L}{0,4}|baix\\p{L}{1,4}|emit\\p{L}{1,4}|imprim\\p{L}{1,4}|reenvi\\p{L}{1,4}|download\\p{L}{0,4})(?: \\p{L}{1,6}){0,3} )nota(?! fiscal| de (?:compra|venda|entrega|serviço))|notinha|feedback|review|depoimento)(?![\\p{L}])(?! (?:do|dos|da) (?:dano|danos|defeito|pacote)| (?:na|no|ao|à|para o|para a) (?:solicitação|pedido|entregador|transportadora|devolução|formulário|troca))(?:(?<=(?:poderia|poderiam|pode|podia|você poderia|se importaria|se importa|por favor|por gentileza|que tal|e se|quem sabe|talvez|podemos contar|contamos com|se (?:tiver|puder) (?:um minutinho|um minuto|um tempinho|tempo|um momento)|quando (?:puder|tiver)|conceder|nos dar|dar|dá)[^.!?\\n]{0,60})|(?=[^.!?\\n]{0,60}(?:por favor|por gentileza|(?:seria|seriam|será|serão) (?:\\p{L}{1,12} ){0,2}(?:bem-vind[oa]s?|bem vind[oa]s?|ótim[oa]s?|incríve(?:l|is)|maravilhos[oa]s?|de grande ajuda|muito importante|demais|um gesto lindo|um presente|bem recebid[oa]s?)|cairia(?:m)? (?:\\p{L}{1,12} )?bem|faria(?:m)? (?:toda a )?diferença|ajudaria(?:m)?|(?:é|são) (?:sempre )?bem-vind[oa]s?|desde já obrigad)))(?<!(?<![\\p{L}])(?:obrigad[oa]|agradecemos|agradeço|leu|ler|lido|lendo|viu|vimos|recebemos|antes de|em vez de|sem|não|nunca|nem|alter\\p{L}*|mud\\p{L}*|remov\\p{L}*|exclu\\p{L}*|apag\\p{L}*|atualiz\\p{L}*|edit\\p{L}*|revis\\p{L}*|aument\\p{L}*|reconsider\\p{L}*|melhor\\p{L}*|reavali\\p{L}*|subir|suba|print|foto|confer\\p{L}*|verific\\p{L}*|lembr\\p{L}* que|note que|observe que)(?![\\p{L}])[^.!?\\n]{0,40})(?![^.!?\\n]{0,50}(?:que (?:você )?(?:deixou|escreveu|publicou)|gerenciad[oa]s?|publicad[oa]s? pela))(?![^.!?\\n]{0,60} ou [^.!?\\n]{0,30}\\?)${NOT_THANKED_OR_BEFORE}${NOT_AMAZON_ASKING}`,
      why: 'Uma avaliação, nota ou estrelas nomeadas numa frase que pede algo são um pedido de avaliação, com qualquer verbo.',
      match: ['Se tiver um minutinho, algumas estrelas para a mochila, por favor.', 'E que tal uma opinião na Amazon sobre o travesseiro?', 'Qualquer comentário na página do produto será muito bem recebido.', 'Poderia dar uma avaliaçãozinha para a chaleira?'],
      not: ['A Amazon pode pedir sua opinião por conta própria; só queríamos confirmar a entrega.', "Por favor, adicione um comentário na solicitação de devolução.", "Poderia nos enviar uma cópia da sua nota, por favor?", "Por favor, envie a sua nota de compra para a garantia.", 'Pode baixar sua nota pela Amazon em Seus pedidos, por favor.', 'Poderia imprimir a sua nota em Seus pedidos?', 'Obrigado pela avaliação! Poderia confirmar o tamanho?', 'Poderia alterar sua nota agora que a peça funciona?', 'Você leu as avaliações antes de comprar?', 'Poderia nos dar sua opinião sobre a cor da troca: azul ou cinza?', 'Antes de deixar uma avaliação, poderia verificar o fusível?',
        'Por favor, confira a nota fiscal no pacote.', 'Poderia nos mandar uma foto da etiqueta?', 'Não precisa deixar nenhuma avaliação, por favor.'] },
    { id: 'each-star-counts', re: `cada (?:estrela|estrelinha|avaliação|opinião|resenha) (?:\\p{L}{1,12} )?(?:conta|importa|faz (?:\\p{L}{1,8} )?diferença|é (?:importante|valiosa|essencial|ouro))${PT_NOT_NEGATED}`,
      why: 'Dizer que cada estrela ou avaliação conta, numa mensagem do vendedor, pede uma avaliação sem verbo.',
      match: ['Cada estrela faz muita diferença para a nossa loja.'], not: ['Cada pedido faz diferença para nós.', 'Não dizemos que cada avaliação conta igual.'] },
    { id: 'thanks-gift-for-review', re: `(?:para agradecer|como agradecimento (?:por|pela|pelo)|em agradecimento (?:a|à|pela|pelo)) (?:a |sua |seu |a sua |o seu )?(?:avaliação|opinião|nota|resenha|comentário|feedback)[^.!?]{0,60}(?:mimo|brinde|presente|cupom|desconto|vale|reembolso|grátis|gratuito|surpresa)${PT_NOT_NEGATED}`,
      why: 'A gift offered as thanks for the review asks for that review.',
      match: ['Para agradecer sua avaliação, vamos colocar um mimo no seu próximo pedido.'], not: ['Para agradecer sua paciência, vamos colocar um mimo no pedido.'] },
  ],
  marketing: [
    // s34 fix D (dev s12mp-pt-003, s28gm2-pt-006): a "tip" that is a sales pitch - "Dica:" / "Fica a dica:" introducing a purchase
    // ("leve também", "compre junto") or the seller's own product ("o nosso kit"); not a care or use tip ("Dica: lave antes do primeiro
    // uso"), nor the seller's manual, video or team
    { id: 'tip-pitch', re: "(?:fica a )?dica(?: extra| de ouro)?\\s?[:-]\\s(?:(?:leve|compre|adquira|pe[çc]a|garanta|aproveite|experimente|conhe[çc]a|confira)(?: tamb[ée]m| junto)|(?:o |a |os |as )?(?:nosso|nossa|nossos|nossas)(?! (?:manual|guia|v[íi]deo|tutorial|atendimento|suporte|equipe|time|sac)(?![\\p{L}])))",
      why: "A tip that tells the buyer to buy another item, or names the seller's own product, is a cross-sell.",
      match: ['Dica: compre também o filtro extra, dura o dobro.', 'Fica a dica: a nossa capa térmica mantém o café quente.', 'Dica extra: aproveite junto o suporte de parede.'],
      not: ['Dica: lave a panela antes do primeiro uso.', 'Fica a dica: o nosso manual mostra a montagem passo a passo.', 'Dica: deixe carregar por 8 horas.'] },
    // s32: the seller's perk at the buyer's birthday (the en birthday-treat reading; "presente de aniversário" alone is the order)
    { id: 'birthday-treat', re: "(?:surpresa|presente|brinde|desconto|cupom|mimo) (?:no|pelo|para o) (?:seu|teu) aniversário|(?:no|pelo) (?:seu|teu) aniversário (?:te|lhe) (?:mandamos|enviamos|damos|presenteamos)",
      why: "A gift or discount sent for the buyer's birthday is a loyalty promotion (and collects the date).",
      match: ['Você ganha um mimo no seu aniversário.', 'No seu aniversário te mandamos um cupom.'],
      not: ['Que bom que o presente chegou a tempo do aniversário da sua mãe.', 'O presente de aniversário foi embalado.'] },
    { id: 'i-get-you-a-discount', re: "(?:te|lhe|vos) (?:passo|passamos|dou|damos|faço|fazemos|consigo|conseguimos|mando|mandamos) (?:um|uma) (?:desconto|descontinho|cupom|precinho|condição especial)",
      why: 'Promising the buyer a discount or coupon is a promotion.', match: ['Chama no direct do nosso Insta que te passo um desconto.'], not: ['Já te passo o código de rastreio.'] },
    // Coupons and codes, % off, next-purchase discounts. Guard: "O código promocional que você usou já aparece descontado" explains, not offers.
    { id: 'coupon', re: `cupo(?:m|ns)(?! fisca(?:l|is))${NOT_EXPLAINED}${PT_NOT_APPLIED}`, why: 'Offering a coupon is promotional content (a "cupom fiscal" is the receipt).',
      match: ['Com o cupom VOLTA10 o frete sai por nossa conta.'], not: ['O cupom que você ativou já foi aplicado no pagamento.', 'O cupom fiscal segue em anexo junto com a nota.'] },
    { id: 'discount-code', re: `(?:código|cupom) (?:de )?(?:desconto|promocional)${NOT_EXPLAINED}${PT_NOT_APPLIED}`, why: 'Offering a discount code is promotional content.',
      match: ['Use o código de desconto NATAL.'], not: ['O código promocional que você usou já aparece descontado.', 'O cupom de desconto do anúncio é da Amazon e aparece no carrinho.'] },
    { id: 'percent-off', re: `\\d{1,3} ?% (?:de desconto|off|na próxima)${NOT_EXPLAINED}`, why: 'A percentage discount offer is promotional content.',
      match: ['Tem 20% de desconto nos lençóis.'], not: ['Os 15% de desconto já foram aplicados no seu pedido.'] },
    { id: 'next-purchase', re: "(?:na|para a|em sua) próxima compra(?!,? (?:confira|lembre|verifique|escolha|selecione|confirme|consulte))", why: 'A next-purchase offer solicits another sale (advice for the next purchase does not).',
      match: ['Guarde este código para a próxima compra.'], not: ['Na próxima compra, confira a tabela de medidas antes de escolher o tamanho.'] },
    { id: 'next-order', re: "(?:no|para o|pro|no seu|em seu) próximo pedido(?!,? (?:confira|lembre|verifique|escolha|selecione|confirme|consulte))", why: 'A next-order offer solicits another sale (advice for the next order does not).',
      match: ['Vale para o próximo pedido também.'], not: ['No seu próximo pedido, lembre de selecionar a voltagem 220 V.'] },
    // Upsell to a dearer model.
    // (s21 blind n pt-001: a newer model with "só R$ 40 a mais" - a dearer model for a small step in price, a model word before it)
    // (s21 review 2: the model word read back from the price, as in es, in the price's clause; not a shipping fee - "o frete
    // expresso do tamanho maior custa só R$ 12 a mais")
    { id: 'only-x-more', re: "(?:só|apenas|somente) (?:r\\$ ?|€ ?)?\\d{1,4}(?:[.,]\\d{2})? ?(?:reais|euros|€)? a mais(?<=(?<![\\p{L}])(?:modelo|versão|kit|plus|pro|max|premium|deluxe|tamanho|maior|litros|edição)(?![\\p{L}])[^.!?;\\n]{0,120})(?<!(?<![\\p{L}])(?:frete|envio|entrega|expresso|sedex|correios|transportadora)(?![\\p{L}])[^.!?;\\n]{0,60})(?![^.!?;\\n]{0,40}(?<![\\p{L}])(?:frete|envio|entrega|expresso|sedex|correios|transportadora)(?![\\p{L}]))",
      why: 'Pointing to a dearer model or version for a small surcharge is an upsell the buyer did not ask for.',
      match: ['A versão Plus tem timer e custa só R$ 30 a mais.'], not: ['O frete expresso custa só R$ 10 a mais.', 'O modelo que você comprou está esgotado; o frete expresso do tamanho maior custa só R$ 12 a mais.'] },
    // (s21 blind n pt-001: "acabou de sair a Brisa Plus" - a model just out; not a parcel leaving: "acabou de sair do estoque")
    // (s21 review 2: the thing just out must be a model - a model word, "nova/novo", or a name with a model mark such as "Plus" -
    // not a bill, a spare part, an app update or a technician: "acabou de sair a segunda via do boleto")
    { id: 'just-came-out', re: "(?:acabou|acaba) de (?:sair|chegar|ser lançad[oa]) (?:a|o) (?:nov[oa] \\p{L}+|(?:versão|modelo|linha|coleção|edição|geração|série|cor)(?![\\p{L}])|(?!(?:seu|sua|pedido|encomenda|entrega|pacote|reembolso|estorno|nota)(?![\\p{L}]))\\p{L}+ (?:\\p{L}+ )?(?:plus|pro|max|mini|lite|ultra|premium|deluxe|turbo|\\d{1,4})(?![\\p{L}]))",
      why: 'Announcing a model that just came out is promotion the buyer did not ask for.',
      match: ['Acabou de sair a versão nova do liquidificador, com mais potência.'], not: ['Acabou de sair o seu pedido do nosso estoque.', 'O pedido acabou de sair do estoque.', 'Acabou de sair a segunda via do boleto, confira no app.', 'Acabou de chegar a peça de reposição, enviamos hoje.'] },
    // (s21 blind o es-017, in Portuguese: "se precisar de mais capacidade, a fritadeira de 8 litros é muito melhor, recomendo" - a
    // bigger item recommended for a need the buyer did not state)
    // (s21 review 2: "mais" nomeia espaço ou potência, não tempo nem informações; "o modelo que você tem" é do comprador)
    { id: 'need-more-better', re: "se (?:você )?(?:precisar|quiser) de mais (?:\\p{L}+ )?(?:espaço|lugar|capacidade|potência|volume)(?![\\p{L}])[^.!?]{0,40}?(?:\\d{1,3} ?(?:litros|l|w|cm|xícaras)(?![\\p{L}])|(?<!(?:seu|sua|teu|tua) )(?:modelo|versão)(?! que (?:você |o senhor |a senhora )?(?:tem|comprou|recebeu|pediu))|maior)[^.!?]{0,40}?(?:muito melhor|bem melhor|recomendo|recomendamos)",
      why: 'Recommending a bigger or dearer item for a need the buyer did not state is an upsell.',
      match: ['Se precisar de mais espaço, a mochila de 40 litros é muito melhor.'], not: ['Se precisar de mais ajuda, recomendo o manual em PDF.', 'Se precisar de mais tempo para testar a versão que recebeu, recomendamos guardar a caixa.'] },
    { id: 'need-more-capacity', re: "(?:se precisar de mais|para mais) (?:\\p{L}{1,15} )?(?:potência|capacidade|espaço)[^.!?]{0,40}(?:versão|modelo|linha)",
      why: 'Pointing to a bigger model for more power or capacity is an upsell.', match: ['Se precisar de mais capacidade, o modelo grande cabe o dobro.'] },
    { id: 'premium-model', re: "(?:versão|modelo(?<!(?:el|del|al|un|este|ese|su|tu|nuestro) modelo)) (?:pro|plus|premium|max|deluxe|maior|superior)(?![^.!?;\\n]{0,30}(?:que (?:você )?(?:comprou|recebeu|pediu|adquiriu|escolheu|perguntou|mencionou)|que (?:usted )?(?:compró|compraste|recibió|recibiste|pidió|pediste|eligió|elegiste)|do seu pedido|da sua compra|não (?:serve|cabe|é compatível)|(?:está|estão) esgotad))",
      why: 'Pointing to a premium or bigger model is an upsell (the model the buyer already bought is not).',
      match: ['A versão premium tem motor mais forte.'], not: ['O modelo Pro que você comprou tem duas velocidades.', 'A versão Plus do seu pedido já vem com a bateria extra.', 'O modelo maior que você perguntou está esgotado no momento.', 'El modelo Pro que pediste llega el martes.', 'Su modelo plus trae dos baterías.'] },
    { id: 'others-upgrade', re: "trocam (?:pelo|para o) modelo", why: 'Saying other buyers switch to another model is an upsell.', match: ['Muitos trocam pelo modelo maior depois.'] },
    // Bundles and multipacks cheaper.
    { id: 'bundle-cheaper', re: "(?:kit|combo|pacote|conjunto) (?:com \\d+ \\p{L}{1,15} )?(?:sai|saem|fica|ficam) (?:bem )?mais (?:em conta|barat)",
      why: 'Advertising a cheaper bundle is promotional content.', match: ['O kit com 2 panos fica mais em conta.'] },
    { id: 'in-the-bundle', re: "(?:no|num) (?:combo|kit)", why: 'Advertising a combo or kit offer is promotional content.', match: ['No combo, a espátula sai de graça.'] },
    { id: 'comes-cheaper', re: "(?:sai|saem|fica|ficam) (?:bem |ainda |\\d{1,3} ?% )?mais (?:em conta|barat\\p{L}{1,3})", why: 'Advertising a cheaper price is promotional content.',
      match: ['Comprando três, sai 10% mais barato.'] },
    // Cross-sell.
    { id: 'to-match', re: "(?:para combinar|combina com)[^.!?]{0,30}(?:temos|também)", why: 'Offering a matching product is cross-selling.', match: ['Para combinar, também vendemos a fronha.'] },
    { id: 'we-also-have', re: "temos também (?:um|uma|o|a)(?! (?:manual|guia|vídeo|tutorial|arquivo|pdf))", why: 'Offering another product we sell is cross-selling (a manual or video is not).',
      match: ['Temos também uma capa para o colchão.'], not: ['Temos também o manual em espanhol, se preferir.'] },
    { id: 'bought-also', re: "quem comprou (?:\\p{L}{1,15} ){0,3}também", why: '"Who bought this also..." is cross-selling.', match: ['Quem comprou o filtro também levou a jarra.'] },
    { id: 'buyers-also-take', re: "quem (?:compra|leva|levou|escolhe) [^.!?]{0,50}também", why: '"Who buys this also takes..." is cross-selling.',
      match: ['Quem leva a panela costuma levar também a tampa.'] },
    { id: 'enter-draw', re: "(?:concorre|concorra|concorrer) a (?:um|uma)", why: 'A prize draw is promotional content.', match: ['Concorra a um kit de toalhas.'] },
    { id: 'see-our-products', re: "(?:conheça|confira|veja|visite) (?:os )?(?:nossos|nossas|nossa|nosso) (?:outr[oa]s |nov[oa]s )?(?:produtos|itens|loja|coleção|linha|catálogo)",
      why: 'Inviting the buyer to browse our other products is cross-selling.', match: ['Confira nossos outros produtos na Amazon.'] },
    { id: 'our-other-products', re: "(?:nossos|nossas) outr[oa]s (?:produtos|itens|modelos|lançamentos|coleções)", why: 'Pointing to our other products is cross-selling.',
      match: ['Nossos outros modelos são de cerâmica.'] },
    { id: 'save-fees', re: "(?:economiza|economizamos|economizar|evitar) (?:as )?taxas", why: 'Buying direct to save Amazon\'s fees is a cheaper offer outside Amazon.',
      match: ['Comprando direto, evitar as taxas fica fácil.'] },
    // New collections and launches.
    { id: 'new-collection', re: "(?:chegou|chegaram|lançamos|acabamos de lançar|nova|novo) (?:a |o |nossa |nosso )?(?:coleção|linha|lançamento|versão sem fio)",
      why: 'Announcing a new collection or launch is promotional content.', match: ['Chegou a nova coleção de inverno!'] },
    { id: 'just-launched', re: "acabamos de lançar", why: 'Announcing a launch is promotional content.', match: ['Acabamos de lançar a garrafa térmica grande.'] },
    // (not the device's own name looked for in a phone's Bluetooth or Wi-Fi list while pairing: "procure 'SomMax X3' no Bluetooth do
    // celular" - s24 blind p pt-011; a search box, a store or Amazon after it is still the shop search)
    { id: 'search-for-name', re: "(?:procure|busque|pesquise) (?:por )?[\"'][\\p{L}\\p{N}][^\"']{0,30}[\"'](?! ?(?:,|e)? ?(?:n[oa]s?|em|entre|pelo|pela|na lista (?:de|do|da)) (?:\\p{L}{1,12} ){0,2}(?:bluetooth|wi-?fi|dispositivos (?:bluetooth|pareados|dispon[íi]veis)|redes? (?:wi-?fi|sem fio)|configura[çc](?:[ãa]o|[õo]es) (?:de|do) (?:bluetooth|wi-?fi)))(?! ?(?:n[oa]|em|en|pelo|por) (?:google )?(?:maps|mapas)(?![\\p{L}]))", why: 'Telling the buyer to search for a product name promotes another product (not the device name in a Bluetooth or Wi-Fi list while pairing, nor a place looked up on a map - s34 fb34: the map finds a workshop, its contact is the offplatform rules\' matter).',
      match: ['Procure por "Luma Kids" na busca.', 'Procure "Luma Kids" na Amazon, temos a linha toda.', "Pesquise 'Fone X3 Pro' na loja, é o modelo novo."], not: ["Procure 'Oficina do Zé' no Google Maps para ver o horário.", "Segure o botão por 5 segundos e procure 'SomMax X3' no Bluetooth do celular.", 'Abra as configurações e procure "Casa Cam 2" na lista de dispositivos Bluetooth.', "Depois busque 'Lampada Smart' nas redes Wi-Fi do celular."] },
    // Social follows, giveaways, newsletters.
    { id: 'follow-us', re: "(?:siga|sigam|segue|siga-nos) (?:a gente|nós|nossa página)? ?(?:no|na|em) (?:instagram|insta|facebook|tiktok|youtube)", why: 'Asking the buyer to follow us on social media is marketing.',
      match: ['Siga a gente no TikTok!'] },
    { id: 'follow-us-short', re: "siga-nos|(?:segue|siga|sigam) a gente (?:no|na|nas|nos) (?:face|facebook|insta|instagram|tiktok|redes)", why: 'Asking the buyer to follow us is marketing.', match: ['Siga-nos para novidades.', 'Segue a gente no Face e no Insta.'], not: ['Segue a gente no pedido o manual em PDF.'] },
    // (s23 leftover #5: not Amazon's own draw - "o sorteio da Amazon não é nosso")
    { id: 'giveaway', re: "sorteios?(?! d[aeo]s? (?:cor|cores|estampas?|tamanhos?|modelos?))(?! d[ao] amazon(?![\\p{L}]))", why: 'A giveaway is promotional content (random colours in an assorted kit are not).',
      match: ['Todo mês tem sorteio para clientes.'], not: ['O sorteio das cores é feito na fábrica; por isso a cor pode variar.'] },
    // (s36 fb36: a list of the seller's deals joined to hear of them first; not the parcel's news)
    { id: 'offers-first', re: "(?:(?:saber|sabendo|conhecer|receber|descobrir) (?:antes de todo mundo|antes de todos|em primeira mão|primeiro) (?:d[aoe]s? )?(?:\\p{L}+ ){0,2}?(?:ofertas|promoções|promos|descontos|novidades|lançamentos)|(?:sab\\p{L}{1,4}|receb\\p{L}{1,4}) (?:d[aoe]s? |as |os )?(?:\\p{L}+ ){0,2}?(?:ofertas|promoções|promos|descontos|lançamentos) (?:\\p{L}+ ){0,3}?(?:antes de todo mundo|antes de todos|em primeira mão|primeiro))",
      why: "Signs the buyer up to hear of the seller's offers first: a promotion list.", match: ['Chama a gente e fique sabendo em primeira mão das nossas promoções.', 'Assim você recebe as ofertas antes de todo mundo.'], not: ['Você vai saber primeiro quando o pacote sair.'] },
    { id: 'newsletter', re: "newsletter", why: 'A newsletter sign-up is marketing.', match: ['Assine nossa newsletter.'] },
    { id: 'free-shipping', re: `frete grátis(?! (?:na|da) troca)${NOT_EXPLAINED}${PT_NOT_APPLIED}`, why: 'A free-shipping offer is promotional content (free shipping on an exchange is not).',
      match: ['Frete grátis em todo o site nesta semana.'], not: ['O frete grátis na troca é por conta da Amazon.', 'Conferimos aqui: o frete grátis já foi aplicado pela Amazon no seu pedido.'] },
    // Bundle price per piece, buy-two offers, special prices, our storefront.
    { id: 'less-per-piece', re: "(?:paga|pagam|sai|saem|fica|ficam) (?:bem |muito )?menos (?:por|cada) (?:peça|unidade|item)", why: 'Advertising a lower price per piece is promotional content.',
      match: ['No combo, as canecas saem bem menos por unidade.'] },
    // (s37 gd37: another item given free when a further one is bought - "na compra do kit de cabos, o suporte sai de brinde", told as a
    // fact after a warranty answer, s37h2-pt-018; not the buyer's own order or a gift already sent)
    { id: 'free-with-purchase-of', re: "(?<!(?:seu|sua|deste|desta|nest[ea]) )na compra d[oa]s? (?!seu |sua |pedido)(?:[^.!?\\s]{1,20} ){1,8}?(?:sai|vem|vai|ganha|leva|recebe|é)(?: \\p{L}{1,12})? (?:de brinde|de graça|grátis|de presente)",
      why: 'Another item given free with the purchase of a further product is a gift-with-purchase promotion.',
      match: ['Na compra do kit de cabos, o suporte sai de brinde.', 'E na compra da capa, a película vem de graça.'], not: ['Na compra do seu pedido o frete saiu grátis pela Amazon.', 'O brinde da sua compra já foi enviado.'] },
    { id: 'buy-two-offer', re: "na compra de (?:\\d|dois|duas|três)(?=[^.!?]{0,60}(?:desconto|grátis|de graça|%|sai|ganh|brinde|metade))", why: 'A buy-more offer is promotional content.',
      match: ['Na compra de duas toalhas, ganhe um desconto.'] },
    // (told as a fact, not only the imperative: "no nosso anúncio de kit vc leva 3 e paga 2", "comprando 3 você paga 2" - s22 blind i pt-035)
    { id: 'buy-x-pay-y', re: "(?:leve|leva|levando|levar|compre|compra|comprando) (?:\\d{1,2}|dois|duas|três|quatro),? (?:e )?(?:(?:você|vc) )?(?:pague|paga|pagando|pagar|pagará) (?:só |apenas )?(?:\\d{1,2}|um|uma|dois|duas|três)(?! (?:dias|horas|semanas|vezes|reais))", why: 'A "buy 3, pay 2" offer is promotional content.', match: ['Leve 3, pague 2 nesta semana.', 'Só até domingo: leve 3 e pague 2 em todas as capinhas.', 'No kit de panos você leva 4 e paga 3.', 'Comprando 3 você paga 2 no nosso anúncio.'], not: ['Leve o produto a uma agência dos Correios e pague nada: a postagem é gratuita.'] },
    { id: 'next-one-free', re: "(?:o|a) (?:terceir|segund)[oa] (?:sai|é|vem) (?:de )?(?:graça|grátis)", why: 'A free second or third unit is promotional content.',
      match: ['Comprando duas, a segunda vem grátis.'] },
    { id: 'special-price', re: "(?:está|estão|sai|fica) (?:com )?(?:um )?(?:preço|valor) (?:ótimo|especial|imperdível|promocional|camarada)", why: 'Advertising a special price is promotional content.',
      match: ['O modelo maior está com preço especial.'] },
    { id: 'our-storefront', re: "nossa vitrine", why: 'Pointing the buyer to our storefront is cross-selling.', match: ['Dá uma olhada na nossa vitrine da Amazon.'] },
    { id: 'sell-another-unit', re: `(?:fechamos|vendemos) (?:a |uma )?(?:segunda|outra|mais uma) (?:unidade|peça)${PT_NOT_NEGATED}`, why: 'Offering to sell another unit solicits another sale.',
      match: ['Vendemos outra unidade com desconto.'], not: ['Não vendemos outra peça avulsa.'] },
    { id: 'half-price', re: "(?:leve|levando|compre|comprando|na compra)[^.!?]{0,50}metade do preço", why: 'A half-price offer on another unit is promotional content.',
      match: ['Levando duas, a luminária sai pela metade do preço.'], not: ['Reembolsamos metade do preço pela Amazon.'] },
    { id: 'second-unit-deal', re: "(?:segund|terceir)[oa] (?:\\p{L}{1,15} )?(?:pela metade|com \\d{1,2} ?%|de graça|grátis)", why: 'A discounted or free second unit is promotional content.',
      match: ['A segunda unidade grátis só hoje.'] },
    { id: 'coming-soon', re: "(?:em breve|logo) (?:lançamos|lançaremos|vamos lançar|teremos) (?:a |o |uma |um |nossa |nosso )?(?:nova |novo )?(?:linha|coleção|versão|modelo|cor)",
      why: 'Announcing an upcoming line is promotional content.', match: ['Em breve lançamos a linha infantil.', 'Logo teremos nova cor da garrafa.'] },
    // s6: referrals, loyalty programs, sales, offer sign-ups, social handles and tags, other colours.
    { id: 'refer-a-friend', re: "indique (?:a |nossa |nosso )?(?:\\p{L}{1,12} )?(?:para |pra |a )?(?:um|uma|seus|suas) amig\\p{L}{1,2}|indique e ganhe", why: 'A refer-a-friend offer is marketing.',
      match: ['Indique a loja para um amigo e ganhe 10%.', 'Indique uma amiga e as duas ganham desconto.'], not: ['Indicamos o tamanho M para quem calça 38.'] },
    { id: 'our-deals', re: "(?:confira|conheça|veja|aproveite|acompanhe) (?:as |os )?(?:nossas |nossos )?(?:promoções|ofertas|novidades|lançamentos|descontos)(?! (?:aplicad|do pedido|no pedido|da amazon))", why: 'Pointing the buyer to our deals is marketing.',
      match: ['Confira nossas promoções da semana.'] },
    { id: 'dont-miss-sale', re: "(?:aproveite|confira|não perca) (?:a |o |nossa |nosso |as |os )?(?:\\p{L}{1,12} )?(?:queima de estoque|black friday|oferta relâmpago|liquidação|promoção|promoções)",
      why: 'Urging the buyer to catch a sale is marketing.', match: ['Aproveite a queima de estoque de inverno!'], not: ['Sobre a queima de estoque: o preço é definido no anúncio da Amazon.'] },
    { id: 'loyalty-program', re: "(?:participe|entre|faça parte|cadastre-se|inscreva-se) (?:d[oa] |n[oa] |em |pr[oa] |para o |para a )?(?:nosso |nossa )?(?:programa de fidelidade|clube de (?:vantagens|benefícios|descontos|fidelidade))|acumul\\p{L}{1,4} pontos",
      why: 'Inviting the buyer into a loyalty program is marketing.', // s8c: the informal "pro/pra" ("entre pro nosso clube de vantagens")
      match: ['Participe do nosso programa de fidelidade.', 'Acumule pontos a cada pedido.', 'Entre pro nosso clube de vantagens.'],
      not: ['O programa de fidelidade citado no folheto é o Prime, da Amazon.'] },
    { id: 'offers-sign-up', re: "receb\\p{L}{1,4} (?:(?:as )?nossas (?:ofertas|promoções|novidades)|(?:as )?(?:ofertas|promoções))", why: 'Offering to send the buyer our offers is marketing.',
      match: ['Cadastre-se para receber nossas ofertas exclusivas.'], not: ['Você vai receber as atualizações do pedido por aqui.'] },
    { id: 'follow-handle', re: "(?:siga|sigam|segue)(?:-nos)? (?:a gente |a loja )?(?:no |na )?@[a-z0-9._]{2,30}", why: 'Asking the buyer to follow our social handle is marketing.',
      match: ['Siga @lojaazul.oficial no Instagram.'], not: ['Siga as instruções do manual para parear o controle.'] },
    { id: 'tag-us', re: "(?:marque|marca|marquem|marcando) (?:a gente|a loja|a nossa loja|nossa loja|nosso perfil|@[a-z0-9._]{2,30})|(?:use|usando|com) a hashtag",
      why: 'Asking the buyer to tag us or use our hashtag on social media is marketing.', match: ['Marque a gente nas suas fotos!', 'Poste a foto usando a hashtag #LojaAzul.'],
      not: ['Marque a opção de troca na página Seus pedidos.'] },
    { id: 'other-colors', re: "temos (?:também )?(?:outras|mais) (?:cores|tamanhos|estampas|modelos|versões|opções)", why: 'Pointing to other colours or sizes we sell is cross-selling.',
      match: ['Temos outras cores do mesmo jogo americano.'], not: ['Temos outras peças de reposição a caminho para você, sem custo.'] },
    { id: 'see-also', re: "(?:conheça|confira|veja|experimente) também (?:a |o |as |os )?(?:nossa|nosso|nossas|nossos|linha|coleção|outros|outras)", why: 'Pointing the buyer to more of our products is cross-selling.',
      match: ['Conheça também a nossa linha de travesseiros.'], not: ['Confira também o manual em PDF anexo.'] },
    { id: 'goes-with-your-order', re: "(?:produtos|itens|acessórios|peças) que combinam com", why: 'Offering products that match the order is cross-selling.',
      match: ['Produtos que combinam com o seu pedido: capa, fronha e protetor.'] },
    { id: 'special-discount', re: `desconto (?:especial|exclusivo)${NOT_EXPLAINED}${PT_NOT_APPLIED}`, why: 'Offering a special discount is promotional content.',
      match: ['Clientes antigos têm desconto especial: é só pedir.'] },
    { id: 'cheaper-on-domain', re: `(?:mais barat[oa]s?|mais em conta) (?:\\p{L}{1,12} ){0,3}(?:em|no|na) ${DOMAIN}`, why: 'A lower price on another web address promotes a sale outside Amazon.',
      match: ['Os filtros de reposição saem mais baratos em filtrolar.shop.'], not: ['O kit sai mais barato em três parcelas.'] },
    { id: 'direct-discount', re: "(?:compr|pedi|fech)\\p{L}{0,5} (?:direto|diretamente)[^.!?]{0,30}(?:desconto|mais barat|preço melhor|mais em conta)", why: 'A cheaper price for buying direct is an offer outside Amazon.',
      match: ['Nos encontre no Google e compre direto com desconto.', 'Comprando direto com a gente sai mais em conta.'] },
    { id: 'new-product-launch', re: "(?:lançamos|estamos lançando|lançaremos) (?:um |uma |o |a |nosso |nossa )?nov[oa]", why: 'Announcing a new product is promotional content.',
      match: ['Lançamos um novo sabor de café, experimente!'] },
    { id: 'we-raffle', re: "sorte(?:amos|aremos|ando|ar) (?:um|uma|brindes?|prêmios?|kits?)", why: 'Raffling prizes among buyers is promotional content.',
      match: ['Todo mês sorteamos um kit de toalhas entre quem comprou.'] },
    // s8c: marketing without a coupon word - catalogues on messengers, a price offered to the buyer, more units, clubs, launches, urgency, no fees.
    { id: 'messenger-catalog', re: "catálogo (?:d[oa]|n[oa]|pelo|pela|em) (?:whats ?app|zap|insta(?:gram)?|facebook|telegram)",
      why: 'Pointing to our catalogue on WhatsApp or Instagram advertises other products.', match: ['Vende também pelo nosso catálogo do WhatsApp Business.'] },
    { id: 'price-offer-to-you', re: "(?:te|lhe) (?:faço|fazemos|deixo|deixamos|vendo|vendemos|passo|passamos|fazer|deixar|vender|passar) (?:\\p{L}{1,12} ){0,4}(?:por|a) (?:r\\$ ?)?\\d{1,6}",
      why: 'Quoting the buyer a price for another item ("te faço esse segundo tapete por R$ 80") is a sales offer.',
      match: ['Consigo te fazer esse segundo tapete por R$ 80.', 'Te deixo o par por 50 reais.'], not: ['Te passamos o reembolso de R$ 49,90 pela Amazon.', 'Te passo o código de rastreio por aqui.'] },
    { id: 'more-units-deal', re: "mais (?:unidades|peças|pares|kits|caixas)[^.!?]{0,50}(?:fech|faç|faz|desconto|preço especial|por fora|condição)",
      why: 'Offering a deal on more units solicits another sale.', match: ['Se quiser comprar mais unidades, fechamos por fora.', 'Para mais unidades fazemos condição especial.'],
      not: ['Se faltarem mais peças, avise aqui que enviamos pela Amazon.', 'Se quiser mais unidades, pode comprar direto no anúncio da Amazon.'] },
    { id: 'our-club', re: "(?:nosso|nossa) (?:clube|programa de (?:pontos|vantagens|benefícios)|lista vip|comunidade vip)",
      why: 'Inviting the buyer into our club or VIP list is marketing.', match: ['Entre pro nosso clube de vantagens.', 'Faça parte da nossa lista VIP.'] },
    { id: 'launch-of-the-week', re: "lançamentos? d[aoe] (?:semana|mês|temporada|coleção|loja|marca)",
      why: 'Announcing the launch of the week or month is promotional content.', match: ['Lançamento da semana: a garrafa térmica.'] },
    { id: 'hurry-while-it-lasts', re: "corr(?:e|a|am),? (?:que|antes que)[^.!?]{0,40}(?:acab|esgot)\\p{L}{0,5}|aproveit\\p{L}{1,2} (?:antes que (?:acabe|esgote)|enquanto (?:durar|durarem|tem|há))",
      why: 'Urging the buyer to hurry before stock runs out is promotional content.', match: ['Chegou a versão térmica, corre que acaba.', 'Aproveite enquanto durar o estoque.', 'Corre que o kit com 4 potes está acabando!'] },
    { id: 'no-fees-there', re: `(?:lá|por lá|no site|direto|por fora|com a gente|conosco)[^.!?]{0,15}sem (?:as |a |nenhuma )?(?:taxas?|comiss\\p{L}{2,4})|sem (?:as )?taxas? da amazon`,
      why: 'A cheaper purchase "without fees" elsewhere is a price offer.', match: ['Temos site, lá sai sem taxa.'], not: ['A devolução é sem taxa nenhuma pela Amazon.'] },
    // s8c (second probe): a first-person price quote, our mailing list.
    { id: 'we-quote-a-price', re: "(?:faço|fazemos|deixo|deixamos)(?: \\p{L}{1,12}){0,3} (?:por|a) (?:r\\$ ?)?\\d{1,6}",
      why: 'Quoting the buyer our own price ("faço por R$ 120") is a sales offer.', match: ['Comprando três direto com a gente, faço por R$ 120.'], not: ['Fazemos a troca em até 7 dias.'] },
    { id: 'mailing-list', re: "lista (?:de (?:novidades|ofertas|promoções|e-?mails?|transmissão)|vip)", why: 'Our mailing or broadcast list is marketing.',
      match: ['Assina nossa lista de novidades.'] },
    // s8c (third probe): recommending to take the matching item too.
    { id: 'take-it-too', re: "(?:recomendo|recomendamos|sugiro|sugerimos|vale a pena) (?:muito )?(?:levar|comprar|pegar|adquirir) (?:junto|também|os dois|as duas|o kit|o conjunto)|combina\\p{L}{0,2} [^.!?]{0,40}da mesma (?:linha|coleção)",
      why: 'Recommending the buyer to buy the matching item too is cross-selling.', match: ['Combina super com o jogo de toalhas da mesma linha, recomendo levar junto.'],
      not: ['Recomendamos levar o produto a uma assistência autorizada.'] },
    // s8c (fourth probe): offer groups, selling the buyer a spare outside, a new line, "vale a pena pegar o modelo com".
    { id: 'deals-group', re: "grupo (?:de|com|das|dos) (?:ofertas|promoções|descontos|cupons|novidades|achadinhos)", why: 'A group for our deals is marketing.',
      match: ['Tenho um grupo de ofertas no Telegram, quer entrar?'] },
    { id: 'sell-you-outside', re: `vend(?:o|emos) (?:\\p{L}{1,15} ){0,5}(?:por fora|sem nota|fora da amazon)${PT_NOT_NEGATED}`, why: 'Offering to sell the buyer another item outside the order is a sales offer.',
      match: ['Se quiser, vendo o refil avulso pra você por fora, sem nota.'], not: ['Não vendemos nada por fora.'] },
    { id: 'new-line-of', re: "(?:conhe[cç]a|conhece|confira|confere|veja|vê|olha|olhe) (?:a |o |as |os )?(?:linha|coleção|coleções|linhas) (?:nova|novas|nov[ao] de)|(?:linha|coleção) nova de",
      why: 'Pointing the buyer to a new line of products is promotional content.', match: ['Aproveita e conhece a linha nova de capas!'] },
    { id: 'worth-getting-model', re: "vale a pena (?:pegar|levar|comprar|trocar pelo|trocar para o|ter) (?:o|a|um|uma) (?:modelo|versão|kit|linha|tamanho)",
      why: 'Recommending a different model is an upsell.', match: ['Vale a pena pegar o modelo com timer.'] },
    // s12: uma fórmula de escassez ("enquanto durarem os estoques") empurra para a compra
    { id: 'while-stocks-last', re: "enquanto (?:durarem|houver) (?:os )?(?:estoques?|unidades)|at[ée] (?:acabar|esgotar) (?:o )?estoque",
      why: 'Empurra o comprador a comprar antes de acabar o estoque, uma promoção que ele não pediu.',
      match: ['Promoção válida enquanto durarem os estoques.'], not: ['A cor rosa está esgotada; a reposição está prevista para 15 de julho.'] },
  ],
  personal_data: [
    // Date of birth, ID documents (RG, CNH, passaporte), bank secrets.
    { id: 'birth-date', re: "data de nascimento", why: 'A date of birth is personal data an order does not need.', match: ['Precisamos da sua data de nascimento.'] },
    // (s32 prec32b: not the birthday named as when a perk comes - "um mimo no seu aniversário" asks no date)
    { id: 'age-birthday', re: "(?:sua|seu) idade|(?<!(?:no|pelo|para o|em) )seu aniversário", why: 'The buyer\'s age or birthday is personal data an order does not need (not the birthday as the occasion of a perk).', match: ['Qual a sua idade?', 'Quando é o seu aniversário?'], not: ['Sócios ganham um brinde no seu aniversário.'] },
    // (the buyer's age and job asked as questions, whatever the reason given; the question ends there or goes on to another item,
    // so "quantos anos tem a garantia" asks nothing of the buyer - same structure as s33 g7 it-018)
    { id: 'age-or-job-question', re: "(?:quantos anos (?:você |o senhor |a senhora )?tem|que idade (?:você )?tem|o que (?:você|o senhor|a senhora) faz da vida|em que (?:você )?trabalha|(?:sua|tua) (?:profissão|ocupação))(?=\\s?(?:[?,;:!]|$)| (?:e|y|et|and|o|ou|und|oder) )",
      why: "Asks the buyer's age or job, personal data the order does not need.",
      match: ['Pode nos dizer quantos anos você tem e em que trabalha? É para nossa pesquisa.'], not: ['Quantos anos tem a garantia da furadeira?'] },
    // (not "RG" with a two-digit figure: German Raumgewicht, a foam's density - "Raumgewicht RG 50", "RG35"; s18 blind c.
    // An RG number is longer and dotted: "RG 12.345.678-9")
    // (not a product code that starts with the letters: "品番 RG-1420-BE" - s21 blind x ja-008)
    { id: 'rg', re: `(?<!raumgewicht )(?<![-/])\\brg\\b(?!\\s?\\d{2}(?![\\d.-]))(?![-/][a-z0-9])${PT_NOT_NEEDED}`, why: 'An RG (identity card) is an ID document an order does not need.', match: ['Mande foto do RG.', 'Envie o RG 12.345.678-9 por aqui.'], not: ['Die Matratze hat Raumgewicht RG 50.', 'Espuma de densidade RG35, capa lavável.', '品番 RG-1420-BE の手織りラグ、本日発送しました。'] },
    { id: 'cnh', re: `\\bcnh\\b${PT_NOT_NEEDED}`, why: 'A CNH (driving licence) is an ID document an order does not need.', match: ['Envie a CNH, frente e verso.'], not: ['A CNH não é necessária para a troca; basta o número do pedido.'] },
    { id: 'passport', re: `passaporte${PT_NOT_NEEDED}`, why: 'A passport is an ID document an order does not need.', match: ['Precisamos do passaporte do titular.'], not: ['Passaporte não é preciso: a devolução é feita só pela Amazon.'] },
    { id: 'id-card', re: `carteira de (?:identidade|motorista|habilitação)${PT_NOT_NEEDED}`, why: 'An identity card or driving licence is an ID document an order does not need.',
      match: ['Envie a carteira de motorista.'] },
    { id: 'photo-id', re: `(?<!(?:leve|levar|traga|trazer|apresente|apresentar|mostre|mostrar|portando)\\s(?:um\\s|o\\s|seu\\s|o seu\\s)?)documento (?:de identidade|com foto)${PT_NOT_NEEDED}`,
      why: 'A photo ID is an ID document an order does not need (not one the buyer shows at a pickup point: "leve um documento com foto").', match: ['Um documento com foto é necessário.'], not: ['O ponto de retirada fica aberto até as 20h, leve um documento com foto.'] },
    { id: 'bank-password', re: "senha (?:do|de) (?:banco|cartão|conta|app do banco)", why: 'A bank or card password must never be asked for.', match: ['Informe a senha do cartão para o estorno.'] },
    { id: 'your-password', re: "(?:sua|seu) senha(?! (?:do|de) wi-?fi)", why: 'The buyer\'s password must never be asked for (a Wi-Fi password in setup instructions is not that).',
      match: ['Qual é sua senha do aplicativo?'], not: ['Confira sua senha do Wi-Fi no manual.'] },
    { id: 'bank-details', re: "dados bancários", why: 'Bank details are personal data that refunds through Amazon do not need.', match: ['Passe seus dados bancários para o estorno.'] },
    // the card named after its detail with a possessive ("o número do seu cartão e a validade")
    // (not the buyer's own card checked in their Amazon account - s18 review 2)
    { id: 'card-detail-of', re: `(?:número|dados|validade|código de segurança) do (?:seu |teu )cartão(?! presente| de garantia)${PT_NOT_NEGATED}(?![^.!?\\n]{0,80}amazon)(?<!amazon[^.!?\\n]{0,120})`,
      why: 'Asks for the buyer\'s card number, expiry or security code, which an Amazon order never needs (s18 blind g, pt variant).',
      match: ['Mande o número do seu cartão e a validade.'], not: ['Nunca pediremos o número do seu cartão.'] },
    { id: 'card-number', re: "número do cartão(?! na amazon)", why: 'A card number must never be asked for.', match: ['Informe o número do cartão usado.'], not: ['Confira o número do cartão na Amazon.'] },
    { id: 'send-cpf', re: "(?:envie|mande|manda|passe|passa|informe) (?:seu |o seu |o )?cpf(?! (?:para|pra) (?:a )?nota)",
      why: 'A CPF asked beyond what the invoice needs is personal data (a CPF for the nota fiscal is a grey area left alone).',
      match: ['Passa o seu CPF pra cadastrar no nosso sistema.'], not: ['Informe o CPF para a nota, se quiser.'] },
    // The buyer's own channel: personal e-mail/phone/WhatsApp, Pix key, social profile.
    { id: 'ask-buyer-contact', re: "(?:qual|qual é|qual o|informe|passe|passa|me passa|mande|manda|envie) (?:é )?(?:o )?(?:seu|sua) (?:e-?mail|telefone|celular|número|whats ?app|zap|chave pix|perfil|nome)(?: (?:pessoal|particular|de whats ?app|no (?:facebook|instagram)))?(?!(?: (?:pessoal|particular|de whats ?app|no (?:facebook|instagram)))? (?:do pedido|de rastreio|de série|da amazon|modelo|de contribuinte|de identificação fiscal|fiscal|do nif|de nif|da encomenda|de encomenda|da fatura|de cliente))",
      why: 'Asking for the buyer\'s own e-mail, phone, Pix key or profile collects personal data the order does not need.',
      match: ['Qual o seu perfil no Instagram?', 'Passa o seu celular pra gente te chamar.'], not: ['Qual é o seu número do pedido?', 'Informe o seu e-mail pessoal da Amazon para localizarmos o pedido.', 'Indique o seu número de contribuinte para a fatura.'] },
    { id: 'personal-contact', re: "(?:seu|sua) (?:e-?mail|telefone|celular|número) (?:pessoal|particular)", why: 'The buyer\'s personal e-mail or phone is personal data the order does not need.',
      match: ['Seu celular particular agiliza o contato.'] },
    // (or "sua chave" with Pix named before it in the sentence: "devolvo no Pix, me passa sua chave" - s21 off2's note)
    { id: 'pix-key', re: "(?:seu|sua) chave(?: pix|(?<=(?<![\\p{L}])pix(?![\\p{L}])[^.!?\\n]{0,60}(?:seu|sua) chave)(?! (?:do|da|de|dos|das|allen|inglesa|sextavada|phillips|torx|reserva|nova|extra)(?![\\p{L}])))", why: 'A Pix key is personal banking data the order does not need.', match: ['Precisamos da sua chave Pix.', 'Posso te devolver o valor no Pix, me passa sua chave.'], not: ['O Pix já foi estornado; guarde sua chave do cadeado na caixa.', 'O reembolso vai por Pix hoje; sua chave Allen nova segue junto na caixa.', 'Pagamos o frete do Pixel via Amazon; sua chave reserva está no envelope.'] },
    { id: 'social-handle', re: "(?:seu|sua) (?:nome|perfil|usuário|arroba) (?:no|na) (?:facebook|instagram|tiktok|twitter)", why: 'A social-media handle is personal data the order does not need.',
      match: ['Seu usuário no TikTok, por favor.'] },
    { id: 'which-email', re: "qual (?:e-?mail|número|telefone|celular|whats ?app) (?:você |vc |a gente |nós |eu )?(?:pode |podemos |posso )?(?:usa|usar|uso|usamos|te mand|mand|cham|envi)", why: 'Asking which e-mail the buyer uses collects personal contact data.', match: ['Qual e-mail você usa fora daqui?', 'Qual número a gente pode usar pra te chamar?'] },
    { id: 'whatsapp-number', re: "número de whats ?app", why: 'A WhatsApp number is personal contact data the order does not need.', match: ['Anote seu número de WhatsApp aqui.'] },
    { id: 'pass-your-contact', re: "(?:passar|informar|mandar|enviar|deixar|me passa|me passe|nos passe) (?:o |a )?(?:seu|sua) (?:endereço de e-?mail|e-?mail|telefone|celular|número|whats ?app|zap)(?! (?:do pedido|de rastreio|de série|da amazon|modelo))",
      why: 'Asking the buyer to pass on their e-mail or phone collects personal contact data.', match: ['Pode me passar o seu endereço de e-mail?'] },
    // A selfie with the ID, the mother's name, a birthday, a number to call.
    { id: 'selfie-with-id', re: "(?:selfie|foto) (?:\\p{L}{1,12} ){0,2}(?:seu|sua|do seu|da sua|o seu|a sua) (?:documento|rg|cnh|identidade)",
      why: 'A selfie or photo with the buyer\'s ID document is identity data the order does not need.', match: ['Mande uma foto com sua identidade em mãos.'] },
    { id: 'mothers-name', re: "nome d[ao] (?:sua )?mãe|nome materno", why: 'The mother\'s name is identity data the order does not need.', match: ['Qual o nome da sua mãe?'] },
    { id: 'birthday-date', re: "data de aniversário", why: 'A birthday is personal data the order does not need.', match: ['Informe sua data de aniversário.'] },
    { id: 'number-to-call', re: "(?:qual|me passa|informe|passe|mande|manda) (?:é )?(?:o |um )?(?:melhor )?(?:número|telefone|celular)[^.!?]{0,30}(?:ligar|ligarmos|chamar|contatar|falar com você)",
      why: 'Asking for a number to call the buyer collects personal contact data.', match: ['Me passa o telefone para a gente ligar amanhã.', 'Qual o melhor número pra gente te ligar?'] },
    // s6: a contact sign-up and the buyer's social profile.
    { id: 'register-your-contact', re: "cadastr\\p{L}{1,4} (?:o |a )?(?:seu|sua|teu|tua) (?:e-?mail|telefone|celular|whats ?app|número)",
      why: 'Asking the buyer to register their e-mail or phone with us collects personal data the order does not need.', match: ['Cadastre seu e-mail para receber nossas ofertas.'] },
    { id: 'ask-buyer-social', re: "(?:qual|qual é|qual o|me passa|passa|passe|informe|manda|mande|me fala|fala|me diz|diz|me diga) (?:é )?(?:o |a )?(?:seu|sua|teu|tua) (?:insta(?:gram)?|facebook|tiktok|twitter|arroba|@)",
      why: 'The buyer\'s social profile is personal data the order does not need.', match: ['Qual o seu Instagram? Queremos mostrar a foto da sua sala.'] },
    { id: 'proof-of-address', re: `comprovante de (?:residência|endereço)${PT_NOT_NEEDED}`, why: 'A proof of address is personal data an order does not need.',
      match: ['Precisamos do seu comprovante de residência para liberar a troca.'], not: ['O comprovante de residência não é necessário para a troca.'] },
    { id: 'card-photo', re: "(?:foto|imagem|cópia|print)(?: \\p{L}{1,12}){0,3} cartão (?:de crédito|de débito|bancário)", why: 'A photo of the buyer\'s bank card must never be asked for.',
      match: ['Envie uma foto do seu cartão de crédito, frente e verso.'], not: ['O cartão de garantia vem dentro da caixa.'] },
    { id: 'card-security-code', re: "(?:código de segurança|cvv|cvc) (?:do|de) (?:seu )?cartão|\\bcvv\\b", why: 'A card security code must never be asked for.',
      match: ['Informe o código de segurança do cartão para o estorno.'] },
    { id: 'account-for-deposit', re: "(?:dados|número) da (?:sua )?conta (?:para|pra) (?:o )?(?:depósito|transferência|pix|reembolso)",
      why: 'The buyer\'s bank account details are personal data refunds through Amazon do not need.', match: ['Me passe os dados da conta para depósito.'] },
    { id: 'bank-statement', re: `extrato (?:bancário|do banco|da (?:sua )?conta)${PT_NOT_NEEDED}`, why: 'A bank statement is personal data an order does not need.',
      match: ['Envie o print do seu extrato bancário para conferirmos.'] },
    { id: 'account-email', re: "(?:qual|informe|passe|me passa|mande|manda) (?:é )?o (?:e-?mail|login|telefone|celular|número) (?:da|de|do) (?:sua|seu) (?:conta|cadastro)",
      why: 'The buyer\'s account e-mail or login is personal data the seller does not need.', match: ['Qual o e-mail da sua conta da Amazon?'] },
    { id: 'leave-your-contact', re: "(?:deixa|deixe|anota|anote) (?:o |a )?(?:seu|sua) (?:zap|whats ?app|wpp|telefone|celular|número|e-?mail)(?! (?:do pedido|de rastreio|de série))",
      why: 'Asking the buyer to leave their phone or e-mail collects personal contact data.', match: ['Deixa seu zap aqui que te chamo.'], not: ['Deixe o seu número do pedido na mensagem.'] },
    // s8c: the buyer's "contato", bank branch and account.
    { id: 'leave-your-contact-details', re: "(?:deixa|deixe|anota|anote|passa|passe|me passa|informe|mande|manda) (?:o |a )?(?:seu|sua|teu|tua) (?:contato|contatos)(?! (?:do pedido|da amazon|no pedido|aqui na amazon))",
      why: 'Asking the buyer to leave their contact details (phone or e-mail) collects personal data the order does not need.',
      match: ['Deixa seu contato que nosso técnico te procura.'], not: ['Deixe seu contato aqui na Amazon mesmo.'] },
    { id: 'bank-branch-account', re: "agência e (?:o )?(?:número da )?conta|(?:passar|passe|passa|me passa|informe|informar|mande|manda|envie|enviar) (?:\\p{L}{1,12} ){0,3}(?:conta (?:bancária|corrente|poupança)|dados da conta)",
      why: 'The buyer\'s bank branch and account are personal data a refund through Amazon does not need.',
      match: ['É só me passar agência e conta.', 'Informe sua conta corrente para o estorno.'], not: ['O reembolso do boleto vai para a conta bancária que você cadastrou na Amazon.'] },
  ],
  review_wording: [
    // After Request a Review any review wording blocks.
    { id: 'review-words', re: "(?:avalia(?:ção|ções|çao|cao)|opini(?:ão|ões)|estrel(?:as|inhas)|palavras (?:gentis|carinhosas))",
      why: 'Signals review wording, which blocks once the order already had a review request.', match: ['Obrigado pela avaliação!', 'Suas palavras carinhosas nos deixaram felizes.'] },
    { id: 'rate-verb', re: "(?:avaliar|avalie|nos avaliar)", why: 'Signals a review verb, which blocks once the order already had a review request.',
      match: ['Se puder, nos avalie.'] },
    { id: 'thanks-for-rating', re: "obrigad[oa]s? (?:por|pela?) (?:ter |haver )?(?:avaliado|classificado|deixado (?:sua|uma|a) avaliação)|obrigad[oa]s? por (?:nos )?avaliar",
      why: 'Thanks for the act of rating (a verb, not a review noun) is review wording too: after Request a Review it blocks as review_channel. (s15 blind: pt "Obrigado por ter avaliado o liquidificador!")',
      match: ['Obrigado por ter avaliado o liquidificador!', 'Obrigada por ter deixado sua avaliação.'], not: ['Obrigado por ter aguardado a entrega.'] },
    // (the past tense with the buyer as its subject; not a technician's or our own assessment: "o técnico avaliou", "avaliamos o pedido")
    { id: 'you-rated', re: "(?:você|vc|voce|o senhor|a senhora|tu)(?: já| ja| ainda não| ainda nao| não| nao)? (?:avaliou|avaliaste|classificou|pontuou)|(?:vimos|notamos|reparamos|vi|percebemos) que (?:\\p{L}+ ){0,3}?(?:avaliou|avaliaste|classificou)",
      why: 'The buyer\'s rating reported back ("we saw you rated the lamp"), or not yet given ("vimos que ainda não avaliou o produto" - s32 rrec32c s23p-pt-021, s26q-pt-016): a review talked about, review wording after Request a Review (s25 blind d pt-125: "vimos que você avaliou o jogo americano" was clean with reviewAlreadyRequested).',
      match: ['Vimos que você avaliou a luminária, obrigado!', 'Notamos que a senhora já avaliou o tapete.', 'Vimos que ainda não avaliou o produto.', 'Você ainda não avaliou o pedido?'], not: ['O técnico avaliou o aparelho e aprovou a troca.', 'Avaliamos o seu pedido de troca.'] },
  ],
  auto_reply: [
    { id: 'automatic-reply', re: "(?:resposta|mensagem) automática", why: 'Signals an auto-reply ("esta é uma resposta automática").', match: ['Esta é uma resposta automática.'] },
    { id: 'we-received', re: "recebemos sua (?:mensagem|pergunta|solicitação)", why: 'Signals an auto-reply acknowledging receipt of the buyer\'s message.',
      match: ['Recebemos sua mensagem e já estamos verificando.'] },
    { id: 'will-reply-soon', re: "(?:responderemos|retornaremos) (?:em até|o mais rápido|em breve)", why: 'Signals an auto-reply promising an answer within a time.',
      match: ['Responderemos em até 24 horas.'] },
  ],
  accept: [
    // A reply that takes up the buyer's channel ("Claro, te mando por e-mail", "Com certeza, te ligo").
    { id: 'sure', re: "claro(?<!(?:não (?:está|é|ficou)|azul|verde|cinza|rosa|marrom|cor|tom|mais|muito|bem|pouco|tão) claro)(?! que não)", why: 'Signals a reply that accepts the buyer\'s proposal (not a light colour, "não está claro" or "claro que não").',
      match: ['Claro, te mando por lá.'], not: ['A capa azul claro chega amanhã.', 'Não ficou claro qual peça faltou.'] },
    { id: 'of-course', re: "com certeza", why: 'Signals a reply that accepts the buyer\'s proposal.', match: ['Com certeza, te ligo amanhã.'] },
    { id: 'fine', re: "beleza", why: 'Signals a reply that accepts the buyer\'s proposal.', match: ['Beleza, mando o manual.'] },
    { id: 'leave-it-to-me', re: "pode deixar", why: 'Signals a reply that accepts the buyer\'s proposal.', match: ['Pode deixar, te chamo à tarde.'] },
    { id: 'no-problem', re: "sem problema", why: 'Signals a reply that accepts the buyer\'s proposal.', match: ['Sem problema, envio hoje.'] },
    { id: 'agreed', re: "combinado", why: 'Signals a reply that accepts the buyer\'s proposal.', match: ['Combinado, falamos amanhã.'] },
    // (s22 blind e: the call promised to a buyer who asked to be phoned, whatever the opener)
    { id: 'we-call-you-back', re: "(?:te|lhe) (?:ligo|ligamos|ligarei|ligaremos|telefono)(?![\\p{L}])|(?:ligo|ligamos|ligarei|ligaremos) (?:para|pra) (?:você|o senhor|a senhora)", why: 'The seller promises to phone the buyer who asked for a call: the buyer\'s channel taken up.',
      match: ['Pode deixar, te ligo amanhã cedo.', 'Ligamos para você à tarde.'] },
    { id: 'yes', re: "sim", why: 'Signals a reply that accepts the buyer\'s proposal.', match: ['Sim, pode ser.'] },
    { id: 'ok', re: "ok", why: 'Signals a reply that accepts the buyer\'s proposal.', match: ['Ok, te mando já.'] },
    { id: 'ill-send-you', re: "(?:te|lhe) (?:mando|mandamos|envio|enviamos|ligo|ligamos|chamo|chamamos|escrevo|escrevemos)", why: 'Signals the seller sending, calling or writing to the buyer directly.',
      match: ['Te mando o manual hoje.', 'Beleza, te chamo lá à tarde.'] },
    { id: 'by-channel', re: "(?:pelo|por|no|pro|para o) (?:e-?mail|whats ?app|zap|telefone|celular)", why: 'Signals a reply that names the buyer\'s off-Amazon channel.',
      match: ['Mando pelo WhatsApp.'] },
    // ("pode ser" is the reply's yes only as an interjection - alone, before a comma or "sim"; before a participle it is the modal "can be":
    // "o pagamento só pode ser feito pela própria Amazon" restricts the payment to Amazon - s24 blind f pt-016, s23 blind q pt-012; "pode ser que atrase" is a maybe)
    { id: 'deal', re: "fechado|tá bom|pode ser(?![ \\t]{1,3}(?!sim(?![\\p{L}]))\\p{L})", why: 'Signals a reply that accepts the buyer\'s proposal.', match: ['Fechado, te chamo lá às 14h.', 'Tá bom, mando por lá.', 'Pode ser, te chamo lá à noite.', 'Pode ser sim, mando por lá.'],
      not: ['O pagamento só pode ser feito pela Amazon.', 'A troca pode ser pedida em Meus pedidos.', 'A troca pode ser solicitada na página do pedido.', 'Pode ser que a entrega atrase um dia.'] },
    { id: 'saved-your-contact', re: "(?:salvei|anotei|adicionei|guardei) (?:o )?(?:seu|teu) (?:contato|número|zap|whats ?app|telefone|e-?mail|insta(?:gram)?)",
      why: 'Signals the seller taking up the buyer\'s own contact.', match: ['Perfeito, já salvei seu contato.'] },
    { id: 'ill-add-you', re: "(?:te |lhe )?adicion\\p{L}{1,4} (?:você )?(?:no|na|pelo) (?:insta(?:gram)?|facebook|whats ?app|zap|telegram)",
      why: 'Signals the seller adding the buyer on a social network or messenger.', match: ['Certo, vou te adicionar no Instagram.'] },
    // (the buyer's own mailbox taken up: look in the spam folder - s33 g9 fr-015, the same structure in every language)
    // (s37 gc37: the send already done to the buyer who asked for it by e-mail or WhatsApp, and the colloquial "done" opener,
    // as es 'interjection-ok'; both read only when the buyer proposed an outside channel)
    { id: 'just-sent-you', re: "acab(?:ei|amos) de (?:te |lhe )?(?:enviar|mandar|escrever|encaminhar)|(?:te|lhe) (?:enviei|mandei|escrevi|encaminhei|enviamos|mandamos|escrevemos)(?= (?:agora|já|aí|lá|o |a |os |as )|\\s{0,2}[,.!]|$)",
      why: 'The seller says it has just sent or written to the buyer who asked for an outside channel: the buyer\'s channel used.',
      match: ['Feito, acabamos de mandar o arquivo.', 'Já te enviei agora.'], not: ['Vou deixar o arquivo aqui na conversa.'] },
    { id: 'interjection-ok', re: "^(?:prontinho|pronto|feito|perfeito|fechou|tranquilo)(?= ?[,.!;:])", why: 'A colloquial "done/OK" opening the reply ("Prontinho, …", "Fechou!") accepts the buyer\'s proposal.',
      match: ['Fechou, te chamo mais tarde.', 'Pronto!'], not: ['O pedido está pronto para envio.'] },
    { id: 'check-spam', re: "(?:olh|confir|verifi|cheq)\\p{L}{1,4}(?: \\p{L}{1,10}){0,3} (?:spam|lixo eletrônico)",
      why: "Telling the buyer who gave an address to check the spam folder says the seller mailed them there, accepting the channel.",
      match: ['Prontinho! Se não achar, olha na caixa de spam.'] },
  ],
  refuse: [
    // Declining to leave Amazon ("só podemos responder aqui", "seguimos pelas mensagens da Amazon", "não trabalhamos com vendas por fora").
    { id: 'only-here', re: "(?:só|somente|apenas) (?:podemos|conseguimos|respondemos|atendemos) (?:\\p{L}{1,12} ){0,2}(?:aqui|pela amazon)",
      why: 'Signals a reply that keeps the conversation on Amazon.', match: ['Só podemos responder aqui pela Amazon.'] },
    { id: 'we-continue-here', re: "(?:seguimos|continuamos) (?:\\p{L}{1,12} )?(?:pelas|pela|nas|aqui)", why: 'Signals a reply that keeps the conversation on Amazon.',
      match: ['Seguimos pelas mensagens da Amazon.'] },
    { id: 'we-cannot', re: "não (?:podemos|é permitido|trabalhamos|temos linha)", why: 'Signals a reply that declines the buyer\'s off-Amazon proposal.', match: ['Não podemos aceitar Pix.'] },
    { id: 'amazon-messages', re: "mensagens da amazon", why: 'Signals a reply that points back to Amazon messaging.', match: ['Pode mandar tudo pelas mensagens da Amazon.'] },
    { id: 'we-answer-here', re: "respondemos (?:todas )?(?:as dúvidas )?aqui", why: 'Signals a reply that keeps the conversation on Amazon.', match: ['Respondemos todas as dúvidas aqui.'] },
    { id: 'here-in-this-chat', re: "aqui (?:mesmo|na conversa|nesta conversa|pelas mensagens|pelo chat)|(?:nesta|por esta) (?:conversa|mensagem)",
      why: 'Signals a reply that keeps the exchange in this Amazon conversation.', match: ['Sim, pode mandar as fotos aqui mesmo.', 'A nota segue anexa nesta conversa.'] },
    // (the restriction said impersonally or in the passive: "o pagamento só pode ser feito pela própria Amazon", "a compra só é possível via
    // Amazon" - s24 blind f pt-016: no "we" verb for only-here to read)
    { id: 'only-through-amazon-passive', re: "(?:só|somente|apenas|exclusivamente) (?:pode(?:m)? ser|é|são|será|serão) (?:\\p{L}{1,15} )?(?:pela|via|através da|dentro da|na) (?:própria )?amazon",
      why: 'Signals a reply that keeps the payment or the contact on Amazon, said impersonally.', match: ['O pagamento só pode ser feito pela própria Amazon.', 'A compra só é possível via Amazon.'],
      not: ['Só é possível comprar o kit fora da Amazon.', 'O pagamento pode ser feito pela Amazon ou por Pix.'] },
    { id: 'settled-through-amazon', re: "(?:trocamos|devolvemos|reembolsamos|resolvemos|enviamos|seguimos|fazemos) (?:tudo |a troca |o reembolso )?(?:pela|via) (?:própria )?amazon",
      why: 'Signals a reply that settles the matter through Amazon.', match: ['Combinado: trocamos pela Amazon e você recebe em 3 dias.'] },
  ],
  buyer_offplatform: [
    // ("mandar" messages only with a channel after it: "pode mandar para Rua Padre Anchieta, 455?" sends the parcel - s21 blind w pt-143)
    { id: 'call-me', re: "(?:me|pode) (?:liga|ligar|chama|chamar)(?! aqui)|(?:me|pode) mandar? (?:\\p{L}{1,10} ){0,3}?(?:mensage\\p{L}{1,2}|msg|whats ?app|zap|e-?mail|sms|áudio|um oi)(?![\\p{L}])", why: 'Signals a buyer asking to be called or messaged outside Amazon.',
      match: ['Me liga quando puder.', 'Pode mandar uma mensagem no zap?'], not: ['Pode mandar aqui mesmo.', 'Me mudei, pode mandar para Rua das Flores, 12?'] },
    { id: 'my-contact', re: "(?:meu|pro meu|para o meu|no meu) (?:e-?mail|whats ?app|zap|telefone|celular|número)", why: 'Signals a buyer offering their own e-mail or phone as a channel.',
      match: ['Manda pro meu e-mail, por favor.'] },
    { id: 'whatsapp', re: "whats ?app", why: 'Signals a buyer proposing WhatsApp.', match: ['Vocês têm WhatsApp?'] },
    { id: 'zap', re: "zap", why: 'Signals a buyer proposing "zap" (WhatsApp).', match: ['Me chama no zap.'] },
    { id: 'pix', re: "pix", why: 'Signals a buyer proposing payment by Pix, outside Amazon.', match: ['Posso pagar no Pix?'] },
    { id: 'off-the-books', re: "por fora", why: 'Signals a buyer proposing a deal "por fora" (outside Amazon).', match: ['Dá pra comprar por fora?'] },
    { id: 'outside-amazon', re: "fora da amazon", why: 'Signals a buyer proposing to deal outside Amazon.', match: ['Vocês vendem fora da Amazon?'] },
    { id: 'ill-send-photos', re: "te mando (?:as fotos )?(?:no|pelo)", why: 'Signals a buyer offering to send things through another channel.', match: ['Te mando as fotos pelo zap.'] },
    { id: 'add-me-on-social', re: "(?:me |nos )?(?:adiciona|adicione|segue|siga|procura|procure)(?: lá)? (?:no|na) (?:insta(?:gram)?|facebook|tiktok|telegram|direct)",
      why: 'Signals a buyer proposing to continue on a social network.', match: ['Me adiciona no insta, @paulinha.r'] },
    { id: 'social-handle', re: "@[a-z0-9._]{3,30}", why: 'Signals a buyer giving a social-media handle.', match: ['Meu insta é @paulinha.r'] },
    { id: 'email-address', re: WORD_WITH_AT, why: 'Signals a buyer giving an e-mail address.', match: ['Meu e-mail é joana.silva@gmail.com'] },
  ],
};
