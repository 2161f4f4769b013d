import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { FINDING_KINDS, FINDING_STATUSES, SYSTEM_ISSUE_CATEGORIES, type FindingKind, type FindingStatus, type SystemIssueCategory } from '@kijkje/domain';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const FindingKindEnum = Object.fromEntries(FINDING_KINDS.map((k) => [k, k])) as { [K in FindingKind]: K };
registerEnumType(FindingKindEnum, {
  name: 'FindingKind',
  description: 'STRENGTH (wat gaat goed), CONCERN (zorgpunt), RECOMMENDATION (aanbeveling), OWN_RESPONSIBILITY (eigen verantwoordelijkheid).',
});
export const FindingStatusEnum = Object.fromEntries(FINDING_STATUSES.map((s) => [s, s])) as { [K in FindingStatus]: K };
registerEnumType(FindingStatusEnum, { name: 'FindingStatus' });
export const SystemIssueCategoryEnum = Object.fromEntries(SYSTEM_ISSUE_CATEGORIES.map((c) => [c, c])) as { [K in SystemIssueCategory]: K };
registerEnumType(SystemIssueCategoryEnum, {
  name: 'SystemIssueCategory',
  description: 'Systeemsignaal: LAW (wet- en regelgeving), FUNDING (financiering), NATIONAL_PARTIES (landelijke partijen), OTHER (anders).',
});

@ObjectType()
export class Evidence {
  @Field({ description: 'Where it comes from: a document, a conversation, a dashboard.' }) source!: string;
  @Field({ description: 'What someone said, word for word.' }) quote!: string;
  @Field({ description: 'A figure or indicator that shows it.' }) indicator!: string;
}

/** A finding stored without (part of its) evidence reads as empty strings, never as a missing field. */
export function completeEvidence(stored: Partial<Evidence> | null | undefined): Evidence {
  return { source: stored?.source ?? '', quote: stored?.quote ?? '', indicator: stored?.indicator ?? '' };
}

/** One observation by a reviewer during a visit (bevinding). Its text is Markdown, rendered safely. */
@ObjectType()
@Entity({ name: 'finding' })
// Also holds status, released_for_harvest and author_id (INCLUDE), so a visit's figures are counted from it alone (migration 1796256340000).
@Index('ix_finding_network_visit', ['networkId', 'visitId', 'createdAt'])
export class Finding {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @Column({ name: 'visit_id', type: 'uuid' })
  visitId!: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @Field(() => FindingKindEnum)
  @Column({ type: 'varchar', length: 20 })
  kind!: FindingKind;

  @Field()
  @Column({ type: 'varchar', length: 80 })
  theme!: string;

  @Field({ description: 'Markdown.' })
  @Column({ type: 'text' })
  text!: string;

  @Field(() => Evidence)
  @Column({ type: 'jsonb', default: () => "'{}'::jsonb", transformer: { from: completeEvidence, to: (value: Evidence | undefined) => value } })
  evidence!: Evidence;

  @Field(() => [String])
  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" })
  tags!: string[];

  @Field(() => FindingStatusEnum)
  @Column({ type: 'varchar', length: 10, default: 'DRAFT' })
  status!: FindingStatus;

  @Field({ description: 'The host allows it to be used, anonymised, in a harvest.' })
  @Column({ name: 'released_for_harvest', type: 'boolean', default: false })
  releasedForHarvest!: boolean;

  @Field(() => SystemIssueCategoryEnum, {
    nullable: true,
    description: 'Systeemsignaal: not the municipality’s own to solve; its category, or null when it is not one.',
  })
  @Column({ name: 'system_issue', type: 'varchar', length: 20, nullable: true })
  systemIssue!: SystemIssueCategory | null;

  @Field(() => Int, { description: 'Send back when editing (optimistic concurrency).' })
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Field()
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt!: Date;

  @Field()
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  updatedAt!: Date;
}
