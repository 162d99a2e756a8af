// Visual comparisons: the top of one page of each kind (scripts/lib/page-kinds.mjs) at 1280 px in light, and of
// the busiest kinds at 375 px in dark too, against baselines committed beside this file (visual.spec.ts-snapshots/).
// One image per kind plus four phone ones, so the suite stays quick (npm run screenshots covers every kind in both);
// the phone image is taken in the same test, reloaded at the phone's width in dark.
// Deterministic: animations off, reduced motion, the machine's installed fonts (the site uses the system stack), and
// the one part that changes with every content commit (the "last updated" date) masked.
// After an intended change, regenerate with: npx playwright test visual --update-snapshots
import { expect, test, type Page } from '@playwright/test';
import { pageKinds } from '../../scripts/lib/page-kinds.mjs';

const PHONE_DARK = ['home', 'country', 'quotes', 'recommendations'];

const shoot = (page: Page, name: string) =>
  expect(page).toHaveScreenshot(name, {
    animations: 'disabled',
    caret: 'hide',
    mask: [page.locator('.home-updated')],
    maxDiffPixelRatio: 0.01,
    // A shared machine can take seconds to produce two identical frames in a row.
    timeout: 30_000,
  });

test.use({ viewport: { width: 1280, height: 900 }, colorScheme: 'light', reducedMotion: 'reduce' });
for (const { kind, path } of pageKinds) {
  test(`${kind} (${path}) at 1280 px, light${PHONE_DARK.includes(kind) ? '; at 375 px, dark' : ''}`, async ({
    page,
  }) => {
    await page.goto(path);
    await shoot(page, `${kind}-1280-light.png`);
    if (!PHONE_DARK.includes(kind)) return;
    await page.setViewportSize({ width: 375, height: 812 });
    await page.emulateMedia({ colorScheme: 'dark' });
    // Loaded again at phone width: some pages settle their layout on load (/quotes/ folds its filters on a phone).
    await page.reload();
    await shoot(page, `${kind}-375-dark.png`);
  });
}
