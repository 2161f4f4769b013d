import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from '@nestjs/graphql';
import { VISIT_RELATIONS, type VisitRelation } from '@kijkje/domain';

@ObjectType()
export class AgendaItemView {
  @Field() startTime!: string;
  @Field() endTime!: string;
  @Field() topic!: string;
  @Field(() => [String], { description: 'Conversation partners: WETHOUDER, WIJKTEAM, KETENPARTNERS, INWONERS, … or a free name.' })
  partners!: string[];
}

@ObjectType()
export class AnswerView {
  @Field({ description: 'general:FOTO_VAN_NU, or theme:<theme>:WHAT_GOES_WELL, …' }) key!: string;
  @Field() text!: string;
}

@ObjectType()
export class SelfAssessmentView {
  @Field(() => [AnswerView]) answers!: AnswerView[];
  @Field({ description: 'False while the host is still working on it (only the host sees it then).' }) submitted!: boolean;
}

export const VisitRelationEnum = Object.fromEntries(VISIT_RELATIONS.map((r) => [r, r])) as { [K in VisitRelation]: K };
registerEnumType(VisitRelationEnum, { name: 'VisitRelation', description: 'How the viewer stands to a visit or finding.' });

/** What the viewer may do with the visit now, so the screen offers only what will work. */
@ObjectType()
export class VisitRightsView {
  @Field() readPreparation!: boolean;
  @Field() editPreparation!: boolean;
  @Field() manageTeam!: boolean;
  @Field() offerOwnReviewers!: boolean;
  @Field() addFinding!: boolean;
  @Field() readFindings!: boolean;
  @Field({ description: 'Mark the visit held: the lead or coordinator, from the visit’s day on.' }) markHeld!: boolean;
  @Field({ description: 'The lead or coordinator will mark the visit held once its day has come.' }) markHeldLater!: boolean;
  @Field() shareFindings!: boolean;
  @Field({ description: 'The host, while preparing: refine the review question.' }) refineReviewQuestion!: boolean;
}

/** The deadlines that apply to a visit (visitDeadlines): its own dates where it has them, else the programme's rule. */
@ObjectType()
export class VisitDeadlinesView {
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The host’s preparation is due (end of a Dutch day); null without a visit day.' })
  preparationDue!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Until when the host may reply; null until findings are shared.' })
  replyPeriodEnd!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The report is due (end of a Dutch day); null without a visit day.' })
  reportDue!: Date | null;
  @Field({ description: 'The preparation deadline is the visit’s own, not the programme’s rule.' })
  preparationDueOwn!: boolean;
  @Field({ description: 'The report deadline is the visit’s own, not the programme’s rule.' })
  reportDueOwn!: boolean;
}
