/**
 * TinyMCE 8, self-hosted from npm, with the configuration printed in docs/rich-text-editors.md
 * (served verbatim): every element in every data form survives a save and still renders, and
 * nothing that could run does (issue #12).
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { Editor, TinyMCE } from 'tinymce';

import '../src/index.js';
import {
  DATA_FORMS,
  DISCLOSURE_ELEMENTS,
  UNSAFE_CASES,
  activeContent,
  elementHtml,
  expectRenders,
  expectRoundTrip,
} from './helpers/rich-text.js';

declare global {
  interface Window {
    tinymce?: TinyMCE;
  }
}

/** Loads a classic script, as a site's page does with `<script src>`. */
function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`could not load ${src}`)));
    document.head.append(script);
  });
}

describe('TinyMCE with the documented configuration', function () {
  // The editor loads its theme, model, icons and skin from the package on first use.
  this.timeout(60_000);
  let editor: Editor;

  before(async () => {
    await loadScript('/node_modules/tinymce/tinymce.min.js');
    const textarea = document.createElement('textarea');
    textarea.id = 'content';
    document.body.append(textarea);
    await import(/* @vite-ignore */ '/__rich-text__/tinymce.js' as string);
    await waitUntil(() => window.tinymce?.get('content')?.initialized, 'TinyMCE never started', {
      timeout: 50_000,
    });
    editor = window.tinymce!.get('content')!;
  });

  after(() => editor?.remove());

  const save = (html: string) => {
    editor.setContent(html);
    return editor.getContent();
  };

  it('starts editable (the license key is set)', () => {
    expect(editor.mode.isReadOnly()).to.equal(false);
  });

  for (const tag of DISCLOSURE_ELEMENTS) {
    for (const form of DATA_FORMS) {
      it(`keeps <${tag}> with its data as a ${form}, and the saved HTML renders`, async () => {
        const given = elementHtml(tag, form);
        const saved = save(given);
        expectRoundTrip(saved, given, tag);
        expect(activeContent(saved)).to.deep.equal([]);
        await expectRenders(saved, tag);
      });
    }
  }

  for (const { name, html, keeps } of UNSAFE_CASES) {
    it(`removes ${name}`, async () => {
      const saved = save(html);
      expect(activeContent(saved), `saved:\n${saved}`).to.deep.equal([]);
      if (keeps) await expectRenders(saved, keeps);
    });
  }
});
