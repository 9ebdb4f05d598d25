/** All migrations in order. The app's schema version (schema-version.ts) is the last one's. */
import { SCHEMA_VERSION } from '../schema-version';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-revisions-search';
import { migration0003 } from './0003-attendees-pledges';
import { migration0004 } from './0004-kinds-from-registry';
import { migration0005 } from './0005-events';
import { migration0006 } from './0006-list-index';
import { migration0007 } from './0007-user-words';
import { migration0008 } from './0008-revision-contents';
import type { Migration } from './migration';

export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007, migration0008];

if (MIGRATIONS[MIGRATIONS.length - 1]?.version !== SCHEMA_VERSION) {
  throw new Error(`SCHEMA_VERSION (${SCHEMA_VERSION}) must be the last migration's version`);
}

export { SCHEMA_VERSION };
