import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      template: {
        // The disclosure-tables tags are custom elements, not Vue components.
        compilerOptions: {
          isCustomElement: (tag) =>
            [
              'disclosure-annual-report',
              'disclosure-applications-table',
              'proactive-disclosure-table',
              'review-litigation-table',
            ].includes(tag),
        },
      },
    }),
  ],
  // Served from any folder (the test serves it under /vue/).
  base: './',
});
