// The building blocks of the PIN lock: a key derived from the PIN or passphrase, a record that
// tells a right PIN from a wrong one without keeping the PIN, JSON sealed with AES-GCM, and the
// growing wait after wrong tries. Pure Web Crypto: the same in the browser, Node and the tests.
import { keyFromSecret, PBKDF2_ITERATIONS, type SecretKey } from '../crypto/secret-key';

export { PBKDF2_ITERATIONS };

const SALT_BYTES = 16;
const IV_BYTES = 12;
/** What the check record holds once decrypted: proof the key is right, nothing personal. */
const CHECK = 'carnet-lock-check-v1';

type Bytes = Uint8Array<ArrayBuffer>;

export interface Sealed {
  iv: string;
  data: string;
}

export interface LockRecord {
  version: 1;
  /** Random for each lock: it also tells a tab which lock its key belongs to. */
  salt: string;
  /** Which keyboard to offer: a PIN gets the digit pad. */
  kind: 'pin' | 'passphrase';
  iterations: number;
  check: Sealed;
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

function fromBase64(text: string): Bytes {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A PIN of at least 6 digits, or a passphrase of at least 8 characters. */
export function isAcceptableSecret(secret: string): boolean {
  return /^\d{6,}$/.test(secret) || (!/^\d+$/.test(secret) && [...secret].length >= 8);
}

export type LockKey = SecretKey;

export async function sealJson(key: LockKey, value: unknown): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(JSON.stringify(value)));
  return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
}

/** The value, or undefined when the key is wrong or the data was altered. */
export async function openJson(key: LockKey, sealed: Sealed): Promise<unknown> {
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(sealed.iv) }, key, fromBase64(sealed.data));
    return JSON.parse(new TextDecoder().decode(plain));
  } catch {
    return undefined;
  }
}

export async function createLock(secret: string): Promise<{ record: LockRecord; key: LockKey }> {
  if (!isAcceptableSecret(secret)) throw new RangeError('PIN or passphrase too short');
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const key = await keyFromSecret(secret, salt);
  const kind = /^\d+$/.test(secret) ? 'pin' : 'passphrase';
  return { key, record: { version: 1, salt: toBase64(salt), kind, iterations: PBKDF2_ITERATIONS, check: await sealJson(key, CHECK) } };
}

/** The key when the PIN is right, undefined otherwise (also for a damaged record). */
export async function unlock(record: LockRecord, secret: string): Promise<LockKey | undefined> {
  try {
    const key = await keyFromSecret(secret, fromBase64(record.salt), record.iterations);
    return (await openJson(key, record.check)) === CHECK ? key : undefined;
  } catch {
    return undefined;
  }
}

/**
 * How long to wait before the next try after `failures` wrong ones: three free tries, then
 * 30 s, doubling up to an hour. Slow enough to stop guessing a 6-digit PIN by hand, never a
 * lock-out: the data belongs to the person.
 */
export function retryDelayMs(failures: number): number {
  if (failures < 3) return 0;
  return Math.min(30_000 * 2 ** (failures - 3), 3_600_000);
}
