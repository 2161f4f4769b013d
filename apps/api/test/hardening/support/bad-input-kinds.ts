/** What the bad-input specs describe: the kinds of field, the mutations, the expectations and the edge values they share. */

export type Kind =
  | 'email'
  /** Free text through the Text/OptionalText rules: trimmed, no control characters, `max` characters. */
  | 'text'
  | 'networkName'
  | 'signInPassword'
  | 'newPassword'
  | 'token'
  | 'uuid'
  | 'key'
  | 'cbsCode'
  /** One of `values` (a GraphQL enum). */
  | 'enum'
  /** A GraphQL Int between `min` and `max` (either may be absent). */
  | 'int'
  /** The version of a record the client saw: an Int ≥ 1. */
  | 'version'
  | 'bool'
  /** The DateTime scalar. */
  | 'dateTime'
  /** YYYY-MM-DD in a String. */
  | 'date'
  /** HH:MM in a String. */
  | 'time'
  /** Markdown or other long text kept as typed (not trimmed, may be empty), `max` characters. */
  | 'markdown'
  /** A list of strings: at most `maxItems`, each at most `max` characters. */
  | 'strings'
  /** A list of IDs: at most `maxItems`. */
  | 'uuids'
  /** A list of Ints: at most `maxItems`, each from `min` to `max`. */
  | 'ints'
  /** A list of nested inputs (`fields`), at most `maxItems`. */
  | 'objects'
  /** One nested input (`fields`). */
  | 'object';

export interface FieldSpec {
  /** The field's name in its input object. */
  name: string;
  kind: Kind;
  required: boolean;
  /** Longest text (characters, as PostgreSQL counts them), longest list item, or highest number. */
  max?: number;
  /** Shortest text or lowest number. */
  min?: number;
  /** Longest list. */
  maxItems?: number;
  /** The values of an enum. */
  values?: readonly string[];
  /** The fields of a nested input (`object`) or of each item of a list of inputs (`objects`). */
  fields?: FieldSpec[];
  /**
   * Real values of the world (ids, themes, question keys …): fuzz runs use them often, to get
   * past not-found into the services. For lists: real items. Read when a mutation's fuzz starts.
   */
  real?: () => readonly unknown[] | Promise<readonly unknown[]>;
  /** Looked up just before each fuzz run from the input generated so far (the current version of the chosen record), often used instead of a generated value. */
  live?: (input: Record<string, unknown>) => Promise<unknown>;
}

export interface MutationSpec {
  /** The operation, or the operation and a variant in brackets: `addOrganisation (partnership)`. */
  name: string;
  doc: string;
  /** 'input' for mutations with an input object; '' for none; otherwise the name of the single ID argument. */
  arg: string;
  /** Who runs it: a key of the actors the suite signs in, or 'anonymous'. */
  actor: string;
  fields: FieldSpec[];
  /** Valid variables' content: the input object, or `{ [arg]: value }` for an ID argument. */
  base: () => Record<string, unknown>;
}

/** `leftOut`: null for an optional field means "not given": taken as such or refused, never a crash or a broken record. */
export type Expectation = { kind: 'field'; field: string } | { kind: 'coercion' } | { kind: 'validation' } | { kind: 'leftOut' };

export interface Case {
  label: string;
  mutation: MutationSpec;
  /** Built when the case runs, so that it can refer to the world as it is then. */
  variables: () => Promise<Record<string, unknown>>;
  expect: Expectation;
}

/** A wrong literal inside the document: [label, document, actor]. */
export type Literal = [string, string, string];

export const LONG = 'x'.repeat(10_000);
export const UUID = '3f1c8f7e-2b4a-4c1d-9e8f-0a1b2c3d4e5f';
/** A valid address (by validator.js) of 189 characters that becomes 309 characters when lower-cased. */
export const GROWING_EMAIL = `${'a'.repeat(64)}@${'İ'.repeat(60)}.${'İ'.repeat(60)}.nl`;
export const INT_MIN = -2_147_483_648;
export const INT_MAX = 2_147_483_647;
/** U+FE0F (emoji presentation) after a letter: one character more for PostgreSQL, none for validator.js's isLength. */
export const VS16 = '\uFE0F';
