/** Built-in templates (templates/*.json) and the user's own (database). */
import fs from 'node:fs';
import path from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import type { Document } from '../../shared/document/document';
import { AppError } from '../../shared/errors/app-error';
import { appErrorFromZod } from '../../shared/errors/from-zod';
import { Template, type TemplateSummary } from '../../shared/template/template';
import { compareVietnamese } from '../../shared/text/collation';
import { isoNow, type Clock } from '../db/clock';
import type { TemplateRepo } from '../db/template-repo';

/** Reads and validates every templates/*.json once; a broken built-in template is a bug, named by file. */
export function loadBuiltinTemplates(dir: string): Template[] {
  const files = fs.readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
  return files.map((name) => {
    const file = path.join(dir, name);
    const parsed = Template.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    if (!parsed.success) throw appErrorFromZod(parsed.error, `templates/${name}`);
    return parsed.data;
  });
}

export class TemplateService {
  private loaded: readonly Template[] | undefined;

  /** `builtins` may be a loader: the files are then read on first use, not by commands that never need them. */
  constructor(
    private readonly builtinSource: readonly Template[] | (() => readonly Template[]),
    private readonly repo: TemplateRepo,
    private readonly clock: Clock,
  ) {}

  private get builtins(): readonly Template[] {
    this.loaded ??= typeof this.builtinSource === 'function' ? this.builtinSource() : this.builtinSource;
    return this.loaded;
  }

  list(): TemplateSummary[] {
    const summary = (template: Template, source: TemplateSummary['source']): TemplateSummary => ({
      id: template.id,
      kind: template.kind,
      name: template.name,
      description: template.description,
      source,
    });
    const user = this.repo.list().map((template) => summary(template, 'user'));
    user.sort((a, b) => compareVietnamese(a.name, b.name));
    return [...this.builtins.map((template) => summary(template, 'builtin')), ...user];
  }

  get(id: string): Template {
    const template = this.builtins.find((item) => item.id === id) ?? this.repo.get(id);
    if (!template) throw new AppError('not_found', `Không có mẫu văn bản "${id}". Xem danh sách bằng lệnh "thuky templates".`, { where: 'templateId' });
    return template;
  }

  /** "Lưu thành mẫu": the document's frame (minus number and date) and body become a template. */
  saveFromDocument(doc: Document, name: string): TemplateSummary {
    const template: Template = {
      id: `user-${uuidv7()}`,
      kind: doc.kind,
      name,
      description: `Mẫu lưu từ văn bản "${doc.title}"`,
      title: doc.title,
      symbolType: '',
      frame: { ...doc.frame, number: '', date: null },
      body: doc.body,
      portal: { author: doc.portal.author },
    };
    this.repo.insert(Template.parse(template), isoNow(this.clock));
    return { id: template.id, kind: template.kind, name: template.name, description: template.description, source: 'user' };
  }
}
