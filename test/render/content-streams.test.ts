// The operators of a stream are gathered in blocks instead of one Buffer each: what reaches the PDF
// must be exactly what pdfkit itself writes, an operator and a line feed, one byte per character.
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';
import { installContentStreams } from '../../src/render/pdf/content-streams.ts';

interface Doc {
  ref(data: object): { write(chunk: string | Uint8Array): void; end(): void };
  on(event: 'data', listener: (chunk: Buffer) => void): void;
  end(): void;
}

const pdfkit = createRequire(createRequire(import.meta.url).resolve('pdfmake'))('pdfkit') as new (options: object) => Doc;

/** The one stream of a document holding only `writes`, uncompressed, with its /Length. */
async function streamOf(writes: Array<string | Uint8Array>): Promise<{ length: number; bytes: Buffer }> {
  installContentStreams();
  const doc = new pdfkit({ autoFirstPage: false, compress: false });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk) => chunks.push(chunk));
  const done = new Promise((resolve) => (doc as unknown as { on(e: 'end', l: () => void): void }).on('end', () => resolve(undefined)));
  const ref = doc.ref({});
  for (const w of writes) ref.write(w);
  ref.end();
  doc.end();
  await done;
  const file = Buffer.concat(chunks);
  const at = file.indexOf('stream\n') + 'stream\n'.length;
  const length = Number(/\/Length (\d+)/.exec(file.toString('latin1', 0, at))![1]);
  return { length, bytes: file.subarray(at, at + length) };
}

test('text operators and byte chunks reach the stream in order, each operator ending in a line feed', async () => {
  const { length, bytes } = await streamOf(['BT', Buffer.from([0x00, 0xff]), 'ET']);
  expect([...bytes]).toEqual([0x42, 0x54, 0x0a, 0x00, 0xff, 0x45, 0x54, 0x0a]);
  expect(length).toBe(8);
});

test('a character past Latin-1 is written as its low byte, as pdfkit writes it', async () => {
  // U+3042 あ → 0x42, U+00E9 é → 0xE9
  const { bytes } = await streamOf(['\u3042\u00e9']);
  expect([...bytes]).toEqual([0x42, 0xe9, 0x0a]);
});

test('a stream longer than one block keeps every byte', async () => {
  const operator = 'x'.repeat(99);
  const { length, bytes } = await streamOf(Array.from({ length: 2000 }, () => operator));
  expect(length).toBe(200_000);
  expect(bytes.toString('latin1')).toBe(`${operator}\n`.repeat(2000));
});

test('one operator longer than a block is written whole', async () => {
  const { bytes } = await streamOf(['a', 'b'.repeat(100_000), 'c']);
  expect(bytes.toString('latin1')).toBe(`a\n${'b'.repeat(100_000)}\nc\n`);
});
