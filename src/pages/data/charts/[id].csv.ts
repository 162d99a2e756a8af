// /data/charts/<id>.csv — one chart dataset as CSV.
import type { GetStaticPaths } from 'astro';
import { getCharts } from '../../../evidence/queries.ts';
import { chartCsv } from '../../../evidence/exports.ts';
import { csvResponse } from '../../../evidence/respond.ts';
import type { Chart } from '../../../evidence/schema.ts';

export const getStaticPaths = (async () => (await getCharts()).map((chart) => ({ params: { id: chart.id }, props: { chart } }))) satisfies GetStaticPaths;
export const GET = ({ props }: { props: { chart: Chart } }) => csvResponse(chartCsv(props.chart));
