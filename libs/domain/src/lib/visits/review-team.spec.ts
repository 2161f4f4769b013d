import fc from 'fast-check';
import { assignmentViolationMessages, checkAssignment, checkTeam, teamViolationMessage, type TeamFacts } from './review-team';

const facts = (team: TeamFacts['team'], conflicts: TeamFacts['conflicts'] = []): TeamFacts => ({
  hostOrganisationId: 'host',
  roundOrganisationIds: ['host', 'b', 'c', 'd', 'e'],
  conflicts,
  team,
});

describe('assigning a reviewer', () => {
  it.each([
    ['someone of another organisation of the round', { userId: 'u1', organisationId: 'b' }, [], []],
    ['someone of the host organisation', { userId: 'u1', organisationId: 'host' }, [], ['HOST_ORGANISATION']],
    ['someone outside the round', { userId: 'u1', organisationId: 'x' }, [], ['NOT_IN_ROUND']],
    ['a coordinator without an organisation', { userId: 'u1', organisationId: null }, [], ['NOT_IN_ROUND']],
    ['someone whose organisation declared a conflict with the host', { userId: 'u1', organisationId: 'b' }, [['b', 'host'] as const], ['DECLARED_CONFLICT']],
    ['someone across a conflict the host declared', { userId: 'u1', organisationId: 'b' }, [['host', 'b'] as const], ['DECLARED_CONFLICT']],
    ['someone not touched by a conflict between others', { userId: 'u1', organisationId: 'b' }, [['c', 'host'] as const], []],
  ])('%s', (_what, candidate, conflicts, expected) => {
    expect(checkAssignment(candidate, facts([], conflicts))).toEqual(expected);
  });

  it('refuses a person twice, and a ninth reviewer', () => {
    const team = [{ userId: 'u1', organisationId: 'b', lead: false }];
    expect(checkAssignment({ userId: 'u1', organisationId: 'b' }, facts(team))).toEqual(['ALREADY_ON_TEAM']);
    const eight = Array.from({ length: 8 }, (_, i) => ({ userId: `m${i}`, organisationId: 'c', lead: false }));
    expect(checkAssignment({ userId: 'u9', organisationId: 'b' }, facts(eight))).toEqual(['TEAM_FULL']);
  });

  it('explains every refusal in Dutch and English', () => {
    for (const m of Object.values(assignmentViolationMessages)) expect(m.nl && m.en).toBeTruthy();
  });
});

describe('a complete team', () => {
  it('has two reviewers of two other organisations and one lead', () => {
    expect(
      checkTeam(
        facts([
          { userId: 'u1', organisationId: 'b', lead: true },
          { userId: 'u2', organisationId: 'c', lead: false },
        ]),
      ),
    ).toEqual([]);
  });

  it.each([
    ['nobody', [], ['TOO_FEW_REVIEWERS', 'TOO_FEW_ORGANISATIONS', 'NO_LEAD']],
    ['one reviewer', [{ userId: 'u1', organisationId: 'b', lead: true }], ['TOO_FEW_REVIEWERS', 'TOO_FEW_ORGANISATIONS']],
    [
      'two of one organisation',
      [
        { userId: 'u1', organisationId: 'b', lead: true },
        { userId: 'u2', organisationId: 'b', lead: false },
      ],
      ['TOO_FEW_ORGANISATIONS'],
    ],
    [
      'no lead',
      [
        { userId: 'u1', organisationId: 'b', lead: false },
        { userId: 'u2', organisationId: 'c', lead: false },
      ],
      ['NO_LEAD'],
    ],
    [
      'two leads',
      [
        { userId: 'u1', organisationId: 'b', lead: true },
        { userId: 'u2', organisationId: 'c', lead: true },
      ],
      ['MORE_THAN_ONE_LEAD'],
    ],
    [
      'someone of the host',
      [
        { userId: 'u1', organisationId: 'b', lead: true },
        { userId: 'u2', organisationId: 'c', lead: false },
        { userId: 'u3', organisationId: 'host', lead: false },
      ],
      ['INELIGIBLE_MEMBER'],
    ],
  ] as const)('is not complete with %s', (_what, team, codes) => {
    const violations = checkTeam(facts(team));
    expect(violations.map((v) => v.code)).toEqual(codes);
    for (const v of violations) {
      const m = teamViolationMessage(v, () => 'Anna');
      expect(m.nl.length && m.en.length).toBeTruthy();
    }
  });

  it('counts a member across a conflict declared after they joined', () => {
    const team = [
      { userId: 'u1', organisationId: 'b', lead: true },
      { userId: 'u2', organisationId: 'c', lead: false },
    ];
    expect(checkTeam(facts(team, [['host', 'c']]))).toEqual([{ code: 'INELIGIBLE_MEMBER', userId: 'u2', violation: 'DECLARED_CONFLICT' }]);
  });

  it('finds a member ineligible exactly when assigning them to the rest of the team would be refused for their organisation', () => {
    const organisation = fc.constantFrom('host', 'b', 'c', 'x');
    const member = fc.record({ userId: fc.constantFrom('u1', 'u2', 'u3', 'u4', 'u5'), organisationId: organisation, lead: fc.boolean() });
    const teams = fc.uniqueArray(member, { selector: (m) => m.userId, maxLength: 5 });
    const conflicts = fc.array(fc.tuple(organisation, organisation), { maxLength: 3 });
    fc.assert(
      fc.property(teams, conflicts, (team, declared) => {
        const all = facts(team, declared);
        const ineligible = checkTeam(all).filter((v) => v.code === 'INELIGIBLE_MEMBER');
        const refused = team.flatMap((m) => {
          const [first] = checkAssignment(m, { ...all, team: team.filter((o) => o.userId !== m.userId) }).filter((v) => v !== 'TEAM_FULL');
          return first ? [{ code: 'INELIGIBLE_MEMBER', userId: m.userId, violation: first }] : [];
        });
        expect(ineligible).toEqual(refused);
      }),
    );
  });
});
