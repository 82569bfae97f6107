// Texts whose unavoidable terms (CPAS, BIM, mutualité…) can be tapped for a plain
// explanation, shown just after the text or the list. Only the first mention of each term is
// marked, so a paragraph or a list of steps does not turn into a row of buttons.
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { splitTerms, termWords, type GlossaryTerm, type TextPart, type TermWords } from '../i18n/glossary';

function useGlossary() {
  const { t, i18n } = useTranslation('glossary');
  const [open, setOpen] = useState<GlossaryTerm>();
  const id = useId();
  const loaded = i18n.hasLoadedNamespace('glossary');
  const words: TermWords = useMemo(() => (loaded ? termWords((term) => t(`term.${term}.words`)) : []), [loaded, t]);

  const render = (parts: TextPart[]): ReactNode[] =>
    parts.map((part, index) =>
      part.term ? (
        <button
          key={index}
          type="button"
          className="term"
          aria-expanded={open === part.term}
          aria-controls={id}
          onClick={() => setOpen(open === part.term ? undefined : part.term)}
        >
          {part.text}
        </button>
      ) : (
        part.text
      ),
    );

  const definition = (Tag: 'span' | 'div') => (
    <Tag id={id} className="term-definition" role="note" hidden={!open}>
      {open && (
        <>
          <strong>{t(`term.${open}.name`)}</strong> {t(`term.${open}.definition`)}
        </>
      )}
    </Tag>
  );
  return { words, render, definition };
}

/** One text, inside a paragraph or a list item. */
export function GlossedText({ text }: { text: string }) {
  const { words, render, definition } = useGlossary();
  const parts = splitTerms(text, words);
  if (!parts.some((part) => part.term)) return text;
  return (
    <>
      {render(parts)}
      {definition('span')}
    </>
  );
}

/** A list of texts (the steps to claim a right), each term marked once for the whole list. */
export function GlossedList({ texts, ordered = false }: { texts: readonly string[]; ordered?: boolean }) {
  const { words, render, definition } = useGlossary();
  const seen = new Set<GlossaryTerm>();
  const items = texts.map((text) => splitTerms(text, words, seen));
  const List = ordered ? 'ol' : 'ul';
  return (
    <>
      <List>
        {items.map((parts, index) => (
          <li key={index}>{render(parts)}</li>
        ))}
      </List>
      {seen.size > 0 && definition('div')}
    </>
  );
}
