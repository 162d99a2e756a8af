// Visual comparisons: the top of one page of each kind (scripts/lib/page-kinds.mjs) at 1280 px in light, and of
// the busiest kinds at 375 px in dark too, against baselines committed beside this file (visual.spec.ts-snapshots/).
// One image per kind plus four phone ones, so the suite stays quick (npm run screenshots covers every kind in both).
// The kinds are visited one after another in a few tests, a step each, instead of a test each: every test opens a
// fresh context and page, about 0.4 s of CPU here before anything is drawn. Each comparison is soft, so one changed
// page does not hide another.
// Deterministic: animations off, reduced motion, the machine's installed fonts (the site uses the system stack), and
// the one part that changes with every content commit (the "last updated" date) masked.
// After an intended change, regenerate with: npx playwright test visual --update-snapshots
import { expect, test, type Page } from '@playwright/test';
import { pageKinds } from '../../scripts/lib/page-kinds.mjs';

const PHONE_DARK = ['home', 'country', 'quotes', 'recommendations'];

const shoot = (page: Page, name: string) =>
  expect.soft(page).toHaveScreenshot(name, {
    animations: 'disabled',
    caret: 'hide',
    mask: [page.locator('.home-updated')],
    maxDiffPixelRatio: 0.01,
    // A shared machine can take seconds to produce two identical frames in a row.
    timeout: 30_000,
  });

test.use({ viewport: { width: 1280, height: 900 }, colorScheme: 'light', reducedMotion: 'reduce' });
// Two halves, so the two workers share them.
const half = Math.ceil(pageKinds.length / 2);
for (const [i, kinds] of [pageKinds.slice(0, half), pageKinds.slice(half)].entries())
  test(`page kinds ${i * half + 1} to ${i * half + kinds.length} at 1280 px, light: ${kinds.map((k) => k.kind).join(', ')}`, async ({
    page,
  }) => {
    for (const { kind, path } of kinds)
      await test.step(`${kind} (${path})`, async () => {
        await page.goto(path);
        await shoot(page, `${kind}-1280-light.png`);
      });
  });

test(`at 375 px, dark: ${PHONE_DARK.join(', ')}`, async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const kind of PHONE_DARK) {
    const path = pageKinds.find((k) => k.kind === kind)?.path;
    expect(path, `${kind} is a kind in scripts/lib/page-kinds.mjs`).toBeTruthy();
    await test.step(`${kind} (${path})`, async () => {
      await page.goto(path!);
      await shoot(page, `${kind}-375-dark.png`);
    });
  }
});
