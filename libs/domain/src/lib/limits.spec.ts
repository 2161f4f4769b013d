import { EMAIL_MAX, NETWORK_NAME_MAX, PERSON_NAME_MAX, ROUND_MAX_ORGANISATIONS, ROUND_MIN_ORGANISATIONS } from './limits';

describe('limits', () => {
  it.each([
    ['ROUND_MIN_ORGANISATIONS', ROUND_MIN_ORGANISATIONS, 4],
    ['ROUND_MAX_ORGANISATIONS', ROUND_MAX_ORGANISATIONS, 5],
    ['NETWORK_NAME_MAX', NETWORK_NAME_MAX, 120],
    ['PERSON_NAME_MAX', PERSON_NAME_MAX, 120],
    ['EMAIL_MAX', EMAIL_MAX, 254],
  ])('%s is %i', (_name, value, expected) => {
    expect(value).toBe(expected);
  });

  it('allows at least one round size', () => {
    expect(ROUND_MIN_ORGANISATIONS).toBeLessThanOrEqual(ROUND_MAX_ORGANISATIONS);
  });
});
