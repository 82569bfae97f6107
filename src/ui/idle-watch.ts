// "Nobody has touched the screen for a while": for the auto-lock and the end of a volunteer's
// session. A phone puts background tabs' timers to sleep, so coming back to the page after
// the delay counts too, whatever the timer did meanwhile.
const ACTIVITY = ['pointerdown', 'keydown', 'input', 'scroll'] as const;

/** Calls `onIdle` once after `delayMs` without activity; returns a function that stops watching. */
export function watchIdle(delayMs: number, onIdle: () => void): () => void {
  let last = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    clearTimeout(timer);
    for (const event of ACTIVITY) document.removeEventListener(event, active, { capture: true });
    document.removeEventListener('visibilitychange', returned);
  };
  const idle = () => {
    stop();
    onIdle();
  };
  function active(): void {
    last = Date.now();
    clearTimeout(timer);
    timer = setTimeout(idle, delayMs);
  }
  function returned(): void {
    if (document.visibilityState === 'visible' && Date.now() - last >= delayMs) idle();
  }
  for (const event of ACTIVITY) document.addEventListener(event, active, { passive: true, capture: true });
  document.addEventListener('visibilitychange', returned);
  active();
  return stop;
}
