/**
 * Registers a custom element unless the tag is taken: two copies of the bundle on one page,
 * or an npm import beside the drop-in file, must not throw "already been defined".
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, constructor);
}
