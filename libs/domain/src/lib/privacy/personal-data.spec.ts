import { exportedLocations, locationsErasedBy, maskOtherEmails, NEVER_EXPORTED_COLUMNS, PERSONAL_DATA } from './personal-data';

describe('the catalogue of personal data', () => {
  it('names each location once, with a description in Dutch and English', () => {
    expect(new Set(PERSONAL_DATA.map((l) => l.key)).size).toBe(PERSONAL_DATA.length);
    for (const l of PERSONAL_DATA) expect([l.key, l.description.nl.length > 10, l.description.en.length > 10]).toEqual([l.key, true, true]);
  });

  it('downloads the account, memberships, authored content and audit entries, never reset links', () => {
    const keys = exportedLocations().map((l) => l.key);
    expect(keys).toEqual(
      expect.arrayContaining(['account', 'memberships', 'findings', 'comments', 'replies', 'applications', 'auditEntries', 'sessions', 'calendarFeeds']),
    );
    expect(keys).not.toContain('passwordResets');
  });

  it('deletes what is only the person’s, and keeps what the network’s records need', () => {
    expect(locationsErasedBy('delete').map((l) => l.table)).toEqual(
      expect.arrayContaining(['session', 'calendar_feed', 'password_reset', 'invitation', 'notification']),
    );
    expect(locationsErasedBy('keep').map((l) => l.table)).toEqual(expect.arrayContaining(['finding', 'finding_comment', 'host_response']));
    expect(locationsErasedBy('anonymise').map((l) => l.table)).toEqual(['app_user']);
    // Hosting a table: the table stays, the person is taken off it.
    expect(locationsErasedBy('unlink').map((l) => `${l.table}.${l.personColumn}`)).toEqual(['meeting_table.host_user_id']);
  });

  it('lists and scrubs the free text in which the network names the person: speakers, action owners, conversation partners', () => {
    const named = ['meeting_item.speaker', 'plan_action.owner', 'visit.agenda'];
    expect(locationsErasedBy('scrub').map((l) => `${l.table}.${l.personColumn}`)).toEqual(expect.arrayContaining(named));
    expect(exportedLocations().map((l) => `${l.table}.${l.personColumn}`)).toEqual(expect.arrayContaining(named));
  });

  it('never exports secrets', () => {
    expect(NEVER_EXPORTED_COLUMNS).toEqual(expect.arrayContaining(['password_hash', 'token_hash']));
  });

  it('masks other people’s e-mail addresses in audit payloads, keeping the person’s own', () => {
    expect(maskOtherEmails({ email: 'Ik@Example.nl', invited: ['ander@example.nl'], note: 'mail jan@x.org nu', n: 3 }, 'ik@example.nl')).toEqual({
      email: 'Ik@Example.nl',
      invited: ['[e-mailadres]'],
      note: 'mail [e-mailadres] nu',
      n: 3,
    });
  });
});
