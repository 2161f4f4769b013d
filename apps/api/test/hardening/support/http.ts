import request from 'supertest';

export interface RawResult {
  status: number;
  text: string;
  /** The parsed JSON body, or null when the body is not JSON. */
  body: any;
  headers: Record<string, string | string[] | undefined>;
}

function parse(text: string): any {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** POST /graphql with any body (object, array, string) and any headers; the body is sent as given. */
export async function postRaw(http: any, body: unknown, headers: Record<string, string> = {}): Promise<RawResult> {
  let req = request(http).post('/graphql');
  const hasType = Object.keys(headers).some((k) => k.toLowerCase() === 'content-type');
  if (!hasType) req = req.set('content-type', 'application/json');
  for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
  const res = await req.send(typeof body === 'string' ? body : (body as object));
  return { status: res.status, text: res.text ?? '', body: parse(res.text ?? ''), headers: res.headers };
}

/** GET /graphql?query=… with optional headers. */
export async function getRaw(http: any, query: Record<string, string>, headers: Record<string, string> = {}): Promise<RawResult> {
  let req = request(http).get('/graphql').query(query);
  for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
  const res = await req;
  return { status: res.status, text: res.text ?? '', body: parse(res.text ?? ''), headers: res.headers };
}

/**
 * Everything in a response body that looks like an internal detail: a stack trace, a source
 * file path, the server's folders. An empty list means the body is clean.
 */
export function leaksIn(text: string): string[] {
  const markers: [string, RegExp][] = [
    ['stacktrace key', /stacktrace/i],
    ['stack frame', /\bat [^\n]*\.(ts|js|mjs|cjs):\d+/],
    ['source path', /\.(ts|js):\d+:\d+/],
    ['server folder', /\/work\//],
    ['node_modules path', /node_modules/],
    ['exception class', /\b(QueryFailedError|TypeORMError|EntityNotFoundError|QueryRunnerAlreadyReleasedError)\b/],
    ['JavaScript error text', /\b(TypeError|ReferenceError|RangeError|Cannot read properties of)\b/],
    ['SQL text', /\b(INSERT INTO|SELECT .* FROM|violates .* constraint)\b/i],
  ];
  return markers.filter(([, re]) => re.test(text)).map(([name]) => name);
}

/** A query whose selection nests `depth` fields deep (legal only as far as the schema goes). */
export function nestedQuery(depth: number): string {
  // viewer(1) { user(2) { id(3) { f4 { f5 … } } } }: invalid beyond depth 3, but still parsed and validated.
  const names = ['viewer', 'user', 'id'];
  for (let i = names.length + 1; i <= depth; i++) names.push(`f${i}`);
  return `{ ${names.slice(0, depth).join(' { ')}${' }'.repeat(depth - 1)} }`;
}
