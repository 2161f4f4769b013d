import { Field, ObjectType } from '@nestjs/graphql';
import { Membership } from '../tenancy/membership.entity';
import { Network } from '../tenancy/network.entity';
import { User } from './user.entity';

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
}
