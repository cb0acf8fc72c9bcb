// oEmbed (https://oembed.com) for each diagram: a "rich" response whose html is the same
// script-free <iframe> the embed builder makes, for the default state. Static hosts cannot read
// ?url=, so each diagram has its own file, announced by a <link rel="alternate"
// type="application/json+oembed"> on its diagram page and on its embed.
import type { APIRoute, GetStaticPaths } from 'astro';
import { diagramIds, diagrams, type DiagramId } from '../../../export/diagrams';
import { oembedResponse } from '../../../export/oembed';
import { t } from '../../../i18n/t';
import { withBase } from '../../../lib/url';

export const getStaticPaths = (() => diagramIds.map((diagram) => ({ params: { diagram } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const diagram = params.diagram as DiagramId;
  const siteBase = new URL(withBase(''), site).href;
  const body = oembedResponse(diagrams[diagram], siteBase, t('site.name'));
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
