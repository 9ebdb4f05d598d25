/** Fills a template from the organisation profile: placeholders, then profile defaults for the frame. */
import type { BodyDoc, BodyNode } from '../document/body';
import type { Frame } from '../document/frame';
import { EMPTY_FRAME } from '../document/frame';
import type { PortalInfo } from '../document/portal';
import type { Profile } from '../profile/profile';
import type { Template } from './template';

export interface FilledTemplate {
  title: string;
  frame: Frame;
  body: BodyDoc;
  portal: PortalInfo;
}

export function fillPlaceholders(text: string, profile: Profile, year: number): string {
  return text
    .replaceAll('{org.name}', profile.orgName)
    .replaceAll('{org.place}', profile.place)
    .replaceAll('{org.symbolSuffix}', profile.symbolSuffix)
    .replaceAll('{year}', String(year));
}

function fillNode(node: BodyNode, fill: (text: string) => string): BodyNode {
  const out: BodyNode = { ...node };
  if (typeof node.text === 'string') out.text = fill(node.text);
  if (node.content) out.content = node.content.map((child) => fillNode(child, fill));
  return out;
}

export function fillTemplate(template: Template, profile: Profile, today: Date): FilledTemplate {
  const year = today.getFullYear();
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
