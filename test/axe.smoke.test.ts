import { expect } from '@open-wc/testing';

import { axeViolations, formatViolations } from './helpers/axe.js';

function mount(html: string, { shadow = false } = {}): HTMLElement {
  const host = document.createElement('div');
  if (shadow) host.attachShadow({ mode: 'open' }).innerHTML = html;
  else host.innerHTML = html;
  document.body.append(host);
  return host;
}

describe('axe-core helper (test/helpers/axe.ts)', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('reports an image without a text alternative', async () => {
    const host = mount('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">');
    const violations = await axeViolations(host);
    expect(violations.map((v) => v.id)).to.include('image-alt');
  });

  it('looks inside open shadow roots', async () => {
    const host = mount('<table><tr><th></th><td>1</td></tr></table><button></button>', {
      shadow: true,
    });
    const ids = (await axeViolations(host)).map((v) => v.id);
    expect(ids).to.include('button-name');
  });

  it('is quiet on an accessible table', async () => {
    const host = mount(
      `<table>
        <caption>Budget</caption>
        <thead><tr><td></td><th scope="col">2024</th><th scope="col">2025</th></tr></thead>
        <tbody><tr><th scope="row">Fees</th><td>1</td><td>2</td></tr></tbody>
      </table>
      <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Logo">`,
      { shadow: true },
    );
    const violations = await axeViolations(host);
    expect(violations, formatViolations(violations)).to.deep.equal([]);
  });
});
