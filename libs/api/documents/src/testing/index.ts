// Test support for reading exported files back: what pdf.js and Word would see.
export { readPdf, type ReadPdf } from './read-pdf';
export { readDocx, paragraphTexts, paragraphWithText, count, type ReadDocx } from './read-docx';
