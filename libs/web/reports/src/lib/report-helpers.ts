import { FINDING_KINDS as KINDS, REPLY_DAYS_MAX, REPLY_DAYS_MIN, replyPeriodOpen } from '@kijkje/domain';
import type { FindingKind } from '@kijkje/web/data-access';
import { toLang } from '@kijkje/web/ui';

export interface ThemeGroup<F> {
  theme: string;
  kinds: { kind: FindingKind; findings: F[] }[];
}

/**
 * The report's findings by theme in the programme's order, and within a theme by kind in the
 * board's order (what goes well first). A theme the programme no longer names comes after, in
 * the order met; empty groups are left out. Findings keep their order within a group.
 */
export function groupFindings<F extends { theme: string; kind: FindingKind }>(themes: readonly string[], findings: readonly F[]): ThemeGroup<F>[] {
  const order = [...themes];
  for (const f of findings) if (!order.includes(f.theme)) order.push(f.theme);
  return order
    .map((theme) => ({
      theme,
      kinds: KINDS.map((kind) => ({ kind, findings: findings.filter((f) => f.theme === theme && f.kind === kind) })).filter(
        (group) => group.findings.length > 0,
      ),
    }))
    .filter((group) => group.kinds.length > 0);
}

/** The findings the host answered, in report order: the appendix of replies. */
export function repliesOf<F extends { theme: string; kind: FindingKind; response: { kind: string; text: string } | null | undefined }>(
  themes: readonly string[],
  findings: readonly F[],
): F[] {
  return groupFindings(themes, findings).flatMap((group) => group.kinds.flatMap((kind) => kind.findings.filter((f) => Boolean(f.response))));
}

export type ExportFormat = 'pdf' | 'docx';

/** The download address of the report (or one kept version) in the reader's language. */
export function exportHref(visitId: string, format: ExportFormat, lang: string, revision?: number | null): string {
  const query = new URLSearchParams();
  if (revision !== undefined && revision !== null) query.set('versie', String(revision));
  query.set('taal', toLang(lang));
  return `/export/bezoekverslag/${encodeURIComponent(visitId)}/${format}?${query.toString()}`;
}

/** `?versie=3` → 3; anything else (absent, "abc", "0", "2.5") → null: the report as it is now. */
export function revisionFromSearch(search: URLSearchParams): number | null {
  const raw = search.get('versie');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 1 && Number.isSafeInteger(n) ? n : null;
}

/** The reply period as typed: a whole number of days within the bounds, or the key of what is wrong. */
export function checkReplyDays(text: string): { days: number } | { error: string } {
  const value = text.trim();
  if (value === '') return { error: 'report.share.daysRequired' };
  if (!/^\d+$/.test(value)) return { error: 'report.share.daysWhole' };
  const days = Number(value);
  if (days < REPLY_DAYS_MIN || days > REPLY_DAYS_MAX) return { error: 'report.share.daysRange' };
  return { days };
}

/**
 * Whether the host's reply period on the shared report is still running: then making the report
 * final is not the step the page leads with, and the confirmation says what the host loses.
 */
export function finalisingEarly(replyDeadline: string | null | undefined, now: Date = new Date()): boolean {
  return replyPeriodOpen(replyDeadline ? new Date(replyDeadline) : null, now);
}
