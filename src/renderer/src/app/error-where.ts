/** Where an error is, in words a user knows. */
import { labelForPath } from '../../../shared/errors/field-labels';

/**
 * "documents.save › content.frame.signer.name" → "Họ tên người ký (frame.signer.name)": the route name
 * is for the detail view; the user sees the field.
 */
export function friendlyWhere(where: string | undefined): string | undefined {
  if (!where) return where;
  const last = where.split(' › ').pop() ?? where;
  const path = last.replace(/^content\./, '');
  if (!/^[A-Za-z0-9_.]+$/.test(path)) return last;
  const label = labelForPath(path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)));
  return label === path ? last : label;
}
