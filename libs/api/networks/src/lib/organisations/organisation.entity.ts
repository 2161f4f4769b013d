import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

export enum OrganisationKind {
  MUNICIPALITY = 'MUNICIPALITY',
  PARTNERSHIP = 'PARTNERSHIP',
}
registerEnumType(OrganisationKind, { name: 'OrganisationKind' });

/** A member of a network: a municipality (with its CBS code) or a regional partnership. */
@ObjectType()
@Entity({ name: 'organisation' })
@Index('uq_organisation_network_cbs_code', ['networkId', 'cbsCode'], { unique: true })
@Index('uq_organisation_network_name', ['networkId', 'name'], { unique: true })
export class Organisation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_organisation_network')
  @Column({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @Field()
  @Column({ type: 'varchar', length: 160 })
  name!: string;

  @Field(() => OrganisationKind)
  @Column({ type: 'varchar', length: 20 })
  kind!: OrganisationKind;

  @Field(() => String, { nullable: true })
  @Column({ name: 'cbs_code', type: 'varchar', length: 6, nullable: true })
  cbsCode!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 40, nullable: true })
  province!: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'integer', nullable: true })
  population!: number | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
