// wouter and react-i18next import the `use-sync-external-store` shim for React before 18; React
// 19 has the hook itself. The build points the shim here (vite.config.ts), which saves its
// CommonJS code in the first screen's download.
export { useSyncExternalStore } from 'react';
