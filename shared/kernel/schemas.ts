import { z } from 'zod';
import { isIsoPartialDate, isIsoFullDate } from './dates/partialDate.ts';

export const id = z.number().int().positive();

/** Non-empty single-line text, trimmed; NFC composition happens in the service. */
export const text = (max: number) => z.string().trim().min(1, 'Không được để trống').max(max, `Tối đa ${max} ký tự`);
export const optionalText = (max: number) => z.string().trim().max(max, `Tối đa ${max} ký tự`).nullable().default(null);

/** ISO partial date: "1965", "1965-03" or "1965-03-12". */
export const partialDate = z.string().refine(isIsoPartialDate, 'Ngày không hợp lệ (nhập năm, tháng/năm hoặc ngày/tháng/năm)');
/** ISO full date "yyyy-mm-dd". */
export const fullDate = z.string().refine(isIsoFullDate, 'Ngày không hợp lệ (nhập đủ ngày/tháng/năm)');

export const code = z.string().trim().min(1).max(40);

export const page = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
};

export const decision = {
  decisionNo: optionalText(60),
  note: optionalText(2000),
};
