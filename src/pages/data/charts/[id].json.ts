// /data/charts/<id>.json — one chart dataset with its snippets (checked by the provenance tool).
import type { GetStaticPaths } from 'astro';
import { chartPaths } from '../../../evidence/queries.ts';
import { publicChart } from '../../../evidence/exports.ts';
import { jsonResponse } from '../../../evidence/respond.ts';
import type { Chart } from '../../../evidence/schema.ts';

export const getStaticPaths = chartPaths satisfies GetStaticPaths;
export const GET = ({ props }: { props: { chart: Chart } }) => jsonResponse(publicChart(props.chart));
