import { Kind, parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import type { RequestContext } from '../graphql/request-context';
import { compileRead, type RootRead } from './compile-read';
import { column, type NodeRead } from './read-node';

/** A parent whose facts its children share (the caller's relations to a visit), and a list the domain filters. */
const ItemRead: NodeRead = {
  type: 'Item',
  facts: { relations: (_, parent) => parent['relations'], status: (i) => `${i}.status` },
  fields: { id: column('id') },
};

const ParentRead: NodeRead = {
  type: 'Parent',
  facts: { relations: (p) => `${p}_rel.facts` },
  fields: {
    id: column('id'),
    items: {
      many: {
        node: () => ItemRead,
        table: 'item',
        where: (p, i) => `${i}.parent_id = ${p}.id`,
        orderBy: (i) => `${i}.id`,
        keep: { facts: ['relations', 'status'], value: (f) => (f['relations'] as { host: boolean }).host || f['status'] === 'OPEN' },
        narrow: (p, i) => `${p}_rel.host OR ${i}.status = 'OPEN'`,
      },
    },
  },
};

const ROOT: RootRead = { node: ParentRead, table: 'parent', where: (p) => `${p}.id = $5` };

const fieldOf = (query: string): FieldNode => {
  const operation = parse(query).definitions[0] as OperationDefinitionNode;
  const field = operation.selectionSet.selections[0];
  if (field.kind !== Kind.FIELD) throw new Error('not a field');
  return field;
};

const ctx = {} as RequestContext;

describe('compileRead', () => {
  it('sends a fact the children share with their parent once, with the parent, and filters the children by it', () => {
    const compiled = compileRead(ROOT, fieldOf('{ parent(id: "x") { id items { id } } }'), {})!;
    expect(compiled).not.toBeNull();
    // The parent carries the relations for its items' filter; no item repeats them.
    expect(compiled.sql).toContain(`'__facts', json_build_object('relations', t1_rel.facts)`);
    expect(compiled.sql).toContain(`'__facts', json_build_object('status', t2.status)`);
    expect(compiled.sql.match(/t1_rel\.facts/g)).toHaveLength(1);

    const answer = (host: boolean) =>
      compiled.finish(
        {
          id: 'p',
          __facts: { relations: { host } },
          items: [
            { id: 'a', __facts: { status: 'OPEN' } },
            { id: 'b', __facts: { status: 'CLOSED' } },
          ],
        },
        ctx,
      ) as { items: { id: string }[] };
    expect(answer(true).items.map((i) => i.id)).toEqual(['a', 'b']);
    expect(answer(false).items.map((i) => i.id)).toEqual(['a']);
  });

  it("leaves out, in SQL, the rows the list's own condition says the domain would not keep", () => {
    const compiled = compileRead(ROOT, fieldOf('{ parent(id: "y") { items { id } } }'), {})!;
    expect(compiled.sql).toContain(`FROM item t2 WHERE t2.parent_id = t1.id AND (t1_rel.host OR t2.status = 'OPEN')`);
  });
});
