import type { Bilingual } from '../messages';
import type { PreparationFramework } from '../programmes/programme-lifecycle';
import { checkTimedAgenda, type VisitTimes } from './visit-time';

/** Conversation partners the host can pick for an agenda item; free names are allowed too. */
export const CONVERSATION_PARTNERS = ['WETHOUDER', 'WIJKTEAM', 'KETENPARTNERS', 'INWONERS', 'RAADSLEDEN', 'MEDEWERKERS', 'MANAGEMENT', 'CONTROL'] as const;
export type ConversationPartner = (typeof CONVERSATION_PARTNERS)[number];

export const conversationPartnerLabels: Readonly<Record<ConversationPartner, Bilingual>> = {
  WETHOUDER: { nl: 'Wethouder', en: 'Alderman' },
  WIJKTEAM: { nl: 'Wijkteam', en: 'Neighbourhood team' },
  KETENPARTNERS: { nl: 'Ketenpartners', en: 'Partner organisations' },
  INWONERS: { nl: 'Inwoners', en: 'Residents' },
  RAADSLEDEN: { nl: 'Raadsleden', en: 'Council members' },
  MEDEWERKERS: { nl: 'Medewerkers', en: 'Staff' },
  MANAGEMENT: { nl: 'Management', en: 'Management' },
  CONTROL: { nl: 'Control en financiën', en: 'Control and finance' },
};

export interface AgendaItem {
  /** "HH:MM", Dutch time on the visit day. */
  startTime: string;
  endTime: string;
  topic: string;
  partners: string[];
}

export const AGENDA_MAX_ITEMS = 30;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export type AgendaViolation = {
  index: number;
  field: 'startTime' | 'endTime' | 'topic';
  code: 'TIME_INVALID' | 'END_BEFORE_START' | 'TOPIC_REQUIRED' | 'OVERLAP' | 'OUTSIDE_VISIT' | 'NONEXISTENT_TIME';
};

/** Checks an agenda: valid times, each item ends after it starts, a topic, and no overlaps. */
export function checkAgenda(items: readonly AgendaItem[]): AgendaViolation[] {
  const violations: AgendaViolation[] = [];
  items.forEach((item, index) => {
    if (!TIME.test(item.startTime)) violations.push({ index, field: 'startTime', code: 'TIME_INVALID' });
    if (!TIME.test(item.endTime)) violations.push({ index, field: 'endTime', code: 'TIME_INVALID' });
    else if (TIME.test(item.startTime) && item.endTime <= item.startTime) violations.push({ index, field: 'endTime', code: 'END_BEFORE_START' });
    if (item.topic.trim() === '') violations.push({ index, field: 'topic', code: 'TOPIC_REQUIRED' });
  });
  const timed = items.map((item, index) => ({ ...item, index })).filter((i) => TIME.test(i.startTime) && TIME.test(i.endTime) && i.endTime > i.startTime);
  timed.sort((a, b) => a.startTime.localeCompare(b.startTime));
  for (let i = 1; i < timed.length; i++) {
    if (timed[i].startTime < timed[i - 1].endTime) violations.push({ index: timed[i].index, field: 'startTime', code: 'OVERLAP' });
  }
  return violations;
}

/** The agenda in the order of the day. */
export function sortAgenda<T extends AgendaItem>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.startTime.localeCompare(b.startTime) || a.endTime.localeCompare(b.endTime));
}

export const agendaViolationMessages: Readonly<Record<AgendaViolation['code'], Bilingual>> = {
  TIME_INVALID: { nl: 'Vul een tijd in als 09:30.', en: 'Enter a time such as 09:30.' },
  END_BEFORE_START: { nl: 'De eindtijd ligt na de begintijd.', en: 'The end time comes after the start time.' },
  TOPIC_REQUIRED: { nl: 'Vul een onderwerp in.', en: 'Enter a topic.' },
  OVERLAP: { nl: 'Dit onderdeel overlapt met het vorige.', en: 'This item overlaps the previous one.' },
  OUTSIDE_VISIT: { nl: 'Dit onderdeel valt buiten de begin- en eindtijd van het bezoek.', en: 'This item falls outside the start and end time of the visit.' },
  NONEXISTENT_TIME: {
    nl: 'Deze tijd bestaat niet op deze dag: de klok gaat van 02:00 naar 03:00 (zomertijd).',
    en: 'This time does not exist on this day: the clocks go from 02:00 to 03:00 (summer time).',
  },
};

/**
 * The keys of the answers in a self-assessment: `general:FOTO_VAN_NU`, and per theme
 * `theme:<theme>:WHAT_GOES_WELL`, in the order of the framework.
 */
export function selfAssessmentKeys(framework: PreparationFramework): string[] {
  return [
    ...framework.general.map((q) => `general:${q.key}`),
    ...framework.themes.flatMap((section) => section.questions.map((q) => `theme:${section.theme}:${q.key}`)),
  ];
}

export const SELF_ASSESSMENT_ANSWER_MAX = 10_000;

export type SelfAssessmentViolation = { key: string; code: 'UNKNOWN_QUESTION' | 'TOO_LONG' | 'REQUIRED' };

/** Checks answers against the framework: only its questions, not too long. */
export function checkAnswers(framework: PreparationFramework, answers: Readonly<Record<string, string>>): SelfAssessmentViolation[] {
  const known = new Set(selfAssessmentKeys(framework));
  const violations: SelfAssessmentViolation[] = [];
  for (const [key, text] of Object.entries(answers)) {
    if (!known.has(key)) violations.push({ key, code: 'UNKNOWN_QUESTION' });
    else if (text.length > SELF_ASSESSMENT_ANSWER_MAX) violations.push({ key, code: 'TOO_LONG' });
  }
  return violations;
}

export interface PreparationFacts {
  framework: PreparationFramework;
  answers: Readonly<Record<string, string>>;
  startsOn: string | null;
  location: string;
  agenda: readonly AgendaItem[];
  /** The visit's planned times, when it has them: the agenda must then lie inside them. */
  times?: VisitTimes | null;
}

export type SubmitViolation =
  'DATE_REQUIRED' | 'TIME_REQUIRED' | 'LOCATION_REQUIRED' | 'AGENDA_REQUIRED' | 'AGENDA_INVALID' | { code: 'ANSWER_REQUIRED'; key: string };

/**
 * May the host submit the preparation (PLANNED → PREPARED)? The reviewers need a date with a
 * start and end time, a place,
 * an agenda, and at least the foto van nu and stip aan de horizon; the theme questions are
 * answered where the host has something to say.
 */
export function checkPreparationComplete(facts: PreparationFacts): SubmitViolation[] {
  const violations: SubmitViolation[] = [];
  if (!facts.startsOn) violations.push('DATE_REQUIRED');
  else if (!facts.times) violations.push('TIME_REQUIRED');
  if (facts.location.trim() === '') violations.push('LOCATION_REQUIRED');
  if (facts.agenda.length === 0) violations.push('AGENDA_REQUIRED');
  else if (checkTimedAgenda(facts.agenda, facts.times ?? null).length) violations.push('AGENDA_INVALID');
  for (const q of facts.framework.general) {
    const key = `general:${q.key}`;
    if (!(facts.answers[key] ?? '').trim()) violations.push({ code: 'ANSWER_REQUIRED', key });
  }
  return violations;
}

export function submitViolationMessage(violation: SubmitViolation, framework: PreparationFramework): Bilingual {
  if (typeof violation === 'object') {
    const q = framework.general.find((g) => `general:${g.key}` === violation.key);
    const name = q?.question ?? { nl: violation.key, en: violation.key };
    return { nl: `Beantwoord eerst "${name.nl}".`, en: `First answer "${name.en}".` };
  }
  return {
    DATE_REQUIRED: { nl: 'Kies de datum van het bezoek.', en: 'Choose the date of the visit.' },
    TIME_REQUIRED: { nl: 'Vul de begin- en eindtijd van het bezoek in.', en: 'Enter the start and end time of the visit.' },
    LOCATION_REQUIRED: { nl: 'Vul de locatie van het bezoek in.', en: 'Enter the location of the visit.' },
    AGENDA_REQUIRED: { nl: 'Zet minstens één onderdeel op het programma van de dag.', en: 'Put at least one item on the agenda of the day.' },
    AGENDA_INVALID: { nl: 'Het programma van de dag klopt nog niet.', en: 'The agenda of the day is not right yet.' },
  }[violation];
}
