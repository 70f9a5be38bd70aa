import type { DocumentRequirement, Procedure } from '../catalogue';
import { describeDocument, submittedDocuments } from './procedureAnswers';

export type ChecklistAnswers = Readonly<Record<string, 'yes' | 'no'>>;

/**
 * Documents with conditions, as curated: `condition` says when a document is needed, `alternativeOf`
 * that it replaces another one ("no Giấy chứng sinh → a witness's statement; no witness → a
 * commitment"). A document is needed when its condition holds, the document it replaces would be
 * needed, and no alternative replaces it in turn.
 */
class ConditionalDocuments {
  private readonly byName: Map<string, DocumentRequirement>;

  constructor(private readonly docs: readonly DocumentRequirement[], private readonly answers: ChecklistAnswers) {
    this.byName = new Map(docs.map((d) => [d.name, d]));
  }

  /** true / false, or undefined while a question it depends on is unanswered. */
  applies(doc: DocumentRequirement, depth = 0): boolean | undefined {
    const own = doc.condition ? (this.answers[doc.condition.ask] === undefined ? undefined : this.answers[doc.condition.ask] === doc.condition.neededWhen) : true;
    const target = doc.alternativeOf ? this.byName.get(doc.alternativeOf) : undefined;
    if (!target || depth > 8) return own;
    const targetApplies = this.applies(target, depth + 1);
    if (own === false || targetApplies === false) return false;
    return own === undefined || targetApplies === undefined ? undefined : true;
  }

  needed(doc: DocumentRequirement): boolean {
    if (this.applies(doc) !== true) return false;
    return !this.docs.some((alt) => alt.alternativeOf === doc.name && this.applies(alt) === true);
  }

  /** A question matters while some document that depends on it could still be needed. */
  relevant(ask: string): boolean {
    return this.docs.some((d) => d.condition?.ask === ask && (!d.alternativeOf || this.targetPossible(d)));
  }

  private targetPossible(doc: DocumentRequirement): boolean {
    const target = doc.alternativeOf ? this.byName.get(doc.alternativeOf) : undefined;
    return !target || this.applies(target) !== false;
  }
}

/** The questions still to ask, in document order, given the answers so far. */
export function pendingQuestions(p: Procedure, answers: ChecklistAnswers): string[] {
  const docs = submittedDocuments(p);
  const model = new ConditionalDocuments(docs, answers);
  const asks: string[] = [];
  for (const d of docs) {
    const ask = d.condition?.ask;
    if (ask && answers[ask] === undefined && !asks.includes(ask) && model.relevant(ask)) asks.push(ask);
  }
  return asks;
}

/** Whether a procedure's documents depend on the citizen's situation at all. */
export function hasConditions(p: Procedure): boolean {
  return submittedDocuments(p).some((d) => d.condition);
}

/** Documents this citizen needs, given their answers; unconditional ones always. */
export function personalDocuments(p: Procedure, answers: ChecklistAnswers): DocumentRequirement[] {
  const docs = submittedDocuments(p);
  const model = new ConditionalDocuments(docs, answers);
  return docs.filter((d) => model.needed(d));
}

/** "1. Giấy chứng sinh (1 bản chính)" lines for the personal checklist. */
export function checklistLines(p: Procedure, answers: ChecklistAnswers): string[] {
  return personalDocuments(p, answers).map((d, i) => `${i + 1}. ${describeDocument(d)}`);
}
