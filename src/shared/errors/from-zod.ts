/** Turns a zod failure into one AppError naming the first bad field in Vietnamese. */
import type { z } from 'zod';
import { AppError } from './app-error';
import { labelForPath } from './field-labels';

export function appErrorFromZod(error: z.ZodError, context?: string): AppError {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? labelForPath(issue.path) : undefined;
  const message = issue ? describeIssue(issue) : 'Dữ liệu không hợp lệ';
  const more = error.issues.length > 1 ? ` (và ${error.issues.length - 1} lỗi khác)` : '';
  return new AppError('invalid_input', message + more, {
    where: context ? (where ? `${context} › ${where}` : context) : where,
    detail: error.issues.map((item) => `${item.path.join('.')}: ${item.message}`).join('\n'),
  });
}

function describeIssue(issue: z.core.$ZodIssue): string {
  // Messages written in the schema are already Vietnamese; zod's defaults are English.
  if (issue.message && !/^(Invalid|Too|Expected|Unrecognized|Required)/i.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'thiếu giá trị bắt buộc' : `sai kiểu dữ liệu (cần ${issue.expected})`;
    case 'too_small':
      return issue.origin === 'string' ? 'không được để trống' : `quá ít (tối thiểu ${String(issue.minimum)})`;
    case 'too_big':
      return `quá dài (tối đa ${String(issue.maximum)})`;
    case 'invalid_value':
      return `giá trị không được chấp nhận (chỉ nhận: ${issue.values.map(String).join(', ')})`;
    case 'unrecognized_keys':
      return `có trường lạ: ${issue.keys.join(', ')}`;
    case 'invalid_format':
      return 'sai định dạng';
    default:
      return 'giá trị không hợp lệ';
  }
}
