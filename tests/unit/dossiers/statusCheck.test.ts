import pino from 'pino';
import { WorkingCalendar } from '../../../src/domain/workingCalendar';
import { BuiltInDossierSystem } from '../../../src/dossiers/builtInDossierSystem';
import { InMemoryAttemptLimiter } from '../../../src/dossiers/inMemoryAttemptLimiter';
import { InMemoryDossierRepository } from '../../../src/dossiers/inMemoryDossierRepository';
import { DossierStatusChecker, phoneMatches } from '../../../src/dossiers/statusCheck';
import { STATUS_CHECK_POLICY } from '../../../src/dossiers/attemptLimiter';

async function setup() {
  let now = Date.parse('2026-03-02T03:00:00Z');
  const repository = new InMemoryDossierRepository({ agencyId: '000.00.21.H55', clock: () => new Date(now) });
  const system = new BuiltInDossierSystem({ repository, calendar: new WorkingCalendar([], { missingYear: 'weekends_only' }), logger: pino({ level: 'silent' }) });
  const limiter = new InMemoryAttemptLimiter(STATUS_CHECK_POLICY, () => now);
  const { code } = await system.submit({
    procedureCode: '1.001193',
    procedureName: 'Thủ tục đăng ký khai sinh',
    applicant: { fullName: 'Nguyễn Văn An', dateOfBirth: '1995-07-14', cccd: '019095001234', phone: '0912345678', commune: 'Xã Định Hóa' },
    submissionMethod: 'in_person',
    checklistAnswers: {},
    owner: { channelId: 'zalo', userId: 'u-9' },
    consent: { version: '2026-11', at: '2026-03-02T03:00:00.000Z' },
    processingTime: null,
  });
  return { checker: new DossierStatusChecker(system, limiter), code, advance: (ms: number) => (now += ms) };
}

describe('DossierStatusChecker', () => {
  it('shows the status to whoever knows code and phone, in any spelling', async () => {
    const { checker, code } = await setup();
    const result = await checker.check(code.toLowerCase().replace(/-/g, ' - '), '+84 912 345 678');
    expect(result).toMatchObject({ kind: 'found', report: { code, status: 'received' } });
  });

  it('counts wrong phones, locks the code on the fifth and unlocks after fifteen minutes', async () => {
    const { checker, code, advance } = await setup();
    for (let left = 4; left >= 1; left -= 1) {
      expect(await checker.check(code, '0987654321')).toEqual({ kind: 'wrong_phone', attemptsLeft: left });
    }
    expect(await checker.check(code, 'not a phone')).toEqual({ kind: 'locked', retryAfterMs: 15 * 60_000 });
    expect(await checker.check(code, '0912345678')).toMatchObject({ kind: 'locked' });
    advance(15 * 60_000);
    expect(await checker.check(code, '0912345678')).toMatchObject({ kind: 'found' });
  });

  it('a right answer clears earlier failures', async () => {
    const { checker, code } = await setup();
    for (let i = 0; i < 4; i += 1) await checker.check(code, '0987654321');
    await checker.check(code, '0912345678');
    expect(await checker.check(code, '0987654321')).toEqual({ kind: 'wrong_phone', attemptsLeft: 4 });
  });

  it('tells an unreadable code from an unknown one', async () => {
    const { checker } = await setup();
    expect(await checker.check('HS-123', '0912345678')).toEqual({ kind: 'invalid_code' });
    expect(await checker.check('000.00.21.H55-260302-0042', '0912345678')).toEqual({ kind: 'not_found' });
  });

  it('locks an unknown code after five tries too, so a lock does not tell that a code exists', async () => {
    const { checker } = await setup();
    const unknown = '000.00.21.H55-260302-0042';
    for (let i = 0; i < 4; i += 1) expect(await checker.check(unknown, '1234')).toEqual({ kind: 'not_found' });
    expect(await checker.check(unknown, '1234')).toMatchObject({ kind: 'locked' });
  });
});

describe('phoneMatches', () => {
  test.each([
    ['5678', true],
    ['0912345678', true],
    ['+84 912 345 678', true],
    ['0912.345.678', true],
    ['1234', false],
    ['678', false],
    ['0912345679', false],
    ['', false],
  ])('%s against 0912345678 → %s', (given, ok) => {
    expect(phoneMatches(given, '0912345678')).toBe(ok);
  });
});
