import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AccessService, NotificationService, badUserInput, conflict, type RequestContext } from '@kijkje/api/core';
import {
  findFlaggedWords,
  flagKey,
  meetingAudience,
  meetingReportVisibilityAllowed,
  meetingReportDraft,
  meetingReportProblems,
  meetingReportRights,
  meetingReportSlug,
  meetingTransition,
  nextVersionNumber,
  PERSON_PLACEHOLDER,
  PLACE_PLACEHOLDER,
  publicServing,
  replaceFlaggedWord,
  SLUG_TOKEN_LENGTH,
  slugToken,
  trackSessionMeetingMessages,
  withdrawalProblem,
  type HarvestVisibility,
  type MeetingReportRights,
} from '@kijkje/domain';
import * as mq from '../meetings.queries';
import { plenaryTopic } from '../meeting-topics';
import { MeetingsService, type MeetingStanding } from '../meetings.service';
import { meetingReportSnapshot } from './meeting-report-snapshot';
import { reportNames } from './meeting-report-names';
import * as q from './meeting-report.queries';
import type { DecideMeetingReportWordInput, PublishMeetingReportInput, UpdateMeetingReportInput, WithdrawMeetingReportInput } from './meeting-report.types';

export interface ReportStanding extends MeetingStanding {
  reportRights: MeetingReportRights;
}

const ONLY_COORDINATOR = {
  nl: 'Alleen de coördinator en de begeleiders van deze bijeenkomst schrijven en publiceren het verslag.',
  en: 'Only the coordinator and the facilitators of this meeting write and publish the report.',
};
const NOT_HELD = {
  nl: 'Het verslag schrijft u nadat de bijeenkomst is gehouden.',
  en: 'The report is written once the meeting has been held.',
};
const NOT_FLAGGED = {
  nl: 'Dit woord is in het verslag niet (meer) gemarkeerd. Vernieuw de pagina.',
  en: 'This word is not (or no longer) flagged in the report. Reload the page.',
};

/**
 * The meeting's report: the coordinator or one of the meeting's facilitators starts it from the
 * tables' yields (anonymised), edits it with a version, decides the words that may be names,
 * publishes numbered versions to the network or to everyone, and may take a public version down
 * again. Who may is meetingReportRights in libs/domain.
 */
@Injectable()
export class MeetingReportService {
  constructor(
    private readonly access: AccessService,
    private readonly meetings: MeetingsService,
    private readonly notifications: NotificationService,
  ) {}

  /** The meeting as the caller stands to its report; not-found when they may not read the meeting. */
  async standing(ctx: RequestContext, meetingId: string, lock = false): Promise<ReportStanding> {
    const s = await this.meetings.standing(ctx, meetingId, lock);
    return { ...s, reportRights: meetingReportRights({ coordinator: ctx.membership?.role === 'COORDINATOR', facilitator: s.facilitator }, s.meeting.status) };
  }

  /** For the draft's writer: FORBIDDEN for anyone else who sees the meeting, or before the meeting is held. */
  private async writer(ctx: RequestContext, meetingId: string): Promise<ReportStanding> {
    const s = await this.standing(ctx, meetingId, true);
    if (!s.reportRights.draft) return this.access.notAllowed(ctx, 'meeting', meetingId, ONLY_COORDINATOR);
    if (!s.reportRights.write) return this.access.notAllowed(ctx, 'meeting', meetingId, NOT_HELD);
    return s;
  }

  private async draft(ctx: RequestContext, s: ReportStanding): Promise<q.ReportRow> {
    return (await q.reportOf(ctx.em, s.meeting.networkId, s.meeting.id, true)) ?? this.access.notVisible(ctx, 'meetingReport', s.meeting.id);
  }

  /** Starts the draft from the tables' yields, anonymised; a report already started is left as it is. */
  async start(ctx: RequestContext, meetingId: string): Promise<string> {
    const s = await this.writer(ctx, meetingId);
    const networkId = s.meeting.networkId;
    if (await q.reportOf(ctx.em, networkId, meetingId)) return meetingId;
    const tables = await mq.tablesOf(ctx.em, networkId, meetingId);
    const cards = await mq.cardsOfMeeting(ctx.em, networkId, meetingId);
    const { text, pseudonyms } = meetingReportDraft(tables, cards, await reportNames(ctx, networkId));
    // A random token on every slug: a clash (in any network) draws another.
    for (let attempt = 0; ; attempt++) {
      const slug = meetingReportSlug(s.meeting.title, slugToken(randomBytes(SLUG_TOKEN_LENGTH)));
      if (await q.insertReport(ctx.em, { networkId, meetingId, slug, text, pseudonyms, createdBy: ctx.userId })) break;
      if (attempt === 9) throw new Error('no free slug');
    }
    await this.meetings.record(ctx, networkId, 'meeting.report_started', meetingId, { yields: cards.filter((c) => c.isYield || c.isRecommendation).length });
    return meetingId;
  }

  /** A track session's report stays with the track: never public (meetingReportVisibilityAllowed). */
  private reach(s: ReportStanding, visibility: HarvestVisibility): void {
    if (!meetingReportVisibilityAllowed(meetingAudience(s.meeting), visibility))
      throw badUserInput([{ field: 'visibility', messages: trackSessionMeetingMessages.NOT_PUBLIC }]);
  }

  async update(ctx: RequestContext, input: UpdateMeetingReportInput): Promise<string> {
    const s = await this.writer(ctx, input.meetingId);
    if (input.visibility) this.reach(s, input.visibility);
    const report = await this.draft(ctx, s);
    const change = { text: input.text ?? undefined, visibility: input.visibility ?? undefined };
    if (!(await q.updateReport(ctx.em, report, input.version, change))) throw conflict(report.version);
    await this.meetings.record(ctx, report.networkId, 'meeting.report_updated', report.meetingId, {
      visibility: input.visibility ?? report.visibility,
      ...(input.text != null ? { length: input.text.length } : {}),
    });
    return report.meetingId;
  }

  /** "Vervangen" puts a placeholder where the word stood, "behouden" records it names nobody; both audited with the word. */
  async decide(ctx: RequestContext, input: DecideMeetingReportWordInput): Promise<string> {
    const s = await this.writer(ctx, input.meetingId);
    const report = await this.draft(ctx, s);
    if (report.version !== input.version) throw conflict(report.version);
    const names = await reportNames(ctx, report.networkId);
    const key = flagKey(input.word);
    const flagged = findFlaggedWords(report.text, names, report.kept).filter((f) => f.key === key);
    if (flagged.length === 0) throw badUserInput([{ field: 'word', messages: NOT_FLAGGED }]);
    const data = { word: flagged[0].text, key };
    if (input.decision === 'KEEP') {
      if (!(await q.updateReport(ctx.em, report, input.version, { kept: [...new Set([...report.kept, key])] }))) throw conflict(report.version);
      await this.meetings.record(ctx, report.networkId, 'meeting.report_word_kept', report.meetingId, data);
    } else {
      const placeholder = input.replacement === 'PLACE' ? PLACE_PLACEHOLDER : PERSON_PLACEHOLDER;
      const text = replaceFlaggedWord(report.text, names, key, placeholder);
      if (!(await q.updateReport(ctx.em, report, input.version, { text }))) throw conflict(report.version);
      await this.meetings.record(ctx, report.networkId, 'meeting.report_word_replaced', report.meetingId, { ...data, replacement: placeholder });
    }
    return report.meetingId;
  }

  /** Freezes the draft as the next numbered version, for the network or for everyone, and tells those who were registered. */
  async publish(ctx: RequestContext, input: PublishMeetingReportInput): Promise<string> {
    const s = await this.writer(ctx, input.meetingId);
    const report = await this.draft(ctx, s);
    if (report.version !== input.version) throw conflict(report.version);
    this.reach(s, report.visibility);
    const problems = meetingReportProblems(report, await reportNames(ctx, report.networkId));
    if (problems.length) throw badUserInput(problems.map((p) => ({ field: 'text', messages: p.text })));
    const versions = await q.versionsOf(ctx.em, report.networkId, report.meetingId);
    const number = nextVersionNumber(versions.map((v) => v.number));
    const content = await meetingReportSnapshot(ctx, s.meeting, report, number, new Date());
    await q.insertVersion(ctx.em, { ...report, number, content }, ctx.userId);
    const facts = q.servingFacts([
      { number, visibility: report.visibility, publishedAt: new Date(content.publishedAt), withdrawnAt: null, content },
      ...versions,
    ]);
    await q.storeServing(ctx.em, report, publicServing(facts));
    // The draft moves on too: a second click on the same confirmation publishes nothing twice.
    await q.updateReport(ctx.em, report, report.version, {});
    const to = meetingTransition(s.meeting.status, 'publishReport');
    if (to && !(await mq.setMeetingStatus(ctx.em, report.networkId, report.meetingId, s.meeting.version, to))) throw conflict(s.meeting.version);
    await this.meetings.record(ctx, report.networkId, 'meeting.report_published', report.meetingId, { number, visibility: report.visibility });
    await this.meetings.publish(ctx, report.networkId, plenaryTopic(report.meetingId), 'REFRESH');
    const recipients = (await q.registeredPeople(ctx.em, report.networkId, report.meetingId)).filter((id) => id !== ctx.userId);
    await this.notifications.notify(ctx.em, {
      networkId: report.networkId,
      kind: 'MEETING_REPORT_PUBLISHED',
      subject: { type: 'meeting', id: report.meetingId },
      recipients,
    });
    return report.meetingId;
  }

  /**
   * Takes the public version down: the page and its files answer 410 until a newer version is
   * published. The coordinator names the version they saw; it stays readable in the network.
   */
  async withdraw(ctx: RequestContext, input: WithdrawMeetingReportInput): Promise<string> {
    const s = await this.standing(ctx, input.meetingId, true);
    if (!s.reportRights.withdraw) return this.access.notAllowed(ctx, 'meeting', input.meetingId, ONLY_COORDINATOR);
    const report = await this.draft(ctx, s);
    const versions = await q.versionsOf(ctx.em, report.networkId, report.meetingId);
    const problem = withdrawalProblem(publicServing(q.servingFacts(versions)), input.number);
    if (problem) throw badUserInput([{ field: 'number', messages: problem }]);
    await q.withdrawVersion(ctx.em, report, input.number, input.reason.trim(), ctx.userId);
    const now = versions.map((v) => (v.number === input.number ? { ...v, withdrawnAt: new Date() } : v));
    await q.storeServing(ctx.em, report, publicServing(q.servingFacts(now)));
    await this.meetings.record(ctx, report.networkId, 'meeting.report_withdrawn', report.meetingId, { number: input.number, reason: input.reason.trim() });
    return report.meetingId;
  }
}
