/**
 * Structured logs: one JSON object per line.
 *
 * One `request` line per HTTP request, written when the answer has been sent: method, path (never
 * the query string, which can hold a GraphQL query), status, duration, operation name and error
 * codes. Query text is never logged at info level; at debug level the request line carries it,
 * cut to 2 KB. Lines are buffered and written once per event-loop turn, not one syscall each.
 */
import type { Plugin } from 'graphql-yoga';
import { getOperationAST, type DocumentNode } from 'graphql';
import type { RequestNotes, ServedRequest } from '../serve/request.js';
import type { LogLevel } from './defaults.js';
import { clip, errorCodes } from './errors.js';

export { LOG_LEVELS, type LogLevel } from './defaults.js';

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export type LogFields = Record<string, unknown>;

export interface Logger {
  readonly level: LogLevel;
  enabled(level: Exclude<LogLevel, 'silent'>): boolean;
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** An info line whose fields are already JSON: `"name":value` members, comma-separated (the request log's fast path). */
  infoMembers(msg: string, members: string): void;
  /** Writes out what is buffered (called at exit). */
  flush(): void;
}

export interface LoggerOptions {
  level?: LogLevel;
  /** Where lines go; stdout by default. Receives whole lines, each ending in \n. */
  write?: (text: string) => void;
}

/** The ISO time of the current millisecond, formatted once for all the lines written in it. */
let lastMs = 0;
let lastIso = '';
function isoNow(): string {
  const now = Date.now();
  if (now !== lastMs) {
    lastMs = now;
    lastIso = new Date(now).toISOString();
  }
  return lastIso;
}

export function createLogger({ level = 'info', write = (text) => process.stdout.write(text) }: LoggerOptions = {}): Logger {
  const threshold = RANK[level];
  let buffer = '';
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (!buffer) return;
    const text = buffer;
    buffer = '';
    write(text);
  };
  const append = (lvl: Exclude<LogLevel, 'silent'>, msg: string, members: string) => {
    buffer += `{"time":"${isoNow()}","level":"${lvl}","msg":${JSON.stringify(msg)}${members && `,${members}`}}\n`;
    if (buffer.length > 64 * 1024) flush();
    else if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
  const log = (lvl: Exclude<LogLevel, 'silent'>, msg: string, fields?: LogFields) => {
    if (RANK[lvl] < threshold) return;
    let members: string;
    try {
      members = fields ? JSON.stringify(fields).slice(1, -1) : '';
    } catch {
      members = '"unserializable":true';
    }
    append(lvl, msg, members);
  };
  return {
    level,
    enabled: (lvl) => RANK[lvl] >= threshold,
    debug: (msg, fields) => log('debug', msg, fields),
    info: (msg, fields) => log('info', msg, fields),
    warn: (msg, fields) => log('warn', msg, fields),
    error: (msg, fields) => log('error', msg, fields),
    infoMembers: (msg, members) => {
      if (RANK.info >= threshold) append('info', msg, members);
    },
    flush,
  };
}

export const silentLogger: Logger = createLogger({ level: 'silent', write: () => undefined });

/** The notes of the request yoga runs, when the serving layer handed it over (not when a test calls app.fetch). */
export const notesIn = (serverContext: unknown): RequestNotes | undefined => (serverContext as { served?: ServedRequest } | undefined)?.served?.notes;

const MAX_NAME = 100;
const MAX_QUERY = 2048;

/**
 * Records the operation name, error codes and parsed document of each request in the notes of the
 * request object the serving layer passes down (src/serve/request.ts), where its log line and the
 * prepared-operation path find them.
 */
export function useRequestNotes(logger: Logger): Plugin {
  const withQuery = logger.enabled('debug');
  const names = new WeakMap<DocumentNode, Map<string, string | null>>();
  const nameOf = (document: DocumentNode, operationName: string | undefined) => {
    let byName = names.get(document);
    if (!byName) names.set(document, (byName = new Map()));
    let name = byName.get(operationName ?? '');
    if (name === undefined) {
      name = getOperationAST(document, operationName)?.name?.value ?? null;
      if (byName.size < 16) byName.set(operationName ?? '', name);
    }
    return name;
  };
  return {
    onParams({ params, context }) {
      const notes = notesIn(context);
      if (!notes) return;
      if (typeof params.operationName === 'string') notes.operation = clip(params.operationName, MAX_NAME);
      if (withQuery && typeof params.query === 'string') notes.query = clip(params.query, MAX_QUERY);
    },
    onParse({ context }) {
      const notes = notesIn(context);
      if (!notes) return;
      const { params } = context as { params?: { operationName?: unknown } };
      return ({ result }) => {
        if (!result || result instanceof Error || !('definitions' in result)) return;
        const operationName = typeof params?.operationName === 'string' ? params.operationName : undefined;
        const name = nameOf(result, operationName);
        notes.document = result;
        if (name) notes.operation = clip(name, MAX_NAME);
      };
    },
    onResultProcess({ result, serverContext }) {
      const notes = notesIn(serverContext);
      if (!notes) return;
      const codes = errorCodes(result);
      if (codes.length) notes.codes = codes;
    },
  };
}

/** Writes a request's line once its answer is sent (or the client left). */
export function logRequest(logger: Logger, served: Pick<ServedRequest, 'method' | 'path' | 'notes'>, status: number, ms: number, aborted: boolean): void {
  const { notes } = served;
  // Written as JSON text here: a request line is written for every request, and JSON.stringify of an object costs more.
  let line = `"method":${JSON.stringify(served.method)},"path":${JSON.stringify(clip(served.path, 200))},"status":${status},"ms":${Math.round(ms * 100) / 100}`;
  if (notes.operation) line += `,"operation":${JSON.stringify(notes.operation)}`;
  if (notes.codes) line += `,"errors":${JSON.stringify(notes.codes)}`;
  if (aborted) line += ',"aborted":true';
  if (notes.query) line += `,"query":${JSON.stringify(notes.query)}`;
  logger.infoMembers('request', line);
}

/** graphql-yoga's own logger, writing into ours (for unexpected errors, with their stack: logs only, never clients). */
export function yogaLogger(logger: Logger) {
  const format = (args: unknown[]) => {
    const [first, ...rest] = args;
    if (first instanceof Error) return { msg: first.message, fields: { error: { name: first.name, stack: first.stack } } };
    return { msg: typeof first === 'string' ? first : JSON.stringify(first), fields: rest.length ? { details: rest.map(String) } : undefined };
  };
  const at = (level: 'debug' | 'info' | 'warn' | 'error') => (...args: unknown[]) => {
    if (!logger.enabled(level)) return;
    const { msg, fields } = format(args);
    logger[level](msg, fields);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
