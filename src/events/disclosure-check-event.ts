import type { Finding } from '../core/check.js';

/** Fired after the findings of an element change: on first check, and whenever data or locale change them. */
export class DisclosureCheckEvent extends Event {
  static readonly eventName = 'disclosure-check' as const;
  /** Every finding, errors and warnings, in reading order. */
  readonly findings: readonly Finding[];

  constructor(findings: readonly Finding[]) {
    super(DisclosureCheckEvent.eventName, { bubbles: true, composed: true });
    this.findings = findings;
  }

  /** Mirrors `findings` for listeners written against CustomEvent-style `detail`. */
  get detail(): { findings: readonly Finding[] } {
    return { findings: this.findings };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'disclosure-check': DisclosureCheckEvent;
  }
}
