import { Args, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, uuidArg, type RequestContext } from '@kijkje/api/core';
import { Application } from '../applications/application.entity';
import { ApplicationsService } from '../applications/applications.service';
import { placesTaken, waitlistedCount } from '../programmes.queries';
import { ChangeProgrammeStatusInput } from './dto/change-programme-status.input';
import { CreateProgrammeInput } from './dto/create-programme.input';
import { UpdateProgrammeInput } from './dto/update-programme.input';
import { FrameworkSectionView, Programme, frameworkOf } from './programme.entity';
import { ProgrammesService } from './programmes.service';

@Resolver(() => Programme)
export class ProgrammesResolver {
  constructor(
    private readonly service: ProgrammesService,
    private readonly applicationsService: ApplicationsService,
  ) {}

  @Query(() => [Programme], { description: 'The programmes of the current network, newest first.' })
  programmes(@Ctx() ctx: RequestContext): Promise<Programme[]> {
    return this.service.list(ctx);
  }

  @Query(() => Programme)
  programme(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, uuidArg('id')) id: string, @Info() info: GraphQLResolveInfo): Promise<Programme> {
    return this.service.read(ctx, id, info);
  }

  @Mutation(() => Programme, { description: 'Coordinator: a new programme in DRAFT.' })
  createProgramme(@Ctx() ctx: RequestContext, @Args('input') input: CreateProgrammeInput): Promise<Programme> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => Programme, {
    description:
      'Coordinator: edit a programme at the version seen (stale → CONFLICT). Themes, framework, places, window and sharing change only while DRAFT or OPEN; once RUNNING only name and description.',
  })
  updateProgramme(@Ctx() ctx: RequestContext, @Args('input') input: UpdateProgrammeInput): Promise<Programme> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => Programme, { description: 'Coordinator: DRAFT → OPEN → RUNNING → CLOSED, guarded.' })
  changeProgrammeStatus(@Ctx() ctx: RequestContext, @Args('input') input: ChangeProgrammeStatusInput): Promise<Programme> {
    return this.service.changeStatus(ctx, input);
  }

  @ResolveField(() => [Application], { description: 'All applications for a coordinator; the own organisation’s for a member.' })
  applications(@Parent() programme: Programme, @Ctx() ctx: RequestContext): Promise<Application[]> {
    return this.applicationsService.forProgramme(ctx, programme.id);
  }

  @ResolveField(() => [FrameworkSectionView], { description: 'The preparation framework: the general part first, then per theme.' })
  framework(@Parent() programme: Programme): FrameworkSectionView[] {
    const framework = frameworkOf(programme);
    const questions = (qs: typeof framework.general) => qs.map((q) => ({ key: q.key, nl: q.question.nl, en: q.question.en, hint: q.hint }));
    return [{ theme: null, questions: questions(framework.general) }, ...framework.themes.map((t) => ({ theme: t.theme, questions: questions(t.questions) }))];
  }

  @ResolveField(() => Int, { description: 'Places held by accepted or placed applications.' })
  async placesTaken(@Parent() programme: Programme, @Ctx() ctx: RequestContext): Promise<number> {
    return placesTaken(ctx.em, programme.networkId, programme.id);
  }

  @ResolveField(() => Int)
  async waitlistLength(@Parent() programme: Programme, @Ctx() ctx: RequestContext): Promise<number> {
    return waitlistedCount(ctx.em, programme.networkId, programme.id);
  }
}
