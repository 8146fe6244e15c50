// The elements on a server-rendered page, loaded with no hydration support.
import '../../src/index.js';
