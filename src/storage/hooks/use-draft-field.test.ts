import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../../../tests/unit/render-app';
import { readDraft } from '../repositories/drafts';
import { useDraftField } from './use-draft-field';

const KEY = 'h1:postalCode';

beforeEach(resetDatabase);

describe('a field that keeps its half-typed value', () => {
  it('keeps what is typed just after a save, while it follows the saved value', async () => {
    const { result, rerender } = renderHook(({ saved }) => useDraftField(KEY, saved), { initialProps: { saved: '' } });
    act(() => result.current.setText('1000'));
    await act(() => result.current.settle());
    // The save lands: the field starts following the new saved value, which takes a read of
    // the drafts table. The person types on before that read comes back.
    rerender({ saved: '1000' });
    act(() => result.current.setText('999'));
    await waitFor(async () => expect(await readDraft(KEY)).toBe('999'));
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(result.current.text).toBe('999');
    expect(result.current.dirty).toBe(true);
  });

  it('follows the saved value when nothing was typed', async () => {
    const { result, rerender } = renderHook(({ saved }) => useDraftField(KEY, saved), { initialProps: { saved: '' } });
    rerender({ saved: '4000' });
    await waitFor(() => expect(result.current.text).toBe('4000'));
    expect(result.current.dirty).toBe(false);
  });
});
