import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: {
    name: '@storybook/web-components-vite',
    // Storybook's own Vite config: the library build in the root vite.config.ts (bundles,
    // size budgets) has nothing to do with serving stories and must not slow or break them.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  // The `src` story fetches the sample report from its own URL, as a page would. Vite would
  // inline a file that small as a `data:` URL, which the elements rightly refuse as `src`.
  viteFinal: (config) => ({ ...config, build: { ...config.build, assetsInlineLimit: 0 } }),
  // Offline by design: no telemetry, no update or "what's new" checks.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
