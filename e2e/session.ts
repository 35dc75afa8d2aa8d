/**
 * One browser and one loopback page server for a describe block: started before its tests, closed
 * after them. `ready` hands both to the block's own variables.
 */
import { afterAll, beforeAll } from 'vitest';
import type { ReaderDriver } from '../testing/driver';
import { startPageServer, type PageServer } from '../testing/server';

export function browserSession(makeDriver: () => Promise<ReaderDriver>, ready: (driver: ReaderDriver, server: PageServer) => void): void {
  let driver: ReaderDriver | undefined;
  let server: PageServer | undefined;
  beforeAll(async () => {
    server = await startPageServer();
    driver = await makeDriver();
    ready(driver, server);
  }, 60_000);
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });
}
