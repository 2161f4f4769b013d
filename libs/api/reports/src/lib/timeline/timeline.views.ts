import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { FindingKindEnum } from '@kijkje/api/findings';
import { VisitKindEnum, VisitStatusEnum } from '@kijkje/api/visits';
import type { ActionStatus, FindingKind, VisitKind, VisitStatus } from '@kijkje/domain';
import { ActionStatusEnum } from '../plan/plan.entities';

@ObjectType()
export class TimelineFindingCountView {
  @Field(() => FindingKindEnum) kind!: FindingKind;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class TimelineActionCountView {
  @Field(() => ActionStatusEnum) status!: ActionStatus;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class TimelineActionView {
  @Field() title!: string;
  @Field(() => ActionStatusEnum) status!: ActionStatus;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueOn!: string | null;
}

@ObjectType()
export class TimelineReviewView {
  @Field(() => Int, { description: 'Months after the visit.' }) months!: number;
  @Field(() => String, { nullable: true, description: 'The moment (YYYY-MM-DD).' }) due!: string | null;
  @Field() submittedAt!: string;
  @Field(() => String, { nullable: true, description: 'The foto van nu then; null for a reader who sees figures only.' }) fotoVanNu!: string | null;
}

@ObjectType({ description: 'One visit the organisation hosted, with what followed from it.' })
export class TimelineVisitView {
  @Field(() => ID) visitId!: string;
  @Field() programme!: string;
  @Field() round!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) startsOn!: string | null;
  @Field(() => VisitStatusEnum) status!: VisitStatus;
  @Field(() => VisitKindEnum) kind!: VisitKind;
  @Field(() => String, { nullable: true, description: 'The foto van nu of the preparation; null for a reader who sees figures only.' })
  fotoVanNu!: string | null;
  @Field(() => String, { nullable: true }) stipAanDeHorizon!: string | null;
  @Field(() => [TimelineFindingCountView], { nullable: true, description: 'Findings shared with the host or final, per kind.' })
  findings!: TimelineFindingCountView[] | null;
  @Field(() => [TimelineActionCountView]) actionCounts!: TimelineActionCountView[];
  @Field(() => [TimelineActionView], { nullable: true }) actions!: TimelineActionView[] | null;
  @Field(() => [TimelineReviewView], { description: 'Submitted progress reviews, earliest moment first.' }) reviews!: TimelineReviewView[];
}

@ObjectType({ description: 'A host organisation across its visits and programmes: how it moved.' })
export class OrganisationTimelineView {
  @Field(() => ID) organisationId!: string;
  @Field() name!: string;
  @Field({ description: 'True when the texts are shown (the organisation’s own people); false for figures only.' }) content!: boolean;
  @Field(() => [TimelineVisitView], { description: 'Oldest visit first.' }) visits!: TimelineVisitView[];
}
