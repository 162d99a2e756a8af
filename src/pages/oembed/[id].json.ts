// /oembed/<id>.json — oEmbed (rich) record for a chart, discovered from the chart page's <link rel="alternate">.
import type { GetStaticPaths } from 'astro';
import { chartPaths } from '../../evidence/queries.ts';
import { oembedRecord } from '../../evidence/embedCode.ts';
import { jsonResponse } from '../../evidence/respond.ts';
import { publicOrigin } from '../../charts/publicOrigin.ts';
import { site } from '../../site.ts';
import type { Chart } from '../../evidence/schema.ts';

export const getStaticPaths = chartPaths satisfies GetStaticPaths;
export const GET = ({ props, site: url }: { props: { chart: Chart }; site: URL | undefined }) =>
  jsonResponse(oembedRecord(props.chart, publicOrigin(url), site.name));
