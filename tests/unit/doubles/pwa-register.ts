// Stands in for vite-plugin-pwa's virtual:pwa-register in jsdom tests: lets a test play the
// service worker ("a new version is waiting", "a new version took control").
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';

export const serviceWorker = {
  options: undefined as RegisterSWOptions | undefined,
  skipWaitingRequests: 0,
  reset() {
    this.options = undefined;
    this.skipWaitingRequests = 0;
  },
};

export function registerSW(options: RegisterSWOptions = {}) {
  serviceWorker.options = options;
  return async () => {
    serviceWorker.skipWaitingRequests += 1;
  };
}
