import type { Language } from '@kijkje/domain';
import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Membership } from '../tenancy/membership.entity';
import { Network } from '../tenancy/network.entity';
import { User } from './user.entity';

/** NL and EN in GraphQL, 'nl' and 'en' inside (as stored and as i18n names them). */
export const LanguageEnum: { NL: Language; EN: Language } = { NL: 'nl', EN: 'en' };
registerEnumType(LanguageEnum, { name: 'Language', description: 'Dutch (NL) or English (EN).' });

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

  @Field({
    description:
      'True when the current network asks this person for a second factor their session has not used: until they set one up and sign in with it, only account operations run (others answer SECOND_FACTOR_REQUIRED).',
  })
  secondFactorRequired!: boolean;
}
