import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { REPORT_SHARING, type ReportSharing } from '@kijkje/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export const ReportSharingEnum = Object.fromEntries(REPORT_SHARING.map((s) => [s, s])) as { [K in ReportSharing]: K };
registerEnumType(ReportSharingEnum, {
  name: 'ReportSharing',
  description: 'Who may read the final report besides the team, host and coordinator: TEAM (nobody more), ROUND, NETWORK.',
});

/** The lead's report of a visit (terugkoppeling). Its state is the visit's: REPORT_DRAFT, REPORT_SHARED, REPORT_FINAL. */
@ObjectType()
@Entity({ name: 'visit_report' })
export class VisitReport {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @PrimaryColumn({ name: 'visit_id', type: 'uuid' })
  visitId!: string;

  @Field({ description: 'Markdown.' })
  @Column({ type: 'text', default: '' })
  summary!: string;

  @Field({ description: 'The host’s comment on the shared report (Markdown).' })
  @Column({ name: 'host_comment', type: 'text', default: '' })
  hostComment!: string;

  @Column({ name: 'host_comment_by', type: 'uuid', nullable: true })
  hostCommentBy!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Until when the host may comment on the shared report.' })
  @Column({ name: 'reply_deadline', type: 'timestamptz', nullable: true })
  replyDeadline!: Date | null;

  @Field(() => ReportSharingEnum)
  @Column({ type: 'varchar', length: 10, default: 'TEAM' })
  sharing!: ReportSharing;

  @Field(() => Int, { description: 'Send back when changing the report (optimistic concurrency).' })
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field()
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  updatedAt!: Date;
}
