import { Field, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A reviewer on a visit's team; one of them leads (teamleider). */
@ObjectType('Reviewer')
@Entity({ name: 'visit_reviewer' })
@Index('ix_visit_reviewer_network_user', ['networkId', 'userId'])
@Index('uq_visit_reviewer_network_visit_lead', ['networkId', 'visitId'], { unique: true, where: 'is_lead' })
export class VisitReviewer {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @PrimaryColumn({ name: 'visit_id', type: 'uuid' })
  visitId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Field()
  @Column({ name: 'is_lead', type: 'boolean', default: false })
  isLead!: boolean;

  @Column({ name: 'assigned_by', type: 'uuid', nullable: true })
  assignedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
