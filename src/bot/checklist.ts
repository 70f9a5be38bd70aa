import type { DocumentRequirement, Procedure } from '../catalogue';
import { describeDocument, submittedDocuments } from './procedureAnswers';

/** The distinct yes/no questions a procedure's document conditions need, in document order. */
export function checklistQuestions(p: Procedure): string[] {
  const asks: string[] = [];
  for (const d of submittedDocuments(p)) {
    if (d.condition && !asks.includes(d.condition.ask)) asks.push(d.condition.ask);
  }
  return asks;
}

/** Documents this citizen needs, given their answers; unconditional ones always. */
export function personalDocuments(p: Procedure, answers: Readonly<Record<string, 'yes' | 'no'>>): DocumentRequirement[] {
  return submittedDocuments(p).filter((d) => !d.condition || answers[d.condition.ask] === d.condition.neededWhen);
}

/** "1. Giấy chứng sinh (1 bản chính)" lines for the personal checklist. */
export function checklistLines(p: Procedure, answers: Readonly<Record<string, 'yes' | 'no'>>): string[] {
  return personalDocuments(p, answers).map((d, i) => `${i + 1}. ${describeDocument(d)}`);
}
