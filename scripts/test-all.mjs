#!/usr/bin/env node
/**
 * `npm test`: every test, then one closing line `N passed, M failed, K skipped`.
 * 1. type check (tsc), 2. unit tests (vitest, Node), 3. end-to-end tests in Debian's Chromium and
 * Firefox ESR (builds the test packages first). Exits non-zero when anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
let broken = false;

function run(label, command, args) {
  console.log(`\n── ${label} ──`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function vitest(label, args, report) {
  rmSync(report, { force: true });
  const ok = run(label, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${report}`]);
  if (!existsSync(report)) {
    console.error(`${label}: the runner wrote no report (it crashed before running tests)`);
    broken = true;
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += json.numPassedTests;
  totals.failed += json.numFailedTests;
  totals.skipped += json.numPendingTests + (json.numTodoTests ?? 0);
  // A suite that failed to load counts as broken even when no test inside it ran.
  if (!ok && json.numFailedTests === 0) broken = true;
}

if (run('type check', 'npx', ['tsc', '--noEmit', '-p', '.'])) totals.passed += 1;
else totals.failed += 1;

vitest('unit tests', [], 'test-results/unit.json');

const browsers = ['/usr/bin/chromium', '/usr/bin/firefox-esr'].filter((b) => !existsSync(process.env.CHROMIUM_PATH ?? b));
if (browsers.length && !process.env.CHROMIUM_PATH) {
  console.error(`\nend-to-end tests need ${browsers.join(' and ')}: apt-get install -y chromium firefox-esr`);
  broken = true;
} else {
  vitest('end-to-end tests (Chromium, Firefox)', ['--config', 'e2e/vitest.config.ts'], 'test-results/e2e.json');
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || broken ? 1 : 0);
