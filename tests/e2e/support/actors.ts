// Two ways to work the screens: a pointer that clicks, and a keyboard alone — Tab to reach a
// control, Enter or Space to press it, arrows inside a radio group, typing into fields. The
// keyboard actor never clicks: if a control cannot be reached with Tab, the test fails.
import type { Locator, Page } from 'playwright-core';

export interface Actor {
  press(button: Locator): Promise<void>;
  fill(field: Locator, value: string): Promise<void>;
  choose(radio: Locator): Promise<void>;
  tick(checkbox: Locator): Promise<void>;
}

export function pointerActor(): Actor {
  return {
    press: (button) => button.click(),
    fill: (field, value) => field.fill(value),
    choose: (radio) => radio.check(),
    tick: (checkbox) => checkbox.check(),
  };
}

const MAX_TABS = 80;

const isFocused = (target: Locator): Promise<boolean> => target.evaluate((element) => element === document.activeElement);

// Tab lands on one radio of a group (the checked one, or the first); the arrows do the rest.
const isInSameGroup = (target: Locator): Promise<boolean> =>
  target.evaluate((element) => {
    const focused = document.activeElement;
    return focused instanceof HTMLInputElement && focused.type === 'radio' && focused.name === (element as HTMLInputElement).name;
  });

export function keyboardActor(page: Page): Actor {
  async function tabTo(target: Locator, reached = isFocused): Promise<void> {
    await target.waitFor();
    for (let i = 0; i < MAX_TABS; i += 1) {
      if (await reached(target)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`${String(target)} cannot be reached with the Tab key`);
  }
  return {
    async press(button) {
      await tabTo(button);
      await page.keyboard.press('Enter');
    },
    async fill(field, value) {
      await tabTo(field);
      await page.keyboard.press('Control+A');
      await page.keyboard.type(value);
    },
    async choose(radio) {
      await tabTo(radio, isInSameGroup);
      if (await isFocused(radio)) await page.keyboard.press('Space');
      for (let i = 0; i < 30 && !(await radio.isChecked()); i += 1) await page.keyboard.press('ArrowDown');
      if (!(await radio.isChecked())) throw new Error(`${String(radio)} cannot be chosen with the arrow keys`);
    },
    async tick(checkbox) {
      await tabTo(checkbox);
      if (!(await checkbox.isChecked())) await page.keyboard.press('Space');
    },
  };
}
