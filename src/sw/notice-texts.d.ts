// Built by scripts/vite/notice-texts.ts: per language, the notices texts and the rights' names.
declare module 'virtual:notice-texts' {
  const texts: Record<string, { notices: Record<string, unknown>; rights: Record<string, unknown> }>;
  export default texts;
}
