import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { unique } from './support/app';
import { captureFinding, findingCards, openBoard, openVisit, PEOPLE, signInAs } from './support/visits';

test.use({ actionTimeout: 15_000 });

test('script in a finding, its evidence and a comment renders inert for the other reviewer (SEC-11)', async ({ browser }) => {
  test.setTimeout(180_000);
  const ruben = await signInAs(browser, PEOPLE.ruben.email);
  const lieke = await signInAs(browser, PEOPLE.lieke.email);
  const visitPath = await openVisit(ruben.page, 'Zwolle');
  await openBoard(ruben.page, visitPath, 'Zwolle');
  await openBoard(lieke.page, visitPath, 'Zwolle');

  const marker = unique('XSS-proef');
  const payload = `${marker}\n\n<img src=x onerror="window.__xss=1">\n\n[klik](javascript:window.__xss=2)\n\n<script>window.__xss=3</script>`;
  await captureFinding(ruben.page, {
    kind: 'Zorgpunt',
    theme: 'Wmo',
    text: payload,
    source: '<img src=x onerror="window.__xss=4">',
    tags: '<b onmouseover="window.__xss=5">x</b>',
  });
  await expect(findingCards(ruben.page, marker)).toHaveCount(1);
  await findingCards(ruben.page, marker)
    .getByLabel('Opmerking voor het team')
    .fill('[nog een](javascript:window.__xss=6) <img src=x onerror="window.__xss=7">');
  await findingCards(ruben.page, marker).getByRole('button', { name: 'Opmerking plaatsen' }).click();

  const card = findingCards(lieke.page, marker);
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('nog een');
  // The markup is shown as text, not run: no image, no script, no javascript: link.
  await expect(card).toContainText('<img src=x onerror="window.__xss=1">');
  await expect(card.locator('img, script, [onerror], [onmouseover]')).toHaveCount(0);
  await expect(card.getByRole('link', { name: 'klik' })).toHaveCount(0);
  await expect(card.locator('a[href^="javascript" i]')).toHaveCount(0);
  await card.hover();
  for (const page of [lieke.page, ruben.page]) {
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  }
  await expectNoAxeViolations(lieke.page, 'board with a hostile finding');
  await ruben.context.close();
  await lieke.context.close();
});
