import fc from 'fast-check';
import { splitText, ZALO_MAX_TEXT_LENGTH } from '../../../src/channels/zalo/splitText';

const squash = (text: string): string => text.replace(/\s+/g, '');

describe('splitText', () => {
  it.each([
    ['short text stays whole', 'Dạ, em chào anh/chị ạ.', 50, ['Dạ, em chào anh/chị ạ.']],
    ['empty text sends nothing', '  \n ', 50, []],
    ['paragraphs that fit are kept together', 'aaa\n\nbbb\n\nccc', 8, ['aaa\n\nbbb', 'ccc']],
    ['a paragraph boundary wins over a line break', 'aaaa\nbb\n\ncccc', 8, ['aaaa\nbb', 'cccc']],
    ['a long paragraph splits at sentence ends', 'Một hai. Ba bốn. Năm sáu.', 16, ['Một hai. Ba bốn.', 'Năm sáu.']],
    ['a long sentence splits between words', 'một hai ba bốn năm', 8, ['một hai', 'ba bốn', 'năm']],
    ['a word longer than the limit is cut', 'abcdefghij', 4, ['abcd', 'efgh', 'ij']],
  ])('%s', (_name, text, max, expected) => {
    expect(splitText(text, max)).toEqual(expected);
  });

  it('defaults to the 2,000-character limit', () => {
    const paragraph = 'Dạ, '.padEnd(900, 'x');
    const chunks = splitText([paragraph, paragraph, paragraph].join('\n\n'));
    expect(ZALO_MAX_TEXT_LENGTH).toBe(2000);
    expect(chunks).toEqual([`${paragraph}\n\n${paragraph}`, paragraph]);
  });

  it('never cuts an emoji in half', () => {
    const chunks = splitText('😀😀😀', 3);
    expect(chunks.join('')).toBe('😀😀😀');
    for (const chunk of chunks) expect(chunk).not.toMatch(/[\ud800-\udbff]$/);
  });

  it('keeps every chunk within the limit and all the text in order', () => {
    const word = fc.string({ minLength: 1, maxLength: 30, unit: fc.constantFrom('a', 'ă', 'ệ', 'b', '.', '😀') });
    const separator = fc.constantFrom(' ', '\n', '\n\n', '. ');
    const text = fc.array(fc.tuple(word, separator), { maxLength: 60 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 2, max: 120 }), (input, max) => {
        const chunks = splitText(input, max);
        for (const chunk of chunks) {
          expect(chunk.length).toBeLessThanOrEqual(max);
          expect(chunk.trim()).toBe(chunk);
          expect(chunk.length).toBeGreaterThan(0);
        }
        expect(squash(chunks.join(''))).toBe(squash(input));
      }),
    );
  });

  it('only breaks between paragraphs when every paragraph fits', () => {
    const paragraph = fc.string({ minLength: 1, maxLength: 40, unit: fc.constantFrom('a', 'b', ' ', 'ư') }).filter((p) => p.trim() === p && p.length > 0);
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 20 }), (paragraphs) => {
        const chunks = splitText(paragraphs.join('\n\n'), 40);
        expect(chunks.flatMap((chunk) => chunk.split('\n\n'))).toEqual(paragraphs);
      }),
    );
  });
});
