import { ZALO_CHANNEL_ID, type ZaloNotifier } from '../channels/zalo';
import type { DossierOwner } from '../dossiers/dossier';
import { NotificationDeliveryError, type ChannelNotifier } from './channelNotifier';

/**
 * Zalo OA: ZaloNotifier already retries what Zalo lets us retry, so a failure that reaches here is final
 * (e.g. -230: the citizen has not written to the OA in 7 days) and is not tried again.
 */
export class ZaloChannelNotifier implements ChannelNotifier {
  constructor(private readonly zalo: Pick<ZaloNotifier, 'notify'>) {}

  serves(owner: DossierOwner): boolean {
    return owner.channelId === ZALO_CHANNEL_ID;
  }

  channelName(): string {
    return ZALO_CHANNEL_ID;
  }

  async send(owner: DossierOwner, text: string): Promise<void> {
    const result = await this.zalo.notify(owner.userId, text);
    if (!result.ok) {
      throw new NotificationDeliveryError(ZALO_CHANNEL_ID, result.error ?? 'Không gửi được tin qua Zalo.', true);
    }
  }
}
