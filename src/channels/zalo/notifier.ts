import type { Logger } from 'pino';
import type { ZaloClient } from './client';
import { ZaloApiError } from './errors';
import { lookup } from './lookup';
import type { ZaloMessages } from './messages';
import { splitText } from './splitText';
import type { ZaloUserFlags } from './userFlags';

export interface NotifyResult {
  readonly ok: boolean;
  /** For officers, in Vietnamese: why the citizen did not get the message. */
  readonly error?: string;
}

/**
 * Sends dossier status notifications to Zalo users. Never throws: a failure comes back as
 * { ok: false, error } for the officers' screen (undeliverable sends are also recorded).
 *
 * @example const { ok, error } = await notifier.notify(zaloUserId, 'Dạ, hồ sơ … đã có kết quả ạ.');
 */
export class ZaloNotifier {
  constructor(
    private readonly deps: { client: ZaloClient; flags: ZaloUserFlags; messages: ZaloMessages; logger: Logger },
  ) {}

  async notify(userId: string, text: string): Promise<NotifyResult> {
    const { client, flags, messages, logger } = this.deps;
    try {
      if (await flags.hasUnfollowed(userId)) return { ok: false, error: messages.officerUnfollowed };
      for (const chunk of splitText(text)) await client.sendText(userId, chunk, 'notification');
      return { ok: true };
    } catch (err) {
      logger.error({ err }, 'zalo: notification not sent');
      return { ok: false, error: officerText(err, messages) };
    }
  }
}

function officerText(err: unknown, messages: ZaloMessages): string {
  const code = err instanceof ZaloApiError ? err.code : 0;
  return lookup(messages.officerUndeliverable, String(code)) ?? messages.officerSendFailed.replace('{code}', String(code));
}
