/** The people directory (danh bạ đại biểu): reused across lists; duplicates found without accents. */
import { v7 as uuidv7 } from 'uuid';
import type { AttendeeRow } from '../../shared/attendee/attendee-list';
import { foldVietnamese } from '../../shared/text/vietnamese-fold';
import { Person, PersonInput } from '../../shared/attendee/person';
import { appErrorFromZod } from '../../shared/errors/from-zod';
import { isoNow, type Clock } from '../db/clock';
import type { Db } from '../db/open';
import type { PersonRepo } from '../db/person-repo';

export class PeopleService {
  constructor(
    private readonly db: Db,
    private readonly repo: PersonRepo,
    private readonly clock: Clock,
  ) {}

  list(): Person[] {
    return this.repo.list();
  }

  /** Saves one entry; returns it with the people that may be the same person ("Nguyen Van A" = "Nguyễn Văn A"). */
  save(input: PersonInput): { person: Person; possibleDuplicates: Person[] } {
    const parsed = Person.safeParse({ ...input, id: input.id ?? uuidv7() });
    if (!parsed.success) throw appErrorFromZod(parsed.error, 'danh bạ');
    const person = parsed.data;
    this.db.transaction(() => this.repo.upsert(person, isoNow(this.clock))).immediate();
    return { person, possibleDuplicates: this.repo.findByDuplicateKey(person.fullName).filter((other) => other.id !== person.id) };
  }

  /**
   * Puts the people of a list into the directory: a row already linked stays; a row whose name
   * (without accents) and unit match one entry is linked to it; anyone else becomes a new entry.
   * Returns the rows with their person ids; the caller saves them with the list.
   */
  rememberRows(rows: readonly AttendeeRow[]): { rows: AttendeeRow[]; added: number; linked: number } {
    let added = 0;
    let linked = 0;
    const now = isoNow(this.clock);
    const out = this.db.transaction(() =>
      rows.map((row) => {
        if (row.personId || !row.fullName.trim()) return row;
        const unitKey = foldVietnamese(row.unit);
        const match = this.repo.findByDuplicateKey(row.fullName).filter((person) => foldVietnamese(person.unit) === unitKey);
        if (match.length === 1) {
          linked++;
          return { ...row, personId: match[0]!.id };
        }
        const person = Person.parse({ id: uuidv7(), honorific: row.honorific, fullName: row.fullName, title: row.title, unit: row.unit, protocolRank: row.protocolRank, note: '' });
        this.repo.upsert(person, now);
        added++;
        return { ...row, personId: person.id };
      }),
    ).immediate();
    return { rows: out, added, linked };
  }

  delete(id: string): void {
    this.db.transaction(() => this.repo.delete(id)).immediate();
  }
}
