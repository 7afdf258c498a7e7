/**
 * A throwaway nginx (Debian's binary; no system-wide service): its own prefix directory for the
 * configuration, logs, pid, temporary files and cache, listening on free loopback ports, in the
 * foreground as a child process of the test, stopped at the end.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NGINX_SKIP_REASON = 'SKIPPED: no nginx binary (/usr/sbin/nginx or on PATH); install it with `apt-get install -y nginx`';

/** The nginx binary: /usr/sbin/nginx (Debian), else `nginx` on PATH, else none. */
export function findNginx(): string | undefined {
  if (existsSync('/usr/sbin/nginx')) return '/usr/sbin/nginx';
  const found = spawnSync('which', ['nginx'], { encoding: 'utf8' });
  const path = found.status === 0 ? found.stdout.trim() : '';
  return path && existsSync(path) ? path : undefined;
}

/**
 * Fills the `${NAME}` placeholders of a template (as `envsubst '${NAME} …'` does); nginx's own
 * `$variables` are left alone. Throws if a value is not used or a placeholder is left unfilled.
 */
export function fillTemplate(template: string, values: Record<string, string>): string {
  let text = template;
  for (const [name, value] of Object.entries(values)) {
    if (!text.includes(`\${${name}}`)) throw new Error(`The template has no \${${name}} placeholder`);
    text = text.replaceAll(`\${${name}}`, value);
  }
  const left = /\$\{([A-Z0-9_]+)\}/.exec(text);
  if (left) throw new Error(`The template's \${${left[1]}} placeholder was not filled in`);
  return text;
}

/** A loopback port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function accepting(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export interface Nginx {
  /** The prefix directory: nginx.conf, site.conf, logs, the cache. */
  prefix: string;
  /** The ports the site configuration listens on, in the order it was given them. */
  ports: number[];
  /** The access log so far: one line per request with its cache status (format `test`, below). */
  accessLog: () => string;
  /** nginx's error log and what it printed. */
  errorLog: () => string;
  /** Stops nginx (its master and workers) and removes the prefix directory. */
  stop: () => Promise<void>;
}

export interface NginxOptions {
  /** How many free loopback ports the site listens on. */
  ports: number;
  /** The http-context configuration (server blocks, cache zones…), given the prefix and the ports. */
  site: (prefix: string, ports: number[]) => string;
  /** How long to wait for every port to accept connections. */
  timeoutMs?: number;
}

/** The main configuration: everything nginx would otherwise write under /var (temporary files, logs) goes in the prefix. */
function mainConfig(prefix: string): string {
  const temp = (name: string) => join(prefix, 'temp', name);
  return `# Written by tests/proxy/nginx.ts for one test run.
${process.getuid?.() === 0 ? '# The master runs as root: workers would otherwise run as nobody, who cannot use this directory.\nuser root;\n' : ''}worker_processes 1;
events {
    worker_connections 256;
}
http {
    default_type application/octet-stream;
    log_format test '$request_method $request_uri $status cache=$upstream_cache_status upstream=$upstream_addr origin="$http_origin" accept="$http_accept"';
    access_log ${join(prefix, 'access.log')} test;
    client_body_temp_path ${temp('client_body')};
    proxy_temp_path ${temp('proxy')};
    fastcgi_temp_path ${temp('fastcgi')};
    uwsgi_temp_path ${temp('uwsgi')};
    scgi_temp_path ${temp('scgi')};
    include ${join(prefix, 'site.conf')};
}
`;
}

/**
 * Starts nginx in the foreground (`-p prefix -c nginx.conf -g 'daemon off; pid …; error_log …;'`)
 * and waits until each port accepts connections. A port taken meanwhile by another process is
 * retried with new ports, twice.
 */
export async function startNginx({ ports: count, site, timeoutMs = 10_000 }: NginxOptions): Promise<Nginx> {
  const binary = findNginx();
  if (!binary) throw new Error(NGINX_SKIP_REASON);
  for (let attempt = 1; ; attempt++) {
    const prefix = mkdtempSync(join(tmpdir(), 'news-graph-nginx-'));
    for (const name of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, 'temp', name), { recursive: true });
    const ports: number[] = [];
    while (ports.length < count) {
      const port = await freePort();
      if (!ports.includes(port)) ports.push(port);
    }
    const conf = join(prefix, 'nginx.conf');
    writeFileSync(conf, mainConfig(prefix));
    writeFileSync(join(prefix, 'site.conf'), site(prefix, ports));
    const errorLogPath = join(prefix, 'error.log');
    const globals = `daemon off; pid ${join(prefix, 'nginx.pid')}; error_log ${errorLogPath} notice;`;
    const args = ['-p', prefix, '-c', conf, '-g', globals];

    const checked = spawnSync(binary, [...args, '-t'], { encoding: 'utf8' });
    if (checked.status !== 0) {
      rmSync(prefix, { recursive: true, force: true });
      throw new Error(`nginx -t refused the configuration:\n${checked.stderr}${checked.stdout}`);
    }

    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let printed = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (printed += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (printed += chunk));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    let ended = false;
    void exited.then(() => (ended = true));
    const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '');
    const errorLog = () => `${read(errorLogPath)}${printed}`;

    const deadline = Date.now() + timeoutMs;
    let ready = false;
    while (!ended && Date.now() < deadline) {
      if ((await Promise.all(ports.map(accepting))).every(Boolean)) {
        ready = true;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (ready) {
      return {
        prefix,
        ports,
        accessLog: () => read(join(prefix, 'access.log')),
        errorLog,
        stop: async () => {
          await stopProcess(child, exited);
          rmSync(prefix, { recursive: true, force: true });
        },
      };
    }
    const log = errorLog();
    await stopProcess(child, exited);
    rmSync(prefix, { recursive: true, force: true });
    if (attempt < 3 && /Address already in use/.test(log)) continue;
    throw new Error(`nginx did not start listening on ${ports.join(', ')} within ${timeoutMs} ms:\n${log}`);
  }
}

/** The nginx worker processes of a master (its children, from /proc). */
function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** SIGTERM (nginx's fast shutdown: the master stops its workers), then SIGKILL to the master and its workers after 5 s. */
async function stopProcess(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const workers = childrenOf(child.pid);
  child.kill('SIGTERM');
  const stopped = await Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000))]);
  if (stopped) return;
  for (const pid of workers) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  child.kill('SIGKILL');
  await exited;
}
