import type * as Axe from 'axe-core';

declare global {
  interface Window {
    axe?: typeof Axe;
  }
}

let axeLoaded: Promise<typeof Axe> | undefined;
let running: Promise<unknown> = Promise.resolve();

function loadAxe(): Promise<typeof Axe> {
  axeLoaded ??= import('axe-core/axe.min.js').then(() => {
    if (!window.axe) throw new Error('axe-core/axe.min.js loaded but did not define window.axe');
    return window.axe;
  });
  return axeLoaded;
}

/**
 * Runs axe-core on `el` and its descendants, open shadow roots included, and resolves to the
 * violations (empty when it passes). Calls are queued: axe refuses to run twice at once.
 */
export async function axeViolations(
  el: Element,
  options: Axe.RunOptions = {},
): Promise<Axe.Result[]> {
  const axe = await loadAxe();
  const run = running.then(() => axe.run(el, { ...options, resultTypes: ['violations'] }));
  running = run.catch(() => undefined);
  return (await run).violations;
}

/** One line per violation and node, for assertion messages. */
export function formatViolations(violations: readonly Axe.Result[]): string {
  return violations
    .flatMap((v) =>
      v.nodes.map((node) => `${v.id} (${v.impact ?? 'n/a'}): ${node.target.join(' ')}`),
    )
    .join('\n');
}
