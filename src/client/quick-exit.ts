/**
 * Quick exit: hide the page immediately and replace the current history entry with a neutral site,
 * so pressing Back does not come back here. Triggered by the link or by Shift pressed three times
 * within five seconds. Used by src/components/QuickExit.astro.
 */
const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 5000;

/** Pure: given the times of recent Shift presses, should we exit now? */
export function shouldExit(pressTimes: readonly number[], now: number): boolean {
  const recent = pressTimes.filter((t) => now - t <= SHIFT_WINDOW_MS);
  return recent.length >= SHIFT_PRESSES;
}

export function installQuickExit(link: HTMLAnchorElement | null): void {
  if (!link) return;
  const exit = () => {
    document.documentElement.classList.add('exiting');
    document.title = 'Loading…';
    try {
      sessionStorage.clear();
    } catch {
      /* storage may be disabled; exiting matters more */
    }
    location.replace(link.href);
  };
  link.addEventListener('click', (event) => {
    event.preventDefault();
    exit();
  });
  let presses: number[] = [];
  document.addEventListener('keydown', (event) => {
    // Only Shift on its own counts: Shift+Tab three times (moving focus backwards) must not leave the site.
    if (event.key !== 'Shift') {
      presses = [];
      return;
    }
    if (event.repeat) return;
    const now = Date.now();
    presses = [...presses.filter((t) => now - t <= SHIFT_WINDOW_MS), now];
    if (shouldExit(presses, now)) exit();
  });
}
