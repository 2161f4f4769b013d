import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { MessageView } from '../graphql/message.view';

/** One kind of personal data the platform holds for the network (libs/domain processingOverview). */
@ObjectType('ProcessingActivity')
export class ProcessingActivityView {
  @Field() key!: string;
  @Field(() => MessageView) category!: MessageView;
  @Field(() => MessageView, { description: 'Whose data (betrokkenen).' }) subjects!: MessageView;
  @Field(() => MessageView) data!: MessageView;
  @Field(() => MessageView, { description: 'Why (doel).' }) purpose!: MessageView;
  @Field(() => MessageView, { description: 'On which basis (grondslag, AVG art. 6).' }) legalBasis!: MessageView;
  @Field(() => MessageView, { description: 'How long (bewaartermijn).' }) retention!: MessageView;
  @Field(() => MessageView, { description: 'Who receives it (ontvangers).' }) recipients!: MessageView;
}

@ObjectType('ProcessingOverview')
export class ProcessingOverviewView {
  @Field(() => Int) retentionYears!: number;
  @Field(() => [ProcessingActivityView]) activities!: ProcessingActivityView[];
}

/** What happens to a closed programme's visit material. */
@ObjectType('ProgrammeRetention')
export class ProgrammeRetentionView {
  @Field(() => GraphQLISODateTime) closedAt!: Date;
  @Field(() => Int) retentionYears!: number;
  @Field({ description: 'The last day (YYYY-MM-DD, Dutch time) the material is kept.' }) keptUntil!: string;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the material was removed; null while it is kept.' })
  removedAt!: Date | null;
}
