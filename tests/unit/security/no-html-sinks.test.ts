import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The site never turns a string into markup or code: Svelte and Astro escape text, and nothing
 * read from the URL, a postMessage or content may reach an HTML or script sink. ESLint catches
 * some of these in .ts and .svelte; this scan covers every file in src/ and content/ (Astro
 * pages, MDX, scripts) and every way in, including the framework ones ({@html}, set:html).
 */
const sinks: Array<{ name: string; pattern: RegExp }> = [
  { name: 'innerHTML', pattern: /\binnerHTML\b/ },
  { name: 'outerHTML', pattern: /\bouterHTML\b/ },
  { name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\b/ },
  { name: 'document.write', pattern: /\bdocument\s*\.\s*write(ln)?\s*\(/ },
  { name: '{@html}', pattern: /\{\s*@html\b/ },
  { name: 'set:html', pattern: /\bset:html\b/ },
  { name: 'srcdoc', pattern: /\bsrcdoc\b/ },
  { name: 'createContextualFragment', pattern: /\bcreateContextualFragment\b/ },
  { name: 'DOMParser', pattern: /\bDOMParser\b/ },
  { name: 'eval()', pattern: /(?<![\w.'-])eval\s*\(/ },
  { name: 'new Function()', pattern: /\bnew\s+Function\s*\(/ },
  { name: 'string timer', pattern: /\bset(Timeout|Interval)\s*\(\s*['"`]/ },
];

/** Every `file:line: sink` in `text`. */
function findSinks(file: string, text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, index) => {
    for (const sink of sinks)
      if (sink.pattern.test(line)) found.push(`${file}:${index + 1}: ${sink.name}: ${line.trim().slice(0, 120)}`);
  });
  return found;
}

const scanned = /\.(ts|js|mjs|cjs|svelte|astro|mdx|md|html)$/;

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).flatMap((entry) => {
    const full = path.join(entry.parentPath, entry.name);
    return entry.isFile() && scanned.test(entry.name) ? [path.relative(process.cwd(), full)] : [];
  });
}

describe('the scanner', () => {
  it.each([
    ['el.innerHTML = value;', 'innerHTML'],
    ['node.outerHTML', 'outerHTML'],
    ["el.insertAdjacentHTML('beforeend', x)", 'insertAdjacentHTML'],
    ['document.write(x)', 'document.write'],
    ['document.writeln(x)', 'document.write'],
    ['{@html message}', '{@html}'],
    ['{ @html message }', '{@html}'],
    ['<div set:html={text} />', 'set:html'],
    ['<iframe srcdoc={page}>', 'srcdoc'],
    ['range.createContextualFragment(s)', 'createContextualFragment'],
    ['new DOMParser().parseFromString(s, "text/html")', 'DOMParser'],
    ['eval(code)', 'eval()'],
    ['const f = new Function("a", body)', 'new Function()'],
    ["setTimeout('go()', 10)", 'string timer'],
  ])('finds %s', (line, name) => {
    expect(findSinks('x.ts', line)).toEqual([expect.stringContaining(`x.ts:1: ${name}:`)]);
  });

  it.each([
    'el.textContent = value;',
    "script-src 'self' 'wasm-unsafe-eval'",
    'page.evaluate(() => 1)',
    'setTimeout(() => go(), 10)',
    'const html = `<p>${escape(text)}</p>`; // a string, never parsed into the page',
  ])('lets %s pass', (line) => {
    expect(findSinks('x.ts', line)).toEqual([]);
  });
});

describe('src/ and content/', () => {
  const files = [...filesUnder('src'), ...filesUnder('content')];

  it('are scanned', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files).toEqual(expect.arrayContaining([expect.stringMatching(/\.svelte$/), expect.stringMatching(/\.astro$/)]));
  });

  it('never build markup or code from strings (innerHTML, {@html}, set:html, eval …)', () => {
    const found = files.flatMap((file) => findSinks(file, fs.readFileSync(file, 'utf8')));
    expect(found, 'Build DOM with Svelte/Astro templates or textContent instead').toEqual([]);
  });
});
