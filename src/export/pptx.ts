/**
 * A PowerPoint deck, one slide per step: the step's picture (PNG), its label as the slide title,
 * the credit and licence line, and the step's caption in the speaker notes. pptxgenjs is loaded
 * only here, and this module only when a reader asks for a deck.
 */
import { blobToDataUrl } from './png';

export interface DeckSlide {
  /** Slide title, e.g. "Step 3 of 21". */
  title: string;
  /** Speaker notes: the step's caption. */
  notes: string;
  png: Blob;
  /** Picture size in pixels (for its aspect ratio). */
  width: number;
  height: number;
  /** Credit and licence line linking to this slide's own state; the deck's credit if none. */
  credit?: string;
}

export interface DeckMeta {
  title: string;
  credit: string;
}

/** Slide size of LAYOUT_WIDE, inches. */
const slideWidth = 13.333;
const slideHeight = 7.5;

export async function buildPptx(slides: DeckSlide[], meta: DeckMeta): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const deck = new PptxGenJS();
  deck.layout = 'LAYOUT_WIDE';
  deck.title = meta.title;
  deck.subject = meta.credit;
  for (const slide of slides) {
    const page = deck.addSlide();
    page.addText(`${meta.title} · ${slide.title}`, { x: 0.3, y: 0.15, w: slideWidth - 0.6, h: 0.5, fontSize: 18, bold: true });
    const box = { x: 0.3, y: 0.7, w: slideWidth - 0.6, h: slideHeight - 1.2 };
    const scale = Math.min(box.w / slide.width, box.h / slide.height);
    const w = slide.width * scale;
    const h = slide.height * scale;
    const data = (await blobToDataUrl(slide.png)).replace(/^data:/, '');
    page.addImage({ data, x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h, altText: slide.notes });
    page.addText(slide.credit ?? meta.credit, {
      x: 0.3,
      y: slideHeight - 0.45,
      w: slideWidth - 0.6,
      h: 0.35,
      fontSize: 9,
      color: '4A4F57',
    });
    page.addNotes(slide.notes);
  }
  return (await deck.write({ outputType: 'blob' })) as Blob;
}
