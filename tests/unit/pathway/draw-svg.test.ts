import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drawSvg } from '../../../src/components/pathway/explorer-svg.svelte';

describe('drawSvg', () => {
  // Node has no frames: one is a 16 ms timer here, and a task queued from it runs after it.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 16));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('gives the props at once when the change is not a step press', () => {
    const svg = { step: 0 };
    expect(drawSvg(svg, { step: 1 }, false)).toBeUndefined();
    expect(svg.step).toBe(1);
  });

  it("gives a step press's props only after the next frame has been painted", () => {
    const svg = { step: 0 };
    drawSvg(svg, { step: 1 }, true);
    expect(svg.step).toBe(0);
    vi.advanceTimersByTime(16); // the frame that paints the press's own answer
    expect(svg.step).toBe(0);
    vi.runOnlyPendingTimers(); // the task queued from that frame
    expect(svg.step).toBe(1);
  });

  it('drops a waiting state when a newer one replaces it (the cleanup)', () => {
    const svg = { step: 0 };
    const cleanup = drawSvg(svg, { step: 1 }, true);
    cleanup?.();
    drawSvg(svg, { step: 2 }, true);
    vi.advanceTimersByTime(16);
    vi.runOnlyPendingTimers();
    expect(svg.step).toBe(2);
    cleanup?.();
    vi.runAllTimers();
    expect(svg.step).toBe(2);
  });

  it('does nothing before the SVG is hydrated', () => {
    expect(() => drawSvg(undefined, { step: 1 }, false)).not.toThrow();
    expect(() => drawSvg(undefined, { step: 1 }, true)).not.toThrow();
    vi.runAllTimers();
  });
});
