import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { OptionalUuid, Text, Uuid, Version } from '@kijkje/api/core';
import { TABLE_CAPACITY_MAX } from '@kijkje/domain';
import { IsInt, Max, Min } from 'class-validator';

@InputType()
export class UpdateMeetingTableInput {
  @Field(() => ID) @Uuid() tableId!: string;
  @Field(() => Int, { description: 'The table’s version as the organiser saw it.' }) @Version() version!: number;
  @Field() @Text(120) name!: string;
  @Field(() => ID, { nullable: true, description: 'The table host: a member of the network; null for none.' }) @OptionalUuid() hostUserId?: string | null;
  @Field(() => Int)
  @IsInt({ message: 'integer|' })
  @Min(1, { message: 'min|1' })
  @Max(TABLE_CAPACITY_MAX, { message: `max|${TABLE_CAPACITY_MAX}` })
  capacity!: number;
}
