/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

/** Identifies the build (shown in Settings; differs between deployments). */
declare const __BUILD_ID__: string;
