/** Legacy Vietnamese encodings (TCVN3/ABC, VNI): tables, font names, detection, conversion. */
export { tcvn3ToUnicode, unicodeToTcvn3 } from './tcvn3';
export { vniToUnicode, unicodeToVni } from './vni';
export { detectLegacyEncoding, legacyEvidence, type LegacyEncoding, type LegacyEvidence } from './detect';
export { legacyFont, type LegacyFont } from './fonts';
export { legacyToUnicode, decodeLegacyBytes, readTextFile } from './convert';
