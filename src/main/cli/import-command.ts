/** `thuky import FILE`: a document from .txt/.json/.html/.docx, or an attendee list from a spreadsheet. */
import { AppError } from '../../shared/errors/app-error';
import type { Services } from '../services/services';
import type { CliArgs } from './args';
import { importAttendeesCommand, isAttendeeImport } from './attendee-import-command';
import type { Print } from './print';

export async function importCommand(services: Services, args: CliArgs, print: Print): Promise<void> {
  if (isAttendeeImport(args)) return importAttendeesCommand(services, args, print);
  const file = args.positionals[0];
  if (!file) throw new AppError('invalid_input', 'Thiếu tên tệp. Cách dùng: thuky import FILE (.txt, .json, .html, .docx hoặc .doc)', { where: 'tham số' });
  const { importFile } = await import('../import/document-import'); // mammoth and the HTML parser load only here
  const notices: string[] = [];
  const input = await importFile(file, {
    putImage: (mime, bytes) => services.images.put(mime, bytes),
    onNotice: (message) => notices.push(message),
    // Issue 15: an import is written in the profile's kiểu bỏ dấu, like a paste (--normalise-tones
    // asks for the same explicitly); --keep-tones keeps the words exactly as the file has them.
    toneStyle: args.values['keep-tones'] && !args.values['normalise-tones'] ? undefined : services.profile.get().toneStyle,
  });
  const doc = services.documents.importDocument(input);
  if (args.values.json) return print(JSON.stringify({ id: doc.id, notices }));
  print(doc.id);
  // stdout stays the id alone (scripts read it); the remark goes beside it.
  for (const notice of notices) process.stderr.write(`Lưu ý: ${notice}\n`);
}
