import { column, type NodeRead } from '../read-plan/read-node';

/** A person as others see them on a page: their name (compiled reads; see read-node.ts). */
export const UserRead: NodeRead = {
  type: 'User',
  fields: { id: column('id'), name: column('name') },
};
