import { loadTrainingData } from '../../../src/nlu';
import { foldText } from '../../../src/nlu/fold';
import { normalizeText } from '../../../src/nlu/normalize';
import { PlaceMatcher, type PlacesFile } from '../../../src/nlu/places';
import { DATA_DIR, smallRecognizer } from './fixtures';

const fold = (text: string): string => foldText(normalizeText(text));

const FILE: PlacesFile = {
  version: 1,
  provinces: [
    { name: 'Thái Nguyên', former: ['Bắc Kạn'] },
    { name: 'Phú Thọ', former: ['Hòa Bình', 'Vĩnh Phúc'] },
    { name: 'Hà Nội', former: [] },
  ],
  informal: { 'Hà Nội': ['thủ đô'] },
  bare: ['Hà Nội', 'Vĩnh Phúc'],
  placeWords: ['tỉnh', 'ở', 'tại'],
  residenceContext: ['sinh ở', 'làm thuê'],
  afterContext: ['về', 'làm công ty'],
  localMarkers: ['về quê'],
};

describe('PlaceMatcher', () => {
  const places = new PlaceMatcher(FILE, 'tỉnh Thái Nguyên');
  const find = (text: string) => places.find(fold(text));

  it('finds another province by its current or former name and reports the current one', () => {
    expect(find('làm sổ đỏ ở Hà Nội')).toEqual({ province: 'Hà Nội', text: 'ha noi', residence: false });
    expect(find('đăng ký kết hôn ở Vĩnh Phúc')?.province).toBe('Phú Thọ');
    expect(find('thủ đô có làm được không')?.province).toBe('Hà Nội');
  });

  it('needs a place word before a name that is also an everyday word', () => {
    expect(find('mong hòa bình')).toBeNull();
    expect(find('làm khai sinh ở Hòa Bình')?.province).toBe('Phú Thọ');
  });

  it('never calls the deployment province or its merged former provinces elsewhere', () => {
    expect(find('làm sổ đỏ ở tỉnh Bắc Kạn')).toBeNull();
    expect(find('làm sổ đỏ ở Hà Nội và Thái Nguyên')).toBeNull();
    expect(find('đang ở Hà Nội muốn về quê làm khai sinh')).toBeNull();
  });

  it('marks a place where the citizen was born or works as residence, not as the place of business', () => {
    expect(find('con tôi sinh ở Hà Nội')?.residence).toBe(true);
    expect(find('em đi làm thuê trong Hà Nội')?.residence).toBe(true);
    expect(find('làm giấy khai sinh ở Hà Nội')?.residence).toBe(false);
    expect(find('vợ em ở Hà Nội về làm dâu, nhập khẩu thế nào')?.residence).toBe(true);
    expect(find('em sắp vào Hà Nội làm công ty hai năm')?.residence).toBe(true);
    expect(new PlaceMatcher(loadTrainingData(DATA_DIR).places, 'tỉnh Thái Nguyên').find(fold('làm giấy khai sinh ở Hà Nội'))?.residence).toBe(false);
  });

  it('takes no name the citizen typed with other accents for a province', () => {
    const real = new PlaceMatcher(loadTrainingData(DATA_DIR).places, 'tỉnh Thái Nguyên');
    const typed = (text: string) => real.find(fold(text), normalizeText(text));
    expect(typed('cả xóm muốn làm đồng loạt ở Lâm Đồng')?.province).toBe('Lâm Đồng');
    expect(typed('cả xóm muốn làm đồng loạt thì phải làm gì')).toBeNull();
    expect(typed('lam so do o lam dong')?.province).toBe('Lâm Đồng');
    expect(typed('anh chị em mất, để lại cháu 3 tuổi')).toBeNull();
    // A bare name typed with other accents is skipped, not the real one later in the message.
    expect(typed('con tôi ra hà nói chuyện, giờ làm sổ đỏ ở Hà Nội')?.text).toBe('ha noi');
    expect(typed('con tôi ra hà nói chuyện với bạn')).toBeNull();
  });

  it('finds nothing without a known deployment province', () => {
    expect(new PlaceMatcher(FILE, undefined).find(fold('làm sổ đỏ ở Hà Nội'))).toBeNull();
    expect(new PlaceMatcher(FILE, 'tỉnh Không Có').find(fold('làm sổ đỏ ở Hà Nội'))).toBeNull();
  });

  it('reads the committed data/nlu/places.json: 34 provinces, Thái Nguyên with Bắc Kạn', () => {
    const { places: file } = loadTrainingData(DATA_DIR);
    expect(file.provinces).toHaveLength(34);
    expect(file.provinces.find((p) => p.name === 'Thái Nguyên')?.former).toContain('Bắc Kạn');
    const real = new PlaceMatcher(file, 'tỉnh Thái Nguyên');
    expect(real.find(fold('đăng ký xe ở tỉnh Bắc Giang'))?.province).toBe('Bắc Ninh');
    expect(real.find(fold('tôi ở quận 7 muốn làm giấy khai sinh'))?.province).toBe('quận');
  });
});

describe('another province in the recognizer', () => {
  const recognizer = smallRecognizer();

  it('puts another province\'s business out of scope and names the province', () => {
    const r = recognizer.recognize('thủ tục đăng ký kết hôn ở Hà Nội');
    expect(r.intent).toBe('out_of_scope');
    expect(r.procedure).toBeNull();
    expect(r.entities.otherPlace?.province).toBe('Hà Nội');
  });

  it('keeps the question in scope when the place is where the citizen was born or when a commune of ours is named', () => {
    const born = recognizer.recognize('con tôi sinh ở Hà Nội, giờ làm giấy khai sinh ở đâu');
    expect(born.intent).not.toBe('out_of_scope');
    expect(born.procedure?.code).toBe('1.001193');
    expect(born.entities.otherPlace).toBeUndefined();
    expect(recognizer.recognize('vợ ở Hà Nội, tôi ở Chợ Chu muốn đăng ký kết hôn').procedure?.code).toBe('1.000894');
  });
});
