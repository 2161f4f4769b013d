import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { currentScope } from './request-scope';

/** The application's pino logger, for the HTTP middleware that configureApp mounts. */
export const APP_LOGGER = 'KIJKJE_APP_LOGGER';

export type LogFormat = 'json' | 'pretty';

export interface LogSettings {
  level: string;
  format: LogFormat;
}

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** LOG_LEVEL (default info) and LOG_FORMAT (json; pretty by default in the demo, for people). */
export function logSettings(env: NodeJS.ProcessEnv = process.env): LogSettings {
  const level = (env['LOG_LEVEL'] || 'info').toLowerCase();
  if (!LEVELS.includes(level)) throw new Error(`LOG_LEVEL must be one of ${LEVELS.join(', ')}; not "${env['LOG_LEVEL']}"`);
  const format = env['LOG_FORMAT'] || (env['KIJKJE_MODE'] === 'demo' ? 'pretty' : 'json');
  if (format !== 'json' && format !== 'pretty') throw new Error(`LOG_FORMAT must be json or pretty; not "${format}"`);
  return { level, format };
}

/**
 * Never logged, whatever a serializer or a caller passes along: credentials, cookies and the
 * GraphQL variables (which carry passwords, tokens and finding text).
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'headers["set-cookie"]',
  'variables',
  '*.variables',
  'password',
  '*.password',
  'token',
  '*.token',
  'body',
  '*.body',
];

/**
 * Paths whose next segment is a secret that works without a session: a calendar feed, an
 * unsubscribe link, and the web app's invitation and password-reset links (the API serves the app).
 */
const SECRET_IN_PATH = /^(\/export\/agenda\/persoonlijk\/|\/afmelden\/|\/uitnodiging\/|\/wachtwoord-herstellen\/)[^/?]+/;

/** A request's path as logged: never the query string (a GET operation's variables), never a secret token in it. */
export function loggedPath(url: string): string {
  return url.split('?')[0].replace(SECRET_IN_PATH, '$1***');
}

/** The request as logged: method and path, see loggedPath. */
export function serializeRequest(r: { method?: string; url?: string; originalUrl?: string }) {
  return { method: r.method, path: loggedPath(r.originalUrl ?? r.url ?? '') };
}

export function serializeResponse(r: { statusCode?: number }) {
  return { statusCode: r.statusCode };
}

/**
 * An error as logged: its kind, message, driver code and stack; not its own fields, which for a
 * failed query hold the SQL parameters (passwords' hashes, finding text).
 */
export function errorForLog(e: unknown) {
  if (!(e instanceof Error)) {
    const o = (typeof e === 'object' && e ? e : {}) as { type?: unknown; message?: unknown; code?: unknown; stack?: unknown };
    return typeof e === 'object' && e ? { type: o.type, message: o.message, code: o.code, stack: o.stack } : { message: String(e) };
  }
  const code = (e as { code?: unknown }).code ?? (e as { driverError?: { code?: unknown } }).driverError?.code;
  return { type: e.name, message: e.message, ...(code === undefined ? {} : { code }), stack: e.stack };
}

/** Also given to pino-http, which would otherwise put its own (headers and all) in their place. */
export const LOG_SERIALIZERS = { req: serializeRequest, res: serializeResponse, err: errorForLog };

export function loggerOptions(settings: LogSettings): LoggerOptions {
  return {
    level: settings.level,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: LOG_SERIALIZERS,
    // Every line logged while a request runs names it: request id, caller, tenant, operation.
    mixin: () => {
      const scope = currentScope();
      return scope ? { ...scope } : {};
    },
  };
}

/**
 * JSON lines go to stdout asynchronously: a line is written as soon as the previous write is done,
 * and lines logged meanwhile go out together, so a busy server does not make one blocking write per
 * request. pino writes what is still pending synchronously when the process exits.
 */
export function createLogger(settings: LogSettings, destination?: DestinationStream): Logger {
  return pino(loggerOptions(settings), destination ?? (settings.format === 'pretty' ? prettyStdout() : pino.destination({ dest: 1, sync: false })));
}

const SHOWN_ASIDE = new Set(['time', 'level', 'msg', 'pid', 'hostname', 'context']);

/** One line per entry for people (the demo): time, level, message, then the other fields. */
function prettyStdout(): DestinationStream {
  return {
    write(line: string) {
      let entry: Record<string, unknown>;
      try {
        entry = JSON.parse(line);
      } catch {
        process.stdout.write(line);
        return;
      }
      const time = String(entry['time'] ?? '').slice(11, 19);
      const level = String(entry['level'] ?? '')
        .toUpperCase()
        .padEnd(5);
      const context = entry['context'] ? `[${String(entry['context'])}] ` : '';
      const rest = Object.entries(entry).filter(([k]) => !SHOWN_ASIDE.has(k));
      const fields = rest.map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(' ');
      process.stdout.write(`${time} ${level} ${context}${String(entry['msg'] ?? '')}${fields ? `  ${fields}` : ''}\n`);
    },
  };
}
