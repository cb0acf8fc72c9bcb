import fs from 'node:fs';
import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { walk, type MdxNode } from '../../../src/content/mdx-tree';

// Every paragraph, list item and table row of a chapter that states something (eight words or
// more, not a lead-in ending with a colon, not a heading) must carry at least one <Cite>. An
// author marks a sentence that states nothing (signposting, a question) with the MDX comment
// {/* signposting: no factual claim */}, which a reviewer can see and challenge.
const dir = path.resolve('content/chapters');
const chapters = fs.readdirSync(dir).filter((name) => name.endsWith('.mdx'));
const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkMdx);

function textOf(node: MdxNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

const hasCite = (node: MdxNode) => [...walk(node)].some((child) => child.name === 'Cite');
const isSignposting = (node: MdxNode) =>
  [...walk(node)].some((child) => child.type.startsWith('mdx') && child.type.endsWith('Expression') && /no factual claim/.test(child.value ?? ''));

/** Blocks that state facts: paragraphs outside list items, list items and table rows. */
function factualBlocks(tree: MdxNode): Array<{ line: number; text: string; cited: boolean }> {
  const blocks: MdxNode[] = [];
  const visit = (node: MdxNode, inItem: boolean) => {
    if (node.type === 'listItem' || node.type === 'tableRow') blocks.push(node);
    else if (node.type === 'paragraph' && !inItem) blocks.push(node);
    const item = inItem || node.type === 'listItem' || node.type === 'tableRow';
    for (const child of node.children ?? []) visit(child, item);
  };
  visit(tree, false);
  return blocks
    .map((node) => ({ line: node.position?.start.line ?? 0, text: textOf(node).trim(), cited: hasCite(node) || isSignposting(node) }))
    .filter(({ text }) => text.split(/\s+/).length >= 8 && !text.endsWith(':'));
}

describe('every factual paragraph is cited', () => {
  it('finds the chapters', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(9);
  });

  it.each(chapters)('%s', (name) => {
    const tree = parser.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as unknown as MdxNode;
    const uncited = factualBlocks(tree)
      .filter((block) => !block.cited)
      .map((block) => `${name}:${block.line}: ${block.text.slice(0, 90)}…`);
    expect(uncited).toEqual([]);
  });
});
