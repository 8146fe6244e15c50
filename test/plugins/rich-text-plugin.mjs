import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The configuration code blocks of `docs/rich-text-editors.md`, served as modules under
 * `/__rich-text__/<editor>.js`, read from the file on every request: the rich-text tests run the
 * snippets exactly as printed, so a snippet that drifts from what is tested fails.
 *
 * A tested block is the first fenced code block after a `<!-- tested: <editor> -->` comment.
 * `RICH_TEXT_DOC` points at another markdown file (e.g. the old README, to record how its
 * snippets fared).
 */
export function richTextPlugin() {
  return {
    name: 'rich-text-snippets',
    // As a site's import map does: `ckeditor5` is the self-contained browser build, one file
    // copied from the package (`ckeditor5/dist/browser/`), no bundler.
    resolveImport({ source, context }) {
      if (source === 'ckeditor5' && context.path.startsWith('/__rich-text__/')) {
        return '/node_modules/ckeditor5/dist/browser/ckeditor5.js';
      }
      return undefined;
    },
    serve(context) {
      const match = /^\/__rich-text__\/([a-z0-9-]+)\.js$/.exec(context.path);
      if (!match) return undefined;
      return { body: snippet(match[1]), type: 'js' };
    },
  };
}

/** The code of the block marked `<!-- tested: name -->` (throws when there is none). */
export function snippet(name, file = process.env.RICH_TEXT_DOC ?? 'docs/rich-text-editors.md') {
  const markdown = readFileSync(resolve(repo, file), 'utf8');
  const marker = `<!-- tested: ${name} -->`;
  const at = markdown.indexOf(marker);
  if (at < 0) throw new Error(`${file}: no ${marker}`);
  const block = /```[a-z]*\n([\s\S]*?)\n```/.exec(markdown.slice(at + marker.length));
  if (!block) throw new Error(`${file}: no code block after ${marker}`);
  return block[1];
}
