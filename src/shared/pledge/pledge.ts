/**
 * A pledge (Giao ước thi đua) or coordination programme (Chương trình phối hợp) as data
 * (docs/nd30-rules.md §9): the parties, the numbered commitments with their targets (per party where
 * they differ) and the order of the signature grid.
 */
import { z } from 'zod';
import { nfcString } from '../text/nfc';
import { EntityId } from '../attendee/person';
import { authorityLineProblem } from '../document/signing-authority';

export const PartyId = z.string().min(1).max(64);

export const PledgeParty = z.object({
  id: PartyId,
  /** Tên đơn vị, e.g. "Ủy ban MTTQ Việt Nam phường Khương Đình". */
  name: nfcString().trim().min(1, 'Thiếu tên đơn vị').max(300),
  /** Người đại diện (họ và tên, signs in the grid). */
  representative: nfcString().trim().max(120),
  /** Chức vụ of the representative, e.g. "Chủ tịch". */
  title: nfcString().trim().max(200),
  /** "TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM PHƯỜNG A" (§9.5: TM. line, upper case). */
  authorityLine: nfcString().trim().max(300),
  /** The host or chairing party signs in the top-right cell (§9.5). */
  isHost: z.boolean(),
});
export type PledgeParty = z.infer<typeof PledgeParty>;

export const Commitment = z.object({
  id: z.string().min(1).max(64),
  /** As printed: "1.", "2." or "a)" (§6 levels); typed, not computed, like the body headings. */
  number: nfcString().trim().max(20),
  /** Nội dung / chỉ tiêu. */
  content: nfcString().trim().min(1, 'Thiếu nội dung giao ước').max(4000),
  /** Chỉ tiêu đăng ký shared by every party, e.g. "100%". */
  target: nfcString().trim().max(500),
  /** Targets that differ per party, by party id. */
  targetsByParty: z.record(PartyId, nfcString().trim().max(500)),
  note: nfcString().trim().max(500),
});
export type Commitment = z.infer<typeof Commitment>;

export const Pledge = z
  .object({
    id: EntityId,
    documentId: EntityId,
    parties: z.array(PledgeParty).max(60),
    commitments: z.array(Commitment).max(500),
    /** Party ids in signing order; the grid puts the first (or the host) top right. */
    signatureOrder: z.array(PartyId),
    updatedAt: z.string(),
  })
  .superRefine((pledge, ctx) => {
    const ids = new Set(pledge.parties.map((party) => party.id));
    if (ids.size !== pledge.parties.length) ctx.addIssue({ code: 'custom', path: ['parties'], message: 'Hai bên ký kết trùng mã' });
    pledge.signatureOrder.forEach((id, index) => {
      if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: ['signatureOrder', index], message: 'Thứ tự ký nêu một bên không có trong danh sách các bên' });
    });
    pledge.commitments.forEach((commitment, index) => {
      for (const partyId of Object.keys(commitment.targetsByParty)) {
        if (!ids.has(partyId)) ctx.addIssue({ code: 'custom', path: ['commitments', index, 'targetsByParty'], message: 'Chỉ tiêu riêng nêu một bên không có trong danh sách các bên' });
      }
    });
  });
export type Pledge = z.infer<typeof Pledge>;

/** A Dòng ký with two different prefixes ("TM. KT. …") cannot print; refused where parties are saved. */
export function refuseContradictoryAuthority(line: string, ctx: z.RefinementCtx): void {
  const problem = authorityLineProblem(line);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
}

/** What the pledge editor and the event send (stored pledges are read with Pledge, which does not refuse old lines). */
export const PledgeContent = z.object({
  parties: z.array(PledgeParty.extend({ authorityLine: PledgeParty.shape.authorityLine.superRefine(refuseContradictoryAuthority) })).max(60),
  commitments: z.array(Commitment).max(500),
  signatureOrder: z.array(PartyId),
});
export type PledgeContent = z.infer<typeof PledgeContent>;

/** The target a party signs up to: its own where it differs, else the shared one. */
export function targetFor(commitment: Commitment, partyId: string): string {
  return commitment.targetsByParty[partyId] ?? commitment.target;
}

/** True when at least one commitment has a party-specific target (the table then needs a column per party). */
export function hasPerPartyTargets(commitments: readonly Commitment[]): boolean {
  return commitments.some((commitment) => Object.keys(commitment.targetsByParty).length > 0);
}
