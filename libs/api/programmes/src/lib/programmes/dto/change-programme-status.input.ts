import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { OneOf, Uuid } from '@kijkje/api/core';
import { PROGRAMME_STATUSES, type ProgrammeStatus } from '@kijkje/domain';
import { IsInt, Min } from 'class-validator';
import { ProgrammeStatusEnum } from '../programme.entity';

@InputType()
export class ChangeProgrammeStatusInput {
  @Field(() => ID)
  @Uuid()
  id!: string;

  @Field(() => ProgrammeStatusEnum)
  @OneOf(PROGRAMME_STATUSES)
  status!: ProgrammeStatus;

  @Field(() => Int, { description: 'The version the coordinator saw; a stale one gives CONFLICT.' })
  @IsInt({ message: 'integer|' })
  @Min(1, { message: 'min|$constraint1' })
  version!: number;
}
