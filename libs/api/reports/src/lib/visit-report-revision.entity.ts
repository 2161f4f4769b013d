import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ReportContent } from './report-content';

/** A kept version of a report: taken when it is shared and when it is final; never changed afterwards. */
@ObjectType()
@Entity({ name: 'visit_report_revision' })
export class VisitReportRevision {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @PrimaryColumn({ name: 'visit_id', type: 'uuid' })
  visitId!: string;

  @Field(() => Int)
  @PrimaryColumn({ type: 'integer' })
  number!: number;

  @Field({ description: 'REPORT_SHARED or REPORT_FINAL: what the report was when this version was kept.' })
  @Column({ type: 'varchar', length: 14 })
  status!: string;

  @Column({ type: 'jsonb' })
  content!: ReportContent;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Field()
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt!: Date;
}
