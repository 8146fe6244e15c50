// The elements on a server-rendered page, as a Lit SSR site loads them: Lit's hydration
// support first (it must run before Lit itself), then the package.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../src/index.js';
