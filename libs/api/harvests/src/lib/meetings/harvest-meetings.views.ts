import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { MessageView } from '@kijkje/api/core';
import { KindCountView } from '../kind-count.view';

@ObjectType({ description: 'The tables of one topic (the same table name) over the counted work meetings.' })
export class HarvestMeetingTopicView {
  @Field(() => String, { nullable: true, description: 'The table name; null for the other tables, whose names hold a municipality, person or place.' })
  topic!: string | null;
  @Field(() => Int) tables!: number;
  @Field(() => Int, { nullable: true, description: 'People at these tables; null when hidden.' }) participants!: number | null;
  @Field(() => [KindCountView], { description: 'Yields per question (STRENGTH, CONCERN, OWN_RESPONSIBILITY) and recommendations (RECOMMENDATION).' })
  cells!: KindCountView[];
  @Field(() => Int, { nullable: true }) total!: number | null;
  @Field(() => MessageView, { nullable: true, description: 'Why the topic is not shown.' }) suppressed!: MessageView | null;
}

@ObjectType({ description: 'Uit de werkbijeenkomsten: the marked yields and recommendations of the counted meetings, as counts only.' })
export class HarvestMeetingsView {
  @Field({ description: 'NONE (no meeting counts), SUPPRESSED (people of fewer than three organisations) or SHOWN.' }) state!: string;
  @Field(() => MessageView) message!: MessageView;
  @Field(() => Int, { description: 'The number of meetings counted.' }) meetings!: number;
  @Field(() => Int, { nullable: true }) tables!: number | null;
  @Field(() => Int, { nullable: true, description: 'People at the meetings, each once; null unless SHOWN.' }) participants!: number | null;
  @Field(() => [KindCountView], { description: 'Over all tables; empty unless SHOWN.' }) cells!: KindCountView[];
  @Field(() => Int, { nullable: true }) total!: number | null;
  @Field(() => [HarvestMeetingTopicView]) topics!: HarvestMeetingTopicView[];
}

@ObjectType({ description: 'A work meeting of the network as the harvest’s rule sees it: the coordinator’s choice list.' })
export class HarvestMeetingChoiceView {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => GraphQLISODateTime) startsAt!: Date;
  @Field({ description: 'How far its report reaches: NONE, NETWORK or PUBLIC.' }) reach!: string;
  @Field({ description: 'Held within the programme’s period.' }) inPeriod!: boolean;
  @Field({ description: 'Chosen by the coordinator.' }) chosen!: boolean;
  @Field({ description: 'Whether the harvest counts it now.' }) counted!: boolean;
  @Field(() => MessageView, { nullable: true, description: 'Why it does not count.' }) reason!: MessageView | null;
}
