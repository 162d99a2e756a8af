// /data/findings.json — every number-bearing finding with its verbatim snippet.
import { getFindings } from '../../evidence/queries.ts';
import { publicFinding } from '../../evidence/exports.ts';
import { jsonResponse } from '../../evidence/respond.ts';

export const GET = async () => jsonResponse((await getFindings()).map(publicFinding));
