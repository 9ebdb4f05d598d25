/**
 * The schema version this thuky writes: the last migration's (migrations/index.ts refuses to load
 * when they differ). Its own file so that a reader which only compares versions (`thuky list`,
 * backup verification) does not load every migration and the modules they use.
 */
export const SCHEMA_VERSION = 8;
