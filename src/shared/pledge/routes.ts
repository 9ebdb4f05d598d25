/** Routes for pledge and programme data; spread into the one contract (src/shared/ipc/contract.ts). */
import { z } from 'zod';
import { route } from '../ipc/route';
import { EntityId } from '../attendee/person';
import { Pledge, PledgeContent } from './pledge';

export const pledgeRoutes = {
  'pledges.get': route(z.object({ documentId: EntityId }).strict(), Pledge, 'Các bên ký kết, nội dung giao ước và thứ tự ký'),
  'pledges.save': route(z.object({ documentId: EntityId, content: PledgeContent }).strict(), z.object({ updatedAt: z.string() }), 'Lưu giao ước / chương trình phối hợp'),
};
