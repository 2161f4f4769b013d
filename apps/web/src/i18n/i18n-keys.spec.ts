import { parts, resources } from './resources';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[path] = value;
    else Object.assign(out, flatten(value, path));
  }
  return out;
}

const flatNl = flatten(resources.nl as Tree);
const flatEn = flatten(resources.en as Tree);

describe('translations', () => {
  it.each(['nl', 'en'] as const)('%s: no part redefines another part’s top-level key', (lang) => {
    const keys = parts[lang].flatMap((part) => Object.keys(part));
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it('Dutch and English have exactly the same keys', () => {
    expect(Object.keys(flatEn).sort()).toEqual(Object.keys(flatNl).sort());
  });

  it.each([
    ['nl', flatNl],
    ['en', flatEn],
  ])('%s has no empty values', (_lang, flat) => {
    const empty = Object.entries(flat)
      .filter(([, value]) => value.trim() === '')
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('uses the same interpolation variables in both languages', () => {
    const vars = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(flatNl)) {
      expect({ key, vars: vars(flatEn[key]) }).toEqual({ key, vars: vars(flatNl[key]) });
    }
  });
});
