import { Field, InputType } from '@nestjs/graphql';
import { IdempotencyKey, OptionalText, Pattern } from '@kijkje/api/core';
import { IsOptional } from 'class-validator';

/** A municipality by its CBS code, or a partnership by name. */
@InputType()
export class AddOrganisationInput {
  @Field({ nullable: true })
  @IsOptional()
  @Pattern(/^GM\d{4}$/, 'cbsCode')
  cbsCode?: string;

  @Field({ nullable: true })
  @OptionalText(160)
  name?: string;

  @Field({ nullable: true })
  @IdempotencyKey()
  idempotencyKey?: string;
}
