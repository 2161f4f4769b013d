/** node-postgres's wire connection, whose messages the round-trip counter watches. */
declare module 'pg/lib/connection' {
  const Connection: { prototype: object };
  export default Connection;
}
