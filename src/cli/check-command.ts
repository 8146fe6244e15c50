/**
 * `disclosure-tables check FILE|DIR... [--previous FILE|DIR] [--json]`: checks every report, with
 * last year's of the same agency when it is there, and prints the findings of each file.
 * Exit status: 2 when a file could not be read (each named on stderr), else 1 when any finding is
 * an error, else 0.
 */
import type { Finding } from '../core/check.js';
import { checkDocument } from './check-document.js';
import { expandPaths, pairWithLastYear, readReportFile, type ReportFile } from './report-files.js';

export interface CheckOptions {
  readonly paths: readonly string[];
  readonly previous: readonly string[];
  readonly json: boolean;
}

export interface Output {
  write(text: string): void;
}

/** One file's outcome, as `--json` prints it. */
interface FileResult {
  readonly file: string;
  readonly agency?: string;
  readonly year?: number;
  /** The file last year's report was read from, when one was paired. */
  readonly previous?: string;
  readonly errors: number;
  readonly warnings: number;
  readonly findings: readonly Pick<Finding, 'rule' | 'severity' | 'message' | 'cells' | 'path'>[];
}

export async function checkCommand(
  options: CheckOptions,
  stdout: Output,
  stderr: Output,
): Promise<number> {
  const named = await expandPaths(options.paths);
  const namedPrevious = await expandPaths(options.previous);
  const reports = await readAll(named.files);
  const previous = await readAll(namedPrevious.files);
  const unreadable = [
    ...named.unreadable,
    ...namedPrevious.unreadable,
    ...[...reports, ...previous].flatMap((file) =>
      file.status === 'unreadable' ? [{ path: file.path, reason: file.reason }] : [],
    ),
  ];
  const lastYear = pairWithLastYear(reports, previous);

  const results: FileResult[] = [];
  for (const file of reports) {
    if (file.status === 'unreadable') continue;
    const pair = lastYear.get(file);
    const findings =
      file.status === 'malformed'
        ? checkDocument({ problem: file.problem })
        : checkDocument({
            value: file.value,
            ...(pair?.status === 'read' ? { previous: pair.value } : {}),
          });
    results.push({
      file: file.path,
      ...(file.status === 'read' && file.agency ? { agency: file.agency } : {}),
      ...(file.status === 'read' && file.year !== undefined ? { year: file.year } : {}),
      ...(pair ? { previous: pair.path } : {}),
      errors: findings.filter((finding) => finding.severity === 'error').length,
      warnings: findings.filter((finding) => finding.severity !== 'error').length,
      findings: findings.map(({ rule, severity, message, cells, path }) => ({
        rule,
        severity,
        message,
        cells,
        ...(path !== undefined ? { path } : {}),
      })),
    });
  }

  if (options.json) {
    stdout.write(`${JSON.stringify({ files: results, unreadable }, null, 2)}\n`);
  } else {
    stdout.write(results.map(textOf).join(''));
    const errors = results.reduce((sum, result) => sum + result.errors, 0);
    const warnings = results.reduce((sum, result) => sum + result.warnings, 0);
    stdout.write(
      `${results.length} ${results.length === 1 ? 'report' : 'reports'} checked: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}${unreadable.length ? `, ${unreadable.length} unreadable` : ''}\n`,
    );
  }
  for (const { path, reason } of unreadable)
    stderr.write(`disclosure-tables: cannot read ${path}: ${reason}\n`);
  if (!named.files.length && !named.unreadable.length)
    stderr.write(`disclosure-tables: no .json report found in ${options.paths.join(' ')}\n`);
  if (unreadable.length) return 2;
  return results.some((result) => result.errors > 0) ? 1 : 0;
}

/**
 * Files read at once. Reading every file of a folder at once opened them all together: past the
 * process's limit of open files (256 on macOS, 1,024 on Linux by default) the rest failed as
 * unreadable (EMFILE). Node reads files on four threads, so a few more than four keep them busy.
 */
const FILES_AT_ONCE = 16;

/** Every file read, in the order given, at most FILES_AT_ONCE open at a time. */
async function readAll(paths: readonly string[]): Promise<ReportFile[]> {
  const files = new Array<ReportFile>(paths.length);
  let next = 0;
  const reader = async (): Promise<void> => {
    while (next < paths.length) {
      const index = next++;
      files[index] = await readReportFile(paths[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(FILES_AT_ONCE, paths.length) }, reader));
  return files;
}

function textOf(result: FileResult): string {
  const title = [result.agency, result.year].filter((part) => part !== undefined).join(' ');
  const head = `${result.file}${title ? ` (${title})` : ''}${result.previous ? `, with last year's ${result.previous}` : ''}`;
  if (!result.findings.length) return `${head}: no findings\n`;
  const lines = result.findings.map(
    (finding) => `  ${finding.severity === 'error' ? 'error  ' : 'warning'} ${finding.message}\n`,
  );
  return `${head}: ${result.errors} ${result.errors === 1 ? 'error' : 'errors'}, ${result.warnings} ${result.warnings === 1 ? 'warning' : 'warnings'}\n${lines.join('')}`;
}
