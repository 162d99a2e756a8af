// /data/sources.json — the five reports: citation, authors, methods, samples (finding ids), limitations, reuse terms.
import { getSources } from '../../evidence/queries.ts';
import { jsonResponse } from '../../evidence/respond.ts';
import { sourceUrl } from '../../evidence/urls.ts';

export const GET = async () => jsonResponse((await getSources()).map((s) => ({ ...s, url: sourceUrl(s.id) })));
