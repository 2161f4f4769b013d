import { AlignmentType, BorderStyle, LevelFormat, type INumberingOptions, type IStylesOptions } from 'docx';

/** Numbering definitions lists refer to; each numbered list gets its own instance to restart at 1. */
export const BULLET_LIST = 'kijkje-bullets';
export const NUMBERED_LIST = 'kijkje-numbers';

const HEADING_COLOUR = '0B3D64';
const FONT = 'Calibri';

/** Half-points, as Word counts font sizes. */
const HEADING_SIZES = [36, 29, 25, 22, 22, 22];

/**
 * Word's own style ids (Title, Subtitle, Heading1–6, Quote, Caption) so the navigation pane,
 * the accessibility checker and a reader's own templates recognise them. Every heading has its
 * outline level, which is what the navigation pane and a PDF export from Word read.
 */
export function documentStyles(locale: string): IStylesOptions {
  const headings = Object.fromEntries(
    HEADING_SIZES.map((size, index) => [
      `heading${index + 1}`,
      {
        run: { font: FONT, size, bold: true, color: HEADING_COLOUR },
        paragraph: { outlineLevel: index, keepNext: true, keepLines: true, spacing: { before: index === 0 ? 360 : 240, after: 120 } },
      },
    ]),
  );
  return {
    default: {
      document: {
        run: { font: FONT, size: 21, language: { value: locale } },
        paragraph: { spacing: { after: 120, line: 276 } },
      },
      title: { run: { font: FONT, size: 56, bold: true, color: HEADING_COLOUR }, paragraph: { spacing: { before: 2400, after: 240 } } },
      ...headings,
    },
    paragraphStyles: [
      {
        id: 'Subtitle',
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: FONT, size: 32, color: HEADING_COLOUR },
        paragraph: { spacing: { after: 480 } },
      },
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { italics: true, color: '4A4A4A' },
        paragraph: {
          indent: { left: 360 },
          border: { left: { style: BorderStyle.SINGLE, size: 12, color: '8A99A8', space: 8 } },
        },
      },
      {
        id: 'Caption',
        name: 'caption',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { bold: true, size: 19 },
        paragraph: { keepNext: true, spacing: { before: 120, after: 60 } },
      },
    ],
  };
}

export const numbering: INumberingOptions = {
  config: [
    {
      reference: BULLET_LIST,
      levels: [
        { level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 360 } } } },
      ],
    },
    {
      reference: NUMBERED_LIST,
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 360 } } } },
      ],
    },
  ],
};
