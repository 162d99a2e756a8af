/**
 * Quick exit, as GOV.UK's "Exit this page" does it: hide the page at once, forget the session's state, and replace
 * the current history entry with a neutral page (src/site.ts, quickExitUrl), so Back does not return to the page
 * being read. Earlier pages of this site stay in the tab's history: the safety page (/safety/) says so.
 *
 * Keyboard: Shift pressed on its own three times within five seconds. A press counts only when nothing else was
 * pressed in between and Shift was not used as a modifier, so typing capitals, "Mex Peru C", or Shift+Tab never
 * exits. A screen reader's own commands break the run too: in browse mode Orca (and other screen readers) keep
 * the letter of Shift+H, Shift+K and the like for themselves, so the page sees Shift pressed "on its own"; three
 * Shift+H presses to go back three headings left the site in a real Orca walk (docs/orca-walk.md). Those commands
 * move the screen reader's caret or focus, which the page sees as `selectionchange` or `focusin` (breakRun).
 * Used by src/components/QuickExit.astro.
 */
export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 5000;

/** What the counter remembers between key events. */
export interface ShiftCounter {
  /** Times of the Shift presses counted so far, with nothing else pressed between them. */
  presses: number[];
  /** Shift is down now… */
  shiftDown: boolean;
  /** …and another key was pressed while it was held (Shift+Tab, a capital letter). */
  usedAsModifier: boolean;
}

export const newShiftCounter = (): ShiftCounter => ({ presses: [], shiftDown: false, usedAsModifier: false });

export interface KeyEventLike {
  type: string;
  key: string;
  repeat?: boolean;
  isComposing?: boolean;
}

/** Pure: the counter after something other than a lone Shift happened (another key, a caret or focus move). */
export const breakRun = (state: ShiftCounter): ShiftCounter => ({
  presses: [],
  shiftDown: state.shiftDown,
  usedAsModifier: state.shiftDown,
});

/** Pure: the counter after one keydown/keyup, and whether to exit now. */
export function countShift(
  state: ShiftCounter,
  event: KeyEventLike,
  now: number,
): { state: ShiftCounter; exit: boolean } {
  const isShift = event.key === 'Shift' && !event.isComposing;
  if (event.type === 'keydown') {
    if (isShift)
      return { state: event.repeat ? state : { ...state, shiftDown: true, usedAsModifier: false }, exit: false };
    // Any other key breaks the run, and marks a held Shift as a modifier.
    return { state: breakRun(state), exit: false };
  }
  if (event.type === 'keyup' && isShift) {
    if (!state.shiftDown || state.usedAsModifier) return { state: newShiftCounter(), exit: false };
    const presses = [...state.presses.filter((t) => now - t <= SHIFT_WINDOW_MS), now];
    const exit = presses.length >= SHIFT_PRESSES;
    return { state: { presses: exit ? [] : presses, shiftDown: false, usedAsModifier: false }, exit };
  }
  return { state, exit: false };
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
    // replace, not assign: the page being read leaves the tab's history.
    location.replace(link.href);
  };
  link.addEventListener('click', (event) => {
    event.preventDefault();
    exit();
  });
  let counter = newShiftCounter();
  const onKey = (event: KeyboardEvent) => {
    const next = countShift(counter, event, event.timeStamp || performance.now());
    counter = next.state;
    if (next.exit) exit();
  };
  // Capture phase, so a field that stops propagation cannot hide a key from the counter.
  document.addEventListener('keydown', onKey, true);
  document.addEventListener('keyup', onKey, true);
  // Leaving the window (Alt+Tab, a click elsewhere) breaks the run too.
  window.addEventListener('blur', () => (counter = newShiftCounter()));
  // So does a screen reader's command whose key the page never sees (Shift+H: previous heading): it moves the
  // caret or the focus. A lone Shift press moves neither.
  const moved = () => (counter = breakRun(counter));
  document.addEventListener('selectionchange', moved);
  document.addEventListener('focusin', moved);
}
