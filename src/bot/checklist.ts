import type { DocumentRequirement, Procedure } from '../catalogue';
import { describeDocument, submittedDocuments } from './procedureAnswers';

export type ChecklistAnswers = Readonly<Record<string, 'yes' | 'no'>>;

/**
 * Documents with conditions, as curated: `condition` says when a document is needed, `alternativeOf`
 * that it stands in for another. An alternative asked by the same question is the other branch of an
 * either-or ("Giấy chứng sinh" if yes, a witness's statement if no). An alternative with a question of its
 * own is a fallback, in play only where the document it stands in for would be needed ("no witness →
 * a written commitment"), and it replaces that document when it applies.
 */
class ConditionalDocuments {
  private readonly byName: Map<string, DocumentRequirement>;

  constructor(private readonly docs: readonly DocumentRequirement[], private readonly answers: ChecklistAnswers) {
    this.byName = new Map(docs.map((d) => [d.name, d]));
  }

  private own(doc: DocumentRequirement): boolean | undefined {
    if (!doc.condition) return true;
    const answer = this.answers[doc.condition.ask];
    return answer === undefined ? undefined : answer === doc.condition.neededWhen;
  }

  private target(doc: DocumentRequirement): DocumentRequirement | undefined {
    return doc.alternativeOf ? this.byName.get(doc.alternativeOf) : undefined;
  }

  private isFallback(doc: DocumentRequirement): boolean {
    const target = this.target(doc);
    return target !== undefined && target.condition?.ask !== doc.condition?.ask;
  }

  /** Whether the document's situation can arise at all, given the answers so far. */
  inPlay(doc: DocumentRequirement, depth = 0): boolean | undefined {
    const target = this.target(doc);
    if (!target || depth > 8) return true;
    return this.isFallback(doc) ? this.applies(target, depth + 1) : this.inPlay(target, depth + 1);
  }

  applies(doc: DocumentRequirement, depth = 0): boolean | undefined {
    return and(this.inPlay(doc, depth), this.own(doc));
  }

  needed(doc: DocumentRequirement): boolean {
    if (this.applies(doc) !== true) return false;
    return !this.docs.some((alt) => alt.alternativeOf === doc.name && this.isFallback(alt) && this.applies(alt) === true);
  }

  /** A question is asked once some document that depends on it is surely in play. */
  relevant(ask: string): boolean {
    return this.docs.some((d) => d.condition?.ask === ask && this.inPlay(d) === true);
  }
}

function and(a: boolean | undefined, b: boolean | undefined): boolean | undefined {
  if (a === false || b === false) return false;
  return a === undefined || b === undefined ? undefined : true;
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
