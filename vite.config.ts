import { defineConfig } from 'vite';

// Decorators: Vite 8 (Oxc) lowers only `experimentalDecorators` with
// `useDefineForClassFields: false`, and only for files inside tsconfig's `include`.
// Both are set in tsconfig.json; nothing decorator-related belongs here.
export default defineConfig({
  // `npm start` serves the repo-root index.html demo page.
  root: '.',
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    open: false,
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    open: false,
  },
  build: {
    // Minimal library build for npm users; a later change adds the self-contained bundle.
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: 'index',
    },
    rolldownOptions: {
      // Consumers bring their own lit so elements share one copy of it.
      external: [/^lit(\/.*)?$/, /^@lit\//],
    },
  },
});
