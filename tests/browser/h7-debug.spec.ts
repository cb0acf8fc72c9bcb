import { test } from '@playwright/test';
test('dbg', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/diagrams/tlr4-pathway/?view=detailed&ligand=lps,morphine&drug=ldn&contested=1');
  await page.waitForTimeout(1500);
  const out = await page.evaluate(() => {
    const res: string[] = [];
    for (const node of document.querySelectorAll('svg.pathway-svg [data-node]')) {
      const glyph = node.querySelector('.glyph')!; const mark = node.querySelector('.mark');
      const gs = getComputedStyle(glyph);
      const ms = mark ? [...mark.querySelectorAll('circle, path')].map((e) => { const s = getComputedStyle(e); return `${e.getAttribute('class')}:${s.fill}/${s.stroke}`; }).join(' ') : 'nomark';
      res.push(`${node.getAttribute('data-node')} ${node.getAttribute('data-activity')} glyph fill=${gs.fill} stroke=${gs.stroke} dash=${gs.strokeDasharray} | ${mark?.getAttribute('class')} ${ms}`);
    }
    return res.slice(0, 40);
  });
  console.log(out.join('\n'));
  await page.locator('svg.pathway-svg').first().screenshot({ path: '/tmp/h7-forced.png' });
  await page.emulateMedia({ media: 'print', forcedColors: 'none' });
  const vis = await page.evaluate(() => [...document.querySelectorAll('button, input, select, textarea, summary, details, nav, [role=button]')].filter((e) => !e.closest('svg') && e.checkVisibility()).map((e) => `${e.localName}.${[...e.classList].join('.')} ${e.textContent?.trim().slice(0, 30)}`));
  console.log('visible in print:', vis.join(' | '));
});
