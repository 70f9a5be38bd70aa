import { TextPrompt, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { parseDossierCode } from '../src/domain/dossierCode';
import { formatVietnamDate, formatVietnamDateTime, vietnamDateOf } from '../src/domain/vietnamTime';
import { STATUS_LABELS_VI } from '../src/dossiers/status';
import type { DossierStatusReport } from '../src/dossiers/dossierSystem';
import { DOSSIER_STATUS_DIALOG, DOSSIER_STATUS_WATERFALL, TEXT_PROMPT } from './dialogIds';
import type { DialogServices } from './dialogServices';
import { InterruptibleDialog } from './interruptibleDialog';

export interface DossierStatusOptions {
  /** A code the citizen already wrote (from NLU entities). */
  code?: string;
  tries?: number;
}

interface StatusValues {
  code?: string;
}

const MAX_TRIES = 3;
const OPEN_STATUSES = new Set(['received', 'processing', 'awaiting_supplement']);

/**
 * "Hồ sơ của tôi đến đâu rồi?": the dossier code (from the message or asked) and the last four digits of
 * the applicant's phone → status, expected date, overdue or not, and what to do next. An unknown code and
 * a wrong check get the same answer; five wrong checks lock the code for fifteen minutes.
 */
export class DossierStatusDialog extends InterruptibleDialog {
  constructor(services: DialogServices) {
    super(DOSSIER_STATUS_DIALOG, services);
    this.addDialog(new TextPrompt(TEXT_PROMPT));
    this.addDialog(
      new WaterfallDialog(DOSSIER_STATUS_WATERFALL, [this.askCodeStep.bind(this), this.askPhoneStep.bind(this), this.showStatusStep.bind(this)]),
    );
    this.initialDialogId = DOSSIER_STATUS_WATERFALL;
  }

  private async askCodeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { code } = step.options as DossierStatusOptions;
    if (code && parseDossierCode(code)) return step.next(code);
    return step.prompt(TEXT_PROMPT, { prompt: this.services.responses.t('status.askCode') });
  }

  private async askPhoneStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const r = this.services.responses;
    const options = step.options as DossierStatusOptions;
    const code = parseDossierCode(String(step.result ?? ''))?.code;
    if (!code) {
      await step.context.sendActivity(r.t('status.badCode'));
      return this.retry(step, { tries: (options.tries ?? 0) + 1 });
    }
    (step.values as StatusValues).code = code;
    return step.prompt(TEXT_PROMPT, { prompt: r.t('status.askPhone') });
  }

  private async showStatusStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const r = this.services.responses;
    const options = step.options as DossierStatusOptions;
    const reply = String(step.result ?? '');
    const newCode = parseDossierCode(reply)?.code;
    if (newCode) return step.replaceDialog(DOSSIER_STATUS_WATERFALL, { code: newCode, tries: options.tries });
    const code = (step.values as StatusValues).code ?? '';
    const result = await this.services.dossiers.checker.check(code, reply);
    switch (result.kind) {
      case 'found':
        await step.context.sendActivity(this.report(result.report));
        return step.endDialog({ code });
      case 'locked':
        await step.context.sendActivity(r.t('status.locked', { minutes: Math.max(1, Math.ceil(result.retryAfterMs / 60_000)) }));
        return step.endDialog();
      default:
        // An unknown code and a wrong number look the same; the citizen may retype either.
        await step.context.sendActivity(r.t('status.notMatched'));
        return this.retry(step, { code, tries: (options.tries ?? 0) + 1 });
    }
  }

  private async retry(step: WaterfallStepContext, options: DossierStatusOptions): Promise<DialogTurnResult> {
    if ((options.tries ?? 0) >= MAX_TRIES) return step.endDialog();
    return step.replaceDialog(DOSSIER_STATUS_WATERFALL, options);
  }

  private report(report: DossierStatusReport): string {
    const r = this.services.responses;
    const today = vietnamDateOf(this.services.now?.() ?? new Date());
    const overdue = report.expectedDate !== null && OPEN_STATUSES.has(report.status) && report.expectedDate < today;
    return r.t('status.report', {
      code: report.code,
      procedure: report.procedureName,
      status: STATUS_LABELS_VI[report.status],
      expected: report.expectedDate ? formatVietnamDate(report.expectedDate) : r.t('dossier.expectedUnknown'),
      overdue: overdue ? r.t('status.overdue') : '',
      updatedAt: formatVietnamDateTime(new Date(report.updatedAt)),
      note: report.lastNote ? r.t('status.note', { note: report.lastNote }) : '',
      next: r.t(`status.next.${report.status}`, { reason: report.rejectionReason ?? '' }),
    });
  }
}
