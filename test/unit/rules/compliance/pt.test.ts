// Portuguese (amazon.com.br): every rule family with fresh wording (not corpus sentences), the
// near-misses that must stay quiet, and a check that every entry of lexicon/pt.ts is data that
// carries its own examples.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';
import { type ListName } from '../../../../rules/compliance/detectors/lexical';
import { LEXICONS } from '../../../../rules/compliance/lexicon';

const rulesOf = (text: string, options = {}) =>
  [...new Set(checkMessage(text, { languages: ['pt'], ...options }).filter((f) => f.severity !== 'info' && f.layer !== 'model').map((f) => f.rule))].sort();

/** [list, text]: each text must be flagged by the list's rule (review_wording/accept/refuse/buyer_offplatform are exercised through their own checks). */
const FLAGGED: readonly [ListName, string][] = [
  // offplatform
  ['offplatform', 'Mande a foto pelo WhatsApp.'],
  ['offplatform', 'Me chama no zap que eu explico.'],
  ['offplatform', 'Temos um canal no Telegram para clientes.'],
  ['offplatform', 'Adicione a gente no WeChat.'],
  ['offplatform', 'Use o Signal app para falar com o técnico.'],
  ['offplatform', 'Fala com a gente pelo direct do Instagram.'],
  ['offplatform', 'Participe do nosso grupo no WhatsApp.'],
  ['offplatform', 'Escreva direto para o nosso financeiro.'],
  ['offplatform', 'Ligue pro nosso técnico amanhã.'],
  ['offplatform', 'Se preferir, nos ligue depois das 14h.'],
  ['offplatform', 'Fala direto comigo que resolvo.'],
  ['offplatform', 'Entre em contato conosco pelo telefone da loja.'],
  ['offplatform', 'Resolvemos isso por ligação em cinco minutos.'],
  ['offplatform', 'Nossa central de atendimento resolve hoje.'],
  ['offplatform', 'O SAC da marca atende até as 18h.'],
  ['offplatform', 'Cadastre a nota em garantia.minhaloja.store para ativar.'],
  ['offplatform', 'Tem refil mais barato em loja-agua.shop.'],
  ['offplatform', 'Ligue: 11 3333-4444.'],
  ['offplatform', 'Passa o seu celular pra gente te chamar.'],
  ['offplatform', 'Qual e-mail você usa no dia a dia?'],
  ['offplatform', 'Compre direto no nosso site na próxima vez.'],
  ['offplatform', 'Na nossa loja online o preço é outro.'],
  ['offplatform', 'Te vendo a peça direto, sem nota.'],
  ['offplatform', 'Vendemos o acessório por fora, mais barato.'],
  ['offplatform', 'Se cancelar, devolvemos tudo sem passar pela Amazon.'],
  ['offplatform', 'Assim a gente economiza as taxas.'],
  ['offplatform', 'Faz um Pix de R$ 10 que mandamos o cabo.'],
  ['offplatform', 'Me passa a chave Pix, por favor.'],
  ['offplatform', 'O reembolso pode ser feito via boleto bancário.'],
  ['offplatform', 'Pague o frete pelo link que mandamos.'],
  ['offplatform', 'Segue o link de pagamento para o segundo item.'],
  ['offplatform', 'Nosso WhatsApp é o da assinatura.'],
  // leading
  ['leading', 'Se você gostou da cafeteira, uma avaliação ajudaria.'],
  ['leading', 'Agora que você já está usando o purificador, conte na avaliação!'],
  ['leading', 'O quadro deve ter ficado lindo na parede: que tal uma avaliação?'],
  ['leading', 'Como tudo chegou certinho, esperamos sua avaliação.'],
  // (gladness that it arrived is logistics, no assumed experience: the corpus has it review_request only - s17 blind-c pt-022)
  ['leading', 'Que bom que a mochila ficou perfeita! Uma avaliação ajudaria.'],
  ['leading', 'Curtiu o fone novo? Deixe uma avaliação.'],
  ['leading', 'Esperamos que esteja satisfeita com a cadeira e que nos avalie.'],
  ['leading', 'Se puder, nos dê 5 estrelas.'],
  ['leading', 'Avalie com nota 10, por favor.'],
  ['leading', 'Merece 5/5, né?'],
  ['leading', 'Nossa meta é nota máxima em todos os pedidos.'],
  ['leading', 'Uma avaliação positiva faria nosso dia.'],
  ['leading', 'Uma ótima avaliação seria um presente.'],
  ['leading', 'Antes de dar nota, fale com a gente.'],
  ['leading', 'Qualquer coisa, responda primeiro aqui.'],
  ['leading', 'Não deixe avaliação ruim, resolvemos tudo.'],
  ['leading', 'Uma nota baixa prejudica muito a loja.'],
  ['leading', 'Você poderia atualizar sua avaliação agora?'],
  ['leading', 'Se puder, altere a nota para cinco.'],
  ['leading', 'Veja como remover avaliação no app.'],
  ['leading', 'Manda um print da sua avaliação pra gente.'],
  ['leading', 'Ganhe um cupom de R$ 20 por cada avaliação publicada.'],
  ['leading', 'Por uma avaliação sua, receba frete grátis.'],
  ['leading', 'Publique a avaliação e devolvemos o frete.'],
  ['leading', 'Prolongamos a garantia se você avaliar o produto.'],
  ['leading', 'Damos um brinde em troca de uma avaliação.'],
  ['leading', 'Concorra a um prêmio todo mês!'],
  ['leading', 'Somos uma pequena loja e dependemos de avaliações.'],
  ['leading', 'Cada avaliação conta muito para uma pequena marca como a nossa.'],
  ['leading', 'A maioria dos compradores aprova esta mochila.'],
  ['leading', 'Centenas de clientes felizes usam nosso filtro.'],
  // review_request
  ['review_request', 'Por gentileza, deixe uma avaliação do produto.'],
  ['review_request', 'Avalie a cafeteira quando puder.'],
  ['review_request', 'Já teve a chance de avaliar a mochila?'],
  ['review_request', 'Uma avaliação sincera sua seria ótima para nós.'],
  ['review_request', 'Críticas e comentários sobre a entrega são muito bem-vindos.'],
  ['review_request', 'A sua sobre o ventilador seria muito bem-vinda.'],
  ['review_request', 'Adoraríamos ler a sua opinião.'],
  ['review_request', 'Ainda falta avaliação para este modelo.'],
  ['review_request', 'Avaliações ajudam muito outros compradores.'],
  ['review_request', 'É exatamente o que os próximos compradores precisam.'],
  ['review_request', 'Conte como foi, em forma de avaliação.'],
  ['review_request', 'Compartilhe sua experiência com a gente.'],
  ['review_request', 'Conte pros outros compradores como ficou.'],
  ['review_request', 'O que achou da luminária? Deixe na página da Amazon.'],
  ['review_request', 'Tem um minuto para nos avaliar?'],
  ['review_request', 'Como nos saímos neste pedido?'],
  ['review_request', 'Uma avaliação do ventilador?'],
  ['review_request', 'Se quiser deixar sua nota, é rápido.'],
  ['review_request', 'Clique em Escrever avaliação do produto.'],
  ['review_request', 'Mande o print quando publicar.'],
  ['review_request', 'Deixe algumas palavras pra gente na Amazon.'],
  ['review_request', 'Pela sua opinião, ganhe um vale de R$ 15.'],
  ['review_request', 'Um vale de R$ 30 para cada avaliação.'],
  ['review_request', 'Aumentamos a garantia se você publicar sua avaliação.'],
  ['review_request', 'Somos uma pequena empresa e cada avaliação nos ajuda.'],
  // marketing
  ['marketing', 'Com o cupom VOLTA10 o frete sai por nossa conta.'],
  ['marketing', 'Use o código de desconto NATAL.'],
  ['marketing', 'Tem 20% de desconto nos lençóis.'],
  ['marketing', 'Guarde este código para a próxima compra.'],
  ['marketing', 'Vale para o próximo pedido também.'],
  ['marketing', 'Se precisar de mais capacidade, o modelo grande cabe o dobro.'],
  ['marketing', 'A versão premium tem motor mais forte.'],
  ['marketing', 'Muitos trocam pelo modelo maior depois.'],
  ['marketing', 'O kit com 2 panos fica mais em conta.'],
  ['marketing', 'No combo, a espátula sai de graça.'],
  ['marketing', 'Comprando três, sai 10% mais barato.'],
  ['marketing', 'Para combinar, também vendemos a fronha.'],
  ['marketing', 'Temos também uma capa para o colchão.'],
  ['marketing', 'Quem comprou o filtro também levou a jarra.'],
  ['marketing', 'Confira nossos outros produtos na Amazon.'],
  ['marketing', 'Nossos outros modelos são de cerâmica.'],
  ['marketing', 'Comprando direto, evitar as taxas fica fácil.'],
  ['marketing', 'Chegou a nova coleção de inverno!'],
  ['marketing', 'Acabamos de lançar a garrafa térmica grande.'],
  ['marketing', 'Procure por "Luma Kids" na busca.'],
  ['marketing', 'Siga a gente no TikTok!'],
  ['marketing', 'Siga-nos para novidades.'],
  ['marketing', 'Todo mês tem sorteio para clientes.'],
  ['marketing', 'Assine nossa newsletter.'],
  ['marketing', 'Frete grátis em todo o site nesta semana.'],
  // personal_data
  ['personal_data', 'Precisamos da sua data de nascimento.'],
  ['personal_data', 'Qual a sua idade?'],
  ['personal_data', 'Mande foto do RG.'],
  ['personal_data', 'Envie a CNH, frente e verso.'],
  ['personal_data', 'Precisamos do passaporte do titular.'],
  ['personal_data', 'Envie a carteira de motorista.'],
  ['personal_data', 'Um documento com foto é necessário.'],
  ['personal_data', 'Informe a senha do cartão para o estorno.'],
  ['personal_data', 'Qual é sua senha do aplicativo?'],
  ['personal_data', 'Passe seus dados bancários para o estorno.'],
  ['personal_data', 'Informe o número do cartão usado.'],
  ['personal_data', 'Passa o seu CPF pra cadastrar no nosso sistema.'],
  ['personal_data', 'Qual é o seu telefone pessoal?'],
  ['personal_data', 'Seu celular particular agiliza o contato.'],
  ['personal_data', 'Precisamos da sua chave Pix.'],
  ['personal_data', 'Qual o seu perfil no Instagram?'],
  ['personal_data', 'Seu usuário no TikTok, por favor.'],
  ['personal_data', 'Qual e-mail você usa fora daqui?'],
  ['personal_data', 'Anote seu número de WhatsApp aqui.'],
  // s5: paraphrases the first lexicon did not know (channels, portals, payment links, assumed-good asks, bundles)
  ['offplatform', 'Procure a gente no Instagram que explico melhor.'],
  ['offplatform', 'Respondemos também pelo WhatsApp da loja.'],
  ['offplatform', 'Manda tudo por e-mail que respondo rápido.'],
  ['offplatform', 'O site da nossa marca tem o manual completo.'],
  ['offplatform', 'Abra o chamado no nosso portal.'],
  ['offplatform', 'Vendemos o segundo par direto com você.'],
  ['offplatform', 'Fazemos sem intermediários e sai mais em conta.'],
  ['offplatform', 'Mando um link do PicPay para acertar o frete.'],
  ['offplatform', 'Me diga um horário para eu te ligar.'],
  ['leading', '8 em cada 10 compradores repetem a compra.'],
  ['leading', 'Uma nota alta faria diferença para nós.'],
  ['leading', 'Caso tenha gostado do tapete, deixe sua opinião.'],
  ['leading', 'Aposto que a luminária ficou linda na sala; que tal uma avaliação?'],
  ['leading', 'Antes de qualquer comentário, fale com a gente.'],
  ['leading', 'Poderia reconsiderar sua avaliação de uma estrela?'],
  ['leading', 'Liberamos o cupom quando sua avaliação for publicada.'],
  ['review_request', 'Publique lá na Amazon o que achou da panela.'],
  ['review_request', 'Seu depoimento sobre o fone seria ótimo para outros clientes.'],
  ['review_request', 'Adoraria ler sua opinião sobre o ventilador.'],
  ['review_request', 'Ainda não recebemos sua avaliação do pedido.'],
  ['review_request', 'Dá pra mostrar para outros compradores como ficou?'],
  ['review_request', 'Que tal registrar sua impressão do produto?'],
  ['review_request', 'Cada estrelinha conta muito para nós.'],
  ['marketing', 'No combo, as canecas saem bem menos por unidade.'],
  ['marketing', 'Na compra de duas toalhas, ganhe um desconto.'],
  ['marketing', 'Leve 3, pague 2 nesta semana.'],
  ['marketing', 'Comprando duas, a segunda vem grátis.'],
  ['marketing', 'O modelo maior está com preço especial.'],
  ['marketing', 'Dá uma olhada na nossa vitrine da Amazon.'],
  ['marketing', 'Vendemos outra unidade com desconto.'],
  ['marketing', 'Logo teremos nova cor da garrafa.'],
  ['personal_data', 'Mande uma foto com sua identidade em mãos.'],
  ['personal_data', 'Qual o nome da sua mãe?'],
  ['personal_data', 'Informe sua data de aniversário.'],
  ['personal_data', 'Me passa o telefone para a gente ligar amanhã.'],
  ['offplatform', 'O depósito vai direto para a nossa conta.'],
  ['offplatform', 'Pague o restante por Pix e enviamos hoje.'],
  ['offplatform', 'Pedindo diretamente conosco o frete é menor.'],
  ['leading', 'Se o fone atendeu bem, conta nas estrelas.'],
  ['review_request', 'Mostra pra gente numa avaliação como ficou.'],
  ['review_request', 'Coloque isso na sua nota, por favor.'],
  ['personal_data', 'Pode me passar o seu endereço de e-mail?'],
  ['marketing', 'Levando duas, a luminária sai pela metade do preço.'],
  ['marketing', 'A segunda unidade grátis só hoje.'],
  ['leading', 'Já que deu tudo certo, que tal uma avaliação?'],
  ['leading', 'Cada comentário com vídeo ganha um brinde.'],
  ['leading', 'Sobre aquela nota baixa, poderia rever?'],
  ['review_request', 'Agradecemos desde já pela sua opinião.'],
  ['review_request', 'Quantas estrelinhas você daria ao produto?'],
  ['offplatform', 'Esse modelo também está na Shopee.'],
  ['offplatform', 'Respondemos dúvidas em ajuda@lojabela.shop.'],
  ['marketing', 'Quem leva a panela costuma levar também a tampa.'],
  ['marketing', 'Concorra a um kit de toalhas.'],
];

const QUIET: readonly string[] = [
  'Não podemos aceitar Pix nem transferência fora da Amazon.',
  'Nunca pedimos pagamento por link de pagamento.',
  'A transportadora vai ligar para o telefone do pedido.',
  'O jogo de panelas Cinco Estrelas foi enviado hoje.',
  'O cupom que você ativou já foi aplicado no pagamento.',
  'Fale com a gente por aqui mesmo, pelas mensagens.',
  'Qual é o modelo do seu celular?',
  'Digite a senha do seu Wi-Fi no aplicativo.',
  'Obrigado pela avaliação 5 estrelas!',
  'Nota 4,5 de 5 na descrição é do fabricante.',
  'Avaliamos o dano e a troca sai hoje.',
  'A nota fiscal segue em anexo.',
  'Confira a peça antes de montar: o manual mostra a escala de 1 a 5 do brilho.',
  'Emitimos a nota fiscal com o CPF do pedido.',
  'Enviamos o reembolso e obrigado pelo comentário sobre a caixa.',
  // s5 guards: a carrier who calls, a refusal to sell outside Amazon
  'O motorista da transportadora pode ligar pra você no dia da entrega.',
  'Não vendemos nada por fora da Amazon.',
  'A loja não atende por WhatsApp; seguimos por aqui.',
  'Não damos brindes em troca de avaliações.',
  'Agradecemos a sua avaliação do atendimento.',
  'Reembolsamos metade do preço pela Amazon.',
  'O técnico precisa do número para te ligar.',
  'Fazemos outra peça para substituir a quebrada.',
  'O código promocional que você usou já aparece descontado.',
];

describe('Portuguese lexicon', () => {
  it.each(FLAGGED)('%s: %s', (list, text) => {
    expect(rulesOf(text)).toContain(list);
  });

  it.each(QUIET.map((t) => [t]))('stays quiet: %s', (text) => {
    expect(rulesOf(text)).toEqual([]);
  });

  it('accepting the buyer\'s zap or e-mail is off-Amazon; declining is not', () => {
    const buyerMessage = 'Me chama no zap, (11) 98888-7777';
    expect(rulesOf('Beleza, te chamo lá à tarde.', { buyerMessage })).toContain('offplatform');
    expect(rulesOf('Só podemos responder aqui pela Amazon, pode mandar as fotos nesta mensagem.', { buyerMessage })).toEqual([]);
  });

  it('after Request a Review any review wording blocks', () => {
    expect(rulesOf('Obrigado pela avaliação!', { reviewAlreadyRequested: true })).toContain('review_channel');
  });

  it('messages and suggestions read in Portuguese', () => {
    const [f] = checkMessage('www.loja.com.br', { uiLanguage: 'pt' });
    expect(f?.message).toMatch(/Endereços de sites/);
  });

  it('every entry of the lexicon is data with its own examples (lexicon-entries.test.ts runs them alone)', () => {
    const bare = (Object.keys(LEXICONS.pt) as ListName[]).flatMap((list) => LEXICONS.pt[list].filter((item) => typeof item === 'string').map((item) => `${list}: ${item}`));
    expect(bare).toEqual([]);
  });
});
