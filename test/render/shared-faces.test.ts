// Every PDF of a process embeds the same parsed faces: each document must still carry exactly the
// glyphs it prints, in both weights, whatever was printed before it.
import { expect, test } from 'vitest';
import { printPdf } from '../../src/render/pdf/pdf-writer.ts';
import type { ReportDocument } from '../../src/render/report/blocks.ts';
import { readPdf } from '../helpers/pdf.ts';

function documentSaying(text: string): ReportDocument {
  return {
    info: { title: text, author: '', subject: '', keywords: '' },
    runningTitle: text,
    cover: { title: text, subtitle: '', lines: [] },
    tocTitle: '目次',
    body: [
      { kind: 'heading', level: 1, text, id: 'h', toc: true },
      { kind: 'paragraph', text },
    ],
    duplex: false,
  };
}

/** The lengths of every stream in the file: fonts, pages and images. */
function streamLengths(raw: string): number[] {
  return [...raw.matchAll(/\/Length (\d+)/g)].map((m) => Number(m[1]));
}

test('a document prints the same, bytes for bytes in its fonts, before and after other documents', async () => {
  const first = await printPdf(documentSaying('森林環境譲与税'));
  await printPdf(documentSaying('鬱蒼とした欅の並木、薔薇の庭園と麒麟の彫刻'));
  const again = await printPdf(documentSaying('森林環境譲与税'));
  // Only the creation date may differ; it has the same length.
  expect(again.length).toBe(first.length);
  expect(streamLengths(again.toString('latin1'))).toEqual(streamLengths(first.toString('latin1')));
  expect(streamLengths(first.toString('latin1')).length).toBeGreaterThan(4);
});

test('each document embeds both weights, and its text reads back', async () => {
  const pdf = await readPdf(await printPdf(documentSaying('市民協働の推進')));
  expect(pdf.raw).toContain('BIZUDPGothic-Regular');
  expect(pdf.raw).toContain('BIZUDPGothic-Bold');
  expect(pdf.pages.map((p) => p.text).join('')).toContain('市民協働の推進');
});
