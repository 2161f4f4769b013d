import { test } from '@playwright/test';
import { createNetworkWithCoordinator } from './support/journeys';

test('the platform admin creates a network; the invited coordinator accepts and is signed in', async ({ browser }) => {
  const coordinator = await createNetworkWithCoordinator(browser);
  await coordinator.context.close();
});
