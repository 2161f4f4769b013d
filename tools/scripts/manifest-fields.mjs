// Unknown fields. The Kubernetes schemas of kubernetes-models accept any extra property, so a
// misspelt field ("readinesProbe", "sizeLimt") would pass them and be dropped or refused only by
// a real cluster. Their TypeScript declarations know every field, though: each rendered object is
// written out as a typed object literal, and TypeScript's excess-property check names every field
// that its type does not have, at any depth. One program for all objects (a few seconds).
import ts from 'typescript';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
/** Excess property in an object literal (2353), and the same with a "did you mean" (2561). */
const EXCESS = new Set([2353, 2561]);

/** `entries`: [{ label, obj }] with a kubernetes-models type; returns problems as sentences. */
export function unknownFieldProblems(entries) {
  if (!entries.length) return [];
  const file = join(HERE, '__rendered-manifests__.ts');
  const starts = [];
  let source = '';
  entries.forEach(({ obj }, i) => {
    starts.push(source.split('\n').length - 1);
    const module = `kubernetes-models/${obj.apiVersion}/${obj.kind}`;
    source += `export const o${i}: import(${JSON.stringify(module)}).I${obj.kind} = ${JSON.stringify(obj, null, 1)};\n`;
  });
  const options = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    lib: ['lib.es2022.d.ts'],
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.getSourceFile = (name, language, ...rest) => (name === file ? ts.createSourceFile(name, source, language) : getSourceFile(name, language, ...rest));
  host.fileExists = (name) => name === file || fileExists(name);
  const program = ts.createProgram([file], options, host);
  const problems = [];
  for (const d of ts.getPreEmitDiagnostics(program, program.getSourceFile(file))) {
    const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    const { line } = d.file.getLineAndCharacterOfPosition(d.start);
    const index = starts.findLastIndex((s) => s <= line);
    const { label, obj } = entries[index];
    if (EXCESS.has(d.code)) {
      const [, field, type] = /'"?([^'"]+)"?' does not exist in type '([^']+)'/.exec(text) ?? [];
      problems.push(`${label}: ${obj.kind}/${obj.metadata?.name}: unknown field "${field}" (not in ${type?.replace(/^I(IoK8s\w+V\d\w*?)?/, '')})`);
    } else if (d.code === 2307) {
      problems.push(`${label}: ${obj.kind}/${obj.metadata?.name}: no TypeScript model for ${obj.apiVersion} ${obj.kind}`);
    }
  }
  return problems;
}
