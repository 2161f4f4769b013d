import { scrubAgendaPartners, scrubPersonName, searchableNames, type AgendaItem } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';
import { AGENDAS, NAMED_IN_TEXT, REWRITE_AGENDA } from './erasure.queries';
import { enterNetwork } from './privacy.queries';

/**
 * Where the networks wrote the erased person's name as free text (a speaker, an action's owner, a
 * conversation partner on a visit's agenda), the name gives way to `placeholder`, the former
 * member the person's authored content is attributed to. Read and written in each network's own
 * scope, as the person; the caller restores the operation's scope.
 */
export async function scrubNamedText(em: EntityManager, networkIds: readonly string[], personId: string, names: readonly string[], placeholder: string) {
  if (searchableNames(names).length === 0) return;
  for (const networkId of networkIds) {
    await enterNetwork(em, networkId, personId);
    for (const field of NAMED_IN_TEXT)
      for (const row of (await em.query(field.rows)) as { id: string; text: string }[]) {
        const scrubbed = scrubPersonName(row.text, names, placeholder).slice(0, field.max);
        if (scrubbed !== row.text) await em.query(field.rewrite, [row.id, scrubbed]);
      }
    for (const row of (await em.query(AGENDAS)) as { id: string; agenda: AgendaItem[] }[]) {
      const agenda = scrubAgendaPartners(row.agenda, names, placeholder);
      if (agenda) await em.query(REWRITE_AGENDA, [row.id, JSON.stringify(agenda)]);
    }
  }
}
