/**
 * The boundaries of #10 §4, as the tools enforce them: src/core imports nothing but itself (no
 * Lit, no package, no file outside core) and compiles without the DOM library. Each probe is
 * linted and type-checked in Node by the project's own ESLint config and tsconfig.core.json.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Verdict {
  readonly lint: readonly { readonly rule: string | null; readonly message: string }[];
  readonly types: readonly string[];
}

const check = (path: string, code: string): Promise<Verdict> =>
  executeServerCommand<Verdict, { path: string; code: string }>('check-boundary', { path, code });

const restricted = (verdict: Verdict): string[] =>
  verdict.lint.filter((m) => m.rule === 'no-restricted-imports').map((m) => m.message);

describe('the src/core boundary', function () {
  // ESLint and TypeScript start cold in the server on the first probe.
  this.timeout(120_000);

  it('rejects Lit, @lit/* and any package in core code', async () => {
    const verdict = await check(
      'src/core/probe.ts',
      [
        "import { html } from 'lit';",
        "import { msg } from '@lit/localize';",
        "import Ajv from 'ajv';",
        'export const used = [html, msg, Ajv];',
      ].join('\n'),
    );
    expect(restricted(verdict)).to.have.length(3);
    expect(restricted(verdict).join('\n')).to.contain('Lit').and.to.contain('no packages');
  });

  it('rejects an import that climbs out of core, at any depth', async () => {
    const top = await check(
      'src/core/probe.ts',
      "import { renderTable } from '../internal/render-table.js';\nexport const used = renderTable;\n",
    );
    const nested = await check(
      'src/core/rules/probe.ts',
      "import { x } from '../../internal/render-table.js';\nexport const used = x;\n",
    );
    expect(restricted(top)).to.have.length(1);
    expect(restricted(nested)).to.have.length(1);
  });

  it('lets core import core, and its tests import test fixtures', async () => {
    const nested = await check(
      'src/core/rules/probe.ts',
      "import { leafPaths } from '../layout.js';\nexport const used = leafPaths;\n",
    );
    const test = await check(
      'src/core/probe.test.ts',
      [
        "import { expect } from '@open-wc/testing';",
        "import { xiangtan } from '../../test/fixtures/reports.js';",
        "import { leafPaths } from './layout.js';",
        'export const used = [expect, xiangtan, leafPaths];',
      ].join('\n'),
    );
    expect(restricted(nested)).to.deep.equal([]);
    expect(restricted(test)).to.deep.equal([]);
  });

  it('leaves the element layer free to use Lit', async () => {
    const verdict = await check(
      'src/internal/probe.ts',
      "import { html } from 'lit';\nexport const used = html;\n",
    );
    expect(restricted(verdict)).to.deep.equal([]);
  });

  it('compiles core without the DOM library', async () => {
    const dom = await check('src/core/probe.ts', 'export const title = document.title;\n');
    const pure = await check(
      'src/core/probe.ts',
      "import { leafPaths } from './layout.js';\nexport const count = (n: number): number => leafPaths([]).length + n;\n",
    );
    expect(dom.types.join('\n')).to.contain("Cannot find name 'document'");
    expect(pure.types).to.deep.equal([]);
  });
});
