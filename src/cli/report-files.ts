/**
 * Finding the report files named on the command line, reading them, and pairing each with last
 * year's report of the same agency. Node only; the checking itself is the core's.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseJson } from '../core/parse.js';
import type { InputProblem } from '../core/parse.js';

/** A file named on the command line, or found in a folder named there. */
export type ReportFile =
  | { readonly path: string; readonly status: 'unreadable'; readonly reason: string }
  | { readonly path: string; readonly status: 'malformed'; readonly problem: InputProblem }
  | {
      readonly path: string;
      readonly status: 'read';
      readonly value: unknown;
      /** The agency and year the report names, when it names both. */
      readonly agency?: string;
      readonly year?: number;
    };

/** Every `.json` file under each path, a folder read recursively, in a stable order. */
export async function expandPaths(paths: readonly string[]): Promise<{
  readonly files: string[];
  readonly unreadable: { readonly path: string; readonly reason: string }[];
}> {
  const files: string[] = [];
  const unreadable: { path: string; reason: string }[] = [];
  const walk = async (path: string, named: boolean): Promise<void> => {
    let isFolder: boolean;
    try {
      isFolder = (await stat(path)).isDirectory();
    } catch (error) {
      unreadable.push({ path, reason: reasonOf(error) });
      return;
    }
    if (!isFolder) {
      // A file named outright is checked whatever its name; inside a folder, only `.json` files.
      if (named || path.endsWith('.json')) files.push(path);
      return;
    }
    let entries: string[];
    try {
      entries = (await readdir(path)).sort();
    } catch (error) {
      unreadable.push({ path, reason: reasonOf(error) });
      return;
    }
    for (const entry of entries) await walk(join(path, entry), false);
  };
  for (const path of paths) await walk(path, true);
  return { files, unreadable };
}

/** Reads and parses one report file; never throws. */
export async function readReportFile(path: string): Promise<ReportFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return { path, status: 'unreadable', reason: reasonOf(error) };
  }
  const parsed = parseJson(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) return { path, status: 'malformed', problem: parsed.problem };
  const { value } = parsed;
  const record = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  return {
    path,
    status: 'read',
    value,
    ...(typeof record.agency === 'string' ? { agency: record.agency.trim() } : {}),
    ...(Number.isInteger(record.year) ? { year: record.year as number } : {}),
  };
}

/**
 * Last year's report for each report, by agency and year: among `previous` first (the files
 * given with `--previous`), then among the reports being checked.
 */
export function pairWithLastYear(
  reports: readonly ReportFile[],
  previous: readonly ReportFile[],
): Map<ReportFile, ReportFile> {
  const key = (agency: string, year: number) => `${year}\u0000${agency}`;
  const byAgencyYear = new Map<string, ReportFile>();
  // The last write wins: `--previous` files over the reports checked, and the first given of each.
  for (const file of [...previous, ...reports].reverse()) {
    if (file.status === 'read' && file.agency && file.year !== undefined)
      byAgencyYear.set(key(file.agency, file.year), file);
  }
  const pairs = new Map<ReportFile, ReportFile>();
  for (const file of reports) {
    if (file.status !== 'read' || !file.agency || file.year === undefined) continue;
    const lastYear = byAgencyYear.get(key(file.agency, file.year - 1));
    if (lastYear) pairs.set(file, lastYear);
  }
  return pairs;
}

function reasonOf(error: unknown): string {
  const code = (error as { code?: string } | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
