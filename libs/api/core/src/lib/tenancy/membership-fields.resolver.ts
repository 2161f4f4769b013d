import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { User } from '../auth/user.entity';
import { Ctx, type RequestContext } from '../graphql/request-context';
import { Membership } from './membership.entity';
import { Network } from './network.entity';

/** Batches look-ups by id within one request (no N+1, PERF-01). */
export function byIdLoader<T extends { id: string }>(ctx: RequestContext, entity: new () => T): DataLoader<string, T | null> {
  return ctx.loader(
    `byId:${entity.name}`,
    () =>
      new DataLoader<string, T | null>(async (ids) => {
        const rows = await ctx.em.getRepository(entity).findBy({ id: In([...ids]) } as never);
        const map = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => map.get(id) ?? null);
      }),
  );
}

@Resolver(() => Membership)
export class MembershipFieldsResolver {
  @ResolveField(() => Network)
  async network(@Parent() m: Membership, @Ctx() ctx: RequestContext): Promise<Network> {
    return (await byIdLoader(ctx, Network).load(m.networkId))!;
  }

  @ResolveField(() => User)
  async user(@Parent() m: Membership, @Ctx() ctx: RequestContext): Promise<User> {
    return (await byIdLoader(ctx, User).load(m.userId))!;
  }
}
