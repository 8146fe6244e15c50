import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  // Docs pages are generated from the stories (`autodocs`); there are no MDX pages, and a pattern
  // that matches no file makes every run warn "No story files found".
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: {
    name: '@storybook/web-components-vite',
    // Storybook's own Vite config: the library build in the root vite.config.ts (bundles,
    // size budgets) has nothing to do with serving stories and must not slow or break them.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  viteFinal: (config) => ({
    ...config,
    optimizeDeps: {
      ...config.optimizeDeps,
      // Storybook's web-components renderer is served as it is, and imports
      // `lit/directive-helpers.js`. Unless that is pre-bundled with the rest of Lit from the
      // start, a cold cache serves it raw, with its own copy of lit-html beside the bundled one
      // (Lit warns "Multiple versions of Lit loaded" until the optimizer finds it and reloads).
      include: [...(config.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    },
    build: {
      ...config.build,
      // The `src` story fetches the sample report from its own URL, as a page would. Vite would
      // inline a file that small as a `data:` URL, which the elements rightly refuse as `src`.
      assetsInlineLimit: 0,
      // Storybook's own docs renderer (about 1 MB) and axe (about 0.7 MB) are single chunks of a
      // site served from disk; only a chunk beyond them is news worth a warning.
      chunkSizeWarningLimit: 1200,
      rolldownOptions: {
        ...config.build?.rolldownOptions,
        // On a busy two-core machine some plugin always "took significant time": the warning
        // says how loaded the machine was, not what to change.
        checks: { ...config.build?.rolldownOptions?.checks, bundlerTimings: false },
      },
    },
  }),
  // Offline by design: no telemetry, no update or "what's new" checks.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
