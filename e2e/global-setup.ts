/** Builds the test packages (with the test hooks) once before the end-to-end files run. */
import { execSync } from 'node:child_process';
import { REPO_ROOT } from '../testing/server';

export default function setup(): void {
  if (process.env.HANYEONG_SKIP_BUILD === '1') return;
  execSync('npm run --silent build:test', { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
