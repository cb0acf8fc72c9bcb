import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { nextFrames } from './support/frames';
import { chapterPages } from './support/site';

// The site in the modes readers set: reduced motion (nothing animates), forced colours (Windows
// high contrast: the diagram's node states stay distinguishable without colour) and print
// (controls hidden, references kept).
const dist = process.env.DIST_DIR ?? 'dist';
const exists = (page: string) => fs.existsSync(path.join(dist, page, 'index.html'));
const diagram = '/diagrams/tlr4-pathway/';

/** Counts the page's own requestAnimationFrame calls: a JavaScript animation asks for a frame every frame. */
async function countFrames(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __h7frames: number; __h7raf: typeof requestAnimationFrame };
    w.__h7frames = 0;
    w.__h7raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => {
      w.__h7frames += 1;
      return w.__h7raf(callback);
    };
  });
}

/** Animations running now (CSS animations and transitions, Web Animations), and page rAF calls over the next 20 frames. */
async function motion(page: Page) {
  return page.evaluate(async () => {
    const w = window as unknown as { __h7frames: number; __h7raf: typeof requestAnimationFrame };
    const running = document
      .getAnimations()
      .filter((animation) => animation.playState === 'running' && Number(animation.effect?.getComputedTiming().duration ?? 0) > 1)
      .map((animation) => {
        const target = (animation.effect as KeyframeEffect | null)?.target;
        return `${animation.constructor.name} ${(animation as CSSAnimation).animationName ?? ''} on ${target?.localName ?? '?'}.${[...(target?.classList ?? [])].join('.')}`;
      });
    const before = w.__h7frames;
    // Each wait capped: a headless Chromium on a busy machine can pause its frames (support/frames.ts).
    for (let i = 0; i < 20; i += 1)
      await Promise.race([new Promise((resolve) => w.__h7raf(resolve)), new Promise((resolve) => setTimeout(resolve, 250))]);
    return { running, frames: w.__h7frames - before };
  });
}

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  // One page of each kind, and every chapter with an interactive figure (an island).
  const withIslands = chapterPages().filter((page) =>
    /<astro-island\b/.test(fs.readFileSync(path.join(dist, page, 'index.html'), 'utf8')),
  );
  const pages = ['/', ...withIslands, diagram, '/embed/tlr4-pathway/', '/present/tlr4-pathway/'].filter(exists);

  for (const page0 of pages) {
    test(`${page0}: nothing animates, on load or while the reader steps and plays`, async ({ page }) => {
      await countFrames(page);
      await page.goto(page0);
      await page.waitForLoadState('networkidle');
      // Bring each island that waits to be seen into view so that it hydrates, then come back up.
      // (An island is display: contents, without a box of its own: scroll to its first child.)
      for (const island of await page.locator('astro-island[client="near"] > :first-child').all()) {
        await island.evaluate((element) => element.scrollIntoView({ block: 'center' }));
        await nextFrames(page);
      }
      await page.evaluate(() => scrollTo(0, 0));
      // Islands that wait for the reader (client:open, client:params) load nothing until then.
      await expect(page.locator('astro-island[ssr]:not([client="open"], [client="params"])')).toHaveCount(0);
      const seen: string[] = [];
      const check = async (when: string) => {
        const { running, frames } = await motion(page);
        for (const animation of running) seen.push(`${when}: ${animation}`);
        if (frames > 3) seen.push(`${when}: a script asked for ${frames} frames in 20 (a JavaScript animation)`);
      };
      await check('after load');
      for (const control of ['[data-step-next]', '[data-step-play]', '[data-deck="next"]']) {
        const button = page.locator(control).first();
        if ((await button.count()) === 0 || !(await button.isVisible()) || (await button.isDisabled())) continue;
        await button.click();
        await check(`after ${control}`);
      }
      expect(seen).toEqual([]);
    });
  }
});

test.describe('in forced colours (Windows high contrast)', () => {
  test.use({ colorScheme: 'dark' });

  test('every node state in the diagram keeps a mark of its own and an outline, drawn in a visible colour', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    // A scenario with present, active, primed, reduced and degraded nodes, and contested arrows.
    await page.goto(`${diagram}?view=detailed&ligand=lps,morphine&drug=ldn&contested=1`);
    await expect(page.locator('astro-island:has(svg.pathway-svg)').first()).not.toHaveAttribute('ssr');
    const nodes = await page
      .locator('svg.pathway-svg')
      .first()
      .evaluate((svg) => {
        const channels = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const luminance = (color: string) => {
          const [r = 0, g = 0, b = 0] = channels(color).map((v) => {
            const c = v / 255;
            return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const contrast = (a: string, b: string) => {
          const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
          return (hi! + 0.05) / (lo! + 0.05);
        };
        return [...svg.querySelectorAll('[data-node]')].map((node) => {
          const glyph = getComputedStyle(node.querySelector('.glyph')!);
          const mark = node.querySelector('.mark');
          const disc = mark?.querySelector('.mark-disc');
          const icon = mark?.querySelector('.mark-icon, .mark-solid');
          const discFill = disc ? getComputedStyle(disc).fill : '';
          const iconStyle = icon ? getComputedStyle(icon) : undefined;
          const iconColor = iconStyle ? (iconStyle.stroke !== 'none' ? iconStyle.stroke : iconStyle.fill) : '';
          return {
            id: node.getAttribute('data-node')!,
            activity: node.getAttribute('data-activity')!,
            mark: mark?.getAttribute('class')?.replace('mark ', '') ?? 'none',
            markContrast: disc && icon ? contrast(discFill, iconColor) : 0,
            outline: glyph.stroke !== 'none' && Number.parseFloat(glyph.strokeWidth) > 0,
            dashed: glyph.strokeDasharray !== 'none',
            hatched: node.querySelector('.glyph-hatch') !== null,
          };
        });
      });
    const signalling = ['present', 'active', 'primed', 'reduced', 'blocked', 'degraded'];
    const states = new Map<string, Set<string>>();
    const problems: string[] = [];
    for (const node of nodes) {
      if (!node.outline) problems.push(`${node.id}: no outline`);
      if (!signalling.includes(node.activity)) continue;
      if (node.mark === 'none') problems.push(`${node.id} (${node.activity}): no mark`);
      else if (node.markContrast < 3)
        problems.push(`${node.id} (${node.activity}): mark contrast ${node.markContrast.toFixed(1)}:1`);
      const cue = `${node.mark}${node.dashed ? '+dashed' : ''}${node.hatched ? '+hatched' : ''}`;
      states.set(node.activity, (states.get(node.activity) ?? new Set()).add(cue));
    }
    expect(problems).toEqual([]);
    // The scenario shows most states, and each state has one cue no other state shares.
    expect(states.size).toBeGreaterThanOrEqual(5);
    const cues = [...states.entries()].map(([activity, set]) => ({ activity, cues: [...set] }));
    for (const { activity, cues: own } of cues) {
      expect(own, `${activity} is drawn one way`).toHaveLength(1);
      const others = cues.filter((other) => other.activity !== activity).flatMap((other) => other.cues);
      expect(others, `${activity} looks like another state`).not.toContain(own[0]);
    }
    // Contested arrows stay dashed, so grade C is not carried by colour either.
    const dashes = await page
      .locator('svg.pathway-svg .edge.contested .edge-line')
      .evaluateAll((lines) => lines.map((line) => getComputedStyle(line).strokeDasharray));
    expect(dashes.length).toBeGreaterThan(0);
    expect(dashes.filter((dash) => dash === 'none')).toEqual([]);
  });
});

test.describe('in print', () => {
  const printed = ['/', ...chapterPages(), diagram, '/references/'].filter(exists);

  for (const page0 of printed) {
    test(`${page0} prints without controls and keeps its references`, async ({ page }) => {
      await page.goto(page0);
      await page.waitForLoadState('networkidle');
      await page.emulateMedia({ media: 'print' });
      const controls = await page.evaluate(() =>
        [
          ...document.querySelectorAll(
            'button, input:not([type="hidden"]), select, textarea, [role="button"], [role="switch"], [role="slider"], [role="tab"]',
          ),
        ]
          .filter((element) => !element.closest('svg') && element.checkVisibility({ visibilityProperty: true }))
          // Content, not controls: a glossary term or a citation in a sentence prints as its words,
          // and a self-check prints as a worksheet whose answer boxes are meant to be ticked.
          .filter(
            (element) =>
              !(
                getComputedStyle(element).display.startsWith('inline') && element.closest('p, li, dd, td, figcaption, blockquote')
              ),
          )
          .filter((element) => !element.matches('.self-check input[type="radio"], .self-check input[type="checkbox"]'))
          .map(
            (element) =>
              `${element.localName}${element.className ? `.${String(element.className).split(' ')[0]}` : ''} "${(element.textContent ?? (element as HTMLInputElement).value ?? '').trim().slice(0, 30)}"`,
          ),
      );
      expect(controls, 'controls visible in print').toEqual([]);
      if (/^\/learn\/[^/]+\/$/.test(page0)) {
        await expect(page.locator('section.references')).toBeVisible();
        const items = page.locator('section.references li');
        expect(await items.count()).toBeGreaterThan(0);
        await expect(items.last()).toBeVisible();
      }
      if (page0 === '/references/') await expect(page.locator('main li').first()).toBeVisible();
      if (page0 === diagram) {
        await expect(page.locator('svg.pathway-svg').first()).toBeVisible();
        await expect(page.locator('main a[href*="references/#ref-"]').first()).toBeVisible();
      }
    });
  }
});
