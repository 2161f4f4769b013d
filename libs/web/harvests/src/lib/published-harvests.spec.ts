import { groupPublishedHarvests, versionPath, type PublishedVersion } from './published-harvests';

function version(harvestId: string, number: number, publishedAt: string, extra: Partial<PublishedVersion> = {}): PublishedVersion {
  return {
    harvestId,
    number,
    title: `Oogst ${harvestId}`,
    slug: `oogst-${harvestId}`,
    programme: 'Sturen met Kwaliteit 2025',
    visibility: 'NETWORK',
    publishedAt,
    publicPath: null,
    ...extra,
  };
}

describe('groupPublishedHarvests', () => {
  it('shows each harvest once, its newest version first and the earlier ones behind it', () => {
    const groups = groupPublishedHarvests([
      version('a', 2, '2026-03-02T10:00:00Z'),
      version('b', 1, '2026-03-01T10:00:00Z'),
      version('a', 1, '2026-02-01T10:00:00Z'),
    ]);
    expect(groups.map((group) => [group.harvestId, group.latest.number, group.older.map((older) => older.number)])).toEqual([
      ['a', 2, [1]],
      ['b', 1, []],
    ]);
  });

  it('orders harvests by their newest publication, whatever order the versions come in', () => {
    const groups = groupPublishedHarvests([version('old', 1, '2025-01-01T00:00:00Z'), version('new', 1, '2026-01-01T00:00:00Z')]);
    expect(groups.map((group) => group.harvestId)).toEqual(['new', 'old']);
  });

  it('links the public page when a version was published publicly, also if the newest is for the network only', () => {
    const groups = groupPublishedHarvests([
      version('a', 2, '2026-03-02T10:00:00Z'),
      version('a', 1, '2026-02-01T10:00:00Z', { visibility: 'PUBLIC', publicPath: '/oogst/oogst-a' }),
      version('b', 1, '2026-01-01T10:00:00Z'),
    ]);
    expect(groups.map((group) => group.publicPath)).toEqual(['/oogst/oogst-a', null]);
  });

  it('is empty without versions', () => {
    expect(groupPublishedHarvests([])).toEqual([]);
  });
});

describe('versionPath', () => {
  it('is the read-only version page', () => {
    expect(versionPath({ harvestId: '0b5f', number: 3 })).toBe('/oogsten/0b5f/versies/3');
  });
});
