/** SQL for organisation profiles. One default profile today; the table allows several. */
import type { Db } from './open';
import { DEFAULT_PROFILE, Profile } from '../../shared/profile/profile';

export const DEFAULT_PROFILE_ID = 'default';

export class ProfileRepo {
  constructor(private readonly db: Db) {}

  /** The default profile; the built-in defaults until the user saves their own. */
  getDefault(): Profile {
    const row = this.db.prepare('SELECT data FROM profiles WHERE is_default = 1 LIMIT 1').get() as { data: string } | undefined;
    if (!row) return DEFAULT_PROFILE;
    // Fill fields added after the profile was saved from the defaults.
    const stored = JSON.parse(row.data) as Partial<Profile>;
    return Profile.parse({ ...DEFAULT_PROFILE, ...stored, page: { ...DEFAULT_PROFILE.page, ...stored.page } });
  }

  saveDefault(profile: Profile, updatedAt: string): void {
    this.db
      .prepare(
        `INSERT INTO profiles (id, data, is_default, updated_at) VALUES (?, ?, 1, ?)
         ON CONFLICT(id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
      )
      .run(DEFAULT_PROFILE_ID, JSON.stringify(profile), updatedAt);
  }

  /** Whether the clerk has saved Thông tin cơ quan (first run: not yet). */
  isSet(): boolean {
    return this.defaultId() !== null;
  }

  defaultId(): string | null {
    const row = this.db.prepare('SELECT id FROM profiles WHERE is_default = 1 LIMIT 1').get() as { id: string } | undefined;
    return row?.id ?? null;
  }
}
