/**
 * One input of an element (this year's report, or last year's), as a Lit reactive controller.
 * An input can be given several ways; the controller asks them in order of precedence and
 * holds the answer of the first that gives something. Each way is an `InputSource`, so a new
 * one (a published `<table>` to read, say) is one more object in the list, not a new branch in
 * the element.
 *
 * The answer keeps its identity while nothing changes: the element compares it with the last
 * one it parsed and parses again only when it differs, so that last year's report arriving
 * never parses this year's again.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { parseJson, type InputProblem } from '../core/parse.js';
import {
  childScriptProblem,
  isAllowedSourceUrl,
  isJsonScriptType,
  MAX_SOURCE_BYTES,
  readTextWithin,
} from './source.js';

/** What an input gives: nothing, a fetch in flight, a JSON value, or a problem. */
export type SourceState =
  | { readonly status: 'none' }
  | { readonly status: 'loading' }
  /** On the server: a URL the browser will fetch; nothing is fetched while rendering there. */
  | { readonly status: 'deferred'; readonly url: string }
  | { readonly status: 'ready'; readonly value: unknown }
  | { readonly status: 'failed'; readonly problem: InputProblem };

export const NO_INPUT: SourceState = { status: 'none' };

export type SourceHost = ReactiveControllerHost & HTMLElement;

/**
 * One way of giving an input. `read` answers `undefined` when this way gives nothing, so that
 * the next way is asked; it must return the same object while its input is unchanged, and call
 * `changed` (given at construction) when an answer changes outside an update.
 */
export interface InputSource {
  /** Says which way it is, e.g. `src`: the element may treat one way apart. */
  readonly name: string;
  read(): SourceState | undefined;
  connected?(): void;
  disconnected?(): void;
}

/** Holds one input of `host`: the answer of the first of `sources` that gives something. */
export class DataSourceController implements ReactiveController {
  private readonly sources: readonly InputSource[];

  constructor(host: SourceHost, sources: readonly InputSource[]) {
    this.sources = sources;
    host.addController(this);
  }

  /** The input as given now. The same object until it changes. */
  get state(): SourceState {
    return this.answer().state;
  }

  /** The way the input is given now, or `undefined` when none gives anything. */
  get source(): InputSource | undefined {
    return this.answer().source;
  }

  private answer(): { readonly state: SourceState; readonly source?: InputSource } {
    for (const source of this.sources) {
      const state = source.read();
      if (state !== undefined) return { state, source };
    }
    return { state: NO_INPUT };
  }

  hostConnected(): void {
    for (const source of this.sources) source.connected?.();
  }

  hostDisconnected(): void {
    for (const source of this.sources) source.disconnected?.();
  }
}

/**
 * JSON text parsed once per text: the same text gives the same value (and the same problem),
 * so an unchanged input is never parsed twice.
 */
class JsonTextCache {
  private text?: string;
  private state: SourceState = NO_INPUT;

  parse(text: string): SourceState {
    if (text !== this.text) {
      this.text = text;
      const parsed = parseJson(text);
      this.state = parsed.ok
        ? { status: 'ready', value: parsed.value }
        : { status: 'failed', problem: parsed.problem };
    }
    return this.state;
  }
}

/**
 * A member that takes a report object or its JSON text, as property or attribute (an attribute
 * always gives text). Text is parsed as every other JSON input is: same limits, same messages.
 */
export function valueSource(name: string, value: () => unknown): InputSource {
  const json = new JsonTextCache();
  let lastValue: unknown;
  let lastState: SourceState | undefined;
  return {
    name,
    read() {
      const given = value();
      // A removed attribute becomes undefined (see the members' converter): no input. A null
      // set from script is a value, and is answered as one (it is not a report).
      if (given === undefined) return undefined;
      if (typeof given === 'string') return json.parse(given);
      if (given !== lastValue || !lastState) {
        lastValue = given;
        lastState = { status: 'ready', value: given };
      }
      return lastState;
    },
  };
}

/**
 * A child `<script type="application/json">`, followed by a MutationObserver while connected. A
 * child script written with no type or a wrong one is answered with a problem saying what to
 * write, instead of being passed over in silence.
 */
export function childScriptSource(host: SourceHost): InputSource {
  const json = new JsonTextCache();
  let state: SourceState | undefined;
  let observer: MutationObserver | undefined;
  const readScript = (): SourceState | undefined => {
    const scripts = [...host.children].filter((child) => child.localName === 'script');
    const script = scripts.find((child) => isJsonScriptType(child.getAttribute('type')));
    if (script) return json.parse(script.textContent ?? '');
    for (const other of scripts) {
      // A script of the page's own (wrapped with a published article, say) is not data.
      if (!/^\s*[[{]/.test(other.textContent ?? '')) continue;
      const problem = childScriptProblem(other.getAttribute('type'));
      if (problem)
        return state?.status === 'failed' && sameProblem(state.problem, problem)
          ? state
          : { status: 'failed', problem };
    }
    return undefined;
  };
  const sync = (): void => {
    const next = readScript();
    if (next === state) return;
    state = next;
    host.requestUpdate();
  };
  return {
    name: 'child script',
    read: () => state,
    connected() {
      sync();
      observer ??= new MutationObserver(sync);
      observer.observe(host, {
        childList: true,
        characterData: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['type'],
      });
    },
    disconnected() {
      observer?.disconnect();
    },
  };
}

const sameProblem = (a: InputProblem, b: InputProblem): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

export interface UrlSourceOptions {
  /** Whether the input is wanted at all; when not, the URL is not fetched. */
  readonly enabled?: () => boolean;
}

/**
 * A URL (`src`, `previous-src`) and the fetch lifecycle: a new URL aborts the fetch it replaces
 * and a stale response is never shown; a body over `MAX_SOURCE_BYTES` is refused; a fetch cut
 * short by moving the element in the page starts again when it is connected. On the server
 * nothing is fetched: the answer says which URL the browser will load.
 */
export function urlSource(
  host: SourceHost,
  url: () => string | null | undefined,
  options: UrlSourceOptions = {},
): InputSource {
  let requested: string | null | undefined;
  let state: SourceState | undefined;
  let controller: AbortController | undefined;

  const start = (target: string): void => {
    controller?.abort();
    controller = undefined;
    if (isServer) {
      state = { status: 'deferred', url: target };
      return;
    }
    if (!isAllowedSourceUrl(target, document.baseURI)) {
      state = {
        status: 'failed',
        problem: {
          code: 'fetch',
          url: target,
          detail: msg('只允许 http、https 或相对地址', { id: 'problem.fetch.scheme' }),
          fatal: true,
        },
      };
      return;
    }
    const fetching = (controller = new AbortController());
    state = { status: 'loading' };
    void fetchJson(target, fetching.signal).then((loaded) => {
      // A newer URL has taken over, or the element left the page: this response is stale.
      if (fetching.signal.aborted) return;
      state = loaded;
      host.requestUpdate();
    });
  };

  return {
    name: 'url',
    read() {
      const wanted = options.enabled?.() ?? true;
      const target = wanted ? url() : undefined;
      if (target !== requested) {
        requested = target;
        if (target === undefined || target === null) {
          controller?.abort();
          state = undefined;
        } else start(target);
      }
      return state;
    },
    connected() {
      // Moving an element in the page disconnects it first, which aborted its fetch: a fetch cut
      // short that way starts again, or the element would say "loading" for ever.
      if (
        state?.status === 'loading' &&
        controller?.signal.aborted &&
        typeof requested === 'string'
      ) {
        start(requested);
      }
    },
    disconnected() {
      controller?.abort();
    },
  };
}

/** Fetches and parses a JSON body, turning every failure into a problem. Never rejects. */
async function fetchJson(url: string, signal: AbortSignal): Promise<SourceState> {
  const failed = (detail: string): SourceState => ({
    status: 'failed',
    problem: { code: 'fetch', url, detail, fatal: true },
  });
  try {
    const response = await fetch(url, { signal, credentials: 'same-origin' });
    if (!response.ok) return failed(`HTTP ${response.status}`);
    const body = await readTextWithin(response, MAX_SOURCE_BYTES);
    if (body === undefined) return failed(msg('数据文件过大', { id: 'problem.fetch.tooLarge' }));
    const parsed = parseJson(body);
    return parsed.ok
      ? { status: 'ready', value: parsed.value }
      : { status: 'failed', problem: parsed.problem };
  } catch (error) {
    return failed(error instanceof Error ? error.message : String(error));
  }
}
