import { Kind, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { RequestContext } from '../graphql/request-context';
import { PLANNED, SCOPE, type ComputedRead, type Facts, type NodeRead, type ValueRead } from './read-node';

/**
 * Compiles a root field's selection into one SQL statement whose single value is the field's JSON,
 * keyed by response key (aliases included), and turns the answer into planned objects the schema
 * serves without calling a resolver (planned.ts). A selection with anything the reads do not know
 * (a field without a read, arguments below the root, directives, a fragment on another type) is
 * not compiled: the caller resolves it as before.
 */

/** What the answer holds per response key, to finish it in JavaScript. */
type Part = { node: NodeShape; when?: ComputedRead<boolean>; keep?: ComputedRead<boolean>; list: boolean } | { value: ValueRead } | { computed: ComputedRead };
interface NodeShape {
  parts: Map<string, Part>;
  /**
   * Facts the node shares with its parent row (the same SQL, e.g. the caller's relations to the
   * visit every finding of it reads), as [own name, parent's name]: sent once with the parent, not
   * repeated in every row.
   */
  inherited: [string, string][];
}

export interface CompiledRead {
  sql: string;
  /** The planned answer, or null when the root's `keep` says the caller may not see it. */
  finish(json: unknown, ctx: RequestContext): unknown;
}

/** A selection a compiled answer does not cover (a directive, a fragment on another type): it is executed as usual. */
export class NotCompilable extends Error {}

/** The fields selected under a node, by response key, with the selections of a repeated key merged. */
export function fieldsOf(set: SelectionSetNode, type: string, fragments: Record<string, FragmentDefinitionNode>, into = new Map<string, FieldNode[]>()) {
  for (const selection of set.selections) {
    if (selection.directives?.length) throw new NotCompilable('directive');
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      into.set(key, [...(into.get(key) ?? []), selection]);
    } else {
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments[selection.name.value] : selection;
      if (!fragment || (fragment.typeCondition && fragment.typeCondition.name.value !== type)) throw new NotCompilable('fragment');
      fieldsOf(fragment.selectionSet, type, fragments, into);
    }
  }
  return into;
}

function merged(nodes: FieldNode[]): SelectionSetNode {
  return { kind: Kind.SELECTION_SET, selections: nodes.flatMap((n) => n.selectionSet?.selections ?? []) };
}

class Compiler {
  private aliases = 0;

  constructor(private readonly fragments: Record<string, FragmentDefinitionNode>) {}

  alias(): string {
    return `t${++this.aliases}`;
  }

  /**
   * The JSON object of one row of `node` under `alias`; `extra` are facts its parent's filters read.
   * `fromParent` are the parent's facts this node takes as they are (the parent sends them).
   */
  object(
    node: NodeRead,
    alias: string,
    set: SelectionSetNode,
    parentFacts: Facts,
    extra: string[] = [],
  ): { sql: string; shape: NodeShape; fromParent: string[] } {
    const facts: Facts = Object.fromEntries(Object.entries(node.facts ?? {}).map(([name, fact]) => [name, fact(alias, parentFacts)]));
    const parts = new Map<string, Part>();
    const pairs: string[] = [];
    const needed = new Set<string>(extra);
    for (const [key, nodes] of fieldsOf(set, node.type, this.fragments)) {
      const name = nodes[0].name.value;
      if (nodes.some((n) => n.arguments?.length || n.name.value !== name)) throw new NotCompilable('arguments');
      if (name === '__typename') {
        pairs.push(`'${key}', '${node.type}'`);
        continue;
      }
      const read = node.fields[name];
      if (!read) throw new NotCompilable(`${node.type}.${name}`);
      if ('value' in read) {
        pairs.push(`'${key}', ${read.value.sql(alias, facts)}`);
        parts.set(key, { value: read.value });
      } else if ('computed' in read) {
        for (const fact of read.computed.facts) needed.add(fact);
        parts.set(key, { computed: read.computed });
      } else {
        const list = 'many' in read;
        const relation = 'one' in read ? read.one : read.many;
        const keep = 'many' in read ? read.many.keep : undefined;
        for (const fact of relation.when?.facts ?? []) needed.add(fact);
        const childNode = relation.node();
        const child = this.alias();
        const inner = this.object(childNode, child, merged(nodes), facts, keep?.facts);
        for (const fact of inner.fromParent) needed.add(fact);
        const narrow = 'many' in read && read.many.narrow ? ` AND (${read.many.narrow(alias, child, facts)})` : '';
        const from = `FROM ${relation.table} ${child}${childNode.lateral?.(child) ?? ''} WHERE ${relation.where(alias, child, facts)}${narrow}`;
        pairs.push(
          'many' in read
            ? `'${key}', (SELECT coalesce(json_agg(${inner.sql} ORDER BY ${read.many.orderBy(child)}), '[]'::json) ${from})`
            : `'${key}', (SELECT ${inner.sql} ${from} LIMIT 1)`,
        );
        parts.set(key, { node: inner.shape, when: relation.when, keep, list });
      }
    }
    const missing = [...needed].filter((f) => !facts[f]);
    if (missing.length) throw new NotCompilable(`facts ${missing.join(', ')} of ${node.type}`);
    const inherited: [string, string][] = [];
    const own: string[] = [];
    for (const fact of needed) {
      const same = Object.keys(parentFacts).find((name) => parentFacts[name] === facts[fact]);
      if (same) inherited.push([fact, same]);
      else own.push(fact);
    }
    if (own.length) pairs.push(`'__facts', json_build_object(${own.map((f) => `'${f}', ${facts[f]}`).join(', ')})`);
    // json_build_object takes at most 100 arguments.
    if (pairs.length > 50) throw new NotCompilable('too many fields');
    return { sql: `json_build_object(${pairs.join(', ')})`, shape: { parts, inherited }, fromParent: inherited.map(([, from]) => from) };
  }
}

type Row = Record<string, unknown> & { __facts?: Record<string, unknown> };
type RowFacts = Record<string, unknown>;

const NO_FACTS: RowFacts = Object.freeze({});

/** A row's facts: its own, and those it shares with its parent row. */
function factsOf(shape: NodeShape, row: Row, parent: RowFacts): RowFacts {
  if (!shape.inherited.length) return row.__facts ?? NO_FACTS;
  const facts: RowFacts = { ...row.__facts };
  for (const [name, from] of shape.inherited) facts[name] = parent[from];
  return facts;
}

/**
 * Marks the answer's objects as planned, maps its values, applies the domain's filters and works
 * out its computed fields. The rows keep their `__facts` (no selection reads it; taking it out
 * would make every row a slower dictionary object).
 */
function finish(shape: NodeShape, row: Row | null, ctx: RequestContext, facts: RowFacts): Row | null {
  if (row === null) return null;
  for (const [key, part] of shape.parts) {
    if ('value' in part) row[key] = part.value.map ? part.value.map(row[key]) : row[key];
    else if ('computed' in part) row[key] = part.computed.value(facts, ctx);
    else if (part.when && !part.when.value(facts, ctx)) row[key] = part.list ? [] : null;
    else if (!part.list) {
      const child = row[key] as Row | null;
      row[key] = child === null ? null : finish(part.node, child, ctx, factsOf(part.node, child, facts));
    } else {
      const kept: Row[] = [];
      for (const item of row[key] as Row[]) {
        const itemFacts = factsOf(part.node, item, facts);
        if (!part.keep || part.keep.value(itemFacts, ctx)) kept.push(finish(part.node, item, ctx, itemFacts)!);
      }
      row[key] = kept;
    }
  }
  Object.defineProperty(row, PLANNED, { value: true });
  return row;
}

/** A root that reads a row of `node` from `table` where `where` holds and, from its facts, `keep` too. */
export interface RootRead {
  node: NodeRead;
  table: string;
  where: (alias: string) => string;
  /** Whether the caller may see the row (the domain's rules over its facts); when not, the caller's resolver answers. */
  keep?: ComputedRead<boolean>;
  /** A list root: every row where `where` holds, in this order. */
  orderBy?: (alias: string) => string;
}

const cache = new WeakMap<FieldNode, Map<RootRead, CompiledRead | null>>();

/** The compiled read of this root field for this selection, or null when it cannot be compiled. Cached per document. */
export function compileRead(root: RootRead, field: FieldNode, fragments: Record<string, FragmentDefinitionNode>): CompiledRead | null {
  let perRoot = cache.get(field);
  if (!perRoot) cache.set(field, (perRoot = new Map()));
  if (perRoot.has(root)) return perRoot.get(root)!;
  let compiled: CompiledRead | null = null;
  try {
    if (!field.selectionSet) throw new NotCompilable('shape');
    const compiler = new Compiler(fragments);
    const alias = compiler.alias();
    const { sql, shape } = compiler.object(root.node, alias, field.selectionSet, {}, root.keep?.facts);
    compiled = {
      // The scope's parameters are typed up front: a read that does not use one still binds it.
      sql: `WITH scope AS (SELECT ${Object.values(SCOPE).join(', ')})
            SELECT ${root.orderBy ? `coalesce(json_agg(${sql} ORDER BY ${root.orderBy(alias)}), '[]'::json)` : sql} AS answer
              FROM ${root.table} ${alias}${root.node.lateral?.(alias) ?? ''} WHERE ${root.where(alias)}`,
      finish: (json, ctx) => {
        const kept = (row: Row) => !root.keep || root.keep.value(row.__facts ?? NO_FACTS, ctx);
        if (root.orderBy) return (json as Row[]).filter(kept).map((row) => finish(shape, row, ctx, row.__facts ?? NO_FACTS));
        return kept(json as Row) ? finish(shape, json as Row, ctx, (json as Row).__facts ?? NO_FACTS) : null;
      },
    };
  } catch (error) {
    if (!(error instanceof NotCompilable)) throw error;
  }
  perRoot.set(root, compiled);
  return compiled;
}
