import { Field, Int, ObjectType } from '@nestjs/graphql';
import { SystemIssueCategoryEnum } from '@kijkje/api/findings';
import type { SystemIssueCategory } from '@kijkje/domain';

@ObjectType()
export class SystemSignalSuppressionView {
  @Field() code!: string;
  @Field() nl!: string;
  @Field() en!: string;
}

@ObjectType({ description: 'Systeemsignalen of one theme and category: released, anonymised, counted.' })
export class SystemSignalRowView {
  @Field() theme!: string;
  @Field(() => SystemIssueCategoryEnum) category!: SystemIssueCategory;
  @Field(() => Int, { nullable: true, description: 'Null when hidden by the small-group rule.' }) count!: number | null;
  @Field(() => SystemSignalSuppressionView, { nullable: true }) suppression!: SystemSignalSuppressionView | null;
  @Field(() => [String], { description: 'Anonymised texts; empty when hidden.' }) texts!: string[];
}
