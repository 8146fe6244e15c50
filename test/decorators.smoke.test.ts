import { expect, fixture, html } from '@open-wc/testing';

import { SmokeElement } from './fixtures/smoke-element.js';

describe('decorated Lit elements compile and run (toolchain guard)', () => {
  it('registers the tag with @customElement', () => {
    expect(customElements.get('smoke-element')).to.equal(SmokeElement);
  });

  it('maps attributes to @property fields and re-renders on @state changes', async () => {
    const el = await fixture<SmokeElement>(html`<smoke-element name="Lit"></smoke-element>`);
    const button = el.shadowRoot!.querySelector('button')!;
    expect(el.name).to.equal('Lit');
    expect(button.textContent).to.contain('Hello, Lit (0)');

    button.click();
    await el.updateComplete;
    expect(el.getAttribute('count')).to.equal('1');
    expect(button.getAttribute('aria-pressed')).to.equal('true');
  });
});
