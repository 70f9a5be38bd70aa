import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const consentSchema = z.strictObject({
  version: z.string().min(1),
  purpose: z.string().min(1),
  collected: z.array(z.string().min(1)).min(1),
  retention: z.string().min(1),
  rights: z.string().min(1),
  sharing: z.string().min(1),
  legalBasis: z.array(z.strictObject({ title: z.string(), number: z.string(), date: z.string(), inForce: z.string() })).min(1),
  note: z.string().optional(),
});

/** The personal-data notice shown before a dossier is created (data/consent/dossier.vi.json). */
export type ConsentNotice = z.infer<typeof consentSchema>;

export function loadConsentNotice(dataDir: string): ConsentNotice {
  const file = path.join(dataDir, 'consent', 'dossier.vi.json');
  const parsed = consentSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}
