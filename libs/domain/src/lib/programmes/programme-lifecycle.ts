import type { Bilingual } from '../messages';
import { ROUND_MAX_ORGANISATIONS, ROUND_MIN_ORGANISATIONS } from '../limits';

export const PROGRAMME_STATUSES = ['DRAFT', 'OPEN', 'RUNNING', 'CLOSED'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

/** DRAFT → OPEN (sign-ups accepted) → RUNNING → CLOSED; nothing goes back. */
export const programmeTransitions: Readonly<Record<ProgrammeStatus, readonly ProgrammeStatus[]>> = {
  DRAFT: ['OPEN'],
  OPEN: ['RUNNING'],
  RUNNING: ['CLOSED'],
  CLOSED: [],
};

/** What the guards need to know about the programme. */
export interface ProgrammeFacts {
  signUpOpensAt: Date | null;
  signUpClosesAt: Date | null;
  /** Capacity: the number of organisations that can take part. */
  places: number;
  themes: readonly string[];
}

export const PROGRAMME_TRANSITION_VIOLATIONS = [
  'TRANSITION_NOT_ALLOWED',
  'SIGN_UP_WINDOW_MISSING',
  'SIGN_UP_WINDOW_INVALID',
  'PLACES_NOT_WHOLE',
  'TOO_FEW_PLACES',
  'NO_THEMES',
  'DUPLICATE_THEME',
] as const;
export type ProgrammeTransitionViolation = (typeof PROGRAMME_TRANSITION_VIOLATIONS)[number];

/**
 * Rule violations of a programme status change, in a fixed order; empty when allowed.
 * Opening needs a sign-up window (start before end), at least ROUND_MIN_ORGANISATIONS whole places
 * and at least one theme (names compared trimmed and case-insensitively, no duplicates).
 * RUNNING is reachable from OPEN only, CLOSED from RUNNING only.
 */
export function canTransitionProgramme(from: ProgrammeStatus, to: ProgrammeStatus, facts?: ProgrammeFacts): ProgrammeTransitionViolation[] {
  if (!programmeTransitions[from].includes(to)) return ['TRANSITION_NOT_ALLOWED'];
  return to === 'OPEN' ? checkProgrammeReadyToOpen(facts) : [];
}

/**
 * A programme's capacity: a whole number of places, at least one round's worth
 * (ROUND_MIN_ORGANISATIONS). Checked when a programme is created or its places are edited, not
 * only when sign-ups open, so a coordinator hears it where the number is typed.
 */
export function checkProgrammePlaces(places: number): ('PLACES_NOT_WHOLE' | 'TOO_FEW_PLACES')[] {
  const violations: ('PLACES_NOT_WHOLE' | 'TOO_FEW_PLACES')[] = [];
  if (!Number.isInteger(places)) violations.push('PLACES_NOT_WHOLE');
  if (!(places >= ROUND_MIN_ORGANISATIONS)) violations.push('TOO_FEW_PLACES');
  return violations;
}

/** The guards for opening sign-ups (also usable to show a checklist while in DRAFT). */
export function checkProgrammeReadyToOpen(facts: ProgrammeFacts | undefined): ProgrammeTransitionViolation[] {
  const violations: ProgrammeTransitionViolation[] = [];
  const opensAt = facts?.signUpOpensAt ?? null;
  const closesAt = facts?.signUpClosesAt ?? null;
  if (!isValidDate(opensAt) || !isValidDate(closesAt)) violations.push('SIGN_UP_WINDOW_MISSING');
  else if (opensAt.getTime() >= closesAt.getTime()) violations.push('SIGN_UP_WINDOW_INVALID');
  violations.push(...checkProgrammePlaces(facts?.places ?? 0));
  const themes = (facts?.themes ?? []).map((t) => t.trim().toLocaleLowerCase('nl')).filter((t) => t !== '');
  if (themes.length === 0) violations.push('NO_THEMES');
  else if (new Set(themes).size !== themes.length) violations.push('DUPLICATE_THEME');
  return violations;
}

function isValidDate(value: Date | null): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

/** The default themes of a programme in the social domain. */
export const DEFAULT_THEMES: readonly string[] = ['Wmo', 'Jeugd', 'Participatie', 'Informatievoorziening', 'Financiële beheersbaarheid'];

export const FRAMEWORK_QUESTION_KEYS = ['FOTO_VAN_NU', 'STIP_AAN_DE_HORIZON', 'WHAT_GOES_WELL', 'WHAT_WORRIES_YOU', 'OWN_RESPONSIBILITY'] as const;
export type FrameworkQuestionKey = (typeof FRAMEWORK_QUESTION_KEYS)[number];

/** The keys of the default questions, by part. */
export const DEFAULT_FRAMEWORK_KEYS = {
  general: ['FOTO_VAN_NU', 'STIP_AAN_DE_HORIZON'],
  theme: ['WHAT_GOES_WELL', 'WHAT_WORRIES_YOU', 'OWN_RESPONSIBILITY'],
} as const satisfies Record<string, readonly FrameworkQuestionKey[]>;

export interface FrameworkQuestion {
  /** What the answer is stored under: a default key, or CUSTOM_n for a question a coordinator added. */
  key: string;
  question: Bilingual;
  hint: Bilingual;
}

/** The preparation (self-assessment) framework of a programme. */
export interface PreparationFramework {
  /** Asked once: by default foto van nu and stip aan de horizon. */
  general: FrameworkQuestion[];
  /** Per theme, by default the three questions of the theme tables. */
  themes: { theme: string; questions: FrameworkQuestion[] }[];
  /**
   * Answer keys (`general:CUSTOM_2`, `theme:Wmo:CUSTOM_1`) of custom questions that were removed:
   * never given to a new question, so an old answer can never show up under another question.
   */
  retiredKeys?: string[];
}

const GENERAL_QUESTIONS: readonly FrameworkQuestion[] = [
  {
    key: 'FOTO_VAN_NU',
    question: { nl: 'Foto van nu', en: 'Snapshot of today' },
    hint: {
      nl: 'Waar staat uw gemeente nu? Beschrijf de huidige situatie, met cijfers én verhalen.',
      en: 'Where does your municipality stand today? Describe the current situation, with numbers and stories.',
    },
  },
  {
    key: 'STIP_AAN_DE_HORIZON',
    question: { nl: 'Stip aan de horizon', en: 'Point on the horizon' },
    hint: {
      nl: 'Waar wilt u naartoe? Beschrijf wat u over een paar jaar bereikt wilt hebben.',
      en: 'Where do you want to go? Describe what you want to have achieved in a few years.',
    },
  },
];

const THEME_QUESTIONS: readonly FrameworkQuestion[] = [
  {
    key: 'WHAT_GOES_WELL',
    question: { nl: 'Wat gaat goed?', en: 'What goes well?' },
    hint: { nl: 'Waar bent u trots op binnen dit thema?', en: 'What are you proud of within this theme?' },
  },
  {
    key: 'WHAT_WORRIES_YOU',
    question: { nl: 'Waar maak je je zorgen om?', en: 'What worries you?' },
    hint: { nl: 'Wat loopt niet zoals u zou willen?', en: 'What is not going the way you would like?' },
  },
  {
    key: 'OWN_RESPONSIBILITY',
    question: { nl: 'Wat zie je als eigen verantwoordelijkheid?', en: 'What do you see as your own responsibility?' },
    hint: {
      nl: 'Wat kan uw gemeente zelf doen, los van rijk, regio of partners?',
      en: 'What can your municipality do itself, apart from central government, region or partners?',
    },
  },
];

/**
 * The default preparation framework for the given themes (trimmed, empty and duplicate names
 * dropped, first spelling kept, order kept): foto van nu and stip aan de horizon, then per theme
 * the three questions. Every call returns fresh objects, safe to edit.
 */
export function defaultFramework(themes: readonly string[] = DEFAULT_THEMES): PreparationFramework {
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const raw of themes) {
    const theme = raw.trim();
    const key = theme.toLocaleLowerCase('nl');
    if (theme === '' || seen.has(key)) continue;
    seen.add(key);
    unique.push(theme);
  }
  return {
    general: GENERAL_QUESTIONS.map(copyQuestion),
    themes: unique.map((theme) => ({ theme, questions: THEME_QUESTIONS.map(copyQuestion) })),
  };
}

function copyQuestion(q: FrameworkQuestion): FrameworkQuestion {
  return { key: q.key, question: { ...q.question }, hint: { ...q.hint } };
}

/** What a coordinator reads when a programme status change is refused: Dutch first. */
export const programmeViolationMessages: Readonly<Record<ProgrammeTransitionViolation, Bilingual>> = {
  TRANSITION_NOT_ALLOWED: {
    nl: 'Deze stap is niet mogelijk. Een programma gaat van concept naar open, dan naar lopend en dan naar afgesloten.',
    en: 'This step is not possible. A programme goes from draft to open, then to running and then to closed.',
  },
  SIGN_UP_WINDOW_MISSING: {
    nl: 'Stel eerst de aanmeldperiode in: een begin- en een einddatum.',
    en: 'First set the sign-up period: a start and an end date.',
  },
  SIGN_UP_WINDOW_INVALID: {
    nl: 'De aanmeldperiode moet beginnen vóór de einddatum.',
    en: 'The sign-up period must start before its end date.',
  },
  PLACES_NOT_WHOLE: {
    nl: 'Het aantal plaatsen moet een heel getal zijn.',
    en: 'The number of places must be a whole number.',
  },
  TOO_FEW_PLACES: {
    nl: `Er zijn minstens ${ROUND_MIN_ORGANISATIONS} plaatsen nodig: een ronde heeft ${ROUND_MIN_ORGANISATIONS} of ${ROUND_MAX_ORGANISATIONS} gemeenten.`,
    en: `At least ${ROUND_MIN_ORGANISATIONS} places are needed: a round has ${ROUND_MIN_ORGANISATIONS} or ${ROUND_MAX_ORGANISATIONS} municipalities.`,
  },
  NO_THEMES: {
    nl: 'Kies minstens één thema.',
    en: 'Choose at least one theme.',
  },
  DUPLICATE_THEME: {
    nl: 'Elk thema mag maar één keer voorkomen.',
    en: 'Each theme may appear only once.',
  },
};
