import fc from 'fast-check';
import { GROWING_EMAIL, INT_MAX, INT_MIN, LONG, VS16, type FieldSpec, type MutationSpec } from './bad-input-kinds';
import { at, fieldPaths, withPath } from './bad-input-table';

/** The fast-check arbitraries: plausible, real and junk values per kind of field, and whole inputs. */

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
export async function settle(fields: FieldSpec[]): Promise<void> {
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
    case 'ints':
      return fc.array(fc.integer({ min: (f.min ?? 0) - 2, max: (f.max ?? 100) + 2 }), { maxLength: (f.maxItems ?? 4) + 1 });
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
  const listKind = f.kind === 'strings' || f.kind === 'uuids' || f.kind === 'ints';
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
export async function resolveLive(m: MutationSpec, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const input = variables['input'];
  if (m.arg !== 'input' || !input || typeof input !== 'object' || Array.isArray(input)) return variables;
  const resolved: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  for (const f of m.fields) if (f.live && resolved[f.name] === LIVE) resolved[f.name] = await f.live(resolved);
  return { ...variables, input: resolved };
}
