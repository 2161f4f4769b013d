import pgConnection from 'pg/lib/connection';

type Send = (this: object, ...args: unknown[]) => unknown;
const proto = (pgConnection as unknown as { prototype: Record<'query' | 'parse' | 'bind' | 'sync', Send> }).prototype;

/**
 * Counts round trips to PostgreSQL as the wire sees them: a simple query message, or an extended
 * query's Sync (the client then waits for ReadyForQuery), per connection. A connection's count
 * starts with its first message after `start()`; the texts are kept for a readable failure.
 */
export class RoundTripCounter {
  private readonly original = { query: proto.query, parse: proto.parse, bind: proto.bind, sync: proto.sync };
  private readonly trips = new Map<object, string[]>();
  /** The order in which the messages of all connections were sent, by connection and position. */
  private readonly order: [object, number][] = [];
  private readonly parsed = new Map<object, string[]>();
  /** Per connection, the text of each named statement (parsed once, bound by name afterwards). */
  private readonly named = new WeakMap<object, Map<string, string>>();

  start(): this {
    const { trips, parsed, named, original, order } = this;
    const note = (connection: object, text: string) => {
      if (!trips.has(connection)) trips.set(connection, []);
      order.push([connection, trips.get(connection)!.length]);
      trips.get(connection)!.push(text);
    };
    proto.query = function (this: object, text: unknown) {
      note(this, String(text));
      return original.query.call(this, text);
    };
    proto.parse = function (this: object, query: unknown) {
      const { name, text } = query as { name?: string; text: string };
      if (!named.has(this)) named.set(this, new Map());
      named.get(this)!.set(name ?? '', text);
      return original.parse.call(this, query);
    };
    proto.bind = function (this: object, config: unknown) {
      const name = (config as { statement?: string }).statement ?? '';
      parsed.set(this, [...(parsed.get(this) ?? []), named.get(this)?.get(name) ?? `(statement ${name})`]);
      return original.bind.call(this, config);
    };
    proto.sync = function (this: object) {
      note(this, (parsed.get(this) ?? []).join('; '));
      parsed.delete(this);
      return original.sync.call(this);
    };
    return this;
  }

  reset(): void {
    this.trips.clear();
    this.order.length = 0;
    this.parsed.clear();
  }

  /**
   * The round trips of the connection that served an operation: from the message that began a
   * transaction with the operation's session lookup (alone, or with the whole operation in one trip)
   * up to its COMMIT or ROLLBACK. Others (the mail worker's polls, the live listener) are left out,
   * and so is what the same connection did before it (preparing a statement once) or after it (a
   * scheduler tick that came between the COMMIT and the count).
   */
  operation(): string[] {
    const served = this.transactions();
    if (served.length !== 1) throw new Error(`expected one operation's transaction, saw ${served.length}: ${JSON.stringify([...this.trips.values()])}`);
    return served[0];
  }

  /**
   * Every transaction an operation began since the last reset, in the order they began, each from
   * its first message to its COMMIT or ROLLBACK: one for most operations; a one-trip message whose
   * answer was dropped, then the usual transaction, for one that fell back.
   */
  transactions(): string[][] {
    const opens = (text: string) => text.startsWith('START TRANSACTION; SELECT ') && text.includes('kijkje_begin(');
    const ends = (text: string) => /^(COMMIT|ROLLBACK)\b/i.test(text.trim()) || /; COMMIT$/.test(text);
    const found: string[][] = [];
    for (const [connection, i] of this.order) {
      const texts = this.trips.get(connection)!;
      if (!opens(texts[i])) continue;
      const end = texts.findIndex((text, j) => j >= i && ends(text));
      found.push(end === -1 ? texts.slice(i) : texts.slice(i, end + 1));
    }
    return found;
  }

  /** Every round trip of every connection since the last reset. */
  all(): string[][] {
    return [...this.trips.values()];
  }

  stop(): void {
    Object.assign(proto, this.original);
  }
}
