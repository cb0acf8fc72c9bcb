// What PresentLayout's inline scripts leave on the window for the deck's code.
export {};

declare global {
  interface Window {
    /** Zooms a slide to fit its parent (on pages with `fitSlides`; fit-to-stage.ts calls it again). */
    fitToStage?: (slide: HTMLElement) => void;
    /** Keys pressed before the deck started, in order, for Deck.svelte to answer (which then unsets it). */
    earlyKeys?: KeyboardEvent[];
  }
}
