/**
 * Helpers for the tests that load whole pages (test/pages/, examples/) in an iframe: the built
 * package, what a page recorded, and its elements once rendered.
 */
import { waitUntil } from '@open-wc/testing';
import { untilDone } from './server-command.js';

/** What test/pages/recorder.js collected on a page. */
export interface Recorded {
  readonly violations: readonly string[];
  readonly errors: readonly string[];
}

export type PageWindow = Window & typeof globalThis & { __recorded?: Recorded; __page?: unknown };

/** The result of the `package-build` command (test/plugins/package-plugin.mjs). */
export interface Build {
  readonly singleFileBytes: number;
  readonly singleFileGzipBytes: number;
}

/** The result of the `package-consumer` command. */
export interface Consumer {
  readonly packed: readonly string[];
  readonly named: readonly { readonly target: string; readonly matches: readonly string[] }[];
  readonly sideEffects: unknown;
  readonly scripts: Readonly<Record<string, string>>;
  /** The packed custom-elements.json. */
  readonly elementsManifest: {
    readonly modules: readonly {
      readonly path: string;
      readonly declarations?: readonly {
        readonly name: string;
        readonly customElement?: boolean;
        readonly tagName?: string;
      }[];
    }[];
  };
  readonly typecheck: { readonly ok: boolean; readonly output: string };
}

/** Builds the package for this run (once; later calls share it). Allow it a minute or two. */
export const packageBuild = (): Promise<Build> => untilDone<Build>('package-build');

/** Packs the package, installs it in a consumer project, type-checks and bundles the consumer. */
export const packageConsumer = (): Promise<Consumer> => untilDone<Consumer>('package-consumer');

const frames: HTMLIFrameElement[] = [];

/** Loads `url` in an iframe of the given size and resolves with its window once it has loaded. */
export async function openPage(
  url: string,
  { width = 1000, height = 700 } = {},
): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentWindow as PageWindow;
}

/** Removes every page opened by `openPage`. */
export function closePages(): void {
  for (const frame of frames.splice(0)) frame.remove();
}

/** The disclosure elements of a page, in document order. */
export const disclosureElements = (page: PageWindow, tags: readonly string[]): HTMLElement[] =>
  tags.length ? [...page.document.querySelectorAll<HTMLElement>(tags.join(','))] : [];

/** The element's render root, whichever window it lives in. */
export const rootOf = (el: HTMLElement): ParentNode => el.shadowRoot ?? el;

/** Waits until every element shows its findings summary (the last thing each renders). */
export async function whenRendered(
  elements: readonly HTMLElement[],
  timeout = 10_000,
): Promise<void> {
  await waitUntil(
    () =>
      elements.length > 0 && elements.every((el) => rootOf(el).querySelector('[part="findings"]')),
    'elements never rendered',
    { timeout },
  );
}

/**
 * Paths of every resource the page requested after the document itself, except the test
 * server's own live-reload socket, which it adds to every page it serves.
 */
export const requestedPaths = (page: PageWindow): string[] =>
  page.performance
    .getEntriesByType('resource')
    .map((entry) => {
      const url = new URL(entry.name);
      return url.pathname + url.search;
    })
    .filter((path) => !path.startsWith('/__web-dev-server'));
