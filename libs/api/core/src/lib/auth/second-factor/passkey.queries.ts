/** The statements of passkeys (WebAuthn): a person's credentials and their registration challenge. */

/** The person's ($1) passkeys, oldest first. */
export const PASSKEYS_OF = `
  SELECT id, name, created_at AS "createdAt", last_used_at AS "lastUsedAt", credential_id AS "credentialId", transports
    FROM passkey WHERE user_id = $1 ORDER BY created_at, id`;

/** One passkey of the person ($1) by its credential id ($2), locked for its counter. */
export const PASSKEY_BY_CREDENTIAL = `
  SELECT id, public_key AS "publicKey", counter::float8 AS counter, transports FROM passkey
   WHERE user_id = $1 AND credential_id = $2 FOR UPDATE`;

/** A registration under way for the person ($1): its challenge ($2), for five minutes. */
export const START_REGISTRATION = `
  INSERT INTO passkey_registration (user_id, challenge, expires_at) VALUES ($1, $2, now() + interval '5 minutes')
  ON CONFLICT (user_id) DO UPDATE SET challenge = EXCLUDED.challenge, expires_at = EXCLUDED.expires_at`;

/** Takes the person's ($1) open registration challenge: used once. */
export const TAKE_REGISTRATION = `DELETE FROM passkey_registration WHERE user_id = $1 AND expires_at > now() RETURNING challenge`;

export const INSERT_PASSKEY = `
  INSERT INTO passkey (user_id, credential_id, public_key, counter, transports, name) VALUES ($1, $2, $3, $4, $5, $6)
  RETURNING id, name, created_at AS "createdAt", last_used_at AS "lastUsedAt"`;

export const USE_PASSKEY = `UPDATE passkey SET counter = $2, last_used_at = now() WHERE id = $1`;

/** Removes one of the person's ($2) passkeys ($1). */
export const DELETE_PASSKEY = `DELETE FROM passkey WHERE id = $1 AND user_id = $2 RETURNING name`;

/** The WebAuthn challenge of a sign-in challenge ($1 the token hash), while it is open. */
export const SET_WEBAUTHN_CHALLENGE = `UPDATE sign_in_challenge SET webauthn_challenge = $2 WHERE token_hash = $1`;
