/** A problem found in a corpus file: which file, where in it (a JSON path), and why. */
export interface CorpusIssue {
  file: string;
  path: string;
  message: string;
}

/** Thrown when a corpus cannot be loaded; carries every problem found, not just the first. */
export class CorpusError extends Error {
  constructor(readonly issues: CorpusIssue[]) {
    super(`The corpus has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${formatIssues(issues)}`);
    this.name = 'CorpusError';
  }
}

export function formatIssues(issues: CorpusIssue[]): string {
  return issues.map((issue) => `  ${issue.file} ${issue.path}: ${issue.message}`).join('\n');
}

/** Renders a path such as ['visits', 0, 'evidence'] as "$.visits[0].evidence". */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : `${out}.${String(part)}`),
    '$',
  );
}
