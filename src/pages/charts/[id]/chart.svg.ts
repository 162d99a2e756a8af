// /charts/<id>/chart.svg — the chart as a standalone SVG file (download).
import type { GetStaticPaths } from 'astro';
import { chartPaths, getSource } from '../../../evidence/queries.ts';
import { standaloneSvg } from '../../../charts/standalone.ts';
import { sourceLineOf } from '../../../charts/sourceLine.ts';
import type { Chart } from '../../../evidence/schema.ts';

export const getStaticPaths = chartPaths satisfies GetStaticPaths;
export const GET = async ({ props }: { props: { chart: Chart } }) =>
  new Response(standaloneSvg(props.chart, sourceLineOf(props.chart, await getSource(props.chart.source.id))), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
