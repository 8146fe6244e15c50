import { expect } from '@open-wc/testing';
import type { LabelRef } from '../core/compile.js';
import { compileTable } from '../core/compile.js';
import { formats } from '../core/format.js';
import type { HeaderNode, TableLayout } from '../core/layout.js';
import { labels as englishLabels } from '../locales/en-labels.js';
import { setLocale } from '../localization.js';
import { localizedLabel, useLabelTranslations } from './labels.js';
import { localizedCaption, localizedText } from './text.js';

/** Every layout of every format, each once. */
const LAYOUTS: readonly TableLayout[] = [
  ...new Set(Object.values(formats).flatMap((format): readonly TableLayout[] => format.tables)),
];

/** Every label a layout shows, by its stable id: caption, banners, corners and both header trees. */
function labelsOf(layout: TableLayout): LabelRef[] {
  const { labelId, caption } = compileTable(layout);
  const out: LabelRef[] = [caption];
  const walk = (node: HeaderNode): void => {
    if (node.label !== '') out.push({ id: labelId(node), label: node.label });
    node.children?.forEach(walk);
  };
  for (const block of layout.blocks) {
    if (block.banner) walk(block.banner);
    if (block.corner) out.push({ id: labelId('corner'), label: block.corner.label });
    block.columns.forEach(walk);
    block.rows.forEach(walk);
  }
  return out;
}

const ALL_LABELS = LAYOUTS.flatMap(labelsOf);
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
    expect(ALL_LABELS.length).to.be.greaterThan(100);
  });

  it('gives one id one legal text, across every format (else the layout needs its own labelScope)', () => {
    const textById = new Map<string, Set<string>>();
    for (const { id, label } of ALL_LABELS)
      textById.set(id, (textById.get(id) ?? new Set()).add(label));
    const ambiguous = [...textById].filter(([, texts]) => texts.size > 1);
    expect(ambiguous.map(([id, texts]) => `${id}: ${[...texts].join(' / ')}`)).to.deep.equal([]);
  });

  it('returns every label of every layout untouched in zh-CN, character for character', async () => {
    await setLocale('zh-CN');
    for (const ref of ALL_LABELS) expect(localizedText.label(ref), ref.id).to.equal(ref.label);
    for (const layout of LAYOUTS) expect(localizedCaption(layout)).to.equal(layout.caption);
  });

  it('has an English label, without Chinese characters, for every label of every layout', async () => {
    await setLocale('en');
    for (const ref of ALL_LABELS) {
      const english = localizedText.label(ref);
      expect(Object.hasOwn(englishLabels, ref.id), ref.id).to.equal(true);
      expect(english, ref.id).to.equal(englishLabels[ref.id]);
      expect(english, ref.id).to.not.match(HAN);
      expect(english.trim(), ref.id).to.equal(english);
      expect(english, ref.id).to.not.equal('');
    }
  });

  it('keeps distinct labels distinct in English, within each table', async () => {
    await setLocale('en');
    for (const layout of LAYOUTS) {
      const byText = new Map(labelsOf(layout).map((ref) => [ref.label, ref]));
      const english = new Set([...byText.values()].map((ref) => localizedText.label(ref)));
      expect(english.size, layout.id).to.equal(byText.size);
    }
  });

  it('has no English entry that no layout shows (a stale or misspelt id)', () => {
    const shown = new Set(ALL_LABELS.map((ref) => ref.id));
    expect(Object.keys(englishLabels).filter((id) => !shown.has(id))).to.deep.equal([]);
  });

  it('words a label by its id, so that one legal text may read differently in two tables', async () => {
    await setLocale('en');
    const place = (id: string) => ALL_LABELS.find((ref) => ref.id === id)!;
    expect(localizedText.label(place('reviewLitigation.review'))).to.equal(
      'Administrative reconsideration',
    );
    expect(localizedText.label(place('reviewLitigation.litigation'))).to.equal(
      'Administrative litigation',
    );
    expect(localizedText.label(place('reviewLitigation.review.upheld'))).to.equal('Upheld');
    expect(localizedText.label(place('reviewLitigation.review.corrected'))).to.equal('Corrected');
    expect(localizedText.label(place('proactive.licensing'))).to.equal('Administrative licensing');
    expect(localizedText.label(place('proactive2019.normativeDocuments'))).to.equal(
      'Normative documents',
    );
    // The same text under two ids takes each id's own wording, never the first one's.
    useLabelTranslations('test', { 'a.upheld': 'Upheld (A)', 'b.upheld': 'Upheld (B)' });
    expect(localizedLabel({ id: 'a.upheld', label: '结果维持' }, 'test')).to.equal('Upheld (A)');
    expect(localizedLabel({ id: 'b.upheld', label: '结果维持' }, 'test')).to.equal('Upheld (B)');
  });

  it('shows a label whose id it does not know as given, in every locale', async () => {
    await setLocale('en');
    expect(localizedText.label({ id: 'proactive.nope', label: '2025年度统计表' })).to.equal(
      '2025年度统计表',
    );
    expect(localizedText.label({ id: 'constructor', label: '构造' })).to.equal('构造');
    expect(localizedText.label({ id: '__proto__', label: '原型' })).to.equal('原型');
    // A locale whose table has not loaded shows the legal text.
    expect(localizedLabel({ id: 'proactive.caption', label: '二、' }, 'fr')).to.equal('二、');
  });
});
