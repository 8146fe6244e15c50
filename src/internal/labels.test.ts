import { expect } from '@open-wc/testing';
import { formats } from '../core/format.js';
import type { HeaderNode, TableLayout } from '../core/layout.js';
import { setLocale } from '../localization.js';
import { msg } from '@lit/localize';
import { labelTranslations } from './label-translations.js';
import { localizedLabel } from './labels.js';

/** Every legal text that has a translation. */
const TRANSLATED_LABELS = [...labelTranslations(msg).keys()];

/** Every layout of every format, each once. */
const LAYOUTS: readonly TableLayout[] = [
  ...new Set(Object.values(formats).flatMap((format): readonly TableLayout[] => format.tables)),
];

/** Every label a layout shows: caption, banners, corners and both header trees, in order. */
function labelsOf(layout: TableLayout): string[] {
  const out: string[] = [layout.caption];
  const walk = (node: HeaderNode): void => {
    if (node.label !== '') out.push(node.label);
    node.children?.forEach(walk);
  };
  for (const block of layout.blocks) {
    if (block.banner) walk(block.banner);
    if (block.corner) out.push(block.corner.label);
    block.columns.forEach(walk);
    block.rows.forEach(walk);
  }
  return out;
}

const HAN = /\p{Script=Han}/u;

describe('localizedLabel', () => {
  afterEach(() => setLocale('zh-CN'));

  it('covers every table of every format', () => {
    expect(LAYOUTS.map((layout) => layout.id).sort()).to.deep.equal([
      'applications',
      'applications',
      'proactive',
      'proactive',
      'reviewLitigation',
    ]);
  });

  it('returns every label of every layout untouched in zh-CN, character for character', async () => {
    await setLocale('zh-CN');
    for (const layout of LAYOUTS) {
      for (const label of labelsOf(layout))
        expect(localizedLabel(label), layout.id).to.equal(label);
    }
  });

  it('has an English translation, without Chinese characters, for every label of every layout', async () => {
    await setLocale('en');
    for (const layout of LAYOUTS) {
      for (const label of labelsOf(layout)) {
        const english = localizedLabel(label);
        expect(english, label).to.not.equal(label);
        expect(english, label).to.not.match(HAN);
        expect(english.trim(), label).to.equal(english);
        expect(english, label).to.not.equal('');
      }
    }
  });

  it('keeps distinct labels distinct in English, within each table', async () => {
    await setLocale('en');
    for (const layout of LAYOUTS) {
      const zh = [...new Set(labelsOf(layout))];
      const en = new Set(zh.map(localizedLabel));
      expect(en.size, layout.id).to.equal(zh.length);
    }
  });

  it('translates no label that no layout shows (a stale or misspelt entry)', () => {
    const shown = new Set(LAYOUTS.flatMap(labelsOf));
    expect(TRANSLATED_LABELS.filter((label) => !shown.has(label))).to.deep.equal([]);
  });

  it('uses the established legal terms in English', async () => {
    await setLocale('en');
    expect(localizedLabel('行政复议')).to.equal('Administrative reconsideration');
    expect(localizedLabel('行政诉讼')).to.equal('Administrative litigation');
    expect(localizedLabel('结果维持')).to.equal('Upheld');
    expect(localizedLabel('结果纠正')).to.equal('Corrected');
    expect(localizedLabel('行政许可')).to.equal('Administrative licensing');
  });

  it('shows a label it does not know (a caption set by the page) as given, in every locale', async () => {
    await setLocale('en');
    expect(localizedLabel('2025年度统计表')).to.equal('2025年度统计表');
    expect(localizedLabel('constructor')).to.equal('constructor');
  });
});
