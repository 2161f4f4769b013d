import { Injectable } from '@nestjs/common';
import { maskOtherEmails, namesPerson } from '@kijkje/domain';
import { AuditService } from '../audit/audit.service';
import { notFound } from '../errors/app-error';
import { rescope } from '../graphql/transaction-plugin';
import type { RequestContext, SessionInfo } from '../graphql/request-context';
import { RateLimitService } from '../security/rate-limit.service';
import type { AuditEntry, NetworkPart, PersonalExport } from './personal-export';
import {
  ACCOUNT,
  ACCOUNT_AUDIT,
  CALENDAR_FEEDS,
  enterNetwork,
  MEMBERSHIPS,
  NAMED_CONTENT,
  NETWORK_CONTENT,
  ORGANISATION_NAME,
  SESSIONS,
  SECOND_FACTORS,
} from './privacy.queries';

/** Downloads per person per hour: enough to retry, not enough to hammer the database with. */
export const EXPORTS_PER_HOUR = 20;

/**
 * The signed-in person's own data, from every network they belong to (AVG articles 15 and 20).
 * Each network is read under its own scope; the operation's scope is restored afterwards. Tokens,
 * hashes and other people's e-mail addresses never appear.
 */
@Injectable()
export class PersonalExportService {
  constructor(
    private readonly audit: AuditService,
    private readonly rateLimits: RateLimitService,
  ) {}

  async export(ctx: RequestContext, session: SessionInfo, format: 'json' | 'pdf'): Promise<PersonalExport> {
    await this.rateLimits.hit([{ key: `export:${session.userId}`, limit: EXPORTS_PER_HOUR, windowSeconds: 3600 }]);
    const data = await this.collect(ctx, session.userId);
    await this.audit.record(ctx.em, {
      networkId: null,
      actorUserId: session.userId,
      action: 'account.data_exported',
      targetType: 'user',
      targetId: session.userId,
      data: { format, networks: data.networks.length },
      ip: ctx.ip,
    });
    return data;
  }

  private async collect(ctx: RequestContext, userId: string): Promise<PersonalExport> {
    const em = ctx.em;
    const [account] = await em.query(ACCOUNT, [userId]);
    if (!account?.active) throw notFound();
    const own = (entries: AuditEntry[]) => entries.map((e) => ({ ...e, data: maskOtherEmails(e.data, account.email) }));
    const memberships: { networkId: string; network: string; organisationId: string | null; role: string; active: boolean; createdAt: string }[] =
      await em.query(MEMBERSHIPS, [userId]);
    const sessions = await em.query(SESSIONS, [userId]);
    const calendarFeeds = await em.query(CALENDAR_FEEDS, [userId]);
    const secondFactors: Record<string, unknown>[] = await em.query(SECOND_FACTORS, [userId]);
    const accountAuditEntries = own(await em.query(ACCOUNT_AUDIT, [userId]));
    // Where the network names the person in free text: by their name, or one they had before.
    const names = [
      account.name,
      ...accountAuditEntries.filter((e) => e.action === 'account.name_changed').map((e) => String((e.data as { from?: string })?.from ?? '')),
    ];
    const networks: NetworkPart[] = [];
    const organisations = new Map<string, string | null>();
    try {
      for (const networkId of [...new Set(memberships.map((m) => m.networkId))]) {
        await enterNetwork(em, networkId, userId);
        for (const m of memberships.filter((x) => x.networkId === networkId && x.organisationId))
          organisations.set(m.organisationId!, (await em.query(ORGANISATION_NAME, [m.organisationId]))[0]?.name ?? null);
        const part: Record<string, unknown[]> = {};
        for (const [key, sql] of Object.entries(NETWORK_CONTENT)) part[key] = await em.query(sql, [userId]);
        for (const [key, sql] of Object.entries(NAMED_CONTENT))
          part[key] = ((await em.query(sql)) as { text: string }[]).filter((row) => namesPerson(row.text, names));
        networks.push({
          networkId,
          network: memberships.find((m) => m.networkId === networkId)!.network,
          ...(part as Omit<NetworkPart, 'networkId' | 'network'>),
          auditEntries: own(part['auditEntries'] as AuditEntry[]),
        });
      }
    } finally {
      await rescope(ctx);
    }
    return {
      format: 'kijkje-personal-data/1',
      generatedAt: new Date().toISOString(),
      account: {
        id: account.id,
        name: account.name,
        email: account.email,
        language: account.language,
        createdAt: account.createdAt,
        notificationSettings: account.notificationSettings ?? {},
      },
      memberships: memberships.map(({ organisationId, ...m }) => ({ ...m, organisation: organisationId ? (organisations.get(organisationId) ?? null) : null })),
      sessions,
      calendarFeeds,
      secondFactors,
      accountAuditEntries,
      networks,
    };
  }
}
