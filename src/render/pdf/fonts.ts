// The report's typeface, BIZ UDPGothic, from the npm registry (OFL). Its universal-design shapes
// are what many municipalities standardise on; it has no italics, so italics map to upright.
//
// Each face is read and parsed once per process, by the same fontkit pdfkit uses, so that every
// document can embed the parsed face (shared-faces.ts) and text is measured with the same tables.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Font } from 'fontkit';

const require = createRequire(import.meta.url);

export const FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/biz-udpgothic/700Bold/BIZUDPGothic_700Bold.ttf'),
};

/** The fontkit module pdfkit itself loads (through pdfmake), not a second copy. */
function pdfkitsFontkit(): { create(buffer: Uint8Array): Font } {
  const pdfkit = createRequire(require.resolve('pdfmake')).resolve('pdfkit');
  return createRequire(pdfkit)('fontkit') as { create(buffer: Uint8Array): Font };
}

interface Faces {
  buffers: { regular: Buffer; bold: Buffer };
  regular: Font;
  bold: Font;
}

let faces: Faces | undefined;

function loadFaces(): Faces {
  const fontkit = pdfkitsFontkit();
  const buffers = { regular: readFileSync(FONT_FILES.regular), bold: readFileSync(FONT_FILES.bold) };
  return { buffers, regular: fontkit.create(buffers.regular), bold: fontkit.create(buffers.bold) };
}

/** Both faces, parsed; the same objects pdfkit embeds. */
export function fontFaces(): Faces {
  faces ??= loadFaces();
  return faces;
}

const hasGlyph = new Map<number, boolean>();

/** True when both weights have a glyph for the code point. */
export function fontHasGlyph(codePoint: number): boolean {
  let has = hasGlyph.get(codePoint);
  if (has === undefined) {
    const { regular, bold } = fontFaces();
    has = regular.hasGlyphForCodePoint(codePoint) && bold.hasGlyphForCodePoint(codePoint);
    hasGlyph.set(codePoint, has);
  }
  return has;
}
