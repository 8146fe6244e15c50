import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import ts from 'typescript';

export const CHECK_BOUNDARY_COMMAND = 'check-boundary';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The compiler options of tsconfig.core.json: src/core without the DOM library. */
function coreOptions() {
  const path = resolve(root, 'tsconfig.core.json');
  const { config, error } = ts.readConfigFile(path, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  return ts.parseJsonConfigFileContent(config, ts.sys, root).options;
}

/** Type errors of `code` compiled as the file `path` under tsconfig.core.json. */
function coreTypeErrors(path, code) {
  const options = coreOptions();
  const file = resolve(root, path);
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, language, ...rest) =>
    resolve(name) === file
      ? ts.createSourceFile(name, code, language)
      : getSourceFile.call(host, name, language, ...rest);
  host.fileExists = (name) => resolve(name) === file || fileExists.call(host, name);
  host.readFile = (name) => (resolve(name) === file ? code : readFile.call(host, name));
  const program = ts.createProgram([file], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

/**
 * Test-runner server command `check-boundary`: what the project's own tools say about a probe
 * file that is never written to disk. Payload `{ path, code }` (path relative to the repository);
 * result `{ lint: [{ rule, message }], types: [message] }`, `types` only for files in src/core.
 */
export function boundaryPlugin() {
  let eslint;
  return {
    name: 'check-boundary',
    async executeCommand({ command, payload }) {
      if (command !== CHECK_BOUNDARY_COMMAND) return undefined;
      eslint ??= new ESLint({ cwd: root });
      const [result] = await eslint.lintText(payload.code, {
        filePath: resolve(root, payload.path),
      });
      const lint = result.messages.map((m) => ({ rule: m.ruleId, message: m.message }));
      const types = payload.path.startsWith('src/core/')
        ? coreTypeErrors(payload.path, payload.code)
        : [];
      return { lint, types };
    },
  };
}
