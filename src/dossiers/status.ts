import { InvalidTransitionError } from './errors';
import type { Actor } from './dossier';

/** Dossier statuses, in the order a dossier normally moves through them. */
export const DOSSIER_STATUSES = [
  'received',
  'processing',
  'awaiting_supplement',
  'result_ready',
  'returned',
  'rejected',
  'cancelled',
] as const;

export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/** The one table of Vietnamese names for statuses, as shown to citizens and officers. */
export const STATUS_LABELS_VI: Readonly<Record<DossierStatus, string>> = Object.freeze({
  received: 'Mới tiếp nhận',
  processing: 'Đang xử lý',
  awaiting_supplement: 'Chờ bổ sung',
  result_ready: 'Đã có kết quả',
  returned: 'Đã trả kết quả',
  rejected: 'Từ chối',
  cancelled: 'Đã hủy',
});

/** Where each status may go next; a status with no successors is final. */
export const ALLOWED_TRANSITIONS: Readonly<Record<DossierStatus, readonly DossierStatus[]>> = Object.freeze({
  received: ['processing', 'rejected', 'cancelled'],
  processing: ['awaiting_supplement', 'result_ready', 'rejected'],
  awaiting_supplement: ['processing', 'rejected'],
  result_ready: ['returned'],
  returned: [],
  rejected: [],
  cancelled: [],
});

export interface TransitionRequest {
  readonly actor: Actor;
  readonly note?: string;
  /** Required when rejecting: told to the citizen. */
  readonly reason?: string;
}

export function isDossierStatus(value: string): value is DossierStatus {
  return (DOSSIER_STATUSES as readonly string[]).includes(value);
}

export function isFinalStatus(status: DossierStatus): boolean {
  return ALLOWED_TRANSITIONS[status].length === 0;
}

/** Why `from → to` is refused, in Vietnamese, or null when it is allowed. */
export function transitionRefusal(from: DossierStatus, to: DossierStatus, request: TransitionRequest): string | null {
  const fromLabel = STATUS_LABELS_VI[from];
  if (from === to) return `Dạ, hồ sơ đã ở trạng thái "${fromLabel}" rồi ạ.`;
  if (isFinalStatus(from)) return `Dạ, hồ sơ ở trạng thái "${fromLabel}" đã kết thúc nên không thể chuyển sang trạng thái khác ạ.`;
  if (to === 'cancelled' && from !== 'received') return 'Dạ, chỉ có thể hủy hồ sơ trước khi cơ quan bắt đầu xử lý ạ.';
  if (!ALLOWED_TRANSITIONS[from].includes(to)) {
    return `Dạ, không thể chuyển hồ sơ từ "${fromLabel}" sang "${STATUS_LABELS_VI[to]}" ạ.`;
  }
  if (to === 'cancelled' && request.actor.kind !== 'citizen') return 'Dạ, chỉ người nộp hồ sơ mới có thể hủy hồ sơ ạ.';
  if (to === 'rejected' && !request.reason?.trim()) return 'Dạ, từ chối hồ sơ cần ghi rõ lý do ạ.';
  return null;
}

/** Throws InvalidTransitionError (with the Vietnamese reason) unless `from → to` is allowed for this request. */
export function assertTransition(from: DossierStatus, to: DossierStatus, request: TransitionRequest): void {
  const refusal = transitionRefusal(from, to, request);
  if (refusal !== null) throw new InvalidTransitionError(from, to, refusal);
}
