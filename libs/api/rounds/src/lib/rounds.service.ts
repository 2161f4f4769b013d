import type { GraphQLResolveInfo } from 'graphql';
import { ROUND_BY_ID } from './round.read';
import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  AccessService,
  AuditService,
  DomainHooks,
  badUserInput,
  conflict,
  expectVersion,
  idempotent,
  readPlanned,
  updateVersioned,
  type RequestContext,
} from '@kijkje/api/core';
import { Organisation, organisationLoader } from '@kijkje/api/networks';
import { Application, Programme } from '@kijkje/api/programmes';
import {
  canTransitionRound,
  conflictsInRound,
  roundViolationMessage,
  suggestGrouping,
  type GroupingSuggestion,
  type OrganisationPair,
  type RoundFlag,
} from '@kijkje/domain';
import { populationClass } from '@kijkje/reference-data';
import { In } from 'typeorm';
import type { AcceptSuggestedGroupingInput, CreateRoundInput, PlaceApplicationInput, StartRoundInput } from './dto/round.inputs';
import { RoundMember } from './round-member.entity';
import { Round } from './round.entity';
import { bumpRoundVersions, earlierPairings, lockProgramme, onlyRoundsOf, unplaceApplications } from './rounds.queries';

/** What the composition rules need to know about a programme's applicants. */
interface CompositionFacts {
  applications: Application[];
  organisations: Map<string, Organisation>;
  conflicts: OrganisationPair[];
  earlierPairings: OrganisationPair[];
}

@Injectable()
export class RoundsService {
  constructor(
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly hooks: DomainHooks,
  ) {}

  private async programme(ctx: RequestContext, networkId: string, id: string): Promise<Programme> {
    return (await ctx.em.findOneBy(Programme, { id, networkId })) ?? this.access.notVisible(ctx, 'programme', id);
  }

  /** The rounds of a programme: all for a coordinator; for a member, the rounds their organisation is in (DOMAIN.md: network members see the programme only). */
  async forProgramme(ctx: RequestContext, programmeId: string): Promise<Round[]> {
    const networkId = await this.access.inNetwork(ctx, 'programme.list');
    const qb = ctx.em.createQueryBuilder(Round, 'r').where('r.network_id = :networkId AND r.programme_id = :programmeId', { networkId, programmeId });
    if (ctx.membership?.role !== 'COORDINATOR') onlyRoundsOf(qb, ctx.membership?.organisationId ?? null);
    return qb.orderBy('r.name', 'ASC').getMany();
  }

  /** `round(id)`: the whole selection in one statement where it compiles (round.read.ts), else as `get`. */
  async read(ctx: RequestContext, id: string, info: GraphQLResolveInfo): Promise<Round> {
    await this.access.inNetwork(ctx, 'programme.list');
    return (await readPlanned<Round>(ctx, info, ROUND_BY_ID, [id])) ?? this.get(ctx, id);
  }

  /** One round, for the coordinator and the round's own members; anyone else reads not-found. */
  async get(ctx: RequestContext, id: string): Promise<Round> {
    const networkId = await this.access.inNetwork(ctx, 'programme.list');
    const qb = ctx.em.createQueryBuilder(Round, 'r').where('r.network_id = :networkId AND r.id = :id', { networkId, id });
    if (ctx.membership?.role !== 'COORDINATOR') onlyRoundsOf(qb, ctx.membership?.organisationId ?? null);
    return (await qb.getOne()) ?? this.access.notVisible(ctx, 'round', id);
  }

  async members(ctx: RequestContext, round: Round): Promise<Organisation[]> {
    const members = await ctx.em
      .createQueryBuilder(Organisation, 'o')
      .innerJoin(Application, 'a', 'a.organisation_id = o.id AND a.network_id = o.network_id')
      .innerJoin(RoundMember, 'm', 'm.application_id = a.id AND m.network_id = a.network_id')
      .where('m.network_id = :networkId AND m.round_id = :roundId', { networkId: round.networkId, roundId: round.id })
      .orderBy('o.name', 'ASC')
      .getMany();
    // The visits' hosts are among them: their names need no statement of their own.
    const loader = organisationLoader(ctx);
    for (const o of members) loader.prime(o.id, o);
    return members;
  }

  async create(ctx: RequestContext, input: CreateRoundInput): Promise<Round> {
    const networkId = await this.access.inNetwork(ctx, 'programme.manage');
    await this.programme(ctx, networkId, input.programmeId);
    return idempotent(
      ctx.em,
      { networkId, userId: ctx.userId!, operation: 'createRound', key: input.idempotencyKey },
      async () => {
        if (await ctx.em.findOneBy(Round, { networkId, programmeId: input.programmeId, name: input.name })) {
          throw badUserInput([{ field: 'name', messages: { nl: 'Er is al een ronde met deze naam.', en: 'A round with this name already exists.' } }]);
        }
        const round = await ctx.em.save(ctx.em.create(Round, { networkId, programmeId: input.programmeId, name: input.name, status: 'COMPOSING' }));
        await this.audit.record(ctx.em, { networkId, actorUserId: ctx.userId, action: 'round.created', targetType: 'round', targetId: round.id, ip: ctx.ip });
        return round;
      },
      (id) => ctx.em.findOneBy(Round, { id, networkId }),
    );
  }

  /** Places an accepted application in a composing round, moves it, or takes it out (roundId null). */
  async place(ctx: RequestContext, input: PlaceApplicationInput): Promise<Application> {
    const networkId = await this.access.inNetwork(ctx, 'programme.manage');
    const application = await ctx.em.findOneBy(Application, { id: input.applicationId, networkId });
    if (!application) return this.access.notVisible(ctx, 'application', input.applicationId);
    const current = await ctx.em.findOneBy(RoundMember, { applicationId: application.id, networkId });
    const from = current ? await ctx.em.findOneBy(Round, { id: current.roundId, networkId }) : null;
    const to = input.roundId ? await ctx.em.findOneBy(Round, { id: input.roundId, networkId }) : null;
    if (input.roundId && !to) return this.access.notVisible(ctx, 'round', input.roundId);
    // The coordinator sees every round of the network: one of another programme is a wrong choice, not an unknown one.
    if (to && to.programmeId !== application.programmeId) {
      throw badUserInput([
        {
          field: 'roundId',
          messages: { nl: 'Deze ronde hoort bij een ander programma dan de aanmelding.', en: 'This round belongs to another programme than the application.' },
        },
      ]);
    }
    if ((from && from.status !== 'COMPOSING') || (to && to.status !== 'COMPOSING')) {
      throw badUserInput([{ field: 'roundId', messages: { nl: 'Deze ronde is al gestart.', en: 'This round has already started.' } }]);
    }
    if (!['ACCEPTED', 'PLACED'].includes(application.status)) {
      throw badUserInput([
        {
          field: 'applicationId',
          messages: { nl: 'Alleen geaccepteerde aanmeldingen kunnen in een ronde.', en: 'Only accepted applications can be placed in a round.' },
        },
      ]);
    }
    if (current) await ctx.em.delete(RoundMember, { applicationId: application.id, networkId });
    if (to) await ctx.em.insert(RoundMember, { applicationId: application.id, networkId, roundId: to.id });
    // Each round whose membership changed gets a new version: a start from a screen that showed the old membership is a CONFLICT.
    await this.touch(ctx, networkId, [from?.id, to?.id]);
    await ctx.em.update(Application, { id: application.id, networkId }, { status: to ? 'PLACED' : 'ACCEPTED', version: application.version + 1 });
    await this.audit.record(ctx.em, {
      networkId,
      actorUserId: ctx.userId,
      action: 'application.placed',
      targetType: 'application',
      targetId: application.id,
      data: { from: from?.id ?? null, to: to?.id ?? null },
      ip: ctx.ip,
    });
    return (await ctx.em.findOneBy(Application, { id: application.id, networkId }))!;
  }

  /** A new version for rounds whose membership changed (locks them until the operation ends). */
  private async touch(ctx: RequestContext, networkId: string, roundIds: (string | undefined)[]): Promise<void> {
    const ids = [...new Set(roundIds.filter((id): id is string => Boolean(id)))];
    if (ids.length) await bumpRoundVersions(ctx.em, networkId, ids);
  }

  private async facts(ctx: RequestContext, networkId: string, programmeId: string): Promise<CompositionFacts> {
    const applications = await ctx.em.find(Application, {
      where: { networkId, programmeId, status: In(['ACCEPTED', 'PLACED']) },
      order: { submittedAt: 'ASC', id: 'ASC' },
    });
    const ids = applications.map((a) => a.organisationId);
    const organisations = new Map((await ctx.em.findBy(Organisation, { networkId, id: In(ids) })).map((o) => [o.id, o]));
    const within = new Set(ids);
    const conflicts: OrganisationPair[] = applications.flatMap((a) =>
      a.conflicts.filter((c) => c.organisationId && within.has(c.organisationId)).map((c) => [a.organisationId, c.organisationId!] as const),
    );
    // Organisations that were in a round together in an earlier programme of this network.
    const earlier = ids.length ? await earlierPairings(ctx.em, networkId, programmeId, ids) : [];
    return { applications, organisations, conflicts, earlierPairings: earlier.map((e) => [e.a, e.b] as const) };
  }

  /**
   * A suggested partition of the accepted applications into rounds of 4–5, with its reasons, and
   * a fingerprint of it together with the rounds it would replace.
   */
  async suggestion(
    ctx: RequestContext,
    programmeId: string,
    lock = false,
  ): Promise<{ facts: CompositionFacts; suggestion: GroupingSuggestion; fingerprint: string }> {
    const networkId = await this.access.inNetwork(ctx, 'programme.manage');
    // Accepting holds the programme, so two accepts (or an accept and a new round) take turns.
    if (lock) await lockProgramme(ctx.em, networkId, programmeId);
    await this.programme(ctx, networkId, programmeId);
    const facts = await this.facts(ctx, networkId, programmeId);
    const suggestion = suggestGrouping({
      applications: facts.applications.map((a) => {
        const o = facts.organisations.get(a.organisationId);
        return {
          id: a.id,
          organisationId: a.organisationId,
          themes: a.themes,
          populationClass: populationClass(o?.population ?? 0),
          province: o?.province ?? '',
        };
      }),
      conflicts: facts.conflicts,
      earlierPairings: facts.earlierPairings,
      organisationNames: Object.fromEntries([...facts.organisations].map(([id, o]) => [id, o.name])),
    });
    const rounds = await ctx.em.find(Round, { where: { networkId, programmeId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    return { facts, suggestion, fingerprint: fingerprintOf(suggestion, rounds) };
  }

  /**
   * Replaces the programme's composing rounds by the suggestion, as a whole: the suggestion the
   * coordinator saw. A placement, a new round or a new applicant since then changes the
   * fingerprint and answers CONFLICT, so nobody's composing is overwritten unseen.
   */
  async acceptSuggestion(ctx: RequestContext, input: AcceptSuggestedGroupingInput): Promise<Round[]> {
    const { programmeId } = input;
    const { suggestion, fingerprint } = await this.suggestion(ctx, programmeId, true);
    const networkId = ctx.networkId!;
    const started = await ctx.em.count(Round, { where: { networkId, programmeId, status: In(['PREPARING', 'VISITING', 'REPORTING', 'CLOSED']) } });
    if (started) {
      throw badUserInput([
        {
          field: 'programmeId',
          messages: { nl: 'Er zijn al rondes gestart; deel de rest met de hand in.', en: 'Rounds have already started; place the rest by hand.' },
        },
      ]);
    }
    if (fingerprint !== input.fingerprint) throw conflict();
    const composing = await ctx.em.find(Round, { where: { networkId, programmeId } });
    if (composing.length) {
      await unplaceApplications(ctx.em, networkId, programmeId);
      await ctx.em.delete(Round, { networkId, id: In(composing.map((r) => r.id)) });
    }
    const rounds: Round[] = [];
    for (const suggested of suggestion.rounds) {
      const round = await ctx.em.save(ctx.em.create(Round, { networkId, programmeId, name: `Ronde ${suggested.round}`, status: 'COMPOSING' }));
      for (const applicationId of suggested.applicationIds) {
        await ctx.em.insert(RoundMember, { applicationId, networkId, roundId: round.id });
      }
      await ctx.em.update(Application, { networkId, id: In(suggested.applicationIds) }, { status: 'PLACED' });
      rounds.push(round);
    }
    await this.audit.record(ctx.em, {
      networkId,
      actorUserId: ctx.userId,
      action: 'grouping.accepted',
      targetType: 'programme',
      targetId: programmeId,
      data: { rounds: rounds.length },
      ip: ctx.ip,
    });
    return rounds;
  }

  /**
   * Live flags of a composing round: declared conflicts and earlier pairings among its members.
   * For the coordinator, who composes (SEC-12): a conflict is what one applicant told the
   * coordinator about another, and an earlier pairing tells of rounds the caller may not see; the
   * round's own members get an empty list, the same whatever the flags are.
   */
  async flags(ctx: RequestContext, round: Round): Promise<RoundFlag[]> {
    if (ctx.membership?.role !== 'COORDINATOR' || ctx.networkId !== round.networkId) return [];
    const facts = await this.facts(ctx, round.networkId, round.programmeId);
    const members = (await this.members(ctx, round)).map((o) => o.id);
    return conflictsInRound(members, facts.conflicts, facts.earlierPairings);
  }

  /** COMPOSING → PREPARING: only with 4 or 5 organisations and no unresolved conflict. */
  async start(ctx: RequestContext, input: StartRoundInput): Promise<Round> {
    const networkId = await this.access.inNetwork(ctx, 'programme.manage');
    const round = await ctx.em.findOne(Round, { where: { id: input.id, networkId }, lock: { mode: 'pessimistic_write' } });
    if (!round) return this.access.notVisible(ctx, 'round', input.id);
    // The coordinator starts the round they saw: any placement since then changed its version.
    expectVersion(round, input.version);
    const facts = await this.facts(ctx, networkId, round.programmeId);
    const members = await this.members(ctx, round);
    const names = new Map(members.map((o) => [o.id, o.name]));
    const violations = canTransitionRound(round.status, 'PREPARING', { organisationIds: members.map((o) => o.id), conflicts: facts.conflicts });
    if (violations.length) {
      throw badUserInput(violations.map((v) => ({ field: 'id', messages: roundViolationMessage(v, (id) => names.get(id) ?? id) })));
    }
    await updateVersioned(ctx.em, Round, { id: round.id, networkId }, input.version, { status: 'PREPARING' }, { currentVersion: round.version });
    await this.audit.record(ctx.em, { networkId, actorUserId: ctx.userId, action: 'round.started', targetType: 'round', targetId: round.id, ip: ctx.ip });
    // Each organisation of the round now hosts its visit, and its people hear that the round began.
    await this.hooks.run('round.started', ctx, { networkId, roundId: round.id, organisationIds: members.map((o) => o.id) });
    return (await ctx.em.findOneBy(Round, { id: round.id, networkId }))!;
  }
}

/** The suggestion's rounds and the rounds it would replace (with their versions), as one short token. */
function fingerprintOf(suggestion: GroupingSuggestion, rounds: readonly Round[]): string {
  const seen = {
    suggested: suggestion.rounds.map((r) => [...r.applicationIds].sort()),
    replaced: rounds.map((r) => `${r.id}:${r.version}:${r.status}`).sort(),
  };
  return createHash('sha256').update(JSON.stringify(seen)).digest('base64url');
}
