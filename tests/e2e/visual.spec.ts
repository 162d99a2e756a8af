// Visual comparisons: the top of one page of each kind (scripts/lib/page-kinds.mjs) at 1280 px in light, and of
// the busiest kinds at 375 px in dark, against baselines committed beside this file (visual.spec.ts-snapshots/).
// One image per kind plus four phone ones, so the suite stays quick (npm run screenshots covers every kind in both).
// Deterministic: animations off, reduced motion, the machine's installed fonts (the site uses the system stack), and
// the one part that changes with every content commit (the "last updated" date) masked.
// After an intended change, regenerate with: npx playwright test visual --update-snapshots
import { expect, test } from '@playwright/test';
import { pageKinds } from '../../scripts/lib/page-kinds.mjs';

const shots = [
  {
    name: '1280-light',
    viewport: { width: 1280, height: 900 },
    colorScheme: 'light' as const,
    kinds: pageKinds.map((k) => k.kind),
  },
  {
    name: '375-dark',
    viewport: { width: 375, height: 812 },
    colorScheme: 'dark' as const,
    kinds: ['home', 'country', 'quotes', 'recommendations'],
  },
];

for (const shot of shots) {
  test.describe(`visual ${shot.name}`, () => {
    test.use({ viewport: shot.viewport, colorScheme: shot.colorScheme, reducedMotion: 'reduce' });
    for (const { kind, path } of pageKinds.filter((k) => shot.kinds.includes(k.kind))) {
      test(`${kind} (${path})`, async ({ page }) => {
        await page.goto(path);
        await expect(page).toHaveScreenshot(`${kind}-${shot.name}.png`, {
          animations: 'disabled',
          caret: 'hide',
          mask: [page.locator('.home-updated')],
          maxDiffPixelRatio: 0.01,
          // A shared machine can take seconds to produce two identical frames in a row.
          timeout: 30_000,
        });
      });
    }
  });
}
