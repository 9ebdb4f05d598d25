/**
 * `thuky list [--json]`: the live documents, newest change first. It needs only the database, so the
 * CLI runs it without the services (issue 16: ≤ 0.3 s on 10,000 documents as a whole process). The
 * date and kind columns repeat from row to row: each is formatted once; all lines go out in one write.
 */
import type Database from 'better-sqlite3';
import { kindOf } from '../../shared/document/kinds';
import { formatShortDate } from '../../shared/text/nd30-date';
import { listLiveDocuments } from '../db/document-summaries';
import type { CliArgs } from './args';
import type { Print } from './print';

export function listCommand(db: Database.Database, args: CliArgs, print: Print): void {
  const list = listLiveDocuments(db);
  if (args.values.json) return print(JSON.stringify(list.map(({ id, kind, title, updatedAt }) => ({ id, kind, title, updatedAt }))));
  if (list.length === 0) return print('Chưa có văn bản nào.');
  const date = once((day: string) => formatShortDate(day));
  const kind = once((id: string) => kindOf(id).label.vi.padEnd(22));
  print(list.map((doc) => `${doc.id}  ${date(doc.updatedAt.slice(0, 10))}  ${kind(doc.kind)} ${doc.title}`).join('\n'));
}

function once(format: (key: string) => string): (key: string) => string {
  const seen = new Map<string, string>();
  return (key) => {
    let text = seen.get(key);
    if (text === undefined) seen.set(key, (text = format(key)));
    return text;
  };
}
