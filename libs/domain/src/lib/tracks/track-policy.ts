import { applicationsOpen, casesOpen, trackEditable, type TrackStatus } from './track-lifecycle';
import { mayApplyAgain, type ParticipantStatus } from './track-participation';

/**
 * Who may do what with a learning track, as pure functions; services ask these and nothing else.
 * A denial of something the person may not see reads as not-found; a refused step on something
 * they see reads as FORBIDDEN.
 */
export interface TrackStanding {
  /** A coordinator of the track's network: sets up the track and its facilitators. */
  coordinator: boolean;
  /** One of the facilitators assigned to this track (begeleider): runs it. */
  facilitator: boolean;
  /** May apply as a participant in this network (a member or coordinator, never a facilitator). */
  mayApply: boolean;
  /**
   * The person's own application to this track, if any. It counts only while they may apply: a
   * member who became a facilitator reaches only the tracks they are assigned to.
   */
  participation: ParticipantStatus | null;
}

export interface TrackRights {
  read: boolean;
  /** Title, description, capacity, facilitators and the steps open / start / close. */
  manage: boolean;
  /** Add and remove sessions of the schedule. */
  schedule: boolean;
  /** Accept or decline applications. */
  decide: boolean;
  /** Everyone who applied, with their status and feedback group. */
  seeCohort: boolean;
  /** Put participants into feedback groups. */
  formGroups: boolean;
  apply: boolean;
  withdraw: boolean;
  /** Keep one's own case: the steering question, its log, who may read it. */
  keepCase: boolean;
  /** Download the schedule's calendar file: its organisers and its participants (never an applicant or the waitlist). */
  calendar: boolean;
}

export function trackRights(standing: TrackStanding, status: TrackStatus): TrackRights {
  // An application counts only for someone who may take part: a place kept by a member who became a facilitator gives nothing.
  const s = standing.mayApply ? standing : { ...standing, participation: null };
  const organiser = s.coordinator || s.facilitator;
  const open = casesOpen(status);
  return {
    read: organiser || s.participation !== null || (s.mayApply && status !== 'DRAFT'),
    manage: s.coordinator && trackEditable(status),
    schedule: organiser && trackEditable(status),
    decide: organiser && open,
    seeCohort: organiser,
    formGroups: s.facilitator && open,
    apply: s.mayApply && applicationsOpen(status) && mayApplyAgain(s.participation),
    withdraw: open && (s.participation === 'SUBMITTED' || s.participation === 'WAITLISTED' || s.participation === 'ACCEPTED'),
    keepCase: open && s.participation === 'ACCEPTED',
    calendar: organiser || s.participation === 'ACCEPTED',
  };
}

/** Who is looking at a case, in relation to its track. */
export interface CaseViewer {
  userId: string;
  /** A coordinator of the network: sets up the track, but a case is not theirs to read. */
  coordinator: boolean;
  /** A facilitator assigned to this track. */
  facilitator: boolean;
  /** The viewer's own application to this track. */
  participation: ParticipantStatus | null;
  /** The viewer's feedback group in this track (formed by the facilitator), if any. */
  feedbackGroup: string | null;
}

/** The case as its visibility depends on it. */
export interface CaseFacts {
  ownerId: string;
  ownerStatus: ParticipantStatus;
  ownerGroup: string | null;
  /** The participant's choice: their feedback group may read the case as well as the facilitators. */
  sharedWithGroup: boolean;
}

/**
 * DOMAIN.md: a participant's case is visible to the facilitators of the track and, by the
 * participant's choice, to their feedback group: the other accepted participants the facilitator
 * put in the same group. Nobody else, the coordinator included.
 */
export function caseVisibleTo(viewer: CaseViewer, c: CaseFacts): boolean {
  if (viewer.userId === c.ownerId) return true;
  if (viewer.facilitator) return true;
  return (
    c.sharedWithGroup && c.ownerStatus === 'ACCEPTED' && c.ownerGroup !== null && viewer.participation === 'ACCEPTED' && viewer.feedbackGroup === c.ownerGroup
  );
}

/**
 * A portfolio (the case as a file to take away) is the participant's own end product: a copy that
 * leaves Kijkje is more than reading the page. The participant downloads it, and the facilitators
 * of the track who guide them; a peer of the feedback group reads a shared case but takes no copy,
 * and the coordinator, who may not read a case at all, takes none either.
 */
export function mayExportPortfolio(viewer: CaseViewer, c: CaseFacts): boolean {
  return viewer.userId === c.ownerId || viewer.facilitator;
}

export interface CaseRights {
  read: boolean;
  /** Download the case as a portfolio (mayExportPortfolio); never more than reading allows. */
  exportPortfolio: boolean;
  /** Write entries, change the question and who may read it: the owner, while the track runs. */
  edit: boolean;
  /** Leave feedback for a session: whoever may read the case, but the owner, while the track runs. */
  giveFeedback: boolean;
}

export function caseRights(viewer: CaseViewer, c: CaseFacts, status: TrackStatus): CaseRights {
  const read = caseVisibleTo(viewer, c);
  const own = viewer.userId === c.ownerId;
  const open = casesOpen(status);
  return {
    read,
    exportPortfolio: read && mayExportPortfolio(viewer, c),
    edit: own && open && c.ownerStatus === 'ACCEPTED',
    giveFeedback: read && !own && open && (viewer.facilitator || viewer.participation === 'ACCEPTED'),
  };
}
