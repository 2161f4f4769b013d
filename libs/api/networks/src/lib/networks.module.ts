import { Module } from '@nestjs/common';
import { InvitationsResolver } from './invitations/invitations.resolver';
import { InvitationsService } from './invitations/invitations.service';
import { NetworksResolver } from './networks/networks.resolver';
import { NetworksService } from './networks/networks.service';
import { OrganisationsResolver } from './organisations/organisations.resolver';
import { OrganisationsService } from './organisations/organisations.service';
import { MembershipRequestsService } from './people/membership-requests.service';
import { PeopleResolver } from './people/people.resolver';
import { PeopleService } from './people/people.service';

/** Networks, their member organisations, people and invitations. */
@Module({
  providers: [
    NetworksService,
    NetworksResolver,
    OrganisationsService,
    OrganisationsResolver,
    InvitationsService,
    InvitationsResolver,
    PeopleService,
    MembershipRequestsService,
    PeopleResolver,
  ],
})
export class NetworksModule {}

/** The resolvers of this context, for the schema generator. */
export const NETWORKS_RESOLVERS = [NetworksResolver, OrganisationsResolver, InvitationsResolver, PeopleResolver];
