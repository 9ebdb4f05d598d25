/** `thuky export ID --format html --out page.html [--embed-images]`: the standalone portal page. */
import path from 'node:path';
import { AppError } from '../../shared/errors/app-error';
import { writePageFiles } from '../export/html/write-standalone-page';
import type { Services } from '../services/services';
import type { CliArgs } from './args';
import type { Print } from './print';

export async function exportHtmlCommand(services: Services, args: CliArgs, print: Print, id: string): Promise<void> {
  const out = args.values.out;
  if (!out) throw new AppError('invalid_input', 'Thiếu --out TỆP.html', { where: 'tham số' });
  if (!/\.html?$/i.test(out)) throw new AppError('invalid_input', 'Tệp xuất HTML phải có đuôi .html', { where: out });
  const file = path.resolve(out);
  // A page on disk keeps its pictures in "<tên>_files/" unless asked to embed them.
  const page = services.exports.page(id, { images: args.values['embed-images'] ? 'embed' : 'files', fileName: path.basename(file) });
  let written = { page: file, images: [] as string[] };
  await services.exports.deliver(id, page, () => {
    written = writePageFiles(file, page);
    return file;
  });
  if (args.values.json) return print(JSON.stringify(written));
  print(written.page);
  for (const image of written.images) print(image);
}
