import { ACTION_PLAN_STATUSES, ACTION_STATUSES, type ActionPlanStatus, type ActionStatus } from '@kijkje/domain';
import { registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export const ActionPlanStatusEnum = Object.fromEntries(ACTION_PLAN_STATUSES.map((s) => [s, s])) as { [K in ActionPlanStatus]: K };
registerEnumType(ActionPlanStatusEnum, { name: 'ActionPlanStatus', description: 'DRAFT: the host’s own; SHARED: it follows the report’s sharing.' });
export const ActionStatusEnum = Object.fromEntries(ACTION_STATUSES.map((s) => [s, s])) as { [K in ActionStatus]: K };
registerEnumType(ActionStatusEnum, { name: 'ActionStatus' });

/** The host's action plan (verbeterplan) for one visit with a final report. */
@Entity({ name: 'action_plan' })
export class ActionPlan {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @PrimaryColumn({ name: 'visit_id', type: 'uuid' })
  visitId!: string;

  @Column({ type: 'varchar', length: 10, default: 'DRAFT' })
  status!: ActionPlanStatus;

  @Column({ name: 'open_to_coordinator', type: 'boolean', default: false })
  openToCoordinator!: boolean;

  /** Recommendations of the report the lead marked as answered by the plan. */
  @Column({ name: 'answered_finding_ids', type: 'uuid', array: true, default: () => "'{}'" })
  answeredFindingIds!: string[];

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  updatedAt!: Date;

  @Column({ name: 'shared_at', type: 'timestamptz', nullable: true })
  sharedAt!: Date | null;
}

/** One action of a plan: what, who, by when, why (the findings), and how far it is. */
@Entity({ name: 'plan_action' })
@Index('ix_plan_action_visit', ['networkId', 'visitId', 'createdAt'])
export class PlanAction {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @PrimaryColumn({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @Column({ name: 'visit_id', type: 'uuid' })
  visitId!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'varchar', length: 200 })
  owner!: string;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ type: 'varchar', length: 12, default: 'PLANNED' })
  status!: ActionStatus;

  @Column({ name: 'drop_reason', type: 'text', nullable: true })
  dropReason!: string | null;

  @Column({ name: 'finding_ids', type: 'uuid', array: true })
  findingIds!: string[];

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  updatedAt!: Date;
}

/** The review team and the host discussing an action of a shared plan. */
@Entity({ name: 'plan_action_comment' })
@Index('ix_plan_action_comment_action', ['networkId', 'actionId', 'createdAt'])
export class PlanActionComment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @PrimaryColumn({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @Column({ name: 'action_id', type: 'uuid' })
  actionId!: string;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt!: Date;
}

/** The host's progress review at one moment (months after the visit): a new foto van nu, then submitted. */
@Entity({ name: 'progress_review' })
export class ProgressReview {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @PrimaryColumn({ name: 'visit_id', type: 'uuid' })
  visitId!: string;

  @PrimaryColumn({ type: 'smallint' })
  months!: number;

  @Column({ name: 'foto_van_nu', type: 'text', default: '' })
  fotoVanNu!: string;

  @Column({ type: 'text', default: '' })
  reflection!: string;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  updatedAt!: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy!: string | null;
}
