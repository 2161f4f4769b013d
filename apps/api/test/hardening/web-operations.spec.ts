import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, print, separateOperations, type OperationDefinitionNode } from 'graphql';
import { codeOf } from '../support/gql-client';
import { startTestApp, type TestApp } from '../support/test-app';

const ROOT = join(__dirname, '../../../..');

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'generated' ? [] : graphqlFiles(path);
    return entry.name.endsWith('.graphql') ? [path] : [];
  });
}

/** Every query and mutation the web app can send (its .graphql files, as codegen reads them), each with the fragments it uses. */
const all = parse([...graphqlFiles(join(ROOT, 'libs/web')), ...graphqlFiles(join(ROOT, 'apps/web/src'))].map((f) => readFileSync(f, 'utf8')).join('\n'));
const operations = Object.entries(separateOperations(all)).filter(([, doc]) =>
  doc.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && (d as OperationDefinitionNode).operation !== 'subscription'),
);

/**
 * The web app's own operations must pass the API's limits (depth, cost, aliases): a page whose
 * query is refused as invalid is a page that never works. Sent without variables, so that what
 * fails is validation or nothing: a missing variable is refused later, as bad input.
 */
describe('the web app’s operations within the API’s limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('finds the operations', () => {
    expect(operations.length).toBeGreaterThan(50);
  });

  it.each(operations)('%s is valid', async (_name, doc) => {
    const res = await t.client().gql(print(doc), {});
    expect({ code: codeOf(res), message: res.errors?.[0]?.message }).not.toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});
