// Where the tests find Chromium. Playwright cannot download its own browser here, so we use
// Debian's package (`apt-get install chromium`); CHROMIUM_PATH points anywhere else.
// Plain JavaScript, so that Node scripts (fixtures/media/make.mjs) use it as the tests do.
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].filter(/** @returns {path is string} */ (path) => Boolean(path));

/** The first candidate on the machine now (after an install, it may be there). */
export function findChromium() {
  return candidates.find((path) => existsSync(path));
}

/** @type {string | undefined} */
export const chromiumPath = findChromium();

// Flags for a headless browser on a machine without a network, a GPU or a big /dev/shm. Every
// host name but the machine's own resolves to nothing, so no test can reach a third party even
// by mistake (an embed's iframe after consent, an image URL in a fixture).
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

// Without a Chromium on the machine, Playwright's own error names the missing browser; the
// README tells how to install one or point CHROMIUM_PATH at it.
export function chromiumLaunchOptions() {
  return { executablePath: chromiumPath, args: chromiumArgs };
}
