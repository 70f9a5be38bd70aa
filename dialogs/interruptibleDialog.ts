import { ActivityTypes, MessageFactory, TurnContext } from 'botbuilder';
import { ComponentDialog, Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { foldReply } from '../src/bot/vietnameseReplies';
import { describeAgency } from '../src/bot/procedureAnswers';
import type { DialogServices } from './dialogServices';

export type Interruption = 'cancel' | 'menu' | 'help' | 'officer';

const COMMANDS: Record<Interruption, readonly string[]> = {
  // Not bare "dung": folded, "dừng" (stop) and "đúng" (right) are the same word.
  cancel: ['huy', 'huy bo', 'huy di', 'thoi', 'thoi khong lam nua', 'dung lai', 'cancel', 'thoat', 'khong lam nua', 'bo qua het'],
  menu: ['menu', 've menu', 've dau', 'bat dau lai', 'trang chu', 'quay ve menu'],
  help: ['tro giup', 'giup do', 'help', 'huong dan', 'huong dan su dung', 'giup em voi'],
  officer: ['gap can bo', 'gap nguoi that', 'noi chuyen voi can bo', 'chuyen can bo', 'cho gap can bo', 'toi muon gap can bo', 'gap can bo mot cua'],
};

const FILLERS = /(^| )(a|da|oi|nhe|nha|ad|em|cho|voi)( |$)/g;

/** Which interruption a message is, if any: whole short commands only, so "hủy đăng ký thường trú" is not one. */
export function interruptionOf(text: string | undefined): Interruption | null {
  if (!text) return null;
  const folded = foldReply(text);
  const bare = folded.replace(FILLERS, ' ').replace(/\s+/g, ' ').trim();
  for (const [kind, phrases] of Object.entries(COMMANDS) as Array<[Interruption, readonly string[]]>) {
    if (phrases.includes(folded) || phrases.includes(bare)) return kind;
  }
  return null;
}

export const MENU_ACTIONS = ['menu.askProcedure', 'menu.documents', 'menu.createDossier', 'menu.checkStatus', 'menu.officer', 'menu.feedback'] as const;

/**
 * Handles "hủy", "menu", "trợ giúp" and "gặp cán bộ" once, before any waterfall step sees them (like
 * core-bot's CancelAndHelpDialog). Help re-asks the current question; the others end what was running,
 * keeping whatever the citizen had already answered in user state.
 */
export abstract class InterruptibleDialog extends ComponentDialog {
  protected constructor(id: string, protected readonly services: DialogServices) {
    super(id);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const interrupted = (await this.interrupt(innerDc)) ?? (await this.redirect(innerDc));
    return interrupted ?? super.onContinueDialog(innerDc);
  }

  /** A subclass may take the message elsewhere (e.g. a new question asked at a yes/no prompt). */
  protected async redirect(_innerDc: DialogContext): Promise<DialogTurnResult | null> {
    return null;
  }

  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | null> {
    const activity = innerDc.context.activity;
    if (activity.type !== ActivityTypes.Message) return null;
    const kind = interruptionOf(activity.text);
    if (!kind) return null;
    if (kind === 'help') {
      await innerDc.context.sendActivity(this.services.responses.t('help'));
      await innerDc.repromptDialog();
      return Dialog.EndOfTurn;
    }
    await innerDc.cancelAllDialogs();
    if (kind === 'cancel') await innerDc.context.sendActivity(this.services.responses.t('cancel.done'));
    if (kind === 'menu') await sendMenu(innerDc.context, this.services);
    if (kind === 'officer') await sendOfficer(innerDc.context, this.services, 'asked');
    return innerDc.endDialog();
  }
}

export async function sendMenu(context: TurnContext, services: DialogServices): Promise<void> {
  const r = services.responses;
  await context.sendActivity(MessageFactory.suggestedActions(MENU_ACTIONS.map((k) => r.t(k)), r.t('menu.prompt')));
}

/** Tells the citizen where to find an officer and queues the request for the officers' console. */
export async function sendOfficer(
  context: TurnContext,
  services: DialogServices,
  reason: 'asked' | 'not_understood',
  procedureCode?: string,
): Promise<void> {
  const r = services.responses;
  const office = describeAgency(services.catalogue().agencies.oneStop, r);
  await services.handoff.request({
    channelId: context.activity.channelId,
    userId: context.activity.from?.id ?? 'unknown',
    reason,
    procedureCode,
    conversationReference: TurnContext.getConversationReference(context.activity),
  });
  await context.sendActivity(`${r.t('officer.info', { office })}\n\n${r.t('officer.requested')}`);
}
