// The strict page's script (an allowed 'self' script): every element the single file exports,
// in shadow and in light-DOM mode, fetching its data (`src`) or given it as JSON text (`data`).
import * as api from '/dist/disclosure-tables.min.js';

const REPORT = '/src/data/xiangtan-county-2025.json';
const params = new URLSearchParams(location.search);

// The elements that show a report from data (they have `findings`); <disclosure-enhance> only
// wraps published tables in such elements, and has nothing to show here.
const tags = Object.values(api)
  .filter((value) => typeof value === 'function' && 'findings' in (value.prototype ?? {}))
  .map((value) => customElements.getName(value))
  .filter(Boolean);
const main = document.getElementById('elements');
const json = await fetch(REPORT).then((response) => response.text());
for (const tag of tags) {
  const fetching = document.createElement(tag);
  fetching.setAttribute('src', REPORT);
  const light = document.createElement(tag);
  light.setAttribute('light-dom', '');
  light.setAttribute('data', json);
  main.append(fetching, light);
}

const elements = [...document.querySelectorAll(tags.join(','))];
const rendered = (el) => (el.shadowRoot ?? el).querySelector('[part="findings"]');
while (!elements.every(rendered)) await new Promise((resolve) => setTimeout(resolve, 20));

if (params.has('probe')) {
  // The recorder's own check: two things this policy forbids, which it must report.
  try {
    document.body.insertAdjacentHTML('beforeend', '<p>untrusted</p>');
  } catch {
    // Trusted Types throws as well as reporting.
  }
  document.body.append(Object.assign(document.createElement('p'), { id: 'styled' }));
  document.getElementById('styled').setAttribute('style', 'color: red');
}

window.__page = {
  tags,
  elements: elements.map((el) => ({
    tag: el.localName,
    light: el.renderRoot === el,
    findings: el.findings.length,
  })),
};
