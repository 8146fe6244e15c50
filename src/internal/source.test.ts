import { expect } from '@open-wc/testing';
import { isJsonScriptType, readTextWithin } from './source.js';

const encoder = new TextEncoder();

/** A response streaming the given chunks, recording whether the reader cancelled it. */
function streamed(chunks: readonly Uint8Array[], headers: HeadersInit = {}) {
  const state = { cancelled: false, pulled: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled < chunks.length) controller.enqueue(chunks[state.pulled++]);
      else controller.close();
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { response: new Response(body, { headers }), state };
}

describe('readTextWithin', () => {
  it('reads a body up to the limit as UTF-8, across chunk boundaries, without the BOM', async () => {
    const bytes = encoder.encode('\ufeff{"agency": "湘潭县人民政府"}');
    const { response } = streamed([bytes.slice(0, 5), bytes.slice(5, 20), bytes.slice(20)]);
    expect(await readTextWithin(response, bytes.length)).to.equal('{"agency": "湘潭县人民政府"}');
  });

  it('stops reading and cancels the download as soon as the body passes the limit', async () => {
    const chunk = new Uint8Array(1000).fill(0x20);
    const { response, state } = streamed(Array.from({ length: 100 }, () => chunk));
    expect(await readTextWithin(response, 2500)).to.equal(undefined);
    expect(state.cancelled).to.equal(true);
    expect(state.pulled).to.be.below(10);
  });

  it('refuses a body whose Content-Length is over the limit without reading any of it', async () => {
    const { response, state } = streamed([encoder.encode('{}')], { 'content-length': '5000000' });
    expect(await readTextWithin(response, 1000)).to.equal(undefined);
    expect(state.cancelled).to.equal(true);
  });

  it('counts bytes, not characters: CJK text over the limit in bytes is refused', async () => {
    const text = '县'.repeat(400); // 1200 bytes, 400 characters
    expect(await readTextWithin(new Response(text), 1000)).to.equal(undefined);
    expect(await readTextWithin(new Response(text), 1200)).to.equal(text);
  });
});

describe('isJsonScriptType', () => {
  it('reads JSON data blocks however the MIME type is written', () => {
    for (const type of [
      'application/json',
      'application/JSON',
      'Application/Json',
      ' application/json ',
      'application/json; charset=utf-8',
    ]) {
      expect(isJsonScriptType(type), type).to.equal(true);
    }
  });

  it('leaves every other script alone', () => {
    for (const type of [
      null,
      '',
      'module',
      'text/javascript',
      'application/ld+json',
      'application/jsonp',
      'text/json',
    ]) {
      expect(isJsonScriptType(type), String(type)).to.equal(false);
    }
  });
});
