import type { ZaloMessages } from '../channels/zalo/messages';
import type { Responses } from './responses';

const UNDELIVERABLE_CODES = ['-230', '-213', '-227'] as const;

/** What the Zalo channel says itself, from data/responses.vi.json like everything else the bot says. */
export function zaloMessages(responses: Responses): ZaloMessages {
  return {
    attachmentSaved: responses.t('zalo.attachmentSaved'),
    attachmentNoDossier: responses.t('zalo.attachmentNoDossier'),
    reprompt: responses.t('zalo.reprompt'),
    contactInfoSaved: responses.t('zalo.contactInfoSaved'),
    turnError: responses.t('error.busy'),
    chooseOption: responses.t('zalo.chooseOption'),
    openFile: responses.t('zalo.openFile'),
    officerUnfollowed: responses.t('zalo.officerUnfollowed'),
    officerUndeliverable: Object.fromEntries(UNDELIVERABLE_CODES.map((c) => [c, responses.t(`zalo.officerUndeliverable.${c}`)])),
    // The channel fills in {code} itself.
    officerSendFailed: responses.t('zalo.officerSendFailed'),
  };
}
