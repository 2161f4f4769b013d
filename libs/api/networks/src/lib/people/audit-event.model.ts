import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditEvent')
export class AuditEventView {
  @Field(() => ID) id!: string;
  @Field() action!: string;
  @Field(() => String, { nullable: true }) actorName!: string | null;
  @Field(() => String, { nullable: true }) targetType!: string | null;
  @Field(() => String, { nullable: true }) targetId!: string | null;
  @Field() createdAt!: Date;
}
