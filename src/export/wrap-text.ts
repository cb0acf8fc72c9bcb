/**
 * Line breaking for the text an export adds (title, state in words, credit and licence), with
 * the same width estimate the diagram's labels use. Unlike labels, a word wider than the line
 * (a long address) is cut into pieces, so nothing runs off the picture.
 */
import { measureText, wrapLabel } from '../pathway/measure-label';

export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  return wrapLabel(text, maxWidth, fontSize).flatMap((line) => {
    if (measureText(line, fontSize) <= maxWidth) return [line];
    const pieces: string[] = [];
    let piece = '';
    for (const char of line) {
      if (piece && measureText(piece + char, fontSize) > maxWidth) {
        pieces.push(piece);
        piece = '';
      }
      piece += char;
    }
    return piece ? [...pieces, piece] : pieces;
  });
}

/** The credit and licence lines every export carries. */
export function creditLines(siteName: string, pageUrl: string): string[] {
  return [
    `From ${siteName}: ${pageUrl}`,
    `Licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/): share and adapt it, crediting ${siteName}.`,
  ];
}
