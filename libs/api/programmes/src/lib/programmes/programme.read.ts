import { SCOPE, compiledRoot, column, rootArg, timestamp, type NodeRead, type RootRead } from '@kijkje/api/core';
import { can } from '@kijkje/domain';
import { APPLICATIONS_SEEN, ApplicationRead } from '../applications/application.read';
import { PLACES_TAKEN, WAITLIST_LENGTH } from '../programmes.queries';

/** A programme's own fields (compiled reads; see read-node.ts). */
export const ProgrammeRead: NodeRead = {
  type: 'Programme',
  fields: {
    id: column('id'),
    name: column('name'),
    description: column('description'),
    themes: column('themes'),
    signUpOpensAt: timestamp('sign_up_opens_at'),
    signUpClosesAt: timestamp('sign_up_closes_at'),
    places: column('places'),
    defaultSharing: column('default_sharing'),
    preparationDaysBefore: column('preparation_days_before'),
    replyDays: column('reply_days'),
    reportWeeksAfter: column('report_weeks_after'),
    progressReviewMonths: column('progress_review_months'),
    status: column('status'),
    version: column('version'),
    createdAt: timestamp('created_at'),
    placesTaken: { value: { sql: (p) => PLACES_TAKEN(p) } },
    waitlistLength: { value: { sql: (p) => WAITLIST_LENGTH(p) } },
    applications: {
      many: {
        node: () => ApplicationRead,
        table: 'application',
        where: APPLICATIONS_SEEN,
        orderBy: (a) => `${a}.submitted_at ASC, ${a}.id ASC`,
        when: { facts: [], value: (_, ctx) => can(ctx.actor!, 'application.list') },
      },
    },
  },
};

/** `programme(id)`: any member of the network, as ProgrammesService.get. */
export const PROGRAMME_BY_ID: RootRead = {
  node: ProgrammeRead,
  table: 'programme',
  where: (p) => `${p}.network_id = ${SCOPE.network} AND ${p}.id = ${rootArg(0)}::uuid`,
};

compiledRoot('programme', { root: PROGRAMME_BY_ID, action: 'programme.list' });
