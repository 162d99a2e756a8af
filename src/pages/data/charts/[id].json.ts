// /data/charts/<id>.json — one chart dataset with its snippets (checked by the provenance tool).
import type { GetStaticPaths } from 'astro';
import { getCharts } from '../../../evidence/queries.ts';
import { publicChart } from '../../../evidence/exports.ts';
import { jsonResponse } from '../../../evidence/respond.ts';
import type { Chart } from '../../../evidence/schema.ts';

export const getStaticPaths = (async () => (await getCharts()).map((chart) => ({ params: { id: chart.id }, props: { chart } }))) satisfies GetStaticPaths;
export const GET = ({ props }: { props: { chart: Chart } }) => jsonResponse(publicChart(props.chart));
