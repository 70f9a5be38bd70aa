import path from 'node:path';
import pino from 'pino';
import { vietnamInstant } from '../../../src/domain/vietnamTime';
import { WorkingCalendar } from '../../../src/domain/workingCalendar';
import { BuiltInDossierSystem } from '../../../src/dossiers/builtInDossierSystem';
import type { DossierStatusChange, DossierSubmission } from '../../../src/dossiers/dossierSystem';
import { InvalidTransitionError } from '../../../src/dossiers/errors';
import { loadWorkingCalendar } from '../../../src/dossiers/holidayFiles';
import { InMemoryDossierRepository } from '../../../src/dossiers/inMemoryDossierRepository';

const calendar = loadWorkingCalendar(path.resolve(__dirname, '../../../data/holidays'));
const officer = { kind: 'officer', id: 'officer-1' } as const;

function submission(overrides: Partial<DossierSubmission> = {}): DossierSubmission {
  return {
    procedureCode: '1.001193',
    procedureName: 'Thủ tục đăng ký khai sinh',
    applicant: { fullName: 'Nguyễn Văn An', dateOfBirth: '1995-07-14', cccd: '019095001234', phone: '+84 912 345 678', commune: 'Xã Định Hóa' },
    submissionMethod: 'online',
    checklistAnswers: { 'to-khai': true },
    owner: { channelId: 'directline', userId: 'user-1' },
    consent: { version: '2026-11', at: '2026-11-27T02:00:00.000Z' },
    processingTime: { unit: 'working_days', value: 3 },
    ...overrides,
  };
}

function setup(now: Date, cal: WorkingCalendar = calendar) {
  const lines: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => lines.push(line) });
  const repository = new InMemoryDossierRepository({ agencyId: '000.00.21.H55', clock: () => now });
  const system = new BuiltInDossierSystem({ repository, calendar: cal, logger, clock: () => now });
  return { system, repository, lines };
}

describe('BuiltInDossierSystem', () => {
  it('submits with a code of the Vietnamese day and a due date in working days', async () => {
    // 18:00 UTC on Thursday 12/02/2026 is 01:00 on Friday 13/02 in Hà Nội.
    const { system, repository } = setup(new Date('2026-02-12T18:00:00Z'));
    const receipt = await system.submit(submission());
    expect(receipt).toEqual({ code: '000.00.21.H55-260213-0001', status: 'received', receivedAt: '2026-02-12T18:00:00.000Z', expectedDate: '2026-02-25' });
    expect((await repository.get(receipt.code))?.applicant.phone).toBe('0912345678');
  });

  it('promises no date when the processing time is unknown or the year has no holiday data', async () => {
    const { system } = setup(vietnamInstant('2026-03-02', 600));
    expect((await system.submit(submission({ processingTime: null }))).expectedDate).toBeNull();
    const { system: noData, lines } = setup(vietnamInstant('2026-03-02', 600), new WorkingCalendar([]));
    expect((await noData.submit(submission())).expectedDate).toBeNull();
    expect(lines.join('')).toContain('no holiday data');
  });

  it('reports status with the rejection reason and the last note', async () => {
    const { system } = setup(vietnamInstant('2026-03-02', 600));
    const { code } = await system.submit(submission());
    await system.transition(code, 'processing', { actor: officer, note: 'Đã chuyển cán bộ tư pháp' });
    expect(await system.getStatus(code.toLowerCase())).toMatchObject({ status: 'processing', lastNote: 'Đã chuyển cán bộ tư pháp', applicantPhone: '0912345678' });
    await system.transition(code, 'rejected', { actor: officer, reason: 'Thiếu tờ khai' });
    expect(await system.getStatus(code)).toMatchObject({ status: 'rejected', rejectionReason: 'Thiếu tờ khai' });
    expect(await system.getStatus('000.00.21.H55-260302-0099')).toBeNull();
  });

  it('awaits every listener, logs a failing one and keeps the change', async () => {
    const { system, repository, lines } = setup(vietnamInstant('2026-03-02', 600));
    const { code } = await system.submit(submission());
    const seen: DossierStatusChange[] = [];
    system.onStatusChange(async (change) => {
      await new Promise((r) => setTimeout(r, 5));
      seen.push(change);
    });
    system.onStatusChange(() => {
      throw new Error('zalo down');
    });
    await system.transition(code, 'processing', { actor: officer });
    expect(seen).toEqual([{ code, from: 'received', to: 'processing', at: expect.any(String), actor: officer }]);
    expect(lines.join('')).toContain('zalo down');
    expect((await repository.get(code))?.status).toBe('processing');
  });

  it('stops calling a listener once it is removed and tells no one about refused changes', async () => {
    const { system } = setup(vietnamInstant('2026-03-02', 600));
    const { code } = await system.submit(submission());
    const listener = jest.fn();
    const off = system.onStatusChange(listener);
    await expect(system.transition(code, 'returned', { actor: officer })).rejects.toBeInstanceOf(InvalidTransitionError);
    off();
    await system.transition(code, 'processing', { actor: officer });
    expect(listener).not.toHaveBeenCalled();
  });
});
