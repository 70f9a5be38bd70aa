import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createNluRouter } from '../../src/http/nluRoutes';
import { RecognizerHolder } from '../../src/nlu';
import { PROCEDURES, smallRecognizer } from '../unit/nlu/fixtures';

describe('POST /api/nlu/parse', () => {
  const holder = new RecognizerHolder(smallRecognizer(PROCEDURES.filter((p) => p.code !== '1.000894')));
  let server: http.Server;
  let base: string;

  beforeAll(async () => {
    const app = express();
    app.use(createNluRouter(() => holder.current()));
    server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const post = (body: string, contentType = 'application/json'): Promise<Response> =>
    fetch(`${base}/api/nlu/parse`, { method: 'POST', headers: { 'content-type': contentType }, body });

  it('returns the recognizer result as JSON', async () => {
    const res = await post(JSON.stringify({ text: 'lam giay ks cho be can j a' }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { intent: string; procedure: { code: string } | null; normalized: string; entities: object };
    expect(body.intent).toBe('ask_documents');
    expect(body.procedure?.code).toBe('1.001193');
    expect(body.normalized).toContain('khai sinh');
    expect(body.entities).toEqual({});
  });

  it.each([
    ['missing text', JSON.stringify({})],
    ['non-string text', JSON.stringify({ text: 42 })],
    ['array body', JSON.stringify(['x'])],
    ['invalid JSON', '{"text": '],
  ])('answers 400 JSON on %s', async (_name, body) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/json');
    const json = (await res.json()) as { error: { code: string; message: string } };
    expect(json.error.message).toMatch(/text/);
  });

  it('answers bad input with a result, not an error', async () => {
    const res = await post(JSON.stringify({ text: '<script>alert(1)</script>😀' }));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { intent: string }).intent).toBe('out_of_scope');
  });

  it('serves the recognizer swapped in by the holder on the next request', async () => {
    const ask = async (): Promise<string | undefined> =>
      ((await (await post(JSON.stringify({ text: 'đăng ký kết hôn' }))).json()) as { procedure: { code: string } | null }).procedure?.code;
    expect(await ask()).not.toBe('1.000894');
    holder.swap(smallRecognizer(PROCEDURES));
    expect(await ask()).toBe('1.000894');
  });
});
