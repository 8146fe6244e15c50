// axe-core has no ES module build; its UMD bundle registers `window.axe` when imported.
declare module 'axe-core/axe.min.js';
