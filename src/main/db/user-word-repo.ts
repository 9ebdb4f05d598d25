/** SQL for the user dictionary (table user_words): words stored lower case NFC. */
import type { Db } from './open';

export class UserWordRepo {
  constructor(private readonly db: Db) {}

  list(): string[] {
    return (this.db.prepare('SELECT word FROM user_words').all() as Array<{ word: string }>).map((row) => row.word);
  }

  /** True when the word was new. */
  add(word: string, addedAt: string): boolean {
    return this.db.prepare('INSERT INTO user_words (word, added_at) VALUES (?, ?) ON CONFLICT(word) DO NOTHING').run(word, addedAt).changes > 0;
  }

  /** True when the word was there. */
  remove(word: string): boolean {
    return this.db.prepare('DELETE FROM user_words WHERE word = ?').run(word).changes > 0;
  }
}
