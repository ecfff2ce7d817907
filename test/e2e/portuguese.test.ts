// Portuguese (Brazil), the seventh UI language (#14 item 7), end to end: a Chromium whose UI language
// is pt-BR, on sellercentral.amazon.com.br (marketplace A2Q3Y263D00KWC, America/Sao_Paulo), whose
// fixture pages print Brazilian labels and dates ("Resposta necessária", "Ontem", "05/12/2026",
// "5 de dez. de 2026 09:15 BRT"). Every ReplyGuard surface must speak Portuguese and read those dates
// exactly: inbox badges, the Request a Review chip, the orders-list pills, the composer panel, the
// popup and the options page.
import { describe, expect, it } from 'vitest';
import { useExtension, useSharedPage } from './setup';
import { slaBadges as badges, withExactTime } from './inbox-helpers';
import { RAR, openGuarded, withOrderJsonFailing } from './review-helpers';
import { openContactBuyer, panelState, settle, typeMessage } from './composer-helpers';
import { openFreshPopup } from './extension-helpers';
import { BR_ORDER_IDS, CASE_BR, MARKETPLACE } from '../fixtures/seller-central/scenarios';

declare const chrome: { i18n: { getUILanguage(): string; getMessage(key: string): string } };

const ext = useExtension({ locale: 'pt-BR' });
const page = useSharedPage(ext);

const HOST = 'sellercentral.amazon.com.br';
/** English words our surfaces would show if a string fell back to the English locale */
const ENGLISH = /\b(left|overdue|Request a Review|review window|sweet spot|opens in|closed|days?|hours?|not allowed|Remove the|blocked|Instead|unknown)\b/;
/** every pill text rules/review-window.ts has in Portuguese */
const PT_PILL = /^(abre em \d+ dias?|momento ideal|janela aberta|fecha em \d+ dias?|solicitada|janela fechada|data de entrega desconhecida|ainda não aberta)$/;

/** order id -> our review pill's text */
async function pills(): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('[data-rg="review-pill"]')].map((el) => [el.getAttribute('data-order-id') ?? '?', el.textContent ?? ''])),
  );
}

describe('pt-BR browser', () => {
  it('the extension runs in Portuguese (chrome.i18n follows --lang)', async () => {
    const options = await ext.openOptions();
    const ui = await options.evaluate(() => ({ lang: chrome.i18n.getUILanguage(), title: chrome.i18n.getMessage('optionsTitle') }));
    await options.close();
    expect(ui.lang).toMatch(/^pt/i);
    expect(ui.title).toBe('Opções do ReplyGuard');
  });

  it('the fixture .com.br pages are Brazilian Seller Central', async () => {
    await page.goto(`https://${HOST}/messaging/inbox-v3?fi=responseNeeded&rgfx_api=404`);
    await page.waitForSelector('.thread-row');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('pt-BR');
    const list = (await page.locator('[role=list]').textContent()) ?? '';
    expect(list).toContain('Resposta necessária');
    // list times as the Brazilian inbox prints them: "14:14" today, "Ontem", else "26 de nov."
    const times = await page.locator('.thread-time').allTextContents();
    expect(times.length).toBe(3);
    for (const time of times) expect(time.trim()).toMatch(/^(\d{2}:\d{2}|Ontem|\d{1,2} de (jan|fev|mar|abr|mai|jun|jul|ago|set|out|nov|dez)\.)$/);
  });
});

describe(`inbox on ${HOST}`, () => {
  it('badges count from the Brazilian list times, exact state, in Portuguese', async () => {
    await page.goto(`https://${HOST}/messaging/inbox-v3?fi=responseNeeded&rgfx_api=404`);
    await expect.poll(async () => Object.keys(await badges(page)).length, { timeout: 15_000 }).toBe(3);
    await withExactTime(page, 'Bruno', CASE_BR.ONTRACK);
    const b = await badges(page);
    expect(b[CASE_BR.ONTRACK]?.state).toBe('on-track');
    expect(b[CASE_BR.ONTRACK]?.text).toMatch(/^Faltam \d+ h/);
    expect(b[CASE_BR.OVERDUE]?.state).toBe('overdue');
    expect(b[CASE_BR.OVERDUE]?.text).toMatch(/^Atrasado há \d+ h/);
    expect(b[CASE_BR.ANSWERED]).toBeUndefined();
    for (const badge of Object.values(b)) expect(badge.text).not.toMatch(ENGLISH);
  });

  it('an opened thread ("5 de dez. de 2026 09:15 BRT" message times) gives the exact deadline', async () => {
    const thread = ext.state.brThreads.find((t) => t.caseId === CASE_BR.ATRISK)!;
    await page.locator('.thread-link', { hasText: 'Ana' }).click();
    await expect.poll(async () => (await badges(page))[CASE_BR.ATRISK]?.estimated, { timeout: 10_000 }).toBe(false);
    const badge = (await badges(page))[CASE_BR.ATRISK]!;
    // message times are shown to the minute: the deadline is 24 h after the buyer's message, within it
    const buyerAt = Math.floor(thread.messages[0]!.at / 60_000) * 60_000;
    expect(Math.abs(Date.parse(badge.dueAt!) - (buyerAt + 24 * 3_600_000))).toBeLessThan(60_000);
    expect(badge.state).toBe('at-risk');
    expect(badge.text).toMatch(/^Faltam \d+ h/);
  });
});

describe(`inbox on ${HOST}, with Amazon's inbox JSON`, () => {
  it('badges from the JSON: same states, in Portuguese', async () => {
    await page.goto(`https://${HOST}/messaging/inbox-v3?fi=responseNeeded`);
    await expect.poll(async () => Object.keys(await badges(page)).length, { timeout: 15_000 }).toBe(3);
    await expect.poll(async () => (await badges(page))[CASE_BR.ONTRACK]?.estimated, { timeout: 10_000 }).toBe(false);
    const b = await badges(page);
    expect(b[CASE_BR.ONTRACK]).toMatchObject({ state: 'on-track' });
    expect(b[CASE_BR.ATRISK]).toMatchObject({ state: 'at-risk' });
    expect(b[CASE_BR.OVERDUE]).toMatchObject({ state: 'overdue' });
    expect(b[CASE_BR.ONTRACK]?.text).toMatch(/^Faltam \d+ h/);
    expect(b[CASE_BR.OVERDUE]?.text).toMatch(/^Atrasado há \d+ h/);
    // the badge's tooltip and accessible name
    const badge = page.locator(`[data-rg="sla-badge"][data-thread-id="${CASE_BR.ONTRACK}"]`);
    await expect.poll(() => badge.getAttribute('title'), { timeout: 5_000 }).toMatch(/^Responder até .+ \(seu horário\), .+ \(horário do marketplace\)$/);
    expect((await badge.getAttribute('title')) ?? '').not.toMatch(ENGLISH);
    expect((await badge.getAttribute('aria-label')) ?? '').toMatch(/Faltam \d+ h/);
    expect((await badge.getAttribute('aria-label')) ?? '').not.toMatch(ENGLISH);
  });

  it('the reply box: the checker speaks Portuguese there too', async () => {
    await page.locator('.thread-link', { hasText: 'Camila' }).click();
    await page.waitForSelector('[data-rg="composer-panel"]', { timeout: 10_000 });
    await page.locator('.reply-box kat-textarea textarea').first().click();
    await page.keyboard.type('Olá Camila, me chame no WhatsApp 11 98765-4321 que resolvo rápido.');
    await settle(page);
    const state = await panelState(page);
    expect(state.rows.length).toBeGreaterThan(0);
    expect(state.rows.map((r) => r.rule)).toContain('phone');
    for (const row of state.rows) expect(row.text).not.toMatch(ENGLISH);
    expect(state.rows.find((r) => r.rule === 'phone')?.text).toContain('Números de telefone não são permitidos');
  });
});

describe(`orders on ${HOST}`, () => {
  it('Manage Orders: one pill per order, in Portuguese', async () => {
    await page.goto(`https://${HOST}/orders-v3`);
    await expect.poll(async () => Object.keys(await pills()).length, { timeout: 10_000 }).toBe(3);
    for (const text of Object.values(await pills())) expect(text).toMatch(PT_PILL);
  });

  it('Order details: the Request a Review chip says why, in Portuguese', async () => {
    const early = await openGuarded(page, `https://${HOST}/orders-v3/order/${BR_ORDER_IDS.tooEarly}`);
    expect(early.reason).toBe('too-early');
    expect(early.ariaDisabled).toBe('true');
    expect(early.text).toMatch(/^Solicitar uma avaliação bloqueado: o período de avaliação abre em /);
    expect(early.text).not.toMatch(ENGLISH);

    const sweet = await openGuarded(page, `https://${HOST}/orders-v3/order/${BR_ORDER_IDS.sweetSpot}`);
    expect(sweet.reason).toBe('eligible');
    expect(sweet.text).toMatch(/^Momento ideal para avaliação/);
  });

  it('Order details without the order JSON: reads "Entregar até: …" in Portuguese', async () => {
    await withOrderJsonFailing(ext, async () => {
      await page.goto(`https://${HOST}/orders-v3/order/${BR_ORDER_IDS.tooLate}`);
      const rar = page.locator(RAR);
      await expect.poll(() => rar.getAttribute('data-rg-review'), { timeout: 10_000 }).toBe('too-late');
      const text = (await page.locator('[data-rg="review-reason"]').textContent()) ?? '';
      expect(text).toMatch(/^Solicitar uma avaliação bloqueado/);
      expect(text).toContain('lido do texto da página');
    });
  });
});

describe(`orders on ${HOST}, after the order pages were seen`, () => {
  it('Manage Orders: the pills of the orders seen give each window, in Portuguese', async () => {
    await page.goto(`https://${HOST}/orders-v3`);
    await expect.poll(async () => (await pills())[BR_ORDER_IDS.sweetSpot], { timeout: 10_000 }).toBe('momento ideal');
    const byId = await pills();
    expect(byId[BR_ORDER_IDS.tooEarly]).toBe('abre em 3 dias');
  });

  // every Brazilian order was opened above, so the pills here come from the order JSON; the list's own
  // "Entregar até:" line is read by the unit test (page-readers.test.ts) - an e2e needs an order this
  // suite has not opened
  it.todo('Manage Orders: pills count from the list\'s Brazilian "Entregar até:" dates (order never opened)');
});

describe(`Request a Review page on ${HOST}`, () => {
  it('"Sim" on the Brazilian review page is recorded; the order page then says so in Portuguese', async () => {
    await page.goto(`https://${HOST}/messaging/reviews?orderId=${BR_ORDER_IDS.sweetSpot}&marketplaceId=${MARKETPLACE.BR}`);
    await page.waitForSelector('#ayb-reviews');
    await page.locator('kat-button[label="Sim"]').click();
    await page.waitForSelector('kat-alert[variant="success"]');
    await expect
      .poll(async () => (await openGuarded(page, `https://${HOST}/orders-v3/order/${BR_ORDER_IDS.sweetSpot}`)).reason, { timeout: 10_000 })
      .toBe('already-requested');
    const text = (await page.locator('[data-rg="review-reason"]').textContent()) ?? '';
    expect(text).toMatch(/^Solicitar uma avaliação bloqueado: já solicitada em /);
    expect(text).not.toMatch(ENGLISH);
  });
});

describe(`composer on ${HOST}`, () => {
  it('Contact Buyer: the finding messages are Portuguese', async () => {
    await openContactBuyer(page, HOST, BR_ORDER_IDS.sweetSpot, MARKETPLACE.BR);
    await typeMessage(page, 'Olá Bruno, se puder nos deixe uma avaliação. Escreva para contato@lojabr.com.br se precisar.');
    const state = await panelState(page);
    const rules = state.rows.map((r) => r.rule);
    expect(rules).toContain('email');
    expect(rules).toContain('review_request');
    const email = state.rows.find((r) => r.rule === 'email')!;
    expect(email.text).toContain('Endereços de e-mail não são permitidos');
    for (const row of state.rows) expect(row.text).not.toMatch(ENGLISH);
    expect(state.head).toMatch(/problemas/);
  });

  it('Send with a blocking finding: the guard dialog is Portuguese', async () => {
    await page.locator('kat-button.ayb-contact-form-send-button button').click();
    const dialog = page.locator('[data-rg="send-guard"] [role="dialog"]');
    await expect.poll(() => dialog.isVisible(), { timeout: 5_000 }).toBe(true);
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('Esta mensagem viola as regras de mensagens da Amazon');
    expect(text).toContain('Editar mensagem');
    expect(text).not.toMatch(ENGLISH);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(ext.state.sent).toEqual([]);
  });
});

describe('extension pages', () => {
  it('popup: Portuguese headings, the Brazilian overdue and at-risk threads', async () => {
    const popup = await openFreshPopup(ext);
    const text = (await popup.locator('body').textContent()) ?? '';
    expect(text).toContain('Atrasadas');
    expect(text).toContain('Tempo de resposta ao contato');
    await expect.poll(async () => popup.locator(`[data-rg="overdue-list"] [data-thread-id="${CASE_BR.OVERDUE}"]`).count(), { timeout: 10_000 }).toBe(1);
    const overdue = (await popup.locator(`[data-rg="overdue-list"] [data-thread-id="${CASE_BR.OVERDUE}"]`).textContent()) ?? '';
    expect(overdue).toContain(`Pedido ${BR_ORDER_IDS.tooLate}`);
    expect(overdue).toMatch(/atrasada há \d+ h/);
    expect(overdue).toContain('BR');
    expect((await popup.locator(`[data-rg="at-risk-list"] [data-thread-id="${CASE_BR.ATRISK}"]`).textContent()) ?? '').toMatch(/faltam \d+ h/);
    await popup.close();
  });

  it('options: the page heading is Portuguese', async () => {
    const options = await ext.openOptions();
    await expect.poll(() => options.locator('h1').first().textContent(), { timeout: 10_000 }).toBe('Opções do ReplyGuard');
    await options.close();
  });

  it('options: the tab title is Portuguese', async () => {
    const options = await ext.openOptions();
    await expect.poll(() => options.title(), { timeout: 10_000 }).toBe('Opções do ReplyGuard');
    await options.close();
  });

  it('toolbar button title is Portuguese', async () => {
    const title = () => ext.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { action: { getTitle(d: object): Promise<string> } } }).chrome.action.getTitle({}));
    await expect.poll(title, { timeout: 10_000 }).toMatch(/^ReplyGuard: \d+ atrasadas, \d+ em risco$/);
  });
  // the reminder notifications use the same locale keys (reminderTitle, reminderInternal, reminderLead;
  // test/unit/background/reminders.test.ts); a notification's text is not readable from a test
});
