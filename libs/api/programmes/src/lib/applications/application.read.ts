import { SCOPE, column, timestamp, type NodeRead } from '@kijkje/api/core';
import { OrganisationRead } from '@kijkje/api/networks';
import { WAITLIST_POSITION } from '../programmes.queries';

/** An application for a programme (compiled reads; see read-node.ts). */
export const ApplicationRead: NodeRead = {
  type: 'Application',
  fields: {
    id: column('id'),
    status: column('status'),
    reviewQuestion: column('review_question'),
    themes: column('themes'),
    preferredPeriod: column('preferred_period'),
    consent: column('consent'),
    submittedAt: timestamp('submitted_at'),
    version: column('version'),
    waitlistPosition: { value: { sql: (a) => `CASE WHEN ${a}.status = 'WAITLISTED' THEN ${WAITLIST_POSITION(a)} END` } },
    organisation: {
      one: { node: () => OrganisationRead, table: 'organisation', where: (a, o) => `${o}.id = ${a}.organisation_id AND ${o}.network_id = ${a}.network_id` },
    },
  },
};

/** A coordinator reads every application of a programme, a member their own organisation's (as ApplicationsService.forProgramme). */
export const APPLICATIONS_SEEN = (p: string, a: string): string =>
  `${a}.network_id = ${p}.network_id AND ${a}.programme_id = ${p}.id AND (${SCOPE.coordinator} OR ${a}.organisation_id = ${SCOPE.organisation})`;
