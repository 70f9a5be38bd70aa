import type { Actor } from '../../../src/dossiers/dossier';
import { InvalidTransitionError } from '../../../src/dossiers/errors';
import {
  ALLOWED_TRANSITIONS,
  assertTransition,
  DOSSIER_STATUSES,
  isFinalStatus,
  STATUS_LABELS_VI,
  transitionRefusal,
  type DossierStatus,
} from '../../../src/dossiers/status';

const officer: Actor = { kind: 'officer', id: 'officer-1' };
const citizen: Actor = { kind: 'citizen', id: 'directline:user-1' };

const ALLOWED: ReadonlyArray<readonly [DossierStatus, DossierStatus, Actor]> = [
  ['received', 'processing', officer],
  ['received', 'cancelled', citizen],
  ['processing', 'awaiting_supplement', officer],
  ['awaiting_supplement', 'processing', officer],
  ['processing', 'result_ready', officer],
  ['result_ready', 'returned', officer],
];

describe('dossier status transitions', () => {
  it('labels every status in Vietnamese (NFC)', () => {
    for (const status of DOSSIER_STATUSES) {
      expect(STATUS_LABELS_VI[status]).toBeTruthy();
      expect(STATUS_LABELS_VI[status]).toBe(STATUS_LABELS_VI[status].normalize('NFC'));
    }
  });

  it.each(ALLOWED)('allows %s → %s', (from, to, actor) => {
    expect(transitionRefusal(from, to, { actor })).toBeNull();
  });

  it.each(['received', 'processing', 'awaiting_supplement'] as const)('allows rejecting from %s with a reason', (from) => {
    expect(transitionRefusal(from, 'rejected', { actor: officer, reason: 'Thiếu giấy tờ' })).toBeNull();
  });

  it('refuses every pair outside the table, naming both statuses', () => {
    const allowedPairs = new Set(DOSSIER_STATUSES.flatMap((from) => ALLOWED_TRANSITIONS[from].map((to) => `${from}>${to}`)));
    for (const from of DOSSIER_STATUSES) {
      for (const to of DOSSIER_STATUSES) {
        if (allowedPairs.has(`${from}>${to}`)) continue;
        let thrown: unknown;
        try {
          assertTransition(from, to, { actor: citizen, reason: 'x' });
        } catch (err) {
          thrown = err;
        }
        expect(thrown).toBeInstanceOf(InvalidTransitionError);
        expect(thrown).toMatchObject({ from, to });
        expect((thrown as InvalidTransitionError).reason).toMatch(/ạ\.$/);
      }
    }
  });

  it('requires a reason to reject', () => {
    expect(transitionRefusal('processing', 'rejected', { actor: officer })).toBe('Dạ, từ chối hồ sơ cần ghi rõ lý do ạ.');
    expect(transitionRefusal('processing', 'rejected', { actor: officer, reason: '   ' })).not.toBeNull();
  });

  it('lets only the citizen cancel, and only before processing', () => {
    expect(transitionRefusal('received', 'cancelled', { actor: officer })).toBe('Dạ, chỉ người nộp hồ sơ mới có thể hủy hồ sơ ạ.');
    expect(transitionRefusal('processing', 'cancelled', { actor: citizen })).toBe('Dạ, chỉ có thể hủy hồ sơ trước khi cơ quan bắt đầu xử lý ạ.');
  });

  it('treats returned, rejected and cancelled as final', () => {
    expect(DOSSIER_STATUSES.filter(isFinalStatus)).toEqual(['returned', 'rejected', 'cancelled']);
    expect(transitionRefusal('returned', 'processing', { actor: officer })).toContain('đã kết thúc');
  });
});
