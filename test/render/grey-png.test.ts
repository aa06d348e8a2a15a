import { loadImage, createCanvas } from '@napi-rs/canvas';
import { expect, test } from 'vitest';
import { encodeGreyPng } from '../../src/render/charts/grey-png.ts';

test('a chart is stored as an 8-bit greyscale PNG that decodes to the same greys', async () => {
  // 2 × 1 pixels: black and a 50% grey, both opaque.
  const png = encodeGreyPng(new Uint8Array([0, 0, 0, 255, 128, 128, 128, 255]), 2, 1);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  expect(png[25]).toBe(0); // colour type 0: greyscale, no alpha
  const image = await loadImage(png);
  const ctx = createCanvas(2, 1).getContext('2d');
  ctx.drawImage(image, 0, 0);
  expect([...ctx.getImageData(0, 0, 2, 1).data]).toEqual([0, 0, 0, 255, 128, 128, 128, 255]);
});
