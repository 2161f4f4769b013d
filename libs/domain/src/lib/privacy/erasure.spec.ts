import { coordinatorErasure, erasedEmail, formerMemberName, isErasedEmail, type CoordinatorErasureFacts } from './erasure';

const ID = '11111111-2222-4333-8444-555555555555';
const facts = (over: Partial<CoordinatorErasureFacts['person']> = {}, coordinated = ['A']): CoordinatorErasureFacts => ({
  networkId: 'A',
  coordinatorId: 'coord',
  coordinatedNetworks: coordinated,
  person: { id: 'p', isPlatformAdmin: false, memberships: [{ networkId: 'A', role: 'MEMBER' }], ...over },
});

describe('erasure', () => {
  it.each([
    [[], 'voormalig lid'],
    [['Utrecht'], 'voormalig lid (gemeente Utrecht)'],
    [['Gemeente Zwolle'], 'voormalig lid (gemeente Zwolle)'],
    [['Utrecht', 'Utrecht '], 'voormalig lid (gemeente Utrecht)'],
    [['Utrecht', 'Zwolle'], 'voormalig lid'],
  ])('attributes content of someone from %j to "%s"', (organisations, expected) => {
    expect(formerMemberName(organisations)).toBe(expected);
  });

  it('gives an erased account a unique, undeliverable address that it recognises', () => {
    expect(erasedEmail(ID)).toBe(`gewist-${ID}@kijkje.invalid`);
    expect(isErasedEmail(erasedEmail(ID))).toBe(true);
    expect(isErasedEmail('iemand@example.nl')).toBe(false);
  });

  describe('what a coordinator may erase on a person’s request', () => {
    it.each<[string, CoordinatorErasureFacts, string]>([
      ['the account, when every network of the person is coordinated by them', facts(), 'account'],
      [
        'the account across several networks they all coordinate',
        facts(
          {
            memberships: [
              { networkId: 'A', role: 'MEMBER' },
              { networkId: 'B', role: 'MEMBER' },
            ],
          },
          ['A', 'B'],
        ),
        'account',
      ],
      [
        'only the membership here when the person is also elsewhere',
        facts({
          memberships: [
            { networkId: 'A', role: 'MEMBER' },
            { networkId: 'B', role: 'MEMBER' },
          ],
        }),
        'membership',
      ],
      ['nothing for a person of another network', facts({ memberships: [{ networkId: 'B', role: 'MEMBER' }] }), 'refused:not_a_member'],
      ['nothing for themselves', { ...facts(), coordinatorId: 'p' }, 'refused:self'],
      ['nothing for a platform administrator', facts({ isPlatformAdmin: true }), 'refused:platform_admin'],
      ['nothing for a fellow coordinator', facts({ memberships: [{ networkId: 'A', role: 'COORDINATOR' }] }), 'refused:coordinator'],
    ])('%s', (_, f, expected) => {
      const r = coordinatorErasure(f);
      expect(r.kind === 'refused' ? `refused:${r.reason}` : r.kind).toBe(expected);
    });
  });
});
