/**
 * Fuzzing every element through each of its inputs: generated bad, broken and hostile
 * documents through the `data` attribute, the child JSON script and the `data` property, and
 * any JavaScript value at all through the property. Whatever comes in, nothing escapes to the
 * page, no script runs, and the element ends in a table or an inline message; the three
 * channels agree on the same JSON text.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  brokenDocument,
  consistentReport,
  hostileJson,
  LAYOUTS,
  spelling,
  writeDocument,
  writeSection,
} from './fixtures/arbitraries.js';
import { valueCells } from '../src/core/layout.js';
import { parseJson } from '../src/core/parse.js';
import { ELEMENTS, type DataElement, type ElementUnderTest } from './fixtures/elements.js';
import { renderRoot } from './helpers/element.js';
import { assertProperty } from './helpers/fuzz.js';
import { activeContent, trapPage, type PageTrap } from './helpers/trap.js';

/** What an element shows: a table (its cells and findings) or an inline message. */
interface Outcome {
  readonly kind: 'table' | 'error';
  readonly text: string;
  readonly findings: string;
}

/**
 * How many value cells the element must show: all of its tables', less those of a table the data
 * lacks. Only the report shows a document with a table missing (`report.sectionMissing`, or a
 * misspelt table key that stands for it); each table it does show is shown whole.
 */
function shownValueCellCount(el: DataElement, spec: ElementUnderTest): number {
  const absent = new Set(
    el.findings.flatMap(({ terms }) => {
      if (terms.kind !== 'problem') return [];
      const { problem } = terms;
      if (problem.code === 'missingSection') return [problem.path];
      return problem.code === 'unknownKey' && problem.section ? [problem.section] : [];
    }),
  );
  return spec.tables
    .filter((id) => !absent.has(id))
    .reduce((sum, id) => sum + valueCells(LAYOUTS[id]).length, 0);
}

/** Reads an element's outcome, asserting what must hold whatever the input was. */
function outcomeOf(el: DataElement, spec: ElementUnderTest): Outcome {
  expect(trap.caught, 'errors thrown into the page, or payloads that ran').to.deep.equal({
    errors: [],
    executed: [],
  });
  const root = renderRoot(el);
  expect(activeContent(el), 'active content rendered').to.deep.equal([]);
  const alert = root.querySelector('[role="alert"]');
  const tables = root.querySelectorAll('table').length;
  // The rendered text, without the element's own child script (in light DOM they share a root).
  const text = [...root.childNodes]
    .filter((node) => node.nodeName !== 'SCRIPT')
    .map((node) => node.textContent)
    .join('');
  if (alert) {
    expect(tables, 'a table beside the error message').to.equal(0);
    expect(el.findings, 'findings of unusable data').to.deep.equal([]);
    const items = [...alert.querySelectorAll('li')];
    expect(items.length, 'an error message with no reason').to.be.greaterThan(0);
    for (const item of items) expect(item.textContent!.trim()).to.not.equal('');
    return { kind: 'error', text, findings: '[]' };
  }
  expect(tables, `<${spec.tag}> shows neither a table nor a message`).to.be.greaterThan(0);
  expect(root.querySelectorAll('td[data-cell]').length, 'value cells').to.equal(
    shownValueCellCount(el, spec),
  );
  expect(root.querySelectorAll('[part~="findings"] li').length, 'findings listed').to.equal(
    el.findings.length,
  );
  for (const cell of root.querySelectorAll('td[aria-describedby]')) {
    for (const id of cell.getAttribute('aria-describedby')!.split(' ')) {
      expect(root.querySelector(`[id="${id}"]`), `aria-describedby target ${id}`).to.not.equal(
        null,
      );
    }
  }
  return { kind: 'table', text, findings: JSON.stringify(el.findings) };
}

/** JSON text that is not valid JSON, or is valid but of no use: what hand-edited pages produce. */
function junkText(): fc.Arbitrary<string> {
  const documentText = consistentReport().map((values) => JSON.stringify(writeDocument(values)));
  return fc.oneof(
    fc.tuple(documentText, fc.nat()).map(([text, at]) => text.slice(0, at % text.length)),
    fc
      .tuple(
        documentText,
        fc.nat(),
        fc.constantFrom(',', '"', '}', ']', '\\', '\u0000', "'", '<!--', '</script>'),
      )
      .map(
        ([text, at, junk]) =>
          `${text.slice(0, at % text.length)}${junk}${text.slice(at % text.length)}`,
      ),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.constantFrom(
      '',
      ' ',
      '\ufeff{}',
      'NaN',
      'undefined',
      "{'applications': 1}",
      '{"applications": 1,}',
      '[1, 2',
      '1e999999',
      '"\\ud800"',
      '{"a": 1}{"b": 2}',
      '<html><body>Not found</body></html>',
      `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
      `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`,
    ),
  );
}

/** One input: JSON text for the attribute and the script, and whether it parses as JSON. */
function elementInput(spec: ElementUnderTest): fc.Arbitrary<string> {
  const json = (value: fc.Arbitrary<unknown>) => value.map((v) => JSON.stringify(v) ?? 'null');
  const consistent = fc
    .tuple(consistentReport(), spelling(), fc.boolean())
    .map(([values, how, whole]) =>
      whole || spec.tables.length > 1
        ? writeDocument(values, how, spec.tables)
        : writeSection(LAYOUTS[spec.tables[0]], values, how),
    );
  return fc.oneof(
    { weight: 4, arbitrary: json(brokenDocument(spec.tables)) },
    { weight: 1, arbitrary: json(hostileJson()) },
    { weight: 1, arbitrary: json(consistent) },
    { weight: 1, arbitrary: junkText() },
  );
}

/** Lets a child-script edit reach the element (a MutationObserver callback) and every update finish. */
async function settle(elements: readonly DataElement[]): Promise<void> {
  await Promise.resolve();
  await Promise.all(elements.map((el) => el.updateComplete));
}

function create(tag: string): DataElement {
  return document.createElement(tag) as DataElement;
}

/**
 * A hidden container: the fuzzers look at what is rendered, not at how it is laid out, and
 * skipping layout (and the sticky-header measurements it triggers) makes a case several times
 * cheaper, so more cases fit the CI budget.
 */
function hiddenHost(): HTMLElement {
  const host = document.createElement('div');
  host.hidden = true;
  document.body.append(host);
  return host;
}

/** One fixed consistent report, for the tests that vary something else. */
const [consistentValues] = fc.sample(consistentReport(), { numRuns: 1, seed: 6 });

/** The page trap of the running test; each outcome checks it, so a failing case shrinks. */
let trap: PageTrap;

describe('fuzzing every element', () => {
  beforeEach(() => (trap = trapPage()));
  afterEach(async () => {
    const { errors, executed } = await trap.release();
    expect(errors, 'errors thrown into the page').to.deep.equal([]);
    expect(executed, 'payloads that ran').to.deep.equal([]);
  });

  for (const spec of ELEMENTS) {
    describe(`<${spec.tag}>`, () => {
      it('agrees across the child script, the data attribute and the data property, and always ends in a table or a message', async function () {
        // One element takes each input through all three channels in turn, weakest first
        // (precedence: property, attribute, script): the second and third see the same text, so
        // they re-render nothing unless a channel disagrees, and a case costs one table render.
        const el = create(spec.tag);
        const script = Object.assign(document.createElement('script'), {
          type: 'application/json',
        });
        el.append(script);
        hiddenHost().append(el);
        try {
          await assertProperty(
            this,
            'elementInputs',
            fc.asyncProperty(elementInput(spec), async (text) => {
              el.data = undefined;
              el.removeAttribute('data');
              script.textContent = text;
              await settle([el]);
              const viaScript = outcomeOf(el, spec);
              el.setAttribute('data', text);
              await settle([el]);
              expect(outcomeOf(el, spec), 'data attribute vs child script').to.deep.equal(
                viaScript,
              );
              // The property gets the value the element itself reads from the text; a string
              // given to the property is JSON text, so a JSON string travels as its text.
              const parsed = parseJson(text);
              el.data = parsed.ok && typeof parsed.value !== 'string' ? parsed.value : text;
              await settle([el]);
              const viaProperty = outcomeOf(el, spec);
              if (parsed.ok)
                expect(viaProperty, 'data property vs child script').to.deep.equal(viaScript);
              else expect(viaScript.kind, 'text that is not JSON').to.equal('error');
            }),
          );
        } finally {
          el.parentElement!.remove();
        }
      });

      it("never lets last year's report, however broken, stop this year's tables", async function () {
        // Through the previous attribute and then the previous property, on a usable report.
        const el = create(spec.tag);
        el.data = writeDocument(consistentValues, undefined, spec.tables);
        hiddenHost().append(el);
        try {
          await assertProperty(
            this,
            'elementValues',
            fc.asyncProperty(elementInput(spec), async (text) => {
              el.previous = undefined;
              el.setAttribute('previous', text);
              await settle([el]);
              const viaAttribute = outcomeOf(el, spec);
              expect(viaAttribute.kind, "this year's tables").to.equal('table');
              const parsed = parseJson(text);
              el.previous = parsed.ok && typeof parsed.value !== 'string' ? parsed.value : text;
              await settle([el]);
              const viaProperty = outcomeOf(el, spec);
              if (parsed.ok)
                expect(viaProperty, 'previous property vs attribute').to.deep.equal(viaAttribute);
              else expect(viaProperty.kind, "this year's tables").to.equal('table');
            }),
          );
        } finally {
          el.parentElement!.remove();
        }
      });

      it('ends in a table or a message for any JavaScript value as the data property', async function () {
        const el = create(spec.tag);
        hiddenHost().append(el);
        const cyclic: Record<string, unknown> = { agency: 'x', year: 2025 };
        cyclic.self = cyclic;
        for (const id of spec.tables) cyclic[id] = cyclic;
        const values = fc.oneof(
          fc.anything({
            withBigInt: true,
            withBoxedValues: true,
            withDate: true,
            withMap: true,
            withSet: true,
            withNullPrototype: true,
            withObjectString: true,
            withSparseArray: true,
            withTypedArray: true,
          }),
          fc.constantFrom<unknown>(
            cyclic,
            Symbol('data'),
            () => 1,
            Number.NaN,
            -0,
            Object.create(null),
            new Proxy({}, {}),
            document.body,
            window.location,
          ),
          brokenDocument(spec.tables).map((doc) => structuredClone(doc)),
        );
        try {
          await assertProperty(
            this,
            'elementValues',
            fc.asyncProperty(values, async (value) => {
              // undefined unsets the property: the element then waits for another input.
              el.data = value === undefined ? null : value;
              await el.updateComplete;
              outcomeOf(el, spec);
            }),
          );
        } finally {
          el.parentElement!.remove();
        }
      });
    });
  }
});
