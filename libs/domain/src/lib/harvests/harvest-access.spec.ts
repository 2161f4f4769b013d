import type { Actor } from '../roles';
import type { HarvestReader, HarvestReadTarget } from './harvest-access';
import { canReadHarvest, harvestReader } from './harvest-access';

const coordinator: HarvestReader = { kind: 'coordinator', networkId: 'n1' };
const member: HarvestReader = { kind: 'member', networkId: 'n1' };
const otherCoordinator: HarvestReader = { kind: 'coordinator', networkId: 'n2' };
const otherMember: HarvestReader = { kind: 'member', networkId: 'n2' };
const visitor: HarvestReader = { kind: 'public' };

const draft: HarvestReadTarget = { networkId: 'n1', state: 'DRAFT' };
const network: HarvestReadTarget = { networkId: 'n1', state: 'PUBLISHED', visibility: 'NETWORK' };
const open: HarvestReadTarget = { networkId: 'n1', state: 'PUBLISHED', visibility: 'PUBLIC' };

describe('canReadHarvest (DOMAIN.md, "Who may see what")', () => {
  it.each<[string, HarvestReader, [boolean, boolean, boolean]]>([
    //                                          draft  network public
    ['the coordinator', coordinator, [true, true, true]],
    ['a network member', member, [false, true, true]],
    ['a coordinator of another network', otherCoordinator, [false, false, true]],
    ['a member of another network', otherMember, [false, false, true]],
    ['a public visitor', visitor, [false, false, true]],
  ])('%s', (_, reader, [readsDraft, readsNetwork, readsPublic]) => {
    expect([canReadHarvest(reader, draft), canReadHarvest(reader, network), canReadHarvest(reader, open)]).toEqual([readsDraft, readsNetwork, readsPublic]);
  });
});

describe('harvestReader', () => {
  const actor = (membership: Actor['membership'], isPlatformAdmin = false): Actor => ({ userId: 'u1', isPlatformAdmin, membership });

  it.each<[string, Actor | null, string | null, HarvestReader]>([
    ['no session', null, null, visitor],
    ['a coordinator', actor({ role: 'COORDINATOR', organisationId: null, active: true }), 'n1', coordinator],
    ['a member', actor({ role: 'MEMBER', organisationId: 'o1', active: true }), 'n1', member],
    ['a deactivated member', actor({ role: 'MEMBER', organisationId: 'o1', active: false }), 'n1', visitor],
    ['a platform admin without membership', actor(null, true), 'n1', visitor],
    ['a member without a current network', actor({ role: 'MEMBER', organisationId: 'o1', active: true }), null, visitor],
    // A facilitator reads what the public reads: a NETWORK version of their own network is not theirs.
    ['a facilitator', actor({ role: 'FACILITATOR', organisationId: null, active: true }), 'n1', visitor],
  ])('%s', (_, a, networkId, reader) => {
    expect(harvestReader(a, networkId)).toEqual(reader);
  });

  it('gives a deactivated coordinator no draft', () => {
    const reader = harvestReader(actor({ role: 'COORDINATOR', organisationId: null, active: false }), 'n1');
    expect(canReadHarvest(reader, draft)).toBe(false);
    expect(canReadHarvest(reader, open)).toBe(true);
  });
});
