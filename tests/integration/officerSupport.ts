import { TurnContext, type ConversationReference } from 'botbuilder';
import type { BotServices } from '../../src/app';
import type { DossierOwner } from '../../src/dossiers/dossier';
import type { DossierSubmission } from '../../src/dossiers/dossierSystem';
import { hashOfficerToken } from '../../src/officers/officerDirectory';

/** Helpers shared by the officer, notification and slip integration tests. */

export const OFFICER_TOKEN = 'officer-lan-3b7f0c9d2e8a41f6';
export const VIEWER_TOKEN = 'viewer-tuan-8c1d5e7a9b0f23c4';

export const OFFICER_ENV: Record<string, string> = {
  OFFICER_ACCOUNTS: `lan:Nguyễn Thị Lan:${hashOfficerToken(OFFICER_TOKEN)},tuan:Trần Văn Tuấn:${hashOfficerToken(VIEWER_TOKEN)}:viewer`,
  NOTIFY_MAX_ATTEMPTS: '3',
  NOTIFY_RETRY_BASE_MS: '1',
  NOTIFY_RETRY_MAX_MS: '4',
};

export const APPLICANT_PHONE = '0912345678';

export function submission(owner: DossierOwner, overrides: Partial<DossierSubmission> = {}): DossierSubmission {
  return {
    procedureCode: '1.001193',
    procedureName: 'Thủ tục đăng ký khai sinh',
    applicant: { fullName: 'Nguyễn Văn An', dateOfBirth: '1995-07-14', cccd: '019095001234', phone: APPLICANT_PHONE, commune: 'xã Định Hóa' },
    submissionMethod: 'online',
    checklistAnswers: {},
    owner,
    consent: { version: '2026-11', at: '2026-03-02T02:00:00.000Z' },
    processingTime: { unit: 'working_days', value: 3 },
    ...overrides,
  };
}

export interface ApiResponse {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON bodies of the API under test
  body: any;
}

/** Calls the officer API as `token` (none: no Authorization header). */
export async function officerApi(baseUrl: string, method: string, path: string, options: { token?: string | null; body?: unknown } = {}): Promise<ApiResponse> {
  const token = options.token === undefined ? OFFICER_TOKEN : options.token;
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
    },
    body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}

/**
 * A bot that answers "đã nhận" and keeps the conversation reference of every user who wrote, as the
 * citizen dialogs do when they create a dossier.
 */
export function referenceKeepingBot(references: Map<string, Partial<ConversationReference>>) {
  return (_services: BotServices) => ({
    run: async (context: TurnContext) => {
      if (context.activity.type !== 'message') return;
      references.set(context.activity.from.id, TurnContext.getConversationReference(context.activity));
      await context.sendActivity('đã nhận');
    },
  });
}
