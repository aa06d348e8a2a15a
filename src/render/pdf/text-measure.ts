// Text widths with the embedded font's own metrics. BIZ UDPGothic applies no kerning or width-
// changing substitutions in pdfkit's default layout (checked over every text of the seed reports:
// 0 pt apart), so a string's width is the sum of its characters' advances, cached per character:
// a hundred times faster than laying each string out with fontkit.
import type { Font } from 'fontkit';
import type { Measure } from '../text/fill-lines.ts';
import { fontFaces } from './fonts.ts';

interface Face {
  font: Font;
  /** Advance in font units per code point. */
  advances: Map<number, number>;
}

let faces: { regular: Face; bold: Face } | undefined;

function face(bold: boolean): Face {
  faces ??= { regular: { font: fontFaces().regular, advances: new Map() }, bold: { font: fontFaces().bold, advances: new Map() } };
  return bold ? faces.bold : faces.regular;
}

/** Variation selectors choose a glyph, they take no room of their own. */
const takesNoRoom = (cp: number) => (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef) || cp === 0x200b;

/** Width in points of text set at `fontSize`. */
export function measurer(fontSize: number, bold = false): Measure {
  const { font, advances } = face(bold);
  const scale = fontSize / font.unitsPerEm;
  return (text) => {
    let total = 0;
    for (const char of text) {
      const cp = char.codePointAt(0)!;
      let advance = advances.get(cp);
      if (advance === undefined) {
        advance = takesNoRoom(cp) ? 0 : font.glyphForCodePoint(cp).advanceWidth;
        advances.set(cp, advance);
      }
      total += advance;
    }
    return total * scale;
  };
}
