import { existsSync, readdirSync } from 'node:fs';
import { transform as transformCss } from 'lightningcss';
import { defineConfig, type BuildEnvironmentOptions, type Plugin } from 'vite';

/** One ES entry per element, found by its `define.ts` (`dist/components/<tag>/define.js`). */
const elementEntries = Object.fromEntries(
  readdirSync('src/components', { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`src/components/${entry.name}/define.ts`))
    .map((entry) => [`components/${entry.name}/define`, `src/components/${entry.name}/define.ts`]),
);

/**
 * For npm users: ES modules with lit external, so that every element and the consumer's own
 * Lit code share one copy of it. Minified because the size budget is measured on what ships;
 * source maps keep it debuggable.
 */
const libraryBuild: BuildEnvironmentOptions = {
  outDir: 'dist',
  emptyOutDir: true,
  sourcemap: true,
  lib: {
    entry: {
      index: 'src/index.ts',
      ...elementEntries,
      // The framework entries: `disclosure-tables/react` (components) and `/vue` (typings).
      'react/index': 'src/react/index.ts',
      'vue/index': 'src/vue/index.ts',
      // `disclosure-tables/core`: the formats and checks, no DOM, no Lit.
      'core/index': 'src/core/index.ts',
      // The command line (bin/disclosure-tables.js), for Node.
      'cli/main': 'src/cli/main.ts',
    },
    formats: ['es'],
  },
  rolldownOptions: {
    external: [/^lit(\/.*)?$/, /^@lit\//, /^@lit-labs\//, /^react(\/.*)?$/, /^vue$/, /^node:/],
    // One file per source module, mirroring src/: each `define.js` is the only module that
    // registers its element, which is what package.json's `sideEffects` names, and tsc's
    // declarations land beside the JavaScript they describe.
    output: {
      minify: true,
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
    },
  },
};

/** The drop-in file's first line. */
const LICENCE_BANNER =
  '/*! disclosure-tables, MIT License. Includes Lit and @lit/localize, Copyright Google LLC, BSD-3-Clause. Licences: disclosure-tables.licenses.txt */';

/**
 * For a CMS page: one file to load, Lit inlined, registering every element. The English
 * translation is split off into `disclosure-tables.en.js` beside it, which the file imports
 * from its own URL only when a page asks for English. `--mode bundle`, after the library build
 * (it must not empty `dist`).
 */
const bundleBuild: BuildEnvironmentOptions = {
  outDir: 'dist',
  emptyOutDir: false,
  lib: { entry: { 'disclosure-tables.min': 'src/index.ts' }, formats: ['es'] },
  // A map beside each file, not named in it (no bytes in what a page loads): what
  // `npm run size -- --explain` reads to say which source module the bytes come from.
  sourcemap: 'hidden',
  rolldownOptions: {
    output: {
      minify: true,
      // No bundler reads this file again: the tree-shaking annotations the minifier keeps by
      // default (a /* @__PURE__ */ before each `new Map`, 67 of them) are 0.1 KB gzip that every
      // page downloads for nothing. The library build above keeps them for its users' bundlers.
      comments: false,
      // The one comment kept: our licence and that of the Lit code inlined (BSD-3-Clause asks
      // that its notice travel with the code), whose texts scripts/build.mjs writes beside it.
      postBanner: (chunk) => (chunk.isEntry ? LICENCE_BANNER : ''),
      entryFileNames: '[name].js',
      chunkFileNames: 'disclosure-tables.[name].js',
    },
  },
};

/**
 * To the JavaScript minifier a Lit `css` template is an opaque string, whitespace and comments
 * included. This minifies each one's CSS with Lightning CSS, as Vite does for stylesheets: about
 * 0.9 KB gzip off the drop-in file. Templates with an interpolation or an escape are left alone.
 */
function minifyLitCss(): Plugin {
  return {
    name: 'minify-lit-css',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('css`')) return null;
      const minified = code.replace(/\bcss`([^`]*)`/g, (template, text: string) => {
        if (text.includes('${') || text.includes('\\')) return template;
        return `css\`${transformCss({ filename: id, code: Buffer.from(text), minify: true }).code.toString()}\``;
      });
      // Only the inside of the templates changes: the code around them keeps its mapping.
      return { code: minified, map: null };
    },
  };
}

/**
 * A `msg()` call's `desc` is a note for translators, read from the source by
 * `lit-localize extract`; at run time nothing reads it. Left out of what ships.
 */
function withoutTranslatorNotes(): Plugin {
  const desc =
    /,\s*desc:\s*(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\$]|\\.)*`)(?=\s*[,}])/g;
  return {
    name: 'without-translator-notes',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('desc:')) return null;
      const stripped = code.replace(desc, '');
      return stripped === code ? null : { code: stripped, map: null };
    },
  };
}

/**
 * The generated translation modules import `str` from @lit/localize. Split off into a file of
 * their own, that import would pull @lit/localize into a third, shared file that every Chinese
 * page then has to fetch too. `str` only packs a template's strings and values into the object
 * lit-localize's runtime reads (`{ strTag: true, strings, values }`), so the translation file
 * packs them itself and imports nothing.
 */
function selfContainedTranslations(): Plugin {
  return {
    name: 'self-contained-translations',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/src/generated/locales/')) return null;
      const replaced = code.replace(
        /import\s*\{\s*str\s*\}\s*from\s*['"]@lit\/localize['"];?/,
        'const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({ strTag: true as const, strings, values });',
      );
      return replaced === code ? null : { code: replaced, map: null };
    },
  };
}

// Decorators: Vite 8 (Oxc) lowers only `experimentalDecorators` with
// `useDefineForClassFields: false`, and only for files inside tsconfig's `include`.
// Both are set in tsconfig.json; nothing decorator-related belongs here.
export default defineConfig(({ mode }) => ({
  // `npm start` serves the repo-root index.html demo page.
  root: '.',
  server: {
    host: '127.0.0.1',
    // When 5173 is taken, Vite takes the next free port and prints the address it serves.
    port: 5173,
    strictPort: false,
    open: false,
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    open: false,
  },
  plugins: [
    minifyLitCss(),
    withoutTranslatorNotes(),
    ...(mode === 'bundle' ? [selfContainedTranslations()] : []),
  ],
  build: mode === 'bundle' ? bundleBuild : libraryBuild,
}));
