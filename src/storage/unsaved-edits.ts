// Which forms hold an edit not yet saved to the profile. The update flow asks before it
// reloads the page, so that nobody loses a half-typed answer to a new version.
type Flush = () => Promise<void>;

const open = new Map<string, Flush>();

export function registerUnsavedEdit(key: string, flush: Flush): () => void {
  open.set(key, flush);
  return () => {
    if (open.get(key) === flush) open.delete(key);
  };
}

export function hasUnsavedEdits(): boolean {
  return open.size > 0;
}

/** Writes every open edit to its draft, e.g. just before the page reloads. */
export async function flushUnsavedEdits(): Promise<void> {
  await Promise.all([...open.values()].map((flush) => flush()));
}
