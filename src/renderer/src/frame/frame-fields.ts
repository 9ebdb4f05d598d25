/** The frame fields a click on the sheet can jump to; each form control has the id `frame-<key>`. */
export type FrameFieldKey =
  | 'title'
  | 'parentBody'
  | 'issuingBody'
  | 'number'
  | 'symbol'
  | 'place'
  | 'date'
  | 'documentType'
  | 'summary'
  | 'legalBases'
  | 'addressees'
  | 'recipients'
  | 'authority'
  | 'authorityOf'
  | 'signerTitle'
  | 'signerName'
  | 'author'
  | 'publishedAt';

const FRAME_FIELD_KEYS: ReadonlySet<string> = new Set<FrameFieldKey>(['title', 'parentBody', 'issuingBody', 'number', 'symbol', 'place', 'date', 'documentType', 'summary', 'legalBases', 'addressees', 'recipients', 'authority', 'authorityOf', 'signerTitle', 'signerName', 'author', 'publishedAt']);

/** A check finding's `field` that names a form field. */
export function isFrameFieldKey(key: string): key is FrameFieldKey {
  return FRAME_FIELD_KEYS.has(key);
}

export function frameFieldId(key: FrameFieldKey): string {
  return `frame-${key}`;
}

const PATH_TO_FIELD: Record<string, FrameFieldKey> = {
  title: 'title',
  'frame.parentBody': 'parentBody',
  'frame.issuingBody': 'issuingBody',
  'frame.number': 'number',
  'frame.symbol': 'symbol',
  'frame.place': 'place',
  'frame.date': 'date',
  'frame.documentType': 'documentType',
  'frame.summary': 'summary',
  'frame.legalBases': 'legalBases',
  'frame.addressees': 'addressees',
  'frame.recipients': 'recipients',
  'frame.signer': 'authority',
  'frame.signer.authority': 'authority',
  'frame.signer.authorityOf': 'authorityOf',
  'frame.signer.title': 'signerTitle',
  'frame.signer.name': 'signerName',
  'portal.author': 'author',
  'portal.publishedAt': 'publishedAt',
};

/** A model path from a check or an error ("frame.signer.name", "frame.recipients.3") → its form field. */
export function fieldForPath(path: string): FrameFieldKey | null {
  const withoutIndexes = path
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .join('.');
  return PATH_TO_FIELD[withoutIndexes] ?? null;
}
