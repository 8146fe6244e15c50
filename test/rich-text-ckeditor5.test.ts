/**
 * CKEditor 5, self-hosted from npm, with the configuration printed in docs/rich-text-editors.md
 * (served verbatim): every element in every data form survives a save and still renders, and
 * nothing that could run does (issue #12).
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { ClassicEditor } from 'ckeditor5';

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

/** CKEditor puts the editor on its editable element. */
type EditableElement = HTMLElement & { ckeditorInstance?: ClassicEditor };

describe('CKEditor 5 with the documented configuration', function () {
  // The first import of `ckeditor5` loads a few hundred modules.
  this.timeout(60_000);
  let editor: ClassicEditor;

  before(async () => {
    const textarea = document.createElement('textarea');
    textarea.id = 'content';
    document.body.append(textarea);
    await import(/* @vite-ignore */ '/__rich-text__/ckeditor5.js' as string);
    await waitUntil(
      () =>
        document.querySelector<EditableElement>('.ck-editor__editable')?.ckeditorInstance?.state ===
        'ready',
      'CKEditor never started',
      { timeout: 50_000 },
    );
    editor = document.querySelector<EditableElement>('.ck-editor__editable')!.ckeditorInstance!;
  });

  after(() => editor?.destroy());

  const save = (html: string) => {
    editor.setData(html);
    return editor.getData();
  };

  it('starts editable (the license key is set)', () => {
    expect(editor.isReadOnly).to.equal(false);
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
