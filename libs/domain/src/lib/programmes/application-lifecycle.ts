import type { Bilingual } from '../messages';
import type { ProgrammeStatus } from './programme-lifecycle';
import type { RoundStatus } from './round-lifecycle';

export const APPLICATION_STATUSES = ['SUBMITTED', 'ACCEPTED', 'WAITLISTED', 'PLACED', 'WITHDRAWN', 'DECLINED'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/**
 * SUBMITTED → ACCEPTED | WAITLISTED; WAITLISTED → ACCEPTED (promoted); ACCEPTED → PLACED (in a round);
 * PLACED → ACCEPTED (taken out of a round while composing); any open application → WITHDRAWN
 * (by the organisation) or DECLINED (by the coordinator). WITHDRAWN and DECLINED are final.
 */
export const applicationTransitions: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  SUBMITTED: ['ACCEPTED', 'WAITLISTED', 'WITHDRAWN', 'DECLINED'],
  ACCEPTED: ['PLACED', 'WITHDRAWN', 'DECLINED'],
  WAITLISTED: ['ACCEPTED', 'WITHDRAWN', 'DECLINED'],
  PLACED: ['ACCEPTED', 'WITHDRAWN', 'DECLINED'],
  WITHDRAWN: [],
  DECLINED: [],
};

export type ApplicationTransitionViolation = 'TRANSITION_NOT_ALLOWED';

/** Violations of an application status change; empty when allowed. */
export function canTransitionApplication(from: ApplicationStatus, to: ApplicationStatus): ApplicationTransitionViolation[] {
  return applicationTransitions[from].includes(to) ? [] : ['TRANSITION_NOT_ALLOWED'];
}

/** Statuses that take one of the programme's places. */
export const PLACE_HOLDING_STATUSES: readonly ApplicationStatus[] = ['ACCEPTED', 'PLACED'];

export function holdsPlace(status: ApplicationStatus): boolean {
  return PLACE_HOLDING_STATUSES.includes(status);
}

/** An application that is not withdrawn or declined. */
export function isApplicationOpen(status: ApplicationStatus): boolean {
  return applicationTransitions[status].length > 0;
}

export type ApplicationReleaseViolation = ApplicationTransitionViolation | 'ROUND_STARTED';

/**
 * May an application end (WITHDRAWN by its organisation, DECLINED by the coordinator) now?
 * A PLACED application sits in a round (`roundStatus`): while that round is COMPOSING it leaves
 * the round with it, so its place can go to the waitlist; once the round has started the
 * organisation hosts a visit and reviews others, so ending it is refused (the round would drop
 * below its size and lose a host mid-way). Empty when allowed.
 */
export function checkApplicationRelease(input: {
  status: ApplicationStatus;
  to: 'WITHDRAWN' | 'DECLINED';
  roundStatus: RoundStatus | null;
}): ApplicationReleaseViolation[] {
  if (canTransitionApplication(input.status, input.to).length) return ['TRANSITION_NOT_ALLOWED'];
  if (input.status === 'PLACED' && input.roundStatus !== null && input.roundStatus !== 'COMPOSING') return ['ROUND_STARTED'];
  return [];
}

export const APPLICATION_VIOLATIONS = ['NOT_OPEN', 'WINDOW_NOT_STARTED', 'WINDOW_CLOSED', 'ALREADY_APPLIED'] as const;
export type ApplicationViolation = (typeof APPLICATION_VIOLATIONS)[number];

/**
 * May an organisation sign up now? Violations in a fixed order; empty when allowed.
 * The window opens at `opensAt` (inclusive) and closes at `closesAt` (exclusive); a missing bound
 * does not restrict. `alreadyApplied`: the organisation has an application for this programme
 * (one per organisation per programme; the caller decides whether a withdrawn one counts).
 */
export function checkApplicationAllowed(input: {
  programmeStatus: ProgrammeStatus;
  window: { opensAt: Date | null; closesAt: Date | null };
  now: Date;
  alreadyApplied: boolean;
}): ApplicationViolation[] {
  const violations: ApplicationViolation[] = [];
  const now = input.now.getTime();
  if (input.programmeStatus !== 'OPEN') violations.push('NOT_OPEN');
  if (input.window.opensAt && now < input.window.opensAt.getTime()) violations.push('WINDOW_NOT_STARTED');
  if (input.window.closesAt && now >= input.window.closesAt.getTime()) violations.push('WINDOW_CLOSED');
  if (input.alreadyApplied) violations.push('ALREADY_APPLIED');
  return violations;
}

/** What a person reads when a sign-up or application change is refused: Dutch first. */
export const applicationViolationMessages: Readonly<Record<ApplicationViolation | ApplicationReleaseViolation, Bilingual>> = {
  NOT_OPEN: {
    nl: 'Aanmelden voor dit programma is niet mogelijk: de aanmelding is niet open.',
    en: 'Signing up for this programme is not possible: sign-ups are not open.',
  },
  WINDOW_NOT_STARTED: {
    nl: 'De aanmeldperiode is nog niet begonnen.',
    en: 'The sign-up period has not started yet.',
  },
  WINDOW_CLOSED: {
    nl: 'De aanmeldperiode is voorbij.',
    en: 'The sign-up period has ended.',
  },
  ALREADY_APPLIED: {
    nl: 'Uw organisatie heeft zich al aangemeld voor dit programma.',
    en: 'Your organisation has already signed up for this programme.',
  },
  TRANSITION_NOT_ALLOWED: {
    nl: 'Deze wijziging van de aanmelding is niet mogelijk in de huidige status.',
    en: 'This change to the application is not possible in its current status.',
  },
  ROUND_STARTED: {
    nl: 'Deze organisatie zit in een ronde die al gestart is; de aanmelding kan niet meer worden ingetrokken of afgewezen. Overleg met de netwerkcoördinator.',
    en: 'This organisation is in a round that has already started; the application can no longer be withdrawn or declined. Talk to the network coordinator.',
  },
};
