import { Field, Int, ObjectType } from '@nestjs/graphql';
import { FindingKindEnum } from '@kijkje/api/findings';
import type { FindingKind } from '@kijkje/domain';

@ObjectType()
export class KindCountView {
  @Field(() => FindingKindEnum) kind!: FindingKind;
  @Field(() => Int, { nullable: true, description: 'Null when the group is too small to show.' }) count!: number | null;
}
