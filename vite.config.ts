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
    },
    formats: ['es'],
  },
  rolldownOptions: {
    external: [/^lit(\/.*)?$/, /^@lit\//, /^react(\/.*)?$/, /^vue$/],
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

/**
 * For a CMS page: one self-contained file, Lit and the translations inlined, registering every
 * element. `--mode bundle`, after the library build (it must not empty `dist`).
 */
const bundleBuild: BuildEnvironmentOptions = {
  outDir: 'dist',
  emptyOutDir: false,
  lib: { entry: { 'disclosure-tables.min': 'src/index.ts' }, formats: ['es'] },
  rolldownOptions: {
    output: { minify: true, codeSplitting: false, entryFileNames: '[name].js' },
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
  plugins: [minifyLitCss()],
  build: mode === 'bundle' ? bundleBuild : libraryBuild,
}));
