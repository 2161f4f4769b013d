/** The GraphQL documents of the visits spec: a visit as its people read it, and the steps they take. */

export const VISIT = `query($id: ID!) {
  visit(id: $id) {
    id status version startsOn location replyDeadline myRelations
    hostOrganisation { name } round { status }
    agenda { startTime endTime topic partners }
    selfAssessment { submitted answers { key text } }
    preparationProblems { nl en }
    team { isLead user { id } organisation { id } }
    teamProblems { nl en }
    rights { readPreparation editPreparation manageTeam offerOwnReviewers addFinding markHeld shareFindings }
  }
}`;
export const PLAN = `mutation($input: UpdateVisitPlanInput!) { updateVisitPlan(input: $input) { version startsOn location agenda { startTime topic } } }`;
export const SAVE = `mutation($input: SaveSelfAssessmentInput!) { saveSelfAssessment(input: $input) { version selfAssessment { answers { key text } } } }`;
export const SUBMIT = `mutation($input: VisitStepInput!) { submitPreparation(input: $input) { status version } }`;
export const HELD = `mutation($input: VisitStepInput!) { markVisitHeld(input: $input) { status version } }`;
export const ASSIGN = `mutation($input: AssignReviewerInput!) { assignReviewer(input: $input) { team { isLead user { id } } } }`;
export const REMOVE = `mutation($input: ReviewerRefInput!) { removeReviewer(input: $input) { team { user { id } } } }`;
export const LEAD = `mutation($input: ReviewerRefInput!) { setVisitLead(input: $input) { team { isLead user { id } } } }`;
