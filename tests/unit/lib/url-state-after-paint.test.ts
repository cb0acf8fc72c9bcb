import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from '../../../src/lib/url-state';

describe('afterPaint', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs the task once after the next frame, however often it was asked for, and again when asked later', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(0), 16));
    const task = vi.fn();
    const schedule = afterPaint(task);
    schedule();
    schedule();
    schedule();
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(15);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2);
    expect(task).toHaveBeenCalledTimes(1);
    schedule();
    vi.advanceTimersByTime(20);
    expect(task).toHaveBeenCalledTimes(2);
  });
});
