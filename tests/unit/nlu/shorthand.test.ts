import path from 'node:path';
import { analyze } from '../../../src/nlu/analyze';
import { loadTrainingData } from '../../../src/nlu';

const lexicon = loadTrainingData(path.resolve(__dirname, '..', '..', '..', 'data')).lexicon;
const expand = (text: string, context: string[] = []): string => analyze(text, lexicon, context).normalized;

describe('shorthand expansion', () => {
  it('expands unambiguous teencode', () => {
    expect(expand('lam giay ks cho be can j a')).toBe('lam giay khai sinh cho be can gì a');
    expect(expand('dk tam tru ntn')).toBe('đăng ký tam tru như thế nào');
    expect(expand('cccd het han')).toBe('căn cước công dân het han');
  });

  it.each([
    ['kt hồ sơ giúp em', 'kiểm tra hồ sơ giúp em'],
    ['đk kt cho bố', 'đăng ký khai tử cho bố'],
    ['nhập hk cho vợ', 'nhập hộ khẩu cho vợ'],
    ['em hk biết', 'em không biết'],
    ['dk tt cho con', 'đăng ký thường trú cho con'],
    ['cho hỏi tt gì', 'cho hỏi thủ tục gì'],
    ['phí 50k', 'phí 50 nghìn'],
    ['k biết', 'không biết'],
    ['cccd cho bé dưới 14t', 'căn cước công dân cho bé dưới 14 tuổi'],
  ])('reads the ambiguous short form in "%s" from its context', (input, expected) => {
    expect(expand(input)).toBe(expected);
  });

  it('uses the conversation procedure as context', () => {
    expect(expand('kt')).toBe('kiểm tra');
    expect(expand('kt', ['dang', 'ky', 'khai', 'tu'])).toBe('khai tử');
  });
});

describe('new shorthand and openers', () => {
  it.each([
    ['e ko bt hỏi gì', 'e không biết hỏi gì'],
    ['ktra hồ sơ giúp em', 'kiểm tra hồ sơ giúp em'],
    ['hd em với', 'hướng dẫn em với'],
    ['chứng thực hd mua bán đất', 'chứng thực hợp đồng mua bán đất'],
    ['đăng ký xe ở cax', 'đăng ký xe ở công an xã'],
  ])('reads "%s"', (input, expected) => {
    expect(expand(input)).toBe(expected);
  });
});

