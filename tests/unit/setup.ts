// Shared set-up for jsdom tests: an in-memory IndexedDB per test file and DOM matchers.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// IndexedDB answers asynchronously; on a loaded machine one second is not always enough.
configure({ asyncUtilTimeout: 3000 });

afterEach(() => {
  cleanup();
});
