// The strongest browser comparison: one Chromium kept open, as report services such as jsreport
// run it, each report a page load and a print in that browser. playwright-core drives Debian's
// chromium and downloads no browser of its own.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { ReportDocument } from '../../src/render/report/blocks.ts';
import { CHROMIUM, CHROMIUM_ARGS, reportHtml } from './html-route.ts';

export interface WarmBrowser {
  /** The report's PDF, printed by the open browser. */
  print(doc: ReportDocument): Promise<Buffer>;
  close(): Promise<void>;
}

export async function warmBrowser(): Promise<WarmBrowser> {
  const dir = await mkdtemp(path.join(tmpdir(), 'shinchoku-warm-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const html = path.join(dir, 'report.html');
  return {
    async print(doc) {
      // From a file, as the cold route: the page may then load the font from the disk.
      await writeFile(html, await reportHtml(doc));
      await page.goto(`file://${html}`, { waitUntil: 'load' });
      return page.pdf({ preferCSSPageSize: true, printBackground: true });
    },
    async close() {
      await browser.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
