/**
 * What corpus loading refuses before it trusts a file's content, in `validate` and in the server:
 * text that is not UTF-8 (with the offset of the first bad byte), a byte-order mark, anything that
 * is not a regular file (checked before it is opened: a FIFO would block the load forever), symlinks
 * that leave the corpus folder or lead nowhere, repeated member names, nesting beyond the limit,
 * and numbers out of their sane range. Each is one issue of its file; the check goes on with the
 * other files. Fixtures: tests/fixtures/defects/<defect>/; FIFOs, sockets, devices and symlinks are
 * made in temporary folders at test time.
 */
import { spawnSync } from 'node:child_process';
import { isUtf8 } from 'node:buffer';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCorpus, checkCorpusInParallel } from '../../src/corpus/load.js';
import { MAX_CORPUS_JSON_DEPTH, scanJson } from '../../src/corpus/json-scan.js';
import { decodeUtf8, firstInvalidUtf8 } from '../../src/corpus/utf8.js';
import { validateArticleFile } from '../../src/corpus/validate-file.js';
import { killServers, spawnServer } from '../server/helpers.js';
import { brief, fixture, issuesLike, ROOT } from './helpers.js';

type Row = readonly [file: string, path: string, message: RegExp];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const exactly = (message: string) => new RegExp(`^${escape(message)}$`);
const MINIMAL = fixture('minimal', 'fixture-minimal.json');
const deepPath = (prefix: string, levels: number) => prefix + '[0]'.repeat(levels);

/** Every new defect folder, with exactly what `validate` reports for it. */
const DEFECTS: { defect: string; folder: string; issues: Row[] }[] = [
  {
    defect: 'a file saved in Latin-1: the offset of the first invalid byte',
    folder: 'not-utf8',
    issues: [['fixture-not-utf8.json', '$', exactly('not UTF-8 text: invalid byte sequence F8 at byte offset 225 (line 8); save the file as UTF-8')]],
  },
  {
    defect: 'a file saved as UTF-16',
    folder: 'utf-16',
    issues: [['fixture-utf-16.json', '$', exactly('not UTF-8 text: it starts with a UTF-16 byte-order mark (bytes FF FE); save the file as UTF-8')]],
  },
  {
    defect: 'a UTF-8 byte-order mark',
    folder: 'byte-order-mark',
    issues: [
      [
        'fixture-byte-order-mark.json',
        '$',
        exactly('the file starts with a byte-order mark (U+FEFF, bytes EF BB BF): save it as UTF-8 without a BOM, as JSON requires (RFC 8259, section 8.1)'),
      ],
    ],
  },
  {
    defect: 'a member name twice in one object (JSON.parse would keep the last)',
    folder: 'duplicate-member',
    issues: [
      [
        'fixture-duplicate-member.json',
        '$.title',
        exactly('duplicate member name "title" in one object (first at line 3, column 3): JSON keeps only the last, so one of them would be silently lost'),
      ],
      [
        'fixture-duplicate-member.json',
        '$.cities[0].name',
        exactly('duplicate member name "name" in one object (first at line 25, column 7): JSON keeps only the last, so one of them would be silently lost'),
      ],
    ],
  },
  {
    defect: 'nesting beyond the limit, with the path where it is crossed',
    folder: 'too-deep',
    issues: [['fixture-too-deep.json', deepPath('$.notes', MAX_CORPUS_JSON_DEPTH - 1), exactly('nesting deeper than 64 levels of objects and arrays; an article file needs far fewer')]],
  },
  {
    defect: 'nesting ten thousand deep in a file cut off (this overflowed the stack of the syntax-error locator)',
    folder: 'too-deep-invalid-json',
    issues: [['fixture-too-deep-invalid-json.json', deepPath('$.notes', MAX_CORPUS_JSON_DEPTH - 1), /^nesting deeper than 64 levels/]],
  },
  {
    defect: 'a number too large to be a number (1e400 reads as Infinity)',
    folder: 'non-finite-number',
    issues: [['fixture-non-finite-number.json', '$.metrics[0].value.value', exactly('must be a finite number: this one is too large to represent (it reads as Infinity)')]],
  },
  {
    defect: 'exchange rates of 0 and below',
    folder: 'rate-not-positive',
    issues: [
      ['fixture-rate-not-positive.json', '$.metrics[0].value.value', exactly('a rate (a quantity with "per", e.g. USD per EUR) must be above 0: conversions divide by it')],
      ['fixture-rate-not-positive.json', '$.metrics[1].value.value', exactly('a rate (a quantity with "per", e.g. USD per EUR) must be above 0: conversions divide by it')],
    ],
  },
  {
    defect: 'an exchange rate so small that conversions would overflow',
    folder: 'exchange-rate-out-of-range',
    issues: [
      [
        'fixture-exchange-rate-out-of-range.json',
        '$.metrics[0].value.value',
        exactly('an exchange rate (a currency per a currency) must be between 1e-6 and 1e6: conversions multiply and divide by it'),
      ],
    ],
  },
  {
    defect: 'an amount (value × scale) beyond any article',
    folder: 'amount-too-large',
    issues: [
      [
        'fixture-amount-too-large.json',
        '$.metrics[0].value.value',
        exactly('the amount (value × scale, here 5e17) is beyond 1e16 in size, more than any article states: check the value and the scale'),
      ],
    ],
  },
  {
    defect: 'a share above 100 percent (a rise of 300 percent in the same file is fine)',
    folder: 'share-over-100',
    issues: [
      [
        'fixture-share-over-100.json',
        '$.metrics[0].value.value',
        exactly('a share (PERCENT in a metric of kind "level") cannot exceed 100; a rise or fall of more than 100 percent is a metric of kind "change"'),
      ],
    ],
  },
  {
    defect: 'a negative count',
    folder: 'negative-count',
    issues: [
      [
        'fixture-negative-count.json',
        '$.metrics[0].value.value',
        exactly('a count (COUNT) cannot be negative; state a fall by its size, with "direction": "down" in the metric\'s "change"'),
      ],
    ],
  },
  {
    defect: 'a negative duration',
    folder: 'negative-duration',
    issues: [['fixture-negative-duration.json', '$.metrics[0].value.value', exactly('a duration (DAY) cannot be negative')]],
  },
];

describe('one refusal per fixture, the same in the single-threaded check and on worker threads', () => {
  it.each(DEFECTS)('$defect', async ({ folder, issues }) => {
    const dir = fixture('defects', folder);
    const result = checkCorpus(dir);
    expect(brief(result.issues)).toEqual(issuesLike(issues));
    expect(result.store).toBeUndefined();
    expect(await checkCorpusInParallel(dir, { threads: 2, filesPerJob: 1 })).toEqual(result);
  });
});

describe('the JSON scan: depth and repeated member names', () => {
  const article = JSON.parse(readFileSync(MINIMAL, 'utf8')) as Record<string, unknown>;
  const withNotes = (notes: string) => JSON.stringify(article).replace(/}$/, `,"notes":${notes}}`);
  const issuesOf = (text: string) => brief(validateArticleFile('fixture-minimal.json', text).issues);

  it('takes nesting up to the limit to the format check, and refuses one level more before parsing', () => {
    // The root object is level 1, "notes" level 2: 62 more levels reach the limit exactly.
    const atLimit = withNotes('['.repeat(MAX_CORPUS_JSON_DEPTH - 1) + ']'.repeat(MAX_CORPUS_JSON_DEPTH - 1));
    expect(issuesOf(atLimit)).toEqual([{ file: 'fixture-minimal.json', path: '$', message: expect.stringMatching(/^unknown field "notes"; the fields here are /) }]);
    const beyond = withNotes('['.repeat(MAX_CORPUS_JSON_DEPTH) + ']'.repeat(MAX_CORPUS_JSON_DEPTH));
    expect(issuesOf(beyond)).toEqual([{ file: 'fixture-minimal.json', path: deepPath('$.notes', MAX_CORPUS_JSON_DEPTH - 1), message: expect.stringMatching(/^nesting deeper than 64 levels/) }]);
  });

  it('names the path through objects and arrays, and quotes names that are not plain', () => {
    const nested = (levels: number) => '{"a b":'.repeat(levels) + '1' + '}'.repeat(levels);
    expect(scanJson(`[1, {"x": [0, 0, ${nested(70)}]}]`, 8).tooDeep).toBe('$[1].x[2]["a b"]["a b"]["a b"]["a b"]["a b"]');
    expect(scanJson(`{"${'n'.repeat(100)}": [[1]]}`, 2).tooDeep).toBe(`$["${'n'.repeat(64)}…"][0]`);
  });

  it('a nesting of a million levels costs one linear pass and no stack', () => {
    const text = '['.repeat(1_000_000) + ']'.repeat(1_000_000);
    expect(scanJson(text).tooDeep).toBe(deepPath('$', MAX_CORPUS_JSON_DEPTH));
    expect(brief(validateArticleFile('fixture-deep.json', text).issues)).toEqual([
      { file: 'fixture-deep.json', path: deepPath('$', MAX_CORPUS_JSON_DEPTH), message: expect.stringMatching(/^nesting deeper than 64 levels/) },
    ]);
  });

  it('finds a repeated name however it is escaped, but not in strings, sibling objects or parents', () => {
    const text = String.raw`{"a": "{\"a\": 1, \"a\": 2}", "b": [{"a": 1}, {"a": 2}], "c": {"a": {"a": 1}}, "\u0061": "x\\", "d\"": 1, "d\"": 2}`;
    expect(scanJson(text).duplicates.map(({ path, name }) => [path, name])).toEqual([
      ['$.a', 'a'],
      ['$["d\\""]', 'd"'],
    ]);
  });

  it('finds a repeated name in an object of thousands of members, in linear time', () => {
    const members = Array.from({ length: 50_000 }, (_, i) => `"m${i}": ${i}`);
    members.push('"m17": 0', '"m49999": 0');
    const { duplicates, duplicateCount } = scanJson(`{"big": {${members.join(', ')}}}`);
    expect(duplicates.map((d) => d.path)).toEqual(['$.big.m17', '$.big.m49999']);
    expect(duplicateCount).toBe(2);
  });

  it('describes the first 20 repeated names and counts the others, however many', () => {
    const { duplicates, duplicateCount } = scanJson(`{${Array.from({ length: 100_001 }, () => '"x": 1').join(',')}}`);
    expect(duplicates).toHaveLength(20);
    expect(duplicateCount).toBe(100_000);
  });

  it('lists at most 20 repeated names of a file, and counts the rest', () => {
    const text = JSON.stringify(article).replace(/}$/, `,"notes":{${Array.from({ length: 25 }, () => '"x": 1').join(',')}}}`);
    const issues = issuesOf(text);
    expect(issues).toHaveLength(21);
    expect(issues.filter((issue) => issue.path === '$.notes.x')).toHaveLength(20);
    expect(issues).toContainEqual({ file: 'fixture-minimal.json', path: '$', message: '4 more duplicate member names in this file, not listed' });
  });

  it('gives the syntax error, not a repeated name, for text that is not JSON', () => {
    expect(issuesOf('{"key": 1, "key": 2')).toEqual([{ file: 'fixture-minimal.json', path: '$', message: expect.stringMatching(/^invalid JSON: /) }]);
  });

  it('names an invisible character that breaks the JSON by its code point', () => {
    // V8 quotes the text around the token, with "..." where it cuts it: the message keeps neither.
    const text = JSON.stringify(article).replace('"key":', '"key":\u200b');
    const column = text.indexOf('\u200b') + 1;
    expect(issuesOf(text)).toEqual([{ file: 'fixture-minimal.json', path: '$', message: `invalid JSON: Unexpected character U+200B (line 1, column ${column})` }]);
    expect(issuesOf(`[1,\u00a02]`)).toEqual([{ file: 'fixture-minimal.json', path: '$', message: 'invalid JSON: Unexpected character U+00A0 (line 1, column 4)' }]);
  });

  it('refuses a byte-order mark in text handed to validateArticleFile too', () => {
    expect(issuesOf(`\ufeff${JSON.stringify(article)}`)).toEqual([{ file: 'fixture-minimal.json', path: '$', message: expect.stringMatching(/^the file starts with a byte-order mark \(U\+FEFF/) }]);
  });
});

describe('UTF-8', () => {
  const invalid = (...bytes: number[]) => firstInvalidUtf8(Uint8Array.from(bytes));

  it.each<[string, number[], { offset: number; length: number } | undefined]>([
    ['ASCII, two-, three- and four-byte characters', [0x41, 0xc3, 0xb8, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80], undefined],
    ['a stray continuation byte', [0x41, 0x80], { offset: 1, length: 1 }],
    ['a Latin-1 byte before a space', [0x41, 0xe9, 0x20], { offset: 1, length: 2 }],
    ['an overlong two-byte form', [0xc0, 0x80], { offset: 0, length: 1 }],
    ['an overlong three-byte form', [0xe0, 0x80, 0x80], { offset: 0, length: 2 }],
    ['a surrogate', [0x41, 0xed, 0xa0, 0x80], { offset: 1, length: 2 }],
    ['beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80], { offset: 0, length: 2 }],
    ['a lead byte that never starts a sequence', [0xf5, 0x80], { offset: 0, length: 1 }],
    ['a three-byte sequence cut off at the end', [0x41, 0xe2, 0x82], { offset: 1, length: 2 }],
    ['a four-byte sequence broken in its last byte', [0xf0, 0x9f, 0x98, 0x41], { offset: 0, length: 4 }],
  ])('%s', (_, bytes, expected) => {
    expect(invalid(...bytes)).toEqual(expected);
    expect(isUtf8(Uint8Array.from(bytes))).toBe(expected === undefined);
  });

  it('agrees with Node on random bytes: no offset exactly when the bytes are UTF-8, and all before the offset is UTF-8', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 5000; round++) {
      const bytes = Uint8Array.from({ length: 1 + Math.floor(random() * 12) }, () => {
        const r = random();
        return r < 0.4 ? 0x20 + Math.floor(random() * 0x5f) : r < 0.7 ? 0x80 + Math.floor(random() * 0x40) : 0xc0 + Math.floor(random() * 0x40);
      });
      const found = firstInvalidUtf8(bytes);
      expect(found === undefined).toBe(isUtf8(bytes));
      if (found) {
        expect(isUtf8(bytes.subarray(0, found.offset))).toBe(true);
        expect(isUtf8(bytes.subarray(0, found.offset + found.length))).toBe(false);
      }
    }
  });

  it('reads valid UTF-8, keeping a byte-order mark for the JSON step to refuse', () => {
    expect(decodeUtf8(Buffer.from('København ✓'))).toEqual({ text: 'København ✓' });
    expect(decodeUtf8(Buffer.from('\ufeff{}'))).toEqual({ text: '\ufeff{}' });
    expect(decodeUtf8(Buffer.from([0x7b, 0x0a, 0x22, 0xff, 0x22]))).toEqual({
      problem: 'not UTF-8 text: invalid byte sequence FF at byte offset 3 (line 2); save the file as UTF-8',
    });
  });
});

/** Runs `npm run validate` on a folder, in a child process that is killed if the check hangs. */
function validate(dir: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', dir], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  return { status: run.status, signal: run.signal, output: run.stdout + run.stderr };
}

describe('files that are not regular files, and symlinks', { timeout: 60_000 }, () => {
  let base: string;
  let corpus: string;
  let outside: string;
  let socket: Server;
  let devices = false;
  const VALID = basename(MINIMAL);
  const SECRET = 'SECRET-BYTES-OUTSIDE-THE-CORPUS';

  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'news-graph-refusals-'));
    corpus = join(base, 'corpus');
    outside = join(base, 'outside-the-corpus');
    mkdirSync(corpus);
    mkdirSync(outside);
    writeFileSync(join(outside, 'secret-target.json'), `{"key": "${SECRET}"}`);
    copyFileSync(MINIMAL, join(corpus, VALID));
    // Inside the folder: a dotfolder is not listed, so what is in it is reached only through links.
    mkdirSync(join(corpus, '.inside'));
    copyFileSync(fixture('places', 'fixture-places.json'), join(corpus, '.inside', 'fixture-places.json'));
    mkdirSync(join(corpus, '.inside', 'a-folder'));
    expect(spawnSync('mkfifo', [join(corpus, 'pipe.json')]).status).toBe(0);
    expect(spawnSync('mkfifo', [join(corpus, '.inside', 'pipe')]).status).toBe(0);
    mkdirSync(join(corpus, 'folder.json'));
    socket = createServer();
    await new Promise<void>((resolve) => socket.listen(join(corpus, 'socket.json'), resolve));
    // Devices need the right to make them (root in a container); without it those cases are skipped.
    devices =
      spawnSync('mknod', [join(corpus, 'char-device.json'), 'c', '1', '3']).status === 0 &&
      spawnSync('mknod', [join(corpus, 'block-device.json'), 'b', '7', '0']).status === 0;
    symlinkSync('.inside/fixture-places.json', join(corpus, 'fixture-places.json')); // followed: a regular file inside
    symlinkSync(join(outside, 'secret-target.json'), join(corpus, 'absolute-out.json'));
    symlinkSync('../outside-the-corpus/secret-target.json', join(corpus, 'relative-out.json'));
    symlinkSync('/dev/null', join(corpus, 'dev-null.json'));
    symlinkSync('no-such-file.json', join(corpus, 'dangling.json'));
    symlinkSync('../outside-the-corpus/no-such-file.json', join(corpus, 'dangling-out.json'));
    symlinkSync('loop-b.json', join(corpus, 'loop-a.json'));
    symlinkSync('loop-a.json', join(corpus, 'loop-b.json'));
    symlinkSync('.inside/a-folder', join(corpus, 'link-to-folder.json'));
    symlinkSync('.inside/pipe', join(corpus, 'link-to-pipe.json'));
    symlinkSync(corpus, join(base, 'corpus-link'));
  });
  afterAll(async () => {
    await killServers();
    await new Promise((resolve) => socket.close(resolve));
    rmSync(base, { recursive: true, force: true });
  });

  const expected = (): Row[] => [
    ['absolute-out.json', '$', exactly('a symlink that leads out of the corpus folder: only symlinks to files inside the folder are followed')],
    ['relative-out.json', '$', exactly('a symlink that leads out of the corpus folder: only symlinks to files inside the folder are followed')],
    ['dev-null.json', '$', exactly('a symlink that leads out of the corpus folder: only symlinks to files inside the folder are followed')],
    ['dangling.json', '$', exactly('a dangling symlink: what it points at does not exist')],
    ['dangling-out.json', '$', exactly('a dangling symlink: what it points at does not exist')],
    ['loop-a.json', '$', exactly('a symlink that cannot be resolved: it leads into a loop of symlinks')],
    ['loop-b.json', '$', exactly('a symlink that cannot be resolved: it leads into a loop of symlinks')],
    ['link-to-folder.json', '$', exactly('cannot read the file: it is a symlink to a directory, not a regular file')],
    ['link-to-pipe.json', '$', exactly('cannot read the file: it is a symlink to a FIFO (named pipe), not a regular file')],
    ['pipe.json', '$', exactly('cannot read the file: it is a FIFO (named pipe), not a regular file')],
    ['socket.json', '$', exactly('cannot read the file: it is a socket, not a regular file')],
    ['folder.json', '$', exactly('cannot read the file: EISDIR: it is a directory, not a regular file')],
    ...(devices
      ? ([
          ['char-device.json', '$', exactly('cannot read the file: it is a character device, not a regular file')],
          ['block-device.json', '$', exactly('cannot read the file: it is a block device, not a regular file')],
        ] as Row[])
      : []),
  ];

  it('`validate` refuses each, once, and goes on with the other files (a child process: a FIFO opened by mistake would hang it)', () => {
    const { status, signal, output } = validate(corpus);
    expect(signal).toBeNull();
    expect(status).toBe(1);
    for (const [file, , message] of expected()) expect(output).toMatch(new RegExp(`^ {2}${escape(join(corpus, file))} \\$: ${message.source.slice(1, -1)}$`, 'm'));
    const problems = expected().length;
    expect(output).toMatch(new RegExp(`^${escape(corpus)}: ${problems} problems in ${problems + 2} files$`, 'm'));
    expect(output).not.toMatch(/\n\s+at /); // messages, not a stack trace
    expect(output).not.toContain(SECRET);
    expect(output).not.toContain('secret-target');
    expect(output).not.toContain(outside);
    expect(output).not.toContain('/dev/null');
  });

  it('the in-process checks find the same, single-threaded and on worker threads; a symlink inside the folder is followed', async () => {
    const single = checkCorpus(corpus);
    expect(brief(single.issues)).toEqual(issuesLike(expected()));
    expect(single.files).toBe(expected().length + 2); // and the two valid articles, one of them through a symlink
    expect(await checkCorpusInParallel(corpus, { threads: 2, filesPerJob: 3 })).toEqual(single);
    expect(JSON.stringify(single.issues)).not.toContain(SECRET);
  });

  it('follows symlinks inside a corpus folder that is itself reached through a symlink', () => {
    const dir = join(base, 'only-valid');
    mkdirSync(join(dir, '.inside'), { recursive: true });
    copyFileSync(fixture('places', 'fixture-places.json'), join(dir, '.inside', 'fixture-places.json'));
    symlinkSync('.inside/fixture-places.json', join(dir, 'fixture-places.json'));
    symlinkSync(dir, join(base, 'only-valid-link'));
    const result = checkCorpus(join(base, 'only-valid-link'));
    expect(result.issues).toEqual([]);
    expect(result.store?.count('Article')).toBe(1);
  });

  it('the server refuses to start, listing each problem with its file', async () => {
    const server = spawnServer({ DATA_DIR: corpus, LOG_LEVEL: 'silent' });
    const { code } = await server.exited;
    expect(code).toBe(1);
    const stderr = server.stderr();
    expect(stderr).toContain(`Refusing to start: the corpus in ${corpus} is invalid (${expected().length + 2} files checked).`);
    for (const [file, , message] of expected()) expect(stderr).toMatch(new RegExp(`^ {2}${escape(join(corpus, file))} \\$: ${message.source.slice(1, -1)}$`, 'm'));
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr).not.toContain(SECRET);
    expect(server.stdout()).not.toContain('listening');
  });
});

describe('every refusal in one folder, next to a valid article', { timeout: 60_000 }, () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'news-graph-refusals-all-'));
    copyFileSync(MINIMAL, join(dir, basename(MINIMAL)));
    for (const { folder, issues } of DEFECTS) copyFileSync(fixture('defects', folder, issues[0]![0]), join(dir, issues[0]![0]));
  });
  afterAll(async () => {
    await killServers();
    rmSync(dir, { recursive: true, force: true });
  });
  const all = () => DEFECTS.flatMap(({ issues }) => issues);

  it('`validate` reports each problem once and exits 1, without a stack trace', () => {
    const { status, signal, output } = validate(dir);
    expect(signal).toBeNull();
    expect(status).toBe(1);
    expect(output).toMatch(new RegExp(`^${escape(dir)}: ${all().length} problems in ${DEFECTS.length + 1} files$`, 'm'));
    for (const [file, path] of all()) expect(output.split('\n').filter((line) => line.startsWith(`  ${join(dir, file)} ${path}: `))).toHaveLength(1);
    expect(output).not.toMatch(/\n\s+at /);
  });

  it('the server refuses to start, listing them', async () => {
    const server = spawnServer({ DATA_DIR: dir, LOG_LEVEL: 'silent' });
    const { code } = await server.exited;
    expect(code).toBe(1);
    expect(server.stderr()).toContain(`Refusing to start: the corpus in ${dir} is invalid (${DEFECTS.length + 1} files checked).`);
    for (const [file, path] of all()) expect(server.stderr()).toContain(`  ${join(dir, file)} ${path}: `);
    expect(server.stderr()).not.toMatch(/\n\s+at /);
  });
});

describe('numbers in range are accepted', () => {
  const article = JSON.parse(readFileSync(fixture('defects', 'share-over-100', 'fixture-share-over-100.json'), 'utf8')) as {
    key: string;
    metrics: { value: Record<string, unknown>; kind: string }[];
  };
  const issuesWith = (value: Record<string, unknown>, kind = 'level') => {
    const copy = structuredClone(article);
    copy.metrics[0]!.value = { ...copy.metrics[0]!.value, ...value };
    copy.metrics[0]!.kind = kind;
    return validateArticleFile(`${article.key}.json`, JSON.stringify(copy)).issues;
  };

  it.each<[string, Record<string, unknown>, string?]>([
    ['a share of exactly 100 percent', { value: 100 }],
    ['a fall of 100 percent or more, as a change', { value: -250 }, 'change'],
    ['a forecast above 100 percent', { value: 150 }, 'forecast'],
    ['an amount of exactly 1e16', { value: 1e7, scale: 'billion', unit: 'KRW' }],
    ['a negative amount of money (a deficit)', { value: -3, scale: 'billion', unit: 'EUR' }],
    ['South Korea\'s economy in won', { value: 2_400_000, scale: 'billion', unit: 'KRW' }],
    ['an exchange rate at the bounds', { value: 1e-6, unit: 'GBP', per: 'KRW' }, 'rate'],
    ['a rate that is not between currencies, well above 1e6', { value: 5, scale: 'million', unit: 'COUNT', per: 'YEAR' }, 'rate'],
    ['zero of a count', { value: 0, unit: 'COUNT' }],
  ])('%s', (_, value, kind) => {
    expect(issuesWith(value, kind)).toEqual([]);
  });
});
