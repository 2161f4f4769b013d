import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { can, type Action } from '@kijkje/domain';
import {
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  Kind,
  getNamedType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { RequestContext } from '../graphql/request-context';
import { NotCompilable, compileRead, fieldsOf, type CompiledRead, type RootRead } from './compile-read';
import { compiledReadsOn, scopeParameters } from './planned';
import { PLANNED } from './read-node';

/*
 * A query whose every root field is a compiled read needs no resolver at all: its answer is the
 * statements' JSON, shaped and serialised by the schema's own types. The transaction plugin asks
 * here first; anything else (a mutation, another root field, an argument that is not a plain id, a
 * row the caller may not see, a null where the schema allows none) answers null, and the operation
 * is executed as usual, which also answers refusals in one place.
 */

export interface CompiledRoot {
  root: RootRead;
  /** The permission the root's resolver asks first (AccessService.inNetwork). */
  action: Action;
}

const roots = new Map<string, CompiledRoot>();

/** Whether a root field is answered by a compiled read. */
export function isCompiledRoot(field: string): boolean {
  return roots.has(field);
}

/** Declares that `Query.<field>(id: ID!)`, or a list root without arguments, is answered by this compiled read. */
export function compiledRoot(field: string, read: CompiledRoot): CompiledRoot {
  roots.set(field, read);
  return read;
}

/** The root's arguments: none for a list root; for any other its `id`, the only argument and a well-formed id. Null when they are not so. */
function argsOf(root: RootRead, field: FieldNode, variables: Record<string, unknown>): unknown[] | null {
  if (root.orderBy) return field.arguments?.length ? null : [];
  if (field.arguments?.length !== 1 || field.arguments[0].name.value !== 'id') return null;
  const node: ValueNode = field.arguments[0].value;
  const value = node.kind === Kind.VARIABLE ? variables[node.name.value] : node.kind === Kind.STRING ? node.value : null;
  return typeof value === 'string' && isUUID(value) ? [value] : null;
}

/**
 * The roots of one app whose value a service computes (not a compiled statement) and that take no
 * arguments: the value the root's resolver returns, shaped and serialised as a compiled read's,
 * without executing a resolver for each of its fields. A service registers its root as it is
 * created, with the very call its resolver makes (the same rights, the same answer).
 */
@Injectable()
export class ComputedRoots {
  private readonly roots = new Map<string, (ctx: RequestContext) => Promise<unknown>>();
  private readonly probes = new Map<string, ComputedProbe>();

  /** `probe`: how the root may also be answered in one trip (one-trip.ts). */
  register(field: string, answer: (ctx: RequestContext) => Promise<unknown>, probe?: ComputedProbe): void {
    this.roots.set(field, answer);
    if (probe) this.probes.set(field, probe);
  }

  get(field: string): ((ctx: RequestContext) => Promise<unknown>) | undefined {
    return this.roots.get(field);
  }

  probe(field: string): ComputedProbe | undefined {
    return this.probes.get(field);
  }
}

/**
 * A computed root answered in one trip: a statement over the caller's scope alone (SCOPE's
 * parameters, no others) travels with the session lookup, and the root's value follows from its
 * rows and what the service keeps, or null when it cannot (then the operation runs as usual).
 */
export interface ComputedProbe {
  sql: string;
  answer(ctx: RequestContext, rows: unknown[]): unknown;
}

/** A shaped answer with a null where the schema allows none: the operation is executed as usual. */
export class Decline extends Error {}
/** Shapes a value by the selection and serialises its scalars and enums, as execution would. */
export type Shaper = (value: unknown) => unknown;

/**
 * The shaper of a type under a selection, worked out once per document (Apollo keeps parsed
 * documents, so a hot query's shaper is built once): the fields each object gives, their keys and
 * the serialisers of their leaves. A field the type does not have declines the answer.
 */
function shaperOf(type: GraphQLOutputType, set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>): Shaper {
  if (type instanceof GraphQLNonNull) {
    const inner = shaperOf(type.ofType, set, fragments);
    return (value) => {
      if (value === null || value === undefined) throw new Decline();
      return inner(value);
    };
  }
  if (type instanceof GraphQLList) {
    const item = shaperOf(type.ofType, set, fragments);
    return (value) => (value === null || value === undefined ? null : (value as unknown[]).map(item));
  }
  const named = getNamedType(type);
  if (!(named instanceof GraphQLObjectType)) {
    const leaf = named as { serialize(v: unknown): unknown };
    return (value) => (value === null || value === undefined ? null : leaf.serialize(value));
  }
  const fields = [...fieldsOf(set!, named.name, fragments)].map(([key, nodes]) => {
    const name = nodes[0].name.value;
    if (name === '__typename') return { key, name, shape: () => named.name, typename: true };
    const field = named.getFields()[name];
    if (!field) throw new Decline();
    const sub = nodes.some((n) => n.selectionSet)
      ? { kind: Kind.SELECTION_SET, selections: nodes.flatMap((n) => n.selectionSet?.selections ?? []) }
      : undefined;
    return { key, name, shape: shaperOf(field.type, sub as SelectionSetNode | undefined, fragments), typename: false };
  });
  return (value) => {
    if (value === null || value === undefined) return null;
    const source = value as Record<string, unknown>;
    const planned = PLANNED in source;
    const out: Record<string, unknown> = {};
    for (const field of fields) out[field.key] = field.typename ? named.name : field.shape(planned ? source[field.key] : source[field.name]);
    return out;
  };
}

const shapers = new WeakMap<FieldNode, Shaper | null>();

/** The root field's shaper, or null when its selection asks for a field its type does not have (or what no compiled answer covers). */
export function rootShaper(queryType: GraphQLObjectType, field: FieldNode, fragments: Record<string, FragmentDefinitionNode>): Shaper | null {
  if (shapers.has(field)) return shapers.get(field)!;
  let shaper: Shaper | null = null;
  try {
    shaper = shaperOf(queryType.getFields()[field.name.value].type, field.selectionSet, fragments);
  } catch (error) {
    if (!(error instanceof Decline || error instanceof NotCompilable)) throw error;
  }
  shapers.set(field, shaper);
  return shaper;
}

const shapedKept = new WeakMap<object, WeakMap<Shaper, unknown>>();

/**
 * A computed root's value shaped by a selection. A frozen value is one a service keeps and answers
 * again (Mijn taken's tasks, for a tenth of a second): shaped once per selection, not per request.
 */
export function shapeComputed(shape: Shaper, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || !Object.isFrozen(value)) return shape(value);
  let bySelection = shapedKept.get(value);
  if (!bySelection) shapedKept.set(value, (bySelection = new WeakMap()));
  if (!bySelection.has(shape)) bySelection.set(shape, shape(value));
  return bySelection.get(shape);
}

/** The fragments of a document, by name. */
export function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  return Object.fromEntries(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
}

/** A root field of a query answered by a compiled read: its statement, arguments, shaper and the permission its resolver asks first. */
export interface PlannedRoot {
  key: string;
  compiled: CompiledRead;
  args: unknown[];
  shape: Shaper;
  action: Action;
}

/** The compiled read of one root field for this selection and these variables, or null when it has none. */
export function planRoot(
  queryType: GraphQLObjectType,
  field: FieldNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): PlannedRoot | null {
  const read = roots.get(field.name.value);
  if (!read) return null;
  const args = argsOf(read.root, field, variables);
  const compiled = args && compileRead(read.root, field, fragments);
  const shape = compiled && rootShaper(queryType, field, fragments);
  return shape ? { key: field.alias?.value ?? field.name.value, compiled: compiled!, args: args!, shape, action: read.action } : null;
}

/**
 * A compiled root's answer from its statement's rows, for this caller: null when they may not ask
 * (the resolver's permission), may not see the row (`keep`), or there is none; the operation is then
 * executed as usual, which answers refusals in one place. A null where the schema allows none
 * throws Decline. Both the usual transaction and the one trip (one-trip.ts) finish with it.
 */
export function finishCompiled(ctx: RequestContext, root: PlannedRoot, rows: unknown[]): unknown {
  if (!ctx.networkId || !ctx.actor || !can(ctx.actor, root.action) || !rows.length) return null;
  const planned = root.compiled.finish((rows[0] as { answer: unknown }).answer, ctx);
  return planned === null || planned === undefined ? null : root.shape(planned);
}

/** The root fields of a query, when each is a plain field (no directive, no fragment) that `answered` knows; otherwise null. */
export function rootFieldsOf(operation: OperationDefinitionNode, answered: (name: string) => boolean): readonly FieldNode[] | null {
  if (operation.operation !== 'query') return null;
  const fields = operation.selectionSet.selections;
  return fields.every((f): f is FieldNode => f.kind === Kind.FIELD && !f.directives?.length && answered(f.name.value)) ? fields : null;
}

/** The whole answer of a query made only of compiled reads and computed roots, or null to execute it as usual. */
export async function answerCompiled(
  ctx: RequestContext,
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  computed?: ComputedRoots,
): Promise<Record<string, unknown> | null> {
  if (!ctx.networkId || !ctx.actor) return null;
  const fields = rootFieldsOf(operation, (name) => roots.has(name) || computed?.get(name) !== undefined);
  if (!fields) return null;
  const fragments = fragmentsOf(document);
  const queryType = schema.getQueryType()!;
  const data: Record<string, unknown> = {};
  try {
    for (const field of fields) {
      const answer = computed?.get(field.name.value);
      if (answer) {
        const shaper = field.arguments?.length || !compiledReadsOn() ? null : rootShaper(queryType, field, fragments);
        if (!shaper) return null;
        data[field.alias?.value ?? field.name.value] = shapeComputed(shaper, await answer(ctx));
        continue;
      }
      const root = compiledReadsOn() ? planRoot(queryType, field, fragments, variables) : null;
      if (!root || !can(ctx.actor, root.action)) return null;
      const value = finishCompiled(ctx, root, await ctx.em.query(root.compiled.sql, [...scopeParameters(ctx), ...root.args]));
      if (value === null) return null;
      data[root.key] = value;
    }
  } catch (error) {
    if (error instanceof Decline || error instanceof NotCompilable) return null;
    throw error;
  }
  return data;
}
