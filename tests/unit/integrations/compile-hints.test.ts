import { describe, expect, it } from 'vitest';
import { compileHints } from '../../../src/integrations/compile-hints';

/** Runs the plugin's last build step on a bundle of the given chunks and assets. */
function run(files: Record<string, { type: 'chunk'; code: string } | { type: 'asset'; source: string }>) {
  const plugin = compileHints();
  // The bundle as Vite hands it over: file name → chunk or asset; the plugin edits it in place.
  const hook = plugin.generateBundle as unknown as { handler: (options: object, bundle: typeof files) => void };
  hook.handler({}, files);
  return files;
}

describe('compileHints', () => {
  it("puts V8's hint on the first line of every large chunk, and nowhere else", () => {
    const large = `const __vite__mapDeps=()=>[];import{a}from"./b.js";${'a();'.repeat(3000)}`;
    const files = run({
      'large.js': { type: 'chunk', code: large },
      'small.js': { type: 'chunk', code: 'export const x=1;' },
      'style.css': { type: 'asset', source: 'a{}' },
    });
    expect(files['large.js']).toEqual({ type: 'chunk', code: `//# allFunctionsCalledOnLoad\n${large}` });
    expect(files['small.js']).toEqual({ type: 'chunk', code: 'export const x=1;' });
    expect(files['style.css']).toEqual({ type: 'asset', source: 'a{}' });
  });

  it('runs last and only when building', () => {
    const plugin = compileHints();
    expect(plugin.apply).toBe('build');
    expect((plugin.generateBundle as { order: string }).order).toBe('post');
  });
});
