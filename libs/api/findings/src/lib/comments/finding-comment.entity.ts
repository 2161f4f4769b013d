import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The review team's discussion of a finding; the host never sees it. */
@ObjectType()
@Entity({ name: 'finding_comment' })
@Index('ix_finding_comment_network_finding', ['networkId', 'findingId', 'createdAt'])
export class FindingComment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @Column({ name: 'finding_id', type: 'uuid' })
  findingId!: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @Field({ description: 'Markdown.' })
  @Column({ type: 'text' })
  text!: string;

  @Field()
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt!: Date;
}
