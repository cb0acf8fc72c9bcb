import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe';
import { nextFrames } from './support/frames';
import { builtPages } from './support/site';

// Every page at a phone, a tablet, a laptop, a desktop and a 4K width: nothing sticks out sideways
// (the page does not scroll horizontally, and nothing is cut off at the right edge outside a
// container that scrolls), and every interactive target is at least 24 × 24 CSS px or spaced as
// WCAG 2.2 SC 2.5.8 allows (axe's target-size rule, which applies the SC's exceptions: inline
// links in sentences, enough spacing, user-agent controls). One load per page, then resizes.
const widths = [320, 768, 1280, 1920, 3840];

/** Elements that stick out past the right edge of the viewport without a scrolling container to hold them. Runs in the browser. */
function overflowing(): string[] {
  const width = document.documentElement.clientWidth;
  const found: string[] = [];
  /** True when an ancestor inside the viewport scrolls or clips the element (a wide diagram or table in its frame). */
  const contained = (element: Element) => {
    for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
      if (/auto|scroll|hidden|clip/.test(getComputedStyle(parent).overflowX) && parent.getBoundingClientRect().right <= width + 1)
        return true;
    }
    return false;
  };
  if (document.documentElement.scrollWidth > width)
    found.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px wide in ${width} px`);
  for (const element of document.body.querySelectorAll('*')) {
    const rect = element.getBoundingClientRect();
    if (rect.width <= 1 || rect.height <= 1 || rect.right <= width + 1) continue;
    if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    if (contained(element)) continue;
    const name = `${element.localName}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${[...element.classList].slice(0, 2).join('.')}` : ''}`;
    found.push(`${name} reaches ${Math.round(rect.right)} px`);
  }
  return found.slice(0, 8);
}

for (const path of builtPages()) {
  test(`${path} fits and has large enough targets at ${widths.join(', ')} px`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: widths[0]!, height: 800 });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const problems: string[] = [];
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 });
      await nextFrames(page);
      problems.push(...(await page.evaluate(overflowing)).map((problem) => `${width} px: ${problem}`));
      // Target sizes change little with width and axe is slow on big pages: the narrowest only
      // (accessibility.spec.ts runs every axe rule, target-size included, at 1280 px in each theme).
      if (width !== 320) continue;
      for (const violation of await axeViolations(page, () => new AxeBuilder({ page }).withRules(['target-size'])))
        for (const node of violation.nodes.slice(0, 5))
          problems.push(
            `${width} px: target smaller than 24 × 24 px: ${node.target.join(' ')} (${node.failureSummary?.split('\n')[1]?.trim() ?? ''})`,
          );
    }
    expect(problems).toEqual([]);
  });
}
