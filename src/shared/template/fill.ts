/** Fills a template from the organisation profile: placeholders, then profile defaults for the frame. */
import type { BodyDoc, BodyNode } from '../document/body';
import type { Frame } from '../document/frame';
import { EMPTY_FRAME } from '../document/frame';
import type { PortalInfo } from '../document/portal';
import { localityOf } from '../profile/locality';
import { superiorOf } from '../profile/superior';
import type { Profile } from '../profile/profile';
import type { Template } from './template';
import { templateYear } from './template-year';

export interface FilledTemplate {
  title: string;
  frame: Frame;
  body: BodyDoc;
  portal: PortalInfo;
}

/**
 * {org.locality} is the level and place as running text writes them ("phường Thanh Xuân"), never the
 * bare place: "HĐND, UBND phường Thanh Xuân" (docs/nd30-rules.md §8.4); {org.locality.upper} is the
 * same in capitals, for headings such as a list's group "B. ĐẠI BIỂU PHƯỜNG THANH XUÂN".
 * {org.superior} is the committee one level up, for Nơi nhận: "Ủy ban MTTQ Việt Nam thành phố Hà Nội".
 */
export function fillPlaceholders(text: string, profile: Profile, year: number): string {
  const locality = localityOf(profile);
  return text
    .replaceAll('{org.name}', profile.orgName)
    .replaceAll('{org.place}', profile.place)
    .replaceAll('{org.locality}', locality)
    .replaceAll('{org.locality.upper}', locality.toLocaleUpperCase('vi'))
    .replaceAll('{org.superior}', superiorOf(profile))
    .replaceAll('{org.symbolSuffix}', profile.symbolSuffix)
    .replaceAll('{year}', String(year));
}

function fillNode(node: BodyNode, fill: (text: string) => string): BodyNode {
  const out: BodyNode = { ...node };
  if (typeof node.text === 'string') out.text = fill(node.text);
  if (node.content) out.content = node.content.map((child) => fillNode(child, fill));
  return out;
}

/**
 * `date`: the date the document will carry, when known (an event's date): `{year}` is its year, else
 * the template's own date's, else today's (docs/nd30-rules.md §8.5).
 */
export function fillTemplate(template: Template, profile: Profile, today: Date, date?: string | null): FilledTemplate {
  const year = templateYear(date ?? template.frame.date, today);
  const fill = (text: string) => fillPlaceholders(text, profile, year);
  const given = template.frame;
  const symbol = given.symbol ?? [template.symbolType, profile.symbolSuffix].filter(Boolean).join('-');
  const frame: Frame = {
    ...EMPTY_FRAME,
    parentBody: given.parentBody ?? profile.parentBody,
    issuingBody: given.issuingBody ?? profile.issuingBody,
    place: given.place ?? profile.place,
    signer: given.signer ?? profile.signer,
    number: given.number ?? '',
    symbol: fill(symbol),
    date: given.date ?? null,
    documentType: fill(given.documentType ?? ''),
    summary: fill(given.summary ?? ''),
    legalBases: (given.legalBases ?? []).map(fill),
    recipients: [...(given.recipients ?? []).map(fill)],
  };
  return {
    title: fill(template.title || template.name),
    frame,
    body: { type: 'doc', content: template.body.content.map((node) => fillNode(node, fill)) },
    portal: {
      author: fill(template.portal?.author ?? ''),
      publishedAt: template.portal?.publishedAt ?? null,
    },
  };
}
