// /oembed/<id>.json — oEmbed (rich) record for a chart, discovered from the chart page's <link rel="alternate">.
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { chartPaths } from '../../evidence/queries.ts';
import { oembedRecord } from '../../evidence/embedCode.ts';
import { jsonResponse } from '../../evidence/respond.ts';
import { publicOrigin } from '../../charts/publicOrigin.ts';
import { site } from '../../site.ts';

export const getStaticPaths = chartPaths satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;
export const GET: APIRoute<Props> = ({ props, site: url }) =>
  jsonResponse(oembedRecord(props.chart, publicOrigin(url), site.name));
