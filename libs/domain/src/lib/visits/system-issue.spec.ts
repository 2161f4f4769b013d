import fc from 'fast-check';
import { FINDING_STATUSES, VISIT_RELATIONS, findingRights } from './finding-policy';
import { canMarkSystemIssue } from './system-issue';

describe('who marks a finding as a system issue', () => {
  it.each([
    [['author', 'reviewer'], 'DRAFT', true],
    [['reviewer'], 'DRAFT', false],
    [['reviewer'], 'SUBMITTED', true],
    [['lead'], 'SHARED', true],
    [['host', 'roundMember'], 'SHARED', false],
    [['coordinator'], 'FINAL', false],
    [['roundMember', 'networkMember'], 'FINAL', false],
  ] as const)('%j on a %s finding → %s', (relations, status, expected) => expect(canMarkSystemIssue(relations, status)).toBe(expected));

  it('is only ever someone of the team who reads the finding', () =>
    fc.assert(
      fc.property(fc.subarray([...VISIT_RELATIONS]), fc.constantFrom(...FINDING_STATUSES), (relations, status) => {
        if (!canMarkSystemIssue(relations, status)) return;
        expect(relations.some((r) => r === 'author' || r === 'reviewer' || r === 'lead')).toBe(true);
        expect(findingRights(relations, status, false).read).toBe('content');
      }),
    ));
});
