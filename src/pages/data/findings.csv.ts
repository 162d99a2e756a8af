// /data/findings.csv — the same records as findings.json, one row each.
import { getFindings } from '../../evidence/queries.ts';
import { findingsCsv, publicFinding } from '../../evidence/exports.ts';
import { csvResponse } from '../../evidence/respond.ts';

export const GET = async () => csvResponse(findingsCsv((await getFindings()).map(publicFinding)));
