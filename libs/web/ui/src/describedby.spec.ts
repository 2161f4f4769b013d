import { describedBy } from './describedby';

describe('describedBy', () => {
  it.each([
    [['a-desc', 'a-error'], 'a-desc a-error'],
    [[undefined, 'a-error'], 'a-error'],
    [['a-desc', false], 'a-desc'],
    [[null, undefined, ''], undefined],
  ] as const)('joins %j into %j', (ids, expected) => {
    expect(describedBy(...ids)).toBe(expected);
  });
});
