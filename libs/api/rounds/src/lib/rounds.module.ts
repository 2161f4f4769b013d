import { Module } from '@nestjs/common';
import { RoundEvaluationResolver } from './evaluation/evaluation.resolver';
import { RoundEvaluationService } from './evaluation/evaluation.service';
import { RoundEvaluationNotices } from './evaluation/evaluation-notices';
import { RoundStartNotices } from './round-start-notices';
import { ProgrammeRoundsResolver, RoundsResolver } from './rounds.resolver';
import { RoundsService } from './rounds.service';

/** Rounds of 4–5 organisations: composing by hand or by suggestion, and starting them. */
@Module({
  providers: [
    RoundsService,
    RoundsResolver,
    ProgrammeRoundsResolver,
    RoundStartNotices,
    RoundEvaluationService,
    RoundEvaluationResolver,
    RoundEvaluationNotices,
  ],
  exports: [RoundEvaluationNotices],
})
export class RoundsModule {}

/** The resolvers of this context, for the schema generator. */
export const ROUNDS_RESOLVERS = [RoundsResolver, ProgrammeRoundsResolver, RoundEvaluationResolver];
