/**
 * Giấy mời: an official document printed once per person invited, each copy on its own page under
 * "Kính gửi: …" (the addressees are the attendee list of the event it was generated from).
 */
import type { KindDescriptor } from '../kinds';

export const invitationKind: KindDescriptor = {
  id: 'invitation',
  label: { vi: 'Giấy mời', en: 'Invitations' },
  templateId: 'giay-moi',
  frame: 'official',
  closing: 'signer',
  endMark: true,
  data: 'addressees',
  attachesLists: false,
  importTypes: [/^GIẤY MỜI/u],
  checks: 'official',
  workspace: 'sheet',
};
