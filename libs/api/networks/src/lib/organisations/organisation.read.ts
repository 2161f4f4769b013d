import { SCOPE, column, compiledRoot, timestamp, type NodeRead } from '@kijkje/api/core';

/** An organisation of the network (compiled reads; see read-node.ts). */
export const OrganisationRead: NodeRead = {
  type: 'Organisation',
  fields: {
    id: column('id'),
    name: column('name'),
    kind: column('kind'),
    cbsCode: column('cbs_code'),
    province: column('province'),
    population: column('population'),
    createdAt: timestamp('created_at'),
  },
};

/** `organisations`: those of the caller's network, by name, as OrganisationsService.list. */
compiledRoot('organisations', {
  root: { node: OrganisationRead, table: 'organisation', where: (o) => `${o}.network_id = ${SCOPE.network}`, orderBy: (o) => `${o}.name ASC` },
  action: 'organisation.list',
});
