/**
 * Text measurement without a browser, so labels are wrapped on the server and never clip. Widths are those of
 * DejaVu Sans (the widest common system sans; what system-ui resolves to on Linux), measured in Chromium at 100 px,
 * so other sans-serif system fonts come out narrower. Wrapping allows for the WCAG 1.4.12 text-spacing override
 * (letter spacing 0.12em, word spacing 0.16em), so wrapped labels still fit when a reader widens the spacing.
 */
const CHARS = ` !"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_\`abcdefghijklmnopqrstuvwxyz{|}~–—’‘“”éóáíúñ×…`;
const REGULAR = [
  32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34, 84,
  84, 84, 53, 100, 68, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56, 86, 75, 79, 60, 79, 69, 63, 61, 73, 68, 99, 69, 61,
  69, 39, 34, 39, 84, 50, 50, 61, 63, 55, 63, 62, 35, 63, 63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59,
  82, 59, 59, 52, 64, 34, 64, 84, 50, 100, 32, 32, 52, 52, 62, 61, 61, 28, 63, 63, 84, 100,
];
const BOLD = [
  35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 40, 40, 84,
  84, 84, 58, 100, 77, 76, 73, 83, 68, 68, 82, 84, 37, 37, 77, 64, 100, 84, 85, 73, 85, 77, 72, 68, 81, 77, 110, 77, 72,
  73, 46, 37, 46, 84, 50, 50, 67, 72, 59, 72, 68, 44, 72, 71, 34, 34, 67, 34, 104, 71, 69, 72, 72, 49, 60, 48, 71, 65,
  92, 65, 65, 58, 71, 37, 71, 84, 50, 100, 38, 38, 66, 66, 68, 69, 67, 34, 71, 71, 84, 100,
];
const index = new Map([...CHARS].map((c, i) => [c, i]));
/** Characters not in the table (other accented letters, symbols) count as a wide letter. */
const UNKNOWN = 0.8;

export interface TextStyle {
  size: number;
  bold?: boolean | undefined;
  /** Allow for the WCAG text-spacing override (the default: the worst case). */
  spacing?: boolean | undefined;
}

/** Estimated width in px of `text` at `size`, by default with the WCAG text-spacing override applied. */
export function textWidth(text: string, { size, bold = false, spacing = true }: TextStyle): number {
  const table = bold ? BOLD : REGULAR;
  let em = 0;
  let spaces = 0;
  for (const c of text) {
    const i = index.get(c);
    em += i === undefined ? UNKNOWN : table[i]! / 100;
    if (c === ' ') spaces++;
  }
  return size * (em + (spacing ? 0.12 * [...text].length + 0.16 * spaces : 0));
}

/** Splits `text` at spaces into lines no wider than `width` px. A single word wider than that gets its own line. */
export function wrapText(text: string, width: number, style: TextStyle): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, style) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
