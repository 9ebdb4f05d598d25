/** SQL for templates the user saved from their own documents. */
import type { Db } from './open';
import { Template } from '../../shared/template/template';

export class TemplateRepo {
  constructor(private readonly db: Db) {}

  list(): Template[] {
    const rows = this.db.prepare('SELECT data FROM user_templates ORDER BY created_at').all() as { data: string }[];
    return rows.map((row) => Template.parse(JSON.parse(row.data)));
  }

  get(id: string): Template | undefined {
    const row = this.db.prepare('SELECT data FROM user_templates WHERE id = ?').get(id) as { data: string } | undefined;
    return row ? Template.parse(JSON.parse(row.data)) : undefined;
  }

  insert(template: Template, createdAt: string): void {
    this.db.prepare('INSERT INTO user_templates (id, data, created_at) VALUES (?, ?, ?)').run(template.id, JSON.stringify(template), createdAt);
  }
}
