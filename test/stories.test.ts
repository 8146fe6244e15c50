/**
 * Every story, rendered here as Storybook renders it (same args, same render function, same
 * decorators), keeps its promise: a clean report has no findings, a story that breaks a rule
 * breaks exactly that rule, a bad input shows its error, and axe finds nothing in any of them.
 * Each element also has one story for every rule it checks.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { Finding } from '../src/core/check.js';
import type { DisclosureErrorEvent } from '../src/events/disclosure-error-event.js';
import { setLocale } from '../src/localization.js';
import type { ElementArgs, ElementStory, Expected } from '../stories/element-story.js';
import * as applications from '../stories/disclosure-applications-table.stories.js';
import * as annualReport from '../stories/disclosure-annual-report.stories.js';
import * as proactive from '../stories/proactive-disclosure-table.stories.js';
import * as reviewLitigation from '../stories/review-litigation-table.stories.js';
import * as editorStories from '../stories/disclosure-report-editor.stories.js';
import type { EditorStory } from '../stories/disclosure-report-editor.stories.js';
import manifestJson from '../custom-elements.json' with { type: 'json' };
import { axeViolations } from './helpers/axe.js';
import { renderRoot } from './helpers/element.js';

interface StoriesModule {
  readonly default: {
    readonly component: string;
    readonly render: (args: ElementArgs) => TemplateResult;
    readonly args?: ElementArgs;
  };
  readonly [story: string]: unknown;
}

const MODULES = [
  proactive,
  applications,
  reviewLitigation,
  annualReport,
] as unknown as readonly StoriesModule[];

const EDITOR = editorStories as unknown as StoriesModule;

/** Rules every element checks besides its relation rules. */
const CELL_AND_INPUT_RULES = ['cell.blank', 'cell.invalid', 'input.unknownKey'];

type DataElement = HTMLElement & {
  readonly findings: readonly Finding[];
  readonly updateComplete: Promise<boolean>;
};

const storiesOf = (module: StoriesModule): [string, ElementStory][] =>
  Object.entries(module).filter((entry): entry is [string, ElementStory] => entry[0] !== 'default');

/** Renders a story with its args and decorators, and waits until it shows a table or an error. */
async function renderStory(
  module: StoriesModule,
  story: ElementStory,
): Promise<{ el: DataElement; errors: string[] }> {
  const errors: string[] = [];
  const args: ElementArgs = {
    ...module.default.args,
    ...story.args,
    onDisclosureError: (event) =>
      errors.push(...(event as DisclosureErrorEvent).problems.map((p) => p.code)),
  };
  const locale =
    (story.globals as { locale?: string } | undefined)?.locale === 'en' ? 'en' : 'zh-CN';
  await setLocale(locale);
  let template = (): unknown => module.default.render(args);
  for (const decorator of (story.decorators ?? []) as unknown as ((
    story: () => unknown,
  ) => unknown)[]) {
    const inner = template;
    template = () => decorator(inner);
  }
  const host = await fixture<HTMLElement>(template() as TemplateResult);
  const el = (
    host.localName === module.default.component
      ? host
      : host.querySelector(module.default.component)
  ) as DataElement;
  await waitUntil(() => renderRoot(el).querySelector('table, [role="alert"]'), 'nothing rendered', {
    timeout: 5000,
  });
  await el.updateComplete;
  return { el, errors };
}

const ruleSet = (findings: readonly Finding[]): string[] =>
  [...new Set(findings.filter((f) => !f.unverifiable).map((f) => f.rule))].sort();

describe('stories', () => {
  afterEach(() => setLocale('zh-CN'));

  it('cover every element in custom-elements.json', () => {
    const tags = (
      manifestJson as unknown as { modules: { declarations?: { tagName?: string }[] }[] }
    ).modules
      .flatMap((module) => module.declarations ?? [])
      .flatMap((declaration) => (declaration.tagName ? [declaration.tagName] : []));
    // <disclosure-enhance> shows no data of its own: its stories are tested with it
    // (src/components/disclosure-enhance/disclosure-enhance.test.ts).
    const dataTags = tags.filter((tag) => tag !== 'disclosure-enhance');
    expect([...MODULES, EDITOR].map((module) => module.default.component).sort()).to.deep.equal(
      dataTags.sort(),
    );
  });

  // The editor takes no `data`, `src` or JSON text: its stories load a report (or none) and
  // last year's, and promise the findings of what is loaded, checked live.
  describe('disclosure-report-editor', () => {
    beforeEach(() => {
      for (const key of Object.keys(localStorage))
        if (key.startsWith('storybook-editor-')) localStorage.removeItem(key);
    });

    for (const [name, story] of storiesOf(EDITOR)) {
      const expected = (story as unknown as EditorStory).parameters.expected;
      it(`${name}: ${JSON.stringify(expected)}, and no axe violations`, async () => {
        const { el } = await renderStory(EDITOR, story);
        expect(renderRoot(el).querySelectorAll('input[data-key]').length).to.be.greaterThan(100);
        expect(ruleSet(el.findings)).to.deep.equal(
          'findings' in expected ? [...expected.findings].sort() : [],
        );
        expect(await axeViolations(el)).to.deep.equal([]);
      });
    }

    it('has the stories the editor needs: empty, clean, both formats, last year, English, narrow', () => {
      expect(storiesOf(EDITOR).map(([name]) => name)).to.include.members([
        'Empty',
        'Xiangtan',
        'WithLastYear',
        'CarriedOverBreaks',
        'Format2019',
        'English',
        'NarrowViewport',
      ]);
    });
  });

  for (const module of MODULES) {
    const tag = module.default.component;
    describe(tag, () => {
      for (const [name, story] of storiesOf(module)) {
        const expected: Expected = story.parameters.expected;
        it(`${name}: ${JSON.stringify(expected)}, and no axe violations`, async () => {
          const { el, errors } = await renderStory(module, story);
          if ('error' in expected) {
            expect(renderRoot(el).querySelector('[role="alert"]'), 'inline error').to.not.equal(
              null,
            );
            expect(renderRoot(el).querySelector('table')).to.equal(null);
            await waitUntil(() => errors.length > 0, 'no disclosure-error event');
            expect(errors).to.deep.equal([expected.error]);
          } else {
            expect(renderRoot(el).querySelector('table'), 'table').to.not.equal(null);
            expect(ruleSet(el.findings)).to.deep.equal([...expected.findings].sort());
            // A relation is only ever unverifiable because of a blank or invalid cell.
            if (el.findings.some((f) => f.unverifiable)) {
              expect(expected.findings.some((rule) => rule.startsWith('cell.'))).to.equal(true);
            }
          }
          // Theme args reach the element as its custom properties.
          for (const [name, value] of Object.entries(story.args ?? {})) {
            if (name.startsWith('--disclosure-')) {
              expect(getComputedStyle(el).getPropertyValue(name).trim(), name).to.equal(value);
            }
          }
          expect(await axeViolations(el)).to.deep.equal([]);
        });
      }

      it('has a story breaking exactly each rule the element checks', async () => {
        const el = document.createElement(tag) as unknown as { rules: readonly { id: string }[] };
        const crossYear = el.rules.some((rule) => rule.id.startsWith('crossYear.'));
        const rules = [
          ...el.rules.map((rule) => rule.id),
          ...CELL_AND_INPUT_RULES,
          // Last year's report can itself be unusable, or be for the wrong year.
          ...(crossYear ? ['input.previous', 'input.previousYear'] : []),
        ];
        const covered = storiesOf(module)
          .map(([, story]) => story.parameters.expected)
          .flatMap((expected) =>
            'findings' in expected && expected.findings.length === 1 ? expected.findings : [],
          );
        expect(rules.filter((rule) => !covered.includes(rule))).to.deep.equal([]);
      });

      it('has the stories every element needs', () => {
        const names = storiesOf(module).map(([name]) => name);
        expect(names).to.include.members([
          'Xiangtan',
          'AllZero',
          'BlankCells',
          'MalformedJson',
          'FailedFetch',
          'English',
          'NarrowViewport',
        ]);
        const english = storiesOf(module).find(([name]) => name === 'English')![1];
        expect(english.globals).to.deep.equal({ locale: 'en' });
      });
    });
  }
});
