/**
 * What every element's stories share: one render function for any of the elements, controls
 * built from custom-elements.json, and the outcome each story promises, which
 * test/stories.test.ts checks in the browser.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import manifestJson from '../custom-elements.json' with { type: 'json' };
import {
  allZero,
  withBlankCellIn,
  withBlankMarkers,
  withInvalidCellIn,
  withUnknownKey,
  xiangtan,
  xiangtan2024,
  type Section,
} from '../test/fixtures/reports.js';

/** The inputs of every element (see its API), and its theme custom properties. */
export interface ElementArgs {
  /** The `data` property: the report as an object. */
  data?: unknown;
  /** The `data` attribute: the report as JSON text. */
  dataJson?: string;
  /** The text of a child `<script type="application/json">`. */
  script?: string;
  src?: string;
  caption?: string;
  previous?: unknown;
  previousJson?: string;
  previousSrc?: string;
  /** Render into the element itself instead of a shadow root (`light-dom`). */
  lightDom?: boolean;
  /** Content placed inside the element (the annual report's narrative slots). */
  content?: TemplateResult;
  onDisclosureCheck?: (event: Event) => void;
  onDisclosureError?: (event: Event) => void;
  [customProperty: `--disclosure-${string}`]: string | undefined;
}

/**
 * The outcome a story promises. `findings`: the rule ids of the findings that are not merely
 * unverifiable, sorted and unique (`[]` is a clean report). `error`: the code of the input
 * problem shown instead of the table.
 */
export type Expected = { readonly findings: readonly string[] } | { readonly error: string };

export type ElementStory = StoryObj<ElementArgs> & {
  readonly parameters: { readonly expected: Expected } & Record<string, unknown>;
};

/** The sample report as a URL, served beside the stories by Vite and by the test runner alike. */
export const SAMPLE_REPORT_URL = new URL('../src/data/xiangtan-county-2025.json', import.meta.url)
  .href;

/** Keeps a child JSON script in step with the `script` arg; lit cannot bind inside `<script>`. */
function childScript(json: string | undefined) {
  return ref((element) => {
    if (!element) return;
    let script = element.querySelector<HTMLScriptElement>(
      ':scope > script[type="application/json"]',
    );
    if (json === undefined) {
      script?.remove();
      return;
    }
    if (!script) {
      script = document.createElement('script');
      script.type = 'application/json';
      element.append(script);
    }
    if (script.textContent !== json) script.textContent = json;
  });
}

/** Renders any element with the given args, the same way for every story. */
export function renderElement(tag: string, args: ElementArgs): TemplateResult {
  const theme = Object.fromEntries(
    Object.entries(args).filter(
      ([name, value]) =>
        name.startsWith('--disclosure-') && typeof value === 'string' && value !== '',
    ),
  );
  const element = unsafeStatic(tag);
  // `light-dom` is read once, when the element connects: a new value needs a new element.
  return html`${keyed(
    Boolean(args.lightDom),
    staticHtml`<${element}
    ?light-dom=${Boolean(args.lightDom)}
    .data=${args.data}
    data=${ifDefined(args.dataJson)}
    src=${ifDefined(args.src)}
    caption=${ifDefined(args.caption)}
    .previous=${args.previous}
    previous=${ifDefined(args.previousJson)}
    previous-src=${ifDefined(args.previousSrc)}
    style=${styleMap(theme)}
    @disclosure-check=${args.onDisclosureCheck}
    @disclosure-error=${args.onDisclosureError}
    ${childScript(args.script)}
  >${args.content ?? nothing}</${element}>`,
  )}`;
}

interface ManifestMember {
  readonly name: string;
  readonly description?: string;
  readonly default?: string;
  readonly type?: { readonly text: string };
}
interface ManifestDeclaration {
  readonly tagName?: string;
  readonly attributes?: readonly ManifestMember[];
  readonly events?: readonly ManifestMember[];
  readonly cssProperties?: readonly ManifestMember[];
  readonly cssParts?: readonly ManifestMember[];
}
const manifest = manifestJson as unknown as {
  modules: readonly { declarations?: readonly ManifestDeclaration[] }[];
};

export const declarationOf = (tag: string): ManifestDeclaration | undefined =>
  manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);

/** A colour picker or a text field for each documented custom property, defaults shown. */
function themeArgTypes(tag: string): ArgTypes<ElementArgs> {
  return Object.fromEntries(
    (declarationOf(tag)?.cssProperties ?? []).map((property) => [
      property.name,
      {
        control: property.default?.startsWith('#') ? 'color' : 'text',
        description: property.description,
        table: { category: 'css custom properties', defaultValue: { summary: property.default } },
      },
    ]),
  );
}

/**
 * Parts and events are documented, not set: Storybook would give each an object control ("Set
 * object") that does nothing. A part is listed as `::part(name)`, as a style sheet writes it: its
 * plain name may also be an attribute's (`caption` is both), and one row would hide the other.
 */
export function documentedOnlyArgTypes(tag: string): ArgTypes {
  const declaration = declarationOf(tag);
  const attributes = new Set((declaration?.attributes ?? []).map((a) => a.name));
  const parts = (declaration?.cssParts ?? []).flatMap((part) => [
    // The row Storybook made from the manifest under the plain name, unless an attribute owns it.
    ...(attributes.has(part.name) ? [] : [[part.name, { table: { disable: true } }] as const]),
    [
      `::part(${part.name})`,
      {
        name: `::part(${part.name})`,
        description: part.description,
        control: false,
        table: { category: 'css shadow parts' },
      },
    ] as const,
  ]);
  const events = (declaration?.events ?? []).map(
    (event) =>
      [
        event.name,
        { control: false, table: { category: 'events', type: { summary: event.type?.text } } },
      ] as const,
  );
  const owned = (declaration?.attributes ?? [])
    .filter((attribute) => declaration?.cssParts?.some((part) => part.name === attribute.name))
    .map(
      (attribute) =>
        [
          attribute.name,
          {
            description: attribute.description,
            control: 'text',
            table: { category: 'attributes', type: { summary: attribute.type?.text } },
          },
        ] as const,
    );
  return Object.fromEntries([...parts, ...events, ...owned]);
}

/** The report, as the `data` and `previous` properties take it: an object, edited as JSON. */
export const REPORT_TYPE = {
  name: 'object',
  value: {},
} as const;
export const reportTable = (category: string) => ({
  category,
  type: {
    summary: 'ReportDocument',
    detail: 'An object (the report, or one table’s section); JSON text is parsed too.',
  },
});

/**
 * Controls for the inputs. The manifest describes them, but its attribute entries share names
 * with properties (`data` is both), so the controls say which form each arg sets.
 */
const inputArgTypes: ArgTypes = {
  data: {
    control: 'object',
    type: REPORT_TYPE,
    description:
      'The `data` property: the report (or this table’s section) as an object. Wins over every other input.',
    table: reportTable('properties'),
  },
  dataJson: {
    control: 'text',
    description: 'The `data` attribute: the report as JSON text.',
    table: { category: 'attributes' },
  },
  script: {
    control: 'text',
    description:
      'The text of a child `<script type="application/json">` (not an element API member: markup a CMS can hold).',
    table: { category: 'content' },
  },
  src: { control: 'text' },
  caption: { control: 'text' },
  previous: {
    control: 'object',
    type: REPORT_TYPE,
    description: 'The `previous` property: last year’s report as an object.',
    table: reportTable('properties'),
  },
  previousJson: { control: 'text' },
  previousSrc: { control: 'text' },
  lightDom: { control: 'boolean' },
  'previous-src': { control: false },
  content: { control: false, table: { disable: true } },
  findings: { control: false },
};

/** The parts of a meta every element's stories share; each file adds its own title and tag. */
export function sharedMeta(tag: string): Pick<Meta<ElementArgs>, 'render' | 'argTypes'> {
  return {
    render: (args) => renderElement(tag, args),
    argTypes: {
      ...documentedOnlyArgTypes(tag),
      ...inputArgTypes,
      ...themeArgTypes(tag),
    } as ArgTypes<ElementArgs>,
  };
}

/** 20rem wide, as on a phone: the table scrolls inside its focusable region, the page does not. */
export const narrow = (story: () => unknown): TemplateResult =>
  staticHtml`<div style="max-inline-size: 20rem; border: 1px dashed #767676; padding: 0.25rem">${story()}</div>`;

/**
 * A story in a locale of its own. The locale is the page's (lit-localize has one per document),
 * so on a Docs page, where every story of an element shares the document, this one is shown in
 * its own frame: inline, it would switch the whole page (see withLocale in .storybook/preview.ts).
 */
export const ownLocale = (locale: 'en') =>
  ({
    globals: { locale },
    parameters: { docs: { story: { inline: false, height: '40rem' } } },
  }) as const;

/** A story whose input is clean: no findings. */
export const passes = (args: ElementArgs): ElementStory => ({
  args,
  parameters: { expected: { findings: [] } },
});

/** A story whose input breaks exactly `rule`. */
export const breaks = (rule: string, args: ElementArgs): ElementStory => ({
  args,
  parameters: { expected: { findings: [rule] } },
});

/** A story whose input the element rejects with the input problem `error`. */
const fails = (error: string, args: ElementArgs): ElementStory => ({
  args,
  parameters: { expected: { error } },
});

/** What differs between elements in the stories they all have. */
export interface CommonStoryOptions {
  /** The report section whose cells the blank- and invalid-cell stories spoil. */
  readonly section: Section;
  /** Content shown with the sample report (the annual report's narrative). */
  readonly content?: TemplateResult;
  /** Report text that is not JSON. */
  readonly malformedJson: string;
  /** The English story's input and the rules it breaks, so that findings show translated. */
  readonly english: { readonly args: ElementArgs; readonly findings: readonly string[] };
}

/**
 * The stories every element has, or every element that reads last year's report, keyed by
 * export name. Names are left to each stories file: Storybook reads a story's `name` from the
 * file's source, so it must be written there as a literal (`{ ...common.X, name: '…' }`).
 */
export function commonStories({ section, content, malformedJson, english }: CommonStoryOptions) {
  const sample = (): ElementArgs => ({ data: xiangtan(), ...(content && { content }) });
  return {
    Xiangtan: passes(sample()),
    AllZero: passes({ data: allZero() }),
    BlankCell: breaks('cell.blank', { data: withBlankCellIn(section) }),
    InvalidCell: breaks('cell.invalid', { data: withInvalidCellIn(section) }),
    UnknownKey: breaks('input.unknownKey', { data: withUnknownKey() }),
    BlankCells: breaks('cell.blank', { data: withBlankMarkers() }),
    MalformedJson: fails('json', { dataJson: malformedJson }),
    FailedFetch: fails('fetch', { src: '/no-such-report.json' }),
    FromSrc: passes({ src: SAMPLE_REPORT_URL }),
    English: {
      args: english.args,
      globals: ownLocale('en').globals,
      parameters: { ...ownLocale('en').parameters, expected: { findings: english.findings } },
    },
    NarrowViewport: {
      ...passes(sample()),
      decorators: [narrow],
      globals: { viewport: { value: 'mobile1', isRotated: false } },
    },
    LightDom: passes({ ...sample(), lightDom: true }),
    CrossYear: passes({ ...sample(), previous: xiangtan2024() }),
    PreviousUnusable: breaks('input.previous', {
      data: xiangtan(),
      previousJson: '{"year": 2024, "applications": {',
    }),
    PreviousWrongYear: breaks('input.previousYear', {
      data: xiangtan(),
      previous: { ...xiangtan2024(), year: 2023 },
    }),
  } satisfies Record<string, ElementStory>;
}
