// /charts/<id>/chart.png — the standalone SVG rendered to PNG at build time (download).
import type { GetStaticPaths } from 'astro';
import { chartPaths, getSource } from '../../../evidence/queries.ts';
import { standaloneSvg, svgToPng } from '../../../charts/standalone.ts';
import { sourceLineOf } from '../../../charts/sourceLine.ts';
import type { Chart } from '../../../evidence/schema.ts';

export const getStaticPaths = chartPaths satisfies GetStaticPaths;
export const GET = async ({ props }: { props: { chart: Chart } }) =>
  new Response(svgToPng(standaloneSvg(props.chart, sourceLineOf(props.chart, await getSource(props.chart.source.id)))) as unknown as BodyInit, { headers: { 'Content-Type': 'image/png' } });
