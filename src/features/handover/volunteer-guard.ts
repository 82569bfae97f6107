// A citizen's data never outlives the session on an office's device: it is wiped after a few
// minutes without anyone touching the screen, and at start-up if the tablet was left that long.
import { endSessions, getSettings, listHouseholds } from '../../storage';

export const IDLE_MINUTES = 5;
const IDLE_MS = IDLE_MINUTES * 60_000;
const ACTIVITY = ['pointerdown', 'keydown', 'input', 'scroll'] as const;

let timer: ReturnType<typeof setTimeout> | undefined;
let onWipe: (() => void) | undefined;

function arm(): void {
  clearTimeout(timer);
  timer = setTimeout(() => void wipe(), IDLE_MS);
}

async function wipe(): Promise<void> {
  stopIdleWipe();
  if ((await endSessions()) > 0) onWipe?.();
}

/** Starts the idle timer for a session in progress; `wiped` is told when it ran out. */
export function startIdleWipe(wiped: () => void): void {
  onWipe = wiped;
  for (const event of ACTIVITY) document.addEventListener(event, arm, { passive: true, capture: true });
  arm();
}

export function stopIdleWipe(): void {
  clearTimeout(timer);
  for (const event of ACTIVITY) document.removeEventListener(event, arm, { capture: true });
}

/** At start-up on an office device: a session left idle is wiped at once, a live one watched. */
export async function resumeVolunteerGuard(wiped: () => void): Promise<void> {
  if (!(await getSettings()).volunteerMode) return;
  const sessions = (await listHouseholds()).households.filter((household) => household.session);
  if (sessions.length === 0) return;
  const last = Math.max(...sessions.map((household) => Date.parse(household.updatedAt)));
  if (Date.now() - last > IDLE_MS) {
    await endSessions();
    wiped();
  } else startIdleWipe(wiped);
}
