/** `thuky dictionary [list|add TỪ|remove TỪ] [--json]`: the user dictionary the checks skip. */
import { AppError } from '../../shared/errors/app-error';
import type { Services } from '../services/services';
import type { CliArgs } from './args';
import type { Print } from './print';

const USAGE = 'thuky dictionary [list | add TỪ | remove TỪ] [--json]';

export function dictionaryCommand(services: Services, args: CliArgs, print: Print): void {
  const [action = 'list', word, ...extra] = args.positionals;
  if (extra.length > 0) throw new AppError('invalid_input', `Mỗi lần chỉ thêm hoặc bỏ một từ. Cách dùng: ${USAGE}`, { where: 'tham số' });
  let words: string[];
  if (action === 'list') words = services.dictionary.list();
  else if (action === 'add' || action === 'remove') {
    if (!word) throw new AppError('invalid_input', `Thiếu từ. Cách dùng: ${USAGE}`, { where: 'tham số' });
    words = action === 'add' ? services.dictionary.add(word) : services.dictionary.remove(word);
  } else throw new AppError('invalid_input', `Không có thao tác "${action}". Cách dùng: ${USAGE}`, { where: 'tham số' });
  if (args.values.json) return print(JSON.stringify(words));
  if (words.length === 0) return print('Từ điển của bạn chưa có từ nào.');
  for (const item of words) print(item);
}
