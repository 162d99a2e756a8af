// /data/charts/<id>.csv — one chart dataset as CSV.
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { chartPaths } from '../../../evidence/queries.ts';
import { chartCsv } from '../../../evidence/exports.ts';
import { csvResponse } from '../../../evidence/respond.ts';

export const getStaticPaths = chartPaths satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;
export const GET: APIRoute<Props> = ({ props }) => csvResponse(chartCsv(props.chart));
