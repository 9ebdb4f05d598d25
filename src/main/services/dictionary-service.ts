/**
 * The user dictionary: words the clerk added from the spell check's menu. The editor's underline,
 * the Kiểm tra panel and `thuky check` all skip them (CheckInput.userWords).
 */
import { AppError } from '../../shared/errors/app-error';
import { appErrorFromZod } from '../../shared/errors/from-zod';
import { UserWord } from '../../shared/text/spelling/user-word';
import { isoNow, type Clock } from '../db/clock';
import type { UserWordRepo } from '../db/user-word-repo';

const collator = new Intl.Collator('vi');

export class DictionaryService {
  constructor(
    private readonly repo: UserWordRepo,
    private readonly clock: Clock,
  ) {}

  /** The words in Vietnamese order. */
  list(): string[] {
    return this.repo.list().sort(collator.compare);
  }

  /** What the checker looks words up in. */
  words(): ReadonlySet<string> {
    return new Set(this.repo.list());
  }

  /** Adds a word (already there: nothing changes) and returns the list. */
  add(word: string): string[] {
    this.repo.add(parseWord(word), isoNow(this.clock));
    return this.list();
  }

  remove(word: string): string[] {
    const key = parseWord(word);
    if (!this.repo.remove(key)) throw new AppError('not_found', `Từ "${key}" không có trong từ điển của bạn`, { where: 'từ điển' });
    return this.list();
  }
}

function parseWord(word: string): string {
  const parsed = UserWord.safeParse(word);
  if (!parsed.success) throw appErrorFromZod(parsed.error, 'từ điển');
  return parsed.data;
}
