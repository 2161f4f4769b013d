import { Args, Field, ID, Info, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, User, byIdLoader, readPlanned, uuidArg, type RequestContext } from '@kijkje/api/core';
import { Visit, VisitRelationEnum } from '@kijkje/api/visits';
import { canMarkSystemIssue, offeredFindingRights } from '@kijkje/domain';
import { FindingComment } from './comments/finding-comment.entity';
import { CommentsService } from './comments/comments.service';
import {
  AddFindingCommentInput,
  CreateFindingInput,
  FinaliseFindingsInput,
  FindingStepInput,
  MarkSystemIssueInput,
  ReplyToFindingInput,
  SetFindingReleaseInput,
  ShareFindingsInput,
  UpdateFindingInput,
} from './dto/finding.inputs';
import { FindingAccess } from './finding-access.service';
import { FINDING_BY_ID } from './finding.read';
import { Finding } from './finding.entity';
import { FindingsService } from './findings.service';
import { HostResponse } from './responses/host-response.entity';
import { ResponsesService } from './responses/responses.service';
import { SystemIssuesService } from './system-issues/system-issues.service';

@ObjectType()
export class FindingRightsView {
  @Field() edit!: boolean;
  @Field() submit!: boolean;
  @Field() delete!: boolean;
  @Field() discuss!: boolean;
  @Field() reply!: boolean;
  @Field() release!: boolean;
}

@ObjectType()
export class FindingCountsView {
  @Field(() => Int, { nullable: true, description: 'Null for whoever may not know that submitted findings exist (the host).' }) submitted!: number | null;
  @Field(() => Int, { nullable: true }) shared!: number | null;
  @Field(() => Int, { nullable: true }) final!: number | null;
  @Field(() => Int, { nullable: true, description: 'Shared or final, and released by the host for the harvest.' }) released!: number | null;
}

@Resolver(() => Finding)
export class FindingsResolver {
  constructor(
    private readonly service: FindingsService,
    private readonly access: FindingAccess,
    private readonly commentsService: CommentsService,
    private readonly responses: ResponsesService,
    private readonly systemIssues: SystemIssuesService,
  ) {}

  @Query(() => Finding)
  async finding(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, uuidArg('id')) id: string, @Info() info: GraphQLResolveInfo): Promise<Finding> {
    return (await readPlanned<Finding>(ctx, info, FINDING_BY_ID, [id])) ?? this.service.get(ctx, id);
  }

  @Mutation(() => Finding, { description: 'Reviewer: a new finding, as a draft or submitted to the team at once. Idempotent by key.' })
  createFinding(@Ctx() ctx: RequestContext, @Args('input') input: CreateFindingInput): Promise<Finding> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => Finding, { description: 'Author: edits a draft or submitted finding; a stale version gives CONFLICT with the current finding.' })
  updateFinding(@Ctx() ctx: RequestContext, @Args('input') input: UpdateFindingInput): Promise<Finding> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => Finding, { description: 'Author: DRAFT → SUBMITTED.' })
  submitFinding(@Ctx() ctx: RequestContext, @Args('input') input: FindingStepInput): Promise<Finding> {
    return this.service.submit(ctx, input);
  }

  @Mutation(() => ID, { description: 'Author: throws a draft away; returns its id.' })
  deleteFinding(@Ctx() ctx: RequestContext, @Args('input') input: FindingStepInput): Promise<string> {
    return this.service.delete(ctx, input);
  }

  @Mutation(() => Visit, { description: 'Lead: shares every submitted finding with the host and sets the reply period.' })
  shareFindings(@Ctx() ctx: RequestContext, @Args('input') input: ShareFindingsInput): Promise<Visit> {
    return this.service.share(ctx, input);
  }

  @Mutation(() => Visit, { description: 'Lead: SHARED → FINAL for every shared finding.' })
  finaliseFindings(@Ctx() ctx: RequestContext, @Args('input') input: FinaliseFindingsInput): Promise<Visit> {
    return this.service.finalise(ctx, input);
  }

  @Mutation(() => FindingComment, { description: 'Review team: a comment on a finding. Idempotent by key.' })
  addFindingComment(@Ctx() ctx: RequestContext, @Args('input') input: AddFindingCommentInput): Promise<FindingComment> {
    return this.commentsService.add(ctx, input);
  }

  @Mutation(() => Finding, { description: 'Host: agrees, corrects a fact or comments, within the reply period.' })
  replyToFinding(@Ctx() ctx: RequestContext, @Args('input') input: ReplyToFindingInput): Promise<Finding> {
    return this.responses.reply(ctx, input);
  }

  @Mutation(() => Finding, { description: 'Host: may this finding be used, anonymised, in a harvest?' })
  setFindingRelease(@Ctx() ctx: RequestContext, @Args('input') input: SetFindingReleaseInput): Promise<Finding> {
    return this.service.setRelease(ctx, input.findingId, input.released);
  }

  @Mutation(() => Finding, { description: 'Review team: marks the finding as a systeemsignaal with a category, or (null) takes the mark off.' })
  markSystemIssue(@Ctx() ctx: RequestContext, @Args('input') input: MarkSystemIssueInput): Promise<Finding> {
    return this.systemIssues.mark(ctx, input);
  }

  @ResolveField(() => Boolean, { description: 'The caller may mark this finding as a systeemsignaal (the review team).' })
  async canMarkSystemIssue(@Parent() finding: Finding, @Ctx() ctx: RequestContext): Promise<boolean> {
    const { relations } = await this.access.standing(ctx, finding);
    return canMarkSystemIssue(relations, finding.status);
  }

  @ResolveField(() => Visit)
  async visit(@Parent() finding: Finding, @Ctx() ctx: RequestContext): Promise<Visit> {
    return (await byIdLoader(ctx, Visit).load(finding.visitId))!;
  }

  @ResolveField(() => User)
  async author(@Parent() finding: Finding, @Ctx() ctx: RequestContext): Promise<User> {
    return (await byIdLoader(ctx, User).load(finding.authorId))!;
  }

  @ResolveField(() => [VisitRelationEnum], { description: 'How the viewer stands to this finding (author, reviewer, host, …).' })
  async myRelations(@Parent() finding: Finding, @Ctx() ctx: RequestContext): Promise<string[]> {
    return [...(await this.access.standing(ctx, finding)).relations].sort();
  }

  @ResolveField(() => FindingRightsView)
  async rights(@Parent() finding: Finding, @Ctx() ctx: RequestContext): Promise<FindingRightsView> {
    const { rights, visit } = await this.access.standing(ctx, finding);
    // A final report closes its findings (the services refuse these steps): the screen offers none of them.
    return offeredFindingRights(rights, visit.visit.status);
  }

  @ResolveField(() => [FindingComment], { description: 'The team’s discussion; empty for anyone outside the team.' })
  comments(@Parent() finding: Finding, @Ctx() ctx: RequestContext): Promise<FindingComment[]> {
    return this.commentsService.forFinding(ctx, finding);
  }

  @ResolveField(() => HostResponse, { nullable: true, description: 'The host’s reply (hoor en wederhoor).' })
  response(@Parent() finding: Finding, @Ctx() ctx: RequestContext): Promise<HostResponse | null> {
    return this.responses.forFinding(ctx, finding);
  }
}

@Resolver(() => FindingComment)
export class FindingCommentResolver {
  @ResolveField(() => User)
  async author(@Parent() comment: FindingComment, @Ctx() ctx: RequestContext): Promise<User> {
    return (await byIdLoader(ctx, User).load(comment.authorId))!;
  }
}

@Resolver(() => HostResponse)
export class HostResponseResolver {
  @ResolveField(() => User)
  async respondedBy(@Parent() response: HostResponse, @Ctx() ctx: RequestContext): Promise<User> {
    return (await byIdLoader(ctx, User).load(response.respondedBy))!;
  }
}

@Resolver(() => Visit)
export class VisitFindingsResolver {
  constructor(private readonly service: FindingsService) {}

  @ResolveField(() => [Finding], { description: 'The findings whose content the viewer may read (DOMAIN.md policy).' })
  findings(@Parent() visit: Visit, @Ctx() ctx: RequestContext): Promise<Finding[]> {
    return this.service.forVisit(ctx, visit);
  }

  @ResolveField(() => FindingCountsView, { nullable: true, description: 'Progress figures, without drafts; null for whoever may not see them.' })
  findingCounts(@Parent() visit: Visit, @Ctx() ctx: RequestContext): Promise<FindingCountsView | null> {
    return this.service.counts(ctx, visit);
  }
}
