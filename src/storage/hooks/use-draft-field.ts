// A text field whose half-typed value survives a reload, an update or a crash: what is typed
// goes to the drafts table at once, and comes back when the screen opens again.
import { useCallback, useEffect, useRef, useState } from 'react';
import { clearDraft, readDraft, saveDraft } from '../repositories/drafts';
import { registerUnsavedEdit } from '../unsaved-edits';

export interface DraftField {
  text: string;
  setText: (text: string) => void;
  /** The value was saved where it belongs: forget the draft. */
  settle: () => Promise<void>;
  /** True while what is shown differs from what is saved. */
  dirty: boolean;
}

export function useDraftField(key: string, saved: string): DraftField {
  const [text, setTextState] = useState(saved);
  const [dirty, setDirty] = useState(false);
  const latest = useRef(text);
  /** Counts keystrokes, so that a late read never replaces what was typed meanwhile. */
  const edits = useRef(0);

  // Restore a draft left by an earlier visit; otherwise follow the saved value.
  useEffect(() => {
    let cancelled = false;
    const editsBefore = edits.current;
    void readDraft(key).then((draft) => {
      // Typed while the draft was being read (say, just after a save changed `saved`): what
      // the person typed is newer than anything stored.
      if (cancelled || edits.current !== editsBefore) return;
      if (typeof draft === 'string' && draft !== saved) {
        latest.current = draft;
        setTextState(draft);
        setDirty(true);
      } else {
        latest.current = saved;
        setTextState(saved);
        setDirty(false);
      }
    });
    return () => {
      cancelled = true;
    };
  }, [key, saved]);

  useEffect(() => {
    if (!dirty) return undefined;
    return registerUnsavedEdit(key, () => saveDraft(key, latest.current));
  }, [dirty, key]);

  const setText = useCallback(
    (next: string) => {
      edits.current += 1;
      latest.current = next;
      setTextState(next);
      setDirty(true);
      void saveDraft(key, next);
    },
    [key],
  );

  const settle = useCallback(async () => {
    setDirty(false);
    await clearDraft(key);
  }, [key]);

  return { text, setText, settle, dirty };
}
