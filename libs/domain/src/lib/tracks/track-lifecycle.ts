import type { Bilingual } from '../messages';

/**
 * A learning track (leergang, veranderlab): DRAFT while the coordinator prepares it, OPEN while
 * people apply, RUNNING once the cohort works on its cases, CLOSED when the portfolios are done.
 */
export const TRACK_STATUSES = ['DRAFT', 'OPEN', 'RUNNING', 'CLOSED'] as const;
export type TrackStatus = (typeof TRACK_STATUSES)[number];

export const TRACK_STEPS = ['OPEN', 'START', 'CLOSE'] as const;
export type TrackStep = (typeof TRACK_STEPS)[number];

const STEP: Readonly<Record<TrackStep, { from: TrackStatus; to: Exclude<TrackStatus, 'DRAFT'> }>> = {
  OPEN: { from: 'DRAFT', to: 'OPEN' },
  START: { from: 'OPEN', to: 'RUNNING' },
  CLOSE: { from: 'RUNNING', to: 'CLOSED' },
};

export type TrackStepViolation = 'STEP_NOT_POSSIBLE' | 'NO_FACILITATOR' | 'NO_PARTICIPANTS';

/**
 * Where a step leads, or why it cannot be taken: a track opens for applications only once someone
 * runs it (a facilitator), and starts only with at least one accepted participant.
 */
export function trackStep(
  status: TrackStatus,
  step: TrackStep,
  facts: { facilitators: number; accepted: number },
): { to: Exclude<TrackStatus, 'DRAFT'> } | { violation: TrackStepViolation } {
  const rule = STEP[step];
  if (rule.from !== status) return { violation: 'STEP_NOT_POSSIBLE' };
  if (step === 'OPEN' && facts.facilitators < 1) return { violation: 'NO_FACILITATOR' };
  if (step === 'START' && facts.accepted < 1) return { violation: 'NO_PARTICIPANTS' };
  return { to: rule.to };
}

export const trackStepMessages: Readonly<Record<TrackStepViolation, Bilingual>> = {
  STEP_NOT_POSSIBLE: { nl: 'Deze stap kan nu niet.', en: 'This step is not possible now.' },
  NO_FACILITATOR: {
    nl: 'Wijs eerst een begeleider toe: die beoordeelt de aanmeldingen en leidt de leergang.',
    en: 'Assign a facilitator first: they decide on the applications and run the track.',
  },
  NO_PARTICIPANTS: { nl: 'Laat eerst ten minste één deelnemer toe.', en: 'Accept at least one participant first.' },
};

/** People apply only while the track is open. */
export function applicationsOpen(status: TrackStatus): boolean {
  return status === 'OPEN';
}

/** Cases are written and discussed from acceptance until the track closes; then they are the portfolio. */
export function casesOpen(status: TrackStatus): boolean {
  return status === 'OPEN' || status === 'RUNNING';
}

/** The frame (title, description, capacity, facilitators) and the schedule change until the track closes. */
export function trackEditable(status: TrackStatus): boolean {
  return status !== 'CLOSED';
}

/** Once a track is open, someone runs it: its last facilitator cannot be taken off (assign another first). */
export function facilitatorRemovable(status: TrackStatus, facilitatorsAfter: number): boolean {
  return status === 'DRAFT' || facilitatorsAfter >= 1;
}

/**
 * An open or running track without a facilitator needs one: nobody runs its sessions or reads its
 * cases. Taking off the last one by hand is refused (facilitatorRemovable), but a facilitator's role
 * in the network can change, or their membership end, without asking the track; then the track
 * shows that it needs one and the coordinators are told, so they assign another.
 */
export function trackNeedsFacilitator(status: TrackStatus, facilitators: number): boolean {
  return (status === 'OPEN' || status === 'RUNNING') && facilitators < 1;
}
