#!/usr/bin/env node
// Draws the web app manifest's PNG icons from public/favicon.svg with Chromium, so the installed app's icon is
// the favicon. Run it after changing the favicon and commit the PNGs: `node scripts/make-icons.mjs`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const publicDir = path.join(root, 'public');
const svg = readFileSync(path.join(publicDir, 'favicon.svg'), 'utf8');
// The favicon's own background, for the maskable icon's full-bleed square.
const background = /<rect[^>]*width="32"[^>]*fill="(#[0-9a-f]{6})"/i.exec(svg)?.[1] ?? '#131d31';

const icons = [
  { file: 'icon-192.png', size: 192, inset: 0 },
  { file: 'icon-512.png', size: 512, inset: 0 },
  // Maskable: platforms cut it to a circle or squircle; the safe zone is the middle 80 %.
  { file: 'icon-maskable-512.png', size: 512, inset: 0.14 },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  for (const { file, size, inset } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const margin = Math.round(size * inset);
    await page.setContent(
      `<html><body style="margin:0;background:${inset ? background : 'transparent'}">` +
        `<div style="position:absolute;inset:${margin}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body></html>`,
    );
    await page.screenshot({ path: path.join(publicDir, file), omitBackground: inset === 0 });
    await page.close();
    console.log(`public/${file}`);
  }
} finally {
  await browser.close();
}
