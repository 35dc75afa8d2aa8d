/**
 * One Chromium with the built extension, its first page and a loopback page server for a test file:
 * launched before the file's tests, closed (and its profile removed) after them. The fields are
 * filled in by the time a test runs.
 */
import { afterAll, beforeAll } from 'vitest';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { rmSync } from 'node:fs';
import { launchChromium } from '../testing/chromium';
import { startPageServer, type PageServer } from '../testing/server';

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  page: Page;
  server: PageServer;
}

export function chromiumSessionForFile(): ChromiumSession {
  const session = {} as ChromiumSession;
  let userDataDir: string | undefined;
  beforeAll(async () => {
    session.server = await startPageServer();
    const launched = await launchChromium();
    ({ context: session.context, worker: session.worker } = launched);
    userDataDir = launched.userDataDir;
    session.page = session.context.pages()[0] ?? (await session.context.newPage());
  }, 60_000);
  afterAll(async () => {
    await session.context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    await session.server?.close();
  });
  return session;
}
