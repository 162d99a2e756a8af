import { describe, expect, it } from 'vitest';
import { shouldExit, SHIFT_WINDOW_MS } from '../../src/client/quick-exit.ts';

describe('shouldExit (Shift three times within five seconds)', () => {
  it('exits on the third press inside the window', () => {
    expect(shouldExit([0, 1000, 2000], 2000)).toBe(true);
  });
  it('does not exit on two presses', () => {
    expect(shouldExit([0, 1000], 1000)).toBe(false);
  });
  it('ignores presses older than the window', () => {
    expect(shouldExit([0, SHIFT_WINDOW_MS + 100, SHIFT_WINDOW_MS + 200], SHIFT_WINDOW_MS + 200)).toBe(false);
  });
});
