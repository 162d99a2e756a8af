// Visual comparisons: the top of one page of each kind (scripts/lib/page-kinds.mjs), at 1280 px in light and at
// 375 px in dark, against baselines committed beside this file (visual.spec.ts-snapshots/). Deterministic:
// animations off, reduced motion, the machine's installed fonts (the site uses the system stack), and the one
// part that changes with every content commit (the "last updated" date) masked.
// After an intended change, regenerate with: npx playwright test visual --update-snapshots
import { expect, test } from '@playwright/test';
import { pageKinds } from '../../scripts/lib/page-kinds.mjs';

const shots = [
  { name: '1280-light', viewport: { width: 1280, height: 900 }, colorScheme: 'light' as const },
  { name: '375-dark', viewport: { width: 375, height: 812 }, colorScheme: 'dark' as const },
];

for (const shot of shots) {
  test.describe(`visual ${shot.name}`, () => {
    test.use({ viewport: shot.viewport, colorScheme: shot.colorScheme, reducedMotion: 'reduce' });
    for (const { kind, path } of pageKinds) {
      test(`${kind} (${path})`, async ({ page }) => {
        await page.goto(path, { waitUntil: 'networkidle' });
        await expect(page).toHaveScreenshot(`${kind}-${shot.name}.png`, {
          animations: 'disabled',
          caret: 'hide',
          mask: [page.locator('.home-updated')],
          maxDiffPixelRatio: 0.01,
        });
      });
    }
  });
}
