import { parseChoiceIndex, parseRating, parseYesNo } from '../../src/bot/vietnameseReplies';

describe('parseYesNo', () => {
  test.each(['có', 'co', 'Có ạ', 'rồi', 'roi', 'ừ', 'u', 'ok', 'dạ có', 'da co', 'có rồi', 'đúng rồi', 'vâng', 'dạ', 'Có!', 'có chứ', 'đồng ý', 'dong y', 'tôi đồng ý'])('%s → yes', (t) => {
    expect(parseYesNo(t)).toBe('yes');
  });
  test.each(['không', 'khong', 'k', 'ko', 'chưa', 'chua', 'không có', 'chưa có ạ', 'dạ không', 'da chua', 'hông', 'khum', 'k co', 'mất rồi', 'không đồng ý', 'khong dong y'])('%s → no', (t) => {
    expect(parseYesNo(t)).toBe('no');
  });
  test.each(['', '   ', '🙂', 'lệ phí bao nhiêu', 'tôi muốn hỏi thủ tục khác', 'abc xyz'])('%s → null', (t) => {
    expect(parseYesNo(t)).toBeNull();
  });
});

describe('parseChoiceIndex', () => {
  test.each([
    ['2', 1],
    ['số 2', 1],
    ['cái thứ hai', 1],
    ['thu 2', 1],
    ['cái đầu', 0],
    ['cái đầu tiên', 0],
    ['cái cuối', 2],
    ['thứ ba ạ', 2],
  ])('%s → %i', (t, i) => {
    expect(parseChoiceIndex(t, 3)).toBe(i);
  });
  test.each(['4', 'cái thứ năm', 'khai sinh', '', '0'])('%s → null for 3 items', (t) => {
    expect(parseChoiceIndex(t, 3)).toBeNull();
  });
});

describe('parseRating', () => {
  test.each([['5', 5], ['4 sao', 4], ['năm sao', 5], ['1', 1]])('%s → %i', (t, v) => {
    expect(parseRating(t)).toBe(v);
  });
  test.each(['6', '0', 'tốt', '', '10'])('%s → null', (t) => {
    expect(parseRating(t)).toBeNull();
  });
});

describe('parseYesNo does not take a new question for an answer', () => {
  test.each(['nhà có người mất', 'có cần mang sổ hộ khẩu không', 'tôi có con nhỏ cần làm khai sinh'])('%s → null', (t) => {
    expect(parseYesNo(t)).toBeNull();
  });
});
