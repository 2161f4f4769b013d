import type { RequestContext } from '../graphql/request-context';

/*
 * Compiled reads: how a GraphQL object type is read in SQL, so that a hot query's whole subtree
 * becomes one statement that builds its JSON in PostgreSQL (see compile-read.ts). Each context
 * declares its types' reads next to its entities (`*.read.ts`); a field that has no read here makes
 * its query go through the resolvers as before.
 *
 * Every statement has the same first parameters, the caller's scope, so that its text does not
 * depend on who asks and PostgreSQL plans it once per connection.
 */
export const SCOPE = {
  user: '$1::uuid',
  organisation: '$2::uuid',
  network: '$3::uuid',
  coordinator: '$4::boolean',
} as const;

/** Marks an object whose fields a compiled read has already answered, by response key (planned.ts). */
export const PLANNED = Symbol('planned');

/** The root field's own arguments follow the scope. */
export const rootArg = (i: number): string => `$${5 + i}`;

/** Named SQL expressions a node knows about its row (its facts), for computed fields and its children. */
export type Facts = Record<string, string | undefined>;

export interface ValueRead {
  /** A JSON value for the field, as SQL over the node's alias. */
  sql: (alias: string, facts: Facts) => string;
  /** Turns the JSON value into what the field's type serialises (a DateTime wants a Date). */
  map?: (value: unknown) => unknown;
}

export interface ComputedRead<T = unknown> {
  /** Which of the node's facts it reads (they travel in the answer, not shown). */
  facts: string[];
  value: (facts: Record<string, unknown>, ctx: RequestContext) => T;
}

export interface RelationRead {
  node: () => NodeRead;
  table: string;
  /** The child rows of this parent row (`parent`, `child` are aliases; `facts` are the parent's). */
  where: (parent: string, child: string, facts: Facts) => string;
  /**
   * Whether the caller may see the relation at all, from the parent's facts and the domain's rules;
   * when not, the field answers null (one) or an empty list (many), as its resolver does.
   */
  when?: ComputedRead<boolean>;
}

export interface ListRead extends RelationRead {
  orderBy: (child: string) => string;
  /** Which rows the caller may see, from each row's facts and the domain's rules (the others are left out). */
  keep?: ComputedRead<boolean>;
  /**
   * SQL that holds for every row `keep` keeps (`parent`, `child` aliases; `facts` the parent's): the
   * statement leaves out the rows that cannot be kept, so they are neither built nor sent. `keep`
   * still decides; a condition that lets too much through costs only time.
   */
  narrow?: (parent: string, child: string, facts: Facts) => string;
}

export type FieldRead = { value: ValueRead } | { one: RelationRead } | { many: ListRead } | { computed: ComputedRead };

export interface NodeRead {
  /** The GraphQL type this reads. */
  type: string;
  /** FROM items joined after the node's own row, e.g. a LATERAL that works out the caller's relations once. */
  lateral?: (alias: string) => string;
  /** The node's facts, as SQL over its alias (and its parent's facts; undefined when the parent has no such fact). */
  facts?: Record<string, (alias: string, parent: Facts) => string | undefined>;
  fields: Record<string, FieldRead>;
}

/** A column as it is. */
export const column = (name: string): FieldRead => ({ value: { sql: (a) => `${a}.${name}` } });

/** A timestamptz column, as the Date a DateTime field serialises. */
export const timestamp = (name: string): FieldRead => ({
  value: { sql: (a) => `${a}.${name}`, map: (v) => (v === null || v === undefined ? null : new Date(v as string)) },
});

/** Adds fields (and facts) to a node's read; a context adds those it resolves on another context's type. */
export function extendRead(node: NodeRead, fields: Record<string, FieldRead>, facts: NonNullable<NodeRead['facts']> = {}): void {
  for (const [name, read] of Object.entries(fields)) {
    if (node.fields[name]) throw new Error(`${node.type}.${name} is read twice`);
    node.fields[name] = read;
  }
  node.facts = { ...node.facts, ...facts };
}
