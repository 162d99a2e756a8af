// /charts/<id>/chart.svg — the chart as a standalone SVG file (download).
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { chartPaths, getSource } from '../../../evidence/queries.ts';
import { standaloneSvg } from '../../../charts/standalone.ts';
import { sourceLineOf } from '../../../charts/sourceLine.ts';

export const getStaticPaths = chartPaths satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;
export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(standaloneSvg(props.chart, sourceLineOf(props.chart, await getSource(props.chart.source.id))), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
