import { isRole, ROLES } from './roles';

describe('roles', () => {
  it('knows the three roles of a network', () => {
    expect(ROLES).toEqual(['COORDINATOR', 'MEMBER', 'FACILITATOR']);
  });

  it.each([
    ['COORDINATOR', true],
    ['MEMBER', true],
    ['FACILITATOR', true],
    ['facilitator', false],
    ['coordinator', false],
    ['ADMIN', false],
    ['', false],
    [null, false],
    [42, false],
  ])('isRole(%j) → %s', (value, expected) => {
    expect(isRole(value)).toBe(expected);
  });
});
