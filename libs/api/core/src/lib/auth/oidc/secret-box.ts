import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Client secrets of identity providers at rest: AES-256-GCM with the installation's key
 * (SSO_SECRET_KEY, never in the database), a fresh 96-bit IV per secret, and the provider's id as
 * additional data, so a ciphertext copied onto another provider's row does not decrypt.
 * Stored as `v1.<iv>.<tag>.<ciphertext>` (base64url).
 */
export function encryptSecret(key: Buffer, secret: string, boundTo: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(boundTo, 'utf8'));
  const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), data].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
}

export function decryptSecret(key: Buffer, stored: string, boundTo: string): string {
  const [version, iv, tag, data] = stored.split('.');
  if (version !== 'v1' || !iv || !tag || data === undefined) throw new Error('not an encrypted secret');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(boundTo, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
}

/** Outside production only: a fixed key, so development and tests need no setting. Production refuses to start without its own. */
export const DEVELOPMENT_SSO_KEY = createHash('sha256').update('kijkje development sso key').digest();

/** SSO_SECRET_KEY: 32 bytes, as base64 or 64 hex digits; null when unset. */
export function parseSsoKey(value: string | undefined): Buffer | null {
  const v = (value ?? '').trim();
  if (!v) return null;
  const key = /^[0-9a-f]{64}$/i.test(v) ? Buffer.from(v, 'hex') : Buffer.from(v, 'base64');
  if (key.length !== 32) throw new Error('SSO_SECRET_KEY must be 32 bytes, as base64 or 64 hex digits (e.g. `openssl rand -base64 32`)');
  return key;
}
