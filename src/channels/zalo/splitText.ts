/** Zalo's reported text limit (UNVERIFIED in the reference); answers are split below it. */
export const ZALO_MAX_TEXT_LENGTH = 2000;

/** Boundaries tried in order: paragraphs, lines, sentence ends, words; a hard cut comes last. */
const BOUNDARIES: readonly RegExp[] = [/(\n[^\S\n]*\n\s*)/, /(\n\s*)/, /(?<=[.!?…;:])(\s+)/, /(\s+)/];

/**
 * Splits a long answer into messages of at most `max` UTF-16 units, keeping whole paragraphs
 * together whenever they fit, and the order of the text.
 *
 * @example splitText('a\n\nb', 3) → ['a', 'b']
 */
export function splitText(text: string, max = ZALO_MAX_TEXT_LENGTH): string[] {
  if (max < 2) throw new RangeError('max must be at least 2');
  const trimmed = text.trim();
  if (!trimmed) return [];
  return pack(trimmed, max, 0);
}

function pack(text: string, max: number, level: number): string[] {
  if (text.length <= max) return [text];
  const boundary = BOUNDARIES[level];
  if (!boundary) return hardCut(text, max);
  const parts = text.split(boundary);
  if (parts.length === 1) return pack(text, max, level + 1);
  const chunks: string[] = [];
  let current = '';
  for (let i = 0; i < parts.length; i += 2) {
    const piece = (parts[i] ?? '').trim();
    const separator = i > 0 ? (parts[i - 1] ?? ' ') : '';
    if (!piece) continue;
    if (current && current.length + separator.length + piece.length <= max) {
      current += separator + piece;
      continue;
    }
    if (current) chunks.push(current);
    if (piece.length <= max) {
      current = piece;
    } else {
      chunks.push(...pack(piece, max, level + 1));
      current = '';
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

function hardCut(text: string, max: number): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + max, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}
