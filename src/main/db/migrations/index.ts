/** All migrations in order. The app's schema version is the last one's. */
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-revisions-search';
import { migration0003 } from './0003-attendees-pledges';
import { migration0004 } from './0004-kinds-from-registry';
import { migration0005 } from './0005-events';
import type { Migration } from './migration';

export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
