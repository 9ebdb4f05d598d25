/**
 * `thuky list [--json]`: the live documents, newest change first. It needs only the database, so the
 * CLI runs it without the services (issue 16: ≤ 0.3 s on 10,000 documents as a whole process). The
 * date and kind columns repeat from row to row: each is formatted once.
 */
import type Database from 'better-sqlite3';
import { kindOf } from '../../shared/document/kinds';
import { formatShortDate } from '../../shared/text/nd30-date';
import { listLiveDocuments, liveDocuments } from '../db/document-summaries';
import type { CliArgs } from './args';
import type { Print } from './print';

/** Lines go out a block at a time: few writes, and no row outlives its block. */
const BLOCK = 1000;

export function listCommand(db: Database.Database, args: CliArgs, print: Print): void {
  if (args.values.json) return print(JSON.stringify(listLiveDocuments(db).map(({ id, kind, title, updatedAt }) => ({ id, kind, title, updatedAt }))));
  const date = once((day: string) => formatShortDate(day));
  const kind = once((id: string) => kindOf(id).label.vi.padEnd(22));
  let block: string[] = [];
  let printed = 0;
  for (const doc of liveDocuments(db)) {
    block.push(`${doc.id}  ${date(doc.updatedAt.slice(0, 10))}  ${kind(doc.kind)} ${doc.title}`);
    if (block.length === BLOCK) {
      print(block.join('\n'));
      printed += block.length;
      block = [];
    }
  }
  if (block.length > 0) print(block.join('\n'));
  else if (printed === 0) print('Chưa có văn bản nào.');
}

function once(format: (key: string) => string): (key: string) => string {
  const seen = new Map<string, string>();
  return (key) => {
    let text = seen.get(key);
    if (text === undefined) seen.set(key, (text = format(key)));
    return text;
  };
}
