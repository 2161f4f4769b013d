import type { Language } from '@kijkje/domain';
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

  /** The language this person chose: their mails are written in it, and the web app adopts it at sign-in. */
  @Column({ type: 'varchar', length: 2, default: 'nl' })
  language!: Language;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
