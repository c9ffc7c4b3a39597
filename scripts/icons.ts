// Draws public/icon.svg at the toolbar and store sizes (16, 32, 48, 128 px) with Chromium, as PNGs in
// public/icon/ where WXT finds them. Run: npx tsx scripts/icons.ts (needs /usr/bin/chromium).

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [16, 32, 48, 128] as const;

async function main(): Promise<void> {
  const svg = readFileSync(join(ROOT, 'public/icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: process.env.SCOPEFIT_CHROMIUM ?? '/usr/bin/chromium' });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await page.setContent(`<html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`);
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      await page.screenshot({ path: join(ROOT, `public/icon/${size}.png`), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await page.close();
      console.log(`public/icon/${size}.png`);
    }
  } finally {
    await browser.close();
  }
}

await main();
