/** A round (ronde) has 4 or 5 organisations that review each other. */
export const ROUND_MIN_ORGANISATIONS = 4;
export const ROUND_MAX_ORGANISATIONS = 5;

/** Maximum lengths of user input, in characters. */
export const NETWORK_NAME_MAX = 120;
export const PERSON_NAME_MAX = 120;
/** RFC 5321 limit for a forward path. */
export const EMAIL_MAX = 254;
