/** A pledge or programme without parties or commitments prints an empty table and grid. */
import { kindOf } from '../../document/kinds';
import type { CheckRule } from '../check-input';
import type { Finding } from '../finding';

export const pledgeDataRule: CheckRule = ({ document, pledge }) => {
  if (kindOf(document.kind).data !== 'pledge') return [];
  const findings: Finding[] = [];
  const parties = pledge?.parties ?? [];
  const commitments = pledge?.commitments ?? [];
  if (parties.length === 0) findings.push({ kind: 'empty-parties', field: 'parties', message: 'Chưa có bên ký kết nào: bảng chữ ký sẽ trống', text: '', from: 0, to: 0 });
  if (commitments.length === 0) findings.push({ kind: 'empty-commitments', field: 'commitments', message: 'Chưa có nội dung giao ước (chỉ tiêu) nào', text: '', from: 0, to: 0 });
  parties.forEach((party, index) => {
    if (!party.representative.trim()) {
      findings.push({ kind: 'empty-parties', field: 'parties', message: `Bên ký kết ${index + 1} (${party.name}) chưa có người đại diện ký`, text: party.name, from: index, to: index });
    }
  });
  return findings;
};
