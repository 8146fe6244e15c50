/**
 * Lit's SSR writes a declarative shadow root for every LitElement. A `light-dom` element's
 * content goes into its light DOM (its `renderLight()`, answering the `renderLight()` directive
 * in the page's template), and its shadow root would only hold a slot: this renderer leaves that
 * root out, so the command line's light-DOM output is plain HTML a CMS keeps.
 */
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import type { RenderInfo } from '@lit-labs/ssr';
import type { LitElement } from 'lit';

type ShadowResult = ReturnType<LitElementRenderer['renderShadow']>;

export class LightDomRenderer extends LitElementRenderer {
  override renderShadow(renderInfo: RenderInfo): ShadowResult {
    const { lightDom } = this.element as LitElement & { lightDom?: boolean };
    return lightDom === true ? undefined : super.renderShadow(renderInfo);
  }
}
