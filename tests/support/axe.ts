// axe as every spec runs it: WCAG 2.0/2.1/2.2 A and AA, violations only, summarised as "rule: first targets".
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * In dark mode only colours change: the dark scheme is a block of custom properties and nothing else (checked over
 * the built CSS in tests/unit/dark-scheme.test.ts), so only axe's colour rules can give a different answer there.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe's violations on the page as it is now; all WCAG A/AA rules, or only `rules`. */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  // Only violations are collected: axe then skips recording every passing node, the bulk of its time on big pages.
  // options() replaces all options, so it comes before withTags()/withRules(), which add runOnly to them.
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  const results = await (rules ? builder.withRules(rules) : builder.withTags(WCAG_TAGS)).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

/** axe on the page as it is, in light (every rule) and then dark (the colour rules). */
export async function axeLightAndDark(page: Page): Promise<{ light: string[]; dark: string[] }> {
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await axeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await axeViolations(page, COLOUR_RULES);
  return { light, dark };
}
