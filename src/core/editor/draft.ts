/**
 * The draft kept in `localStorage` while the user types, and reading it back. A draft carries
 * its version: one written by an older editor is migrated; one that cannot be read (a newer
 * editor's, or damaged) is never dropped, but kept aside under a key of its own, and said so.
 */
import { DOCUMENT_KEYS, isRecord, parseJson } from '../parse.js';
import { FORMAT_IDS, isFormatId } from '../format.js';
import { formatSheet } from './sheet.js';
import { stateFromDocument, type EditorState } from './values.js';

export const DRAFT_KIND = 'disclosure-report-editor-draft';
/** The shape drafts are written in now. Version 0 was the bare report document. */
export const DRAFT_VERSION = 1;

export interface Draft {
  readonly kind: typeof DRAFT_KIND;
  readonly version: typeof DRAFT_VERSION;
  /** When it was saved, as an ISO 8601 time. */
  readonly savedAt: string;
  readonly state: EditorState;
  /** Last year's report, when one was loaded: the cross-year checks run with it again. */
  readonly previous?: unknown;
}

export type DraftReading =
  | { readonly status: 'none' }
  | { readonly status: 'restored'; readonly draft: Draft; readonly migratedFrom?: number }
  /** Not readable as a draft of this editor: keep the text aside, under `aside`. */
  | {
      readonly status: 'unreadable';
      readonly reason: 'json' | 'version' | 'shape';
      readonly version?: number;
    };

export function encodeDraft(state: EditorState, savedAt: Date, previous?: unknown): string {
  const draft: Draft = {
    kind: DRAFT_KIND,
    version: DRAFT_VERSION,
    savedAt: savedAt.toISOString(),
    state,
    ...(previous === undefined ? {} : { previous }),
  };
  return JSON.stringify(draft);
}

/** Reads a stored draft, migrating older versions. Never throws. */
export function decodeDraft(text: string | null): DraftReading {
  if (text === null || text === '') return { status: 'none' };
  const json = parseJson(text);
  if (!json.ok) return { status: 'unreadable', reason: 'json' };
  const value = json.value;
  if (!isRecord(value)) return { status: 'unreadable', reason: 'shape' };
  if (value.kind !== DRAFT_KIND) {
    // Version 0: the report document itself, as the first editor kept it.
    const isDocument = DOCUMENT_KEYS.filter((key) => key !== '$schema').some((key) =>
      Object.prototype.hasOwnProperty.call(value, key),
    );
    if (!isDocument) return { status: 'unreadable', reason: 'shape' };
    return {
      status: 'restored',
      migratedFrom: 0,
      draft: {
        kind: DRAFT_KIND,
        version: DRAFT_VERSION,
        savedAt: '',
        state: stateFromDocument(value),
      },
    };
  }
  if (value.version !== DRAFT_VERSION) {
    return {
      status: 'unreadable',
      reason: 'version',
      ...(typeof value.version === 'number' ? { version: value.version } : {}),
    };
  }
  const state = readState(value.state);
  if (!state) return { status: 'unreadable', reason: 'shape' };
  return {
    status: 'restored',
    draft: {
      kind: DRAFT_KIND,
      version: DRAFT_VERSION,
      savedAt: typeof value.savedAt === 'string' ? value.savedAt : '',
      state,
      ...(value.previous === undefined ? {} : { previous: value.previous }),
    },
  };
}

/** The saved state, with only keys of known cells and string values; `undefined` if it is not one. */
function readState(value: unknown): EditorState | undefined {
  if (!isRecord(value) || !isFormatId(value.format) || !isRecord(value.values)) return undefined;
  if (typeof value.agency !== 'string' || typeof value.year !== 'string') return undefined;
  const known = new Set(FORMAT_IDS.flatMap((id) => [...formatSheet(id).positions.keys()]));
  const values: Record<string, string> = {};
  for (const [key, text] of Object.entries(value.values)) {
    if (!known.has(key) || typeof text !== 'string') return undefined;
    values[key] = text;
  }
  return { format: value.format, agency: value.agency, year: value.year, values };
}
