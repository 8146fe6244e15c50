// Loaded first, as a classic script, by every test page: records what a page must never see,
// for the test in the parent document to read once the page has settled.
window.__recorded = { violations: [], errors: [] };
window.addEventListener(
  'securitypolicyviolation',
  (event) =>
    window.__recorded.violations.push(
      `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}: ${event.sample}`,
    ),
  true,
);
window.addEventListener('error', (event) => window.__recorded.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) =>
  window.__recorded.errors.push(String(event.reason)),
);
