import pino from 'pino';
import type { DossierDraft } from '../../../src/dossiers/dossier';
import { InMemoryDossierRepository } from '../../../src/dossiers/inMemoryDossierRepository';
import { erasePersonalDataPastRetention } from '../../../src/dossiers/retention';

const logger = pino({ level: 'silent' });
const officer = { kind: 'officer', id: 'o1' } as const;

function draft(n: number): DossierDraft {
  return {
    procedureCode: '1.001193',
    procedureName: 'Đăng ký khai sinh',
    applicant: { fullName: `Người ${n}`, dateOfBirth: '1990-01-02', cccd: '019090001234', phone: '0912345678', commune: 'xã Định Hóa' },
    submissionMethod: 'in_person',
    checklistAnswers: {},
    expectedDate: null,
    owner: { channelId: 'webchat', userId: `u${n}` },
    consent: { version: '2026-11', at: '2025-01-01T00:00:00.000Z' },
  };
}

test('only dossiers that ended more than the retention period ago lose their personal data', async () => {
  let now = new Date('2025-01-10T02:00:00Z');
  const repository = new InMemoryDossierRepository({ agencyId: '000.00.21.H55', clock: () => now });
  const oldReturned = await repository.create(draft(1));
  const oldOpen = await repository.create(draft(2));
  const recentlyEnded = await repository.create(draft(3));
  await repository.transition(oldReturned.code, 'processing', { actor: officer });
  await repository.transition(oldReturned.code, 'result_ready', { actor: officer });
  await repository.transition(oldReturned.code, 'returned', { actor: officer });
  await repository.transition(oldOpen.code, 'processing', { actor: officer });
  now = new Date('2026-06-01T02:00:00Z');
  await repository.transition(recentlyEnded.code, 'cancelled', { actor: { kind: 'citizen', id: 'webchat:u3' } });

  now = new Date('2026-07-01T02:00:00Z');
  const erased = await erasePersonalDataPastRetention(repository, { retentionDays: 365, now, logger });
  expect(erased).toEqual([oldReturned.code]);
  expect((await repository.get(oldReturned.code))?.applicant.cccd).toBe('');
  expect((await repository.get(oldOpen.code))?.applicant.cccd).toBe('019090001234');
  expect((await repository.get(recentlyEnded.code))?.applicant.cccd).toBe('019090001234');
  expect(await erasePersonalDataPastRetention(repository, { retentionDays: 365, now, logger })).toEqual([]);
});
