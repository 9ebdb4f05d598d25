/** `thuky export ID --format html|docx|pdf`: each format loads its own libraries, and only when asked for. */
import { AppError } from '../../shared/errors/app-error';
import type { Services } from '../services/services';
import type { CliArgs } from './args';
import type { Print } from './print';
import { requireId } from './document-commands';

export async function exportCommand(services: Services, args: CliArgs, print: Print): Promise<void> {
  const id = requireId(args, 'thuky export ID --format html --out TỆP [--embed-images]');
  const format = args.values.format ?? 'html';
  if (format === 'html') return (await import('./export-html-command')).exportHtmlCommand(services, args, print, id);
  if (format === 'docx') return (await import('./export-docx-command')).exportDocxCommand(services, args, print, id);
  if (format === 'pdf') return (await import('./export-pdf-command')).exportPdfCommand(services, args, print, id);
  throw new AppError('invalid_input', `Chưa hỗ trợ xuất định dạng "${format}" (nhận: html, docx, pdf)`, { where: '--format' });
}
