// A text box of a question form whose content survives a reload (see storage drafts).
import { useDraftField } from '../../storage';

export function useDraftText(prefix: string, field: string, saved: string) {
  const draft = useDraftField(`${prefix}:${field}`, saved);
  return [draft.text, draft.setText, draft.settle] as const;
}
