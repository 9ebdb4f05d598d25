/** `thuky export ID --format docx --out FILE`: writes the Word file whole or not at all. */
import { AppError } from '../../shared/errors/app-error';
import { exportDocxToFile } from '../export/docx/export-document';
import type { Services } from '../services/services';
import type { CliArgs } from './args';
import type { Print } from './print';

export async function exportDocxCommand(services: Services, args: CliArgs, print: Print, id: string): Promise<void> {
  const out = args.values.out;
  if (!out) throw new AppError('invalid_input', 'Thiếu --out TỆP.docx (nơi ghi tệp Word)', { where: '--out' });
  const result = await exportDocxToFile(services, id, out);
  services.revisions.snapshot(id, 'export'); // a revision on every export (issue 6)
  if (args.values.json) return print(JSON.stringify({ file: out, fileName: result.fileName, bytes: result.bytes.length, problems: result.problems }));
  print(`Đã xuất ${out} (${result.bytes.length} byte).`);
  for (const problem of result.problems) print(`Lưu ý: ${problem}`);
}
