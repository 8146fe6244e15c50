import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';

import { packCleanCopy } from '../../scripts/pack.mjs';
import { withinCommandTimeout } from './command-timeout.mjs';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../../', import.meta.url));
const bin = (name) => join(repo, 'node_modules', '.bin', name);

export const PACKAGE_BUILD_COMMAND = 'package-build';
export const PACKAGE_CONSUMER_COMMAND = 'package-consumer';

/** The policy of the issue: no inline script or style, and Trusted Types for every HTML sink. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
/** The same, for a page that may hold more than one copy of Lit (see README, "Strict pages"). */
export const STRICT_CSP_SHARED_LIT = `${STRICT_CSP} 'allow-duplicates'`;

/** The Content-Security-Policy header of a test page, if it has one. */
function policyFor(path, query) {
  if (path === '/test/pages/csp.html') return STRICT_CSP;
  // Two copies of Lit need 'allow-duplicates'; without it is how a site learns that.
  if (path === '/test/pages/csp-two-copies.html') {
    return 'without-allow-duplicates' in query ? STRICT_CSP : STRICT_CSP_SHARED_LIT;
  }
  return undefined;
}

const TYPES = { '.js': 'js', '.html': 'html', '.json': 'json', '.map': 'json', '.ts': 'text' };

/**
 * The package as its users get it, for the distribution tests.
 *
 * - `/dist/…` is served from a build made for this test run in a directory of its own, never
 *   from the repository's `dist`, which may be stale or being rewritten by a concurrent build.
 *   The first request waits for the build (a few seconds): tests call `package-build` first.
 * - The test pages of `policyFor` get their Content-Security-Policy header.
 * - `/__ssr__/page.html` is a page of that build's command line's server rendering.
 * - `package-build` copies the checkout (the files git knows of) and packs it with `npm pack`,
 *   whose `prepack` builds `dist/` (once per run; scripts/pack.mjs).
 * - `package-consumer` takes that tarball (so `files` was applied), installs it
 *   into a fresh consumer project, type-checks the consumer's imports of one element and of
 *   all of them through `exports`, and bundles each with Vite (so `sideEffects` is applied).
 *   The consumer pages are served under `/__consumer__/`. Result: what was packed and checked.
 */
export function packagePlugin() {
  const work = mkdtempSync(join(tmpdir(), 'disclosure-tables-package-'));
  const packageDir = join(work, 'package');
  const consumerDir = join(work, 'consumer');
  let packing;
  let built;
  let consumed;

  // One `npm pack` of a clean copy per run: its `prepack` build is the `dist/` served here.
  const pack = () => (packing ??= packCleanCopy({ directory: work }));

  const build = () =>
    (built ??= pack().then(() => {
      const single = readFileSync(join(packageDir, 'dist', 'disclosure-tables.min.js'));
      return {
        singleFileBytes: single.length,
        singleFileGzipBytes: gzipSync(single, { level: 9 }).length,
      };
    }));

  const consume = () =>
    (consumed ??= pack().then((packed) => installInConsumer(packed, consumerDir)));

  const serveFile = (file) => ({
    body: readFileSync(file, 'utf8'),
    type: TYPES[extname(file)] ?? 'text',
  });

  return {
    name: 'package',

    async serve(context) {
      if (context.path.startsWith('/dist/')) {
        await build();
        const file = resolve(packageDir, `.${context.path}`);
        return file.startsWith(join(packageDir, 'dist')) && existsSync(file)
          ? serveFile(file)
          : undefined;
      }
      if (context.path === SSR_PAGE_PATH) {
        await build();
        return { body: await serverRenderedPage(packageDir, context.query), type: 'html' };
      }
      if (context.path.startsWith('/__consumer__/')) {
        await consume();
        const file = resolve(
          consumerDir,
          'public',
          `.${context.path.slice('/__consumer__'.length)}`,
        );
        return file.startsWith(join(consumerDir, 'public')) && existsSync(file)
          ? serveFile(file)
          : undefined;
      }
      return undefined;
    },

    transform(context) {
      const policy = policyFor(context.path, context.query);
      if (policy) return { headers: { 'content-security-policy': policy }, transformCache: false };
      return undefined;
    },

    async executeCommand({ command }) {
      if (command === PACKAGE_BUILD_COMMAND) return withinCommandTimeout(build());
      if (command === PACKAGE_CONSUMER_COMMAND) return withinCommandTimeout(consume());
      return undefined;
    },

    serverStop() {
      rmSync(work, { recursive: true, force: true });
    },
  };
}

export const SSR_PAGE_PATH = '/__ssr__/page.html';
const SSR_SCRIPTS = {
  hydrate: '/test/pages/ssr-hydrate.ts',
  upgrade: '/test/pages/ssr-upgrade.ts',
};

/**
 * A page whose body is what the packed package's `disclosure-tables render` (Lit's SSR, in a
 * Node process of its own) writes for the 2025 sample: query `table`, `light-dom`, and
 * `script` (`hydrate`: the elements with @lit-labs/ssr-client's hydration support loaded
 * first; `upgrade`: the elements alone). test/pages/ssr-recorder.js, loaded first, records
 * what the page's scripts did, if they run.
 */
async function serverRenderedPage(packageDir, query) {
  const args = ['render', join(repo, 'src', 'data', 'xiangtan-county-2025.json')];
  args.push('--table', String(query.table ?? 'report'));
  if ('light-dom' in query) args.push('--light-dom');
  const script = SSR_SCRIPTS[query.script];
  if (script) args.push('--script', script);
  const { stdout } = await run(
    process.execPath,
    [join(packageDir, 'bin', 'disclosure-tables.js'), ...args],
    {
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <title>Server-rendered</title>
    <script src="/test/pages/ssr-recorder.js"></script>
  </head>
  <body>
${stdout}
  </body>
</html>
`;
}

/** Every path a package.json field or `exports` target names, with `*` patterns expanded against the packed files. */
function namedPaths(manifest, packed) {
  const targets = [];
  const walk = (value) => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(manifest.exports);
  for (const field of ['main', 'module', 'types', 'customElements']) walk(manifest[field]);
  return targets.map((target) => {
    const path = target.replace(/^\.\//, '');
    if (!path.includes('*')) return { target, matches: packed.includes(path) ? [path] : [] };
    const [before, after] = path.split('*');
    return {
      target,
      matches: packed.filter((file) => file.startsWith(before) && file.endsWith(after)),
    };
  });
}

async function installInConsumer({ tarball, files: packed }, consumerDir) {
  // A consumer project with the tarball installed and its peer, Lit, from this repository.
  const installed = join(consumerDir, 'node_modules', 'disclosure-tables');
  mkdirSync(installed, { recursive: true });
  await run('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  mkdirSync(join(consumerDir, 'node_modules', '@lit'), { recursive: true });
  symlinkSync(join(repo, 'node_modules', 'lit'), join(consumerDir, 'node_modules', 'lit'));
  symlinkSync(
    join(repo, 'node_modules', '@lit', 'localize'),
    join(consumerDir, 'node_modules', '@lit', 'localize'),
  );
  writeFileSync(
    join(consumerDir, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  writeFileSync(
    join(consumerDir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2022', 'DOM'],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      include: ['*.ts'],
    }),
  );
  // One element: its class type, and the tag typed through HTMLElementTagNameMap.
  writeFileSync(
    join(consumerDir, 'one.ts'),
    `import 'disclosure-tables/elements/disclosure-applications-table.js';
import type { DisclosureApplicationsTable } from 'disclosure-tables/elements/disclosure-applications-table.js';
const table: DisclosureApplicationsTable = document.createElement('disclosure-applications-table');
table.caption = 'consumer';
export { table };
`,
  );
  // Everything: classes, events, types and the locale functions from the package entry, and an
  // element through `./dist/*`, the path an import map's one prefix serves (docs/no-build.md).
  writeFileSync(
    join(consumerDir, 'all.ts'),
    `import { DisclosureApplicationsTable, DisclosureCheckEvent, getLocale, type Finding } from 'disclosure-tables';
import type { ReviewLitigationTable } from 'disclosure-tables/dist/components/review-litigation-table/define.js';
const findings: readonly Finding[] = [];
export const table: ReviewLitigationTable | null = document.querySelector('review-litigation-table');
export const summary = [DisclosureApplicationsTable.name, DisclosureCheckEvent.name, getLocale(), findings.length];
`,
  );
  const typecheck = await run(bin('tsc'), ['-p', consumerDir]).then(
    () => ({ ok: true, output: '' }),
    (error) => ({ ok: false, output: `${error.stdout}${error.stderr}` }),
  );

  const { build } = await import('vite');
  await build({
    configFile: false,
    root: consumerDir,
    logLevel: 'silent',
    build: {
      outDir: join(consumerDir, 'public'),
      emptyOutDir: true,
      rolldownOptions: {
        input: { one: join(consumerDir, 'one.ts'), all: join(consumerDir, 'all.ts') },
        output: { entryFileNames: '[name].js' },
      },
    },
  });
  for (const name of ['one', 'all']) {
    writeFileSync(
      join(consumerDir, 'public', `${name}.html`),
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><script type="module" src="./${name}.js"></script></head><body></body></html>`,
    );
  }
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  const elementsManifest = JSON.parse(
    readFileSync(join(installed, 'custom-elements.json'), 'utf8'),
  );
  return {
    packed,
    named: namedPaths(manifest, packed),
    sideEffects: manifest.sideEffects,
    scripts: manifest.scripts ?? {},
    elementsManifest,
    typecheck,
  };
}
