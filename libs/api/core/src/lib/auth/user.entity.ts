import { Field, ID, ObjectType } from '@nestjs/graphql';
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
