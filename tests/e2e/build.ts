// Vitest global setup for the browser tests: build the extension once (chrome-mv3) before any of
// them runs, unless there is no browser to run them in.

import { execFileSync } from 'node:child_process';
import { browserAvailable, browserRequired, PROJECT_DIR } from './harness';

export default function setup(): void {
  if (!browserAvailable() && !browserRequired()) return;
  if (process.env.SCOPEFIT_SKIP_BUILD === '1') return;
  execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], { cwd: PROJECT_DIR, stdio: 'pipe' });
}
