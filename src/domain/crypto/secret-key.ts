// One way to turn what a person types (a six-digit code, a backup passphrase, a PIN) into an
// AES-256-GCM key: PBKDF2-SHA-256 over the text in Unicode NFC, so the same passphrase typed
// on two keyboards gives the same key.

/** OWASP's current recommendation for PBKDF2-HMAC-SHA256 (Password Storage Cheat Sheet). */
export const PBKDF2_ITERATIONS = 600_000;

export async function keyFromSecret(secret: string, salt: Uint8Array<ArrayBuffer>, iterations = PBKDF2_ITERATIONS) {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

export type SecretKey = Awaited<ReturnType<typeof keyFromSecret>>;
