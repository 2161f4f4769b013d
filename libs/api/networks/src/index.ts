export * from './lib/networks.module';
export * from './lib/organisations/organisation.entity';
export * from './lib/invitations/invitation.entity';
export * from './lib/invitations/invitations.service';
export * from './lib/organisations/organisation.loader';
export * from './lib/organisations/organisation-contacts';
export * from './lib/organisations/organisation.read';
