import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Uuid, Version } from '@kijkje/api/core';
import { ArrayMaxSize, IsArray, IsBoolean, IsUUID, ValidateIf } from 'class-validator';

/** A sanity bound for the list; the rule of how many programmes may be compared is libs/domain's (MAX_COMPARED_PROGRAMMES). */
const COMPARED_MAX_ITEMS = 50;
/** Likewise for the chosen meetings (MAX_HARVEST_MEETINGS in libs/domain). */
const MEETINGS_MAX_ITEMS = 200;
const given = (_o: unknown, v: unknown) => v !== undefined && v !== null;

@InputType({ description: 'The harvest’s extra parts; a field left out or null stays as it is.' })
export class UpdateHarvestSectionsInput {
  @Field(() => ID) @Uuid() id!: string;
  @Field(() => Int) @Version() version!: number;
  @Field(() => [ID], { nullable: true, description: 'Other programmes of the network to compare with, in this order; empty for none.' })
  @ValidateIf(given)
  @IsArray({ message: 'string|' })
  @ArrayMaxSize(COMPARED_MAX_ITEMS, { message: 'maxLength|$constraint1' })
  @IsUUID('all', { each: true, message: 'uuid|' })
  comparedProgrammeIds?: string[];
  @Field({ nullable: true, description: 'Show the cijfers (indicators by size class).' })
  @ValidateIf(given)
  @IsBoolean({ message: 'string|' })
  indicators?: boolean;
  @Field({ nullable: true, description: 'Show the counts of the round evaluations.' })
  @ValidateIf(given)
  @IsBoolean({ message: 'string|' })
  evaluation?: boolean;
  @Field({ nullable: true, description: 'Show the counts of the network’s work meetings (uit de werkbijeenkomsten).' })
  @ValidateIf(given)
  @IsBoolean({ message: 'string|' })
  meetings?: boolean;
  @Field(() => [ID], { nullable: true, description: 'The work meetings of the network to count; empty for those held within the programme’s period.' })
  @ValidateIf(given)
  @IsArray({ message: 'string|' })
  @ArrayMaxSize(MEETINGS_MAX_ITEMS, { message: 'maxLength|$constraint1' })
  @IsUUID('all', { each: true, message: 'uuid|' })
  meetingIds?: string[];
}
