// The Content Security Policy of the built app: everything from its own origin, no inline
// script, no eval, no plug-ins. Set as a <meta> in the built index.html (the dev server injects
// inline scripts for hot reload, so it is build-only); hosts should also send it as a header
// with `frame-ancestors 'none'`, which a <meta> cannot carry (docs/security.md).
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // data: for the icons inlined by the build; blob: for a photo of a QR code and a saved file.
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'carnet-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}
