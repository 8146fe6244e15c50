/**
 * The undo history: the states before each edit, newest last. Typing in one cell is one edit
 * however many keys it takes, as in a spreadsheet; a paste, a fill or a clear is one edit too.
 */
import type { EditorState } from './values.js';

/** What made an edit: typing (into the named field), or one whole action. */
export type EditCause =
  | { readonly kind: 'typing'; readonly field: string }
  | { readonly kind: 'paste' | 'fill' | 'clear' | 'load' | 'format' };

export interface History {
  readonly past: readonly EditorState[];
  /** The typing the newest entry stands before, which later keys in the same field join. */
  readonly typing?: string;
}

export const EMPTY_HISTORY: History = { past: [] };

/** How many edits can be taken back. */
export const HISTORY_LIMIT = 200;

/** The history after an edit from `before`: typing on in the same field adds no entry. */
export function recordEdit(history: History, before: EditorState, cause: EditCause): History {
  const field = cause.kind === 'typing' ? cause.field : undefined;
  if (field !== undefined && history.typing === field) return history;
  const past = [...history.past, before].slice(-HISTORY_LIMIT);
  return field === undefined ? { past } : { past, typing: field };
}

/** The state the last edit started from, and the history without it; `undefined` when there is none. */
export function undo(history: History): { state: EditorState; history: History } | undefined {
  const state = history.past[history.past.length - 1];
  return state ? { state, history: { past: history.past.slice(0, -1) } } : undefined;
}

/** Ends the current run of typing: the next key starts a new edit (focus left the field). */
export const endTyping = (history: History): History =>
  history.typing === undefined ? history : { past: history.past };
