import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { APPLICATION_STATUSES, type ApplicationStatus } from '@kijkje/domain';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { SharingLevelEnum, type SharingLevel } from '../programmes/programme.entity';

export const ApplicationStatusEnum = Object.fromEntries(APPLICATION_STATUSES.map((s) => [s, s])) as { [K in ApplicationStatus]: K };
registerEnumType(ApplicationStatusEnum, { name: 'ApplicationStatus' });

@ObjectType()
export class DeclaredConflict {
  @Field(() => ID, { nullable: true, description: 'The organisation in this network the conflict is with, if any.' })
  organisationId!: string | null;
  @Field() description!: string;
}

/** An organisation's sign-up for a programme (aanmelding). One per organisation per programme. */
@ObjectType()
@Entity({ name: 'application' })
@Index('uq_application_network_programme_organisation', ['networkId', 'programmeId', 'organisationId'], { unique: true })
@Index('ix_application_network_programme_status', ['networkId', 'programmeId', 'status'])
@Index('ix_application_network_organisation', ['networkId', 'organisationId'])
export class Application {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_application_network')
  @Column({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy!: string | null;

  @Field()
  @Column({ name: 'review_question', type: 'text' })
  reviewQuestion!: string;

  @Field(() => [String])
  @Column({ type: 'jsonb' })
  themes!: string[];

  @Field()
  @Column({ name: 'preferred_period', type: 'varchar', length: 120, default: '' })
  preferredPeriod!: string;

  @Field(() => SharingLevelEnum)
  @Column({ type: 'varchar', length: 10 })
  consent!: SharingLevel;

  @Field(() => [DeclaredConflict])
  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" })
  conflicts!: DeclaredConflict[];

  @Field(() => ApplicationStatusEnum)
  @Column({ type: 'varchar', length: 12 })
  status!: ApplicationStatus;

  @Field()
  @Column({ name: 'submitted_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  submittedAt!: Date;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version!: number;
}
