/**
 * Requests Node refuses before any listener sees them: a malformed request line or header (400),
 * headers over the size cap (431), a request not received in time (408). Node's default answer
 * is a bare status line; here it is the API's own error shape with the security headers every
 * answer has, and it is logged and counted like any other answer.
 */
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { ErrorCode } from '../http/errors.js';
import { errorAnswer } from './answer.js';
import { logRequest, type Logger } from '../http/logging.js';
import { httpResponses } from '../http/metrics.js';
import { API_CSP, COMMON_HEADERS } from '../http/security-headers.js';

const REFUSALS: Record<string, { status: number; reason: string; code: string; message: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, reason: 'Request Header Fields Too Large', code: 'REQUEST_HEADERS_TOO_LARGE', message: 'The request headers exceed the limit of 16 KB (a long GET query belongs in a POST body).' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, reason: 'Request Timeout', code: 'REQUEST_TIMEOUT', message: 'The request was not received in time.' },
};
const MALFORMED = { status: 400, reason: 'Bad Request', code: ErrorCode.badRequest, message: 'The request is not valid HTTP/1.1.' };

export function answerNodeRefusals(server: Server, logger: Logger): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    const refusal = REFUSALS[error.code ?? ''] ?? MALFORMED;
    // A connection reset, or an answer already under way: nothing can be said to the client.
    const answering = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
    if (error.code === 'ECONNRESET' || answering || !socket.writable) return void socket.destroy();
    const { headers: own, body } = errorAnswer(refusal.status, refusal.code, refusal.message);
    const headers = { ...COMMON_HEADERS, 'content-security-policy': API_CSP, ...own, 'content-length': String(body.length), connection: 'close' };
    const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('');
    socket.write(`HTTP/1.1 ${refusal.status} ${refusal.reason}\r\n${head}\r\n`);
    socket.end(body);
    httpResponses.inc({ status: String(refusal.status) });
    if (logger.enabled('info')) logRequest(logger, { method: '-', path: '-', notes: { codes: [refusal.code] } }, refusal.status, 0, false);
  });
}
