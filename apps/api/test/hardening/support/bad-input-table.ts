import { parse, type OperationDefinitionNode } from 'graphql';
import { INT_MAX, INT_MIN, LONG, UUID, VS16, type Case, type FieldSpec, type MutationSpec } from './bad-input-kinds';

/** The table of bad inputs: per kind of field, the values the API or GraphQL must refuse, as cases per mutation. */

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
    case 'ints':
      return unique([
        [],
        ...(f.min !== undefined ? [[f.min - 1]] : []),
        ...(f.max !== undefined ? [[f.max + 1]] : []),
        Array.from({ length: (f.maxItems ?? 20) + 1 }, (_, i) => (f.min ?? 0) + i),
      ]);
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
    case 'ints':
      return [[1.5], ['6'], [null], [true], [INT_MAX + 1], { a: 'b' }, 'x'];
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
export function withPath(base: Record<string, unknown>, path: string[], value: unknown, omit: boolean): Record<string, unknown> {
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

export const at = (value: unknown, path: string) => path.split('.').reduce<any>((o, key) => o?.[key], value);

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
