/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The sandbox in a real browser: Debian's Chromium (through playwright-core) drives the page, the page
 * drives the fake Slack, the fake Slack drives the real Bolt app with the real offline analyst — the
 * way a newcomer would try Mix Analyst without a workspace. Screenshots go to test/output/.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_IDS } from '../../src/fakeslack/index.js';
import { type SandboxStack, startSandboxStack } from './stack.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const IN_CI = /^(1|true)$/i.test(process.env.CI ?? '');
const OUT = 'test/output';

const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

describe.runIf(!HAVE_CHROMIUM && IN_CI)('sandbox browser test (Chromium missing)', () => {
  it('needs Chromium', () => {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install Debian's package (apt-get install -y chromium; .ci/run does this) or set CHROMIUM_PATH.`);
  });
});

describe.runIf(HAVE_CHROMIUM)('sandbox page in Chromium, driving the real app', () => {
  let stack: SandboxStack;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await mkdir(OUT, { recursive: true });
    stack = await startSandboxStack();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    // Record every thread status the page is sent. Whether the "is thinking…" line is on screen depends on the
    // thread pane being open before the answer lands (a race with a fast answer); its rendering is unit-tested
    // in render.test.ts, so here we check the page was told.
    await page.addInitScript(() => {
      const w = window as unknown as { statusEvents: { thread_ts: string; status: string }[] };
      w.statusEvents = [];
      const Native = window.WebSocket;
      window.WebSocket = class extends Native {
        constructor(url: string | URL, protocols?: string | string[]) {
          super(url, protocols);
          this.addEventListener('message', (e: MessageEvent) => {
            const ev = JSON.parse(String(e.data)) as { type?: string; thread_ts?: string; status?: string };
            if (ev.type === 'status' && ev.thread_ts && ev.status) w.statusEvents.push({ thread_ts: ev.thread_ts, status: ev.status });
          });
        }
      };
    });
    await page.goto(`${stack.sandbox.url}?user=${FAKE_IDS.admin}&channel=${FAKE_IDS.marketing}`);
    await page.waitForSelector('.intro');
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  /** Sends a message from the channel composer, choosing the app from the @-autocomplete. */
  async function askInChannel(question: string): Promise<string> {
    const input = page.locator('#composer textarea');
    await input.click();
    await input.pressSequentially('@Mix');
    await page.locator('#composer .autocomplete li', { hasText: 'Mix Analyst' }).waitFor();
    await input.press('Tab');
    await input.pressSequentially(question);
    await input.press('Enter');
    const msg = page.locator('#messages .msg', { hasText: question }).last();
    await msg.waitFor();
    return (await msg.getAttribute('data-ts')) as string;
  }

  async function openThreadOf(ts: string): Promise<void> {
    const summary = page.locator(`#messages .msg[data-ts="${ts}"] .thread-summary`);
    await summary.waitFor({ timeout: 30_000 });
    await summary.click();
    await page.locator('#thread-pane:not(.hidden)').waitFor();
  }

  async function closeThread(): Promise<void> {
    if (await page.locator('#thread-pane').isVisible()) await page.locator('#thread-close').click();
  }

  async function settle(): Promise<void> {
    await page.evaluate(() => document.fonts.ready);
    await page.waitForFunction(() => [...document.images].every((i) => i.complete));
  }

  it('answers a data question in a thread, with the sources in a context block', async () => {
    const ts = await askInChannel('what did we pay per thousand impressions on Meta in Q2 2025?');
    expect(await page.locator(`#messages .msg[data-ts="${ts}"] .mention`).first().textContent()).toBe('@Mix Analyst');
    await openThreadOf(ts);
    const answer = page.locator('#thread-messages .msg.from-bot', { has: page.locator('.bk-context') }).first();
    await answer.waitFor({ timeout: 30_000 });
    expect(await answer.locator('.msg-author').textContent()).toBe('Mix Analyst');
    expect(await answer.locator('.bk-text').first().innerText()).toMatch(/CPM.*Q2 2025.*£\d/s);
    const sources = await answer.locator('.bk-context', { hasText: 'RAG analyst' }).innerText();
    expect(sources).toContain('RAG analyst');
    expect(sources).toContain('raw/meta_ads.csv');
    const helpful = answer.locator('.bk-button[data-action-id="answer_feedback_up"]');
    expect(await helpful.innerText()).toContain('Helpful');
    // The root shows the reply count; the page was sent a status line for this thread while the analyst worked.
    expect(await page.locator(`#messages .msg[data-ts="${ts}"] .reply-count`).textContent()).toMatch(/^\d+ repl/);
    const statuses = await page.evaluate(() => (window as unknown as { statusEvents: { thread_ts: string; status: string }[] }).statusEvents);
    expect(statuses.filter((e) => e.thread_ts === ts).length).toBeGreaterThan(0);

    // Feedback buttons go back to the app as block_actions; its ephemeral thanks shows only to us.
    await helpful.click();
    await page.locator('#thread-messages .msg.ephemeral', { hasText: 'glad it helped' }).waitFor({ timeout: 10_000 });
    const clicks = stack.slack.deliveries().filter((d) => d.kind === 'interactive');
    expect(clicks.at(-1)?.acked).toBe(true);
    await settle();
    await page.screenshot({ path: `${OUT}/sandbox-data-question.png` });
  }, 60_000);

  it('shows the creatives of an asset question inline in the thread', async () => {
    await closeThread();
    const ts = await askInChannel('show me the TikTok creatives for the Vento launch');
    await openThreadOf(ts);
    const images = page.locator('#thread-messages .file-image img');
    await images.first().waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => {
      const imgs = [...document.querySelectorAll<HTMLImageElement>('#thread-messages .file-image img')];
      return imgs.length >= 2 && imgs.every((i) => i.complete && i.naturalWidth > 0);
    }, undefined, { timeout: 20_000 });
    const srcs = await images.evaluateAll((els) => els.map((e) => (e as HTMLImageElement).getAttribute('src') ?? ''));
    expect(srcs.every((s) => /^\/files\/F\w+\/.+\.png$/.test(s))).toBe(true);
    const titles = await page.locator('#thread-messages .file-title').allInnerTexts();
    expect(titles.join(' ')).toMatch(/VENTO/i);
    const answer = page.locator('#thread-messages .msg.from-bot', { has: page.locator('.bk-context') }).first();
    expect(await answer.locator('.bk-context', { hasText: 'RAG analyst' }).innerText()).toContain('asset_manifest.csv');
    await settle();
    await page.screenshot({ path: `${OUT}/sandbox-asset-question.png` });
  }, 60_000);

  it('/mmm optimize 2M posts the allocation in the channel with its chart in the thread', async () => {
    await closeThread();
    const input = page.locator('#composer textarea');
    await input.click();
    await input.pressSequentially('/mm');
    await page.locator('#composer .autocomplete li', { hasText: '/mmm' }).waitFor();
    await input.press('Tab');
    await input.pressSequentially('optimize 2M');
    await input.press('Enter');
    const root = page.locator('#messages .msg.from-bot', { hasText: 'Optimal split' }).last();
    await root.waitFor({ timeout: 30_000 });
    expect(await root.locator('.bk-context', { hasText: 'MMM analyst' }).innerText()).toMatch(/mmm\/model_ready\.csv/);
    const ts = (await root.getAttribute('data-ts')) as string;
    await openThreadOf(ts);
    const chart = page.locator('#thread-messages .file-image img').first();
    await chart.waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('#thread-messages .file-image img')].every((i) => i.complete && i.naturalWidth > 0));
    const uploaded = stack.slack.apiCalls('files.completeUploadExternal').filter((c) => c.ok);
    expect(uploaded.length).toBeGreaterThan(0);
    await settle();
    await page.screenshot({ path: `${OUT}/sandbox-mmm-optimize.png` });
  }, 60_000);

  it('lets a normal member see that /reindex is for admins only', async () => {
    await closeThread();
    await page.selectOption('#user-select', FAKE_IDS.analyst);
    await expect.poll(() => page.locator('#composer textarea').getAttribute('placeholder')).toBe('Message #marketing');
    const input = page.locator('#composer textarea');
    await input.fill('/reindex');
    await input.press('Escape');
    await input.press('Enter');
    const refusal = page.locator('#messages .msg.ephemeral').last();
    await refusal.waitFor({ timeout: 15_000 });
    expect(await refusal.locator('.ephemeral-label').textContent()).toContain('Only visible to you');
    expect(await refusal.innerText()).toMatch(/admin/i);
    // Alex (admin) does not see Sam's ephemeral message.
    await page.selectOption('#user-select', FAKE_IDS.admin);
    await expect.poll(() => page.locator('#messages .msg.ephemeral', { hasText: /admin/i }).count()).toBe(0);
    await page.selectOption('#user-select', FAKE_IDS.analyst);
    await settle();
    await page.screenshot({ path: `${OUT}/sandbox-reindex-refused.png` });
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
