/** `thuky export ID --format docx --out FILE`: writes the Word file whole or not at all. */
import { AppError } from '../../shared/errors/app-error';
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../export/atomic-write';
import type { Services } from '../services/services';
import type { CliArgs } from './args';
import type { Print } from './print';

export async function exportDocxCommand(services: Services, args: CliArgs, print: Print, id: string): Promise<void> {
  const out = args.values.out;
  if (!out) throw new AppError('invalid_input', 'Thiếu --out TỆP.docx (nơi ghi tệp Word)', { where: '--out' });
  if (args.values.separate) return exportSeparately(services, args, print, id, out);
  const file = await services.exports.word(id);
  await services.exports.deliver(id, file, () => {
    writeFileAtomic(out, file.bytes);
    return out;
  });
  if (args.values.json) return print(JSON.stringify({ file: out, fileName: file.fileName, bytes: file.bytes.length, problems: file.problems }));
  print(`Đã xuất ${out} (${file.bytes.length} byte).`);
  for (const problem of file.problems) print(`Lưu ý: ${problem}`);
}

/** `--separate`: a giấy mời as one file per person invited, into the folder --out (made if missing). */
async function exportSeparately(services: Services, args: CliArgs, print: Print, id: string, folder: string): Promise<void> {
  const files = await services.exports.wordPerAddressee(id);
  const written: Array<{ file: string; bytes: number }> = [];
  await services.exports.deliver(id, files, () => {
    try {
      fs.mkdirSync(folder, { recursive: true });
    } catch (error) {
      throw new AppError('io', 'Không tạo được thư mục', { where: folder, detail: String(error) });
    }
    for (const file of files) {
      const target = path.join(folder, file.fileName);
      writeFileAtomic(target, file.bytes);
      written.push({ file: target, bytes: file.bytes.length });
    }
    return folder;
  });
  if (args.values.json) return print(JSON.stringify({ files: written, problems: files[0]?.problems ?? [] }));
  print(`Đã xuất ${written.length} tệp vào ${folder}.`);
}
