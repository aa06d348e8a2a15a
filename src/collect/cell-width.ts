// How wide a cell's text is in half-width characters, to size its row: Excel does not grow rows on
// opening. string-width splits text into graphemes and tests each for emoji, which took about a
// quarter of a second of a seed run's workbooks; the East Asian width of each character (the table
// string-width itself uses) is exact for the Japanese and ASCII the sheets hold, and a row height
// needs no more.
import { eastAsianWidth } from 'get-east-asian-width';

export function cellWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    width += code < 0x7f ? (code >= 0x20 ? 1 : 0) : eastAsianWidth(code);
  }
  return width;
}
