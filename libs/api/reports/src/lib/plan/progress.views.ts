import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ProgressReviewState } from '@kijkje/domain';

export const ProgressReviewStateEnum = { UPCOMING: 'UPCOMING', OPEN: 'OPEN', SUBMITTED: 'SUBMITTED' } as const satisfies Record<
  ProgressReviewState,
  ProgressReviewState
>;
registerEnumType(ProgressReviewStateEnum, {
  name: 'ProgressReviewState',
  description: 'UPCOMING until two weeks before its moment, OPEN until the host submits it, then SUBMITTED.',
});

@ObjectType({ description: 'One moment after the visit at which the host reviews its progress.' })
export class ProgressReviewView {
  @Field(() => Int, { description: 'Months after the visit.' }) months!: number;
  @Field({ description: 'YYYY-MM-DD' }) due!: string;
  @Field(() => ProgressReviewStateEnum) state!: ProgressReviewState;
  @Field(() => String, { nullable: true, description: 'The new foto van nu; null for a reader who sees only dates and state.' }) fotoVanNu!: string | null;
  @Field(() => String, { nullable: true, description: 'How far the stip aan de horizon came closer; null as fotoVanNu.' }) reflection!: string | null;
  @Field(() => Int, { description: 'Send back when saving; 0 before anything is written.' }) version!: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) submittedAt!: Date | null;
  @Field({ description: 'The caller may write and submit it now.' }) canWrite!: boolean;
}

@ObjectType({ description: 'Where the host stood at the visit (its preparation), for comparing then with now.' })
export class ProgressBaselineView {
  @Field() fotoVanNu!: string;
  @Field() stipAanDeHorizon!: string;
}

@ObjectType()
export class ProgressReviewsView {
  @Field(() => [ProgressReviewView]) moments!: ProgressReviewView[];
  @Field(() => ProgressBaselineView, { nullable: true, description: 'Null for whoever may not read the preparation.' }) baseline!: ProgressBaselineView | null;
}
