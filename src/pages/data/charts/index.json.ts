// /data/charts/index.json — one entry per chart dataset, with its page, embed and data addresses.
import { getCharts } from '../../../evidence/queries.ts';
import { chartIndexEntry } from '../../../evidence/exports.ts';
import { jsonResponse } from '../../../evidence/respond.ts';

export const GET = async () => jsonResponse((await getCharts()).map(chartIndexEntry));
