// /data/charts/<id>.csv — one chart dataset as CSV.
import type { GetStaticPaths } from 'astro';
import { chartPaths } from '../../../evidence/queries.ts';
import { chartCsv } from '../../../evidence/exports.ts';
import { csvResponse } from '../../../evidence/respond.ts';
import type { Chart } from '../../../evidence/schema.ts';

export const getStaticPaths = chartPaths satisfies GetStaticPaths;
export const GET = ({ props }: { props: { chart: Chart } }) => csvResponse(chartCsv(props.chart));
