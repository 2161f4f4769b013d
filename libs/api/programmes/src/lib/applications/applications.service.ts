import { Injectable } from '@nestjs/common';
import {
  AccessService,
  AuditService,
  MailService,
  NotificationService,
  badUserInput,
  idempotent,
  placeInProgrammeMail,
  type RequestContext,
} from '@kijkje/api/core';
import {
  applicationViolationMessages,
  checkApplicationAllowed,
  checkApplicationRelease,
  decideOnArrival,
  holdsPlace,
  promoteAfterRelease,
  type RoundStatus,
  stepAuditAction,
} from '@kijkje/domain';
import { Organisation, organisationContacts } from '@kijkje/api/networks';
import type { EntityManager } from 'typeorm';
import { Programme } from '../programmes/programme.entity';
import { lockProgramme, placesTaken, removeFromRound, roundOfApplicationForUpdate, setApplicationStatus, waitlistPosition } from '../programmes.queries';
import { Application } from './application.entity';
import type { ApplyInput } from './dto/apply.input';

@Injectable()
export class ApplicationsService {
  constructor(
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly notifications: NotificationService,
  ) {}

  /**
   * Applies for the caller's organisation. The programme row is locked for the decision, so two
   * applications for the last place are decided one after the other: only one gets it.
   */
  async apply(ctx: RequestContext, input: ApplyInput): Promise<Application> {
    const networkId = await this.access.inNetwork(ctx, 'application.submit');
    return idempotent(
      ctx.em,
      { networkId, userId: ctx.userId!, operation: 'applyForProgramme', key: input.idempotencyKey },
      async () => {
        if (!(await lockProgramme(ctx.em, networkId, input.programmeId))) return this.access.notVisible(ctx, 'programme', input.programmeId);
        const programme = (await ctx.em.findOneBy(Programme, { id: input.programmeId, networkId }))!;
        const organisationId = ctx.membership?.organisationId;
        if (!organisationId) {
          throw badUserInput([
            {
              field: 'programmeId',
              messages: { nl: 'Alleen wie bij een organisatie hoort, kan aanmelden.', en: 'Only someone who belongs to an organisation can apply.' },
            },
          ]);
        }
        const existing = await ctx.em.findOneBy(Application, { networkId, programmeId: programme.id, organisationId });
        const violations = checkApplicationAllowed({
          programmeStatus: programme.status,
          window: { opensAt: programme.signUpOpensAt, closesAt: programme.signUpClosesAt },
          now: new Date(),
          alreadyApplied: Boolean(existing),
        });
        if (violations.length) throw badUserInput(violations.map((code) => ({ field: 'programmeId', messages: applicationViolationMessages[code] })));
        const unknownThemes = input.themes.filter((t) => !programme.themes.includes(t));
        if (unknownThemes.length) {
          throw badUserInput([
            {
              field: 'themes',
              messages: { nl: `Geen thema van dit programma: ${unknownThemes.join(', ')}.`, en: `Not a theme of this programme: ${unknownThemes.join(', ')}.` },
            },
          ]);
        }
        await this.assertConflictsInNetwork(ctx, networkId, organisationId, input);
        const n = await placesTaken(ctx.em, networkId, programme.id);
        const application = await ctx.em.save(
          ctx.em.create(Application, {
            networkId,
            programmeId: programme.id,
            organisationId,
            submittedBy: ctx.userId,
            reviewQuestion: input.reviewQuestion,
            themes: input.themes,
            preferredPeriod: input.preferredPeriod ?? '',
            consent: input.consent,
            conflicts: (input.conflicts ?? []).map((c) => ({ organisationId: c.organisationId ?? null, description: c.description })),
            status: decideOnArrival(n, programme.places),
          }),
        );
        await this.audit.record(ctx.em, {
          networkId,
          actorUserId: ctx.userId,
          action: 'application.submitted',
          targetType: 'application',
          targetId: application.id,
          data: { status: application.status },
          ip: ctx.ip,
        });
        return (await ctx.em.findOneBy(Application, { id: application.id }))!;
      },
      (id) => ctx.em.findOneBy(Application, { id, networkId }),
    );
  }

  private async assertConflictsInNetwork(ctx: RequestContext, networkId: string, own: string, input: ApplyInput): Promise<void> {
    for (const [index, c] of (input.conflicts ?? []).entries()) {
      if (!c.organisationId) continue;
      const found = c.organisationId !== own && (await ctx.em.findOneBy(Organisation, { id: c.organisationId, networkId }));
      if (!found) {
        throw badUserInput([
          {
            field: `conflicts.${index}.organisationId`,
            messages: { nl: 'Kies een andere organisatie uit dit netwerk.', en: 'Choose another organisation of this network.' },
          },
        ]);
      }
    }
  }

  /** Applications of a programme: all for a coordinator, the own organisation's for a member. */
  async forProgramme(ctx: RequestContext, programmeId: string): Promise<Application[]> {
    const networkId = await this.access.inNetwork(ctx, 'application.list');
    const qb = ctx.em
      .createQueryBuilder(Application, 'a')
      .where('a.network_id = :networkId AND a.programme_id = :programmeId', { networkId, programmeId })
      .orderBy('a.submitted_at', 'ASC')
      .addOrderBy('a.id', 'ASC');
    if (ctx.membership?.role !== 'COORDINATOR') qb.andWhere('a.organisation_id = :org', { org: ctx.membership?.organisationId ?? null });
    return qb.getMany();
  }

  /** 1-based place on the waitlist, or null when not waitlisted. */
  async waitlistPosition(ctx: RequestContext, application: Application): Promise<number | null> {
    if (application.status !== 'WAITLISTED') return null;
    // Oldest submission first, ties by id (the domain's bySubmission order), counted in SQL
    // against the stored row so that no timestamp precision is lost.
    return waitlistPosition(ctx.em, application.networkId, application.programmeId, application.id);
  }

  async withdraw(ctx: RequestContext, id: string): Promise<Application> {
    await this.access.inNetwork(ctx, 'application.withdraw');
    return this.release(ctx, id, 'WITHDRAWN', (a) => ctx.membership?.role === 'COORDINATOR' || a.organisationId === ctx.membership?.organisationId);
  }

  async decline(ctx: RequestContext, id: string): Promise<Application> {
    await this.access.inNetwork(ctx, 'application.decline');
    return this.release(ctx, id, 'DECLINED', () => true);
  }

  /**
   * Ends an application; a place it held goes to the oldest waitlisted application, whose contacts
   * are told. A placed application leaves its round while that is composing; once the round has
   * started it cannot end (checkApplicationRelease).
   */
  private async release(ctx: RequestContext, id: string, to: 'WITHDRAWN' | 'DECLINED', mayAct: (a: Application) => boolean): Promise<Application> {
    const networkId = ctx.networkId!;
    const application = await ctx.em.findOneBy(Application, { id, networkId });
    if (!application || !mayAct(application)) return this.access.notVisible(ctx, 'application', id);
    await lockProgramme(ctx.em, networkId, application.programmeId);
    const current = (await ctx.em.findOneBy(Application, { id, networkId }))!;
    const membership = await roundOfApplicationForUpdate(ctx.em, networkId, id);
    const roundStatus: RoundStatus | null = membership?.status ?? null;
    const violations = checkApplicationRelease({ status: current.status, to, roundStatus });
    if (violations.length) throw badUserInput(violations.map((v) => ({ field: 'id', messages: applicationViolationMessages[v] })));
    if (membership) {
      // The round's membership changed: a new version, so a start from a screen that still shows the organisation is a CONFLICT.
      await removeFromRound(ctx.em, networkId, id, membership.id);
    }
    await setApplicationStatus(ctx.em, networkId, id, to);
    await this.audit.record(ctx.em, {
      networkId,
      actorUserId: ctx.userId,
      action: stepAuditAction('application', to),
      targetType: 'application',
      targetId: id,
      ip: ctx.ip,
    });
    if (holdsPlace(current.status)) await this.promoteWaitlisted(ctx.em, ctx, application.programmeId);
    return (await ctx.em.findOneBy(Application, { id, networkId }))!;
  }

  /** Accepts waitlisted applications, oldest first, while places are free; their contacts are told. */
  async promoteWaitlisted(em: EntityManager, ctx: RequestContext, programmeId: string): Promise<void> {
    const networkId = ctx.networkId!;
    const programme = (await em.findOneBy(Programme, { id: programmeId, networkId }))!;
    const all = await em.find(Application, { where: { networkId, programmeId } });
    for (const promotedId of promoteAfterRelease(all, programme.places)) {
      await setApplicationStatus(em, networkId, promotedId, 'ACCEPTED');
      await this.audit.record(em, {
        networkId,
        actorUserId: ctx.userId,
        action: 'application.promoted',
        targetType: 'application',
        targetId: promotedId,
        ip: ctx.ip,
      });
      await this.notifyPromoted(
        em,
        networkId,
        programme,
        all.find((a) => a.id === promotedId)!,
      );
    }
  }

  private async notifyPromoted(em: EntityManager, networkId: string, programme: Programme, application: Application): Promise<void> {
    const contacts = await organisationContacts(em, networkId, application.organisationId);
    const organisation = contacts[0]?.organisation ?? '';
    const link = this.mail.link('/programmas/' + programme.id);
    await this.notifications.notify(em, {
      networkId,
      kind: 'PLACED_IN_PROGRAMME',
      subject: { type: 'programme', id: programme.id },
      recipients: contacts.map((c) => c.userId),
      mail: (to) => placeInProgrammeMail(to, { organisation, programme: programme.name, link }),
    });
  }
}
