// /data/recommendations.csv — the same records as recommendations.json, one row each.
import { getRecommendations } from '../../evidence/queries.ts';
import { publicRecommendation, recommendationsCsv } from '../../evidence/exports.ts';
import { csvResponse } from '../../evidence/respond.ts';

export const GET = async () => csvResponse(recommendationsCsv((await getRecommendations()).map(publicRecommendation)));
