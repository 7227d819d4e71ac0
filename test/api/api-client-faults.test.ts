import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { server } from '../msw-server';
import { ApiError, getJson } from '@/api/api-client';
import { waitLimitMs } from '../wait-limits';

const schema = z.object({ ok: z.boolean() });

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

/**
 * A body sent a chunk at a time, each when the client asks for more; with `endless`, it never ends. Sent on
 * demand rather than on a timer, so nothing keeps running once the client stops reading.
 */
function trickle(chunks: string[], everyMs: number, { endless = false } = {}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let index = 0;
  return new ReadableStream({
    async pull(controller) {
      await new Promise((resolve) => setTimeout(resolve, everyMs));
      if (index < chunks.length) controller.enqueue(encoder.encode(chunks[index++]));
      else if (endless) controller.enqueue(encoder.encode(' '));
      else controller.close();
    },
  });
}

describe('getJson under faults', () => {
  it('reads a good body and parses it', async () => {
    server.use(http.get('*/api/v1/probe.json', () => HttpResponse.json({ ok: true })));
    await expect(getJson('/probe.json', schema)).resolves.toEqual({ ok: true });
  });

  it('calls an empty 200 body "empty", not "not JSON"', async () => {
    server.use(http.get('*/api/v1/probe.json', () => new HttpResponse('', { status: 200 })));
    expect((await failure(getJson('/probe.json', schema))).kind).toBe('empty');
  });

  it('refuses a body that announces more than the cap, before reading it', async () => {
    server.use(
      http.get('*/api/v1/probe.json', () => new HttpResponse('{"ok":true}', { headers: { 'Content-Length': String(10 * 1024 * 1024) } })),
    );
    expect((await failure(getJson('/probe.json', schema, { maxBodyBytes: 1024 }))).kind).toBe('tooLarge');
  });

  it('stops reading a 10 MB body without Content-Length once it passes the cap', async () => {
    const tenMegabytes = `{"ok":true,"pad":"${'x'.repeat(10 * 1024 * 1024)}"}`;
    const encoder = new TextEncoder();
    let chunksPulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const start = chunksPulled * 64 * 1024;
        if (start >= tenMegabytes.length) return controller.close();
        chunksPulled += 1;
        controller.enqueue(encoder.encode(tenMegabytes.slice(start, start + 64 * 1024)));
      },
    });
    server.use(http.get('*/api/v1/probe.json', () => new HttpResponse(body)));
    const error = await failure(getJson('/probe.json', schema));
    expect(error.kind).toBe('tooLarge');
    expect(chunksPulled * 64 * 1024).toBeLessThan(4 * 1024 * 1024);
  });

  it('times out a body that trickles in slower than the time limit', async () => {
    // Bytes keep arriving but the body never ends: only the time limit on the whole body can stop it.
    server.use(http.get('*/api/v1/probe.json', () => new HttpResponse(trickle(['{"ok"', ':'], 10, { endless: true }))));
    expect((await failure(getJson('/probe.json', schema, { timeoutMs: 150 }))).kind).toBe('timeout');
  });

  it('reads a slow body that still arrives within the time limit', async () => {
    server.use(
      http.get('*/api/v1/probe.json', () => new HttpResponse(trickle(['{"ok"', ':', 'true}'], 10), { headers: { 'Content-Type': 'application/json' } })),
    );
    await expect(getJson('/probe.json', schema, { timeoutMs: waitLimitMs })).resolves.toEqual({ ok: true });
  });

  it('reads Retry-After from a 503 as seconds', async () => {
    server.use(http.get('*/api/v1/probe.json', () => new HttpResponse(null, { status: 503, headers: { 'Retry-After': '7' } })));
    const error = await failure(getJson('/probe.json', schema));
    expect(error).toMatchObject({ kind: 'http', status: 503, retryAfterSeconds: 7 });
  });
});
