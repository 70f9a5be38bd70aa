import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { createCatalogue, type Catalogue } from '../../src/catalogue';
import { createProceduresRouter } from '../../src/http/proceduresRoutes';
import { openApiDocument } from '../../src/http/openapi';
import { agenciesFromRepo, procedure } from '../unit/catalogue/factories';

describe('procedures API over HTTP', () => {
  let server: Server;
  let base: string;
  let catalogue: Catalogue = createCatalogue(
    [
      procedure('1.001193', { name: 'Thủ tục đăng ký khai sinh' }),
      procedure('1.004884', { name: 'Thủ tục đăng ký lại khai sinh' }),
      procedure('1.004194', { name: 'Đăng ký thường trú', domain: 'Đăng ký, quản lý cư trú', levels: ['commune', 'province'] }),
    ],
    [{ code: '1.001193', shortName: 'Khai sinh', aliases: ['làm giấy khai sinh'], lifeEvents: [], exampleQuestions: [], sources: [] }],
    [],
    agenciesFromRepo(),
  );

  beforeAll(async () => {
    const app = express();
    app.use(createProceduresRouter(() => catalogue));
    await new Promise<void>((resolve) => {
      server = app.listen(0, '127.0.0.1', () => resolve());
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
  });

  async function get(pathAndQuery: string): Promise<{ status: number; body: Record<string, unknown> }> {
    const res = await fetch(`${base}${pathAndQuery}`);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  it('lists procedures paged, with a search query without diacritics', async () => {
    const { status, body } = await get('/api/procedures?q=khai%20sinh&pageSize=1');
    expect(status).toBe(200);
    expect(body).toMatchObject({ total: 2, page: 1, pageSize: 1, version: catalogue.version });
    expect((body.items as Array<{ code: string }>).map((p) => p.code)).toEqual(['1.001193']);
  });

  it('filters by domain and level', async () => {
    const { body } = await get(`/api/procedures?domain=${encodeURIComponent('Đăng ký, quản lý cư trú')}&level=province`);
    expect((body.items as Array<{ code: string }>).map((p) => p.code)).toEqual(['1.004194']);
  });

  it('returns one procedure with merged curation fields', async () => {
    const { status, body } = await get('/api/procedures/1.001193');
    expect(status).toBe(200);
    expect(body).toMatchObject({ code: '1.001193', shortName: 'Khai sinh', curated: true, aliases: ['làm giấy khai sinh'] });
  });

  it('answers 404 JSON for an unknown code', async () => {
    const { status, body } = await get('/api/procedures/9.999999');
    expect(status).toBe(404);
    expect(body.error).toEqual(expect.stringContaining('9.999999'));
  });

  it.each([
    '/api/procedures?level=district',
    '/api/procedures?page=0',
    '/api/procedures?pageSize=101',
    '/api/procedures?page=abc',
    '/api/procedures?q=a&q=b',
    '/api/procedures?unknown=1',
    '/api/procedures/%3Cscript%3E',
  ])('answers 400 JSON for bad parameters: %s', async (url) => {
    const { status, body } = await get(url);
    expect(status).toBe(400);
    expect(body.error).toEqual(expect.any(String));
  });

  it('serves a reloaded catalogue without re-mounting', async () => {
    const before = catalogue;
    catalogue = createCatalogue([procedure('2.000001')], [], [], agenciesFromRepo());
    const { body } = await get('/api/procedures');
    expect(body.total).toBe(1);
    catalogue = before;
  });

  it('documents its paths in the OpenAPI document and keeps others added', () => {
    const doc = openApiDocument({ '/healthz': { get: { responses: { '200': { description: 'ok' } } } } });
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/procedures', '/api/procedures/{code}', '/healthz']));
  });
});
