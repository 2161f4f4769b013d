import type { GqlResult } from '../../support/gql-client';
import type { Expectation } from './bad-input-kinds';

const expectBilingual = (messages: { nl?: string; en?: string } | undefined) => {
  expect(typeof messages?.nl).toBe('string');
  expect(typeof messages?.en).toBe('string');
  expect(messages!.nl!.length).toBeGreaterThan(0);
  expect(messages!.en!.length).toBeGreaterThan(0);
};

/** Never a 5xx or INTERNAL_SERVER_ERROR, and every error with a code and its message in Dutch and English. */
export function expectNoCrash(res: GqlResult) {
  expect(res.status).toBeLessThan(500);
  for (const e of res.errors ?? []) {
    expect(e.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    expectBilingual(e.extensions?.messages);
  }
}

/** Checks one rejected response against its expectation. */
export function expectRejection(res: GqlResult, expectation: Expectation) {
  expect(res.status).toBeLessThan(500);
  if (expectation.kind === 'leftOut') return expectNoCrash(res);
  expect(res.errors?.length).toBeGreaterThan(0);
  const error = res.errors![0];
  expectBilingual(error.extensions.messages);
  switch (expectation.kind) {
    case 'field': {
      expect({ status: res.status, code: error.extensions.code, data: res.data }).toEqual({ status: 200, code: 'BAD_USER_INPUT', data: null });
      const fields = error.extensions.fields ?? [];
      expect(fields.map((f) => f.field)).toContain(expectation.field);
      for (const f of fields) expectBilingual(f.messages);
      break;
    }
    case 'coercion':
      expect({ status: res.status, code: error.extensions.code, data: res.data }).toEqual({ status: 400, code: 'BAD_USER_INPUT', data: undefined });
      break;
    case 'validation':
      expect({ status: res.status, code: error.extensions.code, data: res.data }).toEqual({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED', data: undefined });
      break;
  }
}
