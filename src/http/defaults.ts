/** The limits and timeouts, with their defaults (documented in docs/security.md). No dependencies: config.ts reads it. */

export interface Limits {
  /** Lexical tokens in the query document (names, punctuation, values). */
  maxTokens: number;
  /** Nesting of fields (fragments are flattened; introspection's __schema is left to graphql-js's own rule). */
  maxDepth: number;
  /** Aliased fields in an operation, __typename aliases included. */
  maxAliases: number;
  /** Directives used in an operation. */
  maxDirectives: number;
  /** Estimated cost (@pothos/plugin-complexity), where a connection's first/last multiplies what is under it. */
  maxCost: number;
  /** Items in any list given as an argument (literal or variable), e.g. nodes(ids:). */
  maxListItems: number;
  /** Request body size, in bytes. */
  maxBodyBytes: number;
  /** Nesting of arrays and objects in a JSON request body. */
  maxJsonDepth: number;
  /** Wall-clock time execution may take, in milliseconds. */
  executionTimeoutMs: number;
  /** Show "Did you mean ...?" in error messages. Off: the schema is discovered through GraphiQL and introspection. */
  fieldSuggestions: boolean;
}

export const DEFAULT_LIMITS: Readonly<Limits> = {
  maxTokens: 1000,
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 10,
  maxCost: 20_000,
  maxListItems: 100,
  maxBodyBytes: 100_000,
  maxJsonDepth: 32,
  executionTimeoutMs: 3000,
  fieldSuggestions: false,
};

export interface HttpTimeouts {
  /** Time to receive the request headers (slowloris). Answered 408 and closed. */
  headersTimeoutMs: number;
  /** Time to receive the whole request, body included. Answered 408 and closed. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open after an answer. */
  keepAliveTimeoutMs: number;
  /** A socket with no traffic either way for this long is closed (e.g. a client that stops reading the answer). */
  socketIdleTimeoutMs: number;
}

export const DEFAULT_HTTP_TIMEOUTS: Readonly<HttpTimeouts> = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  socketIdleTimeoutMs: 60_000,
};

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const DEFAULT_METRICS_PATH = '/metrics';
