// The first step of `npm test`: the browser tests need a Chromium on the machine (Playwright's
// own download is not used; it fails where only package registries are reachable). Finds one
// (tests/chromium.js), or installs Debian's where it can (as root, with apt-get: .ci/chromium),
// or stops at once with one line that says what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath, findChromium } from './chromium.js';

const canInstall =
  process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && existsSync('.ci/chromium');

if (!chromiumPath && canInstall) {
  execFileSync('bash', ['.ci/chromium'], { stdio: 'inherit' });
}
if (!findChromium()) {
  console.error(
    'npm test needs Chromium: install Debian\'s "chromium" package (sudo apt-get install chromium), or set CHROMIUM_PATH to a Chrome or Chromium.',
  );
  process.exit(1);
}
