/** The second factor's statements: a person's authenticator app, recovery codes and sign-in challenges. */

/** The person's ($1) authenticator app, confirmed or still being set up. */
export const TOTP_OF = `
  SELECT secret_encrypted AS "secretEncrypted", confirmed_at AS "confirmedAt", last_step::float8 AS "lastStep"
    FROM user_totp WHERE user_id = $1`;

/** The same, locked: two codes checked at once cannot both pass the replay check. */
export const TOTP_OF_LOCKED = `${TOTP_OF} FOR UPDATE`;

/** A new, unconfirmed authenticator app ($2 the encrypted secret) replaces one not yet confirmed. */
export const START_TOTP = `
  INSERT INTO user_totp (user_id, secret_encrypted) VALUES ($1, $2)
  ON CONFLICT (user_id) DO UPDATE SET secret_encrypted = EXCLUDED.secret_encrypted, last_step = NULL, created_at = now()
  WHERE user_totp.confirmed_at IS NULL
  RETURNING user_id`;

/** Remembers the step ($2) of a used code, if it is later than the last one: a code is used once. */
export const USE_TOTP_STEP = `
  UPDATE user_totp SET last_step = $2 WHERE user_id = $1 AND (last_step IS NULL OR last_step < $2) RETURNING user_id`;

export const CONFIRM_TOTP = `UPDATE user_totp SET confirmed_at = now() WHERE user_id = $1 AND confirmed_at IS NULL`;

export const DELETE_TOTP = `DELETE FROM user_totp WHERE user_id = $1`;

/** Whether the person ($1) has a second factor that is on. */
export const HAS_SECOND_FACTOR = `
  SELECT EXISTS (SELECT 1 FROM user_totp WHERE user_id = $1 AND confirmed_at IS NOT NULL)
      OR EXISTS (SELECT 1 FROM passkey WHERE user_id = $1) AS "has"`;

/** What the second step of the person ($1) may take: whether their app is on, and their passkeys. */
export const SECOND_STEP_METHODS = `
  SELECT EXISTS (SELECT 1 FROM user_totp WHERE user_id = $1 AND confirmed_at IS NOT NULL) AS totp,
         coalesce((SELECT jsonb_agg(jsonb_build_object('credentialId', credential_id, 'transports', transports)) FROM passkey WHERE user_id = $1), '[]'::jsonb) AS passkeys`;

export const RECOVERY_CODES_LEFT = `SELECT count(*)::int AS "left" FROM recovery_code WHERE user_id = $1 AND used_at IS NULL`;

export const DELETE_RECOVERY_CODES = `DELETE FROM recovery_code WHERE user_id = $1`;

/** New recovery codes ($2, their hashes) for the person ($1). */
export const INSERT_RECOVERY_CODES = `INSERT INTO recovery_code (user_id, code_hash) SELECT $1, unnest($2::varchar[])`;

/** Uses a recovery code ($2, its hash) of the person ($1) once: a second use finds nothing. */
export const USE_RECOVERY_CODE = `
  UPDATE recovery_code SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id`;

/** A sign-in challenge ($1 its token hash) for the person ($2) in a network ($3), open for $4 minutes; $5 the WebAuthn challenge, if any. */
export const OPEN_CHALLENGE = `
  INSERT INTO sign_in_challenge (token_hash, user_id, preferred_network_id, expires_at, webauthn_challenge)
  VALUES ($1, $2, $3, now() + make_interval(mins => $4), $5)`;

/** Expired challenges: dead rows, cleared whenever a new one opens. */
export const CLEAR_EXPIRED_CHALLENGES = `DELETE FROM sign_in_challenge WHERE expires_at < now()`;

/**
 * Takes the open challenge behind a token ($1), with its person (only an active one): deleted in
 * the operation's transaction, so it is used once when the second step succeeds and stays open
 * for another try when a wrong code rolls the transaction back.
 */
export const TAKE_CHALLENGE = `
  DELETE FROM sign_in_challenge c USING app_user u
   WHERE c.token_hash = $1 AND c.expires_at > now() AND u.id = c.user_id AND u.active
  RETURNING c.user_id AS "userId", c.preferred_network_id AS "networkId", c.webauthn_challenge AS "webauthnChallenge", u.email`;

/** Every challenge of a person ($1): a finished second step closes the others as well. */
export const CLOSE_CHALLENGES_OF = `DELETE FROM sign_in_challenge WHERE user_id = $1`;

/** Records on a session ($1) that it has now also been proven with a method ($2). */
export const ADD_SESSION_METHOD = `UPDATE session SET auth_methods = auth_methods || jsonb_build_array($2::text) WHERE id = $1`;

/** The person's password hash, to prove turning the second factor off with the current password. */
export const PASSWORD_HASH_OF = `SELECT password_hash AS "passwordHash" FROM app_user WHERE id = $1`;
