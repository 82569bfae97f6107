// Renders public/favicon.svg into the PNG icons the manifest lists, with Debian's Chromium.
// Run once after changing the logo: `npx tsx scripts/make-icons.ts`.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('public/favicon.svg', 'utf8');
// The maskable icon fills the square; its glyph keeps inside the 80 % safe circle.
const maskable = svg
  .replace('<rect width="512" height="512" rx="96" fill="#0a5c7a"/>', '<rect width="512" height="512" fill="#0a5c7a"/>')
  .replace(/<rect x="150"/, '<g transform="translate(256 256) scale(0.72) translate(-256 -256)"><rect x="150"')
  .replace('</svg>', '</g></svg>');

const targets = [
  { file: 'public/icons/icon-192.png', size: 192, source: svg },
  { file: 'public/icons/icon-512.png', size: 512, source: svg },
  { file: 'public/icons/icon-maskable-512.png', size: 512, source: maskable },
  { file: 'public/apple-touch-icon.png', size: 180, source: maskable },
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const { file, size, source } of targets) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${source}`,
  );
  await page.screenshot({ path: file, omitBackground: true });
  console.log(`${file} ${size}×${size}`);
}
await browser.close();
