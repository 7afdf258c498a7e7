/** One corpus file's own check: its name, that it is a regular file that can be read as UTF-8, and validateArticleFile. */
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, realpathSync, type Stats } from 'node:fs';
import { join, sep } from 'node:path';
import type { CorpusIssue } from './issues.js';
import { decodeUtf8 } from './utf8.js';
import { validateArticleFile, type LocatedArticle } from './validate-file.js';

/** Files [first, first + names.length) of a corpus folder's sorted listing, for a worker; `hash` asks for each file's SHA-256. */
export interface FileCheckJob {
  dir: string;
  names: string[];
  first: number;
  hash?: boolean;
}

/** A worker's answer for one file: the valid article as text (transfer.ts), its issues, and the SHA-256 of the bytes checked when asked. */
export interface FileCheckResult {
  index: number;
  article?: string;
  issues: CorpusIssue[];
  hash?: string;
}

/** A file's check; with `hash`, the SHA-256 (hex) of the bytes validated, so that the ingest records what it checked. */
export function checkFile(dir: string, name: string, { hash = false } = {}): { article?: LocatedArticle; issues: CorpusIssue[]; hash?: string } {
  const file = join(dir, name);
  const refuse = (message: string) => ({ issues: [{ file, path: '$', message }] });
  if (!name.endsWith('.json')) return refuse('not an article file: article files end in .json');
  try {
    const bytes = readArticleBytes(dir, file);
    if (typeof bytes === 'string') return refuse(bytes);
    const decoded = decodeUtf8(bytes);
    if ('problem' in decoded) return refuse(decoded.problem);
    const checked = validateArticleFile(file, decoded.text);
    return hash ? { ...checked, hash: createHash('sha256').update(bytes).digest('hex') } : checked;
  } catch (error) {
    // The check of one file must not stop the check of the others (nor take a worker down): anything
    // unforeseen is this file's issue. The message only, never a stack trace.
    return refuse(`the file could not be checked: ${(error as Error).message}`);
  }
}

/** Opened without waiting (a FIFO that lstat missed, swapped in since, must not block) and without following a last symlink. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/**
 * The bytes of a corpus file, or why it is refused. lstat comes first, so nothing but a regular
 * file is ever opened: opening a FIFO waits for a writer forever, a device may never end. A symlink
 * is followed only to a regular file inside the corpus folder; the messages about symlinks never
 * say where one points. The file is then opened and checked again through its descriptor (fstat),
 * so that a file swapped between the lstat and the open is refused too.
 */
function readArticleBytes(dir: string, file: string): Buffer | string {
  let stats: Stats;
  try {
    stats = lstatSync(file);
  } catch (error) {
    return `cannot read the file: ${(error as Error).message}`;
  }
  let target = file;
  let through = '';
  if (stats.isSymbolicLink()) {
    const resolved = resolveLink(dir, file);
    if (typeof resolved === 'string') return resolved;
    ({ target, stats } = resolved);
    through = 'a symlink to ';
  }
  if (!stats.isFile()) return notRegular(stats, through);
  let fd: number;
  try {
    fd = openSync(target, OPEN_FLAGS);
  } catch (error) {
    // A symlink's target is not named: its error code only.
    return `cannot read the file: ${through ? (error as NodeJS.ErrnoException).code : (error as Error).message}`;
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile() || opened.ino !== stats.ino || opened.dev !== stats.dev) return 'cannot read the file: it was replaced while it was being read';
    return readFileSync(fd);
  } catch (error) {
    return `cannot read the file: ${through ? (error as NodeJS.ErrnoException).code : (error as Error).message}`;
  } finally {
    closeSync(fd);
  }
}

/** A symlink's real path and what is there, when it is inside the corpus folder; otherwise why it is refused. */
function resolveLink(dir: string, file: string): { target: string; stats: Stats } | string {
  let target: string;
  try {
    target = realpathSync(file);
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'a dangling symlink: what it points at does not exist';
    if (code === 'ELOOP') return 'a symlink that cannot be resolved: it leads into a loop of symlinks';
    return `a symlink that cannot be resolved (${code ?? 'unknown error'})`;
  }
  let folder: string;
  try {
    folder = realpathSync(dir);
  } catch (error) {
    return `cannot resolve the corpus folder to check where a symlink leads (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`;
  }
  const inside = folder.endsWith(sep) ? folder : folder + sep;
  if (!target.startsWith(inside)) return 'a symlink that leads out of the corpus folder: only symlinks to files inside the folder are followed';
  try {
    return { target, stats: lstatSync(target) };
  } catch (error) {
    return `a symlink that cannot be resolved (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`;
  }
}

/** Why something that is not a regular file is refused. "EISDIR" is what reading a directory would have said. */
function notRegular(stats: Stats, through: string): string {
  if (stats.isDirectory()) return through ? `cannot read the file: it is ${through}a directory, not a regular file` : 'cannot read the file: EISDIR: it is a directory, not a regular file';
  const kind = stats.isFIFO()
    ? 'a FIFO (named pipe)'
    : stats.isSocket()
      ? 'a socket'
      : stats.isCharacterDevice()
        ? 'a character device'
        : stats.isBlockDevice()
          ? 'a block device'
          : 'of an unknown type';
  return `cannot read the file: it is ${through}${kind}, not a regular file`;
}
