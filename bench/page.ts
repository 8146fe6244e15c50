/**
 * The bench page's side: the contenders, and the timing of one sample. The Node driver
 * (`bench/run.mjs`) loads this page with our single-file bundle and Tabulator's minified files,
 * then calls `window.bench` to interleave samples, and reads the heap itself over CDP.
 *
 * One sample of "data to laid-out table": empty the stage, collect garbage and wait for a
 * frame (so no earlier work is billed), start the clock, turn the report into N tables, read
 * `document.body.offsetHeight` (which makes the browser compute style and layout for the whole
 * document, shadow trees included, before it returns), stop the clock. A second reading waits
 * for the next frame after that, so it also holds anything the contender deferred to
 * `requestAnimationFrame`, ResizeObserver callbacks, and the paint.
 */
import xiangtanJson from '../src/data/xiangtan-county-2025.json' with { type: 'json' };
import { buildGrid, type Grid } from '../src/core/grid.js';
import { valueCells } from '../src/core/layout.js';
import { APPLICATIONS_LAYOUT } from '../src/core/layouts/applications.js';
import { tableStyles } from '../src/internal/table.styles.js';
import { cleanFindingsMarkup, sectionReader, tableMarkup } from './floor.js';
import { buildTabulator, tabulatorPlan, type TabulatorTable } from './tabulator.js';
import { buildTanstack, tanstackPlan, updateTanstack, type TanstackTable } from './tanstack.js';

const ELEMENT_TAG = 'disclosure-applications-table';
const REPORT_TAG = 'disclosure-annual-report';
const MAX_TABLES = 100;
const report = xiangtanJson as Record<string, unknown>;
const section = report.applications;

type LitElementLike = HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };

interface Contender {
  /** Turns the report into `count` tables inside `stage`; resolves when the contender says it is done. */
  render(stage: HTMLElement, count: number): Promise<void>;
  /** Removes what `render` made, releasing whatever the contender holds. */
  clear(stage: HTMLElement): void;
  /**
   * Shows another report in the one table `render` mounted; resolves when the contender says it
   * is done. Absent where an update means nothing (the report floor).
   */
  update?(stage: HTMLElement, next: Record<string, unknown>): Promise<void>;
}

const stage = (): HTMLElement => document.getElementById('stage')!;

/** Resolves after the next frame has been produced (rAF, then a task queued behind the paint). */
function nextFrame(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(undefined);
    }),
  );
}

// ---- the floor -------------------------------------------------------------------------------

const readSection = sectionReader(APPLICATIONS_LAYOUT);
/** Grids with a distinct id prefix per table, built once: a static page's markup is fixed. */
const floorGrids: Grid[] = Array.from({ length: MAX_TABLES }, (_, i) =>
  buildGrid(APPLICATIONS_LAYOUT, `floor${i}`),
);
/** The words the element shows after clean data, read from a rendered element in `prepare()`. */
let findingsWords = { heading: '', clean: '' };

function floorMarkup(index: number): string {
  const prefix = `floor${index}`;
  // The element's own wrapper (its content's language is the page's, so it says none).
  return `<div class="floor-host"><div class="content">${tableMarkup(
    APPLICATIONS_LAYOUT,
    [floorGrids[index]],
    APPLICATIONS_LAYOUT.caption,
    `${prefix}-applications-caption`,
    (cell) => readSection(section, cell.key),
  )}${cleanFindingsMarkup(`${prefix}-findings-heading`, findingsWords.heading, findingsWords.clean)}</div></div>`;
}

const floorCells = valueCells(APPLICATIONS_LAYOUT);
/** The mounted floor table's value cells, in `valueCells` order (found when it is mounted). */
let floorValues: HTMLElement[] = [];

const floor: Contender = {
  render: (target, count) => {
    const parts: string[] = [];
    for (let i = 0; i < count; i++) parts.push(floorMarkup(i));
    target.innerHTML = parts.join('');
    floorValues = [];
    return Promise.resolve();
  },
  clear: (target) => {
    floorValues = [];
    target.replaceChildren();
  },
  /**
   * The least an update can do: read every value of the new section raw (no parsing, no
   * checking), compare it with what the cell shows, and rewrite the text of those that differ.
   */
  update: (target, next) => {
    if (!floorValues.length)
      floorValues = [...target.querySelectorAll<HTMLElement>('td[data-cell]')];
    const nextSection = next.applications;
    for (let i = 0; i < floorCells.length; i++) {
      const text = readSection(nextSection, floorCells[i].key);
      const td = floorValues[i];
      const shown = td.firstChild as CharacterData | null;
      if (shown) {
        if (shown.data !== text) shown.data = text;
      } else if (text) td.textContent = text;
    }
    return Promise.resolve();
  },
};

/** An element's stylesheet for a floor's light DOM: `:host` becomes the wrapper's class. */
function installFloorStyles(cssText: string, hostClass: string): void {
  const style = document.createElement('style');
  style.textContent = cssText
    .replace(/:host\(([^)]*)\)/g, `.${hostClass}$1`)
    .replace(/:host/g, `.${hostClass}`);
  document.head.append(style);
}

// ---- our element -----------------------------------------------------------------------------

const element: Contender = {
  render: async (target, count) => {
    const elements: LitElementLike[] = [];
    for (let i = 0; i < count; i++) {
      const el = document.createElement(ELEMENT_TAG) as LitElementLike;
      el.data = report;
      elements.push(el);
    }
    target.append(...elements);
    await Promise.all(elements.map((el) => el.updateComplete));
  },
  clear: (target) => target.replaceChildren(),
  update: async (target, next) => {
    const el = target.firstElementChild as LitElementLike;
    el.data = next;
    await el.updateComplete;
  },
};

// ---- Tabulator -------------------------------------------------------------------------------

const plan = tabulatorPlan(APPLICATIONS_LAYOUT);
let tabulators: TabulatorTable[] = [];

const tabulator: Contender = {
  render: async (target, count) => {
    const holders = Array.from({ length: count }, () => document.createElement('div'));
    target.append(...holders);
    tabulators = await Promise.all(
      holders.map((holder) => buildTabulator(holder, plan, plan.rows(section, readSection))),
    );
  },
  clear: (target) => {
    for (const table of tabulators) table.destroy();
    tabulators = [];
    target.replaceChildren();
  },
  /** Tabulator's own way to show new rows in place (its bottom sums are recalculated). */
  update: async (_target, next) => {
    await tabulators[0].replaceData(plan.rows(next.applications, readSection));
  },
};

// ---- TanStack Table --------------------------------------------------------------------------

const tanstackTablePlan = tanstackPlan(APPLICATIONS_LAYOUT);
let tanstackTables: TanstackTable[] = [];

const tanstack: Contender = {
  render: (target, count) => {
    const holders = Array.from({ length: count }, () => {
      const host = document.createElement('div');
      host.className = 'floor-host';
      const content = document.createElement('div');
      content.className = 'content';
      const scroll = document.createElement('div');
      scroll.className = 'scroll';
      content.append(scroll);
      host.append(content);
      return { host, scroll };
    });
    tanstackTables = holders.map(({ scroll }, i) =>
      buildTanstack(
        scroll,
        tanstackTablePlan,
        tanstackTablePlan.rows(section, readSection),
        `tanstack${i}`,
      ),
    );
    target.append(...holders.map(({ host }) => host));
    return Promise.resolve();
  },
  clear: (target) => {
    tanstackTables = [];
    target.replaceChildren();
  },
  update: (_target, next) => {
    updateTanstack(tanstackTables[0], tanstackTablePlan.rows(next.applications, readSection));
    return Promise.resolve();
  },
};

// ---- the whole annual report -----------------------------------------------------------------

type ElementClass = CustomElementConstructor & { elementStyles?: readonly { cssText: string }[] };

const annualReport: Contender = {
  render: async (target, count) => {
    const reports: LitElementLike[] = [];
    for (let i = 0; i < count; i++) {
      const el = document.createElement(REPORT_TAG) as LitElementLike;
      el.data = report;
      reports.push(el);
    }
    target.append(...reports);
    await Promise.all(reports.map((el) => el.updateComplete));
  },
  clear: (target) => target.replaceChildren(),
};

/**
 * The report's floor is the report's own rendered markup, serialized once (Lit's comment
 * markers dropped) and set with `innerHTML`: the report wraps its tables in headings, sections
 * and narrative slots, and a second serializer of all that would only be a copy of its template.
 */
let reportMarkup = '';
const reportFloor: Contender = {
  render: (target, count) => {
    target.innerHTML = `<div class="floor-report">${reportMarkup}</div>`.repeat(count);
    return Promise.resolve();
  },
  clear: (target) => target.replaceChildren(),
};

const contenders = {
  floor,
  element,
  tanstack,
  tabulator,
  'report-floor': reportFloor,
  report: annualReport,
} as const;
export type ContenderName = keyof typeof contenders;

// ---- the same markup, checked ----------------------------------------------------------------

const ID_ATTRIBUTES = ['id', 'headers', 'aria-labelledby', 'aria-describedby'];

/**
 * A normalised listing of a DOM: tags, attributes in order, trimmed text; comments (Lit's
 * markers) and whitespace-only text dropped, and each id prefix replaced by `P`.
 */
function canonical(root: Node, prefix: string): string[] {
  const out: string[] = [];
  const idPattern = new RegExp(`\\b${prefix}-`, 'g');
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent!.trim();
      if (text) out.push(text);
      return;
    }
    if (!(node instanceof Element)) {
      node.childNodes.forEach(walk);
      return;
    }
    const attributes = [...node.attributes]
      .map(({ name, value }) => {
        if (ID_ATTRIBUTES.includes(name)) value = value.replace(idPattern, 'P-');
        if (name === 'class') value = value.split(/\s+/).filter(Boolean).sort().join(' ');
        return `${name}="${value}"`;
      })
      .sort();
    out.push(`<${node.localName} ${attributes.join(' ')}>`);
    node.childNodes.forEach(walk);
    out.push(`</${node.localName}>`);
  };
  walk(root);
  return out;
}

/** Where two listings first differ, or `undefined` when they are the same. */
function firstDifference(a: readonly string[], b: readonly string[]): string | undefined {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i])
      return `item ${i}: floor ${JSON.stringify(a[i])} vs element ${JSON.stringify(b[i])}`;
  }
  return undefined;
}

// ---- the API the driver calls ----------------------------------------------------------------

export interface PageFacts {
  /** Lit leaves `litIssuedWarnings` on the page only in its development build. */
  readonly litDevMode: boolean;
  /** Elements per table (shadow trees included), for each contender. */
  readonly elementsPerTable: Partial<Record<ContenderName, number>>;
  /** Whether `<disclosure-annual-report>` is in the bundle (the report contenders run only then). */
  readonly hasReport: boolean;
  /** Findings the report shows for the bench data (the report floor copies them too). */
  readonly reportFindings: number;
  /** What the floors copy from the elements' own render, for `cold()` on another page. */
  readonly floorWords: {
    readonly findingsWords: typeof findingsWords;
    readonly reportMarkup: string;
  };
}

function countElements(root: ParentNode): number {
  let count = 0;
  for (const el of root.querySelectorAll('*')) {
    count++;
    if (el.shadowRoot) count += countElements(el.shadowRoot);
  }
  return count;
}

async function prepare(): Promise<PageFacts> {
  if (!customElements.get(ELEMENT_TAG))
    throw new Error(`<${ELEMENT_TAG}> is not defined: the bundle did not load`);
  installFloorStyles(tableStyles.cssText, 'floor-host');
  const target = stage();

  await element.render(target, 1);
  const el = target.firstElementChild as LitElementLike;
  const root = el.shadowRoot!;
  findingsWords = {
    heading: root.querySelector('.findings-heading')!.textContent!.trim(),
    clean: root.querySelector('.findings .clean')?.textContent?.trim() ?? '',
  };
  if (!findingsWords.clean)
    throw new Error('The bench report has findings; the floor only knows clean data');
  const elementPrefix = root.querySelector('caption')!.id.replace(/-applications-caption$/, '');
  const elementListing = canonical(root, elementPrefix);
  element.clear(target);

  await floor.render(target, 1);
  const floorListing = canonical(target.firstElementChild!, 'floor0').slice(1, -1); // drop the wrapper
  floor.clear(target);

  const difference = firstDifference(floorListing, elementListing);
  if (difference) throw new Error(`The floor's markup differs from the element's: ${difference}`);

  const reportClass = customElements.get(REPORT_TAG) as ElementClass | undefined;
  let reportFindings = 0;
  if (reportClass) {
    installFloorStyles(
      (reportClass.elementStyles ?? []).map((sheet) => sheet.cssText).join('\n'),
      'floor-report',
    );
    await annualReport.render(target, 1);
    const reportElement = target.firstElementChild as LitElementLike & {
      findings: readonly unknown[];
    };
    reportFindings = reportElement.findings.length;
    reportMarkup = reportElement.shadowRoot!.innerHTML.replace(/<!--[\s\S]*?-->/g, '');
    const reportListing = canonical(reportElement.shadowRoot!, 'none');
    annualReport.clear(target);
    await reportFloor.render(target, 1);
    const reportDifference = firstDifference(
      canonical(target.firstElementChild!, 'none').slice(1, -1),
      reportListing,
    );
    reportFloor.clear(target);
    if (reportDifference)
      throw new Error(`The report floor's markup differs from the report's: ${reportDifference}`);
  }

  const elementsPerTable: Partial<Record<ContenderName, number>> = {};
  for (const name of Object.keys(contenders) as ContenderName[]) {
    if (name.startsWith('report') && !reportClass) continue;
    await contenders[name].render(target, 1);
    elementsPerTable[name] = countElements(target);
    contenders[name].clear(target);
  }
  return {
    litDevMode: 'litIssuedWarnings' in globalThis,
    elementsPerTable,
    hasReport: Boolean(reportClass),
    reportFindings,
    floorWords: { findingsWords, reportMarkup },
  };
}

/**
 * One contender's first render on a fresh page: nothing rendered before it, so its code runs
 * cold (not yet optimized by the JIT) and its stylesheet meets the page for the first time, as
 * on a real page with one table. The floor's words and the report's markup come from the
 * `prepare()` of another page, so that nothing of ours has run on this one.
 */
async function cold(name: ContenderName, words: PageFacts['floorWords']): Promise<Sample> {
  findingsWords = words.findingsWords;
  reportMarkup = words.reportMarkup;
  installFloorStyles(tableStyles.cssText, 'floor-host');
  const reportClass = customElements.get(REPORT_TAG) as ElementClass | undefined;
  if (reportClass) {
    installFloorStyles(
      (reportClass.elementStyles ?? []).map((sheet) => sheet.cssText).join('\n'),
      'floor-report',
    );
  }
  await nextFrame();
  return measure(name, 1);
}

/** Empties the stage, collects garbage (when exposed) and waits for a frame. */
async function settle(): Promise<void> {
  for (const contender of Object.values(contenders)) contender.clear(stage());
  performance.clearMarks();
  (globalThis as { gc?: () => void }).gc?.();
  await nextFrame();
}

async function sample(name: ContenderName, count: number): Promise<Sample> {
  await settle();
  return measure(name, count);
}

/**
 * A sample without the settling before it, for a profiler started in between; with
 * `toFrame: false` it stops at layout.
 */
async function measure(name: ContenderName, count: number, toFrame = true): Promise<Sample> {
  const target = stage();
  // With `toFrame: false` (the driver's JS profile) the JS profiler records exactly the window
  // to layout; the marks bound the sample in a performance trace (`traceBreakdown` in run.mjs).
  if (!toFrame) console.profile('bench');
  const start = performance.mark('bench-start').startTime;
  await contenders[name].render(target, count);
  const rendered = performance.now();
  void document.body.offsetHeight;
  const laidOut = performance.mark('bench-laid-out').startTime;
  const times = { render: rendered - start, layout: laidOut - start };
  if (!toFrame) {
    console.profileEnd('bench');
    return { ...times, frame: NaN };
  }
  await nextFrame();
  return { ...times, frame: performance.now() - start };
}

/**
 * One sample, in ms from the start: `render` until the contender says it is done (DOM built,
 * nothing laid out yet), `layout` until style and layout are computed, `frame` until the next
 * frame has been produced.
 */
export interface Sample {
  readonly render: number;
  readonly layout: number;
  readonly frame: number;
}

/** Renders without timing and leaves the tables in place, for the driver's heap reading. */
async function mount(name: ContenderName, count: number): Promise<void> {
  await contenders[name].render(stage(), count);
  void document.body.offsetHeight;
  await nextFrame();
}

/** The bench report with one number changed, and the two totals it adds up into (still clean). */
function changedReport(): Record<string, unknown> {
  const changed = structuredClone(report) as { applications: Record<string, number[]> };
  const { received, granted, total } = changed.applications;
  for (const row of [received, granted, total]) {
    row[0] += 1;
    row[row.length - 1] += 1;
  }
  return changed;
}

/**
 * The update cost: one mounted table of `name` given a new report in which one number differs
 * (and so do the two totals it adds up into, so that the report stays clean), timed until the
 * contender is done and the page laid out again. Alternates between the two reports, `rounds`
 * times, each after a frame. The table is mounted (untimed) first and removed after.
 */
async function update(name: ContenderName, rounds: number): Promise<number[]> {
  const contender = contenders[name];
  if (!contender.update) throw new Error(`${name} has no update`);
  await settle();
  await contender.render(stage(), 1);
  void document.body.offsetHeight;
  await nextFrame();
  const changed = changedReport();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    await nextFrame();
    const start = performance.now();
    await contender.update(stage(), i % 2 ? report : changed);
    void document.body.offsetHeight;
    times.push(performance.now() - start);
  }
  if (name === 'element') {
    const el = stage().firstElementChild as unknown as { findings: unknown[] };
    if (el.findings.length) throw new Error('The update bench expects a clean report both ways');
  }
  contender.clear(stage());
  return times;
}

/**
 * Which of the mounted table's value cells show different text after the update: proves that
 * each contender really showed the changed report (read back from its own DOM).
 */
async function updateShows(name: ContenderName): Promise<number> {
  const contender = contenders[name];
  await settle();
  await contender.render(stage(), 1);
  const root = name === 'element' ? stage().firstElementChild!.shadowRoot! : stage();
  const cellSelector = name === 'tabulator' ? '.tabulator-cell' : 'td';
  const texts = () =>
    [...root.querySelectorAll(cellSelector)].map(
      (cell) => cell.firstChild?.textContent?.trim() ?? '',
    );
  const before = texts();
  await contender.update!(stage(), changedReport());
  const after = texts();
  contender.clear(stage());
  return after.filter((text, i) => text !== before[i]).length;
}

const api = { prepare, sample, measure, mount, settle, cold, update, updateShows };
export type BenchApi = typeof api;
(globalThis as { bench?: BenchApi }).bench = api;
