import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROUND_STATUSES, type RoundStatus } from '@kijkje/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const RoundStatusEnum = Object.fromEntries(ROUND_STATUSES.map((s) => [s, s])) as { [K in RoundStatus]: K };
registerEnumType(RoundStatusEnum, { name: 'RoundStatus' });

/** 4 or 5 organisations of a programme that review each other (ronde). */
@ObjectType()
@Entity({ name: 'round' })
@Index('uq_round_network_programme_name', ['networkId', 'programmeId', 'name'], { unique: true })
export class Round {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_round_network')
  @Column({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Field(() => RoundStatusEnum)
  @Column({ type: 'varchar', length: 10, default: 'COMPOSING' })
  status!: RoundStatus;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
