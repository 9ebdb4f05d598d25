/** `thuky export ID --format html --out page.html [--embed-images]`: the standalone portal page. */
import path from 'node:path';
import { AppError } from '../../shared/errors/app-error';
import { PortalHtmlOptions } from '../../shared/export/portal-html-options';
import { withAttendanceSentences } from '../export/attendees/attendance-sentences';
import { storeImageResolver } from '../export/html/portal-export';
import { writeStandalonePage } from '../export/html/write-standalone-page';
import type { Services } from '../services/services';
import type { CliArgs } from './args';
import type { Print } from './print';

export function exportHtmlCommand(services: Services, args: CliArgs, print: Print, id: string): void {
  const out = args.values.out;
  if (!out) throw new AppError('invalid_input', 'Thiếu --out TỆP.html', { where: 'tham số' });
  if (!/\.html?$/i.test(out)) throw new AppError('invalid_input', 'Tệp xuất HTML phải có đuôi .html', { where: out });
  // Attendance sentences as their lists read now (or frozen).
  const doc = withAttendanceSentences(services.attendees, services.documents.get(id));
  // A page on disk keeps its pictures in "<tên>_files/" unless asked to embed them.
  const options = PortalHtmlOptions.parse({ images: args.values['embed-images'] ? 'embed' : 'files' });
  const written = writeStandalonePage(path.resolve(out), doc, options, storeImageResolver(services.images, options.maxImageSidePx));
  services.revisions.snapshot(id, 'export'); // a revision on every export (issue 6)
  if (args.values.json) return print(JSON.stringify(written));
  print(written.page);
  for (const image of written.images) print(image);
}
