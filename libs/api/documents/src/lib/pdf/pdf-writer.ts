import type PDFDocument from 'pdfkit';
import { faceChain, fontRuns, startsRightToLeft, type Face, type FaceStyle } from './pdf-fonts';
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
 * lists and tables), bookmarks, and text in embedded Noto faces: each character in the first face
 * of the style that has it, right-to-left paragraphs set from the right.
 */
export class PdfWriter {
  private readonly structure: StructureElement[];
  private readonly bookmarks: { level: number; item: Outline }[] = [];
  private readonly registered = new Set<string>();
  private faceStyle: FaceStyle = 'regular';

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
    this.faceStyle = style.bold ? (style.italic ? 'boldItalic' : 'bold') : style.italic ? 'italic' : 'regular';
    this.useFace(faceChain(this.faceStyle)[0]);
    this.doc.fontSize(style.size).fillColor(style.colour ?? PDF_THEME.colour.text);
    return this;
  }

  /**
   * Text in the current style, run by run in the face that has its characters (pdfkit continues
   * each run where the previous one ended). A paragraph that starts in Arabic or Hebrew is set
   * from the right unless an alignment is given; its face lays each line out right to left.
   */
  text(text: string, x: number | undefined, y: number | undefined, options: PDFKit.Mixins.TextOptions = {}): this {
    const runs = fontRuns(text, this.faceStyle);
    const aligned = options.align === undefined && startsRightToLeft(text) ? { ...options, align: 'right' as const } : options;
    if (runs.length === 0) runs.push({ text: '', face: faceChain(this.faceStyle)[0] });
    runs.forEach((run, index) => {
      this.useFace(run.face);
      const runOptions = index < runs.length - 1 ? { ...aligned, continued: true } : aligned;
      if (index === 0 && x !== undefined && y !== undefined) this.doc.text(run.text, x, y, runOptions);
      else this.doc.text(run.text, runOptions);
    });
    this.useFace(faceChain(this.faceStyle)[0]);
    return this;
  }

  heightOf(text: string, style: TextStyle, options: PDFKit.Mixins.TextOptions): number {
    this.style(style);
    // Measured in the style's main face: other faces' glyphs are about as wide.
    return this.doc.heightOfString(text.normalize('NFC'), { lineGap: PDF_THEME.lineGap, ...options });
  }

  widthOf(text: string, style: TextStyle): number {
    this.style(style);
    let width = 0;
    for (const run of fontRuns(text, this.faceStyle)) {
      this.useFace(run.face);
      width += this.doc.widthOfString(run.text);
    }
    this.useFace(faceChain(this.faceStyle)[0]);
    return width;
  }

  /** Switches to a face, embedding it in this document the first time (pdfkit keeps only the glyphs used). */
  private useFace(face: Face): void {
    if (!this.registered.has(face.name)) {
      this.doc.registerFont(face.name, face.data);
      this.registered.add(face.name);
    }
    this.doc.font(face.name);
  }

  lineHeight(style: TextStyle): number {
    this.style(style);
    return this.doc.currentLineHeight(true) + PDF_THEME.lineGap;
  }

  /** Content of one tag (`P`, `H1`, `TD`, `Lbl`…), drawn by `draw`. */
  tagged(type: string, draw: () => void, options: { alt?: string; scope?: 'Column' | 'Row' } = {}): void {
    // pdfkit writes `scope` as the table attribute Scope; its typings do not list it.
    this.current.add(this.doc.struct(type, options as { alt?: string }, draw));
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
    // Outline titles are Unicode strings in PDF, shown in the reader's own font.
    this.bookmarks.push({ level, item: parent.addItem(title) });
  }

  finish(): void {
    this.structure[0].end();
  }

  private get current(): StructureElement {
    return this.structure[this.structure.length - 1];
  }
}
