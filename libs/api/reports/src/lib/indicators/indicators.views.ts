import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One figure of an organisation for one period.' })
export class IndicatorValueView {
  @Field() code!: string;
  @Field() label!: string;
  @Field({ description: "'2024', '2024-Q2' or '2024-03'" }) period!: string;
  @Field(() => Float) value!: number;
  @Field() unit!: string;
  @Field() source!: string;
  @Field(() => Int) version!: number;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
}

@ObjectType()
export class IndicatorPeriodValueView {
  @Field() period!: string;
  @Field(() => Float) value!: number;
}

@ObjectType({ description: 'Then (at or just before the visit) vs now (the newest figure) for one indicator code.' })
export class IndicatorPairView {
  @Field() code!: string;
  @Field() label!: string;
  @Field() unit!: string;
  @Field(() => IndicatorPeriodValueView, { nullable: true }) then!: IndicatorPeriodValueView | null;
  @Field(() => IndicatorPeriodValueView, { nullable: true }) now!: IndicatorPeriodValueView | null;
  @Field(() => Float, { nullable: true }) change!: number | null;
}

@ObjectType({ description: 'The figures of the host organisation of a visit.' })
export class IndicatorsView {
  @Field(() => ID) visitId!: string;
  @Field(() => ID) organisationId!: string;
  @Field() organisationName!: string;
  @Field(() => String, { nullable: true, description: 'The visit day (YYYY-MM-DD) that divides then from now.' }) visitDay!: string | null;
  @Field({ description: 'The caller may read the figures; false (and no figures) for whoever sees the visit but not them.' }) canRead!: boolean;
  @Field({ description: 'The caller may enter, import and remove figures.' }) canWrite!: boolean;
  @Field(() => [IndicatorValueView]) values!: IndicatorValueView[];
  @Field(() => [IndicatorPairView]) pairs!: IndicatorPairView[];
}

@ObjectType()
export class IndicatorRowErrorView {
  @Field(() => Int, { description: 'Line in the file; the header is line 1 (0: the file as a whole).' }) line!: number;
  @Field() field!: string;
  @Field() nl!: string;
  @Field() en!: string;
}

@ObjectType({ description: 'What an import did: nothing is written when any row has an error.' })
export class IndicatorImportView {
  @Field(() => Int) added!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int, { description: 'Rows without a figure (StatLine writes . or nothing).' }) skipped!: number;
  @Field(() => [IndicatorRowErrorView]) errors!: IndicatorRowErrorView[];
  @Field(() => IndicatorsView) indicators!: IndicatorsView;
}
