import type { LifeEvent } from '../catalogue';
import { foldReply } from './vietnameseReplies';

/**
 * The life event a message describes ("tôi sắp cưới", "nhà có người mất", "vo moi sinh em be"), by its
 * name and aliases, with or without diacritics. The longest matching phrase wins.
 */
export function matchLifeEvent(text: string, events: readonly LifeEvent[]): LifeEvent | null {
  const folded = ` ${foldReply(text)} `;
  let best: { event: LifeEvent; length: number } | null = null;
  for (const event of events) {
    for (const phrase of [event.name, ...event.aliases]) {
      const p = foldReply(phrase);
      if (p.length >= 4 && folded.includes(` ${p} `) && (!best || p.length > best.length)) best = { event, length: p.length };
    }
  }
  return best?.event ?? null;
}
