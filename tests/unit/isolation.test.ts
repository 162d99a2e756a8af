// The unit tests run without isolation (vitest.config.ts): test files share a worker's module cache and globals.
// That is only sound while no file mocks a module or changes globals or the environment, since the change would
// leak into whichever file runs next in that worker. This fails, naming the file, when one starts to.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(process.cwd(), 'tests', 'unit');
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join(dir, f));
// Module mocks, global and environment stubs, and direct writes to process.env or globalThis.
const LEAKS =
  /\bvi\.(mock|doMock|stubGlobal|stubEnv|spyOn)\(|process\.env\.\w+\s*=[^=]|process\.env\[[^\]]+\]\s*=[^=]|globalThis\.\w+\s*=[^=]/;

describe('unit tests share their workers safely', () => {
  it('no test file mocks a module or changes globals or the environment', () => {
    const self = join(dir, 'isolation.test.ts');
    const offenders = files
      .filter((f) => f !== self)
      .filter((f) => LEAKS.test(readFileSync(f, 'utf8')))
      .map((f) => f.slice(process.cwd().length + 1));
    expect(offenders, 'give these files isolation of their own (a separate Vitest project) or undo the change').toEqual(
      [],
    );
  });

  it('the check finds such a change', () => {
    expect(LEAKS.test("vi.mock('../../src/x.ts')")).toBe(true);
    expect(LEAKS.test('process.env.CI = "1"')).toBe(true);
    expect(LEAKS.test('globalThis.fetch = stub')).toBe(true);
    expect(LEAKS.test('if (process.env.CI === "1")')).toBe(false);
  });
});
