/**
 * The attendance sentence of a conference report: "Dự hội nghị có: đồng chí Nguyễn Văn A - Phó Chủ
 * tịch …; đồng chí …; Chủ tịch Ủy ban MTTQ Việt Nam 11 phường và 35 đại biểu khác." Leading guests
 * are named in protocol order; everyone else is counted, by title and kind of unit where several
 * share them (11 ward chairs), named with role and place where one holds it alone (one ward chair),
 * the rest as "đại biểu khác".
 */
import type { AttendeeRow } from './attendee-list';
import { honorificInSentence } from './honorific';
import { foldVietnamese } from '../text/vietnamese-fold';
import { compareProtocol } from './row-order';

/** Administrative levels that end a unit name before the place name ("… phường Khương Đình"). */
const UNIT_LEVELS = ['thành phố', 'thị trấn', 'thị xã', 'phường', 'xã', 'quận', 'huyện', 'tỉnh', 'khu dân cư', 'tổ dân phố', 'thôn'] as const;

export interface AttendanceSentenceOptions {
  /** Row ids to name, in any order (they are put in protocol order). Default: every present row with a protocol rank. */
  leadingRowIds?: readonly string[];
  /** Opening words; default "Dự hội nghị có". */
  lead?: string;
}

export interface AttendanceSentence {
  text: string;
  namedCount: number;
  countedCount: number;
  presentCount: number;
}

/** Without protocol ranks (an imported list), this many people of the first group are named. */
const NAMED_WITHOUT_RANKS = 5;

/**
 * "Chủ tịch" + "Ủy ban MTTQ Việt Nam phường Khương Đình" → role "Chủ tịch Ủy ban MTTQ Việt Nam",
 * level "phường", so that 11 of them read "Chủ tịch Ủy ban MTTQ Việt Nam 11 phường". A title that
 * already names the unit and level ("Chủ tịch Ủy ban MTTQ Việt Nam phường") gives the same role.
 */
function categoryOf(row: Pick<AttendeeRow, 'title' | 'unit'>): { key: string; role: string; level: string } | null {
  const title = row.title.trim();
  const unit = row.unit.trim();
  if (!title || !unit) return null;
  const lower = unit.toLocaleLowerCase('vi');
  for (const level of UNIT_LEVELS) {
    const at = lower.lastIndexOf(` ${level} `);
    if (at < 0) continue;
    const prefix = unit.slice(0, at).trim();
    let role = joinTitleAndUnit(title, prefix);
    const levelKey = foldVietnamese(level);
    const roleWords = role.split(/\s+/);
    const levelWords = level.split(' ').length;
    if (roleWords.slice(-levelWords).map((word) => foldVietnamese(word)).join(' ') === levelKey) role = roleWords.slice(0, -levelWords).join(' ');
    if (foldVietnamese(roleWords.join(' ')) === levelKey) return null;
    return { key: `${foldVietnamese(role)}\u0000${levelKey}`, role, level };
  }
  return null;
}

/**
 * Title and unit as one role, without saying the unit twice when the title already names it:
 * "Chủ tịch Ủy ban MTTQ Việt Nam thành phố" + "Ủy ban MTTQ Việt Nam thành phố Hà Nội" →
 * "Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hà Nội" (compared word by word, accent-insensitively).
 */
export function joinTitleAndUnit(title: string, unit: string): string {
  const titleWords = title.trim().split(/\s+/).filter(Boolean);
  const unitWords = unit.trim().split(/\s+/).filter(Boolean);
  const fold = (words: string[]) => words.map((word) => foldVietnamese(word));
  const titleKeys = fold(titleWords);
  const unitKeys = fold(unitWords);
  if (unitKeys.length > 0 && ` ${titleKeys.join(' ')} `.includes(` ${unitKeys.join(' ')} `)) return titleWords.join(' ');
  for (let overlap = Math.min(titleKeys.length, unitKeys.length); overlap > 0; overlap--) {
    if (titleKeys.slice(-overlap).join(' ') === unitKeys.slice(0, overlap).join(' ')) {
      return [...titleWords, ...unitWords.slice(overlap)].join(' ');
    }
  }
  return [...titleWords, ...unitWords].join(' ');
}

function describeGuest(row: AttendeeRow): string {
  const who = `${honorificInSentence(row.honorific)} ${row.fullName.trim()}`;
  const role = joinTitleAndUnit(row.title, row.unit);
  return role ? `${who} - ${role}` : who;
}

/**
 * Who is named when the clerk has not chosen: the ranked guests; in a list without ranks (an import),
 * the first people of its first group (the leaders come first on a protocol list), so the sentence
 * never reads "Dự hội nghị có: 53 đại biểu." without a name.
 */
function defaultLeading(present: readonly AttendeeRow[]): AttendeeRow[] {
  const ranked = present.filter((row) => row.protocolRank !== null);
  if (ranked.length > 0) return [...ranked].sort(compareProtocol);
  if (present.length <= 1) return [...present];
  const firstGroup = present[0]?.group ?? '';
  const sameGroup = present.filter((row) => row.group === firstGroup);
  const pool = sameGroup.length < present.length ? sameGroup : present;
  return pool.slice(0, Math.min(NAMED_WITHOUT_RANKS, pool.length - (pool === present ? 1 : 0)));
}

export function buildAttendanceSentence(rows: readonly AttendeeRow[], options: AttendanceSentenceOptions = {}): AttendanceSentence {
  const present = rows.filter((row) => row.present && row.fullName.trim());
  const chosen = options.leadingRowIds ? new Set(options.leadingRowIds) : null;
  const leading = chosen ? present.filter((row) => chosen.has(row.id)).sort(compareProtocol) : defaultLeading(present);
  const leadingIds = new Set(leading.map((row) => row.id));
  const others = present.filter((row) => !leadingIds.has(row.id));

  // Categories shared by two or more people are counted by kind of unit ("Chủ tịch Ủy ban MTTQ Việt
  // Nam 11 phường"); one person alone in a category is named with the role and place ("đồng chí … -
  // Chủ tịch Ủy ban MTTQ Việt Nam phường Khương Đình"), never hidden in "đại biểu khác"; the rest
  // are counted there.
  const categories = new Map<string, { role: string; level: string; count: number; first: number; row: AttendeeRow }>();
  others.forEach((row, index) => {
    const category = categoryOf(row);
    if (!category) return;
    const found = categories.get(category.key);
    if (found) found.count++;
    else categories.set(category.key, { ...category, count: 1, first: index, row });
  });
  const listed = [...categories.values()].sort((a, b) => a.first - b.first);
  const inCategories = listed.reduce((sum, category) => sum + category.count, 0);
  const countedTotal = listed.reduce((sum, category) => sum + (category.count > 1 ? category.count : 0), 0);
  const rest = others.length - inCategories;

  const parts = [...leading.map(describeGuest), ...listed.map((c) => (c.count > 1 ? `${c.role} ${c.count} ${c.level}` : describeGuest(c.row)))];
  let text = `${options.lead ?? 'Dự hội nghị có'}: `;
  if (parts.length === 0) text += `${rest} đại biểu`;
  else {
    text += parts.join('; ');
    if (rest > 0) text += ` và ${rest} đại biểu khác`;
  }
  return { text: `${text}.`, namedCount: leading.length + listed.filter((c) => c.count === 1).length, countedCount: countedTotal, presentCount: present.length };
}
