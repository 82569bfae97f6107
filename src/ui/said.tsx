// What a form says back after an action: a status when it went well, an alert when it did not.
export type Said = { tone: 'ok' | 'error'; text: string };

export function SaidMessage({ said }: { said: Said | undefined }) {
  if (!said) return null;
  return (
    <p role={said.tone === 'error' ? 'alert' : 'status'} className={said.tone === 'error' ? 'field__error' : undefined}>
      {said.text}
    </p>
  );
}
