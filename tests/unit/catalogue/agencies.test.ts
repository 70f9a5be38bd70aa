import { resolveCommune } from '../../../src/catalogue';
import { agenciesFromRepo } from './factories';

const agencies = agenciesFromRepo();
const data = agencies.data;

describe('deployment agencies data', () => {
  it('deploys at xã Định Hóa with eight communes of the former district, official codes', () => {
    expect(agencies.ourCommune).toMatchObject({ code: '05569', name: 'xã Định Hóa' });
    expect(data.communes).toHaveLength(8);
    expect(new Set(data.communes.map((c) => c.code)).size).toBe(8);
    expect(agencies.oneStop.communeCode).toBe('05569');
  });

  it('invents no phone number or address; unknowns carry a hint', () => {
    for (const a of data.agencies) {
      expect(a.phone).toBeNull();
      expect(a.address).toBeNull();
      if (a.url === null) expect(a.whereToAsk).toEqual(expect.any(String));
    }
    expect(agencies.oneStop.officeHours?.verified).toBe(false);
  });
});

describe('resolveCommune', () => {
  it.each([
    ['xã Định Hóa', '05569', 'current'],
    ['Dinh Hoa', '05569', 'current'],
    ['Định Hoá, tỉnh Thái Nguyên', '05569', 'current'],
    ['thị trấn Chợ Chu', '05569', 'former'],
    ['TT cho chu', '05569', 'former'],
    ['xã Bảo Linh', '05569', 'former'],
    ['Đồng Thịnh', '05569', 'former'],
    ['xa Diem Mac', '05602', 'former'],
    ['Quy Kỳ', '05551', 'former'],
    ['Lam Vĩ', '05542', 'alias'],
    ['xã Bình Yên', '05587', 'current'],
  ])('resolves %s', (input, code, via) => {
    const r = resolveCommune(data, input);
    expect(r?.commune.code).toBe(code);
    expect(r?.via).toBe(via);
  });

  it('maps the former district to all eight communes, choosing the one with its name', () => {
    const r = resolveCommune(data, 'huyện Định Hóa');
    expect(r?.via).toBe('former_district');
    expect(r?.commune.code).toBe('05569');
    expect(r?.candidates).toHaveLength(8);
  });

  it('does not match a unit of another type or an unknown name', () => {
    expect(resolveCommune(data, 'phường Phúc Chu')).toBeNull();
    expect(resolveCommune(data, 'xã Hoàn Kiếm')).toBeNull();
    expect(resolveCommune(data, '   ')).toBeNull();
    expect(resolveCommune(data, 'huyện Võ Nhai')).toBeNull();
  });
});
