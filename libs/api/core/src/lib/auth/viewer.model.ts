import type { Language } from '@kijkje/domain';
import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Membership } from '../tenancy/membership.entity';
import { Network } from '../tenancy/network.entity';
import { User } from './user.entity';

export const LanguageEnum: { [K in Language]: K } = { nl: 'nl', en: 'en' };
registerEnumType(LanguageEnum, { name: 'Language', description: 'Dutch (nl) or English (en).' });

/** The signed-in person, where they are working now, and where else they may work. */
@ObjectType()
export class Viewer {
  @Field(() => User)
  user!: User;

  @Field(() => Network, { nullable: true })
  currentNetwork!: Network | null;

  @Field(() => Membership, { nullable: true })
  currentMembership!: Membership | null;

  @Field(() => [Membership])
  memberships!: Membership[];

  @Field(() => LanguageEnum, { description: 'The language this person chose; their mails are written in it.' })
  language!: Language;
}
