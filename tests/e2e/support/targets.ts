// Touch targets a finger can hit: every control at least 44 × 44 CSS pixels. As in WCAG 2.5.8,
// a link or glossary word inside a sentence is exempt: it is sized by the line it sits in.
import type { Page } from 'playwright-core';

export const MIN_TARGET = 44;

/** The controls on the screen smaller than MIN_TARGET, described for a failure message. */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const small: string[] = [];
    const controls = document.querySelectorAll('a[href], button, input, select, textarea, summary, [role="button"]');
    for (const control of controls) {
      const style = getComputedStyle(control);
      if (style.visibility === 'hidden' || style.display === 'none' || control.closest('[hidden], .visually-hidden, .skip-link')) continue;
      // In a sentence: inline, with words of the sentence right before or after it.
      const wordsAround = [control.previousSibling, control.nextSibling].some((node) => node?.nodeType === Node.TEXT_NODE && !!node.textContent?.trim());
      if (style.display.startsWith('inline') && wordsAround) continue;
      // A radio or a checkbox is hit through its whole label.
      const target = control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox') ? (control.closest('label') ?? control) : control;
      const box = target.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.width < min - 0.5 || box.height < min - 0.5) {
        const name = control.getAttribute('aria-label') ?? control.textContent?.trim().slice(0, 30) ?? '';
        small.push(`${control.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return small;
  }, MIN_TARGET);
}
