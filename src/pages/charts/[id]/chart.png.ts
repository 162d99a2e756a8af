// /charts/<id>/chart.png — the standalone SVG rendered to PNG at build time (download and share preview).
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { chartPaths, getSource } from '../../../evidence/queries.ts';
import { standaloneSvg, svgToPng } from '../../../charts/standalone.ts';
import { sourceLineOf } from '../../../charts/sourceLine.ts';

export const getStaticPaths = chartPaths satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;
export const GET: APIRoute<Props> = async ({ props }) => {
  const png = svgToPng(standaloneSvg(props.chart, sourceLineOf(props.chart, await getSource(props.chart.source.id))));
  // slice(): a copy backed by a plain ArrayBuffer, which is what a Response body accepts.
  return new Response(png.slice(), { headers: { 'Content-Type': 'image/png' } });
};
