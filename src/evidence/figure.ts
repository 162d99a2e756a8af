/**
 * How a finding's quantity is written for readers, in one place (finding cards, narrative numbers, tables):
 * a number ("71%"), a range ("22%–30%", "4–8 years"), the report's own words ("around half"), or nothing for a
 * qualitative finding (null: the statement stands alone).
 */
import type { Finding } from './schema.ts';
import { formatValue } from '../charts/svg.ts';

export function findingFigure(f: Pick<Finding, 'value' | 'valueHigh' | 'quantity' | 'unit'>): string | null {
  const unit = f.unit ?? 'other';
  // A bound the report prints with its number ("less than 1 per cent", "over 750,000") is shown as printed, so the
  // bound is never dropped from the number.
  if (f.quantity && /\d/.test(f.quantity)) return f.quantity;
  if (f.value !== undefined && f.valueHigh !== undefined) {
    // "4–8 years", not "4 years–8 years"; "22%–30%" keeps the sign on both ends, as reports print it.
    if (unit === 'years') return `${formatValue(f.value, 'count')}–${formatValue(f.valueHigh, 'years')}`;
    return `${formatValue(f.value, unit)}–${formatValue(f.valueHigh, unit)}`;
  }
  if (f.value !== undefined) return formatValue(f.value, unit);
  return f.quantity ?? null;
}
