// What Carnet's database holds, read from inside the page as the app itself would read it:
// every object store with all its rows (an empty object when nothing is there).
import type { Page } from 'playwright-core';

export type DatabaseDump = Record<string, unknown[]>;

export function dumpDatabase(page: Page): Promise<DatabaseDump> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const request = indexedDB.open('carnet');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const names = [...database.objectStoreNames];
          const out: Record<string, unknown[]> = {};
          if (names.length === 0) {
            database.close();
            return resolve(out);
          }
          const transaction = database.transaction(names, 'readonly');
          for (const name of names) {
            const all = transaction.objectStore(name).getAll();
            all.onsuccess = () => {
              out[name] = all.result;
            };
          }
          transaction.oncomplete = () => {
            database.close();
            resolve(out);
          };
        };
      }),
  );
}
