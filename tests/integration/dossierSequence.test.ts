import type { DossierDraft } from '../../src/dossiers/dossier';
import { RedisDossierRepository } from '../../src/dossiers/redisDossierRepository';
import { RedisDossierSequence } from '../../src/dossiers/redisDossierSequence';
import { connectTestRedis, deletePrefix, uniquePrefix, type TestRedisClient } from '../support/testRedis';

const AGENCY = '000.00.21.H55';
const INSTANCES = 4;
const DOSSIERS = 200;

const draft: DossierDraft = {
  procedureCode: '1.001193',
  procedureName: 'Thủ tục đăng ký khai sinh',
  applicant: { fullName: 'Nguyễn Thị Bình', dateOfBirth: '1992-03-04', cccd: '019192001234', phone: '0912345678', commune: 'Xã Định Hóa' },
  submissionMethod: 'online',
  checklistAnswers: {},
  expectedDate: null,
  owner: { channelId: 'directline', userId: 'u' },
  consent: { version: '2026-11', at: '2026-11-28T01:00:00.000Z' },
  receivedAt: new Date('2026-11-28T03:00:00Z'),
};

describe('dossier codes across instances (Redis)', () => {
  const clients: TestRedisClient[] = [];
  const keyPrefix = uniquePrefix('dossier-seq');

  beforeAll(async () => {
    for (let i = 0; i < INSTANCES; i += 1) clients.push(await connectTestRedis());
  });

  afterAll(async () => {
    if (clients[0]) await deletePrefix(clients[0], keyPrefix);
    await Promise.all(clients.map((c) => c.quit()));
  });

  it(`gives ${DOSSIERS} dossiers created in parallel on ${INSTANCES} connections ${DOSSIERS} distinct consecutive codes`, async () => {
    const repositories = clients.map((client) => new RedisDossierRepository({ client, keyPrefix, agencyId: AGENCY }));
    const created = await Promise.all(
      Array.from({ length: DOSSIERS }, (_, i) => repositories[i % INSTANCES]!.create({ ...draft, owner: { channelId: 'directline', userId: `u${i}` } })),
    );
    const codes = created.map((d) => d.code).sort();
    const expected = Array.from({ length: DOSSIERS }, (_, i) => `${AGENCY}-261128-${String(i + 1).padStart(4, '0')}`);
    expect(codes).toEqual(expected);
    const page = await repositories[0]!.list({ page: 1, pageSize: 100 });
    expect(page.total).toBe(DOSSIERS);
  });

  it('sets an expiry on each daily counter and keeps agencies apart', async () => {
    const sequence = new RedisDossierSequence(clients[0]!, keyPrefix);
    expect(await sequence.next('000.00.99.H55', '2026-11-29')).toBe(1);
    expect(await sequence.next('000.00.99.h55', '2026-11-29')).toBe(2);
    expect(await sequence.next('000.00.98.H55', '2026-11-29')).toBe(1);
    const ttl = await clients[0]!.ttl(`${keyPrefix}dossier-seq:000.00.99.H55:2026-11-29`);
    expect(ttl).toBeGreaterThan(24 * 3600);
    expect(ttl).toBeLessThanOrEqual(3 * 24 * 3600);
  });

  it('skips a code that already exists when the counter was lost', async () => {
    const repository = new RedisDossierRepository({ client: clients[0]!, keyPrefix, agencyId: '000.00.77.H55' });
    const first = await repository.create(draft);
    await clients[0]!.del(`${keyPrefix}dossier-seq:000.00.77.H55:2026-11-28`);
    const second = await repository.create(draft);
    expect(first.code).toBe('000.00.77.H55-261128-0001');
    expect(second.code).toBe('000.00.77.H55-261128-0002');
    expect((await repository.get(first.code))?.history).toHaveLength(1);
  });
});
