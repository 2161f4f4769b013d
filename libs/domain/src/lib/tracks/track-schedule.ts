import type { Bilingual } from '../messages';

/** The sessions of a learning track: a kick-off, workshops, feedback sessions and a closing meeting. */
export const SESSION_KINDS = ['KICK_OFF', 'WORKSHOP', 'FEEDBACK', 'CLOSING'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export interface ScheduledSession {
  kind: SessionKind;
  startsAt: Date;
}

export type SessionViolation = 'SECOND_KICK_OFF' | 'SECOND_CLOSING' | 'KICK_OFF_NOT_FIRST' | 'CLOSING_NOT_LAST' | 'BEFORE_KICK_OFF' | 'AFTER_CLOSING';

/**
 * Whether a new session fits the schedule: one kick-off, which comes first; one closing meeting,
 * which comes last; everything else in between. Empty when it fits.
 */
export function sessionFits(existing: readonly ScheduledSession[], added: ScheduledSession): SessionViolation[] {
  const at = added.startsAt.getTime();
  const kickOff = existing.find((s) => s.kind === 'KICK_OFF');
  const closing = existing.find((s) => s.kind === 'CLOSING');
  if (added.kind === 'KICK_OFF') {
    if (kickOff) return ['SECOND_KICK_OFF'];
    return existing.some((s) => s.startsAt.getTime() < at) ? ['KICK_OFF_NOT_FIRST'] : [];
  }
  if (added.kind === 'CLOSING') {
    if (closing) return ['SECOND_CLOSING'];
    return existing.some((s) => s.startsAt.getTime() > at) ? ['CLOSING_NOT_LAST'] : [];
  }
  const violations: SessionViolation[] = [];
  if (kickOff && at < kickOff.startsAt.getTime()) violations.push('BEFORE_KICK_OFF');
  if (closing && at > closing.startsAt.getTime()) violations.push('AFTER_CLOSING');
  return violations;
}

export const sessionViolationMessages: Readonly<Record<SessionViolation, Bilingual>> = {
  SECOND_KICK_OFF: { nl: 'De leergang heeft al een startbijeenkomst.', en: 'The track already has a kick-off.' },
  SECOND_CLOSING: { nl: 'De leergang heeft al een slotbijeenkomst.', en: 'The track already has a closing meeting.' },
  KICK_OFF_NOT_FIRST: {
    nl: 'De startbijeenkomst komt vóór alle andere bijeenkomsten.',
    en: 'The kick-off comes before every other session.',
  },
  CLOSING_NOT_LAST: { nl: 'De slotbijeenkomst komt na alle andere bijeenkomsten.', en: 'The closing meeting comes after every other session.' },
  BEFORE_KICK_OFF: { nl: 'Deze bijeenkomst ligt vóór de startbijeenkomst.', en: 'This session is before the kick-off.' },
  AFTER_CLOSING: { nl: 'Deze bijeenkomst ligt na de slotbijeenkomst.', en: 'This session is after the closing meeting.' },
};

export type SessionRemovalProblem = 'HAS_FEEDBACK' | 'HELD_WITH_TABLES';

/**
 * Why a session may not leave the schedule, or null when it may: feedback was given for it (the
 * feedback belongs to it), or it is held with theme tables (its meeting, with the cohort's cards,
 * is bound to it and is never deleted; without its session it would belong to nobody's audience).
 */
export function sessionRemovalProblem(facts: { feedback: boolean; heldWithTables: boolean }): SessionRemovalProblem | null {
  if (facts.feedback) return 'HAS_FEEDBACK';
  if (facts.heldWithTables) return 'HELD_WITH_TABLES';
  return null;
}

export const sessionRemovalMessages: Readonly<Record<SessionRemovalProblem, Bilingual>> = {
  HAS_FEEDBACK: {
    nl: 'Bij deze bijeenkomst is al feedback gegeven; ze blijft in het programma.',
    en: 'Feedback was given for this session; it stays in the schedule.',
  },
  HELD_WITH_TABLES: {
    nl: 'Deze bijeenkomst wordt met thematafels gehouden; ze blijft in het programma.',
    en: 'This session is held with theme tables; it stays in the schedule.',
  },
};
