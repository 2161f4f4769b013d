import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe';
import { expectPage } from './support/app';

const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==';

test('the axe gate bites: a page with an image without alt text fails', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setContent(`<!doctype html><html lang="nl"><head><title>Kapot</title></head><body><main><h1>Kapot</h1><img src="${PIXEL}"></main></body></html>`);
  const ids = (await axeViolations(page)).map((v) => v.id);
  expect(ids).toContain('image-alt');
  await context.close();
});

test('the axe gate bites on the real app too once something breaks it', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/inloggen');
  await expectPage(page, 'Inloggen');
  await page.evaluate((src) => {
    const img = document.createElement('img');
    img.src = src;
    document.querySelector('main')?.appendChild(img);
  }, PIXEL);
  const ids = (await axeViolations(page)).map((v) => v.id);
  expect(ids).toContain('image-alt');
  await context.close();
});
