// A text answer that is kept as a draft while typed and saved when the person leaves the field
// (or presses Enter). An invalid value is explained and not saved; what was saved stays.
import { useState, type InputHTMLAttributes } from 'react';
import { useDraftField } from '../../storage';
import { Field } from '../../ui/field';

export interface DraftTextFieldProps
  extends Pick<InputHTMLAttributes<HTMLInputElement>, 'inputMode' | 'autoComplete' | 'maxLength' | 'type' | 'pattern'> {
  draftKey: string;
  saved: string;
  label: string;
  hint?: string;
  /** Returns the message to show, or undefined when the text can be saved. */
  validate?: (text: string) => string | undefined;
  commit: (text: string) => Promise<void>;
  /** Message shown if saving fails (e.g. the device is full). */
  saveFailedMessage: string;
}

export function DraftTextField({ draftKey, saved, label, hint, validate, commit, saveFailedMessage, ...input }: DraftTextFieldProps) {
  const draft = useDraftField(draftKey, saved);
  const [error, setError] = useState<string>();

  const save = async () => {
    if (!draft.dirty) return;
    const text = draft.text.trim();
    const problem = validate?.(text);
    setError(problem);
    if (problem) return;
    try {
      await commit(text);
      await draft.settle();
    } catch {
      setError(saveFailedMessage);
    }
  };

  return (
    <Field
      label={label}
      hint={hint}
      error={error}
      value={draft.text}
      onChange={(event) => {
        draft.setText(event.target.value);
        if (error) setError(undefined);
      }}
      onBlur={() => void save()}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          void save();
        }
      }}
      {...input}
    />
  );
}
