/** Pledge and programme data (parties, commitments, signing order) of a pledge/program document. */
import { v7 as uuidv7 } from 'uuid';
import { kindOf } from '../../shared/document/kinds';
import { Pledge, PledgeContent } from '../../shared/pledge/pledge';
import { AppError } from '../../shared/errors/app-error';
import { appErrorFromZod } from '../../shared/errors/from-zod';
import { isoNow, type Clock } from '../db/clock';
import type { DocumentRepo } from '../db/document-repo';
import type { Db } from '../db/open';
import type { PledgeRepo } from '../db/pledge-repo';

export class PledgeService {
  constructor(
    private readonly db: Db,
    private readonly repo: PledgeRepo,
    private readonly documentRepo: DocumentRepo,
    private readonly clock: Clock,
    /** Keeps the search index in step: called inside the write transaction. */
    private readonly onPledgeWritten: (documentId: string) => void = () => {},
  ) {}

  private requirePledgeDocument(documentId: string): void {
    const doc = this.documentRepo.get(documentId);
    if (kindOf(doc.kind).data !== 'pledge') {
      throw new AppError('invalid_input', 'Chỉ giao ước thi đua hoặc chương trình phối hợp mới có các bên ký kết', { where: doc.title });
    }
  }

  /** The pledge data of a document; an empty one (not yet stored) when none was saved. */
  get(documentId: string): Pledge {
    this.requirePledgeDocument(documentId);
    return this.repo.forDocument(documentId) ?? { id: uuidv7(), documentId, parties: [], commitments: [], signatureOrder: [], updatedAt: isoNow(this.clock) };
  }

  save(documentId: string, content: PledgeContent): { updatedAt: string } {
    this.requirePledgeDocument(documentId);
    const input = PledgeContent.safeParse(content);
    if (!input.success) throw appErrorFromZod(input.error, 'giao ước');
    const existing = this.repo.forDocument(documentId);
    const updatedAt = isoNow(this.clock, existing?.updatedAt);
    const checked = Pledge.safeParse({ ...content, id: existing?.id ?? uuidv7(), documentId, updatedAt });
    if (!checked.success) throw appErrorFromZod(checked.error, 'giao ước');
    const { parties, commitments, signatureOrder } = checked.data;
    this.db.transaction(() => {
      this.repo.upsert(checked.data.id, documentId, { parties, commitments, signatureOrder }, updatedAt);
      this.onPledgeWritten(documentId);
    }).immediate();
    return { updatedAt };
  }
}
