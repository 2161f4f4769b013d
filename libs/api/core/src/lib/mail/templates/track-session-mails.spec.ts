import type { Language } from '@kijkje/domain';
import { renderMail } from './mail-layout';
import { trackSessionMail, trackSessionReminderMail, type TrackSessionMailKind } from './track-session-mails';

/** A session title that tries to inject markup, and the link of the session's theme tables. */
const EVIL = '<b>Werksessie</b> & "Sturing"';
const TABLES = 'https://kijkje.example/bijeenkomsten/5f0c2b9e-0000-4000-8000-000000000001?x=1&y=2';
const TRACK = 'https://kijkje.example/leergangen/7';
const start = new Date('2030-05-14T11:30:00Z');
const end = new Date('2030-05-14T15:00:00Z');
const withTables = { title: EVIL, start, end, place: 'VU', tablesLink: TABLES };
const without = { title: 'Slotbijeenkomst', start, end, place: '' };
const SENTENCE = {
  nl: 'wordt gehouden met thematafels. Op deze pagina staan de tafels, wie waar zit en de drie vragen:',
  en: 'is held with theme tables. This page shows the tables, who sits where and the three questions:',
};

const mail = (kind: TrackSessionMailKind, language: Language, sessions = [withTables, without]) =>
  renderMail(
    trackSessionMail(
      { name: 'Lieke', language },
      {
        kind,
        track: 'Veranderlab',
        sessions,
        facilitator: false,
        calendar: ['REMOVED', 'TRACK_CLOSED', 'LEFT'].includes(kind) ? 'CANCEL' : 'PUBLISH',
        link: TRACK,
      },
    ),
  );
const reminder = (language: Language, session: typeof withTables | typeof without) =>
  renderMail(trackSessionReminderMail({ name: 'Lieke', language }, { track: 'Veranderlab', session, stage: 'DAY_BEFORE', link: TRACK, settingsLink: TRACK }));

/** The tables' link as an HTML link (attribute and visible text) after the sentence, and bare on its own line in the text after it. */
function expectTablesLink(rendered: { html: string; text: string }, language: Language) {
  const href = TABLES.replace(/&/g, '&amp;');
  expect(rendered.html).toContain(`href="${href}"`);
  expect(rendered.html).toContain(`>${href}</a>`);
  expect(rendered.html).toContain(`&lt;b&gt;Werksessie&lt;/b&gt; &amp; &quot;Sturing&quot; ${SENTENCE[language]}`);
  expect(rendered.html).not.toContain('<b>Werksessie');
  const lines = rendered.text.split('\n');
  expect(lines[lines.indexOf(TABLES) - 1]).toBe(`${EVIL} ${SENTENCE[language]}`);
}

describe('track session mails of a session held with theme tables', () => {
  it.each<[TrackSessionMailKind, Language]>([
    ['MOVED', 'nl'],
    ['MOVED', 'en'],
    ['JOINED', 'nl'],
    ['JOINED', 'en'],
    ['ADDED', 'nl'],
  ])('%s (%s) leads to its tables, in HTML and text', (kind, language) => {
    const rendered = mail(kind, language);
    expectTablesLink(rendered, language);
    // Once: the session without tables has no such sentence.
    expect(rendered.text.split(SENTENCE[language])).toHaveLength(2);
    expect(rendered.text.split('\n')).toContain(TRACK);
  });

  it.each<[TrackSessionMailKind, Language]>([
    ['LEFT', 'nl'],
    ['LEFT', 'en'],
    ['TRACK_CLOSED', 'nl'],
    ['REMOVED', 'en'],
  ])('%s (%s), a cancellation, does not lead to the tables', (kind, language) => {
    const rendered = mail(kind, language);
    expect(rendered.html).not.toContain('/bijeenkomsten/');
    expect(rendered.text).not.toContain(SENTENCE[language]);
  });

  it.each<Language>(['nl', 'en'])('leave the tables out of an invitation for sessions without them (%s)', (language) => {
    const rendered = mail('JOINED', language, [without]);
    expect(rendered.html).not.toContain('/bijeenkomsten/');
    expect(rendered.text).not.toContain(SENTENCE[language]);
  });

  it.each<Language>(['nl', 'en'])('remind of the session and lead to its tables (%s)', (language) => {
    const rendered = reminder(language, withTables);
    expectTablesLink(rendered, language);
    expect(rendered.text).toMatch(language === 'nl' ? /Een herinnering/ : /A reminder/);
    expect(rendered.text.split('\n')).toContain(TRACK);
  });

  it.each<Language>(['nl', 'en'])('remind of a session without tables as before (%s)', (language) => {
    const rendered = reminder(language, without);
    expect(rendered.html).not.toContain('/bijeenkomsten/');
    expect(rendered.text).not.toContain(SENTENCE[language]);
  });
});
