import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchIdle } from './idle-watch';

afterEach(() => {
  vi.useRealTimers();
});

function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('watching for a screen nobody touches', () => {
  it('calls once after the delay without activity, and each touch starts the delay again', () => {
    vi.useFakeTimers();
    const idle = vi.fn();
    const stop = watchIdle(60_000, idle);
    vi.advanceTimersByTime(50_000);
    document.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(50_000);
    expect(idle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(idle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(600_000);
    expect(idle).toHaveBeenCalledTimes(1);
    stop();
  });

  it('counts the time the phone spent elsewhere when the page comes back, whatever the timer did', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const idle = vi.fn();
    const stop = watchIdle(60_000, idle);
    setVisibility('hidden');
    vi.setSystemTime(Date.now() + 30_000);
    setVisibility('visible');
    expect(idle).not.toHaveBeenCalled();
    setVisibility('hidden');
    vi.setSystemTime(Date.now() + 61_000);
    setVisibility('visible');
    expect(idle).toHaveBeenCalledTimes(1);
    stop();
  });

  it('calls nothing once stopped', () => {
    vi.useFakeTimers();
    const idle = vi.fn();
    watchIdle(60_000, idle)();
    vi.advanceTimersByTime(120_000);
    expect(idle).not.toHaveBeenCalled();
  });
});
