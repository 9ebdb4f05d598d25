/** SQL for the people directory; the only place that knows its columns. */
import { Person } from '../../shared/attendee/person';
import { duplicateKey } from '../../shared/attendee/name-key';
import { AppError } from '../../shared/errors/app-error';
import { compareGivenName } from '../../shared/attendee/name-key';
import type { Db } from './open';

interface PersonRow {
  id: string;
  honorific: string;
  full_name: string;
  title: string;
  unit: string;
  protocol_rank: number | null;
  note: string;
}

function toPerson(row: PersonRow): Person {
  return { id: row.id, honorific: row.honorific, fullName: row.full_name, title: row.title, unit: row.unit, protocolRank: row.protocol_rank, note: row.note };
}

export class PersonRepo {
  constructor(private readonly db: Db) {}

  /** Everyone, by given name in Vietnamese order (how a clerk looks a person up). */
  list(): Person[] {
    const rows = this.db.prepare('SELECT * FROM people').all() as PersonRow[];
    return rows.map(toPerson).sort((a, b) => compareGivenName(a.fullName, b.fullName) || a.unit.localeCompare(b.unit, 'vi'));
  }

  get(id: string): Person {
    const row = this.db.prepare('SELECT * FROM people WHERE id = ?').get(id) as PersonRow | undefined;
    if (!row) throw new AppError('not_found', 'Không tìm thấy người trong danh bạ', { where: id });
    return toPerson(row);
  }

  /** Every person's id, for dropping links to people who are gone. */
  ids(): Set<string> {
    return new Set(this.db.prepare('SELECT id FROM people').pluck().all() as string[]);
  }

  exists(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM people WHERE id = ?').get(id) !== undefined;
  }

  /** People whose name folds to the same key ("Nguyen Van A" finds "Nguyễn Văn A"). */
  findByDuplicateKey(fullName: string): Person[] {
    const rows = this.db.prepare('SELECT * FROM people WHERE dup_key = ?').all(duplicateKey(fullName)) as PersonRow[];
    return rows.map(toPerson);
  }

  upsert(person: Person, updatedAt: string): void {
    this.db
      .prepare(
        `INSERT INTO people (id, honorific, full_name, title, unit, protocol_rank, note, dup_key, updated_at)
         VALUES (@id, @honorific, @fullName, @title, @unit, @protocolRank, @note, @dupKey, @updatedAt)
         ON CONFLICT(id) DO UPDATE SET honorific = excluded.honorific, full_name = excluded.full_name, title = excluded.title,
           unit = excluded.unit, protocol_rank = excluded.protocol_rank, note = excluded.note, dup_key = excluded.dup_key,
           updated_at = excluded.updated_at`,
      )
      .run({ ...person, dupKey: duplicateKey(person.fullName), updatedAt });
  }

  delete(id: string): void {
    // Like documents.delete: an unknown id is "not found", never a silent success.
    if (this.db.prepare('DELETE FROM people WHERE id = ?').run(id).changes === 0) {
      throw new AppError('not_found', 'Không tìm thấy người trong danh bạ để xóa', { where: id });
    }
  }
}
