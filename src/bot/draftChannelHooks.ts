import type { Storage } from 'botbuilder';
import type { ZaloAttachment } from '../channels/zalo/incoming';
import type { ZaloContactInfo } from '../channels/zalo/contactInfo';
import type { DossierDraftState } from '../../dialogs/conversationState';
import type { Logger } from '../logger';
import { parseFullName, parseMobile } from './dossierFields';

/** Where UserState keeps a channel user's state (botbuilder's key convention, empty namespace). */
function userStateKey(channelId: string, userId: string): string {
  return `${channelId}/users/${userId}/`;
}

/**
 * What a channel hands the bot outside a turn: files and contact details meant for the dossier the
 * citizen is filling in. Nothing is kept unless a draft exists, and a draft exists only after consent.
 */
export class DraftChannelHooks {
  constructor(private readonly storage: Storage, private readonly channelId: string, private readonly logger: Logger) {}

  /** Keeps the file's URL and metadata on the draft; false when no dossier is being created. */
  async onAttachment(userId: string, attachment: ZaloAttachment): Promise<boolean> {
    return this.updateDraft(userId, (draft) => {
      draft.attachments = [
        ...(draft.attachments ?? []),
        {
          kind: attachment.kind,
          url: attachment.url,
          contentType: attachment.contentType,
          ...(attachment.name ? { name: attachment.name } : {}),
          ...(attachment.size !== undefined ? { size: attachment.size } : {}),
          receivedAt: attachment.receivedAt,
        },
      ];
    });
  }

  /** Fills name and phone the citizen submitted through the channel's own form, where still empty. */
  async onContactInfo(userId: string, info: ZaloContactInfo): Promise<void> {
    const filled = await this.updateDraft(userId, (draft) => {
      const name = info.name ? parseFullName(info.name) : null;
      const phone = info.phone ? parseMobile(info.phone) : null;
      if (name && !draft.fullName) draft.fullName = name;
      if (phone && !draft.phone) draft.phone = phone;
    });
    if (!filled) this.logger.info({ channelId: this.channelId }, 'contact details received with no dossier draft; nothing kept');
  }

  private async updateDraft(userId: string, change: (draft: DossierDraftState) => void): Promise<boolean> {
    const key = userStateKey(this.channelId, userId);
    const stored = (await this.storage.read([key]))[key] as { dossierDraft?: DossierDraftState } | undefined;
    const draft = stored?.dossierDraft;
    if (!stored || !draft?.consentAt) return false;
    change(draft);
    draft.updatedAt = new Date().toISOString();
    await this.storage.write({ [key]: { ...stored, dossierDraft: draft } });
    return true;
  }
}
