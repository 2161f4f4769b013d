import { Injectable } from '@nestjs/common';
import { AccessService, AuditService, SQL_CLOCK, badUserInput, conflict, updateVersioned, type RequestContext } from '@kijkje/api/core';
import { Programme } from '@kijkje/api/programmes';
import { evaluationMessages, evaluationRights, evaluationViolations, summariseEvaluations, type EvaluationAnswers } from '@kijkje/domain';
import { Round } from '../round.entity';
import { countRoundParticipants, insertEvaluation, isRoundParticipant, submittedEvaluations } from './evaluation.queries';
import type { RoundEvaluationStepInput, SaveRoundEvaluationInput } from './evaluation.inputs';
import { RoundEvaluation } from './round-evaluation.entity';
import type { MyRoundEvaluationView, ProgrammeEvaluationResultsView, RoundEvaluationResultsView } from './evaluation.views';

/**
 * The evaluation of a round (libs/domain after-visit/evaluation.ts): once the round has closed each
 * participant writes their own, a draft until submitted. The coordinator reads only counts, and
 * nothing below three answers; nobody reads whose answer is whose.
 */
@Injectable()
export class RoundEvaluationService {
  constructor(
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** The round and whether the caller took part; null for the coordinator who did not; not found for anyone else. */
  private async standing(ctx: RequestContext, roundId: string, lock = false): Promise<{ round: Round; participant: boolean }> {
    const networkId = await this.access.inNetwork(ctx, 'programme.list');
    const round = await ctx.em.findOne(Round, { where: { id: roundId, networkId }, ...(lock ? { lock: { mode: 'pessimistic_read' as const } } : {}) });
    if (!round) return this.access.notVisible(ctx, 'round', roundId);
    const participant = await isRoundParticipant(ctx.em, networkId, round.id, ctx.userId!);
    if (!participant && ctx.membership?.role !== 'COORDINATOR') return this.access.notVisible(ctx, 'round', roundId);
    return { round, participant };
  }

  async mine(ctx: RequestContext, roundId: string): Promise<MyRoundEvaluationView | null> {
    const { round, participant } = await this.standing(ctx, roundId);
    if (!participant) return null;
    const row = await ctx.em.findOneBy(RoundEvaluation, { networkId: round.networkId, roundId: round.id, userId: ctx.userId! });
    const rights = evaluationRights(round.status, true, !!row?.submittedAt);
    return {
      roundId: round.id,
      open: rights.see,
      canWrite: rights.write,
      usefulness: row?.usefulness ?? null,
      safety: row?.safety ?? null,
      preparation: row?.preparation ?? null,
      team: row?.team ?? null,
      wouldRecommend: row?.wouldRecommend ?? null,
      comment: row?.comment ?? '',
      version: row?.version ?? 0,
      submittedAt: row?.submittedAt ?? null,
    };
  }

  /** The participant's step: the round closed, they took part, have not submitted, and saw the current version. */
  private async step(ctx: RequestContext, input: RoundEvaluationStepInput) {
    const { round, participant } = await this.standing(ctx, input.roundId, true);
    if (!participant) return this.access.notAllowed(ctx, 'round', input.roundId, evaluationMessages.notOpen);
    const key = { networkId: round.networkId, roundId: round.id, userId: ctx.userId! };
    const row = await ctx.em.findOneBy(RoundEvaluation, key);
    if (row?.submittedAt) throw badUserInput([{ field: 'roundId', messages: evaluationMessages.submitted }]);
    if (!evaluationRights(round.status, true, false).write) throw badUserInput([{ field: 'roundId', messages: evaluationMessages.notOpen }]);
    if ((row?.version ?? 0) !== input.version) throw conflict(row?.version ?? 0);
    return { round, key, row };
  }

  private async record(ctx: RequestContext, round: Round, action: 'round_evaluation.saved' | 'round_evaluation.submitted'): Promise<void> {
    await this.audit.record(ctx.em, { networkId: round.networkId, actorUserId: ctx.userId, action, targetType: 'round', targetId: round.id, ip: ctx.ip });
  }

  async save(ctx: RequestContext, input: SaveRoundEvaluationInput): Promise<MyRoundEvaluationView> {
    const { round, key, row } = await this.step(ctx, input);
    const answers: EvaluationAnswers = {
      usefulness: input.usefulness ?? null,
      safety: input.safety ?? null,
      preparation: input.preparation ?? null,
      team: input.team ?? null,
      wouldRecommend: input.wouldRecommend ?? null,
      comment: input.comment,
    };
    const violations = evaluationViolations(answers, false);
    if (violations.length) throw badUserInput(violations);
    if (row) await updateVersioned(ctx.em, RoundEvaluation, key, input.version, { ...answers, updatedAt: SQL_CLOCK });
    else if (!(await insertEvaluation(ctx.em, key, answers))) throw conflict(1);
    await this.record(ctx, round, 'round_evaluation.saved');
    return (await this.mine(ctx, round.id))!;
  }

  async submit(ctx: RequestContext, input: RoundEvaluationStepInput): Promise<MyRoundEvaluationView> {
    const { round, key, row } = await this.step(ctx, input);
    const violations = evaluationViolations(row ?? { usefulness: null, safety: null, preparation: null, team: null, wouldRecommend: null, comment: '' }, true);
    if (violations.length) throw badUserInput(violations);
    await updateVersioned(ctx.em, RoundEvaluation, key, input.version, { submittedAt: SQL_CLOCK, updatedAt: SQL_CLOCK });
    await this.record(ctx, round, 'round_evaluation.submitted');
    return (await this.mine(ctx, round.id))!;
  }

  /** The coordinator's results of one round. */
  async roundResults(ctx: RequestContext, roundId: string): Promise<RoundEvaluationResultsView> {
    const networkId = await this.access.inNetwork(ctx, 'programme.manage');
    const round = (await ctx.em.findOneBy(Round, { id: roundId, networkId })) ?? (await this.access.notVisible(ctx, 'round', roundId));
    const answers = await submittedEvaluations(ctx.em, networkId, [round.id]);
    return this.roundView(ctx, round, answers);
  }

  private async roundView(ctx: RequestContext, round: Round, answers: EvaluationAnswers[]): Promise<RoundEvaluationResultsView> {
    return {
      roundId: round.id,
      roundName: round.name,
      open: round.status === 'CLOSED',
      participants: await countRoundParticipants(ctx.em, round.networkId, round.id),
      results: summariseEvaluations(answers),
    };
  }

  /** The coordinator's results of a programme: all its rounds together, and each round. */
  async programmeResults(ctx: RequestContext, programmeId: string): Promise<ProgrammeEvaluationResultsView> {
    const networkId = await this.access.inNetwork(ctx, 'programme.manage');
    const programme = (await ctx.em.findOneBy(Programme, { id: programmeId, networkId })) ?? (await this.access.notVisible(ctx, 'programme', programmeId));
    const rounds = await ctx.em.find(Round, { where: { networkId, programmeId: programme.id }, order: { name: 'ASC' } });
    const answers = await submittedEvaluations(
      ctx.em,
      networkId,
      rounds.map((r) => r.id),
    );
    const perRound = [];
    for (const round of rounds)
      perRound.push(
        await this.roundView(
          ctx,
          round,
          answers.filter((a) => a.roundId === round.id),
        ),
      );
    return { programmeId: programme.id, total: summariseEvaluations(answers), rounds: perRound };
  }
}
