import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const responsesSchema = z.record(z.string(), z.string().min(1));

export type ResponseVars = Record<string, string | number>;

/**
 * What the bot says, keyed like Rasa's responses (data/responses.vi.json). Placeholders are {name}.
 * An unknown key is a programming error and throws, so a typo never reaches a citizen as a raw key.
 */
export class Responses {
  private constructor(private readonly texts: Readonly<Record<string, string>>) {}

  static load(dataDir: string): Responses {
    const file = path.join(dataDir, 'responses.vi.json');
    const parsed = responsesSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${file}: invalid response "${issue?.path.join('.')}": ${issue?.message}`);
    }
    for (const [key, text] of Object.entries(parsed.data)) {
      if (text !== text.normalize('NFC')) throw new Error(`${file}: response "${key}" is not NFC`);
    }
    return new Responses(parsed.data);
  }

  static fromObject(texts: Record<string, string>): Responses {
    return new Responses({ ...texts });
  }

  has(key: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.texts, key);
  }

  t(key: string, vars: ResponseVars = {}): string {
    const text = this.texts[key];
    if (text === undefined) throw new Error(`unknown response key "${key}"`);
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  }
}
