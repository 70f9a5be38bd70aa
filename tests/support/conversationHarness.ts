import path from 'node:path';
import { ConversationState, TestAdapter, UserState, type Activity, type Storage } from 'botbuilder';
import { createDialogBot, type BotServices } from '../../src/app';
import { Responses } from '../../src/bot/responses';
import { MemoryFeedbackStore } from '../../src/feedback/feedbackStore';
import { MemoryRatingStore } from '../../src/feedback/ratingStore';
import { MemoryHandoffQueue } from '../../src/handoff/handoffQueue';
import { createLogger } from '../../src/logger';
import { MemoryStorage } from '../../src/storage/memoryStorage';
import { createDossierServices } from '../../src/dossiers/dossierServices';
import { loadConsentNotice } from '../../src/bot/consentNotice';
import { sharedKnowledge } from './knowledge';

export const responses = Responses.load(path.resolve(__dirname, '../../data'));

export interface Harness {
  services: BotServices;
  /** Sends one message (or activity) and returns the bot's replies to it. */
  say(text: string | Partial<Activity>): Promise<Activity[]>;
  /** Starts a new conversation for the same user on the same storage (a later session). */
  newSession(): Harness;
}

/** The production bot over in-memory stores, driven by botbuilder's TestAdapter. */
export interface HarnessOptions {
  storage?: Storage;
  userId?: string;
  conversationId?: string;
  channelId?: string;
  clock?: () => Date;
  /** Stores shared with an earlier harness (a later session of the same citizen). */
  shared?: Pick<BotServices, 'feedback' | 'ratings' | 'handoff' | 'dossiers'>;
}

export function createHarness(options: HarnessOptions = {}): Harness {
  const storage = options.storage ?? new MemoryStorage();
  const services: BotServices = {
    storage,
    conversationState: new ConversationState(storage),
    userState: new UserState(storage),
    responses,
    logger: createLogger({ level: 'silent', pretty: false }),
    knowledge: sharedKnowledge(),
    feedback: options.shared?.feedback ?? new MemoryFeedbackStore(),
    ratings: options.shared?.ratings ?? new MemoryRatingStore(),
    handoff: options.shared?.handoff ?? new MemoryHandoffQueue(),
    dossiers: options.shared?.dossiers ?? createDossierServices({
      keyPrefix: 'test:',
      dataDir: path.resolve(__dirname, '../../data'),
      agencyIdentifier: '000.00.21.H55',
      cutoff: '16:30',
      opening: '07:30',
      logger: createLogger({ level: 'silent', pretty: false }),
      clock: options.clock,
    }),
    consent: loadConsentNotice(path.resolve(__dirname, '../../data')),
  };
  const bot = createDialogBot(services);
  const userId = options.userId ?? 'citizen-1';
  const conversationId = options.conversationId ?? `conv-${Math.random().toString(36).slice(2)}`;
  const adapter = new TestAdapter(async (context) => bot.run(context), {
    channelId: options.channelId ?? 'test',
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: userId, name: 'Người dân', role: 'user' },
    recipient: { id: 'bot', name: 'Trợ lý Một cửa', role: 'bot' },
    serviceUrl: 'https://test.invalid',
    locale: 'vi-VN',
  });
  const harness: Harness = {
    services,
    async say(input) {
      adapter.activeQueue.splice(0);
      const activity = typeof input === 'string' ? { type: 'message', text: input } : { type: 'message', ...input };
      await adapter.receiveActivity(activity);
      return adapter.activeQueue.splice(0) as Activity[];
    },
    newSession() {
      return createHarness({ ...options, storage, userId, conversationId: undefined, shared: services });
    },
  };
  return harness;
}

export function texts(activities: Activity[]): string {
  return activities.map((a) => a.text ?? '').join('\n---\n');
}

export function actions(activities: Activity[]): string[] {
  return activities.flatMap((a) => a.suggestedActions?.actions.map((x) => String(x.title)) ?? []);
}
