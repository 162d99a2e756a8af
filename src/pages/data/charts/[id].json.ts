// /data/charts/<id>.json — one chart dataset with its snippets (checked by the provenance tool).
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { chartPaths } from '../../../evidence/queries.ts';
import { publicChart } from '../../../evidence/exports.ts';
import { jsonResponse } from '../../../evidence/respond.ts';

export const getStaticPaths = chartPaths satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;
export const GET: APIRoute<Props> = ({ props }) => jsonResponse(publicChart(props.chart));
