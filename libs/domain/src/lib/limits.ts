export const ROUND_MIN_ORGANISATIONS = 4;
export const ROUND_MAX_ORGANISATIONS = 5;
export const NETWORK_NAME_MAX = 120;
export const PERSON_NAME_MAX = 120;
export const EMAIL_MAX = 254;
