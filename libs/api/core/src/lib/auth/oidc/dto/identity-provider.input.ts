import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsOptional, ValidateIf } from 'class-validator';
import { Labels, Text, Uuid, Version } from '../../../validation/rules';

/** What a provider is, as creating and changing it both give it (the secret and the flags differ). */
@InputType({ isAbstract: true })
abstract class IdentityProviderFields {
  @Field()
  @Text(120)
  name!: string;

  @Field()
  @Text(500)
  issuer!: string;

  @Field()
  @Text(300)
  clientId!: string;

  @Field(() => [String])
  @Labels(20, 253)
  emailDomains!: string[];

  @Field(() => ID)
  @Uuid()
  organisationId!: string;
}

@InputType()
export class CreateIdentityProviderInput extends IdentityProviderFields {
  @Field({ description: 'Write-only: stored encrypted, never returned.' })
  @Text(2000)
  clientSecret!: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  createMembers!: boolean;

  @Field({ defaultValue: true })
  @IsBoolean()
  enabled!: boolean;
}

/** Every field but the secret is the full new state; the secret changes only when given. */
@InputType()
export class UpdateIdentityProviderInput extends IdentityProviderFields {
  @Field(() => ID)
  @Uuid()
  id!: string;

  @Field(() => Int)
  @Version()
  version!: number;

  @Field(() => String, { nullable: true, description: 'Write-only; left out: the stored secret stays.' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @Text(2000)
  clientSecret?: string | null;

  @Field()
  @IsBoolean()
  createMembers!: boolean;

  @Field()
  @IsBoolean()
  enabled!: boolean;
}

@InputType()
export class DeleteIdentityProviderInput {
  @Field(() => ID)
  @Uuid()
  id!: string;

  @Field(() => Int)
  @Version()
  version!: number;
}
