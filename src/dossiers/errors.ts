import type { DossierStatus } from './status';

/** A status change the rules refuse; `reason` is Vietnamese and may be shown to the person who asked. */
export class InvalidTransitionError extends Error {
  constructor(
    readonly from: DossierStatus,
    readonly to: DossierStatus,
    readonly reason: string,
  ) {
    super(`invalid dossier transition ${from} → ${to}: ${reason}`);
    this.name = 'InvalidTransitionError';
  }
}

export class DossierNotFoundError extends Error {
  constructor(readonly code: string) {
    super(`dossier not found: ${code}`);
    this.name = 'DossierNotFoundError';
  }
}

/** Another writer kept changing the dossier while we tried to update it; the caller may try again. */
export class DossierConflictError extends Error {
  constructor(
    readonly code: string,
    readonly attempts: number,
  ) {
    super(`dossier ${code} changed concurrently ${attempts} times; giving up`);
    this.name = 'DossierConflictError';
  }
}
