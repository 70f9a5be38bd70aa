import { MessageFactory } from 'botbuilder';
import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { checklistLines, pendingQuestions } from '../src/bot/checklist';
import { procedureTitle } from '../src/bot/procedureAnswers';
import { formatVietnamDate, vietnamDateOf } from '../src/domain/vietnamTime';
import type { Procedure } from '../src/catalogue';
import { DOCUMENT_CHECKLIST_DIALOG, DOCUMENT_CHECKLIST_LOOP, YES_NO_PROMPT } from './dialogIds';
import type { DialogServices } from './dialogServices';
import { InterruptibleDialog } from './interruptibleDialog';
import { YesNoPrompt } from './yesNoPrompt';
import type { SavedChecklist } from './conversationState';

export interface ChecklistOptions {
  code: string;
}

interface LoopState {
  code: string;
  question?: string;
}

/**
 * Asks only the questions a procedure's document conditions need ("Bé có Giấy chứng sinh không?"),
 * then gives the citizen's own checklist. Every answer is kept in user state at once, so a cancelled
 * or interrupted checklist resumes where it stopped, in a later session on the same channel.
 */
export class DocumentChecklistDialog extends InterruptibleDialog {
  constructor(services: DialogServices) {
    super(DOCUMENT_CHECKLIST_DIALOG, services);
    this.addDialog(new YesNoPrompt(YES_NO_PROMPT, services.responses));
    this.addDialog(new WaterfallDialog(DOCUMENT_CHECKLIST_LOOP, [this.askConditionStep.bind(this), this.recordAnswerStep.bind(this)]));
    this.initialDialogId = DOCUMENT_CHECKLIST_LOOP;
  }

  private procedure(code: string): Procedure | undefined {
    return this.services.catalogue().get(code);
  }

  private async saved(step: WaterfallStepContext, code: string): Promise<SavedChecklist> {
    const all = await this.services.checklists.get(step.context, {});
    const now = (this.services.now?.() ?? new Date()).toISOString();
    all[code] ??= { answers: {}, updatedAt: now };
    return all[code];
  }

  private async askConditionStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { code } = step.options as LoopState;
    const p = this.procedure(code);
    if (!p) return step.endDialog();
    const saved = await this.saved(step, code);
    const pending = pendingQuestions(p, saved.answers);
    const next = pending[0];
    if (!next) return this.showChecklistStep(step, p, saved);
    const state = step.options as LoopState;
    if (!state.question) {
      const key = Object.keys(saved.answers).length === 0 ? 'checklist.intro' : 'checklist.resume';
      await step.context.sendActivity(this.services.responses.t(key, { count: pending.length, name: procedureTitle(p) }));
    }
    (step.values as LoopState).question = next;
    return step.prompt(YES_NO_PROMPT, { prompt: next });
  }

  private async recordAnswerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { code } = step.options as LoopState;
    const question = (step.values as LoopState).question;
    const saved = await this.saved(step, code);
    if (question) {
      saved.answers[question] = step.result === true ? 'yes' : 'no';
      saved.updatedAt = (this.services.now?.() ?? new Date()).toISOString();
    }
    // Save now: a cancel or a lost session later keeps this answer.
    await this.services.userState.saveChanges(step.context, false);
    return step.replaceDialog(DOCUMENT_CHECKLIST_LOOP, { code, question });
  }

  private async showChecklistStep(step: WaterfallStepContext, p: Procedure, saved: SavedChecklist): Promise<DialogTurnResult> {
    const r = this.services.responses;
    saved.completedAt ??= (this.services.now?.() ?? new Date()).toISOString();
    await this.services.userState.saveChanges(step.context, false);
    const text = [r.t('checklist.result', { name: procedureTitle(p), code: p.code }), ...checklistLines(p, saved.answers), '', r.t('checklist.saved')].join('\n');
    await step.context.sendActivity(
      MessageFactory.suggestedActions([r.t('action.fee'), r.t('action.location'), r.t('action.createDossier'), r.t('action.officer')], text),
    );
    return step.endDialog({ code: p.code });
  }
}

/** Shows a saved checklist again (a later session, same channel). */
export function savedChecklistText(p: Procedure, saved: SavedChecklist, services: DialogServices): string {
  const r = services.responses;
  const date = formatVietnamDate(vietnamDateOf(new Date(saved.completedAt ?? saved.updatedAt)));
  return [r.t('checklist.savedHeader', { date }), r.t('checklist.result', { name: procedureTitle(p), code: p.code }), ...checklistLines(p, saved.answers)].join('\n');
}
