// /data/quotes.csv — the same records as quotes.json, one row each.
import { getQuotes } from '../../evidence/queries.ts';
import { publicQuote, quotesCsv } from '../../evidence/exports.ts';
import { csvResponse } from '../../evidence/respond.ts';

export const GET = async () => csvResponse(quotesCsv((await getQuotes()).map(publicQuote)));
