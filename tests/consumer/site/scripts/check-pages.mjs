// scripts/check-pages.mjs — Broadsheet's page checks on your built site, in Chromium.
// Usage: node scripts/check-pages.mjs http://127.0.0.1:4173/ [more pages…]
import { chromium } from 'playwright';
import { checkPage, formatPageProblems } from 'broadsheet/testing';

// CHROMIUM_PATH: a Chromium of your own (Playwright's own when unset).
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH });
let failed = false;
for (const url of process.argv.slice(2)) {
  const page = await browser.newPage();
  await page.goto(url);
  const problems = await checkPage(page); // reflow, text spacing, focus (also forced colours), motion
  if (problems.length > 0) {
    failed = true;
    console.error(`${url}\n${formatPageProblems(problems)}`);
  }
}
await browser.close();
process.exitCode = failed ? 1 : 0;
