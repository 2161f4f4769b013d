import request from 'supertest';

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data: T | null | undefined;
  errors?: {
    message: string;
    path?: string[];
    extensions: {
      code: string;
      messages?: { nl: string; en: string };
      fields?: { field: string; messages: { nl: string; en: string } }[];
      [k: string]: unknown;
    };
  }[];
  headers: Record<string, string | string[] | undefined>;
}

/** A browser-like GraphQL client: keeps its session cookie between calls. */
export class GqlClient {
  cookie: string | null = null;

  constructor(private readonly http: any) {}

  async gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GqlResult<T>> {
    let req = request(this.http).post('/graphql').set('content-type', 'application/json');
    if (this.cookie) req = req.set('cookie', this.cookie);
    for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
    const res = await req.send({ query, variables });
    const setCookie = res.headers['set-cookie'] as unknown as string[] | undefined;
    for (const c of setCookie ?? []) {
      const [pair] = c.split(';');
      const [, value] = pair.split('=');
      this.cookie = value ? pair : null;
    }
    return { status: res.status, data: res.body.data, errors: res.body.errors, headers: res.headers };
  }

  /** Runs an operation that must succeed; returns its data. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await this.gql<T>(query, variables);
    if (res.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(res.errors)}`);
    return res.data as T;
  }

  async signIn(email: string, password: string): Promise<GqlResult> {
    return this.gql(`mutation($input: SignInInput!) { signIn(input: $input) { user { id email } currentNetwork { id } } }`, {
      input: { email, password },
    });
  }
}

/** The code of the first error, or 'OK'. */
export const codeOf = (res: GqlResult) => res.errors?.[0]?.extensions.code ?? 'OK';
