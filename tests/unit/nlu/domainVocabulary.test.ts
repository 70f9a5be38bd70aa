import { analyze } from '../../../src/nlu/analyze';
import { DomainVocabulary } from '../../../src/nlu/domainVocabulary';
import { loadTrainingData } from '../../../src/nlu';
import { DATA_DIR, smallRecognizer } from './fixtures';

const lexicon = loadTrainingData(DATA_DIR).lexicon;
const vocabulary = new DomainVocabulary(['đăng ký kết hôn', 'cho thuê đất', 'vay vốn', 'làm giấy khai sinh cho con'], lexicon);
const read = (text: string): readonly string[] => vocabulary.read(analyze(text, lexicon)).foreign;

describe('DomainVocabulary', () => {
  it('names the words the office never uses', () => {
    expect(read('đăng ký kết hôn ở rạp cưới')).toEqual(expect.arrayContaining(['rạp']));
    expect(read('đăng ký kết hôn')).toEqual([]);
  });

  it('keeps accented spellings apart from their folded twins', () => {
    expect(read('thuê váy')).toEqual(['váy']);
    expect(read('thue vay')).toEqual([]);
  });

  it('forgives a one-letter typo in a longer word', () => {
    expect(read('dang ky khaii sinh')).toEqual([]);
  });

  it('skips numbers and the words it is told to skip', () => {
    const r = vocabulary.read(analyze('khai sinh cho bé Thảo 2024', lexicon), new Set(['thao']));
    expect(r.foreign).toEqual(['bé']);
    expect(r.content).toBeGreaterThan(r.foreign.length);
  });
});

describe('out of scope by vocabulary', () => {
  const recognizer = smallRecognizer();

  it.each(['tiêm phòng dại cho chó ở đâu', 'thuê thợ xây nhà trọn gói giá bao nhiêu một mét vuông', 'thuê váy cưới ở đâu đẹp'])(
    'reads "%s" as out of scope',
    (text) => {
      const r = recognizer.recognize(text);
      expect(r.intent).toBe('out_of_scope');
      expect(r.procedure).toBeNull();
    },
  );

  it('keeps a procedure question that carries a few words of its own', () => {
    const r = recognizer.recognize('Vợ tôi đẻ mổ được năm ngày, tôi đi làm giấy khai sinh cho con được không');
    expect(r.intent).not.toBe('out_of_scope');
    expect(r.procedure?.code).toBe('1.001193');
  });

  it('shows the foreign words in the explanation', () => {
    expect(recognizer.explain('tiêm phòng dại cho chó ở đâu').domain.foreign.length).toBeGreaterThanOrEqual(2);
  });
});
