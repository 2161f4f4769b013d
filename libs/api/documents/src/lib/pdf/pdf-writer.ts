import type PDFDocument from 'pdfkit';
import { winAnsiSafe } from '../text-safety';
import { PDF_THEME } from './pdf-theme';

type Pdf = InstanceType<typeof PDFDocument>;
type StructureElement = ReturnType<Pdf['struct']>;
type Outline = Pdf['outline'];

export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
  size: number;
  colour?: string;
}

/**
 * The pdfkit document plus what every drawing function needs: the usable page area, page
 * breaks that keep marked content intact, the tag tree (so screen readers get headings,
 * lists and tables), bookmarks, and text that is always safe for the standard fonts.
 */
export class PdfWriter {
  private readonly structure: StructureElement[];
  private readonly bookmarks: { level: number; item: Outline }[] = [];

  constructor(readonly doc: Pdf) {
    const root = doc.struct('Document');
    doc.addStructure(root);
    this.structure = [root];
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  get top(): number {
    return this.doc.page.margins.top;
  }

  /** The lowest y that content may reach on this page. */
  get bottom(): number {
    return this.doc.page.maxY();
  }

  get y(): number {
    return this.doc.y;
  }

  set y(value: number) {
    this.doc.y = value;
  }

  get atTopOfPage(): boolean {
    return this.doc.y <= this.top + 0.5;
  }

  /** Index of the page being written, 0 being the title page. */
  get pageIndex(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count - 1;
  }

  /** Whether `height` more points fit above the bottom margin (give or take rounding). */
  fits(height: number): boolean {
    return this.doc.y + height <= this.bottom + 0.5;
  }

  /** Starts a new page unless `height` still fits on this one (or this one is still empty). */
  ensureSpace(height: number): void {
    if (!this.fits(height) && !this.atTopOfPage) this.newPage();
  }

  /** A page break that closes and reopens any open marked content, as pdfkit's own text flow does. */
  newPage(): void {
    this.doc.continueOnNewPage();
    this.doc.x = this.left;
  }

  style(style: TextStyle): this {
    const { fonts } = PDF_THEME;
    const font = style.bold ? (style.italic ? fonts.boldItalic : fonts.bold) : style.italic ? fonts.italic : fonts.regular;
    this.doc.font(font).fontSize(style.size).fillColor(style.colour ?? PDF_THEME.colour.text);
    return this;
  }

  text(text: string, x: number | undefined, y: number | undefined, options: PDFKit.Mixins.TextOptions = {}): this {
    const safe = winAnsiSafe(text);
    if (x === undefined || y === undefined) this.doc.text(safe, options);
    else this.doc.text(safe, x, y, options);
    return this;
  }

  heightOf(text: string, style: TextStyle, options: PDFKit.Mixins.TextOptions): number {
    this.style(style);
    return this.doc.heightOfString(winAnsiSafe(text), { lineGap: PDF_THEME.lineGap, ...options });
  }

  widthOf(text: string, style: TextStyle): number {
    this.style(style);
    return this.doc.widthOfString(winAnsiSafe(text));
  }

  lineHeight(style: TextStyle): number {
    this.style(style);
    return this.doc.currentLineHeight(true) + PDF_THEME.lineGap;
  }

  /** Content of one tag (`P`, `H1`, `TD`, `Lbl`…), drawn by `draw`. */
  tagged(type: string, draw: () => void, options: { alt?: string } = {}): void {
    this.current.add(this.doc.struct(type, options, draw));
  }

  /** A tag that holds other tags (`Sect`, `L`, `LI`, `Table`, `TR`…). */
  group(type: string, fill: () => void): void {
    const element = this.doc.struct(type);
    this.current.add(element);
    this.structure.push(element);
    try {
      fill();
    } finally {
      this.structure.pop();
      element.end();
    }
  }

  /** Decoration and page furniture that assistive technology should skip. */
  artifact(draw: () => void, type?: 'Pagination' | 'Layout'): void {
    this.doc.markContent('Artifact', type ? { type } : undefined);
    draw();
    this.doc.endMarkedContent();
  }

  /** A bookmark in the reader's side panel, nested by heading level. */
  bookmark(level: number, title: string): void {
    while (this.bookmarks.length && this.bookmarks[this.bookmarks.length - 1].level >= level) this.bookmarks.pop();
    const parent = this.bookmarks[this.bookmarks.length - 1]?.item ?? this.doc.outline;
    // Outline titles are Unicode strings in PDF; unlike page text they need no WinAnsi fallback.
    this.bookmarks.push({ level, item: parent.addItem(title) });
  }

  finish(): void {
    this.structure[0].end();
  }

  private get current(): StructureElement {
    return this.structure[this.structure.length - 1];
  }
}
