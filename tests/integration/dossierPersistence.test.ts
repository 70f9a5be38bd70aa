import { createClient } from 'redis';
import type { DossierDraft } from '../../src/dossiers/dossier';
import { checkRedisPersistence } from '../../src/dossiers/redisPersistence';
import { RedisDossierRepository } from '../../src/dossiers/redisDossierRepository';
import { startPrivateRedis, type PrivateRedis } from '../support/redisServer';
import { connectTestRedis } from '../support/testRedis';

const AGENCY = '000.00.21.H55';
const keyPrefix = 'onestop-test:';

function draft(n: number): DossierDraft {
  return {
    procedureCode: '1.001193',
    procedureName: 'Thủ tục đăng ký khai sinh',
    applicant: { fullName: `Người nộp ${n}`, dateOfBirth: '1990-01-02', cccd: '019090001234', phone: '0912345678', commune: 'Xã Định Hóa' },
    submissionMethod: 'online',
    checklistAnswers: { 'to-khai': true },
    expectedDate: '2026-12-03',
    owner: { channelId: 'zalo', userId: `u${n}` },
    consent: { version: '2026-11', at: '2026-11-28T01:00:00.000Z' },
  };
}

const opened: Array<{ readonly isOpen: boolean; destroy(): void }> = [];

async function connect(url: string) {
  const client = createClient({ url });
  client.on('error', () => undefined);
  await client.connect();
  opened.push(client);
  return client;
}

describe('dossiers survive a Redis restart with appendonly', () => {
  let server: PrivateRedis;

  beforeAll(async () => {
    server = await startPrivateRedis({ appendOnly: true });
  });

  afterAll(async () => {
    for (const client of opened) if (client.isOpen) client.destroy();
    await server.dispose();
  });

  it('finds every dossier, its history and the daily counter after stop and start', async () => {
    const before = await connect(server.url);
    const repository = new RedisDossierRepository({ client: before, keyPrefix, agencyId: AGENCY });
    const created = [];
    for (let i = 0; i < 20; i += 1) created.push(await repository.create(draft(i)));
    await repository.transition(created[3]!.code, 'processing', { actor: { kind: 'officer', id: 'o1' } });
    await repository.recordNotification(created[3]!.code, { channel: 'zalo', ok: true, at: '2026-11-28T03:00:00.000Z' });
    const expected = await Promise.all(created.map((d) => repository.get(d.code)));
    expect(await checkRedisPersistence(before)).toEqual({ appendonly: true });
    before.destroy();

    await server.stop();
    await server.start();

    const after = await connect(server.url);
    const reopened = new RedisDossierRepository({ client: after, keyPrefix, agencyId: AGENCY });
    expect(await Promise.all(created.map((d) => reopened.get(d.code)))).toEqual(expected);
    expect((await reopened.list({ page: 1, pageSize: 100 })).total).toBe(20);
    expect(await reopened.listByPhone('0912345678')).toHaveLength(20);
    const next = await reopened.create(draft(99));
    expect(next.code.endsWith('-0021')).toBe(true);
  });
});

describe('checkRedisPersistence', () => {
  it('warns when appendonly is off (the shared test server runs without it)', async () => {
    const client = await connectTestRedis();
    try {
      const result = await checkRedisPersistence(client);
      const actual = (await client.configGet('appendonly')).appendonly;
      expect(result.appendonly).toBe(actual === 'yes');
      if (!result.appendonly) expect(result.warning).toMatch(/appendonly/);
    } finally {
      await client.quit();
    }
  });

  it('tolerates CONFIG being disabled', async () => {
    const disabled = { configGet: async () => Promise.reject(new Error("ERR unknown command 'CONFIG'")) };
    const result = await checkRedisPersistence(disabled as unknown as Parameters<typeof checkRedisPersistence>[0]);
    expect(result.appendonly).toBe(false);
    expect(result.warning).toContain('unknown command');
  });
});
