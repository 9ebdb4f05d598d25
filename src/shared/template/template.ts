/**
 * A template as data (templates/*.json, or saved by the user): frame defaults and a body skeleton.
 * Strings may hold placeholders filled from the organisation profile: {org.name}, {org.place},
 * {org.locality} ("phường Thanh Xuân"), {org.locality.upper}, {org.superior} (the committee one level
 * up, "Ủy ban MTTQ Việt Nam thành phố Hà Nội"), {org.symbolSuffix}, and {year} (the year of the
 * document's date, docs/nd30-rules.md §8.5).
 */
import { z } from 'zod';
import { nfcString } from '../text/nfc';
import { BodyDoc } from '../document/body';
import { Frame } from '../document/frame';
import { DocumentKind } from '../document/kind';
import { PortalInfo } from '../document/portal';

export const TemplateId = z.string().regex(/^[a-z0-9][a-z0-9-]{1,80}$/, 'Mã mẫu chỉ gồm chữ thường, số và dấu "-"');

export const Template = z.object({
  id: TemplateId,
  kind: DocumentKind,
  name: nfcString().trim().min(1, 'Tên mẫu không được để trống').max(200),
  description: nfcString().max(1000),
  /** Default document title. */
  title: nfcString().max(300),
  /** Type code of the ký hiệu: "BC" → "BC-MTTQ-BTT" with the profile's suffix (ND30 PL III §I). */
  symbolType: nfcString().max(20),
  frame: Frame.partial(),
  body: BodyDoc,
  portal: PortalInfo.partial().optional(),
});
export type Template = z.infer<typeof Template>;

export const TemplateSummary = z.object({
  id: TemplateId,
  kind: DocumentKind,
  name: z.string(),
  description: z.string(),
  /** Built-in templates ship in templates/; user templates live in the database. */
  source: z.enum(['builtin', 'user']),
});
export type TemplateSummary = z.infer<typeof TemplateSummary>;
