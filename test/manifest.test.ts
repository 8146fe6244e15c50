/**
 * custom-elements.json is the element API that Storybook, editors and the README draw on. These
 * tests hold it to what each element really does: every part it renders, every custom property
 * its styles read, every slot and event is documented, and every attribute reaches its property.
 */
import { expect, fixture } from '@open-wc/testing';
import manifestJson from '../custom-elements.json' with { type: 'json' };
import { xiangtan } from './fixtures/reports.js';
import { renderRoot } from './helpers/element.js';

interface Documented {
  readonly name: string;
  readonly description?: string;
}
interface Declaration extends Documented {
  readonly kind: string;
  readonly tagName?: string;
  readonly customElement?: boolean;
  readonly members?: readonly (Documented & {
    readonly kind: string;
    readonly attribute?: string;
    readonly privacy?: string;
  })[];
  readonly attributes?: readonly (Documented & { readonly fieldName?: string })[];
  readonly events?: readonly Documented[];
  readonly slots?: readonly Documented[];
  readonly cssParts?: readonly Documented[];
  readonly cssProperties?: readonly Documented[];
}
interface Manifest {
  readonly modules: readonly {
    readonly path: string;
    readonly declarations?: readonly Declaration[];
    readonly exports?: readonly {
      readonly kind: string;
      readonly name: string;
      readonly declaration: { readonly name: string };
    }[];
  }[];
}

const manifest = manifestJson as unknown as Manifest;
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((d): d is Declaration & { tagName: string } =>
    Boolean(d.customElement && d.tagName),
  ),
);
/** The elements that show report data (all but `<disclosure-enhance>`, which renders nothing). */
const dataElements = elements.filter((e) => (e.members ?? []).some((m) => m.name === 'data'));
/** The module that registers each tag, as recorded from its `defineElement` call. */
const definingModule = new Map(
  manifest.modules.flatMap((module) =>
    (module.exports ?? [])
      .filter((e) => e.kind === 'custom-element-definition')
      // The manifest names the shipped `dist/…js`; here the source it is built from is imported.
      .map((e) => [e.name, module.path.replace(/^dist\/(.*)\.js$/, 'src/$1.ts')] as const),
  ),
);

const names = (list: readonly Documented[] | undefined): string[] =>
  (list ?? []).map((item) => item.name).sort();

/** Every `part` in a rendered element's shadow root. */
const partsIn = (el: HTMLElement): string[] => [
  ...new Set(
    [...renderRoot(el).querySelectorAll('[part]')].flatMap((node) =>
      node.getAttribute('part')!.split(/\s+/),
    ),
  ),
];

/** Every public custom property the element's styles read: `var(--disclosure-…)`. */
function customPropertiesRead(el: HTMLElement): string[] {
  const sheets = (el.shadowRoot?.adoptedStyleSheets ?? []).flatMap((sheet) => [...sheet.cssRules]);
  const text = sheets.map((rule) => rule.cssText).join('\n');
  return [...new Set([...text.matchAll(/var\(\s*(--disclosure-[\w-]+)/g)].map((m) => m[1]))];
}

describe('custom-elements.json', () => {
  it('lists every element, each registered by a module it names', () => {
    expect(elements.map((e) => e.tagName)).to.include('disclosure-applications-table');
    for (const element of elements)
      expect(definingModule.get(element.tagName), element.tagName).to.be.a('string');
  });

  it('lists only public members, each with a description, and maps every attribute to one', () => {
    for (const element of elements) {
      const members = element.members ?? [];
      expect(
        members.filter((m) => m.privacy),
        element.tagName,
      ).to.deep.equal([]);
      expect(
        members.filter((m) => !m.description).map((m) => m.name),
        element.tagName,
      ).to.deep.equal([]);
      if (!dataElements.includes(element)) continue;
      // Inherited from the shared base class: every element takes data the same four ways.
      expect(names(members), element.tagName).to.include.members([
        'data',
        'previous',
        'report',
        'src',
        'caption',
        'findings',
      ]);
      expect(names(element.attributes), element.tagName).to.include.members([
        'data',
        'src',
        'caption',
      ]);
      for (const attribute of element.attributes ?? []) {
        expect(attribute.description, `${element.tagName}[${attribute.name}]`).to.be.a('string');
        expect(
          members.some((m) => m.name === attribute.fieldName && m.attribute === attribute.name),
        ).to.equal(true);
      }
    }
  });

  it('lists <disclosure-enhance> with its one attribute, `for`', () => {
    const enhance = elements.find((e) => e.tagName === 'disclosure-enhance');
    expect(names(enhance?.attributes)).to.deep.equal(['for']);
    expect(enhance?.attributes?.[0].description).to.be.a('string');
  });

  it('documents the two events, and no events guessed from dispatch calls', () => {
    for (const element of dataElements) {
      expect(names(element.events), element.tagName).to.deep.equal([
        'disclosure-check',
        'disclosure-error',
      ]);
      for (const event of element.events ?? [])
        expect(event.description, event.name).to.be.a('string');
    }
  });

  for (const element of dataElements) {
    describe(`<${element.tagName}>`, () => {
      before(
        () => import(new URL(`../${definingModule.get(element.tagName)}`, import.meta.url).href),
      );

      it('documents every part it renders, with the report, with a computed total and with an error', async () => {
        const doc = xiangtan();
        delete (doc.applications as Record<string, unknown>).total; // a computed total shows the legend
        const shown = await fixture<HTMLElement>(`<${element.tagName}></${element.tagName}>`);
        (shown as HTMLElement & { data: unknown }).data = doc;
        await (shown as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
        const failed = await fixture<HTMLElement>(
          `<${element.tagName} data="{"></${element.tagName}>`,
        );
        const rendered = [...partsIn(shown), ...partsIn(failed)];
        expect(rendered.length).to.be.greaterThan(3);
        expect(names(element.cssParts)).to.include.members([...new Set(rendered)]);
      });

      it('documents every public custom property its styles read, with a default', async () => {
        const el = await fixture<HTMLElement>(`<${element.tagName}></${element.tagName}>`);
        const read = customPropertiesRead(el);
        expect(read.length).to.be.greaterThan(3);
        expect(names(element.cssProperties)).to.include.members(read);
        for (const property of element.cssProperties ?? [])
          expect((property as { default?: string }).default, property.name).to.be.a('string');
      });

      it('documents every named slot it renders', async () => {
        const el = await fixture<HTMLElement>(`<${element.tagName}></${element.tagName}>`);
        (el as HTMLElement & { data: unknown }).data = xiangtan();
        await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
        const slots = [...renderRoot(el).querySelectorAll('slot')]
          .map((slot) => slot.name)
          .filter(Boolean);
        expect(names(element.slots)).to.include.members(slots);
      });
    });
  }
});
