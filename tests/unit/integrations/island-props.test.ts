import { describe, expect, it } from 'vitest';
import { externalizeIslandProps } from '../../../src/integrations/island-props';

const props = '{&quot;model&quot;:[0,&quot;{\\&quot;a\\&quot;:\\&quot;x &amp; y &lt;b&gt; it&#39;s\\&quot;}&quot;]}';
const staged = `<astro-island uid="1" component-url="/_astro/X.js" client="staged" props="${props}" ssr><svg></svg></astro-island>`;
const idle = `<astro-island uid="2" component-url="/_astro/Y.js" client="idle" props="${props}" ssr></astro-island>`;

describe('externalizeIslandProps', () => {
  it('moves a staged island’s props, unescaped, to a file and points the island at it', () => {
    const files: string[] = [];
    const html = externalizeIslandProps(`<main>${staged}</main>`, (json) => {
      files.push(json);
      return '/_astro/props/abc.json';
    });
    expect(html).toBe(
      '<main><astro-island uid="1" component-url="/_astro/X.js" client="staged" props-src="/_astro/props/abc.json" ssr><svg></svg></astro-island></main>',
    );
    expect(files).toHaveLength(1);
    const parsed = JSON.parse(files[0]!) as { model: [number, string] };
    expect(JSON.parse(parsed.model[1])).toEqual({ a: "x & y <b> it's" });
  });

  it('leaves islands with other directives, and pages without islands, as they are', () => {
    const write = () => {
      throw new Error('nothing should be written');
    };
    expect(externalizeIslandProps(idle, write)).toBe(idle);
    expect(externalizeIslandProps('<p>client="staged" props="x"</p>', write)).toBe('<p>client="staged" props="x"</p>');
  });
});
