import { INTENT_LABELS, RecognizerHolder, type Recognizer } from '../../../src/nlu';
import { PROCEDURES, proc, smallRecognizer } from './fixtures';

const recognizer = smallRecognizer();

describe('procedure resolution', () => {
  it.each([
    ['Thủ tục đăng ký khai sinh cho con như thế nào?', '1.001193'],
    ['dang ky khai sinh cho con', '1.001193'],
    ['lam giay ks cho be can j a', '1.001193'],
    ['dang ky khia sinh', '1.001193'],
    ['dang ky tam chu cho nguoi thue nha', '1.004194'],
    ['bố tôi mất rồi làm giấy tờ gì', '1.000656'],
    ['sổ đỏ bị rách muốn đổi', '1.012783'],
    ['chứng thực chữ ký', '2.000884'],
    ['dang ky ho kinh doan', '1.001612'],
  ])('resolves "%s" to %s', (text, code) => {
    expect(recognizer.recognize(text).procedure?.code).toBe(code);
  });

  it('prefers the plain procedure over its variants with extra qualifiers', () => {
    const r = recognizer.recognize('đăng ký khai sinh');
    expect(r.procedure?.code).toBe('1.001193');
    expect(r.alternatives.map((a) => a.code)).toEqual(expect.arrayContaining(['1.003583']));
  });

  it('picks the variant the citizen names', () => {
    expect(recognizer.recognize('đăng ký khai sinh lưu động').procedure?.code).toBe('1.003583');
    expect(recognizer.recognize('dang ky lai khai sinh').procedure?.code).toBe('1.004884');
  });

  it('reports candidates with calibrated scores, best first', () => {
    const r = recognizer.recognize('đăng ký khai sinh');
    const scores = [r.procedure?.score ?? 0, ...r.alternatives.map((a) => a.score)];
    expect(scores.every((s) => s >= 0 && s <= 1)).toBe(true);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('flags close candidates as ambiguous', () => {
    const twins = [
      ...PROCEDURES,
      { code: '9.100001', name: 'Cấp giấy phép chặt hạ cây xanh', domain: 'Hạ tầng', aliases: [], lifeEvents: [], exampleQuestions: [], curated: false },
      { code: '9.100002', name: 'Cấp giấy phép dịch chuyển cây xanh', domain: 'Hạ tầng', aliases: [], lifeEvents: [], exampleQuestions: [], curated: false },
    ];
    const r = smallRecognizer(twins).recognize('giấy phép cây xanh');
    expect(r.ambiguous).toBe(true);
    expect([r.procedure?.code, r.alternatives[0]?.code].sort()).toEqual(['9.100001', '9.100002']);
  });

  it('prefers accented matches when the citizen typed accents', () => {
    const r = recognizer.recognize('xác nhận số chứng minh nhân dân');
    expect(r.procedure?.code).toBe('1.012566');
  });

  it('returns no procedure when nothing fits', () => {
    expect(recognizer.recognize('giá vàng hôm nay bao nhiêu').procedure).toBeNull();
    expect(recognizer.recognize('xin chào').procedure).toBeNull();
  });

  describe('variants of a plainer procedure', () => {
    const variants = smallRecognizer([
      ...PROCEDURES,
      proc('2.000635', 'Thủ tục cấp bản sao trích lục hộ tịch', 'Hộ tịch', { aliases: ['xin bản sao giấy khai sinh'] }),
      proc('1.004746', 'Thủ tục đăng ký lại kết hôn', 'Hộ tịch', { aliases: ['làm lại giấy đăng ký kết hôn'] }),
      proc('2.000806', 'Thủ tục đăng ký kết hôn có yếu tố nước ngoài', 'Hộ tịch', { exampleQuestions: ['Bạn trai em là Việt kiều, thủ tục kết hôn thế nào?'] }),
    ]);

    it.each([
      ['làm giấy khai sinh cho con', '1.001193'],
      ['xin bản sao giấy khai sinh', '2.000635'],
      ['thủ tục kết hôn', '1.000894'],
      ['làm giấy đăng ký kết hôn', '1.000894'],
      ['làm lại giấy đăng ký kết hôn bị mất', '1.004746'],
      ['đăng ký kết hôn với người nước ngoài', '2.000806'],
      ['lay chong han quoc thi dang ky ket hon the nao', '2.000806'],
    ])('resolves "%s" to %s', (text, code) => {
      expect(variants.recognize(text).procedure?.code).toBe(code);
    });

    it('does not call a plain request ambiguous between the procedure and its variants', () => {
      const r = variants.recognize('đăng ký kết hôn');
      expect(r.procedure?.code).toBe('1.000894');
      expect(r.ambiguous).toBe(false);
    });
  });

  it('does not read "mất phí" as a lost certificate', () => {
    expect(recognizer.recognize('cấp đổi sổ đỏ mất phí bao nhiêu').procedure?.code).toBe('1.012783');
    expect(recognizer.recognize('mất sổ đỏ rồi làm sao').procedure?.code).toBe('1.012786');
  });

  it('keeps a named procedure next to an off-topic word', () => {
    const r = recognizer.recognize('vợ em sinh em bé ở bệnh viện, làm giấy khai sinh thế nào');
    expect(r.intent).toBe('ask_procedure');
    expect(r.procedure?.code).toBe('1.001193');
    expect(recognizer.recognize('bệnh viện nào gần đây').intent).toBe('out_of_scope');
  });

  it('uses life events and aliases', () => {
    expect(recognizer.recognize('nhà tôi có em bé').procedure?.code).toBe('1.001193');
  });
});

describe('intents', () => {
  it.each([
    ['xin chào', 'greet'],
    ['cảm ơn ad nhiều nhé', 'thanks'],
    ['bạn giúp được gì', 'help'],
    ['thôi hủy đi', 'cancel'],
    ['đăng ký kết hôn thế nào', 'ask_procedure'],
    ['dk kh can giay to j', 'ask_documents'],
    ['đăng ký kết hôn lệ phí bao nhiêu', 'ask_fee'],
    ['kết hôn mấy ngày thì có giấy', 'ask_time'],
    ['đăng ký tạm trú ở đâu', 'ask_location'],
    ['dang ky tam tru online duoc khong', 'ask_online'],
    ['tôi muốn nộp hồ sơ đăng ký khai sinh', 'create_dossier'],
    ['kt hs 000.00.21.H55-261128-0001 giup e', 'check_status'],
    ['cho tôi gặp cán bộ', 'talk_to_officer'],
    ['tôi muốn góp ý', 'feedback'],
    ['thời tiết mai thế nào', 'out_of_scope'],
    ['kết quả bóng đá tối qua', 'out_of_scope'],
  ])('"%s" → %s', (text, intent) => {
    expect(recognizer.recognize(text).intent).toBe(intent);
  });

  it('lets a clearly named procedure win over a greeting', () => {
    const r = recognizer.recognize('chào ad, cho hỏi đăng ký khai sinh thế nào');
    expect(r.intent).toBe('ask_procedure');
    expect(r.procedure?.code).toBe('1.001193');
  });

  it('ranks all intents with scores that sum to about 1', () => {
    const r = recognizer.recognize('lệ phí khai sinh');
    expect(r.intents.map((i) => i.intent).sort()).toEqual([...INTENT_LABELS].sort());
    expect(r.intents.reduce((s, i) => s + i.score, 0)).toBeCloseTo(1, 1);
    expect(r.intentConfidence).toBe(r.intents[0]?.score);
  });

  it('returns the normalized text with shorthand expanded and entities', () => {
    const r = recognizer.recognize('tra cuu hs 000.00.21.h55-261128-0001');
    expect(r.normalized).toContain('hồ sơ');
    expect(r.entities.dossierCode).toBe('000.00.21.H55-261128-0001');
  });
});

describe('RecognizerHolder', () => {
  const fixed = (version: string): Recognizer => ({ version, recognize: () => recognizer.recognize('') });

  it('swaps in a new recognizer and hands back the old one', () => {
    const a = fixed('a');
    const b = fixed('b');
    const holder = new RecognizerHolder(a);
    expect(holder.swap(b)).toBe(a);
    expect(holder.current()).toBe(b);
  });

  it('rebuilds from the factory, and keeps the live one when the build fails', () => {
    let calls = 0;
    const holder = new RecognizerHolder(fixed('v0'), () => {
      calls++;
      if (calls === 2) throw new Error('bad catalogue');
      return fixed(`v${calls}`);
    });
    expect(holder.rebuild().version).toBe('v1');
    expect(() => holder.rebuild()).toThrow('bad catalogue');
    expect(holder.current().version).toBe('v1');
  });

  it('serves new catalogue data after a rebuild', () => {
    let procedures = PROCEDURES.filter((p) => p.code !== '1.004873');
    const holder = new RecognizerHolder(smallRecognizer(procedures), () => smallRecognizer(procedures));
    expect(holder.current().recognize('xác nhận tình trạng hôn nhân').procedure?.code).not.toBe('1.004873');
    procedures = PROCEDURES;
    holder.rebuild();
    expect(holder.current().recognize('xác nhận tình trạng hôn nhân').procedure?.code).toBe('1.004873');
  });
});
