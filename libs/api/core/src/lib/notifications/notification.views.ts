import { DELIVERIES, NOTIFICATION_KINDS, type Delivery, type NotificationKind } from '@kijkje/domain';
import { Field, GraphQLISODateTime, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OneOf } from '../validation/rules';

export const NotificationKindEnum = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, k])) as { [K in NotificationKind]: K };
registerEnumType(NotificationKindEnum, { name: 'NotificationKind' });
export const DeliveryEnum = Object.fromEntries(DELIVERIES.map((d) => [d, d])) as { [K in Delivery]: K };
registerEnumType(DeliveryEnum, {
  name: 'NotificationDelivery',
  description: 'OFF: only in the app; SINGLE: a mail each time; DIGEST: in one mail a day.',
});

@ObjectType()
export class NotificationView {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKindEnum) kind!: NotificationKind;
  @Field({ description: 'programme, round, visit, harvest or membership' }) subjectType!: string;
  @Field(() => ID) subjectId!: string;
  @Field({ description: 'Where it leads in the web app.' }) path!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field() read!: boolean;
}

@ObjectType()
export class NotificationPage {
  @Field(() => [NotificationView]) items!: NotificationView[];
  @Field({ description: 'Whether older ones follow (ask again with a larger offset).' }) hasMore!: boolean;
}

@ObjectType()
export class NotificationSetting {
  @Field(() => NotificationKindEnum) kind!: NotificationKind;
  @Field(() => DeliveryEnum) delivery!: Delivery;
}

@ObjectType()
export class NotificationSignal {
  @Field({ description: 'NEW (one was added), READ (some were read elsewhere) or REFRESH (count again: events may have been missed).' })
  change!: string;
  @Field(() => ID, { nullable: true, description: 'The notification added, on NEW.' })
  notificationId!: string | null;
}

@InputType()
export class NotificationSettingInput {
  @Field(() => NotificationKindEnum)
  @OneOf(NOTIFICATION_KINDS)
  kind!: NotificationKind;

  @Field(() => DeliveryEnum)
  @OneOf(DELIVERIES)
  delivery!: Delivery;
}
