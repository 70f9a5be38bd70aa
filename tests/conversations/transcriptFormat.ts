import { readFileSync } from 'node:fs';

/**
 * Conversation transcripts in a reviewable text format (tests/conversations/transcripts/*.chat):
 *
 *   === title of one conversation
 *   > what the citizen types            (">" alone sends an empty message; "> [image]" / "> [sticker]" send no text;
 *                                        "{code}" stands for the last dossier code the bot gave)
 *   < text every reply to it must contain (all replies of the turn, joined)
 *   <! text no reply of the turn may contain
 *   [actions] A | B                      suggested actions offered in the turn include A and B
 *   --- new session                      the same citizen comes back in a new conversation
 *   # comment
 */
export type Step =
  | { kind: 'say'; text: string; attachment?: 'image' | 'sticker'; line: number }
  | { kind: 'expect'; text: string; line: number }
  | { kind: 'reject'; text: string; line: number }
  | { kind: 'actions'; titles: string[]; line: number }
  | { kind: 'newSession'; line: number };

export interface Transcript {
  title: string;
  file: string;
  steps: Step[];
}

export function parseTranscripts(file: string): Transcript[] {
  const transcripts: Transcript[] = [];
  let current: Transcript | null = null;
  readFileSync(file, 'utf8')
    .normalize('NFC')
    .split('\n')
    .forEach((raw, i) => {
      const line = i + 1;
      const text = raw.trimEnd();
      if (!text.trim() || text.startsWith('#')) return;
      if (text.startsWith('=== ')) {
        current = { title: text.slice(4).trim(), file, steps: [] };
        transcripts.push(current);
        return;
      }
      if (!current) throw new Error(`${file}:${line}: a step before the first "=== title"`);
      const steps = (current as Transcript).steps;
      if (text === '>' || text.startsWith('> ')) {
        const said = text.slice(2);
        const attachment = said === '[image]' ? 'image' : said === '[sticker]' ? 'sticker' : undefined;
        steps.push({ kind: 'say', text: attachment ? '' : said, attachment, line });
      } else if (text.startsWith('<! ')) steps.push({ kind: 'reject', text: text.slice(3), line });
      else if (text.startsWith('< ')) steps.push({ kind: 'expect', text: text.slice(2), line });
      else if (text.startsWith('[actions] ')) steps.push({ kind: 'actions', titles: text.slice(10).split('|').map((t) => t.trim()), line });
      else if (text === '--- new session') steps.push({ kind: 'newSession', line });
      else throw new Error(`${file}:${line}: cannot read "${text}"`);
    });
  return transcripts;
}
