// /data/quotes.json — every quote, in the public contract of src/evidence/exports.ts.
import { getQuotes } from '../../evidence/queries.ts';
import { publicQuote } from '../../evidence/exports.ts';
import { jsonResponse } from '../../evidence/respond.ts';

export const GET = async () => jsonResponse((await getQuotes()).map(publicQuote));
