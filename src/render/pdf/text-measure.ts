// Text widths with the embedded font's own metrics, laid out the way pdfkit lays out what it
// draws (fontkit, default features), so a line measured here is the line printed.
import { create, type Font } from 'fontkit';
import type { Measure } from '../text/fill-lines.ts';
import { fontBuffers } from './fonts.ts';

interface Face {
  font: Font;
  /** Advance in font units per string: units repeat across a report (件, 令和7年度, 未報告). */
  advances: Map<string, number>;
}

let faces: { regular: Face; bold: Face } | undefined;

function face(bold: boolean): Face {
  faces ??= {
    regular: { font: create(fontBuffers().regular) as Font, advances: new Map() },
    bold: { font: create(fontBuffers().bold) as Font, advances: new Map() },
  };
  return bold ? faces.bold : faces.regular;
}

/** Width in points of text set at `fontSize`. */
export function measurer(fontSize: number, bold = false): Measure {
  const { font, advances } = face(bold);
  const scale = fontSize / font.unitsPerEm;
  return (text) => {
    let advance = advances.get(text);
    if (advance === undefined) {
      advance = font.layout(text).advanceWidth;
      advances.set(text, advance);
    }
    return advance * scale;
  };
}
