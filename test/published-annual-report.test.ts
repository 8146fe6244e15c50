/**
 * `<disclosure-annual-report>` wrapping a whole published article: it reads all three tables
 * and keeps the narrative as the report's text sections.
 */
import { expect, fixture } from '@open-wc/testing';
import '../src/components/disclosure-annual-report/define.js';
import { axeViolations, formatViolations } from './helpers/axe.js';
import { cellByKey, checked, RENDER_MODES, renderRoot, valueCellsOf } from './helpers/element.js';

async function article(name: string): Promise<string> {
  const response = await fetch(new URL(`./fixtures/published/${name}.html`, import.meta.url));
  return response.text();
}

for (const mode of RENDER_MODES) {
  describe(`<disclosure-annual-report> wrapping the published 2021 article, ${mode}`, () => {
    it('reads all three tables and keeps the narrative as its text sections, shown once', async () => {
      // The sample is trusted test data: the article as its CMS published it.
      const el = await fixture<HTMLElement & { findings: readonly unknown[] }>(
        `<disclosure-annual-report${mode === 'light DOM' ? ' light-dom' : ''}>${await article('pingtan-2021')}</disclosure-annual-report>`,
      );
      await checked(el);
      expect(valueCellsOf(el)).to.have.length(10 + 175 + 15);
      expect(cellByKey(el, 'applications.received.total').textContent!.trim()).to.equal('70');
      expect(el.findings).to.deep.equal([]);
      const sections = [...renderRoot(el).querySelectorAll<HTMLElement>('[part="section"]')].filter(
        (s) => !s.hidden,
      );
      const text = (heading: string) =>
        sections.find((s) => s.querySelector('h3')!.textContent === heading)?.textContent ?? '';
      expect(text('一、总体情况')).to.contain(
        '2021年，我区以习近平新时代中国特色社会主义思想为指导',
      );
      expect(text('一、总体情况')).to.contain('根据《中华人民共和国政府信息公开条例》');
      expect(text('五、存在的主要问题及改进情况')).to.contain('改进措施');
      expect(text('六、其他需要报告的事项')).to.contain('2021年，无收取信息处理费情况。');
      // The published article is kept in the page, out of sight and out of the accessibility tree.
      const published = [...el.children].filter(
        (child) => !child.hasAttribute('data-disclosure-rendered') && child.localName !== 'style',
      );
      expect(published.length).to.be.greaterThan(0);
      for (const child of published)
        expect((child as HTMLElement).checkVisibility(), child.outerHTML.slice(0, 80)).to.equal(
          false,
        );
      expect(formatViolations(await axeViolations(el))).to.equal('');
    });
  });
}
