import type { Bilingual } from '../messages';
import type { DeadlineSettings } from '../time/deadlines';
import { sameFramework } from './framework-edit';
import {
  checkProgrammeReadyToOpen,
  programmeViolationMessages,
  type PreparationFramework,
  type ProgrammeStatus,
  type ProgrammeTransitionViolation,
} from './programme-lifecycle';

export const PROGRAMME_EDIT_FIELDS = [
  'name',
  'description',
  'themes',
  'framework',
  'places',
  'signUpOpensAt',
  'signUpClosesAt',
  'defaultSharing',
  'preparationDaysBefore',
  'replyDays',
  'reportWeeksAfter',
  'progressReviewMonths',
] as const;
export type ProgrammeEditField = (typeof PROGRAMME_EDIT_FIELDS)[number];

/** Once a programme runs, hosts are filling in its framework: only these may still change. */
export const EDITABLE_WHILE_RUNNING: readonly ProgrammeEditField[] = ['name', 'description'];

/**
 * The deadline rules may change while the programme runs too (they matter most while the visits
 * take place; a visit's own dates win), not once it is closed.
 */
export const DEADLINE_FIELDS: readonly ProgrammeEditField[] = ['preparationDaysBefore', 'replyDays', 'reportWeeksAfter'];

/**
 * The moments of the progress reviews matter after the visits, often once the programme is closed:
 * they may change in every state (a moment already written stays, see progressMomentsOf).
 */
export const AFTER_VISIT_FIELDS: readonly ProgrammeEditField[] = ['progressReviewMonths'];

/** The part of a programme a coordinator edits. */
export interface ProgrammeEditable extends DeadlineSettings {
  name: string;
  description: string;
  themes: readonly string[];
  framework: PreparationFramework;
  places: number;
  signUpOpensAt: Date | null;
  signUpClosesAt: Date | null;
  defaultSharing: string;
  /** The progress review moments, months after the visit (ascending). */
  progressReviewMonths: readonly number[];
}

/** The fields whose value differs; a form that sends everything back changes only what it changed. */
export function changedProgrammeFields(before: ProgrammeEditable, after: ProgrammeEditable): ProgrammeEditField[] {
  const time = (d: Date | null) => (d ? d.getTime() : null);
  const differs: Record<ProgrammeEditField, boolean> = {
    name: before.name !== after.name,
    description: before.description !== after.description,
    themes: before.themes.length !== after.themes.length || before.themes.some((theme, i) => theme !== after.themes[i]),
    framework: !sameFramework(before.framework, after.framework),
    places: before.places !== after.places,
    signUpOpensAt: time(before.signUpOpensAt) !== time(after.signUpOpensAt),
    signUpClosesAt: time(before.signUpClosesAt) !== time(after.signUpClosesAt),
    defaultSharing: before.defaultSharing !== after.defaultSharing,
    preparationDaysBefore: before.preparationDaysBefore !== after.preparationDaysBefore,
    replyDays: before.replyDays !== after.replyDays,
    reportWeeksAfter: before.reportWeeksAfter !== after.reportWeeksAfter,
    progressReviewMonths: before.progressReviewMonths.join(',') !== after.progressReviewMonths.join(','),
  };
  return PROGRAMME_EDIT_FIELDS.filter((field) => differs[field]);
}

/** Themes of `before` that `after` no longer has. Exact names: answers are stored under them. */
export function removedThemes(before: readonly string[], after: readonly string[]): string[] {
  const kept = new Set(after);
  return before.filter((theme) => !kept.has(theme));
}

/** How much already refers to a theme of the programme. */
export interface ThemeUsage {
  theme: string;
  /** Applications (not withdrawn or declined) that chose the theme. */
  applications: number;
  /** Findings past their draft about the theme. */
  findings: number;
  /** Self-assessments with an answer in the theme's section. */
  selfAssessments: number;
}

export type ProgrammeEditViolation =
  | { code: 'LOCKED_WHILE_RUNNING'; field: ProgrammeEditField }
  | { code: 'PLACES_BELOW_TAKEN'; taken: number }
  | { code: 'THEME_IN_USE'; usage: ThemeUsage }
  | { code: Exclude<ProgrammeTransitionViolation, 'TRANSITION_NOT_ALLOWED'> };

export interface ProgrammeEditFacts {
  status: ProgrammeStatus;
  after: Pick<ProgrammeEditable, 'themes' | 'places' | 'signUpOpensAt' | 'signUpClosesAt'>;
  changed: readonly ProgrammeEditField[];
  /** Accepted and placed applications. */
  placesTaken: number;
  /** The usage of the themes the edit removes. */
  removedThemeUsage: readonly ThemeUsage[];
}

/**
 * The guards on editing a programme, in a fixed order; empty when allowed.
 * - RUNNING or CLOSED: hosts are filling in (or have filled in) the framework, so only the name and
 *   the description may change; every other changed field is refused.
 * - The places may not drop below the places already taken.
 * - A theme that applications, findings or self-assessments already use cannot be removed (this
 *   only happens once sign-ups are open); each such theme is named with what uses it.
 * - While OPEN the programme stays ready to be open: a sign-up window, at least four places and a
 *   theme. In DRAFT an inverted window is refused, and places, when changed, that do not fill a round.
 */
export function checkProgrammeEdit(facts: ProgrammeEditFacts): ProgrammeEditViolation[] {
  if (facts.status === 'RUNNING' || facts.status === 'CLOSED') {
    const editable = [...EDITABLE_WHILE_RUNNING, ...AFTER_VISIT_FIELDS, ...(facts.status === 'RUNNING' ? DEADLINE_FIELDS : [])];
    return facts.changed.filter((field) => !editable.includes(field)).map((field) => ({ code: 'LOCKED_WHILE_RUNNING', field }));
  }
  const violations: ProgrammeEditViolation[] = [];
  if (facts.changed.includes('places') && facts.after.places < facts.placesTaken) violations.push({ code: 'PLACES_BELOW_TAKEN', taken: facts.placesTaken });
  for (const usage of facts.removedThemeUsage) {
    if (usage.applications + usage.findings + usage.selfAssessments > 0) violations.push({ code: 'THEME_IN_USE', usage });
  }
  const ready = checkProgrammeReadyToOpen({ ...facts.after, themes: [...facts.after.themes] }).filter(
    (code): code is Exclude<ProgrammeTransitionViolation, 'TRANSITION_NOT_ALLOWED'> => code !== 'TRANSITION_NOT_ALLOWED',
  );
  // In DRAFT the window may still be missing and the themes still empty, but typed places must already fill a round.
  const inDraft = (code: (typeof ready)[number]) =>
    code === 'SIGN_UP_WINDOW_INVALID' || (facts.changed.includes('places') && (code === 'TOO_FEW_PLACES' || code === 'PLACES_NOT_WHOLE'));
  const relevant = facts.status === 'OPEN' ? ready : ready.filter(inDraft);
  for (const code of relevant) violations.push({ code });
  return violations;
}

/** The input field a violation belongs to, for the message next to it. */
export function programmeEditViolationField(violation: ProgrammeEditViolation): ProgrammeEditField {
  switch (violation.code) {
    case 'LOCKED_WHILE_RUNNING':
      return violation.field;
    case 'PLACES_BELOW_TAKEN':
    case 'PLACES_NOT_WHOLE':
    case 'TOO_FEW_PLACES':
      return 'places';
    case 'THEME_IN_USE':
    case 'NO_THEMES':
    case 'DUPLICATE_THEME':
      return 'themes';
    case 'SIGN_UP_WINDOW_MISSING':
      return 'signUpOpensAt';
    case 'SIGN_UP_WINDOW_INVALID':
      return 'signUpClosesAt';
  }
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function list(items: string[], and: string): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

function usageText(usage: ThemeUsage): Bilingual {
  const nl: string[] = [];
  const en: string[] = [];
  if (usage.applications) {
    nl.push(count(usage.applications, 'aanmelding', 'aanmeldingen'));
    en.push(count(usage.applications, 'application', 'applications'));
  }
  if (usage.selfAssessments) {
    nl.push(count(usage.selfAssessments, 'zelfanalyse', 'zelfanalyses'));
    en.push(count(usage.selfAssessments, 'self-assessment', 'self-assessments'));
  }
  if (usage.findings) {
    nl.push(count(usage.findings, 'bevinding', 'bevindingen'));
    en.push(count(usage.findings, 'finding', 'findings'));
  }
  return { nl: list(nl, 'en'), en: list(en, 'and') };
}

/** What a coordinator reads when an edit is refused: Dutch first. */
export function programmeEditViolationMessage(violation: ProgrammeEditViolation): Bilingual {
  switch (violation.code) {
    case 'LOCKED_WHILE_RUNNING':
      return {
        nl: 'Dit kan niet meer veranderen: het programma loopt en de gastgemeenten vullen de voorbereiding al in. Alleen de naam en de beschrijving kunnen nog worden aangepast.',
        en: 'This can no longer change: the programme is running and the host municipalities are already filling in their preparation. Only the name and the description can still be changed.',
      };
    case 'PLACES_BELOW_TAKEN':
      return {
        nl: `Er zijn al ${violation.taken} plaatsen bezet; het aantal plaatsen kan niet lager dan ${violation.taken}.`,
        en: `${violation.taken} places are already taken; the number of places cannot go below ${violation.taken}.`,
      };
    case 'THEME_IN_USE': {
      const used = usageText(violation.usage);
      return {
        nl: `Het thema "${violation.usage.theme}" kan niet worden verwijderd: het wordt al gebruikt in ${used.nl}.`,
        en: `The theme "${violation.usage.theme}" cannot be removed: it is already used in ${used.en}.`,
      };
    }
    default:
      return programmeViolationMessages[violation.code];
  }
}
