import type { InputProblem } from '../core/parse.js';

/** Fired when the input cannot be shown as a table: malformed JSON, a failed fetch, a wrong shape. */
export class DisclosureErrorEvent extends Event {
  static readonly eventName = 'disclosure-error' as const;
  readonly problems: readonly InputProblem[];
  /** The problems in words, in the reader's language, as shown in the inline message. */
  readonly messages: readonly string[];

  constructor(problems: readonly InputProblem[], messages: readonly string[]) {
    super(DisclosureErrorEvent.eventName, { bubbles: true, composed: true });
    this.problems = problems;
    this.messages = messages;
  }

  get detail(): { problems: readonly InputProblem[]; messages: readonly string[] } {
    return { problems: this.problems, messages: this.messages };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'disclosure-error': DisclosureErrorEvent;
  }
}
