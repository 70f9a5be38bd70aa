import fc from 'fast-check';
import { INTENT_LABELS, type NluResult } from '../../../src/nlu';
import { smallRecognizer } from './fixtures';

const recognizer = smallRecognizer();

function expectShape(r: NluResult): void {
  expect(INTENT_LABELS).toContain(r.intent);
  expect(typeof r.normalized).toBe('string');
  expect(r.intentConfidence).toBeGreaterThanOrEqual(0);
  expect(r.intentConfidence).toBeLessThanOrEqual(1);
  expect(Array.isArray(r.intents)).toBe(true);
  expect(Array.isArray(r.alternatives)).toBe(true);
  expect(typeof r.ambiguous).toBe('boolean');
  expect(r.procedure === null || typeof r.procedure.code === 'string').toBe(true);
  expect(() => JSON.stringify(r)).not.toThrow();
  JSON.parse(JSON.stringify(r));
}

describe('bad input', () => {
  it.each([
    ['empty', ''],
    ['spaces', '   \n\t '],
    ['10 KB', 'đăng ký khai sinh '.repeat(600)],
    ['emoji only', '😀😀🙏🏻👍'],
    ['other scripts', '你好，我想登记出生 مرحبا Привет'],
    ['HTML', '<div onclick="x()">xin chào</div><img src=x onerror=alert(1)>'],
    ['script tag', '<script>while(true){}</script>'],
    ['control characters', '\u0000\u0001\u0002\u001b[31m\u007f'],
    ['lone surrogate', '\ud83d'],
  ])('%s gives a result, never an exception', (_name, text) => {
    const r = recognizer.recognize(text);
    expectShape(r);
    expect(['out_of_scope', 'help', 'greet', 'ask_procedure']).toContain(r.intent);
  });

  it('treats meaningless input as out of scope', () => {
    expect(recognizer.recognize('').intent).toBe('out_of_scope');
    expect(recognizer.recognize('😀😀😀').intent).toBe('out_of_scope');
    expect(recognizer.recognize('asdfgh qwerty').intent).toBe('out_of_scope');
  });

  it('never throws on random strings and always returns the full shape', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme', maxLength: 200 })), (text) => {
        expectShape(recognizer.recognize(text));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random Vietnamese-like word salad', () => {
    const word = fc.constantFrom('đăng', 'ký', 'khai', 'sinh', 'ks', 'hk', 'kt', 'k', 'tt', '000.00.21.H55-261128-0001', 'j', 'ở', 'đâu', '14t', '0912345678', '?', 'tên là');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), (words) => {
        expectShape(recognizer.recognize(words.join(' ')));
      }),
      { numRuns: 200 },
    );
  });
});
