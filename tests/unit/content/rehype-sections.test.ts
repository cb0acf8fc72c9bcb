import { describe, expect, it } from 'vitest';
import { sectionClass, wrapSections, type HastNode } from '../../../src/content/rehype-sections';

const element = (tagName: string, text = ''): HastNode => ({ type: 'element', tagName, children: [{ type: 'text', value: text }] });

describe('wrapSections', () => {
  it('wraps each h2 with what follows it up to the next h2, and leaves the lead-in as it is', () => {
    const root: HastNode = {
      type: 'root',
      children: [
        { type: 'mdxjsEsm', value: "import Cite from './Cite.astro'" },
        element('p', 'lead'),
        element('h2', 'One'),
        element('p', 'a'),
        { type: 'mdxJsxFlowElement', name: 'Callout' },
        element('h3', 'One and a half'),
        element('h2', 'Two'),
        element('p', 'b'),
      ],
    };
    wrapSections(root);
    const shape = root.children?.map((node) =>
      node.tagName === 'div'
        ? { class: node.properties?.className, holds: node.children?.map((child) => child.tagName ?? child.name) }
        : node.type,
    );
    expect(shape).toEqual([
      'mdxjsEsm',
      'element',
      { class: [sectionClass], holds: ['h2', 'p', 'Callout', 'h3'] },
      { class: [sectionClass], holds: ['h2', 'p'] },
    ]);
  });

  it('keeps an export written inside a section at the top level, where MDX needs it', () => {
    const root: HastNode = { type: 'root', children: [element('h2', 'One'), { type: 'mdxjsEsm', value: 'export const x = 1' }, element('p')] };
    wrapSections(root);
    expect(root.children?.map((node) => node.type)).toEqual(['element', 'mdxjsEsm']);
    expect(root.children?.[0]?.children?.map((child) => child.tagName)).toEqual(['h2', 'p']);
  });

  it('changes nothing in a text without h2', () => {
    const children = [element('p', 'a'), element('h3', 'b')];
    const root = { type: 'root', children: [...children] };
    wrapSections(root);
    expect(root.children).toEqual(children);
  });
});
