/** SQL for pledges: one JSON row per pledge document (tens of parties, not thousands). */
import { Pledge, type PledgeContent } from '../../shared/pledge/pledge';
import type { Db } from './open';

export class PledgeRepo {
  constructor(private readonly db: Db) {}

  forDocument(documentId: string): Pledge | undefined {
    const row = this.db.prepare('SELECT id, document_id, data, updated_at FROM pledges WHERE document_id = ?').get(documentId) as
      | { id: string; document_id: string; data: string; updated_at: string }
      | undefined;
    if (!row) return undefined;
    return Pledge.parse({ ...(JSON.parse(row.data) as PledgeContent), id: row.id, documentId: row.document_id, updatedAt: row.updated_at });
  }

  upsert(id: string, documentId: string, content: PledgeContent, updatedAt: string): void {
    this.db
      .prepare(
        `INSERT INTO pledges (id, document_id, data, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(document_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
      )
      .run(id, documentId, JSON.stringify(content), updatedAt);
  }
}
