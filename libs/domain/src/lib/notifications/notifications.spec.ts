import { DEFAULT_DELIVERY, NOTIFICATION_KINDS, NOTIFICATION_TITLES, deliveryFor, deliverySettings, notificationPath } from './notifications';

describe('notification deliveries', () => {
  it('falls back to the default for a kind not chosen, or chosen with a value it does not know', () => {
    expect(deliveryFor({}, 'REPLY_RECEIVED')).toBe('DIGEST');
    expect(deliveryFor(null, 'FINDINGS_SHARED')).toBe('SINGLE');
    expect(deliveryFor({ FINDINGS_SHARED: 'LOUD' }, 'FINDINGS_SHARED')).toBe('SINGLE');
    expect(deliveryFor({ FINDINGS_SHARED: 'OFF' }, 'FINDINGS_SHARED')).toBe('OFF');
  });

  it('lists every kind once, with a title in both languages and a default', () => {
    const listed = deliverySettings({ HARVEST_PUBLISHED: 'SINGLE' });
    expect(listed.map((s) => s.kind)).toEqual([...NOTIFICATION_KINDS]);
    expect(listed.find((s) => s.kind === 'HARVEST_PUBLISHED')!.delivery).toBe('SINGLE');
    for (const kind of NOTIFICATION_KINDS) {
      expect(NOTIFICATION_TITLES[kind].nl).toBeTruthy();
      expect(NOTIFICATION_TITLES[kind].en).toBeTruthy();
      expect(DEFAULT_DELIVERY[kind]).toMatch(/^(OFF|SINGLE|DIGEST)$/);
    }
  });

  it('leads to the page of the subject', () => {
    expect(notificationPath('REPORT_SHARED', 'visit', 'v1')).toBe('/bezoeken/v1/verslag');
    expect(notificationPath('FINDINGS_SHARED', 'visit', 'v1')).toBe('/bezoeken/v1');
    expect(notificationPath('REPLY_RECEIVED', 'visit', 'v1')).toBe('/bezoeken/v1/bevindingen');
    expect(notificationPath('ADDED_TO_VISIT_TEAM', 'visit', 'v1')).toBe('/bezoeken/v1');
    expect(notificationPath('DEADLINE_REMINDER', 'visit', 'v1')).toBe('/bezoeken/v1');
    expect(notificationPath('HARVEST_PUBLISHED', 'harvest', 'h1')).toBe('/oogsten');
    expect(notificationPath('PLACED_IN_PROGRAMME', 'programme', 'p1')).toBe('/programmas/p1');
    expect(notificationPath('ACTION_PLAN_SHARED', 'visit', 'v1')).toBe('/bezoeken/v1/verbeterplan');
    expect(notificationPath('MEMBERSHIP_REQUESTED', 'membership', 'm1')).toBe('/netwerk/mensen');
    expect(notificationPath('MEETING_REPORT_PUBLISHED', 'meeting', 'w1')).toBe('/bijeenkomsten/w1');
    expect(notificationPath('MEETING_REMINDER', 'meeting', 'w1')).toBe('/bijeenkomsten/w1');
    expect(notificationPath('TRACK_SESSION_REMINDER', 'track', 't1')).toBe('/leergangen/t1');
    expect(notificationPath('TRACK_WITHOUT_FACILITATOR', 'track', 't1')).toBe('/leergangen/t1');
  });
});
