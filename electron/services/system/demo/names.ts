/**
 * Vietnamese personal names for the demo province (NFC, full diacritics), with rough real frequencies.
 * Family names of the Kinh majority follow the usual survey shares (Nguyễn about 38 % nationally,
 * Trần 11 %, Lê 9.5 %, Phạm 7 % …); ethnic minorities of the Phú Thọ – Hòa Bình – Vĩnh Phúc area
 * have their own common family names.
 */
import { Random, WeightedPicker } from './random.ts';

type Weighted = readonly (readonly [string, number])[];

/** Kinh family names, weights in per cent of the Kinh population of a northern province. */
export const KINH_FAMILY_NAMES: Weighted = [
  ['Nguyễn', 40.5], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 4.6], ['Huỳnh', 0.4], ['Phan', 4.2],
  ['Vũ', 3.6], ['Võ', 0.5], ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.2], ['Ngô', 1.3], ['Dương', 1],
  ['Lý', 0.5], ['Đào', 0.8], ['Đoàn', 0.6], ['Trịnh', 0.6], ['Đinh', 0.7], ['Phùng', 0.5], ['Mai', 0.4],
  ['Trương', 0.4], ['Hà', 0.6], ['Cao', 0.4], ['Lương', 0.4], ['Tạ', 0.3], ['Kiều', 0.3], ['Lưu', 0.3],
  ['Chu', 0.3], ['Tô', 0.3], ['Lâm', 0.3], ['Vương', 0.3], ['Lại', 0.2], ['Đàm', 0.2], ['Triệu', 0.2],
  ['Tống', 0.2], ['Nghiêm', 0.1], ['Quách', 0.1], ['Khổng', 0.1], ['Thái', 0.1], ['Tăng', 0.1], ['Hán', 0.1],
  ['Khúc', 0.1], ['Mạc', 0.1], ['Phí', 0.1], ['Văn', 0.1], ['Kim', 0.05], ['Âu Dương', 0.02],
];

const MINORITY_FAMILY_NAMES: Record<string, Weighted> = {
  // Mường
  '6': [['Bùi', 35], ['Đinh', 25], ['Quách', 10], ['Hà', 10], ['Xa', 4], ['Nguyễn', 6], ['Trương', 4], ['Lê', 6]],
  // Tày
  '2': [['Hoàng', 20], ['Nông', 15], ['Lương', 10], ['Ma', 10], ['Hà', 10], ['Vi', 5], ['Lý', 5], ['Nguyễn', 10], ['Đàm', 5], ['Triệu', 5], ['Sầm', 5]],
  // Thái
  '3': [['Lò', 20], ['Lường', 15], ['Cầm', 12], ['Hà', 15], ['Vi', 8], ['Sầm', 8], ['Quàng', 8], ['Tòng', 7], ['Lê', 7]],
  // Dao
  '9': [['Triệu', 30], ['Bàn', 25], ['Đặng', 20], ['Lý', 15], ['Phùng', 10]],
  // Mông
  '8': [['Giàng', 20], ['Sùng', 15], ['Vàng', 15], ['Thào', 15], ['Lý', 12], ['Hạng', 10], ['Mùa', 8], ['Lầu', 5]],
  // Nùng
  '7': [['Hoàng', 20], ['Nông', 20], ['Lương', 15], ['Vi', 10], ['Lục', 10], ['Chu', 10], ['Triệu', 15]],
  // Sán Dìu
  '18': [['Lý', 20], ['Trần', 15], ['Diệp', 15], ['Lưu', 15], ['Bàn', 10], ['Đặng', 10], ['Hoàng', 15]],
  // Hoa
  '4': [['Lý', 20], ['Trương', 20], ['Hoàng', 15], ['Lâm', 15], ['Mã', 10], ['Châu', 10], ['Quan', 10]],
};

export const MALE_MIDDLE_NAMES: Weighted = [
  ['Văn', 34], ['Hữu', 5], ['Đức', 6], ['Minh', 6], ['Quang', 4], ['Công', 4], ['Xuân', 4], ['Thanh', 3], ['Ngọc', 3],
  ['Trọng', 3], ['Mạnh', 2], ['Tuấn', 2], ['Duy', 2], ['Quốc', 3], ['Thế', 3], ['Đình', 4], ['Anh', 2], ['Hoàng', 1.5],
  ['Việt', 2], ['Tiến', 1.5], ['Bá', 1.5], ['Khắc', 1], ['Kim', 1], ['Trung', 2], ['Hải', 1], ['Huy', 1], ['Chí', 1],
  ['Tất', 0.3], ['Phúc', 0.5], ['Văn Quốc', 0.3], ['Đình Minh', 0.3], ['Quang Minh', 0.3], ['Hữu Minh', 0.3], ['', 1],
];

export const FEMALE_MIDDLE_NAMES: Weighted = [
  ['Thị', 44], ['Thu', 5], ['Thanh', 5], ['Ngọc', 4], ['Hồng', 4], ['Thùy', 3], ['Minh', 3], ['Phương', 2], ['Kim', 3],
  ['Lan', 1], ['Hoài', 1], ['Mai', 1.5], ['Thúy', 2], ['Bích', 2], ['Diệu', 1], ['Khánh', 1.5], ['Hải', 1.5], ['Quỳnh', 1],
  ['Vân', 1], ['Hương', 1], ['Thị Thu', 4], ['Thị Ngọc', 2], ['Thị Thanh', 3], ['Thị Minh', 2], ['Thị Hồng', 2],
  ['Thị Kim', 1.5], ['Thị Thúy', 1], ['Thị Bích', 1], ['Thị Lan', 0.5], ['Thị Mai', 0.5], ['', 1],
];

export const MALE_GIVEN_NAMES: Weighted = [
  ['Anh', 4], ['Bình', 2], ['Cường', 3], ['Dũng', 4], ['Đức', 3], ['Dương', 1.5], ['Hải', 3], ['Hùng', 4], ['Hưng', 2.5],
  ['Hoàng', 1.5], ['Huy', 2.5], ['Khoa', 1], ['Khánh', 1.5], ['Long', 3], ['Lâm', 1.5], ['Minh', 3], ['Nam', 3],
  ['Nghĩa', 2], ['Phong', 2], ['Phúc', 1.5], ['Quang', 2], ['Quân', 2], ['Sơn', 4], ['Tâm', 2], ['Thắng', 3],
  ['Thành', 4], ['Tiến', 2.5], ['Toàn', 2], ['Trung', 3], ['Tuấn', 4], ['Tùng', 2], ['Việt', 2], ['Vinh', 2],
  ['Hiếu', 2], ['Hậu', 1], ['Đạt', 2], ['Định', 1], ['Đông', 1], ['Chiến', 2], ['Thịnh', 1.5], ['Thái', 1], ['Bảo', 1],
  ['Nên', 0.3], ['Lợi', 1.5], ['Luân', 0.5], ['Lực', 1], ['Mạnh', 2], ['Ninh', 1], ['Phát', 0.5], ['Quý', 1], ['Sáng', 1],
  ['Thuận', 1.5], ['Toản', 1], ['Tú', 1], ['Tuyên', 1], ['Vũ', 1], ['Hòa', 2], ['Kiên', 1.5], ['Khải', 0.5], ['Giang', 1],
  ['Duy', 1.5], ['Điệp', 0.5], ['Cảnh', 1], ['Chung', 1], ['Công', 1], ['Cương', 0.5], ['Dân', 0.5], ['Hào', 0.5],
  ['Hiển', 1], ['Hiệp', 1], ['Hoan', 0.5], ['Học', 0.5], ['Huấn', 0.5], ['Khang', 0.5], ['Khiêm', 0.5], ['Lộc', 1],
  ['Nhân', 1], ['Phương', 1], ['Quyết', 1], ['Sinh', 0.5], ['Tài', 1], ['Thanh', 1.5], ['Thông', 1], ['Trường', 1.5],
  ['Tuyến', 0.5], ['Xuân', 0.5], ['Đoàn', 0.3], ['Độ', 0.3], ['Sửu', 0.2], ['Dần', 0.2], ['Mão', 0.2], ['Ngọ', 0.2],
];

export const FEMALE_GIVEN_NAMES: Weighted = [
  ['Anh', 3], ['Ánh', 1], ['Chi', 1.5], ['Dung', 2.5], ['Duyên', 1.5], ['Giang', 1.5], ['Hà', 3], ['Hạnh', 2.5],
  ['Hằng', 3], ['Hiền', 2.5], ['Hoa', 3], ['Hồng', 2], ['Hương', 4], ['Hường', 1.5], ['Huyền', 3], ['Lan', 3],
  ['Liên', 2], ['Linh', 3], ['Loan', 1.5], ['Mai', 2.5], ['Nga', 3], ['Ngân', 1.5], ['Ngọc', 1.5], ['Nhung', 2],
  ['Oanh', 1.5], ['Phương', 2.5], ['Quyên', 1], ['Quỳnh', 1.5], ['Thảo', 3], ['Thanh', 2], ['Thủy', 3], ['Thúy', 2.5],
  ['Trang', 3], ['Trâm', 0.5], ['Tuyết', 1], ['Uyên', 0.5], ['Vân', 2], ['Yến', 2], ['Nhàn', 1], ['Nhài', 0.3],
  ['Lý', 0.5], ['Lụa', 0.3], ['Gấm', 0.3], ['Đào', 0.8], ['Điệp', 0.5], ['Dịu', 0.5], ['Hòa', 1], ['Huệ', 1.5],
  ['Lành', 0.5], ['Lệ', 0.5], ['Luyến', 0.5], ['Nguyệt', 1], ['Phượng', 1], ['Sen', 0.5], ['Tâm', 1], ['Thắm', 1],
  ['Thơm', 1], ['Thu', 1.5], ['Thư', 1], ['Tình', 0.5], ['Tươi', 0.7], ['Xuân', 1], ['Đông', 0.3], ['Diệp', 0.3],
];

const HMONG_MALE_MIDDLE: Weighted = [['A', 35], ['Văn', 45], ['Seo', 10], ['Mí', 5], ['', 5]];
const HMONG_FEMALE_MIDDLE: Weighted = [['Thị', 75], ['Mí', 15], ['', 10]];
const HMONG_MALE_GIVEN: Weighted = [['Páo', 3], ['Chứ', 3], ['Sử', 2], ['Dế', 2], ['Tủa', 2], ['Lử', 2], ['Pó', 1], ['Chính', 2], ['Sính', 2], ['Dình', 1], ['Thào', 1], ['Vừ', 1]];
const HMONG_FEMALE_GIVEN: Weighted = [['Mỷ', 3], ['Dua', 2], ['Say', 2], ['Pằng', 2], ['Sua', 2], ['Mai', 2], ['Dợ', 1], ['Chá', 1], ['Xúa', 1]];

export type Sex = 'M' | 'F';

export interface PersonName {
  familyName: string;
  middleName: string;
  givenName: string;
}

/** Picks names; built once per generation (the weight tables are reused). */
export class NamePicker {
  private readonly kinhFamily = new WeightedPicker(KINH_FAMILY_NAMES);
  private readonly minorityFamily = new Map(Object.entries(MINORITY_FAMILY_NAMES).map(([k, v]) => [k, new WeightedPicker(v)] as const));
  private readonly middle = { M: new WeightedPicker(MALE_MIDDLE_NAMES), F: new WeightedPicker(FEMALE_MIDDLE_NAMES) };
  private readonly given = { M: new WeightedPicker(MALE_GIVEN_NAMES), F: new WeightedPicker(FEMALE_GIVEN_NAMES) };
  private readonly hmongMiddle = { M: new WeightedPicker(HMONG_MALE_MIDDLE), F: new WeightedPicker(HMONG_FEMALE_MIDDLE) };
  private readonly hmongGiven = { M: new WeightedPicker(HMONG_MALE_GIVEN), F: new WeightedPicker(HMONG_FEMALE_GIVEN) };

  familyName(rng: Random, ethnicCode: string): string {
    return (this.minorityFamily.get(ethnicCode) ?? this.kinhFamily).pick(rng);
  }

  /** A whole name; the given name differs from the last middle word ("Nguyễn Văn Văn" never). */
  person(rng: Random, sex: Sex, ethnicCode: string): PersonName {
    const familyName = this.familyName(rng, ethnicCode);
    const hmong = ethnicCode === '8';
    const middleName = (hmong ? this.hmongMiddle : this.middle)[sex].pick(rng);
    const givenPicker = (hmong ? this.hmongGiven : this.given)[sex];
    let givenName = givenPicker.pick(rng);
    const lastMiddle = middleName.split(' ').pop();
    for (let tries = 0; tries < 5 && (givenName === lastMiddle || givenName === familyName); tries++) givenName = givenPicker.pick(rng);
    return { familyName, middleName, givenName };
  }

  /** A given name alone (an other name, "tên gọi khác"). */
  givenName(rng: Random, sex: Sex): string {
    return this.given[sex].pick(rng);
  }
}
