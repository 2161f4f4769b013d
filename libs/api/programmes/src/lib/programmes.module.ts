import { Module } from '@nestjs/common';
import { ApplicationsResolver } from './applications/applications.resolver';
import { ApplicationsService } from './applications/applications.service';
import { ProgrammesResolver } from './programmes/programmes.resolver';
import { ProgrammesService } from './programmes/programmes.service';

/** Programmes and the applications of organisations, with places and a fair waitlist. */
@Module({ providers: [ProgrammesService, ProgrammesResolver, ApplicationsService, ApplicationsResolver] })
export class ProgrammesModule {}

/** The resolvers of this context, for the schema generator. */
export const PROGRAMMES_RESOLVERS = [ProgrammesResolver, ApplicationsResolver];
