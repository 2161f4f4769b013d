import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expectPage } from './support/app';
import { captureFinding, dayFromToday, expectNoHorizontalScroll, findingCards, menu, openBoard, openVisit, PEOPLE, signInAs } from './support/visits';

const CONCERN = 'De wachttijd voor huishoudelijke hulp loopt op: gemiddeld negen weken.';
const STRENGTH = 'Het wijkteam kent de inwoners bij naam en werkt vanuit de vraag achter de vraag.';
const DRAFT = 'Nog navragen bij de GGD hoe de cijfers over eenzaamheid tot stand komen.';
const CORRECTION = 'De wachttijd is sinds maart gehalveerd tot vier weken.';
const PHONE_DRAFT = 'Op de telefoon genoteerd: de wijkteams willen zelf over budget beslissen.';
const REFINED_QUESTION = 'Hoe houden wij de wachttijd voor huishoudelijke hulp kort, samen met de wijkteams?';

test.use({ actionTimeout: 15_000 });

test('a visit from preparation to hoor en wederhoor: prepare, team, live findings, share, reply, release', async ({ browser }) => {
  // Four people through the whole visit, with an accessibility check at every step: room for a busy machine.
  test.setTimeout(480_000);

  // Lieke Lid (Utrecht) prepares the visit her municipality hosts, step by step.
  const lieke = await signInAs(browser, PEOPLE.lieke.email);
  const visitPath = await openVisit(lieke.page, 'Utrecht');
  const host = lieke.page;
  await expect(host.getByTestId('visit-status')).toHaveText('Gepland');
  // The review question of Utrecht's application travels with the visit; Lieke sharpens it while preparing.
  const question = host.getByTestId('visit-review-question');
  const asked = ((await question.textContent()) ?? '').trim();
  expect(asked.length).toBeGreaterThanOrEqual(10);
  const questionField = host.getByLabel('Reviewvraag', { exact: true });
  await expect(questionField).toHaveValue(asked);
  await questionField.fill(REFINED_QUESTION);
  await host.getByRole('button', { name: 'Reviewvraag opslaan' }).click();
  await expect(host.getByTestId('review-question-saved')).toHaveText('De reviewvraag is opgeslagen.');
  await expect(question).toContainText(REFINED_QUESTION);
  await expect(question).toContainText('Aangescherpt door de gastgemeente tijdens de voorbereiding.');
  const steps = host.getByRole('navigation', { name: 'Stappen van de voorbereiding' });
  const step = (name: string) => steps.getByRole('link', { name, exact: true });
  const stepHeading = host.getByRole('heading', { level: 3, name: /^Stap \d van 6: / });
  const progress = host.getByTestId('preparation-progress');
  const status = host.getByTestId('autosave-status');
  await expect(steps.getByRole('listitem')).toHaveCount(6);
  await expect(step('Algemeen (nog niet ingevuld)')).toHaveAttribute('aria-current', 'step');
  await expect(progress).toHaveText("0 van 3 thema's ingevuld");
  await expect(status).toHaveAttribute('role', 'status');
  // The navigation works by keyboard; the step lands in the address and its heading takes the focus.
  await step('Overzicht en indienen').focus();
  await host.keyboard.press('Enter');
  await expect(host).toHaveURL(/[?&]stap=6$/);
  await expect(stepHeading).toHaveText('Stap 6 van 6: Overzicht en indienen');
  await expect(stepHeading).toBeFocused();
  await expect(step('Overzicht en indienen')).toHaveAttribute('aria-current', 'step');
  await expect(step('Algemeen (nog niet ingevuld)')).not.toHaveAttribute('aria-current');
  await expect(host.getByTestId('preparation-problems')).toContainText('Kies de datum van het bezoek.');
  await expectNoAxeViolations(host, 'visit page: preparation not started');

  // Date, place and agenda save themselves too: there is no save button.
  await step('Datum, locatie en programma van de dag (nog niet ingevuld)').click();
  await expect(stepHeading).toHaveText('Stap 5 van 6: Datum, locatie en programma van de dag');
  await expect(host.getByRole('region', { name: /^Stap 5 van 6/ }).getByRole('button', { name: /opslaan/i })).toHaveCount(0);
  await host.getByLabel('Datum van het bezoek').fill(dayFromToday(0));
  await host.getByLabel('Begintijd van het bezoek').fill('09:00');
  await host.getByLabel('Eindtijd van het bezoek').fill('16:00');
  await host.getByLabel('Locatie', { exact: true }).fill('Stadskantoor Utrecht, Stadsplateau 1');
  await expect(status).toHaveText(/^Opgeslagen om \d{2}:\d{2}$/);
  await host.getByRole('button', { name: 'Onderdeel toevoegen' }).click();
  const first = host.getByRole('group', { name: 'Onderdeel 1' });
  await expect(first.getByLabel('Begintijd')).toBeFocused();
  await first.getByLabel('Begintijd').fill('13:00');
  await first.getByLabel('Eindtijd').fill('14:30');
  await first.getByLabel('Onderwerp').fill('Tafelgesprek met het wijkteam');
  await first.getByRole('checkbox', { name: 'Wijkteam' }).check();
  await first.getByRole('checkbox', { name: 'Medewerkers' }).check();
  await host.getByRole('button', { name: 'Onderdeel toevoegen' }).click();
  const second = host.getByRole('group', { name: 'Onderdeel 2' });
  await second.getByLabel('Begintijd').fill('09:30');
  await second.getByLabel('Eindtijd').fill('10:15');
  await second.getByLabel('Onderwerp').fill('Ontvangst door de wethouder');
  await second.getByRole('checkbox', { name: 'Wethouder' }).check();
  await second.getByLabel('Andere gesprekspartners').fill('GGD regio Utrecht');
  // Reorder by keyboard: the reception moves up, and the focus stays on the moved item.
  await host.getByRole('button', { name: 'Omhoog Onderdeel 2' }).focus();
  await host.keyboard.press('Enter');
  await expect(host.getByRole('group', { name: 'Onderdeel 1' }).getByLabel('Onderwerp')).toHaveValue('Ontvangst door de wethouder');
  await expect(host.getByRole('button', { name: 'Omlaag Onderdeel 1' })).toBeFocused();
  // Every change marks the status unsaved at once, so "saved" now means the last change is in.
  await expect(status).toHaveText(/^Opgeslagen om \d{2}:\d{2}$/);
  await expect(step('Datum, locatie en programma van de dag (ingevuld)')).toHaveAttribute('aria-current', 'step');
  await expectNoAxeViolations(host, 'agenda editor filled in');

  // The autosave reached the server: a reload keeps the step and shows the date and the agenda.
  await host.reload();
  await expectPage(host, 'Bezoek aan Utrecht');
  await expect(stepHeading).toHaveText('Stap 5 van 6: Datum, locatie en programma van de dag');
  await expect(host.getByLabel('Datum van het bezoek')).toHaveValue(dayFromToday(0));
  await expect(host.getByLabel('Begintijd van het bezoek')).toHaveValue('09:00');
  await expect(host.getByLabel('Eindtijd van het bezoek')).toHaveValue('16:00');
  await expect(host.getByLabel('Locatie', { exact: true })).toHaveValue('Stadskantoor Utrecht, Stadsplateau 1');
  await expect(host.getByRole('group', { name: /^Onderdeel \d$/ })).toHaveCount(2);
  await expect(host.getByRole('group', { name: 'Onderdeel 1' }).getByLabel('Onderwerp')).toHaveValue('Ontvangst door de wethouder');
  await expect(host.getByRole('group', { name: 'Onderdeel 1' }).getByLabel('Andere gesprekspartners')).toHaveValue('GGD regio Utrecht');
  await expect(host.getByRole('group', { name: 'Onderdeel 2' }).getByRole('checkbox', { name: 'Wijkteam' })).toBeChecked();

  // The self-assessment, a step per part, saves itself with a polite status.
  await step('Algemeen (nog niet ingevuld)').click();
  await host.getByLabel('Foto van nu').fill('De Wmo-uitgaven stijgen; we hebben veel cijfers maar weinig zicht op wat het inwoners oplevert.');
  await expect(status).toHaveText('Wijzigingen nog niet opgeslagen');
  await expect(status).toHaveText(/^Opgeslagen om \d{2}:\d{2}$/);
  await host.getByLabel('Stip aan de horizon').fill('Over drie jaar sturen we samen met onze partners op de bedoeling.');
  // Going on saves at once.
  await host.getByRole('button', { name: 'Volgende: Wmo' }).click();
  await expect(stepHeading).toHaveText('Stap 2 van 6: Wmo');
  await expect(stepHeading).toBeFocused();
  await expect(status).toHaveText(/^Opgeslagen om \d{2}:\d{2}$/);
  await expect(step('Algemeen (ingevuld)')).toBeVisible();
  await expect(step('Wmo (nog niet ingevuld)')).toHaveAttribute('aria-current', 'step');
  await host.getByLabel('Wat gaat goed? (Wmo)').fill('De toegang via het wijkteam is dichtbij.');
  await host.getByLabel('Waar maak je je zorgen om? (Wmo)').fill('De wachttijden lopen op.');
  await host.getByLabel('Wat zie je als eigen verantwoordelijkheid? (Wmo)').fill('Sturen op de contracten met de aanbieders.');
  await host.keyboard.press('Tab');
  await expect(status).toHaveText(/^Opgeslagen om \d{2}:\d{2}$/);
  await expect(progress).toHaveText("1 van 3 thema's ingevuld");
  await expect(step('Wmo (ingevuld)')).toHaveAttribute('aria-current', 'step');
  await expectNoAxeViolations(host, 'self-assessment saved');

  // A reload keeps the step and shows the answers.
  await host.reload();
  await expectPage(host, 'Bezoek aan Utrecht');
  await expect(step('Wmo (ingevuld)')).toHaveAttribute('aria-current', 'step');
  await expect(host.getByLabel('Wat gaat goed? (Wmo)')).toHaveValue('De toegang via het wijkteam is dichtbij.');
  await expect(progress).toHaveText("1 van 3 thema's ingevuld");
  await step('Overzicht en indienen').click();
  await expect(host.getByTestId('preparation-problems')).toHaveCount(0);
  // Submitting cannot be undone: it asks first.
  await host.getByRole('button', { name: 'Voorbereiding indienen' }).click();
  const submit = host.getByRole('dialog', { name: 'De voorbereiding indienen?' });
  await expect(submit.getByRole('button', { name: 'Nee, nog niet' })).toBeFocused();
  await expectNoAxeViolations(host, 'submit preparation dialog');
  await submit.getByRole('button', { name: 'Ja, indienen' }).click();
  await expect(host.getByText('De voorbereiding is ingediend. De reviewers kunnen haar nu lezen.')).toBeVisible();
  await expect(host.getByTestId('visit-status')).toHaveText('Voorbereid');
  await expect(host.getByRole('heading', { level: 2, name: 'Voorbereiding' })).toBeFocused();
  await expect(host.getByTestId('agenda').getByRole('listitem')).toHaveCount(2);
  await expect(host.getByTestId('agenda').getByRole('listitem').first()).toContainText('09:30–10:15 Ontvangst door de wethouder');
  await expect(host.getByTestId('agenda').getByRole('listitem').first()).toContainText('Wethouder, GGD regio Utrecht');
  await expectNoAxeViolations(host, 'preparation submitted');

  // The coordinator reaches the visit from the programme page and sees the complete team.
  const coordinator = await signInAs(browser, PEOPLE.coordinator.email);
  await menu(coordinator.page).getByRole('link', { name: "Programma's" }).click();
  await coordinator.page.getByRole('link', { name: 'Kijkje in de keuken 2026 – voorjaar' }).click();
  await expectPage(coordinator.page, 'Kijkje in de keuken 2026 – voorjaar');
  const roundVisits = coordinator.page.getByRole('list', { name: 'Bezoeken in Ronde 1' });
  await expect(roundVisits.getByRole('link')).toHaveCount(4);
  await roundVisits.getByRole('link', { name: 'Bezoek aan Utrecht' }).click();
  await expectPage(coordinator.page, 'Bezoek aan Utrecht');
  await expect(coordinator.page.getByTestId('team-complete')).toHaveText('Het team is compleet.');
  const team = coordinator.page.getByRole('list', { name: 'Leden van het reviewteam' }).getByRole('listitem');
  await expect(team).toHaveCount(2);
  await expect(team.filter({ hasText: 'Ruben Reviewer (Deventer)' })).toContainText('teamleider');
  await expect(team.filter({ hasText: 'Gea Gastvrouw (Zwolle)' })).not.toContainText('teamleider');
  await expect(coordinator.page.getByRole('button', { name: 'Teamleider maken Gea Gastvrouw' })).toBeVisible();
  // Taking someone off the team asks first; Escape keeps the team as it is.
  await coordinator.page.getByRole('button', { name: 'Uit het team halen Gea Gastvrouw' }).click();
  const removal = coordinator.page.getByRole('alertdialog', { name: 'Gea Gastvrouw uit het team halen?' });
  await expect(removal.getByRole('button', { name: 'Nee, laten staan' })).toBeFocused();
  await coordinator.page.keyboard.press('Escape');
  await expect(removal).toBeHidden();
  await expect(coordinator.page.getByRole('button', { name: 'Uit het team halen Gea Gastvrouw' })).toBeFocused();
  await expect(team).toHaveCount(2);
  // Candidates who cannot join are shown, switched off, with the reason.
  await expect(coordinator.page.getByRole('radio', { name: 'Gea Gastvrouw (Zwolle)' })).toBeDisabled();
  await expect(coordinator.page.getByTestId('agenda')).toContainText('Tafelgesprek met het wijkteam');
  await expectNoAxeViolations(coordinator.page, 'visit page for the coordinator');

  // Gea and Ruben capture findings on the visit day; each sees the other's appear live.
  const gea = await signInAs(browser, PEOPLE.gea.email);
  const ruben = await signInAs(browser, PEOPLE.ruben.email);
  await openBoard(gea.page, visitPath, 'Utrecht');
  await openBoard(ruben.page, visitPath, 'Utrecht');
  // The board is headed by the review question as Lieke refined it.
  await expect(gea.page.getByTestId('board-review-question')).toContainText(REFINED_QUESTION);
  await expectNoAxeViolations(gea.page, 'empty findings board for a reviewer');
  // The capture form is compact: the evidence and labels are folded away until opened.
  const geaForm = gea.page.locator('form.kijkje-capture');
  const evidence = geaForm.locator('details.kijkje-capture-more');
  await expect(evidence).not.toHaveAttribute('open');
  await expect(evidence.locator('summary')).toHaveText('Onderbouwing en labels (niet verplicht)');
  for (const field of ['Bron', 'Citaat', 'Indicator', 'Labels']) await expect(geaForm.getByLabel(field, { exact: true })).toBeHidden();
  await expect(geaForm.getByLabel('Bevinding', { exact: true })).toBeVisible();

  await captureFinding(gea.page, {
    kind: 'Zorgpunt',
    theme: 'Wmo',
    text: `**Wachttijd**: ${CONCERN}`,
    source: 'Gesprek met het wijkteam',
    quote: 'We krijgen het niet meer rond.',
    indicator: 'Gemiddelde wachttijd in weken',
    tags: 'wachtlijsten, toegang',
  });
  await expect(gea.page.getByText('De bevinding is opgeslagen en gedeeld met het team.')).toBeVisible();
  // Saved: the evidence folds away again for the next finding; beside the board the form stays open.
  await expect(evidence).not.toHaveAttribute('open');
  await expect(geaForm.getByLabel('Bron')).toBeHidden();
  await expect(geaForm).toBeVisible();
  await expect(findingCards(ruben.page, CONCERN)).toHaveCount(1);
  await expect(findingCards(ruben.page, CONCERN).locator('strong').first()).toHaveText('Ingediend bij het team');
  await expect(findingCards(ruben.page, CONCERN).getByRole('list', { name: 'Labels' })).toHaveText(/wachtlijsten\s*toegang/);
  await expect(ruben.page.getByTestId('live-announcement')).toHaveText('Nieuwe bevinding van Gea Gastvrouw: Zorgpunt over Wmo.');

  await captureFinding(ruben.page, { kind: 'Wat gaat goed', theme: 'Jeugd', text: STRENGTH });
  await expect(ruben.page.getByText('De bevinding is opgeslagen en gedeeld met het team.')).toBeVisible();
  await expect(findingCards(gea.page, STRENGTH)).toHaveCount(1);
  await expect(gea.page.getByTestId('live-announcement')).toHaveText('Nieuwe bevinding van Ruben Reviewer: Wat gaat goed over Jeugd.');

  // A draft stays with its author.
  await captureFinding(gea.page, { kind: 'Aanbeveling', theme: 'Wmo', text: DRAFT, draft: true });
  await expect(gea.page.getByText('De bevinding is opgeslagen als concept. Alleen u ziet haar.')).toBeVisible();
  await expect(findingCards(gea.page, DRAFT)).toContainText('Concept (alleen u)');

  // The team discusses; comments appear live too.
  const onConcern = findingCards(ruben.page, CONCERN);
  await onConcern.getByLabel('Opmerking voor het team').fill('Herkenbaar. Vraag om de cijfers per wijk.');
  await onConcern.getByRole('button', { name: 'Opmerking plaatsen' }).click();
  await expect(findingCards(gea.page, CONCERN)).toContainText('Herkenbaar. Vraag om de cijfers per wijk.');
  await expect(findingCards(gea.page, CONCERN).getByRole('heading', { name: 'Overleg in het team (1)' })).toBeVisible();
  await findingCards(gea.page, CONCERN).getByLabel('Opmerking voor het team').fill('Doe ik, ze sturen ze na.');
  await findingCards(gea.page, CONCERN).getByRole('button', { name: 'Opmerking plaatsen' }).click();
  await expect(findingCards(ruben.page, CONCERN)).toContainText('Doe ik, ze sturen ze na.');
  await expect(findingCards(ruben.page, DRAFT)).toHaveCount(0);
  await expectNoAxeViolations(ruben.page, 'findings board with findings and comments');

  // The board narrows by theme, kind, status and author; a polite count says how many are left.
  const board = gea.page.getByRole('region', { name: /^Bevindingen per thema/ });
  const count = board.getByTestId('board-count');
  await expect(count).toHaveAttribute('role', 'status');
  await expect(count).toHaveText('3 van 3 bevindingen');
  await board.getByRole('combobox', { name: 'Thema' }).selectOption('Wmo');
  await expect(count).toHaveText('2 van 3 bevindingen');
  await expect(findingCards(gea.page, STRENGTH)).toHaveCount(0);
  await expect(findingCards(gea.page, CONCERN)).toHaveCount(1);
  await board.getByRole('combobox', { name: 'Soort' }).selectOption({ label: 'Zorgpunt' });
  await expect(count).toHaveText('1 van 3 bevindingen');
  await expect(findingCards(gea.page, DRAFT)).toHaveCount(0);
  await expect(board.getByRole('heading', { level: 4, name: /^Aanbeveling/ })).toHaveCount(0);
  expect(new URL(gea.page.url()).searchParams.get('thema')).toBe('Wmo');
  await board.getByRole('button', { name: 'Filters wissen' }).click();
  await expect(count).toHaveText('3 van 3 bevindingen');
  await expect(board.getByRole('combobox', { name: 'Thema' })).toBeFocused();
  await board.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Concept (alleen u)' });
  await expect(count).toHaveText('1 van 3 bevindingen');
  await expect(findingCards(gea.page, DRAFT)).toHaveCount(1);
  await expect(findingCards(gea.page, CONCERN)).toHaveCount(0);
  await board.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Elke status' });
  await board.getByRole('combobox', { name: 'Geschreven door' }).selectOption({ label: 'Ruben Reviewer' });
  await expect(count).toHaveText('1 van 3 bevindingen');
  await expect(findingCards(gea.page, STRENGTH)).toHaveCount(1);
  await expect(findingCards(gea.page, CONCERN)).toHaveCount(0);
  await expectNoAxeViolations(gea.page, 'filtered findings board');
  // The filters live in the address: a reload shows the same narrowed board.
  await gea.page.reload();
  await expectPage(gea.page, 'Bevindingen: bezoek aan Utrecht');
  await expect(count).toHaveText('1 van 3 bevindingen');
  await expect(board.getByRole('combobox', { name: 'Geschreven door' })).toHaveValue(/.+/);
  await board.getByRole('button', { name: 'Filters wissen' }).click();
  await expect(count).toHaveText('3 van 3 bevindingen');
  await expect(gea.page.getByTestId('live-state')).toHaveAttribute('data-state', 'connected');

  // On a phone the board is the page: the form above it is one screen at most, folds away after a
  // save (the focus on the button that opens it again), and then the form and the board's first
  // column are both in view without scrolling.
  const phone = { width: 390, height: 844 };
  await gea.page.setViewportSize(phone);
  await openBoard(gea.page, visitPath, 'Utrecht');
  // Loaded on a phone, the filters are folded too (the count stays in view).
  await expect(board.locator('.kijkje-board-filters > details')).not.toHaveAttribute('open');
  await expect(count).toBeVisible();
  const panel = gea.page.locator('.kijkje-capture-panel');
  expect((await panel.boundingBox())!.height).toBeLessThanOrEqual(phone.height);
  await captureFinding(gea.page, { kind: 'Eigen verantwoordelijkheid', theme: 'Jeugd', text: PHONE_DRAFT, draft: true });
  await expect(gea.page.getByText('De bevinding is opgeslagen als concept. Alleen u ziet haar.')).toBeVisible();
  const reopen = gea.page.getByRole('button', { name: 'Bevinding vastleggen' });
  await expect(reopen).toHaveAttribute('aria-expanded', 'false');
  await expect(reopen).toBeFocused();
  await expect(geaForm).toBeHidden();
  await gea.page.evaluate(() => window.scrollTo(0, 0));
  const firstColumn = board.getByTestId('board-cell').first();
  for (const [what, box] of [
    ['capture form', await panel.boundingBox()],
    ['first board column', await firstColumn.getByRole('heading', { level: 4 }).boundingBox()],
  ] as const) {
    expect(box, what).not.toBeNull();
    expect(box!.y, `${what} starts above the screen`).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height, `${what} ends below the screen`).toBeLessThanOrEqual(phone.height);
  }
  await expectNoHorizontalScroll(gea.page);
  await expectNoAxeViolations(gea.page, 'findings board on a phone');
  await reopen.click();
  await expect(geaForm.getByRole('radio', { name: 'Wat gaat goed', exact: true })).toBeVisible();
  await expect(findingCards(gea.page, PHONE_DRAFT)).toContainText('Concept (alleen u)');

  // The board reflows at 320 px: no sideways scrolling.
  await gea.page.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(gea.page);
  await expectNoAxeViolations(gea.page, 'findings board at 320 px');
  await gea.page.setViewportSize({ width: 1280, height: 720 });

  // Ruben completes the visit and shares the findings with a reply period.
  await ruben.page.goto(visitPath);
  await expectPage(ruben.page, 'Bezoek aan Utrecht');
  await ruben.page.getByRole('button', { name: 'Bezoek afronden' }).click();
  await ruben.page.getByRole('dialog', { name: 'Het bezoek aan Utrecht afronden?' }).getByRole('button', { name: 'Ja, rond het bezoek af' }).click();
  await expect(ruben.page.getByText('Het bezoek is afgerond.', { exact: false })).toBeVisible();
  await expect(ruben.page.getByTestId('visit-status')).toHaveText('Bezoek afgerond');
  await expect(ruben.page.getByRole('heading', { level: 2, name: 'Overzicht' })).toBeFocused();
  await expectNoAxeViolations(ruben.page, 'visit completed');
  await openBoard(ruben.page, visitPath, 'Utrecht');
  await ruben.page.getByLabel('Reactietermijn in dagen').fill('10');
  await expectNoAxeViolations(ruben.page, 'share form');
  // Sharing cannot be taken back: a dialog names the host, the number and the days; Escape shares nothing.
  const shareButton = ruben.page.getByRole('button', { name: 'Bevindingen delen met de gastgemeente' });
  await shareButton.click();
  const share = ruben.page.getByRole('dialog', { name: '2 bevindingen delen met Utrecht?' });
  await expect(share).toContainText('De 2 ingediende bevindingen worden zichtbaar voor de gastgemeente Utrecht, die er 10 dagen op kan reageren.');
  await expect(share.getByRole('button', { name: 'Nee, nog niet delen' })).toBeFocused();
  await expectNoAxeViolations(ruben.page, 'share findings dialog');
  await ruben.page.keyboard.press('Escape');
  await expect(share).toBeHidden();
  await expect(shareButton).toBeFocused();
  await openBoard(host, visitPath, 'Utrecht');
  await expect(host.locator('article[data-finding-id]')).toHaveCount(0);
  await shareButton.click();
  await share.getByRole('button', { name: 'Ja, deel met Utrecht' }).click();
  await expect(share).toBeHidden();
  await expect(ruben.page.getByText(/^De bevindingen zijn gedeeld\. De gastgemeente kan reageren tot /)).toBeVisible();
  await expect(findingCards(ruben.page, CONCERN).locator('strong').first()).toHaveText('Gedeeld met de gastgemeente');
  await expect(ruben.page.getByTestId('count-shared')).toHaveText('2');

  // Lieke sees only the shared findings, replies to each and releases one for the harvest.
  await openBoard(host, visitPath, 'Utrecht');
  await expect(host.getByTestId('reply-deadline')).toContainText('U kunt op elke gedeelde bevinding reageren tot');
  await expect(host.locator('article[data-finding-id]')).toHaveCount(2);
  await expect(findingCards(host, DRAFT)).toHaveCount(0);
  await expect(host.getByText('Herkenbaar. Vraag om de cijfers per wijk.')).toHaveCount(0);
  await expect(host.getByRole('heading', { name: 'Bevinding vastleggen' })).toHaveCount(0);
  await expectNoAxeViolations(host, 'findings board for the host');

  const concern = findingCards(host, CONCERN);
  await concern.getByRole('radio', { name: 'Feitelijke correctie' }).check();
  await concern.getByRole('button', { name: 'Reactie versturen' }).click();
  await expect(concern.getByText('Licht uw correctie of opmerking toe.')).toBeVisible();
  await expectNoAxeViolations(host, 'reply form with an error');
  await concern.getByLabel('Toelichting').fill(CORRECTION);
  await concern.getByRole('button', { name: 'Reactie versturen' }).click();
  await expect(concern.getByText('Uw reactie is opgeslagen.')).toBeVisible();
  await expect(concern.getByTestId('host-response')).toContainText('Reactie van de gastgemeente: Feitelijke correctie.');
  await expect(concern.getByTestId('host-response')).toContainText(CORRECTION);
  // Until the deadline the host may change the reply (sent with the reply's version).
  await concern.getByRole('button', { name: 'Reactie aanpassen' }).click();
  await concern.getByLabel('Toelichting').fill(`${CORRECTION} Zie de kwartaalrapportage.`);
  await concern.getByRole('button', { name: 'Reactie wijzigen' }).click();
  await expect(concern.getByTestId('host-response')).toContainText('Zie de kwartaalrapportage.');
  await expect(concern.getByTestId('host-response')).toContainText('Reactie van de gastgemeente: Feitelijke correctie.');
  // Another tab of the host changes the same reply meanwhile: saving over it shows both replies,
  // and the host chooses which one stays (nothing is overwritten unseen).
  const hostTab = await lieke.context.newPage();
  await openBoard(hostTab, visitPath, 'Utrecht');
  const concernInTab = findingCards(hostTab, CONCERN);
  await concern.getByRole('button', { name: 'Reactie aanpassen' }).click();
  await concernInTab.getByRole('button', { name: 'Reactie aanpassen' }).click();
  await concernInTab.getByLabel('Toelichting').fill(`${CORRECTION} Bron: het dashboard.`);
  await concernInTab.getByRole('button', { name: 'Reactie wijzigen' }).click();
  await expect(concernInTab.getByText('Uw reactie is opgeslagen.')).toBeVisible();
  await concern.getByLabel('Toelichting').fill(`${CORRECTION} Zie de kwartaalrapportage, ook per wijk.`);
  await concern.getByRole('button', { name: 'Reactie wijzigen' }).click();
  const replyConflict = concern.getByTestId('reply-conflict');
  await expect(replyConflict.getByRole('heading', { name: 'Twee versies van uw reactie' })).toBeFocused();
  await expect(replyConflict.getByRole('region', { name: 'Uw versie' })).toContainText('ook per wijk');
  await expect(replyConflict.getByRole('region', { name: 'Nieuwste versie' })).toContainText('Bron: het dashboard.');
  await expectNoAxeViolations(host, 'two versions of a reply');
  await replyConflict.getByRole('button', { name: 'Mijn reactie opslaan' }).click();
  await expect(concern.getByText('Uw reactie is opgeslagen.')).toBeVisible();
  await expect(concern.getByTestId('host-response')).toContainText('ook per wijk');
  await hostTab.close();

  const strength = findingCards(host, STRENGTH);
  await strength.getByRole('radio', { name: 'Eens' }).check();
  await strength.getByRole('button', { name: 'Reactie versturen' }).click();
  await expect(strength.getByTestId('host-response')).toContainText('Reactie van de gastgemeente: Eens.');
  await strength.getByRole('switch', { name: 'Mag geanonimiseerd in de oogst' }).check();
  await expect(strength.getByText('Opgeslagen: deze bevinding mag geanonimiseerd in de oogst.')).toBeVisible();
  await expect(concern.getByRole('switch', { name: 'Mag geanonimiseerd in de oogst' })).not.toBeChecked();
  await expectNoAxeViolations(host, 'findings board after the host replied');

  // The team sees the replies.
  await expect(findingCards(ruben.page, CONCERN)).toContainText(CORRECTION);

  // The coordinator sees the counts and exactly the released finding.
  await openBoard(coordinator.page, visitPath, 'Utrecht');
  await expect(coordinator.page.getByTestId('count-total')).toHaveText('2');
  await expect(coordinator.page.getByTestId('count-shared')).toHaveText('2');
  await expect(coordinator.page.getByTestId('count-released')).toHaveText('1');
  await expect(
    coordinator.page.getByText('Van dit bezoek zijn 1 van de 2 bevindingen vrijgegeven; alleen die staan hieronder.', { exact: false }),
  ).toBeVisible();
  await expect(coordinator.page.locator('article[data-finding-id]')).toHaveCount(1);
  await expect(findingCards(coordinator.page, STRENGTH)).toHaveCount(1);
  await expect(coordinator.page.getByText(CONCERN)).toHaveCount(0);
  await expect(coordinator.page.getByRole('heading', { name: 'Bevinding vastleggen' })).toHaveCount(0);
  await expectNoAxeViolations(coordinator.page, 'findings board for the coordinator');

  // The lead finalises the shared findings; the released one stays visible to the coordinator.
  const finaliseButton = ruben.page.getByRole('button', { name: 'Bevindingen definitief maken' });
  await finaliseButton.click();
  const finalise = ruben.page.getByRole('alertdialog', { name: '2 gedeelde bevindingen definitief maken?' });
  await expect(finalise).toContainText('De 2 bevindingen die met Utrecht zijn gedeeld, worden definitief en wijzigen daarna niet meer.');
  await expect(finalise.getByTestId('findings-finalise-early')).toContainText('de reactietermijn van Utrecht loopt nog tot');
  await expect(finalise.getByRole('button', { name: 'Nee, nog niet' })).toBeFocused();
  await expectNoAxeViolations(ruben.page, 'finalise findings dialog');
  await finalise.getByRole('button', { name: 'Nee, nog niet' }).click();
  await expect(finalise).toBeHidden();
  await expect(finaliseButton).toBeFocused();
  await expect(ruben.page.getByTestId('count-shared')).toHaveText('2');
  await expect(ruben.page.getByTestId('count-final')).toHaveText('0');
  await finaliseButton.click();
  await finalise.getByRole('button', { name: 'Ja, maak definitief' }).click();
  await expect(finalise).toBeHidden();
  await expect(ruben.page.getByText('De gedeelde bevindingen zijn definitief.')).toBeVisible();
  await expect(ruben.page.getByTestId('count-final')).toHaveText('2');
  await expect(findingCards(ruben.page, STRENGTH).getByTestId('finding-status')).toHaveText('Definitief');
  await coordinator.page.reload();
  await expectPage(coordinator.page, 'Bevindingen: bezoek aan Utrecht');
  await expect(coordinator.page.getByTestId('count-final')).toHaveText('2');
  await expect(coordinator.page.getByTestId('count-released')).toHaveText('1');
  await expect(coordinator.page.locator('article[data-finding-id]')).toHaveCount(1);

  for (const person of [lieke, coordinator, gea, ruben]) await person.context.close();
});
