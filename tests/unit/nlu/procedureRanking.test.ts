import { buildRecognizer, loadTrainingData, type NluTrainingData } from '../../../src/nlu';
import { DEFAULT_SCORING } from '../../../src/nlu/procedureScoring';
import { StoryClassifier } from '../../../src/nlu/storyClassifier';
import { COMMUNES, DATA_DIR, NOW, PROCEDURES, proc, smallCatalogue } from './fixtures';

const WITH_DEREGISTRATION = [...PROCEDURES, proc('1.003197', 'Xóa đăng ký thường trú', 'Đăng ký, quản lý cư trú')];

function recognizer(stories: Record<string, string[]> = {}) {
  const base = loadTrainingData(DATA_DIR);
  const trainingData: NluTrainingData = { ...base, stories: new Map(Object.entries(stories)) };
  return buildRecognizer({ catalogue: smallCatalogue(WITH_DEREGISTRATION), trainingData, communes: COMMUNES, province: 'tỉnh Thái Nguyên', now: () => NOW });
}

describe('a procedure name the citizen typed word for word', () => {
  const bot = recognizer();

  it('picks the longer name that contains the shorter one, even when a situation evokes the shorter', () => {
    // "định cư" evokes moving house (đăng ký thường trú); the citizen typed the whole name of its removal.
    const text = 'cho hỏi thủ tục xóa đăng ký thường trú cho người đã đi định cư nước ngoài';
    const match = bot.explain(text).procedureMatch;
    expect(match.rawCodes).toContain('1.004222');
    expect(bot.recognize(text).procedure?.code).toBe('1.003197');
    expect(bot.recognize('xoa dang ky thuong tru cho con da chuyen vao nam').procedure?.code).toBe('1.003197');
  });

  it('leaves the shorter name when only it was typed', () => {
    expect(bot.recognize('đăng ký thường trú cho vợ về ở với chồng').procedure?.code).toBe('1.004222');
  });
});

describe('StoryClassifier', () => {
  const stories = [
    { code: 'death', keys: ['bo', 'mat', 'bao', 'xa'] },
    { code: 'death', keys: ['ong', 'di', 'roi', 'bao'] },
    { code: 'death', keys: ['ba', 'qua_doi', 'lam', 'giay'] },
    { code: 'birth', keys: ['vo', 'de', 'lam', 'giay'] },
    { code: 'birth', keys: ['be', 'moi', 'de', 'xa'] },
  ];

  it('pools every story of a procedure: words spread over several stories add up', () => {
    const classifier = new StoryClassifier(stories, 0.03, 1);
    const result = classifier.posterior(['ong', 'mat', 'bao']);
    expect(result?.known).toBe(3);
    const death = classifier.codes.indexOf('death');
    const birth = classifier.codes.indexOf('birth');
    expect(result?.probability[death]).toBeGreaterThan(0.9);
    expect(result?.probability[birth]).toBeLessThan(0.1);
    expect(classifier.posterior(['be', 'de'])?.probability[birth]).toBeGreaterThan(0.9);
  });

  it('knows nothing of words no story uses, and a higher temperature is less sure', () => {
    const sure = new StoryClassifier(stories, 0.03, 1);
    const unsure = new StoryClassifier(stories, 0.03, 3);
    expect(sure.posterior(['thoi_tiet', 'hom_nay'])).toBeNull();
    const death = sure.codes.indexOf('death');
    const p = (c: StoryClassifier): number => c.posterior(['ong', 'mat'])?.probability[death] ?? 0;
    expect(p(unsure)).toBeGreaterThan(0.5);
    expect(p(unsure)).toBeLessThan(p(sure));
    const probabilities = [...(sure.posterior(['lam', 'giay', 'xa'])?.probability ?? [])];
    expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });
});

describe('pooled stories in the ranking', () => {
  const stories = {
    '1.000656': ['ông cụ nhà tôi vừa đi hôm qua', 'con cháu muốn lên xã báo cho đúng', 'bà nội đi rồi, gia đình muốn báo xã'],
    '1.001193': ['con cháu lên xã làm giấy cho em bé mới đẻ hôm qua'],
  };
  const scored = (weight: number, text: string): Map<string, number> => {
    const base = loadTrainingData(DATA_DIR);
    const trainingData: NluTrainingData = { ...base, stories: new Map(Object.entries(stories)) };
    const bot = buildRecognizer({
      catalogue: smallCatalogue(),
      trainingData,
      communes: COMMUNES,
      province: 'tỉnh Thái Nguyên',
      now: () => NOW,
      scoring: { ...DEFAULT_SCORING, storyClassifierWeight: weight },
    });
    const match = bot.explain(text).procedureMatch;
    return new Map(match.rawCodes.map((code, i) => [code, match.raw[i] ?? 0]));
  };

  it('raises the procedure whose stories, together, tell what the message tells', () => {
    const text = 'cụ nhà tôi đi hôm qua, con cháu lên xã báo';
    const alone = scored(0, text);
    const pooled = scored(0.25, text);
    expect(pooled.get('1.000656') ?? 0).toBeGreaterThan((alone.get('1.000656') ?? 0) + 0.1);
    expect(pooled.get('1.000656') ?? 0).toBeLessThanOrEqual((alone.get('1.000656') ?? 0) + 0.25);
  });

  it('stays out of a message that types a procedure\'s name', () => {
    const text = 'đăng ký kết hôn rồi giờ con cháu lên xã báo';
    expect(scored(0.25, text)).toEqual(scored(0, text));
    expect([...scored(0.25, text).keys()][0]).toBe('1.000894');
  });

  it('names the procedure of a story the classifier is sure of, though the message has none of its words', () => {
    const idStories = {
      '1.012566': [
        'ngân hàng bảo số thẻ cũ với số thẻ mới không khớp, bắt đi xin giấy',
        'ngân hàng không cho rút tiền vì số trên sổ khác số thẻ mới',
        'bên bảo hiểm bảo số cũ số mới lệch nhau, phải có giấy chứng minh là một người',
        'số trên sổ tiết kiệm là số cũ 9 số, ngân hàng đòi giấy xác nhận',
      ],
    };
    const text = 'thẻ mới khác số cũ thì ngân hàng bắt làm gì';
    expect(recognizer().recognize(text).procedure).toBeNull();
    const told = recognizer(idStories).explain(text);
    expect([told.procedureMatch.specific, told.procedureMatch.told]).toEqual([false, true]);
    expect(told.result.procedure?.code).toBe('1.012566');
  });
});
