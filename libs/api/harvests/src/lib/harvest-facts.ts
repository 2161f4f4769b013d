import type { RequestContext } from '@kijkje/api/core';
import { Programme } from '@kijkje/api/programmes';
import { Round } from '@kijkje/api/rounds';
import {
  sharingAllows,
  type AnonymisationNames,
  type CountableFinding,
  type FindingKind,
  type HarvestFinding,
  type HarvestVisibility,
  type SharingLevel,
} from '@kijkje/domain';
import { populationClass } from '@kijkje/reference-data';
import { In } from 'typeorm';
import { anonymisationReference, personInPartner } from './anonymisation-reference';
import type { Harvest } from './harvest.entity';

export interface HarvestScope {
  programme: Programme;
  /** The rounds looked at, in name order. */
  rounds: Round[];
  roundLabels: Record<string, string>;
}

/** The programme and the rounds the harvest looks at (the chosen ones, or all). */
export async function harvestScope(ctx: RequestContext, harvest: Harvest): Promise<HarvestScope> {
  return cached(ctx, `harvest:scope:${harvest.id}:${harvest.version}`, async () => {
    const programme = (await ctx.em.findOneBy(Programme, { id: harvest.programmeId, networkId: harvest.networkId }))!;
    const rounds = await ctx.em.find(Round, {
      where: { networkId: harvest.networkId, programmeId: harvest.programmeId, ...(harvest.roundIds.length ? { id: In(harvest.roundIds) } : {}) },
      order: { name: 'ASC' },
    });
    return { programme, rounds, roundLabels: Object.fromEntries(rounds.map((r) => [r.id, r.name])) };
  });
}

/** The consent each organisation gave on its application for the programme. */
export async function consentByOrganisation(ctx: RequestContext, networkId: string, programmeId: string): Promise<Map<string, SharingLevel>> {
  return cached(ctx, `harvest:consent:${programmeId}`, async () => {
    const rows: { organisationId: string; consent: SharingLevel }[] = await ctx.em.query(
      `SELECT organisation_id AS "organisationId", consent FROM application WHERE network_id = $1 AND programme_id = $2`,
      [networkId, programmeId],
    );
    return new Map(rows.map((r) => [r.organisationId, r.consent]));
  });
}

async function sizeClasses(ctx: RequestContext, networkId: string): Promise<Map<string, HarvestFinding['sizeClass']>> {
  return cached(ctx, 'harvest:sizeClasses', async () => {
    const rows: { id: string; population: number | null }[] = await ctx.em.query(`SELECT id, population FROM organisation WHERE network_id = $1`, [networkId]);
    return new Map(rows.map((r) => [r.id, populationClass(r.population ?? 0)]));
  });
}

/**
 * Tellen: the released findings of the harvest's rounds as rollup rows (one per municipality,
 * round, theme and kind), only of municipalities whose consent allows this visibility. Reads the
 * rollup, never the findings, so it stays fast however many findings the network has.
 */
export async function countableFindings(
  ctx: RequestContext,
  harvest: Harvest,
  visibility: HarvestVisibility = harvest.visibility,
): Promise<CountableFinding[]> {
  const scope = await harvestScope(ctx, harvest);
  if (!scope.rounds.length) return [];
  return programmeCountables(
    ctx,
    harvest.networkId,
    harvest.programmeId,
    scope.rounds.map((r) => r.id),
    visibility,
  );
}

/**
 * A programme's released findings as rollup rows, in the given rounds (all of them for null), of
 * municipalities whose consent on their application for that programme allows this visibility.
 */
export async function programmeCountables(
  ctx: RequestContext,
  networkId: string,
  programmeId: string,
  roundIds: string[] | null,
  visibility: HarvestVisibility,
): Promise<CountableFinding[]> {
  const select = `SELECT round_id AS "roundId", organisation_id AS "organisationId", theme, kind, count FROM finding_rollup
      WHERE network_id = $1 AND programme_id = $2 AND count > 0`;
  const rows: { roundId: string; organisationId: string; theme: string; kind: FindingKind; count: number }[] = roundIds
    ? await ctx.em.query(`${select} AND round_id = ANY($3)`, [networkId, programmeId, roundIds])
    : await ctx.em.query(select, [networkId, programmeId]);
  const consent = await consentByOrganisation(ctx, networkId, programmeId);
  const sizes = await sizeClasses(ctx, networkId);
  return rows
    .filter((r) => sharingAllows(consent.get(r.organisationId) ?? 'ROUND', visibility))
    .map((r) => ({ ...r, id: `${r.roundId}|${r.organisationId}|${r.theme}|${r.kind}`, sizeClass: sizes.get(r.organisationId) ?? 'XS' }));
}

/**
 * A programme's released findings in all its rounds, of municipalities whose consent on their
 * application for that programme allows this visibility: the findings programmeCountables counts,
 * one by one with their tags, for the patterns across programmes. Without their text (never shown).
 */
export async function programmeFindings(ctx: RequestContext, networkId: string, programmeId: string, visibility: HarvestVisibility): Promise<HarvestFinding[]> {
  const rows: Omit<HarvestFinding, 'sizeClass' | 'text'>[] = await ctx.em.query(
    `SELECT f.id, f.kind, f.theme, f.tags, v.host_organisation_id AS "organisationId", v.round_id AS "roundId"
       FROM finding f JOIN visit v ON v.id = f.visit_id AND v.network_id = f.network_id
       JOIN round r ON r.id = v.round_id AND r.network_id = v.network_id
      WHERE f.network_id = $1 AND r.programme_id = $2 AND f.released_for_harvest AND f.status IN ('SHARED', 'FINAL')`,
    [networkId, programmeId],
  );
  const consent = await consentByOrganisation(ctx, networkId, programmeId);
  const sizes = await sizeClasses(ctx, networkId);
  return rows
    .filter((r) => sharingAllows(consent.get(r.organisationId) ?? 'ROUND', visibility))
    .map((r) => ({ ...r, text: '', sizeClass: sizes.get(r.organisationId) ?? 'XS' }));
}

export interface ReleasedFinding extends HarvestFinding {
  consent: SharingLevel;
}

/** The released findings of the harvest's rounds, for patterns and for choosing quotes. */
export async function releasedFindings(ctx: RequestContext, harvest: Harvest): Promise<ReleasedFinding[]> {
  return cached(ctx, `harvest:released:${harvest.id}:${harvest.version}`, async () => {
    const scope = await harvestScope(ctx, harvest);
    if (!scope.rounds.length) return [];
    const rows: Omit<ReleasedFinding, 'sizeClass' | 'consent'>[] = await ctx.em.query(
      `SELECT f.id, f.kind, f.theme, f.tags, f.text, v.host_organisation_id AS "organisationId", v.round_id AS "roundId"
         FROM finding f JOIN visit v ON v.id = f.visit_id AND v.network_id = f.network_id
        WHERE f.network_id = $1 AND v.round_id = ANY($2) AND f.released_for_harvest AND f.status IN ('SHARED', 'FINAL')
        ORDER BY f.created_at, f.id`,
      [harvest.networkId, scope.rounds.map((r) => r.id)],
    );
    const consent = await consentByOrganisation(ctx, harvest.networkId, harvest.programmeId);
    const sizes = await sizeClasses(ctx, harvest.networkId);
    return rows.map((r) => ({ ...r, sizeClass: sizes.get(r.organisationId) ?? 'XS', consent: consent.get(r.organisationId) ?? 'ROUND' }));
  });
}

/**
 * Every name that would point at someone: the network's municipalities, its people (members, people
 * invited, conversation partners on agendas), the places its visits were held, and every Dutch
 * municipality and place whoever is in the network (anonymisation-reference.ts). Quotes are
 * anonymised against these and checked again before publishing.
 */
export async function anonymisationNames(ctx: RequestContext, networkId: string): Promise<AnonymisationNames> {
  return cached(ctx, 'harvest:names', async () => {
    const organisations: { id: string; name: string }[] = await ctx.em.query(`SELECT id, name FROM organisation WHERE network_id = $1`, [networkId]);
    const people: { name: string }[] = await ctx.em.query(
      `SELECT u.name FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.network_id = $1
       UNION SELECT name FROM invitation WHERE network_id = $1`,
      [networkId],
    );
    const visits: { location: string; partners: string[] | null }[] = await ctx.em.query(
      `SELECT location, (SELECT array_agg(DISTINCT p) FROM jsonb_array_elements(agenda) a, jsonb_array_elements_text(a->'partners') p) AS partners
       FROM visit WHERE network_id = $1`,
      [networkId],
    );
    // "Stadhuis Zwolle, Grote Kerkplein 15": each part of an address names a place.
    const places = [...new Set(visits.flatMap((v) => v.location.split(',').map((p) => p.trim())).filter((p) => p.length >= 4))];
    const partners = visits.flatMap((v) => (v.partners ?? []).map(personInPartner).filter((p): p is string => p !== null));
    const { gazetteer, words } = anonymisationReference();
    return { organisations, persons: [...new Set([...people.map((p) => p.name), ...partners])], places, gazetteer, words };
  });
}

export function cached<T>(ctx: RequestContext, key: string, load: () => Promise<T>): Promise<T> {
  const cache = ctx.loader('harvest:cache', () => new Map<string, Promise<T>>());
  let value = cache.get(key);
  if (!value) {
    value = load();
    cache.set(key, value);
  }
  return value;
}
