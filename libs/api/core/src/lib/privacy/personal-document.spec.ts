import { renderPdf } from '@kijkje/api/documents';
import { personalDocument } from './personal-document';
import type { PersonalExport } from './personal-export';

const data: PersonalExport = {
  format: 'kijkje-personal-data/1',
  generatedAt: '2026-12-04T09:00:00.000Z',
  account: { id: 'u1', name: 'Zwaantje', email: 'z@example.nl', language: 'nl', createdAt: '2026-01-01T10:00:00.000Z', notificationSettings: {} },
  memberships: [{ networkId: 'n1', network: 'Netwerk Noord', organisation: 'Utrecht', role: 'MEMBER', active: true, createdAt: '2026-01-01T10:00:00.000Z' }],
  sessions: [],
  calendarFeeds: [],
  secondFactors: [],
  accountAuditEntries: [{ action: 'auth.signed_in', targetType: null, targetId: null, data: null, createdAt: '2026-12-04T08:00:00.000Z' }],
  networks: [
    {
      networkId: 'n1',
      network: 'Netwerk Noord',
      findings: [{ theme: 'Wmo', kind: 'CONCERN', status: 'FINAL', text: 'De **wachtlijst** groeit.', createdAt: '2026-03-01T10:00:00.000Z' }],
      comments: [],
      replies: [],
      reportComments: [],
      planComments: [],
      roundEvaluations: [],
      meetingRegistrations: [],
      meetingCards: [],
      trackApplications: [
        { title: 'Veranderlab', status: 'ACCEPTED', caseQuestion: 'Hoe stuur ik op vertrouwen?', text: '', submittedAt: '2026-02-01T10:00:00.000Z' },
      ],
      trackCaseEntries: [],
      trackFeedback: [],
      trackFacilitation: [],
      meetingFacilitation: [],
      meetingTableHosting: [],
      applications: [],
      namedAsSpeaker: [
        { title: 'Werkbijeenkomst', atTime: '14:00', talk: 'Sturen op vertrouwen', text: 'Zwaantje (VU)', createdAt: '2026-04-01T11:00:00.000Z' },
      ],
      namedAsActionOwner: [],
      namedOnVisitAgendas: [],
      auditEntries: [],
    },
  ],
};

describe('the personal download as a readable document', () => {
  it('has headings in the person’s language, a section per network, and says "none" for what is empty', () => {
    const nl = personalDocument(data, 'nl');
    expect(nl.title).toBe('Mijn gegevens in Kijkje');
    expect(nl.sections.map((s) => s.heading)).toEqual([
      'Account',
      'Lidmaatschappen',
      'Actieve sessies',
      'Agenda-abonnement',
      'Logregels',
      'Netwerk: Netwerk Noord',
    ]);
    expect(nl.sections[5]!.subsections!.map((s) => s.heading)).toEqual(
      expect.arrayContaining(['Bevindingen die u schreef', 'Waar u als spreker genoemd wordt', 'Acties waarbij u genoemd wordt als wie ze uitvoert']),
    );
    const named = nl.sections[5]!.subsections!.find((s) => s.heading === 'Waar u als spreker genoemd wordt')!;
    expect(named.blocks[1]).toEqual({ kind: 'markdown', source: 'Zwaantje (VU)' });
    expect(nl.sections[2]!.blocks).toEqual([{ kind: 'paragraph', runs: [{ text: 'Geen.' }] }]);
    const en = personalDocument(data, 'en');
    expect(en.sections.map((s) => s.heading)).toEqual(['Account', 'Memberships', 'Active sessions', 'Calendar feed', 'Log entries', 'Network: Netwerk Noord']);
  });

  it('lists second factors only where the installation keeps them', () => {
    const withFactors = personalDocument({ ...data, secondFactors: [{ kind: 'totp', created_at: '2026-05-01T10:00:00.000Z' }] }, 'nl');
    expect(withFactors.sections.map((s) => s.heading)).toContain('Tweede factoren');
  });

  it('renders as a PDF', async () => {
    const bytes = await renderPdf(personalDocument(data, 'nl'));
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
