import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settleMs, whenSettled } from '../../../src/lib/url-state';

describe('whenSettled', () => {
  // The window's events, in Node.
  const page = new EventTarget();
  const hide = () => page.dispatchEvent(new Event('visibilitychange'));
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('addEventListener', page.addEventListener.bind(page));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs the task once, when the calls have paused for settleMs, and again after a later call', () => {
    const task = vi.fn();
    const schedule = whenSettled(task);
    schedule();
    vi.advanceTimersByTime(settleMs - 50);
    schedule(); // a second step before the pause is over starts the wait again
    vi.advanceTimersByTime(settleMs - 50);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(settleMs * 4);
    expect(task).toHaveBeenCalledTimes(1);
    schedule();
    vi.advanceTimersByTime(settleMs);
    expect(task).toHaveBeenCalledTimes(2);
  });

  it('runs a pending task at once when the page is hidden or left, and nothing when none is pending', () => {
    const task = vi.fn();
    const schedule = whenSettled(task);
    hide();
    expect(task).not.toHaveBeenCalled();
    schedule();
    hide();
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(settleMs);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('drops a pending run when cancelled (a component that is gone must not write the address)', () => {
    const task = vi.fn();
    const schedule = whenSettled(task);
    schedule();
    schedule.cancel();
    vi.advanceTimersByTime(settleMs);
    hide();
    expect(task).not.toHaveBeenCalled();
  });
});
