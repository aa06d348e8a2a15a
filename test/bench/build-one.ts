// One measured build in a fresh process, so peak RSS belongs to that build alone.
// Usage: tsx test/bench/build-one.ts <case id> <shinchoku|chromium>; prints one JSON line.
import { getDocumentProxy } from 'unpdf';
import { annualReport } from '../../src/render/report/annual-report.ts';
import { printPdf } from '../../src/render/pdf/pdf-writer.ts';
import { benchCases } from './cases.ts';
import { chromiumPdf } from './html-route.ts';

const [id, route] = process.argv.slice(2);
const found = (await benchCases()).find((c) => c.id === id);
if (!found) throw new Error(`no bench case ${id}`);
const start = performance.now();
const doc = annualReport(found.input);
const pdf = route === 'chromium' ? await chromiumPdf(doc) : await printPdf(doc);
const ms = performance.now() - start;
const pages = (await getDocumentProxy(new Uint8Array(pdf))).numPages;
process.stdout.write(`${JSON.stringify({ ms, pages, bytes: pdf.length, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
