/** Before any test file: compile the server, which tests/server and tests/hardening start as `npm start` does. */
import { buildServer } from '../scripts/built-server.js';

export default function setup(): void {
  buildServer();
}
