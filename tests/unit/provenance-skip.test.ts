// Without the report texts the provenance check cannot run: it must say so in a box, and fail in CI.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

const run = (env: Record<string, string>) =>
  spawnSync(process.execPath, ['scripts/check/provenance.mjs'], {
    encoding: 'utf8',
    env: { ...process.env, SHARED_DIR: '/nonexistent/shared', ...env },
  });

describe('provenance check without the reports', () => {
  it('fails in CI, naming what was not checked and the reports’ terms', () => {
    const r = run({ CI: 'true' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('PROVENANCE NOT CHECKED');
    expect(r.stderr).toContain('Extracts from this publication may be reproduced');
  });
  it('outside CI, warns in a box and lets the rest of the suite run', () => {
    const r = run({ CI: '' });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/╔═+╗[\s\S]*PROVENANCE NOT CHECKED[\s\S]*╚═+╝/);
  });
});
