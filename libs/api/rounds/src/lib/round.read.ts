import { SCOPE, compiledRoot, column, rootArg, timestamp, type NodeRead, type RootRead } from '@kijkje/api/core';
import { OrganisationRead } from '@kijkje/api/networks';
import { ROUND_OF_ORGANISATION } from './rounds.queries';

/** A round and the organisations in it (compiled reads; see read-node.ts). Its visits are read by the visits context. */
export const RoundRead: NodeRead = {
  type: 'Round',
  fields: {
    id: column('id'),
    name: column('name'),
    status: column('status'),
    version: column('version'),
    createdAt: timestamp('created_at'),
    organisations: {
      many: {
        node: () => OrganisationRead,
        table: 'organisation',
        where: (r, o) => `${o}.network_id = ${r}.network_id AND ${o}.id IN (
          SELECT a.organisation_id FROM round_member m JOIN application a ON a.id = m.application_id AND a.network_id = m.network_id
           WHERE m.network_id = ${r}.network_id AND m.round_id = ${r}.id)`,
        orderBy: (o) => `${o}.name ASC`,
      },
    },
  },
};

/** `round(id)`: for the coordinator and the round's own members, as RoundsService.get. */
export const ROUND_BY_ID: RootRead = {
  node: RoundRead,
  table: 'round',
  where: (r) =>
    `${r}.network_id = ${SCOPE.network} AND ${r}.id = ${rootArg(0)}::uuid AND (${SCOPE.coordinator} OR ${ROUND_OF_ORGANISATION(r, SCOPE.organisation)})`,
};

compiledRoot('round', { root: ROUND_BY_ID, action: 'programme.list' });
