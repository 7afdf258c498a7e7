/** Drives load with autocannon and measures latency from every response (autocannon's own histogram rounds to whole ms). */
import autocannon from 'autocannon';
import type { IncomingHttpHeaders } from 'node:http';

export interface HttpRequest {
  method: 'GET' | 'POST';
  /** Path and query string. */
  path: string;
  headers: IncomingHttpHeaders;
  body?: string;
}

export interface LoadOptions {
  origin: string;
  request: HttpRequest;
  /** When given, called for every request sent instead of repeating `request`. */
  nextRequest?: () => HttpRequest;
  connections: number;
  durationS: number;
}

export interface LoadResult {
  /** 2xx responses. */
  requests: number;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { origin, request, nextRequest, connections, durationS } = options;
  const instance = autocannon({
    url: origin + request.path,
    method: request.method,
    headers: request.headers,
    body: request.body,
    connections,
    duration: durationS,
    requests: nextRequest ? [{ setupRequest: (req) => ({ ...req, ...nextRequest() }) }] : undefined,
  }) as unknown as autocannon.Instance & Promise<autocannon.Result>;
  const latencies: number[] = [];
  instance.on('response', (_client, status, _bytes, ms) => {
    if (status >= 200 && status < 300) latencies.push(ms);
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    reqPerSec: latencies.length / result.duration,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

/** Nearest-rank percentile of sorted values; NaN when there are none. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

export interface Reference {
  status: number;
  contentType: string;
  body: Buffer;
  /** The first GraphQL error message in the answer, if any. */
  error?: string;
}

/** Sends one request and keeps the answer's bytes, to check it and to feed the ceiling. */
export async function sendOnce(origin: string, request: HttpRequest): Promise<Reference> {
  const response = await fetch(origin + request.path, {
    method: request.method,
    headers: request.headers as Record<string, string>,
    body: request.body,
    signal: AbortSignal.timeout(30_000),
  });
  const body = Buffer.from(await response.arrayBuffer());
  let error: string | undefined;
  try {
    error = (JSON.parse(body.toString()) as { errors?: { message: string }[] }).errors?.[0]?.message;
  } catch {
    error = 'the answer is not JSON';
  }
  return { status: response.status, contentType: response.headers.get('content-type') ?? 'application/json', body, error };
}
