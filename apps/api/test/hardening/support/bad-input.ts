import fc from 'fast-check';
import { parse, type OperationDefinitionNode } from 'graphql';
import type { GqlClient, GqlResult } from '../../support/gql-client';
import { startTestApp, type TestApp } from '../../support/test-app';
import { signedIn, type Person } from '../../support/world';
import { StateProbe, type Snapshot } from './state';

/*
 * REL-07 and the acceptance line "bad input of every kind yields BAD_USER_INPUT and
 * nothing stored", shared by the bad-input.*.spec.ts files. Three kinds of rejection exist, and
 * each table case says which it gets:
 *
 *  - field:      the API's own validation (class-validator DTOs, ID pipes, service checks):
 *                HTTP 200, code BAD_USER_INPUT, extensions.fields names the field in nl and en.
 *  - coercion:   GraphQL variable coercion (wrong type, null for a required field, unknown
 *                enum value, unknown or missing input field): HTTP 400, code BAD_USER_INPUT,
 *                bilingual extensions.messages but no extensions.fields.
 *  - validation: a wrong literal inside the document: HTTP 400, code GRAPHQL_VALIDATION_FAILED.
 *
 * A spec file describes its mutations (MutationSpec: the document, the actor who may run it, and
 * every field of its input by kind; see support/mutations/) and calls badInputSuite(); the
 * tables of bad values and the fuzz arbitraries below follow from the kinds. bad-input.spec.ts
 * checks that every mutation of the schema, and every field of its input, is described.
 *
 * A fourth expectation, leftOut, is for null in an optional field: taken as "not given" or
 * refused, but never a crash or a stored record that no longer reads back.
 */

export type Kind =
  | 'email'
  /** Free text through the Text/OptionalText rules: trimmed, no control characters, `max` characters. */
  | 'text'
  | 'networkName'
  | 'signInPassword'
  | 'newPassword'
  | 'token'
  | 'uuid'
  | 'key'
  | 'cbsCode'
  /** One of `values` (a GraphQL enum). */
  | 'enum'
  /** A GraphQL Int between `min` and `max` (either may be absent). */
  | 'int'
  /** The version of a record the client saw: an Int ≥ 1. */
  | 'version'
  | 'bool'
  /** The DateTime scalar. */
  | 'dateTime'
  /** YYYY-MM-DD in a String. */
  | 'date'
  /** HH:MM in a String. */
  | 'time'
  /** Markdown or other long text kept as typed (not trimmed, may be empty), `max` characters. */
  | 'markdown'
  /** A list of strings: at most `maxItems`, each at most `max` characters. */
  | 'strings'
  /** A list of IDs: at most `maxItems`. */
  | 'uuids'
  /** A list of nested inputs (`fields`), at most `maxItems`. */
  | 'objects'
  /** One nested input (`fields`). */
  | 'object';

export interface FieldSpec {
  /** The field's name in its input object. */
  name: string;
  kind: Kind;
  required: boolean;
  /** Longest text (characters, as PostgreSQL counts them), longest list item, or highest number. */
  max?: number;
  /** Shortest text or lowest number. */
  min?: number;
  /** Longest list. */
  maxItems?: number;
  /** The values of an enum. */
  values?: readonly string[];
  /** The fields of a nested input (`object`) or of each item of a list of inputs (`objects`). */
  fields?: FieldSpec[];
  /**
   * Real values of the world (ids, themes, question keys …): fuzz runs use them often, to get
   * past not-found into the services. For lists: real items. Read when a mutation's fuzz starts.
   */
  real?: () => readonly unknown[] | Promise<readonly unknown[]>;
  /** Looked up just before each fuzz run from the input generated so far (the current version of the chosen record), often used instead of a generated value. */
  live?: (input: Record<string, unknown>) => Promise<unknown>;
}

export interface MutationSpec {
  /** The operation, or the operation and a variant in brackets: `addOrganisation (partnership)`. */
  name: string;
  doc: string;
  /** 'input' for mutations with an input object; '' for none; otherwise the name of the single ID argument. */
  arg: string;
  /** Who runs it: a key of the actors the suite signs in, or 'anonymous'. */
  actor: string;
  fields: FieldSpec[];
  /** Valid variables' content: the input object, or `{ [arg]: value }` for an ID argument. */
  base: () => Record<string, unknown>;
}

/** `leftOut`: null for an optional field means "not given": taken as such or refused, never a crash or a broken record. */
export type Expectation = { kind: 'field'; field: string } | { kind: 'coercion' } | { kind: 'validation' } | { kind: 'leftOut' };

export interface Case {
  label: string;
  mutation: MutationSpec;
  /** Built when the case runs, so that it can refer to the world as it is then. */
  variables: () => Promise<Record<string, unknown>>;
  expect: Expectation;
}

/** A wrong literal inside the document: [label, document, actor]. */
export type Literal = [string, string, string];

export const LONG = 'x'.repeat(10_000);
export const UUID = '3f1c8f7e-2b4a-4c1d-9e8f-0a1b2c3d4e5f';
/** A valid address (by validator.js) of 189 characters that becomes 309 characters when lower-cased. */
export const GROWING_EMAIL = `${'a'.repeat(64)}@${'İ'.repeat(60)}.${'İ'.repeat(60)}.nl`;
const INT_MIN = -2_147_483_648;
const INT_MAX = 2_147_483_647;
/** U+FE0F (emoji presentation) after a letter: one character more for PostgreSQL, none for validator.js's isLength. */
const VS16 = '\uFE0F';

const unique = (values: unknown[]) => values.filter((v, i) => values.findIndex((w) => Object.is(w, v) || JSON.stringify(w) === JSON.stringify(v)) === i);

/** Texts one character over the limit: plain, and with a presentation selector that validator.js does not count. */
const overLimit = (max: number | undefined) => (max === undefined ? [] : ['x'.repeat(max + 1), `${'x'.repeat(max)}${VS16}`]);

/** Values the API itself must refuse with a field message, per kind of field. */
export function fieldLevel(f: FieldSpec): unknown[] {
  switch (f.kind) {
    case 'email':
      return [
        '',
        'geen-e-mailadres',
        'a@',
        '@test.kijkje.nl',
        'twee woorden@test.kijkje.nl',
        `${'a'.repeat(10_000)}@test.kijkje.nl`,
        'iemand\u0000@test.kijkje.nl',
        'iemand@test.kijkje.nl\r\nBcc: x@evil.example',
      ];
    case 'text':
      return unique([
        // An empty (or blank) text is bad unless the field allows it (min 0: "empty clears it").
        ...(f.min === 0 ? [] : ['', '   ', '\t\n']),
        ...(f.max === undefined || f.max < LONG.length ? [LONG] : []),
        ...overLimit(f.max),
        ...(f.min && f.min > 1 ? ['x'.repeat(f.min - 1), ` ${'x'.repeat(f.min - 1)} `] : []),
        'Naam\u0000nul',
        'Naam\u0007bel',
        'Naam\u001b[31m',
        'Naam\ud800half',
        '\udfff',
      ]);
    case 'networkName':
      return ['', 'a', '   ', '!!!', LONG, ...overLimit(f.max), 'Naam\u0000nul', 'Naam\u001b[31m'];
    case 'signInPassword':
    case 'newPassword':
      return [LONG];
    case 'token':
      return ['', 'kort', `${'A'.repeat(42)}!`, 'A'.repeat(44), LONG, `${'A'.repeat(42)}\u0000`];
    case 'uuid':
      return ['', 'not-a-uuid', '1234', 42, "' OR 1=1 --", '00000000-0000-0000-0000-00000000000g', `${UUID}0`, LONG];
    case 'key':
      return ['kort', 'met spaties 123', 'x'.repeat(101), 'sleutel\u0000123', LONG];
    case 'cbsCode':
      return ['', 'GM', 'gm0344', 'GM03445', 'GM0344\n', 'XX0344', 'GM9999'];
    case 'enum':
    case 'bool':
    case 'object':
    case 'objects':
      return [];
    case 'int':
      return unique([...(f.min !== undefined ? [f.min - 1, INT_MIN] : []), ...(f.max !== undefined ? [f.max + 1, INT_MAX] : [])]);
    case 'version':
      return [0, -1, INT_MIN];
    case 'dateTime':
      // The DateTime scalar turns anything into a Date; what PostgreSQL cannot hold must be refused.
      return ['', 'geen datum', '2025-13-01T00:00:00Z', { a: 'b' }, '-271821-04-20T00:00:00.000Z', '+275760-09-13T00:00:00.000Z', -8.64e15];
    case 'date':
      return [
        '',
        'morgen',
        '2025-1-5',
        '25-01-05',
        '2025-13-01',
        '2025-00-10',
        '2025-01-32',
        '2025-02-29',
        '2025-02-30',
        '2024-04-31',
        '0000-01-01',
        '2025-01-05T10:00',
        ' 2025-01-05',
        '2025-01-05\n',
        '٢٠٢٥-٠١-٠٥',
      ];
    case 'time':
      return ['', '9:30', '24:00', '09:60', '09:30:00', '0930', ' 09:30', '09:30\n', '٠٩:٣٠'];
    case 'markdown':
      return [...overLimit(f.max), 'Tekst met een \u0000 erin', '\u0000', 'Een half \ud83d teken'];
    case 'strings':
      return unique([
        Array.from({ length: (f.maxItems ?? 20) + 1 }, (_, i) => `waarde-${i}`),
        ['x'.repeat((f.max ?? 80) + 1)],
        [`${'x'.repeat(f.max ?? 80)}${VS16}`],
        ['met\u0000nul'],
        ['escape\u001b[31m'],
        ['half\udc00'],
      ]);
    case 'uuids':
      return [['not-a-uuid'], [UUID, 'x'], [42], Array.from({ length: (f.maxItems ?? 200) + 1 }, () => UUID)];
  }
}

/** Values GraphQL itself refuses while coercing variables. */
export function coercion(f: FieldSpec): unknown[] {
  switch (f.kind) {
    case 'email':
      return [42, true, { a: 'b' }, ['a@b.nl']];
    case 'text':
    case 'markdown':
      return [42, true, { a: 'b' }, ['x']];
    case 'networkName':
      return [42, false, ['x']];
    case 'signInPassword':
    case 'newPassword':
      return [42, { a: 'b' }];
    case 'token':
      return [42, true, ['x']];
    case 'uuid':
      return [1.5, true, { id: UUID }, [UUID]];
    case 'key':
      return [12345678, true];
    case 'cbsCode':
      return [344, true];
    case 'enum': {
      const first = f.values![0];
      return ['ADMIN', first.toLowerCase(), `${first} `, 42, true, [first]];
    }
    case 'int':
    case 'version':
      // a Float, a String, a Boolean, or past the 32 bits of a GraphQL Int (and of the column)
      return [1.5, '1', true, INT_MAX + 1, INT_MIN - 1, [1]];
    case 'bool':
      return ['true', 1, { a: 'b' }, [true]];
    case 'dateTime':
      // the scalar's parseValue never throws: see fieldLevel
      return [];
    case 'date':
      return [20250105, true, { a: 'b' }, ['2025-01-05']];
    case 'time':
      return [930, true, { a: 'b' }, ['09:30']];
    case 'strings':
      return [[42], [null], [true], { a: 'b' }, 42];
    case 'uuids':
      return [[1.5], [null], [true], { id: UUID }];
    case 'objects':
      return ['x', 42, [42], [null], [['x']]];
    case 'object':
      return ['x', 42, ['x']];
  }
}

/** A value for a test's name: non-ASCII escaped, long ones shortened in the middle. */
const show = (v: unknown) => {
  const s = (JSON.stringify(v) ?? String(v)).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return s.length > 40 ? `${s.slice(0, 28)}…${s.slice(-8)}(${s.length})` : s;
};

/** `base` with the value at `path` (`a`, `a.b`, `a.0.b`) replaced, or removed when `omit`. */
function withPath(base: Record<string, unknown>, path: string[], value: unknown, omit: boolean): Record<string, unknown> {
  const root = structuredClone(base);
  let at: any = root;
  for (const key of path.slice(0, -1)) {
    if (at[key] === undefined || at[key] === null) throw new Error(`the base has nothing at ${path.join('.')}: give it a value there`);
    at = at[key];
  }
  const last = path[path.length - 1];
  if (omit) {
    if (Array.isArray(at)) at.splice(Number(last), 1);
    else delete at[last];
  } else at[last] = value;
  return root;
}

/** The variables for a mutation whose field at `path` is replaced (or removed when `omit`). */
export function withField(m: MutationSpec, path: string, value: unknown, omit = false): Record<string, unknown> {
  if (m.arg !== 'input') return omit ? {} : { [m.arg]: value };
  return { input: withPath(m.base(), path.split('.'), value, omit) };
}

/** A field and its nested fields as paths: `agenda`, `agenda.0.startTime`, `evidence.source`. */
export function fieldPaths(f: FieldSpec, prefix = ''): { path: string; field: FieldSpec }[] {
  const path = `${prefix}${f.name}`;
  const nested = f.kind === 'objects' ? `${path}.0.` : f.kind === 'object' ? `${path}.` : null;
  return [{ path, field: f }, ...(nested ? (f.fields ?? []).flatMap((sub) => fieldPaths(sub, nested)) : [])];
}

/** The operation a spec runs, read from its document. */
export function operationOf(m: MutationSpec): string {
  const op = parse(m.doc).definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  const first = op?.selectionSet.selections[0];
  if (!first || first.kind !== 'Field') throw new Error(`no field in ${m.name}`);
  return first.name.value;
}

const at = (value: unknown, path: string) => path.split('.').reduce<any>((o, key) => o?.[key], value);

/**
 * The base of a mutation with the live fields (the current version of the record) looked up,
 * except the one under test: so that a case is refused for its own field, not for a version
 * that an earlier, wrongly accepted case moved on.
 */
async function liveBase(m: MutationSpec, except: string): Promise<Record<string, unknown>> {
  const base = m.base();
  for (const f of m.fields) if (f.live && f.name !== except) base[f.name] = await f.live(base);
  return base;
}

/** Every table case, built from the specs (the values are read when a case runs). */
export function cases(mutations: MutationSpec[]): Case[] {
  const out: Case[] = [];
  for (const m of mutations) {
    /** The variables with the field at `path` replaced (or left out), the other live fields current. */
    const variables =
      (path: string, value: (base: Record<string, unknown>) => unknown, omit = false) =>
      async () => {
        const base = await liveBase(m, path.split('.')[0]);
        return withField({ ...m, base: () => base }, path, value(base), omit);
      };
    for (const { path, field: f } of m.fields.flatMap((f) => fieldPaths(f))) {
      const label = (value: unknown, suffix = '') => `${m.name}.${path} = ${show(value)}${suffix}`;
      for (const value of fieldLevel(f)) {
        out.push({ label: label(value), mutation: m, variables: variables(path, () => value), expect: { kind: 'field', field: path } });
      }
      if (f.kind === 'objects') {
        // one item more than allowed: copies of the base's first item
        const tooMany = (base: Record<string, unknown>) =>
          Array.from({ length: (f.maxItems ?? 20) + 1 }, () => structuredClone((at(base, path) as unknown[])[0]));
        out.push({
          label: `${m.name}.${path} with ${(f.maxItems ?? 20) + 1} items`,
          mutation: m,
          variables: variables(path, tooMany),
          expect: { kind: 'field', field: path },
        });
      }
      for (const value of coercion(f)) {
        out.push({ label: label(value, ' (wrong type)'), mutation: m, variables: variables(path, () => value), expect: { kind: 'coercion' } });
      }
      if (f.required) {
        out.push({ label: `${m.name}.${path} = null`, mutation: m, variables: variables(path, () => null), expect: { kind: 'coercion' } });
        out.push({ label: `${m.name}.${path} missing`, mutation: m, variables: variables(path, () => undefined, true), expect: { kind: 'coercion' } });
      } else if (m.arg === 'input') {
        out.push({
          label: `${m.name}.${path} = null (optional) → taken as left out or refused, never a crash`,
          mutation: m,
          variables: variables(path, () => null),
          expect: { kind: 'leftOut' },
        });
      }
    }
    if (m.arg === 'input') {
      const whole = (input: (base: Record<string, unknown>) => unknown) => async () => ({ input: input(await liveBase(m, '')) });
      out.push({
        label: `${m.name} with an unknown extra field`,
        mutation: m,
        variables: whole((base) => ({ ...base, isPlatformAdmin: true })),
        expect: { kind: 'coercion' },
      });
      out.push({ label: `${m.name} with input = a string`, mutation: m, variables: whole(() => 'x'), expect: { kind: 'coercion' } });
      out.push({ label: `${m.name} with input = an array`, mutation: m, variables: whole((base) => [base]), expect: { kind: 'coercion' } });
      // a nested input with a field it does not have
      for (const { path, field } of m.fields.flatMap((f) => fieldPaths(f))) {
        if (field.kind !== 'object' && field.kind !== 'objects') continue;
        const item = field.kind === 'objects' ? `${path}.0` : path;
        out.push({
          label: `${m.name}.${item} with an unknown extra field`,
          mutation: m,
          variables: variables(item, (base) => ({ ...(at(base, item) as object), owner: true })),
          expect: { kind: 'coercion' },
        });
      }
    }
  }
  return out;
}

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

/** Any value at all, of any shape. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom<unknown>(
      '',
      ' ',
      '   ',
      '\u0000',
      '\t\n',
      '\ud800',
      VS16,
      LONG,
      'İ'.repeat(200),
      GROWING_EMAIL,
      'null',
      '<script>alert(1)</script>',
      "'; DROP TABLE app_user; --",
      '00000000-0000-0000-0000-000000000000',
      'A'.repeat(43),
      '2025-02-30',
      '24:00',
      '-271821-04-20T00:00:00Z',
    ),
  },
  { weight: 2, arbitrary: fc.emailAddress() },
  { weight: 2, arbitrary: fc.uuid() },
  { weight: 2, arbitrary: fc.constantFrom<unknown>('COORDINATOR', 'MEMBER', 'GM0344', 'GM0363', 'GM0599', 'NETWORK', 'PUBLIC', 'CONCERN', 'AGREE', 'OPEN') },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(0, -1, 1, 60, 61, INT_MAX, INT_MIN) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }) },
);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Texts right at and just past a limit, with and without a presentation selector. */
const nearLimit = (max: number, min = 1) =>
  fc
    .tuple(fc.integer({ min: Math.max(min, max - 2), max: max + 1 }), fc.boolean(), fc.constantFrom('x', 'é', '😀', ' '))
    .map(([n, selector, unit]) => `${unit.repeat(n)}${selector ? VS16 : ''}`);

/** Ordinary words with a control character, a lone surrogate or a selector somewhere in them. */
const tainted = fc
  .tuple(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\ud800', '\udfff', VS16, '\u200b', '\u202e', '\r\n'),
    fc.string({ maxLength: 12 }),
  )
  .map(([a, odd, b]) => `${a}${odd}${b}`);

const markdownSamples = fc.constantFrom(
  '**vet** en _schuin_',
  '# Kop\n\n- punt\n- punt\n\n1. een\n2. twee',
  '[link](javascript:alert(1))',
  '<img src=x onerror=alert(1)>',
  '```\ncode\n```',
  `${'> '.repeat(300)}diep`,
  `${'- '.repeat(300)}lijst`,
  '['.repeat(1000),
  '*'.repeat(2000),
  '|a|b|\n|-|-|\n|1|2|',
  'Jan de Vries belt 06-12345678 uit Utrecht',
);

/** A field's real values, once settle() has read them. */
const settled = new WeakMap<FieldSpec, readonly unknown[]>();
const known = (f: FieldSpec): readonly unknown[] => settled.get(f) ?? [];

/** Reads the real values of these fields (and their nested fields) as the world is now. */
async function settle(fields: FieldSpec[]): Promise<void> {
  for (const f of fields) {
    settled.set(f, f.real ? await f.real() : []);
    await settle(f.fields ?? []);
  }
}

/** Plausible values per kind of field, so that runs also get past validation into the services. */
function plausible(f: FieldSpec): fc.Arbitrary<unknown> {
  switch (f.kind) {
    case 'email':
      return fc.oneof(fc.emailAddress(), fc.constantFrom('iemand@test.kijkje.nl', ' Hoofd.Letters@Test.Kijkje.nl ', GROWING_EMAIL));
    case 'text':
      return fc.oneof(
        { weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: Math.min((f.max ?? 125) + 5, 130) }) },
        { weight: 1, arbitrary: tainted },
        { weight: 1, arbitrary: fc.constantFrom('Jan de Vries', '   ', 'Ünïcödé Naam', 'Stadhuis, zaal 2') },
        ...(f.max !== undefined ? [{ weight: 1, arbitrary: nearLimit(f.max, f.min) }] : []),
      );
    case 'networkName':
      return fc.oneof(fc.string({ minLength: 1, maxLength: 130 }), fc.constantFrom('Netwerk Zuid', 'Ærø Øst', '   '), nearLimit(f.max ?? 120, 2));
    case 'signInPassword':
    case 'newPassword':
      return fc.string({ maxLength: 140 });
    case 'token':
      return fc.stringMatching(/^[A-Za-z0-9_-]{43}$/);
    case 'uuid':
      return fc.uuid();
    case 'key':
      return fc.stringMatching(/^[A-Za-z0-9_-]{8,100}$/);
    case 'cbsCode':
      return fc.constantFrom('GM0344', 'GM0363', 'GM0599', 'GM9999');
    case 'enum':
      return fc.constantFrom(...f.values!);
    case 'int': {
      const lo = f.min ?? -10;
      const hi = f.max ?? 100;
      return fc.oneof(fc.integer({ min: lo - 2, max: hi + 2 }), fc.constantFrom(lo, hi), fc.integer({ min: INT_MIN, max: INT_MAX }));
    }
    case 'version':
      return fc.integer({ min: 0, max: 6 });
    case 'bool':
      return fc.boolean();
    case 'dateTime':
      return fc.oneof(
        fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        fc.constantFrom('2025-02-30T00:00:00Z', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z', '2025-03-30T02:30:00+02:00'),
      );
    case 'date':
      return fc.oneof(
        fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
        fc
          .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
          .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`),
      );
    case 'time':
      return fc.tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 })).map(([h, m]) => `${pad(h)}:${pad(m)}`);
    case 'markdown':
      return fc.oneof(
        { weight: 3, arbitrary: fc.string({ maxLength: 200 }) },
        { weight: 2, arbitrary: markdownSamples },
        { weight: 1, arbitrary: tainted },
        ...(f.max !== undefined ? [{ weight: 1, arbitrary: nearLimit(f.max, 0) }] : []),
      );
    case 'strings': {
      const item = fc.oneof(
        { weight: 3, arbitrary: fc.string({ maxLength: (f.max ?? 40) + 2 }) },
        { weight: 1, arbitrary: tainted },
        { weight: 1, arbitrary: nearLimit(f.max ?? 40) },
        ...(known(f).length ? [{ weight: 6, arbitrary: fc.constantFrom(...known(f)) }] : []),
      );
      return fc.array(item, { maxLength: Math.min((f.maxItems ?? 5) + 1, 12) });
    }
    case 'uuids':
      return fc.array(known(f).length ? fc.oneof({ weight: 1, arbitrary: fc.uuid() }, { weight: 4, arbitrary: fc.constantFrom(...known(f)) }) : fc.uuid(), {
        maxLength: 3,
      });
    case 'objects':
      return fc.array(recordOf(f.fields ?? []), { maxLength: Math.min((f.maxItems ?? 3) + 1, 4) });
    case 'object':
      return recordOf(f.fields ?? []);
  }
}

/** Marks a field to be looked up just before the run (FieldSpec.live); a string, so that it survives structuredClone. */
const LIVE = '\u2063live\u2063';

/** A value for one field: mostly plausible or real, sometimes anything. */
function valueFor(f: FieldSpec): fc.Arbitrary<unknown> {
  const choices: fc.WeightedArbitrary<unknown>[] = [
    { weight: 1, arbitrary: junk },
    { weight: 3, arbitrary: plausible(f) },
  ];
  const listKind = f.kind === 'strings' || f.kind === 'uuids';
  if (known(f).length && !listKind) choices.push({ weight: 5, arbitrary: fc.constantFrom(...known(f)) });
  if (f.live) choices.push({ weight: 6, arbitrary: fc.constant(LIVE) });
  return fc.oneof(...choices);
}

/** Left out of the input. */
const OMIT = Symbol('omit');

/** A value, or now and then null or nothing at all: rarely for a required field, often for an optional one. */
function presence(f: FieldSpec): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: f.required ? 40 : 6, arbitrary: valueFor(f) },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: f.required ? 1 : 2, arbitrary: fc.constant(OMIT) },
  );
}

/** An input object: each field present (required ones almost always), sometimes an unknown extra field. */
function recordOf(fields: FieldSpec[]): fc.Arbitrary<Record<string, unknown>> {
  const record = fc.record(Object.fromEntries(fields.map((f) => [f.name, presence(f)])) as Record<string, fc.Arbitrary<unknown>>);
  // an unknown extra field now and then (fc.option's freq is the odds of *no* value: 1 in freq)
  const extra = fc.oneof({ weight: 7, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), junk) });
  return fc.tuple(record, extra).map(([r, e]) => {
    const obj: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) if (v !== OMIT) obj[k] = v;
    if (e) obj[e[0]] = e[1];
    return obj;
  });
}

/**
 * The variables of a fuzz run, by one of three strategies: every field generated; the valid
 * base with one field (or nested field) generated, which reaches furthest into the services;
 * or anything at all for the whole input.
 */
export function variablesFor(m: MutationSpec): fc.Arbitrary<Record<string, unknown>> {
  if (m.arg === '') return fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), junk, { maxKeys: 3 });
  if (m.arg !== 'input') return valueFor(m.fields[0]).map((value) => ({ [m.arg]: value }));
  const base = m.base();
  for (const f of m.fields) if (f.live) base[f.name] = LIVE;
  // nested fields where the base has their parent (an agenda item, the evidence)
  const paths = m.fields.flatMap((f) => fieldPaths(f)).filter(({ path }) => !path.includes('.') || at(base, path.slice(0, path.lastIndexOf('.'))) != null);
  const oneField = fc
    .constantFrom(...paths)
    .chain(({ path, field }) =>
      fc.tuple(
        fc.constant(path),
        fc.oneof({ weight: 8, arbitrary: valueFor(field) }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant(OMIT) }),
      ),
    )
    .map(([path, value]) => withPath(base, path.split('.'), value, value === OMIT));
  return fc
    .oneof({ weight: 4, arbitrary: recordOf(m.fields) }, { weight: 5, arbitrary: oneField }, { weight: 1, arbitrary: junk })
    .map((value) => ({ input: value }));
}

/** Replaces LIVE markers by the values looked up now. */
async function resolveLive(m: MutationSpec, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const input = variables['input'];
  if (m.arg !== 'input' || !input || typeof input !== 'object' || Array.isArray(input)) return variables;
  const resolved: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  for (const f of m.fields) if (f.live && resolved[f.name] === LIVE) resolved[f.name] = await f.live(resolved);
  return { ...variables, input: resolved };
}

export interface SuiteOptions {
  mutations: MutationSpec[];
  /** Builds the world once the app is up; returns the people behind the actors of the specs. */
  setup: (t: TestApp, probe: StateProbe) => Promise<Record<string, Person>>;
  literals?: Literal[];
  /** Fuzz runs per mutation with free input (text, dates, lists, nested inputs). */
  numRuns?: number;
  /** Fuzz runs per mutation whose input is only references, versions, numbers, enums and flags: a small space, and the table covers its edges. */
  stepRuns?: number;
  /** Milliseconds after which a mutation's fuzz stops early (without failing). */
  timeLimit?: number;
  env?: Record<string, string>;
  /** Tests of the file that need the world as it was built: registered before the fuzz, which leaves it changed. */
  more?: (suite: Suite) => void;
}

export interface Suite {
  t: TestApp;
  probe: StateProbe;
  client(actor: string): GqlClient;
}

/** Generous limits: a fuzz file sends thousands of requests from one address and a few sessions. */
export const GENEROUS_LIMITS = {
  RATE_SIGNIN_PER_MINUTE: '100000',
  RATE_SIGNIN_FREE_FAILURES: '100000',
  RATE_RESET_PER_HOUR: '100000',
  RATE_REQUESTS_PER_MINUTE: '100000',
};

/**
 * Boots the app, builds the world and registers the parts for these mutations: the table of bad
 * inputs, the wrong literals, the file's own tests (`more`), and the fast-check fuzz. Call it
 * inside a describe.
 */
export function badInputSuite(options: SuiteOptions): Suite {
  const { mutations, literals = [], numRuns = 40, stepRuns = 20, timeLimit = 20_000 } = options;
  const STEP_KINDS: Kind[] = ['uuid', 'version', 'int', 'enum', 'bool'];
  const runsFor = (m: MutationSpec) => (m.fields.every((f) => STEP_KINDS.includes(f.kind)) ? stepRuns : numRuns);
  const clients: Record<string, GqlClient> = {};
  const suite = { client: (actor: string) => (actor === 'anonymous' ? suite.t.client() : clients[actor]) } as Suite;

  beforeAll(async () => {
    suite.t = await startTestApp({ ...GENEROUS_LIMITS, ...options.env });
    suite.probe = await StateProbe.open(suite.t.db.ownerUrl);
    const people = await options.setup(suite.t, suite.probe);
    for (const [actor, person] of Object.entries(people)) clients[actor] = await signedIn(suite.t, person);
    for (const m of mutations) if (m.actor !== 'anonymous' && !clients[m.actor]) throw new Error(`no actor ${m.actor} for ${m.name}`);
  });
  afterAll(async () => {
    await suite.probe?.close();
    await suite.t?.close();
  });

  /** The state after the previous case, when that case left it as it was: saves a snapshot per case. */
  let known: Snapshot | null = null;
  const refused = async (actor: string, doc: string, variables: Record<string, unknown>, expectation: Expectation) => {
    const before = known ?? (await suite.probe.snapshot());
    known = null;
    const res = await suite.client(actor).gql(doc, variables);
    expectRejection(res, expectation);
    const after = await suite.probe.snapshot();
    // a left-out optional field may well be accepted: then only a crash or a broken read-back counts
    if (expectation.kind !== 'leftOut' || res.errors?.length) expect(after).toEqual(before);
    known = after;
  };

  describe('a table of bad inputs per mutation', () => {
    beforeAll(() => {
      known = null;
    });
    it.each(cases(mutations).map((c) => (c.expect.kind === 'leftOut' ? c : { ...c, label: `${c.label} → refused, nothing stored` })))('$label', async (c) =>
      refused(c.mutation.actor, c.mutation.doc, await c.variables(), c.expect),
    );
  });

  if (literals.length) {
    describe('wrong literals inside the document', () => {
      beforeAll(() => {
        known = null;
      });
      it.each(literals)('%s → GRAPHQL_VALIDATION_FAILED, nothing stored', (_label, doc, actor) => refused(actor, doc, { id: 1 }, { kind: 'validation' }));
    });
  }

  options.more?.(suite);

  describe(`property-based fuzzing (fast-check, ${numRuns} runs per mutation, ${stepRuns} for steps)`, () => {
    it.each(mutations.map((m) => [m.name, m] as const))(
      '%s: never a 5xx or INTERNAL_SERVER_ERROR; nothing stored when refused',
      async (_name, m) => {
        await settle(m.fields);
        let before = await suite.probe.snapshot();
        await fc.assert(
          fc.asyncProperty(variablesFor(m), async (generated) => {
            const variables = await resolveLive(m, generated);
            try {
              const res = await suite.client(m.actor).gql(m.doc, variables);
              const sent = () => JSON.stringify(variables).slice(0, 400);
              if (res.status >= 500) throw new Error(`HTTP ${res.status} for ${sent()}: ${JSON.stringify(res.errors)}`);
              const codes = (res.errors ?? []).map((e) => e.extensions?.code);
              if (codes.includes('INTERNAL_SERVER_ERROR')) throw new Error(`INTERNAL_SERVER_ERROR for ${sent()}`);
              for (const e of res.errors ?? []) {
                if (!e.extensions?.code || !e.extensions.messages?.nl || !e.extensions.messages?.en)
                  throw new Error(`error without code or messages for ${sent()}: ${JSON.stringify(e)}`);
              }
              const after: Snapshot = await suite.probe.snapshot();
              if (res.errors?.length) expect(after).toEqual(before);
              before = after;
            } catch (error) {
              // the next run (or shrinking) compares against the state as it is now
              before = await suite.probe.snapshot();
              throw error;
            }
          }),
          { numRuns: runsFor(m), interruptAfterTimeLimit: timeLimit, markInterruptAsFailure: false },
        );
      },
      timeLimit + 40_000,
    );
  });

  return suite;
}

export const isUuid = (id: unknown): id is string => typeof id === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/** The current version of a record, for FieldSpec.live; 1 when the id is not a record of the table. */
export async function versionOf(
  probe: StateProbe,
  table: 'programme' | 'round' | 'visit' | 'finding' | 'harvest' | 'visit_report' | 'host_response',
  id: unknown,
): Promise<number> {
  if (!isUuid(id)) return 1;
  const key = table === 'visit_report' ? 'visit_id' : table === 'host_response' ? 'finding_id' : 'id';
  const [row] = await probe.query<{ version: number }>(`SELECT version FROM ${table} WHERE ${key} = $1`, [id]);
  return row?.version ?? 1;
}
