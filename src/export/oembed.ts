/** The oEmbed 1.0 "rich" response for one diagram (https://oembed.com, section 2.3.4). */
import { embedQuery } from './embed-params';
import type { DiagramInfo } from './diagrams';
import { absoluteUrl, iframeSnippet } from './snippet';

export interface OembedResponse {
  version: '1.0';
  type: 'rich';
  title: string;
  author_name: string;
  author_url: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  /** Not in the oEmbed spec; consumers that do not know them ignore them. */
  license: string;
  license_url: string;
}

/** Width (px) announced for the iframe; it fills its column at any width. */
export const oembedWidth = 800;

export function oembedResponse(diagram: DiagramInfo, siteBase: string, siteName: string): OembedResponse {
  const src = absoluteUrl(siteBase, `embed/${diagram.id}/`, embedQuery('', {}));
  return {
    version: '1.0',
    type: 'rich',
    title: diagram.title,
    author_name: `${siteName} contributors`,
    author_url: absoluteUrl(siteBase, 'about/'),
    provider_name: siteName,
    provider_url: siteBase,
    html: iframeSnippet({ src, title: `${diagram.title} (${siteName})`, width: '100%', height: diagram.heights.full }),
    width: oembedWidth,
    height: diagram.heights.full,
    license: 'CC BY 4.0',
    license_url: 'https://creativecommons.org/licenses/by/4.0/',
  };
}
