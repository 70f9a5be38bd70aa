import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { startTestApp, type TestApp } from '../support/testApp';

let t: TestApp;
let browser: Browser;

beforeAll(async () => {
  t = await startTestApp();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function openChat(): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${t.baseUrl}/`);
  await waitForBotBubbles(page, 'Anh/chị cần em giúp việc gì ạ?', 1);
  return page;
}

/** Waits until the transcript shows `count` bot bubbles containing `text`. */
async function waitForBotBubbles(page: Page, text: string, count: number): Promise<void> {
  const bubbles = page.locator('.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content').filter({ hasText: text });
  const deadline = Date.now() + 15_000;
  while ((await bubbles.count()) < count) {
    if (Date.now() > deadline) throw new Error(`expected ${count} bot bubbles with "${text}", saw ${await bubbles.count()}`);
    await page.waitForTimeout(100);
  }
}

async function send(page: Page, text: string): Promise<void> {
  const box = page.locator('[data-id="webchat-sendbox-input"]');
  await box.fill(text);
  await box.press('Enter');
}

test('the web chat page greets, takes "xin chào" and shows the bot\'s Vietnamese reply with its menu', async () => {
  const page = await openChat();
  expect(await page.locator('html').getAttribute('lang')).toBe('vi');
  await send(page, 'xin chào');
  // Web Chat's own labels are in Vietnamese: the locale is vi-VN.
  await page.getByLabel('Bạn đã nói:xin chào').first().waitFor();
  await waitForBotBubbles(page, 'Anh/chị cần em giúp việc gì ạ?', 2);
  const menu = page.getByRole('button', { name: 'Tra cứu hồ sơ' }).last();
  expect(await menu.isVisible()).toBe(true);
  await page.screenshot({ path: 'tmp/webchat.png' }).catch(() => undefined);
  await page.close();
});

test('clicking a suggested action sends it as the citizen\'s message and the bot answers it', async () => {
  const page = await openChat();
  await page.getByRole('button', { name: 'Gặp cán bộ' }).last().click();
  await page.getByLabel('Bạn đã nói:Gặp cán bộ').first().waitFor();
  await waitForBotBubbles(page, 'gặp trực tiếp cán bộ', 1);
  await page.close();
});

test('asked without diacritics about birth registration, then about the fee, the page shows the catalogue\'s exact fee statement', async () => {
  const khaiSinh = t.app.knowledge.catalogue().get('1.001193');
  const feeText = khaiSinh?.submission.find((s) => s.fee)?.fee?.text;
  expect(feeText).toBeTruthy();
  const page = await openChat();
  await send(page, 'lam giay khai sinh cho con can giay to gi');
  await waitForBotBubbles(page, '1.001193', 1);
  await send(page, 'con le phi thi sao');
  await waitForBotBubbles(page, 'lệ phí thủ tục Đăng ký khai sinh', 1);
  const feeBubble = page.locator('.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content').filter({ hasText: 'lệ phí thủ tục' });
  expect(await feeBubble.last().innerText()).toContain(feeText!.slice(0, 80));
  await page.screenshot({ path: 'tmp/webchat-fee.png' }).catch(() => undefined);
  await page.close();
});
