/**
 * `disclosure-tables render FILE`: the element rendered on the server with Lit's SSR, as a page
 * without JavaScript shows it. In shadow-DOM mode the table is inside a declarative shadow root
 * (`<template shadowrootmode="open">`) with the element's styles; with `--light-dom` it is
 * plain HTML inside the element, styled by the site. Either way the HTML holds the tables, the
 * computed totals and the findings, with every header association.
 */
import { readFile } from 'node:fs/promises';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { renderLight } from '@lit-labs/ssr-client/directives/render-light.js';
// Named apart from `html`: a tag chosen at run time is what lit/static-html is for.
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { setLocale } from '../localization.js';
import '../components/disclosure-annual-report/define.js';
import '../components/disclosure-applications-table/define.js';
import '../components/proactive-disclosure-table/define.js';
import '../components/review-litigation-table/define.js';
import type { Output } from './check-command.js';
import { LightDomRenderer } from './light-dom-renderer.js';
import { readReportFile } from './report-files.js';

const TAG_OF_TABLE = {
  applications: 'disclosure-applications-table',
  proactive: 'proactive-disclosure-table',
  'review-litigation': 'review-litigation-table',
  report: 'disclosure-annual-report',
} as const;

export interface RenderOptions {
  readonly path: string;
  readonly table: keyof typeof TAG_OF_TABLE;
  readonly lang: 'zh-CN' | 'en';
  readonly lightDom: boolean;
  /** A module script to load the elements from, so that a page with JavaScript upgrades them. */
  readonly script?: string;
}

export async function renderCommand(
  options: RenderOptions,
  stdout: Output,
  stderr: Output,
): Promise<number> {
  const file = await readReportFile(options.path);
  if (file.status === 'unreadable') {
    stderr.write(`disclosure-tables: cannot read ${options.path}: ${file.reason}\n`);
    return 2;
  }
  let text: string;
  try {
    text = await readFile(options.path, 'utf8');
  } catch (error) {
    stderr.write(`disclosure-tables: cannot read ${options.path}: ${String(error)}\n`);
    return 2;
  }
  if (options.lang !== 'zh-CN') await setLocale(options.lang);
  const tag = unsafeStatic(TAG_OF_TABLE[options.table]);
  // The JSON text, parsed by the element exactly as in a page, with the same checks and
  // messages: a malformed file renders the element's own error. With `--script` it travels as
  // the `data` attribute, for the upgrade in the browser.
  const element = options.script
    ? staticHtml`<${tag} lang=${options.lang} ?light-dom=${options.lightDom} data=${text}>${renderLight()}</${tag}>`
    : staticHtml`<${tag} lang=${options.lang} ?light-dom=${options.lightDom} .data=${text}>${renderLight()}</${tag}>`;
  const rendered = await collectResult(render(element, { elementRenderers: [LightDomRenderer] }));
  stdout.write(rendered);
  if (options.script) {
    stdout.write(`\n<script type="module" src="${escapeAttribute(options.script)}"></script>\n`);
  }
  stdout.write('\n');
  return file.status === 'malformed' ? 1 : 0;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
