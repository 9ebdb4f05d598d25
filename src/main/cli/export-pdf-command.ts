/** `thuky export ID --format pdf --out FILE`: the Word file converted by Word or LibreOffice; whole or nothing. */
import { AppError } from '../../shared/errors/app-error';
import { exportPdfToFile } from '../export/pdf/export-pdf';
import type { Services } from '../services/services';
import type { CliArgs } from './args';
import type { Print } from './print';

export async function exportPdfCommand(services: Services, args: CliArgs, print: Print, id: string): Promise<void> {
  const out = args.values.out;
  if (!out) throw new AppError('invalid_input', 'Thiếu --out TỆP.pdf (nơi ghi tệp PDF)', { where: '--out' });
  const controller = new AbortController();
  const abort = () => controller.abort();
  process.once('SIGINT', abort);
  try {
    const result = await exportPdfToFile(services, id, out, { signal: controller.signal });
    await services.exports.deliver(id, result, () => out);
    if (args.values.json) return print(JSON.stringify({ file: out, fileName: result.fileName, bytes: result.bytes.length, convertedBy: result.convertedBy, problems: result.problems }));
    print(`Đã xuất ${out} (${result.bytes.length} byte, dàn trang bởi ${result.convertedBy}).`);
    for (const problem of result.problems) print(`Lưu ý: ${problem}`);
  } finally {
    process.removeListener('SIGINT', abort);
  }
}
