import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { HARVEST_VISIBILITIES, type HarvestVisibility, type Pseudonyms } from '@kijkje/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const HarvestVisibilityEnum = Object.fromEntries(HARVEST_VISIBILITIES.map((v) => [v, v])) as { [K in HarvestVisibility]: K };
registerEnumType(HarvestVisibilityEnum, { name: 'HarvestVisibility', description: 'NETWORK (members of the network) or PUBLIC (anyone with the link).' });

/** A quote in the draft: anonymised when chosen, then as the coordinator edited it. */
export interface StoredQuote {
  findingId: string;
  text: string;
  /** Flagged words the coordinator chose to keep ("behouden"), folded; see word-flags.ts. */
  kept?: string[];
}

/** The coordinator's draft of a harvest (oogst). Publishing freezes it as a numbered version. */
@ObjectType()
@Entity({ name: 'harvest' })
@Index('ix_harvest_network_programme', ['networkId', 'programmeId'])
@Index('uq_harvest_slug', ['slug'], { unique: true })
export class Harvest {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field({ description: 'The public address: /oogst/<slug>.' })
  @Column({ type: 'varchar', length: 80 })
  slug!: string;

  @Field(() => HarvestVisibilityEnum)
  @Column({ type: 'varchar', length: 10 })
  visibility!: HarvestVisibility;

  @Field(() => [ID], { description: 'The rounds the harvest looks at; empty for all rounds of the programme.' })
  @Column({ name: 'round_ids', type: 'jsonb', default: () => "'[]'::jsonb" })
  roundIds!: string[];

  @Field({ description: 'Markdown.' })
  @Column({ type: 'text', default: '' })
  narrative!: string;

  @Field({ description: 'Whether the harvest shows the cijfers: indicators of its municipalities by size class.' })
  @Column({ name: 'show_indicators', type: 'boolean', default: false })
  showIndicators!: boolean;

  @Field({ description: 'Whether the harvest shows the counts of its rounds’ evaluations.' })
  @Column({ name: 'show_evaluation', type: 'boolean', default: false })
  showEvaluation!: boolean;

  @Field({ description: 'Whether the harvest shows the counts of the network’s work meetings (uit de werkbijeenkomsten).' })
  @Column({ name: 'show_meetings', type: 'boolean', default: false })
  showMeetings!: boolean;

  @Field(() => [ID], { description: 'The work meetings the coordinator chose to count; empty for those held within the programme’s period.' })
  @Column({ name: 'meeting_ids', type: 'jsonb', default: () => "'[]'::jsonb" })
  meetingIds!: string[];

  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" })
  quotes!: StoredQuote[];

  /** Which municipality is "gemeente A": kept with the draft only, never published. */
  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" })
  pseudonyms!: Pseudonyms;

  @Field(() => Int, { description: 'Send back when editing (optimistic concurrency).' })
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field()
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  updatedAt!: Date;
}
