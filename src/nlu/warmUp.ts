import type { NluTrainingData } from './nluData';
import type { NluCatalogue, NluCommune, Recognizer } from './types';

/**
 * JavaScript engines compile a function for speed only after watching it run, and a new kind of message (one out of
 * scope, one with no words, one with a date) can make them compile it again. A fresh process therefore parses its
 * first couple of thousand messages several times slower at the tail (p99 7–11 ms against 2–5 ms on one core,
 * `npm run bench:nlu`), while the compiler's work competes with the parse for the CPU. Warming up parses the
 * shipped material once, right after start, in short slices that leave the event loop free for real messages, so
 * that citizens meet the steady speed.
 */

/** 2,000 texts left a p99 of about 4 ms on one core, 2,500 to 4,000 about 2 ms; 3,000 take 4.5–6 s of that core. */
export const DEFAULT_WARM_UP_SIZE = 3000;

/**
 * What the recognizer is warmed on: every intent utterance, every curated example question, stories spread evenly
 * over all procedures up to `size` texts, and the odd inputs a real channel sends (nothing but emoji, markup, another
 * script, a very long message, entities). Never the evaluation questions: the benchmark measures after this same
 * warm-up.
 */
export function warmUpTexts(trainingData: NluTrainingData, catalogue: NluCatalogue, options: { size?: number; communes?: readonly NluCommune[] } = {}): string[] {
  const size = options.size ?? DEFAULT_WARM_UP_SIZE;
  const texts: string[] = [];
  for (const utterances of trainingData.intents.values()) texts.push(...utterances);
  for (const p of catalogue.all()) if (p.curated) texts.push(...p.exampleQuestions);
  texts.push(...oddInputs(trainingData, options.communes ?? []));
  const stories = [...trainingData.stories.values()].flat();
  const room = size - texts.length;
  if (room > 0 && stories.length > 0) {
    const step = stories.length / Math.min(room, stories.length);
    for (let k = 0; k < stories.length && texts.length < size; k += step) texts.push(stories[Math.floor(k)] as string);
  }
  return texts.slice(0, size);
}

/** Inputs unlike the training material that still reach the parser: each takes code paths of its own. */
function oddInputs(trainingData: NluTrainingData, communes: readonly NluCommune[]): string[] {
  const province = trainingData.places.provinces[0]?.name ?? 'Hà Nội';
  const commune = communes[0]?.name ?? 'xã Định Hóa';
  return [
    '',
    '🙏🙏',
    '👍',
    '<b>xin chào</b><script>alert(1)</script>',
    'Здравствуйте, как дела',
    '你好',
    'ok',
    '?',
    `${'làm giấy khai sinh cho con cần những gì ạ '.repeat(60)}`,
    'hồ sơ 000.00.21.H55-261128-0001 đến đâu rồi',
    'số điện thoại của tôi là 0912 345 678, căn cước 001234567890',
    'tôi nộp hồ sơ hôm qua, ngày 12/03/2026, tên là Nguyễn Văn An',
    `tôi ở ${commune}, muốn làm giấy xác nhận cư trú`,
    `thời tiết ${province} hôm nay thế nào`,
    'xin visa đi Nhật Bản làm ở đâu',
    `giá vé xe khách từ ${commune} đi ${province} bao nhiêu`,
    'qwerty uiop zxcv',
    '😂😂 haha',
  ];
}

export interface WarmUpReport {
  readonly parsed: number;
  /** Wall-clock time from the first slice to the last. */
  readonly ms: number;
}

/**
 * Parses `texts` with the recognizer `current()` returns (the live one, should staff reload the data meanwhile), in
 * slices of at most `sliceMs`, giving the event loop back between slices. Stops early when `signal` aborts. A parse
 * that throws is skipped: warming up must never take the server down.
 */
export async function warmUp(current: () => Recognizer, texts: readonly string[], options: { sliceMs?: number; signal?: AbortSignal } = {}): Promise<WarmUpReport> {
  const sliceMs = options.sliceMs ?? 10;
  const started = performance.now();
  let parsed = 0;
  while (parsed < texts.length && !options.signal?.aborted) {
    const sliceEnd = performance.now() + sliceMs;
    do {
      try {
        current().recognize(texts[parsed] as string);
      } catch {
        // The recognizer's own tests cover its errors; here a failure only means one text fewer.
      }
      parsed++;
    } while (parsed < texts.length && performance.now() < sliceEnd);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return { parsed, ms: Math.round(performance.now() - started) };
}
