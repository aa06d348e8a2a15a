// The report's typeface, BIZ UDPGothic, from the npm registry (OFL). Its universal-design shapes
// are what many municipalities standardise on; it has no italics, so italics map to upright.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';

const require = createRequire(import.meta.url);

export const FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/biz-udpgothic/700Bold/BIZUDPGothic_700Bold.ttf'),
};

let cached: { regular: Buffer; bold: Buffer } | undefined;

export function fontBuffers(): { regular: Buffer; bold: Buffer } {
  cached ??= { regular: readFileSync(FONT_FILES.regular), bold: readFileSync(FONT_FILES.bold) };
  return cached;
}

let faces: Font[] | undefined;

/** True when both weights have a glyph for the code point. */
export function fontHasGlyph(codePoint: number): boolean {
  faces ??= [create(fontBuffers().regular) as Font, create(fontBuffers().bold) as Font];
  return faces.every((f) => f.hasGlyphForCodePoint(codePoint));
}
