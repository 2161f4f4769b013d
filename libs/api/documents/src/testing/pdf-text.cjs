// Test support: reads a PDF from stdin and prints its page texts, metadata and outline as JSON.
// It runs as its own Node process because pdf.js loads its worker with a dynamic import(),
// which Jest's module sandbox does not allow.
const { PDFParse } = require('pdf-parse');

async function main() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  try {
    const text = await parser.getText();
    const info = await parser.getInfo();
    const titles = (items) => (items ?? []).map((item) => ({ title: item.title, items: titles(item.items) }));
    process.stdout.write(JSON.stringify({ pages: text.pages.map((page) => page.text), info: info.info ?? {}, outline: titles(info.outline) }));
  } finally {
    await parser.destroy();
  }
}

main().catch((error) => {
  process.stderr.write(String(error?.stack ?? error));
  process.exit(1);
});
