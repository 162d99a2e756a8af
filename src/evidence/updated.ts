/**
 * When the evidence last changed: the date of the last commit that touched content/, read from git at build
 * time. The home page and /data/ show it. Never the build's clock (a rebuild of unchanged evidence must not look
 * newer); null when the build runs outside a git checkout, and pages then say nothing rather than guess.
 */
import { execFileSync } from 'node:child_process';

let cached: Date | null | undefined;
export function evidenceUpdated(): Date | null {
  if (cached !== undefined) return cached;
  try {
    const iso = execFileSync('git', ['log', '-1', '--format=%cI', '--', 'content'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    cached = iso ? new Date(iso) : null;
  } catch {
    cached = null;
  }
  return cached;
}
