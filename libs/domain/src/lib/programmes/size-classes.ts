import type { Bilingual } from '../messages';

/** Population size classes, smallest first (same boundaries as reference-data's populationClass). */
export const SIZE_CLASSES = ['XS', 'S', 'M', 'L', 'XL'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

/** Lower bound of each size class in inhabitants; the upper bound is the next class's lower bound. */
const CLASS_LOWER_BOUNDS = [0, 20_000, 50_000, 100_000, 250_000] as const;

/** The population range covered by size classes low..high, in words. */
export function classRange(low: number, high: number): Bilingual {
  const from = CLASS_LOWER_BOUNDS[low];
  const to = high + 1 < CLASS_LOWER_BOUNDS.length ? CLASS_LOWER_BOUNDS[high + 1] : null;
  if (from === 0 && to === null) return { nl: 'elke omvang', en: 'every size' };
  if (from === 0) return { nl: `minder dan ${thousands(to ?? 0, '.')} inwoners`, en: `fewer than ${thousands(to ?? 0, ',')} inhabitants` };
  if (to === null) return { nl: `${thousands(from, '.')} inwoners of meer`, en: `${thousands(from, ',')} inhabitants or more` };
  return {
    nl: `${thousands(from, '.')} tot ${thousands(to, '.')} inwoners`,
    en: `${thousands(from, ',')} to ${thousands(to, ',')} inhabitants`,
  };
}

function thousands(value: number, separator: string): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}
