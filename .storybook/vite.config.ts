import { defineConfig } from 'vite';

// Decorators are lowered by Vite's Oxc transform from tsconfig.json (experimentalDecorators),
// which covers src/ and stories/; nothing else is needed to serve the stories.
export default defineConfig({});
