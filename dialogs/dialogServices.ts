import type { BotState, StatePropertyAccessor } from 'botbuilder';
import type { Catalogue } from '../src/catalogue';
import type { NluResult, RecognizeContext } from '../src/nlu/types';
import type { Responses } from '../src/bot/responses';
import type { FeedbackStore } from '../src/feedback/feedbackStore';
import type { RatingStore } from '../src/feedback/ratingStore';
import type { HandoffQueue } from '../src/handoff/handoffQueue';
import type { Logger } from '../src/logger';
import type { ConversationTopic, DossierDraftState, SavedChecklists } from './conversationState';
import type { DossierServices } from '../src/dossiers/dossierServices';
import type { ConsentNotice } from '../src/bot/consentNotice';

/** The understanding port as dialogs see it. */
export interface Recognizer {
  recognize(text: string, context?: RecognizeContext): NluResult;
}

/**
 * What the dialogs depend on: small ports only. Catalogue and recognizer are read through getters so a
 * staff edit swaps them in without a restart.
 */
export interface DialogServices {
  catalogue: () => Catalogue;
  recognizer: () => Recognizer;
  responses: Responses;
  feedback: FeedbackStore;
  ratings: RatingStore;
  handoff: HandoffQueue;
  logger: Logger;
  topic: StatePropertyAccessor<ConversationTopic>;
  checklists: StatePropertyAccessor<SavedChecklists>;
  dossierDraft: StatePropertyAccessor<DossierDraftState | undefined>;
  dossiers: DossierServices;
  consent: ConsentNotice;
  /** Base of links the bot sends (appointment slips); relative links when unknown. */
  publicBaseUrl?: string;
  conversationState: BotState;
  userState: BotState;
  now?: () => Date;
}
