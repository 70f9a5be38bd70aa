import path from 'node:path';
import { buildRecognizer, loadTrainingData, type NluCatalogue, type NluProcedure, type VietnameseRecognizer } from '../../../src/nlu';

export const DATA_DIR = path.resolve(__dirname, '..', '..', '..', 'data');

export function proc(code: string, name: string, domain: string, extra: Partial<NluProcedure> = {}): NluProcedure {
  return { code, name, domain, levels: ['commune'], aliases: [], lifeEvents: [], exampleQuestions: [], curated: false, ...extra };
}

/** A small catalogue with the look of the real one: official names, near-duplicates, distractors. */
export const PROCEDURES: NluProcedure[] = [
  proc('1.001193', 'Thủ tục đăng ký khai sinh', 'Hộ tịch', { aliases: ['làm giấy khai sinh'], curated: true }),
  proc('1.003583', 'Thủ tục đăng ký khai sinh lưu động', 'Hộ tịch'),
  proc('2.000528', 'Thủ tục đăng ký khai sinh có yếu tố nước ngoài', 'Hộ tịch'),
  proc('1.004884', 'Thủ tục đăng ký lại khai sinh', 'Hộ tịch'),
  proc('1.000656', 'Thủ tục đăng ký khai tử', 'Hộ tịch'),
  proc('1.000894', 'Thủ tục đăng ký kết hôn', 'Hộ tịch'),
  proc('1.004873', 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân', 'Hộ tịch'),
  proc('1.004194', 'Đăng ký tạm trú', 'Đăng ký, quản lý cư trú'),
  proc('1.004222', 'Đăng ký thường trú', 'Đăng ký, quản lý cư trú'),
  proc('2.000815', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp', 'Chứng thực'),
  proc('2.000884', 'Chứng thực chữ ký trong các giấy tờ, văn bản', 'Chứng thực'),
  proc('1.001612', 'Đăng ký thành lập hộ kinh doanh', 'Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)'),
  proc('1.012783', 'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', 'Đất đai', { levels: ['province'] }),
  proc('1.012786', 'Cấp lại Giấy chứng nhận do bị mất', 'Đất đai', { levels: ['province'] }),
  proc('1.012566', 'Xác nhận số chứng minh nhân dân 09 số, số định danh cá nhân', 'Cấp, quản lý căn cước'),
  proc('9.000001', 'Khai thuế đối với hoạt động khai thác dầu khí', 'Thuế', { levels: ['ministry'] }),
  proc('9.000002', 'Cấp giấy phép hoạt động bến thủy nội địa', 'Đường thủy nội địa', { levels: ['province'] }),
];

export const LIFE_EVENTS = [{ id: 'new_baby', name: 'Sinh con', aliases: ['có em bé'], procedures: ['1.001193'] }];

export function smallCatalogue(procedures: NluProcedure[] = PROCEDURES): NluCatalogue {
  return { all: () => procedures, lifeEvents: () => LIFE_EVENTS };
}

export const COMMUNES = [
  { name: 'xã Định Hóa', aliases: ['Định Hóa'], formerUnits: ['thị trấn Chợ Chu', 'xã Phúc Chu', 'xã Bảo Linh', 'xã Đồng Thịnh'] },
  { name: 'xã Bình Yên', aliases: [], formerUnits: ['xã Sơn Phú'] },
];

export const NOW = new Date('2026-11-28T03:00:00Z');

export function smallRecognizer(procedures?: NluProcedure[]): VietnameseRecognizer {
  return buildRecognizer({ catalogue: smallCatalogue(procedures), trainingData: loadTrainingData(DATA_DIR), communes: COMMUNES, province: 'tỉnh Thái Nguyên', now: () => NOW });
}
