import { isRole, ROLES } from './roles';

describe('roles', () => {
  it('knows the two roles of this stage', () => {
    expect(ROLES).toEqual(['COORDINATOR', 'MEMBER']);
  });

  it.each([
    ['COORDINATOR', true],
    ['MEMBER', true],
    ['coordinator', false],
    ['ADMIN', false],
    ['', false],
    [null, false],
    [42, false],
  ])('isRole(%j) → %s', (value, expected) => {
    expect(isRole(value)).toBe(expected);
  });
});
