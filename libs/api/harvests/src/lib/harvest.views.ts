import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { MessageView } from '@kijkje/api/core';
import { FindingKindEnum } from '@kijkje/api/findings';
import { SharingLevelEnum } from '@kijkje/api/programmes';
import type { FindingKind, HarvestVisibility, SharingLevel } from '@kijkje/domain';
import { FlaggedWordView } from './harvest-word.views';
import { HarvestVisibilityEnum } from './harvest.entity';
import { KindCountView } from './kind-count.view';
import { HarvestMeetingsView } from './meetings/harvest-meetings.views';
import { HarvestEvaluationView, HarvestIndicatorView, ProgrammeComparisonView } from './sections/harvest-sections.views';
import { SystemSignalRowView } from './system-signals/system-signals.views';

export { KindCountView } from './kind-count.view';

@ObjectType()
export class CountRowView {
  @Field({ description: 'The theme, size class (XS … XL) or round label.' }) label!: string;
  @Field(() => Int, { nullable: true, description: 'Municipalities in the group; null when hidden.' }) organisations!: number | null;
  @Field(() => [KindCountView]) cells!: KindCountView[];
  @Field(() => Int, { nullable: true }) total!: number | null;
  @Field(() => MessageView, { nullable: true, description: 'Why the row is not shown.' }) suppressed!: MessageView | null;
}

/** The harvest's totals: hidden like a row when the counted findings come from fewer than three municipalities. */
@ObjectType()
export class CountTotalsView {
  @Field(() => [KindCountView]) cells!: KindCountView[];
  @Field(() => Int, { nullable: true, description: 'Null when hidden.' }) total!: number | null;
  @Field(() => Int, { nullable: true, description: 'Municipalities behind the findings; null when hidden.' }) organisations!: number | null;
  @Field(() => Int, { nullable: true, description: 'Null when hidden.' }) rounds!: number | null;
  @Field(() => MessageView, { nullable: true, description: 'Why the totals are not shown: the findings come from fewer than three municipalities.' })
  suppressed!: MessageView | null;
}

/** Tellen: released findings by theme × kind, by size class, by round. */
@ObjectType()
export class HarvestCountsView {
  @Field(() => [CountRowView]) byTheme!: CountRowView[];
  @Field(() => [CountRowView]) bySizeClass!: CountRowView[];
  @Field(() => [CountRowView]) byRound!: CountRowView[];
  @Field(() => CountTotalsView) totals!: CountTotalsView;
}

@ObjectType()
export class PatternPlaceView {
  @Field() label!: string;
  @Field(() => Int, { nullable: true }) organisations!: number | null;
  @Field(() => Int, { nullable: true }) findings!: number | null;
}

/** Patronen: a theme or tag that recurs across at least three municipalities. */
@ObjectType()
export class HarvestPatternView {
  @Field() key!: string;
  @Field({ description: 'THEME, TAG or THEME_TAG.' }) type!: string;
  @Field() label!: string;
  @Field(() => Int) findings!: number;
  @Field(() => Int) organisations!: number;
  @Field(() => [KindCountView]) byKind!: KindCountView[];
  @Field(() => [PatternPlaceView]) sizeClasses!: PatternPlaceView[];
  @Field(() => [PatternPlaceView], { description: 'Rounds with enough municipalities, then the others together.' }) rounds!: PatternPlaceView[];
}

@ObjectType()
export class HarvestQuoteView {
  @Field(() => ID) findingId!: string;
  @Field({ description: 'Anonymised, as the coordinator edited it.' }) text!: string;
  @Field(() => String, { nullable: true }) theme!: string | null;
  @Field(() => FindingKindEnum, { nullable: true }) kind!: FindingKind | null;
  @Field(() => SharingLevelEnum, { nullable: true, description: 'The host municipality’s consent; null when the finding is no longer released.' })
  consent!: SharingLevel | null;
  @Field(() => [String], { description: 'Names still in the text: they must go before publishing.' }) remainingNames!: string[];
  @Field(() => [FlaggedWordView], { description: 'Words that may be names: each must be replaced or kept before publishing.' }) flags!: FlaggedWordView[];
  @Field(() => [String], { description: 'Flagged words the coordinator chose to keep.' }) kept!: string[];
}

@ObjectType()
export class QuoteCandidateView {
  @Field(() => ID) findingId!: string;
  @Field() theme!: string;
  @Field(() => FindingKindEnum) kind!: FindingKind;
  @Field(() => SharingLevelEnum) consent!: SharingLevel;
  @Field({ description: 'The text as it would be quoted: anonymised.' }) preview!: string;
}

@ObjectType()
export class PublishedQuoteView {
  @Field() text!: string;
  @Field() theme!: string;
  @Field(() => FindingKindEnum) kind!: FindingKind;
}

/** A published, immutable version of a harvest. */
@ObjectType('HarvestVersion')
export class HarvestVersionView {
  @Field(() => ID) harvestId!: string;
  @Field(() => Int) number!: number;
  @Field() title!: string;
  @Field() slug!: string;
  @Field(() => HarvestVisibilityEnum) visibility!: HarvestVisibility;
  @Field(() => GraphQLISODateTime) publishedAt!: Date;
  @Field() network!: string;
  @Field() programme!: string;
  @Field(() => HarvestCountsView) counts!: HarvestCountsView;
  @Field(() => [HarvestPatternView]) patterns!: HarvestPatternView[];
  @Field(() => [PublishedQuoteView]) quotes!: PublishedQuoteView[];
  @Field({ description: 'Markdown.' }) narrative!: string;
  @Field(() => ProgrammeComparisonView, { nullable: true, description: 'The programmes compared, as published; null without others.' })
  comparison!: ProgrammeComparisonView | null;
  @Field(() => [HarvestIndicatorView], { nullable: true, description: 'Cijfers as published; null when not part of it.' })
  indicators!: HarvestIndicatorView[] | null;
  @Field(() => HarvestEvaluationView, { nullable: true, description: 'The evaluation counts as published; null when not part of it.' })
  evaluation!: HarvestEvaluationView | null;
  @Field(() => HarvestMeetingsView, { nullable: true, description: 'Uit de werkbijeenkomsten as published; null when not part of it.' })
  meetings!: HarvestMeetingsView | null;
  @Field(() => [SystemSignalRowView], { description: 'The systeemsignalen as they were at publication.' })
  systemSignals!: SystemSignalRowView[];
  @Field(() => String, {
    nullable: true,
    description: 'The public address, while this version is the one the public is served (the newest, PUBLIC and not withdrawn).',
  })
  publicPath!: string | null;
}
