/** node-postgres's parameter conversion (the text it sends for a value), not in its published types. */
declare module 'pg/lib/utils' {
  export function prepareValue(value: unknown): unknown;
}
