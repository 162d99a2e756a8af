// The quick-exit keyboard rule: Shift pressed on its own three times within five seconds; anything else resets.
import { describe, expect, it } from 'vitest';
import {
  breakRun,
  countShift,
  newShiftCounter,
  SHIFT_WINDOW_MS,
  type KeyEventLike,
} from '../../src/client/quick-exit.ts';

/** Plays key events (at the given times) through the counter; true if any of them exits. */
function play(events: [KeyEventLike['type'], string, number][]): boolean {
  let state = newShiftCounter();
  let exited = false;
  for (const [type, key, at] of events) {
    const next = countShift(state, { type, key }, at);
    state = next.state;
    exited ||= next.exit;
  }
  return exited;
}
const shift = (at: number): [string, string, number][] => [
  ['keydown', 'Shift', at],
  ['keyup', 'Shift', at + 50],
];
/** Typing text as a browser reports it: capitals hold Shift while the letter goes down. */
const type = (text: string, start: number) =>
  [...text].flatMap((c, i): [string, string, number][] => {
    const at = start + i * 120;
    const key: [string, string, number][] = [
      ['keydown', c, at + 10],
      ['keyup', c, at + 20],
    ];
    return c !== c.toLowerCase() ? [['keydown', 'Shift', at], ...key, ['keyup', 'Shift', at + 30]] : key;
  });

describe('quick exit by keyboard', () => {
  it('exits on the third lone Shift press within five seconds', () => {
    expect(play([...shift(0), ...shift(1000), ...shift(2000)])).toBe(true);
  });
  it('does not exit on two presses', () => {
    expect(play([...shift(0), ...shift(1000)])).toBe(false);
  });
  it('does not count presses older than the window', () => {
    expect(play([...shift(0), ...shift(SHIFT_WINDOW_MS + 100), ...shift(SHIFT_WINDOW_MS + 200)])).toBe(false);
  });
  it('any other key between presses resets the count', () => {
    expect(play([...shift(0), ...shift(500), ['keydown', 'a', 700], ['keyup', 'a', 750], ...shift(900)])).toBe(false);
  });
  it('typing "Mex Peru C" (three capitals, so three Shift presses) never exits', () => {
    expect(play(type('Mex Peru C', 0))).toBe(false);
    expect(play(type('MPC', 0))).toBe(false);
  });
  it('Shift+Tab three times never exits', () => {
    const shiftTab = (at: number): [string, string, number][] => [
      ['keydown', 'Shift', at],
      ['keydown', 'Tab', at + 20],
      ['keyup', 'Tab', at + 40],
      ['keyup', 'Shift', at + 60],
    ];
    expect(play([...shiftTab(0), ...shiftTab(300), ...shiftTab(600)])).toBe(false);
  });
  it("a screen reader's Shift+H (its caret moves, the H never reaches the page) three times never exits", () => {
    // The caret moves while Shift is held, or just after it is released: both break the run.
    let state = newShiftCounter();
    let exited = false;
    for (const [i, at] of [0, 400, 800].entries()) {
      state = countShift(state, { type: 'keydown', key: 'Shift' }, at).state;
      if (i % 2 === 0) state = breakRun(state);
      const next = countShift(state, { type: 'keyup', key: 'Shift' }, at + 50);
      exited ||= next.exit;
      state = i % 2 === 0 ? next.state : breakRun(next.state);
    }
    expect(exited).toBe(false);
  });
  it('a caret move between lone presses starts the count again', () => {
    let state = newShiftCounter();
    for (const at of [0, 200])
      state = countShift(
        countShift(state, { type: 'keydown', key: 'Shift' }, at).state,
        { type: 'keyup', key: 'Shift' },
        at + 50,
      ).state;
    state = breakRun(state);
    expect(state.presses).toHaveLength(0);
  });
  it('a held Shift (auto-repeat) is one press', () => {
    const held: [string, string, number][] = [
      ['keydown', 'Shift', 0],
      ...Array.from({ length: 10 }, (_, i): [string, string, number] => ['keydown', 'Shift', 30 * i]),
      ['keyup', 'Shift', 400],
    ];
    const state = held.reduce(
      (s, [t, k, at], i) => countShift(s, { type: t, key: k, repeat: i > 0 && t === 'keydown' }, at).state,
      newShiftCounter(),
    );
    expect(state.presses).toHaveLength(1);
  });
});
