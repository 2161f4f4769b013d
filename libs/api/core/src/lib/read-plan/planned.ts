import {
  GraphQLObjectType,
  defaultFieldResolver,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import type { RequestContext } from '../graphql/request-context';
import { compileRead, type RootRead } from './compile-read';
import { PLANNED } from './read-node';

/**
 * Every field of the schema first asks whether its parent was planned: if so, the answer is already
 * there under the field's response key, and no resolver (no loader, no statement) runs for it.
 */
export function servePlanned(schema: GraphQLSchema): GraphQLSchema {
  const skip = new Set([schema.getSubscriptionType()?.name]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__') || skip.has(type.name)) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      field.resolve = (parent, args, ctx, info) =>
        parent !== null && typeof parent === 'object' && PLANNED in parent
          ? (parent as Record<string | number, unknown>)[info.path.key]
          : resolve(parent, args, ctx, info);
    }
  }
  return schema;
}

/** Off in the test that compares every compiled read with the resolvers' answer. */
let enabled = true;
export function useCompiledReads(on: boolean): void {
  enabled = on;
}

/** Whether answers are compiled (compiled reads and computed roots) or every field is resolved. */
export function compiledReadsOn(): boolean {
  return enabled;
}

/** The caller's scope, the first parameters of every compiled statement (SCOPE in read-node.ts). */
export function scopeParameters(ctx: RequestContext): unknown[] {
  return [ctx.userId, ctx.membership?.organisationId ?? null, ctx.networkId, ctx.membership?.role === 'COORDINATOR'];
}

/**
 * The root field answered by one statement, when its selection compiles and the row is there;
 * otherwise null, and the caller resolves it as before (which also answers a row the caller may not
 * see with not-found, audited, in one place).
 */
export async function readPlanned<T>(ctx: RequestContext, info: GraphQLResolveInfo, root: RootRead, args: unknown[]): Promise<T | null> {
  if (info.fieldNodes.length !== 1) return null;
  return readPlannedField<T>(ctx, info.fieldNodes[0], info.fragments, root, args);
}

export async function readPlannedField<T>(
  ctx: RequestContext,
  field: FieldNode,
  fragments: Record<string, FragmentDefinitionNode>,
  root: RootRead,
  args: unknown[],
): Promise<T | null> {
  if (!enabled || !ctx.networkId) return null;
  const compiled = compileRead(root, field, fragments);
  if (!compiled) return null;
  const rows: { answer: unknown }[] = await ctx.em.query(compiled.sql, [...scopeParameters(ctx), ...args]);
  return rows.length ? ((compiled.finish(rows[0].answer, ctx) as T | null) ?? null) : null;
}
