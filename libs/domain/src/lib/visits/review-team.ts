import type { Bilingual } from '../messages';
import type { OrganisationPair } from '../programmes/pairs';
import { pairKey, pairSet } from '../programmes/pairs';

/** A visit's team has at least this many reviewers, from at least this many organisations, and one lead. */
export const TEAM_MIN_REVIEWERS = 2;
export const TEAM_MIN_ORGANISATIONS = 2;
/** A team larger than this stops being a conversation. */
export const TEAM_MAX_REVIEWERS = 8;

export interface TeamMember {
  userId: string;
  organisationId: string;
  lead: boolean;
}

export interface TeamFacts {
  hostOrganisationId: string;
  /** The organisations of the round, the host's included. */
  roundOrganisationIds: readonly string[];
  /** Declared conflicts between organisations (either side declared them). */
  conflicts: readonly OrganisationPair[];
  team: readonly TeamMember[];
}

export type AssignmentViolation = 'HOST_ORGANISATION' | 'NOT_IN_ROUND' | 'DECLARED_CONFLICT' | 'ALREADY_ON_TEAM' | 'TEAM_FULL';

/**
 * Why someone of this organisation may not review the host's visit, if anything: never the host
 * organisation, only another organisation of the round, never across a declared conflict with the host.
 */
function organisationViolation(organisationId: string | null, facts: TeamFacts, conflicts: ReadonlySet<string>): AssignmentViolation | null {
  if (organisationId === facts.hostOrganisationId) return 'HOST_ORGANISATION';
  if (!organisationId || !facts.roundOrganisationIds.includes(organisationId)) return 'NOT_IN_ROUND';
  if (conflicts.has(pairKey(organisationId, facts.hostOrganisationId))) return 'DECLARED_CONFLICT';
  return null;
}

/**
 * May this person join the visit's review team? Never someone of the host organisation, only
 * people of another organisation of the round, never across a declared conflict with the host.
 */
export function checkAssignment(candidate: { userId: string; organisationId: string | null }, facts: TeamFacts): AssignmentViolation[] {
  const violations: AssignmentViolation[] = [];
  const organisation = organisationViolation(candidate.organisationId, facts, pairSet(facts.conflicts));
  if (organisation) violations.push(organisation);
  if (facts.team.some((m) => m.userId === candidate.userId)) violations.push('ALREADY_ON_TEAM');
  else if (facts.team.length >= TEAM_MAX_REVIEWERS) violations.push('TEAM_FULL');
  return violations;
}

export type TeamViolation =
  | { code: 'TOO_FEW_REVIEWERS'; count: number }
  | { code: 'TOO_FEW_ORGANISATIONS'; count: number }
  | { code: 'NO_LEAD' }
  | { code: 'MORE_THAN_ONE_LEAD'; count: number }
  | { code: 'INELIGIBLE_MEMBER'; userId: string; violation: AssignmentViolation };

/** Is the team complete enough for the visit to be held and its findings shared? */
export function checkTeam(facts: TeamFacts): TeamViolation[] {
  const violations: TeamViolation[] = [];
  const { team } = facts;
  if (team.length < TEAM_MIN_REVIEWERS) violations.push({ code: 'TOO_FEW_REVIEWERS', count: team.length });
  const organisations = new Set(team.map((m) => m.organisationId)).size;
  if (organisations < TEAM_MIN_ORGANISATIONS) violations.push({ code: 'TOO_FEW_ORGANISATIONS', count: organisations });
  const leads = team.filter((m) => m.lead).length;
  if (leads === 0) violations.push({ code: 'NO_LEAD' });
  if (leads > 1) violations.push({ code: 'MORE_THAN_ONE_LEAD', count: leads });
  // Someone who became ineligible after joining (a conflict declared later) still counts against the
  // team: what checkAssignment says of their organisation (being on the team, or a full one, is no fault
  // of a member). The conflicts are looked up once for the whole team: a coordinator's task list asks
  // this of hundreds of teams per request.
  const conflicts = pairSet(facts.conflicts);
  for (const member of team) {
    const violation = organisationViolation(member.organisationId, facts, conflicts);
    if (violation) violations.push({ code: 'INELIGIBLE_MEMBER', userId: member.userId, violation });
  }
  return violations;
}

export const assignmentViolationMessages: Readonly<Record<AssignmentViolation, Bilingual>> = {
  HOST_ORGANISATION: {
    nl: 'Iemand van de gastgemeente kan het eigen bezoek niet reviewen.',
    en: 'Someone of the host municipality cannot review its own visit.',
  },
  NOT_IN_ROUND: {
    nl: 'Reviewers komen uit een andere gemeente van deze ronde.',
    en: 'Reviewers come from another municipality of this round.',
  },
  DECLARED_CONFLICT: {
    nl: 'Er is een belangenconflict gemeld tussen deze gemeente en de gastgemeente.',
    en: 'A conflict of interest has been declared between this municipality and the host.',
  },
  ALREADY_ON_TEAM: { nl: 'Deze persoon zit al in het reviewteam.', en: 'This person is already on the review team.' },
  TEAM_FULL: {
    nl: `Een reviewteam heeft hoogstens ${TEAM_MAX_REVIEWERS} reviewers.`,
    en: `A review team has at most ${TEAM_MAX_REVIEWERS} reviewers.`,
  },
};

/** What a coordinator or lead reads about an incomplete team. `nameOf` turns a user id into a name. */
export function teamViolationMessage(violation: TeamViolation, nameOf: (userId: string) => string = (id) => id): Bilingual {
  switch (violation.code) {
    case 'TOO_FEW_REVIEWERS':
      return {
        nl: `Een reviewteam heeft minstens ${TEAM_MIN_REVIEWERS} reviewers; dit team heeft er ${violation.count}.`,
        en: `A review team has at least ${TEAM_MIN_REVIEWERS} reviewers; this team has ${violation.count}.`,
      };
    case 'TOO_FEW_ORGANISATIONS':
      return {
        nl: `De reviewers komen uit minstens ${TEAM_MIN_ORGANISATIONS} verschillende gemeenten; nu uit ${violation.count}.`,
        en: `The reviewers come from at least ${TEAM_MIN_ORGANISATIONS} different municipalities; now from ${violation.count}.`,
      };
    case 'NO_LEAD':
      return { nl: 'Kies een teamleider.', en: 'Choose a lead reviewer.' };
    case 'MORE_THAN_ONE_LEAD':
      return { nl: 'Een team heeft één teamleider.', en: 'A team has one lead reviewer.' };
    case 'INELIGIBLE_MEMBER': {
      const reason = assignmentViolationMessages[violation.violation];
      return { nl: `${nameOf(violation.userId)}: ${reason.nl}`, en: `${nameOf(violation.userId)}: ${reason.en}` };
    }
  }
}
