/** `thuky export ID --format docx --out FILE`: writes the Word file whole or not at all. */
import { AppError } from '../../shared/errors/app-error';
import { writeFileAtomic } from '../export/atomic-write';
import type { Services } from '../services/services';
import type { CliArgs } from './args';
import type { Print } from './print';

export async function exportDocxCommand(services: Services, args: CliArgs, print: Print, id: string): Promise<void> {
  const out = args.values.out;
  if (!out) throw new AppError('invalid_input', 'Thiếu --out TỆP.docx (nơi ghi tệp Word)', { where: '--out' });
  const file = await services.exports.word(id);
  await services.exports.deliver(id, file, () => {
    writeFileAtomic(out, file.bytes);
    return out;
  });
  if (args.values.json) return print(JSON.stringify({ file: out, fileName: file.fileName, bytes: file.bytes.length, problems: file.problems }));
  print(`Đã xuất ${out} (${file.bytes.length} byte).`);
  for (const problem of file.problems) print(`Lưu ý: ${problem}`);
}
