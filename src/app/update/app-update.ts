// The update flow. A new version is installed in the background and waits; a banner offers
// "Update". Nothing reloads by itself while someone has an answer half-typed: the reload
// waits for them, and their draft is written down first.
//
// The reload follows the browser's own `controllerchange` event rather than workbox-window's
// "controlling" event: on a page first opened before any worker existed, workbox-window marks
// a later takeover as "not an update" and the page would never reload after "Update".
import { useSyncExternalStore } from 'react';
import { registerSW } from 'virtual:pwa-register';
import { flushUnsavedEdits, hasUnsavedEdits } from '../../storage/shell';

export interface UpdateState {
  /** A new version is installed and waits for the person to say "Update". */
  waiting: boolean;
  /** A new version took over (from another tab) but this tab has unsaved edits. */
  reloadPending: boolean;
}

interface WorkerContainer extends EventTarget {
  readonly controller: unknown;
}

export interface UpdateOptions {
  reload?: () => void;
  /** `navigator.serviceWorker`; tests pass a stand-in. */
  container?: WorkerContainer;
}

const HOUR = 60 * 60 * 1000;
let state: UpdateState = { waiting: false, reloadPending: false };
const listeners = new Set<() => void>();
let applyWaitingVersion: ((reload?: boolean) => Promise<void>) | undefined;
let requestedHere = false;

function setState(patch: Partial<UpdateState>): void {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

export function startUpdateChecks({
  reload = () => window.location.reload(),
  container = globalThis.navigator?.serviceWorker,
}: UpdateOptions = {}): void {
  requestedHere = false;
  setState({ waiting: false, reloadPending: false });
  if (!container) return;

  // At a first visit the worker takes control once (clientsClaim): that is not an update.
  let controlled = Boolean(container.controller);
  container.addEventListener('controllerchange', () => {
    if (!controlled) {
      controlled = true;
      return;
    }
    if (requestedHere || !hasUnsavedEdits()) reload();
    else setState({ waiting: false, reloadPending: true });
  });

  applyWaitingVersion = registerSW({
    immediate: true,
    onNeedRefresh: () => setState({ waiting: true }),
    // Handled by the controllerchange listener above; without this option the plugin would
    // reload the page by itself.
    onNeedReload: () => undefined,
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      // A tablet in an office may stay open for days: look for a new version now and then,
      // and whenever the app comes back to the foreground.
      const check = () => {
        if (navigator.onLine) void registration.update().catch(() => undefined);
      };
      setInterval(check, HOUR);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') check();
      });
    },
  });
}

export async function applyUpdate(): Promise<void> {
  requestedHere = true;
  await flushUnsavedEdits();
  await applyWaitingVersion?.(true);
}

export async function reloadNow(): Promise<void> {
  await flushUnsavedEdits();
  window.location.reload();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useUpdateState(): UpdateState {
  return useSyncExternalStore(subscribe, () => state);
}
