/** The organisation profile (Thông tin cơ quan). */
import { assertSignerAuthority } from '../../shared/document/signing-authority';
import { appErrorFromZod } from '../../shared/errors/from-zod';
import { Profile } from '../../shared/profile/profile';
import { isoNow, type Clock } from '../db/clock';
import type { ProfileRepo } from '../db/profile-repo';

export class ProfileService {
  constructor(
    private readonly repo: ProfileRepo,
    private readonly clock: Clock,
  ) {}

  get(): Profile {
    return this.repo.getDefault();
  }

  /** False until Thông tin cơ quan is saved: the app asks for it, the CLI refuses to write documents. */
  isSet(): boolean {
    return this.repo.isSet();
  }

  /** Refuses a bad profile with one Vietnamese line naming the field ("Thông tin cơ quan › Địa danh (place): …"). */
  save(profile: unknown): Profile {
    const result = Profile.safeParse(profile);
    if (!result.success) throw appErrorFromZod(result.error, 'Thông tin cơ quan');
    const parsed = result.data;
    assertSignerAuthority(parsed.signer, ['signer']);
    this.repo.saveDefault(parsed, isoNow(this.clock));
    return parsed;
  }
}
