import path from 'node:path';
import pino from 'pino';
import { BuiltInDossierSystem } from '../../../src/dossiers/builtInDossierSystem';
import type { DossierOwner } from '../../../src/dossiers/dossier';
import type { DossierSubmission } from '../../../src/dossiers/dossierSystem';
import { loadWorkingCalendar } from '../../../src/dossiers/holidayFiles';
import { InMemoryDossierRepository } from '../../../src/dossiers/inMemoryDossierRepository';
import { NotificationDeliveryError, type ChannelNotifier } from '../../../src/notifications/channelNotifier';

export const officer = { kind: 'officer', id: 'lan', name: 'Nguyễn Thị Lan' } as const;

export function submission(owner: DossierOwner): DossierSubmission {
  return {
    procedureCode: '1.001193',
    procedureName: 'Thủ tục đăng ký khai sinh',
    applicant: { fullName: 'Nguyễn Văn An', dateOfBirth: '1995-07-14', cccd: '019095001234', phone: '0912345678', commune: 'xã Định Hóa' },
    submissionMethod: 'online',
    checklistAnswers: {},
    owner,
    consent: { version: '2026-11', at: '2026-03-02T02:00:00.000Z' },
    processingTime: null,
  };
}

export function dossierWorld() {
  const lines: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => lines.push(line) });
  const repository = new InMemoryDossierRepository({ agencyId: 'DEMO' });
  const calendar = loadWorkingCalendar(path.resolve(__dirname, '../../../data/holidays'));
  const system = new BuiltInDossierSystem({ repository, calendar, logger });
  return { repository, system, logger, lines };
}

type Outcome = 'ok' | 'transient' | 'permanent' | Promise<void>;

/** A channel that serves owners of one channel id and answers from a script (then 'ok'). */
export class ScriptedNotifier implements ChannelNotifier {
  readonly sent: Array<{ userId: string; text: string }> = [];
  attempts = 0;

  constructor(private readonly channelId: string, private readonly script: Outcome[] = []) {}

  serves(owner: DossierOwner): boolean {
    return owner.channelId === this.channelId;
  }

  channelName(): string {
    return `test:${this.channelId}`;
  }

  async send(owner: DossierOwner, text: string): Promise<void> {
    this.attempts += 1;
    const outcome = this.script.shift() ?? 'ok';
    if (outcome === 'transient') throw new NotificationDeliveryError(this.channelName(), `lần ${this.attempts} lỗi tạm thời`, false);
    if (outcome === 'permanent') throw new NotificationDeliveryError(this.channelName(), 'người dân đã chặn kênh', true);
    if (outcome !== 'ok') await outcome;
    this.sent.push({ userId: owner.userId, text });
  }
}

export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
