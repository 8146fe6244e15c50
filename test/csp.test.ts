/**
 * A strict page: the single file under `default-src 'self'; script-src 'self'; style-src 'self';
 * require-trusted-types-for 'script'; trusted-types lit-html` (test/pages/csp.html, its header set
 * by test/plugins/package-plugin.mjs). Every element renders and checks, in shadow and light-DOM
 * mode, from `src`, the `data` attribute and a child JSON script, with no violation reported.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { ELEMENTS } from './fixtures/elements.js';
import { closePages, openPage, packageBuild, type PageWindow } from './helpers/pages.js';
import { frameSettled } from './helpers/settle.js';

interface StrictPage {
  readonly tags: readonly string[];
  readonly elements: readonly {
    readonly tag: string;
    readonly light: boolean;
    readonly findings: number;
  }[];
}

async function openStrictPage(url: string): Promise<PageWindow & { __page: StrictPage }> {
  const page = await openPage(url);
  await waitUntil(() => page.__page, 'the strict page never finished rendering', {
    timeout: 15_000,
  });
  return page as PageWindow & { __page: StrictPage };
}

describe('a page with a strict Content Security Policy and Trusted Types', function () {
  this.timeout(30_000);

  before(async function () {
    this.timeout(180_000);
    await packageBuild();
  });

  afterEach(closePages);

  it('renders and checks every element, shadow and light DOM, with zero violations', async () => {
    const page = await openStrictPage('/test/pages/csp.html');
    expect([...page.__page.tags].sort()).to.deep.equal(
      ELEMENTS.map((element) => element.tag).sort(),
    );
    // Each tag twice (src, shadow; data attribute, light DOM), and the pasted child-script table.
    expect(page.__page.elements).to.have.length(ELEMENTS.length * 2 + 1);
    const pasted = page.document.getElementById('pasted')!;
    expect(
      pasted.querySelectorAll('td[aria-invalid="true"]').length,
      'the pasted table shows its findings',
    ).to.be.greaterThan(0);
    expect(
      page.__page.elements.find(
        (el) => el.tag === 'disclosure-applications-table' && el.light && el.findings > 0,
      ),
    ).to.not.equal(undefined);
    expect(page.__recorded).to.deep.equal({ violations: [], errors: [] });
  });

  it('enforces the policy it is tested under: Trusted Types and inline styles are refused and reported', async () => {
    const page = await openStrictPage('/test/pages/csp.html?probe');
    await waitUntil(() => page.__recorded!.violations.length >= 2, 'the probe was not reported');
    const directives = page.__recorded!.violations.map((violation) => violation.split(' ')[0]);
    expect(directives).to.include('require-trusted-types-for');
    expect(directives.some((directive) => directive.startsWith('style-src'))).to.equal(true);
  });

  it("needs 'allow-duplicates' for two copies of Lit on one page, and then works", async () => {
    const shared = await openPage('/test/pages/csp-two-copies.html');
    await waitUntil(
      () => shared.customElements.get('disclosure-applications-table'),
      'not registered',
    );
    await frameSettled(shared);
    expect(shared.__recorded).to.deep.equal({ violations: [], errors: [] });

    // Without it, the second copy's Lit may not create its "lit-html" policy: the reason the
    // README asks for 'allow-duplicates' on pages that can hold more than one copy of Lit.
    const strict = await openPage('/test/pages/csp-two-copies.html?without-allow-duplicates');
    await waitUntil(
      () => strict.__recorded!.violations.length > 0,
      'no violation without allow-duplicates',
    );
    expect(strict.__recorded!.violations[0]).to.match(/^trusted-types/);
  });
});
