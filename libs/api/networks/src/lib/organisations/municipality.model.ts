import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class Municipality {
  @Field() cbsCode!: string;
  @Field() name!: string;
  @Field() province!: string;
  @Field(() => Int) population!: number;
}

@ObjectType()
export class MunicipalityList {
  @Field() referenceDate!: string;
  @Field() source!: string;
  @Field(() => [Municipality]) items!: Municipality[];
}
