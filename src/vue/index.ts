/**
 * `disclosure-tables/vue`: typings for the tags in Vue templates, checked by `vue-tsc` with
 * `strictTemplates`. `import type {} from 'disclosure-tables/vue'` once in the app brings them.
 * Vue sets an input as a property when the element has it, and `@disclosure-check` listens to
 * the event as it is named; tell Vue's compiler the tags are custom elements
 * (`compilerOptions.isCustomElement`), and register them by importing `disclosure-tables`.
 */
import type { DefineComponent } from 'vue';
import type {
  DisclosureElementsByTag,
  DisclosureEvents,
  DisclosureInputs,
} from '../internal/framework-types.js';

/** What a template may write on a tag: its inputs, and a handler for each event. */
export type DisclosureVueProps<E> = DisclosureInputs<E> & {
  [Name in keyof DisclosureEvents as `on${Capitalize<CamelCase<Name>>}`]?: (
    event: DisclosureEvents[Name],
  ) => void;
};

/** `disclosure-check` → `disclosureCheck`, as Vue names the handler of `@disclosure-check`. */
type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

/** A tag as Vue's typings see a component. */
export type DisclosureVueComponent<E> = DefineComponent<DisclosureVueProps<E>>;

declare module 'vue' {
  interface GlobalComponents {
    'disclosure-annual-report': DisclosureVueComponent<
      DisclosureElementsByTag['disclosure-annual-report']
    >;
    'disclosure-applications-table': DisclosureVueComponent<
      DisclosureElementsByTag['disclosure-applications-table']
    >;
    'proactive-disclosure-table': DisclosureVueComponent<
      DisclosureElementsByTag['proactive-disclosure-table']
    >;
    'review-litigation-table': DisclosureVueComponent<
      DisclosureElementsByTag['review-litigation-table']
    >;
  }
}
