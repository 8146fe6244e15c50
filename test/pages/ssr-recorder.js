// Loaded first, as a classic script, by the server-rendered test pages (test/ssr.test.ts):
// whether the page's scripts ran at all, each `disclosure-check`, and every error and
// console.error, for the test in the parent document to read.
window.__ssr = { ran: true, checks: 0, errors: [] };
document.addEventListener('disclosure-check', () => window.__ssr.checks++);
window.addEventListener('error', (event) => window.__ssr.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) =>
  window.__ssr.errors.push(String(event.reason)),
);
const consoleError = console.error.bind(console);
console.error = (...args) => {
  window.__ssr.errors.push(args.map(String).join(' '));
  consoleError(...args);
};
