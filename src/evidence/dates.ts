/**
 * Dates as readers read them, and the placeholder for a date only the reader's browser knows. Kept apart from
 * cite.ts (which re-exports them) so the browser island src/client/cite-share.ts can import them without the
 * vocabularies.
 */

/** Stands for the date of access until the reader's browser fills it in (without JavaScript it stays, readable). */
export const ACCESS_PLACEHOLDER = '[date you read it]';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** A date written out, day month year ("29 November 2026"), in UTC so the server and every reader agree. */
export const formatDate = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
