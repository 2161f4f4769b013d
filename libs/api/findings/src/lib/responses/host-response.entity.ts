import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RESPONSE_KINDS, type ResponseKind } from '@kijkje/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export const ResponseKindEnum = Object.fromEntries(RESPONSE_KINDS.map((k) => [k, k])) as { [K in ResponseKind]: K };
registerEnumType(ResponseKindEnum, { name: 'ResponseKind', description: 'Hoor en wederhoor: AGREE, CORRECTION (a factual correction) or COMMENT.' });

/** The host's reply to a shared finding (wederhoor); one per finding, editable during the reply period. */
@ObjectType()
@Entity({ name: 'host_response' })
export class HostResponse {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @PrimaryColumn({ name: 'finding_id', type: 'uuid' })
  findingId!: string;

  @Field(() => ResponseKindEnum)
  @Column({ type: 'varchar', length: 12 })
  kind!: ResponseKind;

  @Field({ description: 'Markdown; may be empty when agreeing.' })
  @Column({ type: 'text', default: '' })
  text!: string;

  @Column({ name: 'responded_by', type: 'uuid' })
  respondedBy!: string;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Field()
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  updatedAt!: Date;
}
