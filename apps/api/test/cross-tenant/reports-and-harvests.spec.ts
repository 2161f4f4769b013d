import request from 'supertest';
import { harvestsOfA, harvestWorld } from '../support/cross-tenant-world';
import { crossTenantMatrix } from './matrix';

/**
 * SEC-03 (see ./matrix.ts): visit reports, action plans, progress reviews, indicators, the organisation's
 * timeline and harvests; and the files of network A (visit reports, calendars, harvests, the personal
 * download) that nobody else gets.
 */
describe('cross-tenant matrix', () => {
  const m = crossTenantMatrix('reports-and-harvests');

  it('serves another network’s files to nobody: report, calendar and harvest downloads are not found; the public harvest page only shows what is public', async () => {
    const { t, world, outsider } = m;
    const cookie = outsider.cookie!;
    for (const id of Object.values(harvestWorld.visits)) {
      expect((await request(t.http).get(`/export/bezoekverslag/${id}/pdf`).set('cookie', cookie)).status).toBe(404);
      expect((await request(t.http).get(`/export/agenda/bezoek/${id}.ics`).set('cookie', cookie)).status).toBe(404);
    }
    // The personal download is the caller's own: nothing of A's people, findings or network (the ids the caller
    // tried above do show, in their own log of refusals).
    const mine = JSON.parse((await request(t.http).get(`/export/mijn-gegevens/json`).set('cookie', cookie)).text);
    expect(mine.account.email).toBe(world.b.coordinator.email);
    expect(mine.networks.map((n: { networkId: string }) => n.networkId)).toEqual([world.b.id]);
    for (const secret of [world.a.name, world.a.member.email, world.a.coordinator.email, 'Bevinding SHARED'])
      expect(JSON.stringify(mine)).not.toContain(secret);
    // A personal feed's address is the only key to it: a session of another network opens no one's.
    expect(
      (
        await request(t.http)
          .get(`/export/agenda/persoonlijk/${'C'.repeat(43)}.ics`)
          .set('cookie', cookie)
      ).status,
    ).toBe(404);
    for (const id of [harvestsOfA.draft, harvestsOfA.network, harvestsOfA.public, harvestsOfA.withdrawn]) {
      expect((await request(t.http).get(`/export/oogst/${id}/docx`).set('cookie', cookie)).status).toBe(404);
      expect((await request(t.http).get(`/export/systeemsignalen/${id}`).set('cookie', cookie)).status).toBe(404);
    }
    // A network-only harvest and a draft of A read exactly as a slug that never existed, page and files alike.
    const unknown = await request(t.http).get(`/oogst/bestaat-niet`).set('cookie', cookie);
    for (const slug of ['geheime-oogst', 'concept-van-a']) {
      for (const path of [`/oogst/${slug}`, `/oogst/${slug}/oogst.pdf`, `/oogst/${slug}/oogst.docx`]) {
        const res = await request(t.http).get(path).set('cookie', cookie);
        expect([path, res.status, res.text]).toEqual([path, 404, unknown.text]);
      }
    }
    expect((await request(t.http).get(`/oogst/openbare-oogst`).set('cookie', cookie)).status).toBe(200);
    // A withdrawn harvest says so on its own slug, and nothing more (not its reason).
    const withdrawn = await request(t.http).get(`/oogst/ingetrokken-oogst`).set('cookie', cookie);
    expect(withdrawn.status).toBe(410);
    expect(withdrawn.text).not.toContain('Geheime reden');
    expect(withdrawn.text).not.toContain('Ingetrokken oogst');
  });

  it('gives a new harvest a slug that does not tell whether another network uses its title (draft, network only or public)', async () => {
    const { outsider, world } = m;
    // A's titles, and one nobody used: every slug is the title's words and a random token alike.
    const titles: [string, string][] = [
      ['Geheime oogst', 'geheime-oogst'],
      ['Concept van A', 'concept-van-a'],
      ['Openbare oogst', 'openbare-oogst'],
      ['Nooit eerder gebruikt', 'nooit-eerder-gebruikt'],
    ];
    for (const [title, base] of titles) {
      const res = await outsider.ok(`mutation($input: CreateHarvestInput!) { createHarvest(input: $input) { slug } }`, {
        input: { programmeId: world.b.programmeId, title, visibility: 'NETWORK' },
      });
      expect(res.createHarvest.slug).toMatch(new RegExp(`^${base}-[a-z2-9]{6}$`));
    }
  });
});
