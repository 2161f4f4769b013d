import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A placed application: its organisation takes part in the round. */
@Entity({ name: 'round_member' })
@Index('ix_round_member_network_round', ['networkId', 'roundId'])
@Index('ix_round_member_network_application', ['networkId', 'applicationId'])
export class RoundMember {
  @PrimaryColumn({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @Index('ix_round_member_network')
  @Column({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId!: string;
}
