import { byIdLoader, type RequestContext } from '@kijkje/api/core';
import { Organisation } from './organisation.entity';

/** Organisations by id, batched per request; RLS keeps them inside the caller's network. */
export const organisationLoader = (ctx: RequestContext) => byIdLoader(ctx, Organisation);
