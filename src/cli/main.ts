/**
 * The `disclosure-tables` command (bin/disclosure-tables.js):
 *
 *   disclosure-tables check FILE|DIR... [--previous FILE|DIR]... [--json]
 *   disclosure-tables render FILE [--table applications|proactive|review-litigation|report]
 *                                 [--lang zh-CN|en] [--light-dom] [--script URL]
 */
import { parseArgs } from 'node:util';
import { checkCommand, type Output } from './check-command.js';

const USAGE = `Usage:
  disclosure-tables check FILE|DIR... [--previous FILE|DIR]... [--json]
      Checks every report (a folder: every .json file in it), with last year's report of the
      same agency when it is among the files or the --previous ones. Prints the findings of each
      file, as text or JSON. Exit status: 1 when any finding is an error, 2 when a file cannot
      be read.
  disclosure-tables render FILE [--table applications|proactive|review-litigation|report]
                                [--lang zh-CN|en] [--light-dom] [--script URL]
      Writes the table (default: the whole report) as static, accessible HTML to stdout: the
      tables, the computed totals and the findings. --script adds a module script that loads
      the elements from URL, so that the page upgrades them where JavaScript runs.
`;

export const TABLES = ['applications', 'proactive', 'review-litigation', 'report'] as const;
export const LANGUAGES = ['zh-CN', 'en'] as const;

/** Runs the command line `args` (without `node` and the script); resolves with the exit status. */
export async function main(
  args: readonly string[],
  stdout: Output,
  stderr: Output,
): Promise<number> {
  const [command, ...rest] = args;
  const fail = (message: string) => {
    stderr.write(`disclosure-tables: ${message}\n\n${USAGE}`);
    return 2;
  };
  if (command === undefined || command === '--help' || command === '-h') {
    (command ? stdout : stderr).write(USAGE);
    return command ? 0 : 2;
  }
  try {
    if (command === 'check') {
      const { values, positionals } = parseArgs({
        args: [...rest],
        allowPositionals: true,
        options: {
          previous: { type: 'string', multiple: true },
          json: { type: 'boolean' },
        },
      });
      if (!positionals.length) return fail('check needs at least one file or folder');
      return await checkCommand(
        { paths: positionals, previous: values.previous ?? [], json: values.json ?? false },
        stdout,
        stderr,
      );
    }
    if (command === 'render') {
      const { values, positionals } = parseArgs({
        args: [...rest],
        allowPositionals: true,
        options: {
          table: { type: 'string', default: 'report' },
          lang: { type: 'string', default: 'zh-CN' },
          'light-dom': { type: 'boolean' },
          script: { type: 'string' },
        },
      });
      if (positionals.length !== 1) return fail('render needs exactly one report file');
      const table = values.table as (typeof TABLES)[number];
      if (!TABLES.includes(table)) return fail(`--table must be one of ${TABLES.join(', ')}`);
      const lang = values.lang as (typeof LANGUAGES)[number];
      if (!LANGUAGES.includes(lang)) return fail(`--lang must be one of ${LANGUAGES.join(', ')}`);
      // Loaded only here: server rendering brings Lit's SSR, which `check` does not need.
      const { renderCommand } = await import('./render-command.js');
      return await renderCommand(
        {
          path: positionals[0]!,
          table,
          lang,
          lightDom: values['light-dom'] ?? false,
          ...(values.script ? { script: values.script } : {}),
        },
        stdout,
        stderr,
      );
    }
  } catch (error) {
    // parseArgs: an unknown option or a missing value.
    if (error instanceof TypeError && 'code' in error) return fail(error.message);
    throw error;
  }
  return fail(`unknown command ${JSON.stringify(command)}`);
}
