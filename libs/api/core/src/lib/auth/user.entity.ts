import type { Language } from '@kijkje/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A person. Global (not tenant-owned): one person may belong to several networks. */
@ObjectType()
@Entity({ name: 'app_user' })
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column({ type: 'varchar', length: 254, unique: true })
  email!: string;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  name!: string;

  /** Rises with every change of the name (updateMyName): a stale edit gives CONFLICT. */
  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  @Field()
  @Column({ name: 'is_platform_admin', type: 'boolean', default: false })
  isPlatformAdmin!: boolean;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** The network the person last switched to: a new sign-in starts there. */
  @Column({ name: 'last_network_id', type: 'uuid', nullable: true })
  lastNetworkId!: string | null;

  /** The language this person chose: their mails are written in it, and the web app adopts it at sign-in. */
  @Column({ type: 'varchar', length: 2, default: 'nl' })
  language!: Language;

  /** Per notification kind: OFF, SINGLE or DIGEST (see libs/domain notifications; missing kinds take the default). */
  @Column({ name: 'notification_settings', type: 'jsonb', default: () => "'{}'::jsonb" })
  notificationSettings!: Record<string, string>;

  /** Random, per person: the List-Unsubscribe link of the mails they can switch off (no session needed). */
  @Column({
    name: 'unsubscribe_token',
    type: 'varchar',
    length: 43,
    unique: true,
    select: false,
    default: () => `rtrim(translate(encode(gen_random_bytes(32), 'base64'), '+/', '-_'), '=')`,
  })
  unsubscribeToken!: string;

  /** The networks where notifications wait for this person's daily digest (ids only). */
  @Column({ name: 'digest_networks', type: 'jsonb', default: () => "'[]'::jsonb", select: false })
  digestNetworks!: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
