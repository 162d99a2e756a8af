// /data/recommendations.json — every recommendation of every report.
import { getRecommendations } from '../../evidence/queries.ts';
import { publicRecommendation } from '../../evidence/exports.ts';
import { jsonResponse } from '../../evidence/respond.ts';

export const GET = async () => jsonResponse((await getRecommendations()).map(publicRecommendation));
