import { Module } from '@nestjs/common';
import { RoundStartNotices } from './round-start-notices';
import { ProgrammeRoundsResolver, RoundsResolver } from './rounds.resolver';
import { RoundsService } from './rounds.service';

/** Rounds of 4–5 organisations: composing by hand or by suggestion, and starting them. */
@Module({ providers: [RoundsService, RoundsResolver, ProgrammeRoundsResolver, RoundStartNotices] })
export class RoundsModule {}

/** The resolvers of this context, for the schema generator. */
export const ROUNDS_RESOLVERS = [RoundsResolver, ProgrammeRoundsResolver];
