import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface RunningApp {
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts the real app as a user would (`antt start`): the built web app, a fresh SQLite file in a temp folder,
 * the demo data. Needs `vite build` to have run (npm test does it before the e2e step).
 */
export async function startApp(): Promise<RunningApp> {
  if (!fs.existsSync(path.join(root, 'dist/web/index.html')))
    throw new Error('dist/web is missing: run `npx vite build` first');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-e2e-'));
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'bin/antt.js'), 'start'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      ANTT_DEMO: '1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited with code ${child.exitCode}`);
    const healthy = await fetch(`${baseUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) break;
    if (Date.now() > deadline) throw new Error('the app did not start within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseUrl,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, headless, with the flags this closed network needs (ARCHITECTURE.md, machine notes). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function login(
  page: Page,
  baseUrl: string,
  username: string,
  password = 'antt-demo',
): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** Saves a screenshot under test-results/ so that a failing run can be looked at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = path.join(root, 'test-results');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/**
 * One app and one browser for a describe block, and a fresh signed-in browser context at each `signIn` (as a
 * user opening the app on their own machine: Vietnamese, Vietnam's time zone, a laptop screen). A failing test
 * leaves a screenshot of the page it was on. Call it inside `describe`.
 */
export function browserSession() {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  afterEach(async (test) => {
    if (page && test.task.result?.state === 'fail')
      await screenshot(page, `failed-${test.task.name.slice(0, 40)}`);
    await context?.close();
    context = undefined;
  });
  return {
    get baseUrl(): string {
      if (!app) throw new Error('the app is not started yet (use baseUrl inside a test)');
      return app.baseUrl;
    },
    async signIn(username: string, password?: string): Promise<Page> {
      if (!app || !browser) throw new Error('the app is not started yet (sign in inside a test)');
      await context?.close();
      context = await browser.newContext({
        locale: 'vi-VN',
        timezoneId: 'Asia/Ho_Chi_Minh',
        viewport: { width: 1440, height: 900 },
        acceptDownloads: true,
      });
      const opened = await context.newPage();
      page = opened;
      await login(opened, app.baseUrl, username, password);
      await expect.poll(() => opened.url()).not.toContain('/login');
      await opened.waitForLoadState('networkidle');
      return opened;
    },
  };
}

/**
 * Picks an option of the Ant Design select that is open now. Ant Design draws options outside the ARIA
 * listbox, and closed selects keep their hidden lists in the page: look in the visible list only.
 */
export async function pickOption(page: Page, text: string | RegExp): Promise<void> {
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: text })
    .first()
    .click();
}

/**
 * Opens a select by its combobox (typing `search` first in a searching select) and picks the option, checking
 * that the select shows it: a click that falls on a dropdown already closing (focus moved while a drawer
 * settles) picks nothing, so it tries again.
 */
export async function chooseOption(
  page: Page,
  combobox: Locator,
  text: string,
  { search }: { search?: string } = {},
): Promise<void> {
  const select = combobox.locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " ant-select ")][1]');
  const openDropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  for (let attempt = 1; ; attempt += 1) {
    if (search !== undefined) await combobox.fill(search);
    else if ((await openDropdown.count()) === 0) await combobox.click();
    await pickOption(page, text);
    if ((await select.innerText()).includes(text)) return;
    if (attempt === 3)
      throw new Error(`The select did not take the option "${text}" after ${attempt} tries.`);
    // Let a closing dropdown finish its animation before opening it again.
    await page.waitForTimeout(500);
  }
}
