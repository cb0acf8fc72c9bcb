/**
 * Asks V8 to compile the browser's JavaScript eagerly (its explicit compile hints, Chrome 136+):
 * a module is then compiled as it arrives, off the main thread, rather than function by
 * function on the main thread the first time hydration calls each, which was about half of a
 * diagram's hydration task on a slow phone. Other browsers ignore the comment.
 */
import type { Plugin } from 'vite';

const hint = '//# allFunctionsCalledOnLoad\n';
// Compiling a small file lazily costs little; the hint's bytes count against the page budgets.
const minBytes = 8192;

export function compileHints(): Plugin {
  return {
    name: 'explainer:compile-hints',
    apply: 'build',
    enforce: 'post',
    // Last, after minification (which would drop the comment) and after Vite's own additions
    // to a chunk's head: V8 reads the hint only on a file's first line. The file names' hashes
    // are already set, so a copy cached without the hint keeps its name; it runs the same.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle))
          if (file.type === 'chunk' && file.code.length >= minBytes) file.code = hint + file.code;
      },
    },
  };
}
