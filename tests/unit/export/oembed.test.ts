import { describe, expect, it } from 'vitest';
import { diagrams } from '../../../src/export/diagrams';
import { oembedResponse } from '../../../src/export/oembed';

describe('oembedResponse', () => {
  it('is a rich oEmbed 1.0 response with a script-free iframe under the site base', () => {
    const body = oembedResponse(diagrams['forest-plot'], 'https://teach.example.edu/tlr4/', 'TLR4 & LDN explained');
    expect(body).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: 'TLR4 & LDN explained',
      provider_url: 'https://teach.example.edu/tlr4/',
      height: diagrams['forest-plot'].heights.full,
      license: 'CC BY 4.0',
    });
    expect(body.html).toMatch(
      /^<iframe src="https:\/\/teach\.example\.edu\/tlr4\/embed\/forest-plot\/" title="[^"]+" width="100%"/,
    );
    expect(body.html).not.toMatch(/<script/);
    expect(Number.isInteger(body.width)).toBe(true);
  });
});
