import type { RequestContext } from '@kijkje/api/core';
import { speakerName, type AnonymisationNames, type Gazetteer, type WordList } from '@kijkje/domain';
import { dutchWordList, gazetteerData } from '@kijkje/reference-data/gazetteer';

/**
 * Every Dutch municipality and place and the Dutch word list (SEC-15), read on the first report
 * that needs them, once per process: the word list itself is shared with the harvests (the
 * reference data keeps one copy).
 */
let reference: { gazetteer: Gazetteer; words: WordList } | null = null;

function anonymisationReference(): { gazetteer: Gazetteer; words: WordList } {
  reference ??= {
    gazetteer: {
      municipalities: [...gazetteerData.municipalities, ...gazetteerData.formerMunicipalities.map((m) => m.name)],
      places: gazetteerData.places,
    },
    words: dutchWordList(),
  };
  return reference;
}

/**
 * Every name that would point at someone in a meeting's report, as a harvest quote knows them: the
 * network's municipalities, its people (members, people invited, the speakers of its meetings),
 * the places its meetings were held, and every Dutch municipality and place. Read once per request.
 */
export async function reportNames(ctx: RequestContext, networkId: string): Promise<AnonymisationNames> {
  const cache = ctx.loader('meeting-report:names', () => new Map<string, Promise<AnonymisationNames>>());
  let names = cache.get(networkId);
  if (!names) {
    names = load(ctx, networkId);
    cache.set(networkId, names);
  }
  return names;
}

async function load(ctx: RequestContext, networkId: string): Promise<AnonymisationNames> {
  const [row]: { organisations: { id: string; name: string }[] | null; people: string[] | null; speakers: string[] | null; places: string[] | null }[] =
    await ctx.em.query(
      `SELECT (SELECT json_agg(json_build_object('id', id, 'name', name)) FROM organisation WHERE network_id = $1) AS organisations,
              (SELECT array_agg(name) FROM (SELECT u.name FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.network_id = $1
                                            UNION SELECT name FROM invitation WHERE network_id = $1) p) AS people,
              (SELECT array_agg(DISTINCT speaker) FROM meeting_item WHERE network_id = $1 AND speaker <> '') AS speakers,
              (SELECT array_agg(DISTINCT place) FROM meeting WHERE network_id = $1 AND place <> '') AS places`,
      [networkId],
    );
  const speakers = (row.speakers ?? []).map(speakerName).filter((s): s is string => s !== null);
  // "Stadhuis Utrecht, Stadsplateau 1": each part of an address names a place.
  const places = [...new Set((row.places ?? []).flatMap((p) => p.split(',').map((part) => part.trim())).filter((p) => p.length >= 4))];
  const { gazetteer, words } = anonymisationReference();
  return { organisations: row.organisations ?? [], persons: [...new Set([...(row.people ?? []), ...speakers])], places, gazetteer, words };
}
