// Build-time props of the three explorables for their presentations, read and validated as the
// MDX components in src/components/mdx read them (the same files, the same citation keys).
import { readReferences } from '../../content/references';
import { readPkParameters } from '../../explorables/dose/read';
import { halfLifeChoices } from '../../explorables/dose/substances';
import { buildPanelAxes } from '../../explorables/forest/axes';
import { readForestRows } from '../../explorables/forest/read';
import { readNntSources } from '../../explorables/nnt/read';
import { linkSources } from '../../explorables/shared/short-citation';
import { doseSlides, forestSlides, nntSlides } from '../../export/explorable-slides';
import { t } from '../../i18n/t';
import { withBase } from '../../lib/url';

const cite = (keys: Iterable<string>) => linkSources(new Set(keys), readReferences(), withBase('references/'));

export function nntProps() {
  const sources = readNntSources();
  const keys = [...sources.flatMap((entry) => entry.refs), 'cook1995', 'laupacis1988', 'martin2022'];
  return { sources, citations: cite(keys), slides: nntSlides(sources), siteName: t('site.name') };
}

export function forestProps() {
  const rows = readForestRows();
  const axes = buildPanelAxes(rows);
  return {
    rows,
    axes,
    citations: cite(rows.flatMap((row) => row.refs)),
    slides: forestSlides(rows, axes),
    siteName: t('site.name'),
  };
}

export function doseProps() {
  const { entries, parameters } = readPkParameters();
  const keys = [...entries.flatMap((entry) => entry.refs), ...halfLifeChoices, 'ldn-review2014', 'kjome2011', 'trostheim2022'];
  return { entries, parameters, citations: cite(keys), slides: doseSlides(parameters), siteName: t('site.name') };
}
