/**
 * Waiting until a page has nothing left to do, instead of sleeping for a fixed time.
 *
 * A test that proves something does *not* happen (a stale response never shown, no late error,
 * no second event) must first let everything that could make it happen finish. A fixed delay
 * guesses how long that takes and fails on a busy machine. Here the page is settled when
 * every fetch it started has delivered its whole body (or failed, or was aborted), every
 * disclosure element has finished its update, and the browser then finds an idle period with
 * still no fetch in flight. Each wait has a generous ceiling, never a delay.
 */

let fetchesInFlight = 0;

// Counted from the call until the whole body has arrived (read from a clone, so the caller's
// body is untouched) or the request failed or was aborted: a slow response that an element
// must ignore has then been handed to it.
const pageFetch = window.fetch.bind(window);
window.fetch = async (...args: Parameters<typeof fetch>): Promise<Response> => {
  fetchesInFlight += 1;
  try {
    const response = await pageFetch(...args);
    void response
      .clone()
      .arrayBuffer()
      .catch(() => undefined)
      .finally(() => (fetchesInFlight -= 1));
    return response;
  } catch (error) {
    fetchesInFlight -= 1;
    throw error;
  }
};

const CEILING_MS = 20_000;

/** The next task: lets a queued task (a timer, a message, an event) run first. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });
}

/** The browser's next idle period in `view` (a frame's window, or this one). */
export function idle(view: Window = window): Promise<void> {
  return new Promise((resolve) =>
    view.requestIdleCallback(() => resolve(), { timeout: CEILING_MS }),
  );
}

function updatesOf(root: ParentNode): Promise<unknown>[] {
  return [...root.querySelectorAll('*')]
    .filter((el): el is Element & { updateComplete: Promise<unknown> } => 'updateComplete' in el)
    .map((el) => el.updateComplete);
}

/**
 * Resolves when this page is settled: no fetch in flight, every Lit element in `root` updated,
 * and an idle period after that with still nothing in flight. Rejects after the ceiling.
 */
export async function settled(root: ParentNode = document): Promise<void> {
  const deadline = performance.now() + CEILING_MS;
  for (;;) {
    await Promise.all(updatesOf(root));
    await idle();
    if (fetchesInFlight === 0) {
      await Promise.all(updatesOf(root));
      await idle();
      if (fetchesInFlight === 0) return;
    }
    if (performance.now() > deadline)
      throw new Error(`the page never settled: ${fetchesInFlight} fetch(es) still in flight`);
  }
}

/**
 * Settles another document (a test page in a frame): its Lit elements updated and an idle period
 * in its window. Its fetches are its own, so the elements' updates are what is waited for.
 */
export async function frameSettled(view: Window): Promise<void> {
  await Promise.all(updatesOf(view.document));
  await idle(view);
  await Promise.all(updatesOf(view.document));
  await idle(view);
}
