import { addDays, dutchToday } from '@kijkje/domain';

/** The GraphQL documents of learning tracks, as the tests send them. */
export const TRACK_FIELDS = `id title status version capacity acceptedCount waitlistCount isFacilitator myStatus
  facilitators { userId name } sessions { id kind title startsAt endsAt place version }
  myApplication { id status waitlistPosition feedbackGroup }
  cohort { id name status waitlistPosition feedbackGroup motivation } readableCases { participantId name feedbackGroup }
  canManage canSchedule canDecide canFormGroups canApply canWithdraw canKeepCase canAddToCalendar`;
export const CASE_FIELDS = `participantId trackTitle ownerName mine question sharedWithGroup feedbackGroup version canEdit canGiveFeedback canExportPortfolio
  entries { id day text version } feedback { id sessionId sessionTitle authorName mine text } sessions { id kind }`;
export const CREATE = `mutation($input: TrackFieldsInput!) { createTrack(input: $input) { ${TRACK_FIELDS} } }`;
export const UPDATE = `mutation($input: UpdateTrackInput!) { updateTrack(input: $input) { ${TRACK_FIELDS} } }`;
export const STEP = `mutation($input: TrackStepInput!) { stepTrack(input: $input) { ${TRACK_FIELDS} } }`;
export const ASSIGN = `mutation($input: TrackFacilitatorInput!) { assignTrackFacilitator(input: $input) { ${TRACK_FIELDS} } }`;
export const UNASSIGN = `mutation($input: TrackFacilitatorInput!) { removeTrackFacilitator(input: $input) { ${TRACK_FIELDS} } }`;
export const ADD_SESSION = `mutation($input: AddTrackSessionInput!) { addTrackSession(input: $input) { ${TRACK_FIELDS} } }`;
export const UPDATE_SESSION = `mutation($input: UpdateTrackSessionInput!) { updateTrackSession(input: $input) { ${TRACK_FIELDS} } }`;
export const REMOVE_SESSION = `mutation($id: ID!) { removeTrackSession(sessionId: $id) { ${TRACK_FIELDS} } }`;
export const HOLD_WITH_TABLES = `mutation($id: ID!) { holdTrackSessionWithTables(sessionId: $id) { ${TRACK_FIELDS} sessions { id meetingId } } }`;
export const TRACK = `query($id: ID!) { track(id: $id) { ${TRACK_FIELDS} } }`;
export const TRACKS = `{ tracks { id title status myStatus isFacilitator } }`;
export const APPLY = `mutation($input: ApplyForTrackInput!) { applyForTrack(input: $input) { ${TRACK_FIELDS} } }`;
export const WITHDRAW = `mutation($id: ID!) { withdrawFromTrack(trackId: $id) { ${TRACK_FIELDS} } }`;
export const DECIDE = `mutation($input: DecideTrackApplicationInput!) { decideTrackApplication(input: $input) { ${TRACK_FIELDS} } }`;
export const GROUP = `mutation($input: TrackFeedbackGroupInput!) { setTrackFeedbackGroup(input: $input) { ${TRACK_FIELDS} } }`;
export const CASE = `query($id: ID!) { trackCase(participantId: $id) { ${CASE_FIELDS} } }`;
export const UPDATE_CASE = `mutation($input: UpdateMyTrackCaseInput!) { updateMyTrackCase(input: $input) { ${CASE_FIELDS} } }`;
export const ADD_ENTRY = `mutation($input: AddTrackCaseEntryInput!) { addTrackCaseEntry(input: $input) { ${CASE_FIELDS} } }`;
export const UPDATE_ENTRY = `mutation($input: UpdateTrackCaseEntryInput!) { updateTrackCaseEntry(input: $input) { ${CASE_FIELDS} } }`;
export const FEEDBACK = `mutation($input: GiveTrackFeedbackInput!) { giveTrackFeedback(input: $input) { ${CASE_FIELDS} } }`;

export const session = (trackId: string, kind: string, days: number, title = kind) => ({
  trackId,
  kind,
  title,
  day: addDays(dutchToday(), days),
  startTime: '13:30',
  endTime: '17:00',
  place: 'Vrije Universiteit',
});
