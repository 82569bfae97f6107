// A screen: its title is the page's only h1, and it takes focus when the screen opens so that
// a screen reader announces where the person arrived (and keyboard users start from there).
import { useEffect, useRef, type ReactNode } from 'react';

export interface ScreenProps {
  title: string;
  children: ReactNode;
  /** Set false for a screen shown inside another flow that manages focus itself. */
  focusOnOpen?: boolean;
}

export function Screen({ title, children, focusOnOpen = true }: ScreenProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnOpen) heading.current?.focus();
  }, [focusOnOpen, title]);
  useEffect(() => {
    document.title = `${title} · Carnet`;
  }, [title]);
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {children}
    </section>
  );
}
