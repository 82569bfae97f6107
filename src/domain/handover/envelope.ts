// What travels in a QR code or a file between Carnet devices: JSON, compressed (deflate-raw),
// optionally locked (AES-GCM, key from PBKDF2) with a six-digit code or, for a backup, a
// passphrase, then written in Base45
// so the QR code can use its dense alphanumeric mode. The code guards against someone who
// photographs the screen in passing; against a determined attacker with the picture, six
// digits are too few, which is why the QR is only shown, never sent.
import { fromBase45, toBase45 } from './base45';
import { keyFromSecret } from '../crypto/secret-key';

export const ENVELOPE_PREFIX = 'CARNET1:';
export const KINDS = { profile: 1, 'help-point': 2, backup: 3 } as const;
export type EnvelopeKind = keyof typeof KINDS;

/** Larger than any real household or help point; a bigger payload is refused, not inflated. */
export const MAX_PAYLOAD_BYTES = 1_000_000;
/** Base45 of the largest payload, compressed or not: longer text is refused before decoding. */
export const MAX_ENVELOPE_CHARS = 1_600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const LOCKED = 1;
/** The shortest passphrase accepted for a backup file. */
export const MIN_PASSPHRASE = 8;

/** Bytes over a plain ArrayBuffer, as Web Crypto wants them. */
type Bytes = Uint8Array<ArrayBuffer>;

export type OpenError = 'not-carnet' | 'damaged' | 'code-needed' | 'wrong-code' | 'too-large';
export type Opened = { ok: true; kind: EnvelopeKind; value: unknown } | { ok: false; error: OpenError };

async function through(bytes: Bytes, stream: CompressionStream | DecompressionStream, limit = Infinity): Promise<Bytes> {
  const writer = stream.writable.getWriter();
  // Written without waiting: the reader below drains what the writer fills.
  writer.write(bytes).then(() => writer.close()).catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new RangeError('too-large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** A six-digit code, every value equally likely. */
export function newCode(): string {
  const [n] = crypto.getRandomValues(new Uint32Array(1));
  // 4 294 000 000 is a multiple of a million: values above it would favour low codes.
  return n! >= 4_294_000_000 ? newCode() : String(n! % 1_000_000).padStart(6, '0');
}

export function isCode(text: string): boolean {
  return /^\d{6}$/.test(text);
}

export async function seal(kind: EnvelopeKind, value: unknown, code?: string): Promise<string> {
  const packed = await through(new TextEncoder().encode(JSON.stringify(value)), new CompressionStream('deflate-raw'));
  let body = packed;
  let header = Uint8Array.of(KINDS[kind], 0);
  if (code !== undefined) {
    // Six digits for a code shown beside a QR code; a backup's passphrase is longer.
    if (kind === 'backup' ? code.length < MIN_PASSPHRASE : !isCode(code)) throw new RangeError('code too weak for this kind');
    const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
    const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
    header = Uint8Array.of(KINDS[kind], LOCKED);
    // The header is authenticated too: a locked envelope cannot be passed off as another kind.
    const cipher = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: header }, await keyFromSecret(code, salt), packed);
    body = new Uint8Array([...salt, ...iv, ...new Uint8Array(cipher)]);
  }
  return ENVELOPE_PREFIX + toBase45(new Uint8Array([...header, ...body]));
}

/** Whether the text is a Carnet envelope locked with a code (so the code must be asked). */
export function isLocked(text: string): boolean {
  const bytes = text.startsWith(ENVELOPE_PREFIX) ? fromBase45(text.slice(ENVELOPE_PREFIX.length, ENVELOPE_PREFIX.length + 3)) : undefined;
  return bytes !== undefined && bytes[1] === LOCKED;
}

export async function open(text: string, code?: string): Promise<Opened> {
  if (text.length > MAX_ENVELOPE_CHARS) return { ok: false, error: 'too-large' };
  const trimmed = text.trim();
  if (!trimmed.startsWith(ENVELOPE_PREFIX)) return { ok: false, error: 'not-carnet' };
  const bytes = fromBase45(trimmed.slice(ENVELOPE_PREFIX.length));
  if (!bytes || bytes.length < 3) return { ok: false, error: 'damaged' };
  const kind = (Object.keys(KINDS) as EnvelopeKind[]).find((name) => KINDS[name] === bytes[0]);
  if (!kind || (bytes[1] !== 0 && bytes[1] !== LOCKED)) return { ok: false, error: 'damaged' };
  let packed = bytes.subarray(2);
  if (bytes[1] === LOCKED) {
    if (code === undefined) return { ok: false, error: 'code-needed' };
    if (packed.length < SALT_BYTES + IV_BYTES + 16) return { ok: false, error: 'damaged' };
    if (code === '') return { ok: false, error: 'wrong-code' };
    const salt = packed.subarray(0, SALT_BYTES);
    const iv = packed.subarray(SALT_BYTES, SALT_BYTES + IV_BYTES);
    try {
      const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: bytes.subarray(0, 2) }, await keyFromSecret(code, salt), packed.subarray(SALT_BYTES + IV_BYTES));
      packed = new Uint8Array(plain);
    } catch {
      // AES-GCM cannot tell a wrong key from altered data; with a well-formed envelope, the
      // code is by far the likelier cause.
      return { ok: false, error: 'wrong-code' };
    }
  }
  try {
    const json = await through(packed, new DecompressionStream('deflate-raw'), MAX_PAYLOAD_BYTES);
    return { ok: true, kind, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json)) };
  } catch (error) {
    return { ok: false, error: error instanceof RangeError ? 'too-large' : 'damaged' };
  }
}
