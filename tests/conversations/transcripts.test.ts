import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { actions, createHarness, texts, type Harness } from '../support/conversationHarness';
import { parseTranscripts, type Transcript } from './transcriptFormat';

const DIR = path.join(__dirname, 'transcripts');
const transcripts: Transcript[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.chat'))
  .sort()
  .flatMap((f) => parseTranscripts(path.join(DIR, f)));

const DOSSIER_CODE = /\b[0-9A-Z]+(?:\.[0-9A-Z]+)*-\d{6}-\d{4}\b/;

function message(step: { text: string; attachment?: 'image' | 'sticker' }): Partial<Activity> {
  if (step.attachment === 'image') return { text: undefined, attachments: [{ contentType: 'image/jpeg', contentUrl: 'https://example.invalid/a.jpg' }] };
  if (step.attachment === 'sticker') return { text: undefined, attachments: [{ contentType: 'application/vnd.sticker', contentUrl: 'https://example.invalid/s.webp' }] };
  return { text: step.text };
}

describe.each(transcripts.map((t) => [`${path.basename(t.file)}: ${t.title}`, t] as const))('%s', (_name, transcript) => {
  test('the bot answers as written', async () => {
    let harness: Harness = createHarness();
    let replies: Activity[] = [];
    let said = '';
    // "{code}" in a message stands for the last dossier code the bot gave.
    let lastCode = '';
    for (const step of transcript.steps) {
      const where = `${path.basename(transcript.file)}:${step.line} after "${said}"`;
      switch (step.kind) {
        case 'say':
          said = step.text.replace('{code}', lastCode) || `[${step.attachment ?? 'empty'}]`;
          replies = await harness.say(message({ ...step, text: step.text.replace('{code}', lastCode) }));
          lastCode = DOSSIER_CODE.exec(texts(replies))?.[0] ?? lastCode;
          if (replies.length === 0) throw new Error(`${where}: the bot said nothing`);
          break;
        case 'expect':
          if (!texts(replies).includes(step.text)) throw new Error(`${where}: expected a reply containing "${step.text}", got:\n${texts(replies)}`);
          break;
        case 'reject':
          if (texts(replies).includes(step.text)) throw new Error(`${where}: expected no reply containing "${step.text}", got:\n${texts(replies)}`);
          break;
        case 'actions': {
          const offered = actions(replies);
          const missing = step.titles.filter((t) => !offered.includes(t));
          if (missing.length) throw new Error(`${where}: suggested actions lack ${missing.join(', ')}; offered: ${offered.join(' | ')}`);
          break;
        }
        case 'newSession':
          harness = harness.newSession();
          replies = [];
          break;
      }
    }
  });
});

test('there are at least 40 conversation transcripts', () => {
  expect(transcripts.length).toBeGreaterThanOrEqual(40);
});
