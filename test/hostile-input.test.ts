/**
 * Hostile and unlucky input for every element: script in every string the document carries
 * and in the attributes, every way a `src` can fail, and a thousand changes in a row.
 */
import { expect, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import { LAYOUTS, XSS_PAYLOADS } from './fixtures/arbitraries.js';
import { ELEMENTS, type DataElement, type ElementUnderTest } from './fixtures/elements.js';
import {
  breaksRowTotal,
  setCell,
  withBlankCell,
  xiangtan,
  type Json,
  type JsonObject,
} from './fixtures/reports.js';
import { renderRoot } from './helpers/element.js';
import { nextTask, settled } from './helpers/settle.js';
import { fuzzSettings, runsOf } from './helpers/fuzz.js';
import { activeContent, trapPage, type PageTrap } from './helpers/trap.js';
import { valueCells } from '../src/core/layout.js';
import type { DisclosureErrorEvent } from '../src/events/disclosure-error-event.js';
import type { DisclosureCheckEvent } from '../src/events/disclosure-check-event.js';
import { setLocale } from '../src/localization.js';

/** A URL the test server answers with `body`, after `delay` ms, with the given status and type. */
function respond(
  body: string,
  { delay = 0, status = 200, type = 'application/json' } = {},
): string {
  const query = new URLSearchParams({ body, delay: String(delay), status: String(status), type });
  return `/__fuzz/respond?${query}`;
}

/** A report whose first value cell of each of the element's tables holds a marker value. */
function marked(spec: ElementUnderTest, marker: number): JsonObject {
  const doc = xiangtan();
  for (const id of spec.tables) setCell(doc, valueCells(LAYOUTS[id])[0].key, marker);
  return doc;
}

/** Text the element renders, without its own child script (in light DOM they share a root). */
const shownText = (el: HTMLElement): string =>
  [...renderRoot(el).childNodes]
    .filter((node) => node.nodeName !== 'SCRIPT')
    .map((node) => node.textContent)
    .join('');

async function mount(
  spec: ElementUnderTest,
  setup: (el: DataElement) => void = () => {},
): Promise<DataElement> {
  const el = document.createElement(spec.tag) as DataElement;
  setup(el);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/** Records every disclosure-check and disclosure-error an element fires. */
function recordEvents(el: HTMLElement): { type: string; detail: unknown }[] {
  const events: { type: string; detail: unknown }[] = [];
  el.addEventListener('disclosure-check', (e) =>
    events.push({ type: e.type, detail: (e as DisclosureCheckEvent).findings }),
  );
  el.addEventListener('disclosure-error', (e) =>
    events.push({ type: e.type, detail: (e as DisclosureErrorEvent).problems }),
  );
  return events;
}

/** Runs a test body for every element at the same time, naming the element in a failure. */
async function forEveryElement(body: (spec: ElementUnderTest) => Promise<void>): Promise<void> {
  await Promise.all(
    ELEMENTS.map((spec) =>
      body(spec).catch((error: unknown) => {
        throw new Error(`<${spec.tag}>: ${error instanceof Error ? error.message : String(error)}`);
      }),
    ),
  );
}

/** Resolves with the next disclosure-error's problems. */
const nextError = (el: HTMLElement) =>
  new Promise<DisclosureErrorEvent>((resolve) =>
    el.addEventListener('disclosure-error', (e) => resolve(e as DisclosureErrorEvent), {
      once: true,
    }),
  );

function expectInert(el: HTMLElement): void {
  expect(activeContent(el)).to.deep.equal([]);
}

/** A report with a payload in every string it carries: agency, year, $schema, every cell, unknown keys at each level. */
function poisoned(spec: ElementUnderTest): { doc: JsonObject; cellPayloads: Map<string, string> } {
  const doc = xiangtan();
  const cellPayloads = new Map<string, string>();
  let i = 0;
  const next = () => XSS_PAYLOADS[i++ % XSS_PAYLOADS.length];
  doc.agency = next();
  doc.year = next();
  doc.$schema = next();
  doc[next()] = next();
  for (const id of spec.tables) {
    for (const cell of valueCells(LAYOUTS[id])) {
      const payload = next();
      cellPayloads.set(cell.key, payload);
      setCell(doc, cell.key, payload);
    }
    (doc[id] as JsonObject)[next()] = next();
  }
  // An unknown key inside a row written as an object, too.
  if (spec.tables.includes('applications')) {
    const applications = doc.applications as JsonObject;
    const columns = [
      'naturalPerson',
      'commercial',
      'research',
      'publicInterest',
      'legalService',
      'other',
      'total',
    ];
    const received = applications.received as Json[];
    applications.received = {
      ...Object.fromEntries(columns.map((column, i) => [column, received[i]])),
      [next()]: next(),
    };
  }
  return { doc, cellPayloads };
}

describe('hostile input', () => {
  let trap: PageTrap;
  beforeEach(() => (trap = trapPage()));
  afterEach(async () => {
    const { errors, executed } = await trap.release();
    expect(errors, 'errors thrown into the page').to.deep.equal([]);
    expect(executed, 'payloads that ran').to.deep.equal([]);
    for (const el of document.body.querySelectorAll(ELEMENTS.map((e) => e.tag).join(', ')))
      el.remove();
  });

  for (const spec of ELEMENTS) {
    describe(`<${spec.tag}>`, () => {
      describe('script injection', () => {
        it('shows a payload in every string as text, through each channel, in shadow and light DOM', async () => {
          const { doc, cellPayloads } = poisoned(spec);
          const channels = ['data property', 'data attribute', 'child script'] as const;
          const elements = await Promise.all(
            channels.flatMap((channel) =>
              [false, true].map((lightDom) =>
                mount(spec, (el) => {
                  if (lightDom) el.setAttribute('light-dom', '');
                  el.setAttribute('caption', XSS_PAYLOADS[0]);
                  if (channel === 'data property') el.data = doc;
                  else if (channel === 'data attribute')
                    el.setAttribute('data', JSON.stringify(doc));
                  else
                    el.append(
                      Object.assign(document.createElement('script'), {
                        type: 'application/json',
                        textContent: JSON.stringify(doc),
                      }),
                    );
                }),
              ),
            ),
          );
          // Until an <img src=x> that should not exist would have failed to load.
          await settled();
          for (const el of elements) {
            const where = `${el.hasAttribute('light-dom') ? 'light DOM' : 'shadow DOM'}, ${el.hasAttribute('data') ? 'attribute' : el.querySelector('script') ? 'script' : 'property'}`;
            expectInert(el);
            const root = renderRoot(el);
            for (const [key, payload] of cellPayloads) {
              expect(
                root.querySelector(`td[data-cell="${key}"]`)?.textContent,
                `${where}: ${key}`,
              ).to.contain(payload);
            }
            if (spec.tables.length === 1)
              expect(root.querySelector('caption')!.textContent, where).to.contain(XSS_PAYLOADS[0]);
            if (spec.tag === 'disclosure-annual-report')
              expect(shownText(el), where).to.contain(doc.agency as string);
            // Unknown keys are named in the findings, as text.
            expect(
              el.findings.filter((f) => f.rule === 'input.unknownKey').length,
              where,
            ).to.be.greaterThan(1);
          }
        });

        it('treats every payload as a src: refused when not http(s), fetched as a plain URL otherwise, shown as text', async function () {
          this.timeout(20_000);
          const payloads = [
            // A malformed %-escape only makes the test server log a 400 (a failed fetch, as 404).
            ...XSS_PAYLOADS.filter((payload) => !payload.includes('%')),
            'javascript:__xss(99)',
            'JaVaScRiPt:__xss(98)',
            ' javascript:__xss(97)',
            'java\tscript:__xss(96)',
            'data:text/html,<script>__xss(95)</script>',
            'vbscript:__xss(94)',
          ];
          // All at once: each waits for its own fetch or refusal.
          await Promise.all(
            payloads.map(async (payload) => {
              const el = await mount(spec, (el) => el.setAttribute('src', payload));
              const alert = await waitUntil(
                () => renderRoot(el).querySelector('[role="alert"]'),
                `no message for src ${payload}`,
              );
              expect(alert).to.not.equal(null);
              expectInert(el);
              el.remove();
            }),
          );
        });
      });

      describe('src', () => {
        async function expectFetchProblem(
          src: string,
          code: 'fetch' | 'json',
        ): Promise<DataElement> {
          const el = document.createElement(spec.tag) as DataElement;
          const error = nextError(el);
          el.setAttribute('src', src);
          document.body.append(el);
          const { problems } = await error;
          expect(problems.map((p) => p.code)).to.deep.equal([code]);
          await el.updateComplete;
          expect(renderRoot(el).querySelector('[role="alert"]')).to.not.equal(null);
          expect(renderRoot(el).querySelector('table')).to.equal(null);
          return el;
        }

        it('reports a 404', async () => {
          const el = await expectFetchProblem(respond('{}', { status: 404 }), 'fetch');
          expect(shownText(el)).to.contain('HTTP 404');
        });

        it('reports a body that is not JSON', async () => {
          await expectFetchProblem(
            respond('<!doctype html><title>Not found</title><img src=x onerror=__xss(1)>', {
              type: 'text/html',
            }),
            'json',
          );
        });

        it('refuses a huge body announced by Content-Length', async () => {
          await expectFetchProblem('/__fuzz/huge?bytes=3000000&declare=1', 'fetch');
        });

        // Regression: the body used to be read whole before its size was checked; an endless
        // one was read for 13 s (gigabytes) until the connection broke, then "Failed to fetch".
        it('refuses a huge body sent without a length, and an endless one, as soon as it passes the limit', async function () {
          this.timeout(20_000);
          for (const src of ['/__fuzz/huge?bytes=3000000', '/__fuzz/huge?bytes=endless']) {
            const start = performance.now();
            const el = await expectFetchProblem(src, 'fetch');
            expect(performance.now() - start, src).to.be.below(3000);
            expect(shownText(el)).to.contain('数据文件过大');
            el.remove();
          }
        });

        it('reports a network error', async () => {
          await expectFetchProblem('/__fuzz/reset', 'fetch');
        });

        it('refuses a URL whose scheme is not http, https or relative, without fetching it', async () => {
          for (const src of [
            'javascript:void(0)',
            'data:application/json,{}',
            'file:///etc/passwd',
            'blob:https://example.org/x',
            'ftp://example.org/r.json',
            'about:blank',
          ]) {
            const el = await expectFetchProblem(src, 'fetch');
            expect(shownText(el)).to.contain(src);
            expect(performance.getEntriesByName(src)).to.deep.equal([]);
            el.remove();
          }
        });
      });

      describe('child script', () => {
        // Regression: only the exact text type="application/json" was read; a hand-edited page's
        // "application/JSON" or "application/json; charset=utf-8" left the element empty.
        it('reads a JSON data block whose type is written in capitals or with a charset', async () => {
          for (const type of ['application/JSON', 'application/json; charset=utf-8']) {
            const el = await mount(spec, (el) =>
              el.append(
                Object.assign(document.createElement('script'), {
                  type,
                  textContent: JSON.stringify(xiangtan()),
                }),
              ),
            );
            expect(renderRoot(el).querySelectorAll('td[data-cell]').length, type).to.equal(
              spec.valueCellCount,
            );
            el.remove();
          }
        });
      });

      describe('rapid changes', () => {
        it('ends a thousand data and caption changes in the last state, with one final disclosure-check', async function () {
          const changes = await runsOf('rapidChanges');
          const { seed } = await fuzzSettings();
          this.timeout(20_000 + changes * 50);
          const docs = [
            xiangtan(),
            breaksRowTotal(),
            withBlankCell(),
            '{"broken": ',
            marked(spec, 7),
            42,
          ].map((d) => (typeof d === 'string' ? d : JSON.stringify(d)));
          const step = fc.record({
            attribute: fc.constantFrom('data', 'caption'),
            value: fc.nat(docs.length - 1),
            // Mostly back to back (Lit batches those), sometimes letting an update or a task run.
            wait: fc.oneof(
              { weight: 14, arbitrary: fc.constant('none' as const) },
              { weight: 4, arbitrary: fc.constant('microtask' as const) },
              { weight: 1, arbitrary: fc.constant('update' as const) },
              { weight: 1, arbitrary: fc.constant('task' as const) },
            ),
          });
          const [steps] = fc.sample(
            fc.array(step, { minLength: changes - 1, maxLength: changes - 1 }),
            { numRuns: 1, ...(seed !== undefined ? { seed } : {}) },
          );
          const el = await mount(spec);
          for (const { attribute, value, wait } of steps) {
            el.setAttribute(attribute, attribute === 'data' ? docs[value] : `标题 ${value}`);
            if (wait === 'microtask') await Promise.resolve();
            else if (wait === 'update') await el.updateComplete;
            else if (wait === 'task') await nextTask();
          }
          await el.updateComplete;
          const events = recordEvents(el);
          // The last change: a report unlike any before, so its findings are new.
          const last = marked(spec, 999_999);
          setCell(last, valueCells(LAYOUTS[spec.tables[0]])[1].key, '/');
          el.setAttribute('data', JSON.stringify(last));
          await settled();
          expect(events.map((e) => e.type)).to.deep.equal(['disclosure-check']);
          expect(events[0].detail).to.deep.equal(el.findings);
          const fresh = await mount(spec, (fresh) => {
            fresh.setAttribute('data', JSON.stringify(last));
            fresh.setAttribute('caption', el.getAttribute('caption') ?? '');
            if (!el.hasAttribute('caption')) fresh.removeAttribute('caption');
          });
          expect(el.findings).to.deep.equal(fresh.findings);
          expect(shownText(el)).to.equal(shownText(fresh));
        });
      });
    });
  }

  // Tests that mostly wait (slow responses, timers) run for the four elements at once.
  describe('every element at once', () => {
    it('shows a newer src over a slow older one, with no flash of the stale data', async function () {
      this.timeout(10_000);
      await forEveryElement(async (spec) => {
        const seen: string[] = [];
        const el = document.createElement(spec.tag) as DataElement;
        const events = recordEvents(el);
        el.setAttribute('src', respond(JSON.stringify(marked(spec, 424242)), { delay: 300 }));
        document.body.append(el);
        await el.updateComplete;
        const observer = new MutationObserver(() => seen.push(shownText(el)));
        observer.observe(renderRoot(el), { subtree: true, childList: true, characterData: true });
        el.setAttribute('src', respond(JSON.stringify(marked(spec, 515151))));
        await waitUntil(() => shownText(el).includes('515151'), 'the newer src was never shown');
        await settled();
        observer.disconnect();
        expect(seen.filter((text) => text.includes('424242'))).to.deep.equal([]);
        expect(shownText(el)).to.contain('515151');
        expect(events.map((e) => e.type)).to.deep.equal(['disclosure-check']);
      });
    });

    it('shows a newer failing src over a slow older good one: the good table never appears', async function () {
      this.timeout(10_000);
      await forEveryElement(async (spec) => {
        const el = document.createElement(spec.tag) as DataElement;
        el.setAttribute('src', respond(JSON.stringify(xiangtan()), { delay: 300 }));
        document.body.append(el);
        await el.updateComplete;
        let tableShown = false;
        const observer = new MutationObserver(
          () => (tableShown ||= renderRoot(el).querySelector('table') !== null),
        );
        observer.observe(renderRoot(el), { subtree: true, childList: true });
        el.setAttribute('src', respond('{"agency": ', { delay: 0 }));
        await waitUntil(
          () => renderRoot(el).querySelector('[role="alert"]'),
          'the newer src was never shown',
        );
        await settled();
        observer.disconnect();
        expect(tableShown).to.equal(false);
        expect(renderRoot(el).querySelector('[role="alert"]')).to.not.equal(null);
      });
    });

    it("turns every failure of previous-src into a warning, never stopping this year's tables", async function () {
      this.timeout(20_000);
      await forEveryElement(async (spec) => {
        const crossYear = spec.tables.some((id) => id === 'applications' || id === 'proactive');
        const sources = [
          respond('{}', { status: 404 }),
          respond('<html>', { type: 'text/html' }),
          '/__fuzz/huge?bytes=endless',
          '/__fuzz/reset',
          'javascript:__xss(90)',
        ];
        for (const src of sources) {
          const el = await mount(spec, (el) => {
            el.data = xiangtan();
            el.setAttribute('previous-src', src);
          });
          await waitUntil(
            () =>
              renderRoot(el).querySelectorAll('td[data-cell]').length === spec.valueCellCount &&
              renderRoot(el).querySelector('[part~="findings"] [role="status"]') === null,
            `this year's tables never settled with previous-src ${src}`,
            { timeout: 5000 },
          );
          const previous = el.findings.filter((f) => f.rule === 'input.previous');
          // Only an element with a cross-year check reads last year's report at all.
          expect(
            previous.map((f) => f.severity),
            src,
          ).to.deep.equal(crossYear ? ['warning'] : []);
          el.remove();
        }
      });
    });

    // Regression: disconnecting aborted the fetch and reconnecting never restarted it, so an
    // element moved in the page (or re-parented by a framework) said "loading" for ever.
    it('finishes loading when moved in the page while its src is in flight', async function () {
      this.timeout(10_000);
      await forEveryElement(async (spec) => {
        const el = await mount(spec, (el) =>
          el.setAttribute('src', respond(JSON.stringify(xiangtan()), { delay: 300 })),
        );
        // Moving an element disconnects and reconnects it: the fetch must survive that.
        const box = document.createElement('div');
        document.body.append(box);
        box.append(el);
        await waitUntil(
          () => renderRoot(el).querySelectorAll('td[data-cell]').length === spec.valueCellCount,
          'the table never arrived after the move',
          { timeout: 3000 },
        );
        box.remove();
      });
    });

    it('ends a run of src changes, some slow, in the last src, with no stale data after it and one final disclosure-check', async function () {
      this.timeout(30_000 + (await runsOf('rapidChanges')) * 50);
      await forEveryElement(async (spec) => {
        const changes = Math.max(10, Math.round((await runsOf('rapidChanges')) / 5));
        const { seed } = await fuzzSettings();
        const urls = [0, 1, 2, 3].map((i) =>
          respond(JSON.stringify(marked(spec, 610_000 + i)), { delay: [0, 50, 200, 400][i] }),
        );
        const step = fc.record({
          url: fc.nat(urls.length - 1),
          wait: fc.constantFrom('none', 'microtask', 'update', 'task'),
        });
        const [steps] = fc.sample(fc.array(step, { minLength: changes, maxLength: changes }), {
          numRuns: 1,
          ...(seed !== undefined ? { seed } : {}),
        });
        const el = await mount(spec);
        for (const { url, wait } of steps) {
          el.setAttribute('src', urls[url]);
          if (wait === 'microtask') await Promise.resolve();
          else if (wait === 'update') await el.updateComplete;
          else if (wait === 'task') await nextTask();
        }
        await el.updateComplete;
        const events = recordEvents(el);
        const stale: string[] = [];
        const observer = new MutationObserver(() => {
          const text = shownText(el);
          if (/61000[0-3]/.test(text)) stale.push(text.match(/61000[0-3]/)![0]);
        });
        observer.observe(renderRoot(el), { subtree: true, childList: true, characterData: true });
        // The last src: a report unlike any before (disclosure-check fires when findings change).
        const last = marked(spec, 777_777);
        setCell(last, valueCells(LAYOUTS[spec.tables[0]])[1].key, '/');
        el.setAttribute('src', respond(JSON.stringify(last), { delay: 100 }));
        await waitUntil(() => shownText(el).includes('777777'), 'the last src was never shown', {
          timeout: 5000,
        });
        await settled();
        observer.disconnect();
        expect(stale, 'stale data shown after the last change').to.deep.equal([]);
        expect(events.map((e) => e.type)).to.deep.equal(['disclosure-check']);
      });
    });
  });
});

describe('hostile input, in English', () => {
  let trap: PageTrap;
  beforeEach(async () => {
    trap = trapPage();
    await setLocale('en');
  });
  afterEach(async () => {
    await setLocale('zh-CN');
    const { errors, executed } = await trap.release();
    expect(errors, 'errors thrown into the page').to.deep.equal([]);
    expect(executed, 'payloads that ran').to.deep.equal([]);
  });

  // The English messages are other templates around the same values: a payload (or a "${0}"
  // in one) must stay a value there too.
  for (const spec of ELEMENTS) {
    it(`<${spec.tag}> shows a payload in every string as text`, async () => {
      const { doc, cellPayloads } = poisoned(spec);
      const el = await mount(spec, (el) => (el.data = doc));
      await settled();
      expectInert(el);
      for (const [key, payload] of cellPayloads) {
        expect(renderRoot(el).querySelector(`td[data-cell="${key}"]`)?.textContent, key).to.contain(
          payload,
        );
      }
      const invalid = el.findings.find((f) => f.rule === 'cell.invalid')!;
      expect(invalid.message).to.match(/[A-Za-z]/);
      expect(shownText(el)).to.contain(invalid.message);
      el.remove();
    });
  }
});
