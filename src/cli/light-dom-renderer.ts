/**
 * Lit's SSR renders every LitElement into a declarative shadow root. An element in `light-dom`
 * mode renders into itself in the browser, so on the server its content goes into the light DOM
 * instead: the page's template puts `renderLight()` inside the element, and this renderer answers
 * it with the element's own `render()`.
 */
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { renderValue } from '@lit-labs/ssr/lib/render-value.js';
import type { RenderInfo } from '@lit-labs/ssr';
import type { LitElement } from 'lit';

type ShadowResult = ReturnType<LitElementRenderer['renderShadow']>;
type LightResult = ReturnType<LitElementRenderer['renderLight']>;

export class LightDomRenderer extends LitElementRenderer {
  private get inLightDom(): boolean {
    return (this.element as LitElement & { lightDom?: boolean }).lightDom === true;
  }

  override renderShadow(renderInfo: RenderInfo): ShadowResult {
    return this.inLightDom ? undefined : super.renderShadow(renderInfo);
  }

  override renderLight(renderInfo: RenderInfo): LightResult {
    // The elements have no `renderLight()` of their own: in shadow mode the light DOM stays empty.
    if (!this.inLightDom) return [''];
    const element = this.element as LitElement & { render(): unknown };
    return [() => renderValue(element.render(), renderInfo)];
  }
}
