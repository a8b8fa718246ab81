#!/usr/bin/env node
/**
 * `npm run test:e2e`: runs the e2e suite (Chromium specs, and firefox-real.spec.ts in firefox-esr) with its own
 * Vitest config; extra arguments go to Vitest.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
// firefox-real.spec.ts drives Debian's firefox-esr; without it that spec is skipped — say so up front
const firefox = process.env.SARING_E2E_FIREFOX ?? '/usr/bin/firefox-esr';
if (!existsSync(firefox)) {
  console.warn(`[e2e] no Firefox at ${firefox}: tests/e2e/firefox-real.spec.ts (the add-on in real Firefox) will be SKIPPED. Install it with \`apt-get install firefox-esr\` (.ci/run does) or set SARING_E2E_FIREFOX.`);
}
const r = spawnSync(process.execPath, [vitest, 'run', '-c', 'tests/e2e/vitest.e2e.config.ts', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
