/**
 * The ceiling: a bare node:http server that answers every request with the same bytes,
 * to show what Node, the machine and the load generator allow for one response.
 * The body comes on stdin; PORT, HOST and CONTENT_TYPE come from the environment.
 */
import { createServer } from 'node:http';

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const body = Buffer.concat(chunks);
const headers = { 'content-type': process.env.CONTENT_TYPE ?? 'application/json', 'content-length': body.length };

const server = createServer((request, response) => {
  // Read the request body like a real server would before answering.
  request.resume();
  request.on('end', () => response.writeHead(200, headers).end(body));
});
server.listen(Number(process.env.PORT), process.env.HOST, () => {
  console.log(`ceiling listening on http://${process.env.HOST}:${process.env.PORT}/`);
});
