import fs from 'node:fs';
import JSZip from 'jszip';
import { expect, test, type Download, type Page } from '@playwright/test';
import { holdScripts } from './support/site';

// Exports from the diagram page and from presentations: SVG (self-contained, titled, described,
// licensed, the same nodes as on screen), PNG at the requested size and background, and a
// PowerPoint deck with one slide per step and the captions in the notes.

async function exportFile(page: Page, button: string): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-export="${button}"]`).first().click(),
  ]);
  return { download, bytes: fs.readFileSync((await download.path())!) };
}

async function openExport(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr');
  await page.locator('details.export-menu summary').first().click();
}

/** Parses SVG text in the browser: its title, desc, text, node ids, and whether it renders. */
function readSvg(page: Page, text: string) {
  return page.evaluate(async (source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const image = new Image();
    image.src = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
    await image.decode();
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      title: doc.querySelector('svg > title')?.textContent ?? '',
      desc: doc.querySelector('svg > desc')?.textContent ?? '',
      text: doc.documentElement.textContent ?? '',
      nodes: [...doc.querySelectorAll('[data-node]')].map((node) => node.getAttribute('data-node')).sort(),
      styled: doc.querySelectorAll('[style]').length,
      unresolved: [...source.matchAll(/url\(["']?#([^)"']+)["']?\)/g)]
        .map((match) => match[1]!)
        .filter((id) => !doc.getElementById(id)),
      stylesheets: doc.querySelectorAll('style, link').length,
      // Text with no font of its own or from an ancestor: a standalone viewer draws it in serif.
      unfonted: [...doc.querySelectorAll('text')].filter((text) => !text.closest('[font-family], [style*="font-family"]')).length,
      rendered: [image.naturalWidth, image.naturalHeight],
      size: [Number(doc.documentElement.getAttribute('width')), Number(doc.documentElement.getAttribute('height'))],
    };
  }, text);
}

/** Width, height and the alpha of the top-left pixel of a PNG. */
function readPng(page: Page, bytes: Buffer) {
  return page.evaluate(async (base64) => {
    const blob = new Blob([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], { type: 'image/png' });
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    return { width: bitmap.width, height: bitmap.height, cornerAlpha: context.getImageData(1, 1, 1, 1).data[3] };
  }, bytes.toString('base64'));
}

test('the SVG export parses, is titled, described and licensed, and has the nodes shown on screen', async ({ page }) => {
  await openExport(page, '/diagrams/tlr4-pathway/?view=detailed&drug=ldn&contested=1&step=6');
  const { download, bytes } = await exportFile(page, 'svg');
  expect(download.suggestedFilename()).toBe('tlr4-pathway_detailed-lps-ldn-microglia-contested_step-6.svg');
  const text = bytes.toString('utf8');
  expect(text.startsWith('<?xml')).toBe(true);
  const svg = await readSvg(page, text);
  expect(svg.error).toBeNull();
  expect(svg.root).toBe('svg');
  expect(svg.title).toBe('Detailed map: LPS, LDN 4.5 mg, microglia, contested mechanisms on');
  expect(svg.desc).toMatch(/teaching model/);
  expect(svg.desc).toMatch(/step 6 of/i);
  expect(svg.text).toContain('Licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)');
  expect(svg.text).toMatch(/From TLR4 & LDN explained: http:\/\/127\.0\.0\.1:\d+\/diagrams\/tlr4-pathway\/\?view=detailed/);
  expect(svg.text).toContain('Step 6 of');
  const onScreen = await page
    .locator('.pathway-explorer svg.pathway-svg [data-node]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-node')).sort());
  expect(svg.nodes).toEqual(onScreen);
  // The key, an SVG of its own under the diagram on the page, comes along under it with its markers.
  expect(svg.text).toMatch(/Molecules[\s\S]*States[\s\S]*Arrows/);
  expect(svg.unresolved).toEqual([]);
  // Self-contained: styles inline, no stylesheet, no script; it renders as an image on its own.
  expect(svg.styled).toBeGreaterThan(50);
  expect(svg.stylesheets).toBe(0);
  expect(svg.unfonted).toBe(0);
  expect(text).not.toMatch(/<script|tabindex|url\(http/);
  expect(svg.rendered).toEqual(svg.size);
});

test('the exported SVG uses light colours even in the dark theme', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
  await openExport(page, '/diagrams/tlr4-pathway/');
  const { bytes } = await exportFile(page, 'svg');
  const text = bytes.toString('utf8');
  expect(text).toContain('fill="#ffffff"');
  expect(text).not.toMatch(/rgb\(20, 22, 26\)/); // the dark theme's background
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

for (const scale of [1, 2, 4]) {
  test(`the PNG export at ${scale}× has ${scale} times the SVG's size`, async ({ page }) => {
    await openExport(page, '/diagrams/tlr4-pathway/?view=overview&step=2');
    const svg = await readSvg(page, (await exportFile(page, 'svg')).bytes.toString('utf8'));
    await page
      .locator('.export-menu')
      .first()
      .getByRole('radio', { name: `${scale}×` })
      .check();
    const transparent = scale === 4;
    if (transparent) await page.locator('.export-menu').first().getByRole('radio', { name: 'Transparent' }).check();
    const { download, bytes } = await exportFile(page, 'png');
    expect(download.suggestedFilename()).toBe(
      `tlr4-pathway_overview-lps-no-drug-microglia_step-2_${scale}x${transparent ? '_transparent' : ''}.png`,
    );
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    const png = await readPng(page, bytes);
    expect([png.width, png.height]).toEqual([svg.size[0]! * scale, svg.size[1]! * scale]);
    expect(png.cornerAlpha).toBe(transparent ? 0 : 255);
    await expect(page.locator('.export-status').first()).toHaveText(`Saved ${download.suggestedFilename()}.`);
  });
}

test('the PowerPoint export is a zip with one slide per step and the captions in the notes', async ({ page }) => {
  test.setTimeout(120_000);
  await openExport(page, '/diagrams/tlr4-pathway/?view=overview&ligand=hmgb1&step=1');
  const steps = Number((await page.locator('.step-label').textContent())!.match(/of (\d+)/)![1]) + 1;
  const { download, bytes } = await exportFile(page, 'pptx');
  expect(download.suggestedFilename()).toBe('tlr4-pathway_overview-hmgb1-no-drug-microglia_slides.pptx');
  const zip = await JSZip.loadAsync(bytes);
  const slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
  expect(slides).toHaveLength(steps);
  const notes = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name))
      .map((name) => zip.file(name)!.async('string')),
  );
  expect(notes).toHaveLength(steps);
  expect(notes.join(' ')).toContain('HMGB1');
  expect(Object.keys(zip.files).filter((name) => /^ppt\/media\/.+\.png$/.test(name))).toHaveLength(steps);
  // Each slide's credit links to its own step, not to the deck's first.
  const third = await zip.file('ppt/slides/slide3.xml')!.async('string');
  expect(third).toMatch(/diagrams\/tlr4-pathway\/\?[^<]*step=2(?!\d)/);
  // The page is back where the reader left it.
  await expect(page.locator('.pathway-explorer svg.pathway-svg')).toHaveAttribute('data-step', '1');
  await expect(page).toHaveURL(/step=1/);
});

test('a presentation exports its slide, and an explorable exports as one SVG with its charts', async ({ page }) => {
  await openExport(page, '/present/tlr4-pathway/?view=sensitization&ligand=morphine&contested=1&step=2');
  const pathway = await exportFile(page, 'svg');
  expect(pathway.download.suggestedFilename()).toBe('tlr4-pathway_sensitization-morphine-no-drug-microglia-contested_step-2.svg');
  expect((await readSvg(page, pathway.bytes.toString('utf8'))).error).toBeNull();

  await openExport(page, '/present/dose-timeline/?slide=2');
  const { download, bytes } = await exportFile(page, 'svg');
  expect(download.suggestedFilename()).toBe('dose-timeline_dose-4.5-hours-72-compare-1.svg');
  const svg = await readSvg(page, bytes.toString('utf8'));
  expect(svg.error).toBeNull();
  expect(svg.title).toMatch(/^Dose and time: .*compared over 72 hours$/);
  expect(svg.desc).toMatch(/Compared: 4\.5 mg/);
  expect(svg.text).toContain('Licensed CC BY 4.0');
  expect(svg.text).toContain('Plasma level');
  const charts = await page.locator('figure[data-explorable] svg.ex-chart-svg').count();
  expect((bytes.toString('utf8').match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(charts + 1);
  expect(svg.rendered).toEqual(svg.size);
});

test('an explorable presentation exports a deck with one slide per view', async ({ page }) => {
  test.setTimeout(120_000);
  await openExport(page, '/present/forest-plot/');
  const { download, bytes } = await exportFile(page, 'pptx');
  expect(download.suggestedFilename()).toBe('forest-plot_forest-all-smd_slides.pptx');
  const zip = await JSZip.loadAsync(bytes);
  // One slide per panel of the forest plot: as many as the presentation has.
  const count = Number(await page.locator('main.deck').getAttribute('data-count'));
  expect(count).toBeGreaterThan(2);
  expect(Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))).toHaveLength(count);
  await expect(page.locator('main.deck')).toHaveAttribute('data-slide', '0');
});

test('an export menu opened before the diagram’s script has arrived still offers the exports', async ({ page }) => {
  // Hold the explorer's code (which brings the menu to life) back until the reader has opened the menu.
  const release = await holdScripts(page, /\/PathwayExplorer\.[\w-]+\.js$/);
  await page.goto('/diagrams/tlr4-pathway/');
  await page.locator('details.export-menu summary').first().click();
  await expect(page.locator('details.export-menu').first()).toHaveAttribute('open', '');
  release();
  await expect(page.locator('[data-export="svg"]').first()).toBeVisible();
});
