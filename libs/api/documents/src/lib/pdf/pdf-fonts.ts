import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';

/**
 * The fonts of exported PDFs: Noto Sans (Latin with its extensions, Greek, Cyrillic,
 * Vietnamese) with Noto Sans Arabic, Noto Sans Hebrew, Noto Sans Symbols 2 and Noto Sans Math behind it, from the
 * @fontsource packages (OFL). Each file covers a part of Unicode; a character is drawn with the
 * first face of its style that has it. pdfkit embeds only the glyphs a document uses.
 */
export type FaceStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

export interface Face {
  /** The name the face is registered under in a document. */
  name: string;
  /** Right-to-left script: a paragraph that starts in it is set from the right. */
  rtl: boolean;
  data: Buffer;
  font: Font;
}

const NOTO_SANS_SUBSETS = ['latin', 'latin-ext', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'vietnamese'];

function files(style: FaceStyle): { file: string; rtl: boolean }[] {
  const weight = style === 'bold' || style === 'boldItalic' ? 700 : 400;
  const slant = style === 'italic' || style === 'boldItalic' ? 'italic' : 'normal';
  return [
    ...NOTO_SANS_SUBSETS.map((subset) => ({ file: `@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-${slant}.woff`, rtl: false })),
    // Arabic and Hebrew have no italic: their upright faces serve every style.
    { file: `@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-${weight}-normal.woff`, rtl: true },
    { file: `@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-${weight}-normal.woff`, rtl: true },
    { file: '@fontsource/noto-sans-symbols-2/files/noto-sans-symbols-2-symbols-400-normal.woff', rtl: false },
    { file: '@fontsource/noto-sans-math/files/noto-sans-math-latin-400-normal.woff', rtl: false },
  ];
}

/** What is needed of a fontkit font (pdfkit's own font engine, which ships no types). */
interface Font {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

// Resolved at run time from the installed packages (the API bundle keeps node_modules external).
const load = createRequire(__filename);
const fontkit = load('fontkit') as { create(data: Buffer): Font };
const chains = new Map<FaceStyle, Face[]>();

/** The faces of a style, most used first; read and parsed once per process. */
export function faceChain(style: FaceStyle): Face[] {
  let chain = chains.get(style);
  if (!chain) {
    chain = files(style).map(({ file, rtl }) => {
      // Unpacked once to a plain TrueType file: every document then opens it without inflating it again.
      const data = sfntFromWoff(readFileSync(load.resolve(file)));
      const name = file.slice(file.lastIndexOf('/') + 1, -'.woff'.length);
      return { name, rtl, data, font: fontkit.create(data) };
    });
    chains.set(style, chain);
  }
  return chain;
}

export interface FontRun {
  text: string;
  face: Face;
}

const DROPPED = /[\p{Cc}\p{Cf}\uFE00-\uFE0F\p{Emoji_Modifier}\p{Regional_Indicator}]/u;
const EMOJI = /\p{Extended_Pictographic}/u;
const NEUTRAL = /[\p{Zs}\p{P}\p{N}\p{S}\p{M}]/u;
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
const LTR_LETTER = /\p{L}/u;

/** A stand-in for a character no face has, so the reader sees that something was there. */
export const MISSING = '?';

/**
 * The text cut into runs that one face can draw each. Spaces, punctuation and digits stay with
 * the run they are in when its face has them, so a right-to-left phrase stays one run (its face
 * then sets it from right to left). Control and format characters are left out; emoji and
 * characters no face has become "?".
 */
export function fontRuns(text: string, style: FaceStyle): FontRun[] {
  const chain = faceChain(style);
  const runs: FontRun[] = [];
  for (const char of text.normalize('NFC')) {
    if (char !== '\n' && DROPPED.test(char)) continue;
    const code = char.codePointAt(0)!;
    const current = runs[runs.length - 1];
    let face: Face | undefined;
    if (current && (char === '\n' || NEUTRAL.test(char)) && current.face.font.hasGlyphForCodePoint(code)) face = current.face;
    else if (char === '\n') face = chain[0];
    else if (!EMOJI.test(char)) face = chain.find((f) => f.font.hasGlyphForCodePoint(code));
    const drawn = face ? char : MISSING;
    face ??= current?.face.font.hasGlyphForCodePoint(MISSING.codePointAt(0)!) ? current.face : chain[0];
    if (current && current.face === face) current.text += drawn;
    else runs.push({ text: drawn, face });
  }
  return runs;
}

/** Whether the paragraph reads from the right: its first letter is Arabic or Hebrew. */
export function startsRightToLeft(text: string): boolean {
  for (const char of text) {
    if (RTL_LETTER.test(char)) return true;
    if (LTR_LETTER.test(char)) return false;
  }
  return false;
}

/** The TrueType/OpenType file inside a WOFF 1.0 file (its tables inflated, in the same order). */
export function sfntFromWoff(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') return woff;
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const [offset, compLength, origLength] = [woff.readUInt32BE(at + 4), woff.readUInt32BE(at + 8), woff.readUInt32BE(at + 12)];
    const raw = woff.subarray(offset, offset + compLength);
    return { tag: woff.subarray(at, at + 4), checksum: woff.readUInt32BE(at + 16), data: compLength < origLength ? inflateSync(raw) : raw };
  });
  const entrySelector = Math.floor(Math.log2(numTables));
  const header = Buffer.alloc(12 + numTables * 16);
  header.writeUInt32BE(woff.readUInt32BE(4), 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(2 ** entrySelector * 16, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(numTables * 16 - 2 ** entrySelector * 16, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((table, i) => {
    const at = 12 + i * 16;
    table.tag.copy(header, at);
    header.writeUInt32BE(table.checksum, at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(table.data.length, at + 12);
    const padded = Buffer.alloc((table.data.length + 3) & ~3);
    table.data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}
