import { Field, InputType, Int } from '@nestjs/graphql';
import { Text, Version } from '../../validation/rules';

@InputType()
export class UpdateMyNameInput {
  @Field()
  @Text(120)
  name!: string;

  @Field(() => Int, { description: 'The version of the name the person edited (User.version); a stale one gives CONFLICT.' })
  @Version()
  version!: number;
}
