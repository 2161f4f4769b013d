import type { INestApplicationContext } from '@nestjs/common';
import { RequestContext, inOwnTransaction } from '@kijkje/api/core';
import { HarvestsService } from '@kijkje/api/harvests';
import { VisitReport, VisitReportRevision, reportContent } from '@kijkje/api/reports';
import { Visit } from '@kijkje/api/visits';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';

/** A context for the demo's own steps: the person acting, in the network, like a request would be. */
function actingAs(userId: string, email: string, name: string, networkId: string): RequestContext {
  const ctx = new RequestContext({ ip: '127.0.0.1' } as Request, {} as Response);
  ctx.session = { id: 'demo-seed', userId, currentNetworkId: networkId, email, name, isPlatformAdmin: false };
  return ctx;
}

/** The demo's public harvest, always at /oogst/oogst-sturen-met-kwaliteit-2025 (README, benchmark, journeys). */
export const DEMO_HARVEST_SLUG = 'oogst-sturen-met-kwaliteit-2025';

/**
 * The finished part of the demo goes through the product's own code: the final reports (of 2025 and
 * of the earlier 2024 programme) get their kept version, and the coordinator builds and publishes a public harvest (counts, patterns and
 * anonymised quotes), so a newcomer finds /oogst/<slug> ready to read.
 */
export async function seedDemoHarvest(
  app: INestApplicationContext,
  input: { networkId: string; programmeId: string; earlierProgrammeId: string; coordinator: { id: string; email: string; name: string } },
): Promise<string> {
  const ds = app.get(DataSource);
  const harvests = app.get(HarvestsService);
  const ctx = () => actingAs(input.coordinator.id, input.coordinator.email, input.coordinator.name, input.networkId);

  const c1 = ctx();
  await inOwnTransaction(ds, c1, async () => {
    const finals = await c1.em.query(
      `SELECT v.id FROM visit v JOIN round r ON r.id = v.round_id AND r.network_id = v.network_id WHERE r.programme_id = ANY($1) AND v.status = 'REPORT_FINAL'`,
      [[input.programmeId, input.earlierProgrammeId]],
    );
    for (const { id } of finals) {
      const visit = (await c1.em.findOneBy(Visit, { id, networkId: input.networkId }))!;
      const report = (await c1.em.findOneBy(VisitReport, { networkId: input.networkId, visitId: id }))!;
      await c1.em.insert(VisitReportRevision, {
        networkId: input.networkId,
        visitId: id,
        number: 1,
        status: 'REPORT_FINAL',
        content: await reportContent(c1, visit, report),
        createdBy: null,
      });
    }
  });

  const c2 = ctx();
  return inOwnTransaction(ds, c2, async () => {
    let harvest = await harvests.create(c2, {
      programmeId: input.programmeId,
      title: 'Oogst Sturen met Kwaliteit 2025',
      visibility: 'PUBLIC',
      narrative:
        '## Wat de ronde leerde\n\nDe gemeenten sturen steeds vaker op **de bedoeling**. De wachtlijsten in de Wmo komen overal terug, ' +
        'en overal is de vraag dezelfde: hoe houden we het gesprek over geld en over wat het inwoners oplevert bij elkaar?\n\n' +
        '- Houd de toegang dichtbij.\n- Stuur op een paar cijfers die ertoe doen.\n- Neem zelf de regie waar dat kan.',
    });
    // A slug gets a random token (harvestSlug); the demo keeps one fixed address to point people to.
    await c2.em.query(`UPDATE harvest SET slug = $3 WHERE id = $1 AND network_id = $2`, [harvest.id, input.networkId, DEMO_HARVEST_SLUG]);
    harvest = await harvests.get(c2, harvest.id);
    const candidates = await harvests.candidates(c2, harvest);
    for (const pick of candidates.filter((c) => c.kind === 'CONCERN' || c.kind === 'STRENGTH').slice(0, 3)) {
      harvest = await harvests.addQuote(c2, { harvestId: harvest.id, version: harvest.version, findingId: pick.id });
    }
    await harvests.publish(c2, { id: harvest.id, version: harvest.version });
    return harvest.slug;
  });
}
