/**
 * layoutLegend: the key drawn under every diagram: glyphs by kind, states (each with its
 * non-colour mark) and arrow types. Positions are computed here so the legend is as
 * deterministic as the diagram.
 */
import { activityInfo, type Activity, type ActivityInfo } from './activity';
import { round1 } from './geometry';
import { glyphPath, type GlyphShape } from './glyph';
import { measureText } from './measure-label';
import type { LayoutText } from './compartments';

export interface LegendItem {
  /** What the sample shows. */
  type: 'glyph' | 'state' | 'edge';
  /** Glyph outline (glyph and state samples). */
  path: string;
  /** Offset outline (the summary-node sample). */
  shadowPath: string | undefined;
  /** State shown (state samples; 'inactive' for plain glyphs). */
  activity: Activity;
  mark: ActivityInfo['mark'];
  markAt: { x: number; y: number };
  /** Edge samples: line path, marker and dash. */
  marker: 'arrow' | 'tbar' | undefined;
  dashed: boolean;
  /** Edge samples: 'on' reached, 'off' not yet reached, 'idle' not acting. */
  edgeState: 'on' | 'off' | 'idle';
  badge: { x: number; y: number } | undefined;
  label: LayoutText;
}

export interface LegendLayout {
  width: number;
  height: number;
  /** Row headings. */
  headings: LayoutText[];
  items: LegendItem[];
}

const font = 12;
const rowHeight = 30;
const sample = { width: 28, height: 18 };
const headingWidth = 78;

const glyphSamples: Array<[GlyphShape, string, boolean]> = [
  ['ellipse', 'ligand', false],
  ['capsule', 'drug', false],
  ['receptor', 'receptor', false],
  ['rounded', 'protein', false],
  ['complex', 'complex', false],
  ['gene', 'gene', false],
  ['cytokine', 'cytokine', false],
  ['hexagon', 'outcome', false],
  ['rounded', 'stands for several', true],
];
const stateSamples: Activity[] = ['present', 'active', 'primed', 'reduced', 'blocked', 'degraded', 'inactive'];
const edgeSamples: Array<[string, 'arrow' | 'tbar', boolean, 'on' | 'off' | 'idle']> = [
  ['activates', 'arrow', false, 'on'],
  ['inhibits', 'tbar', false, 'on'],
  ['contested (grade C)', 'arrow', true, 'on'],
  ['not yet reached', 'arrow', false, 'off'],
  ['not acting here', 'arrow', false, 'idle'],
];

const blank = { shadowPath: undefined, marker: undefined, dashed: false, edgeState: 'on' as const, badge: undefined };

export function layoutLegend(width: number): LegendLayout {
  const items: LegendItem[] = [];
  const headings: LayoutText[] = [];
  const place = (row: number, entries: Array<(x: number, y: number) => LegendItem>) => {
    const y = 18 + row * rowHeight;
    let x = 12 + headingWidth;
    for (const make of entries) {
      const item = make(x, y);
      items.push(item);
      x = round1(x + sample.width + 5 + measureText(item.label.text, font) + 14);
    }
  };
  const label = (text: string, x: number, y: number): LayoutText => ({
    text,
    x: round1(x + sample.width + 5),
    y: round1(y + font * 0.35),
    anchor: 'start',
  });
  headings.push({ text: 'Molecules', x: 12, y: round1(18 + font * 0.35), anchor: 'start' });
  place(
    0,
    glyphSamples.map(([shape, text, summary]) => (x, y) => {
      const cx = x + sample.width / 2;
      const h = shape === 'receptor' ? 24 : sample.height;
      return {
        ...blank,
        type: 'glyph',
        path: glyphPath(shape, cx, y, sample.width - (summary ? 3 : 0), h),
        shadowPath: summary ? glyphPath(shape, cx + 3, y + 3, sample.width - 3, h) : undefined,
        activity: 'inactive',
        mark: 'none',
        markAt: { x: round1(cx), y },
        label: label(text, x, y),
      };
    }),
  );
  headings.push({ text: 'States', x: 12, y: round1(18 + rowHeight + font * 0.35), anchor: 'start' });
  place(
    1,
    stateSamples.map((activity) => (x, y) => ({
      ...blank,
      type: 'state',
      path: glyphPath('rounded', x + sample.width / 2, y, sample.width, sample.height),
      activity,
      mark: activityInfo[activity].mark,
      markAt: { x: round1(x + sample.width - 3), y: round1(y - sample.height / 2 + 3) },
      label: label(activityInfo[activity].word.split(',')[0]!, x, y),
    })),
  );
  headings.push({ text: 'Arrows', x: 12, y: round1(18 + 2 * rowHeight + font * 0.35), anchor: 'start' });
  place(
    2,
    edgeSamples.map(([text, marker, dashed, edgeState]) => (x, y) => ({
      ...blank,
      type: 'edge',
      path: `M${round1(x)},${round1(y)}H${round1(x + sample.width - 3)}`,
      activity: 'inactive',
      mark: 'none',
      markAt: { x, y },
      marker,
      dashed,
      edgeState,
      badge: dashed ? { x: round1(x + sample.width / 2 - 2), y: round1(y) } : undefined,
      label: label(text, x, y),
    })),
  );
  return { width, height: 3 * rowHeight + 8, headings, items };
}
