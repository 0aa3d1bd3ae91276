// Where the tests find Chromium. Playwright cannot download its own browser here, so we use
// Debian's package (`apt-get install chromium`); CHROMIUM_PATH points anywhere else.
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].filter((path): path is string => Boolean(path));

export const chromiumPath: string | undefined = candidates.find((path) => existsSync(path));

// Flags for a headless browser on a machine without a network, a GPU or a big /dev/shm.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// Without a Chromium on the machine, Playwright's own error names the missing browser; the
// README tells how to install one or point CHROMIUM_PATH at it.
export function chromiumLaunchOptions() {
  return { executablePath: chromiumPath, args: chromiumArgs };
}
