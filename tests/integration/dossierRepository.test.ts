import type { DossierDraft } from '../../src/dossiers/dossier';
import type { DossierRepository } from '../../src/dossiers/dossierRepository';
import { DossierNotFoundError, InvalidTransitionError } from '../../src/dossiers/errors';
import { InMemoryDossierRepository } from '../../src/dossiers/inMemoryDossierRepository';
import { RedisDossierRepository } from '../../src/dossiers/redisDossierRepository';
import { connectTestRedis, deletePrefix, uniquePrefix, type TestRedisClient } from '../support/testRedis';

const AGENCY = '000.00.21.H55';
const officer = { kind: 'officer', id: 'officer-1', name: 'Cán bộ một cửa' } as const;

interface Harness {
  repository: DossierRepository;
  setNow(iso: string): void;
}

type HarnessFactory = () => Promise<Harness>;

function draft(n: number, overrides: Partial<DossierDraft> = {}): DossierDraft {
  return {
    procedureCode: n % 2 === 0 ? '1.001193' : '2.000986',
    procedureName: n % 2 === 0 ? 'Thủ tục đăng ký khai sinh' : 'Thủ tục chứng thực bản sao từ bản chính',
    applicant: { fullName: `Người nộp ${n}`, dateOfBirth: '1990-01-02', cccd: '019090001234', phone: `09123456${String(n % 100).padStart(2, '0')}`, commune: 'Xã Định Hóa' },
    submissionMethod: 'online',
    checklistAnswers: { 'to-khai': true, 'ghi-chu': 'bản sao' },
    expectedDate: '2026-12-03',
    owner: { channelId: 'directline', userId: `user-${n % 3}`, conversationRef: { conversation: { id: `conv-${n}` }, serviceUrl: 'http://127.0.0.1/' } },
    consent: { version: '2026-11', at: '2026-11-28T01:00:00.000Z' },
    ...overrides,
  };
}

const clients: TestRedisClient[] = [];
const prefixes: string[] = [];

afterAll(async () => {
  for (const [i, client] of clients.entries()) {
    await deletePrefix(client, prefixes[i] ?? 'never:');
    await client.quit();
  }
});

const implementations: Array<[string, HarnessFactory]> = [
  [
    'in-memory',
    async () => {
      let now = new Date('2026-11-28T02:00:00Z');
      return { repository: new InMemoryDossierRepository({ agencyId: AGENCY, clock: () => now }), setNow: (iso) => (now = new Date(iso)) };
    },
  ],
  [
    'redis',
    async () => {
      const client = await connectTestRedis();
      const keyPrefix = uniquePrefix('dossiers');
      clients.push(client);
      prefixes.push(keyPrefix);
      let now = new Date('2026-11-28T02:00:00Z');
      return { repository: new RedisDossierRepository({ client, keyPrefix, agencyId: AGENCY, clock: () => now }), setNow: (iso) => (now = new Date(iso)) };
    },
  ],
];

describe.each(implementations)('DossierRepository contract: %s', (_name, makeHarness) => {
  let repository: DossierRepository;
  let setNow: (iso: string) => void;

  beforeEach(async () => {
    ({ repository, setNow } = await makeHarness());
  });

  it('creates a dossier with the next code of the day and a receipt entry, and reads it back whole', async () => {
    const first = await repository.create(draft(1));
    const second = await repository.create(draft(2));
    expect(first.code).toBe('000.00.21.H55-261128-0001');
    expect(second.code).toBe('000.00.21.H55-261128-0002');
    expect(first).toMatchObject({ status: 'received', createdAt: '2026-11-28T02:00:00.000Z', notifications: [] });
    expect(first.history).toEqual([{ at: '2026-11-28T02:00:00.000Z', actor: { kind: 'citizen', id: 'directline:user-1' }, from: null, to: 'received' }]);
    expect(await repository.get(first.code)).toEqual(first);
    expect(await repository.get('000.00.21.h55 - 261128 - 0001')).toEqual(first);
    expect(await repository.get('000.00.21.H55-261128-0003')).toBeNull();
    expect(await repository.get('not a code')).toBeNull();
  });

  it('dates codes in Vietnamese time and restarts the sequence each day', async () => {
    setNow('2026-11-28T16:59:59Z');
    expect((await repository.create(draft(1))).code).toBe('000.00.21.H55-261128-0001');
    setNow('2026-11-28T17:00:00Z');
    expect((await repository.create(draft(2))).code).toBe('000.00.21.H55-261129-0001');
    expect((await repository.create(draft(3, { receivedAt: new Date('2026-12-01T01:00:00Z') }))).code).toBe('000.00.21.H55-261201-0001');
  });

  it('keeps what callers send, including an opaque conversation reference and null due date', async () => {
    const created = await repository.create(draft(4, { expectedDate: null, submittedBy: officer, submissionMethod: 'in_person' }));
    const read = await repository.get(created.code);
    expect(read?.owner.conversationRef).toEqual({ conversation: { id: 'conv-4' }, serviceUrl: 'http://127.0.0.1/' });
    expect(read?.expectedDate).toBeNull();
    expect(read?.history[0]?.actor).toEqual(officer);
    expect(read?.checklistAnswers).toEqual({ 'to-khai': true, 'ghi-chu': 'bản sao' });
  });

  it('lists by phone (any spelling) and by owner, newest first', async () => {
    const a = await repository.create(draft(1, { applicant: { ...draft(1).applicant, phone: '0912345601' } }));
    setNow('2026-11-28T03:00:00Z');
    const b = await repository.create(draft(4, { applicant: { ...draft(4).applicant, phone: '+84 912 345 601' } }));
    await repository.create(draft(2));
    expect((await repository.listByPhone('+84912345601')).map((d) => d.code)).toEqual([b.code, a.code]);
    expect((await repository.listByPhone('0999999999'))).toEqual([]);
    expect((await repository.listByOwner({ channelId: 'directline', userId: 'user-1' })).map((d) => d.code)).toEqual([b.code, a.code]);
    expect(await repository.listByOwner({ channelId: 'zalo', userId: 'user-1' })).toEqual([]);
  });

  it('moves through the status flow, recording each change', async () => {
    const { code } = await repository.create(draft(1));
    setNow('2026-11-28T03:00:00Z');
    await repository.transition(code, 'processing', { actor: officer });
    await repository.transition(code, 'awaiting_supplement', { actor: officer, note: 'Bổ sung bản sao CCCD' });
    await repository.transition(code, 'processing', { actor: officer });
    await repository.transition(code, 'result_ready', { actor: officer });
    const returned = await repository.transition(code, 'returned', { actor: officer, note: '  ' });
    expect(returned.status).toBe('returned');
    expect(returned.updatedAt).toBe('2026-11-28T03:00:00.000Z');
    const read = await repository.get(code);
    expect(read).toEqual(returned);
    expect(read?.history.map((h) => [h.from, h.to])).toEqual([
      [null, 'received'],
      ['received', 'processing'],
      ['processing', 'awaiting_supplement'],
      ['awaiting_supplement', 'processing'],
      ['processing', 'result_ready'],
      ['result_ready', 'returned'],
    ]);
    expect(read?.history[2]?.note).toBe('Bổ sung bản sao CCCD');
    expect(read?.history[5]).not.toHaveProperty('note');
  });

  it('refuses invalid transitions with the reason and leaves the dossier unchanged', async () => {
    const { code } = await repository.create(draft(1));
    await expect(repository.transition(code, 'returned', { actor: officer })).rejects.toMatchObject({ from: 'received', to: 'returned' });
    await expect(repository.transition(code, 'rejected', { actor: officer })).rejects.toBeInstanceOf(InvalidTransitionError);
    await expect(repository.transition(code, 'cancelled', { actor: officer })).rejects.toBeInstanceOf(InvalidTransitionError);
    const rejected = await repository.transition(code, 'rejected', { actor: officer, reason: 'Thiếu tờ khai' });
    expect(rejected.history[1]).toMatchObject({ reason: 'Thiếu tờ khai' });
    expect((await repository.get(code))?.history).toHaveLength(2);
    await expect(repository.transition('000.00.21.H55-261128-0099', 'processing', { actor: officer })).rejects.toBeInstanceOf(DossierNotFoundError);
  });

  it('lets exactly one of two concurrent conflicting changes win', async () => {
    const { code } = await repository.create(draft(1));
    const citizen = { kind: 'citizen', id: 'directline:user-1' } as const;
    const results = await Promise.allSettled([
      repository.transition(code, 'processing', { actor: officer }),
      repository.transition(code, 'cancelled', { actor: citizen }),
      repository.transition(code, 'processing', { actor: officer }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(InvalidTransitionError);
    expect((await repository.get(code))?.history).toHaveLength(2);
  });

  it('records notification attempts in order', async () => {
    const { code } = await repository.create(draft(1));
    await repository.recordNotification(code, { channel: 'zalo', ok: false, error: 'timeout', at: '2026-11-28T03:00:00.000Z' });
    await repository.recordNotification(code.toLowerCase(), { channel: 'directline', ok: true, at: '2026-11-28T03:00:01.000Z' });
    expect((await repository.get(code))?.notifications).toEqual([
      { channel: 'zalo', ok: false, error: 'timeout', at: '2026-11-28T03:00:00.000Z' },
      { channel: 'directline', ok: true, at: '2026-11-28T03:00:01.000Z' },
    ]);
    await expect(repository.recordNotification('000.00.21.H55-261128-0099', { channel: 'zalo', ok: true, at: '2026-11-28T03:00:00.000Z' })).rejects.toBeInstanceOf(DossierNotFoundError);
  });

  it('lists for officers with filters, time range and pages', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      setNow(`2026-11-28T0${i}:00:00Z`);
      codes.push((await repository.create(draft(i))).code);
    }
    await repository.transition(codes[0] ?? '', 'processing', { actor: officer });
    await repository.transition(codes[4] ?? '', 'processing', { actor: officer });

    const all = await repository.list({ page: 1, pageSize: 3 });
    expect(all.total).toBe(7);
    expect(all.items.map((d) => d.code)).toEqual([codes[6], codes[5], codes[4]]);
    expect((await repository.list({ page: 3, pageSize: 3 })).items.map((d) => d.code)).toEqual([codes[0]]);
    expect((await repository.list({ page: 4, pageSize: 3 })).items).toEqual([]);

    const processing = await repository.list({ status: 'processing', page: 1, pageSize: 10 });
    expect(processing.items.map((d) => d.code)).toEqual([codes[4], codes[0]]);
    expect((await repository.list({ status: 'received', page: 1, pageSize: 10 })).total).toBe(5);

    const births = await repository.list({ procedureCode: '1.001193', page: 1, pageSize: 2 });
    expect(births.total).toBe(4);
    expect(births.items.map((d) => d.code)).toEqual([codes[6], codes[4]]);

    const range = await repository.list({ from: new Date('2026-11-28T02:00:00Z'), to: new Date('2026-11-28T05:00:00Z'), page: 1, pageSize: 10 });
    expect(range.items.map((d) => d.code)).toEqual([codes[4], codes[3], codes[2]]);

    const combined = await repository.list({ status: 'processing', procedureCode: '1.001193', from: new Date('2026-11-28T01:00:00Z'), page: 1, pageSize: 10 });
    expect(combined.items.map((d) => d.code)).toEqual([codes[4]]);

    await expect(repository.list({ page: 0, pageSize: 10 })).rejects.toThrow(RangeError);
    await expect(repository.list({ page: 1, pageSize: 101 })).rejects.toThrow(RangeError);
  });

  it('hands out copies: changing a returned dossier does not change the stored one', async () => {
    const created = await repository.create(draft(1));
    (created.applicant as { fullName: string }).fullName = 'changed';
    (created.history as unknown[]).push('junk');
    const read = await repository.get(created.code);
    expect(read?.applicant.fullName).toBe('Người nộp 1');
    expect(read?.history).toHaveLength(1);
  });

  it('erases personal data for good: name, CCCD, phone, files, conversation reference; keeps the rest', async () => {
    const attachments = [{ kind: 'image' as const, url: 'https://zalo.example/a.jpg', contentType: 'image/jpeg', receivedAt: '2026-11-28T02:00:00.000Z' }];
    const created = await repository.create(draft(7, { attachments }));
    await repository.transition(created.code, 'processing', { actor: officer });
    setNow('2027-12-01T00:00:00Z');
    const erased = await repository.erasePersonalData(created.code);
    expect(erased.personalDataErasedAt).toBe('2027-12-01T00:00:00.000Z');
    const read = await repository.get(created.code);
    expect(read?.applicant).toEqual({ fullName: '', dateOfBirth: '', cccd: '', phone: '', commune: 'Xã Định Hóa' });
    expect(read?.attachments).toBeUndefined();
    expect(read?.owner).toEqual({ channelId: 'directline', userId: 'user-1' });
    expect(read?.history.map((h) => h.to)).toEqual(['received', 'processing']);
    expect(read?.procedureCode).toBe(created.procedureCode);
    expect(await repository.listByPhone(created.applicant.phone)).toEqual([]);
    setNow('2028-01-01T00:00:00Z');
    expect((await repository.erasePersonalData(created.code)).personalDataErasedAt).toBe('2027-12-01T00:00:00.000Z');
    await expect(repository.erasePersonalData('000.00.21.H55-261128-9999')).rejects.toBeInstanceOf(DossierNotFoundError);
  });
});
