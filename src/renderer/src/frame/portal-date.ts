/** The portal's date line (docs/nd30-rules.md §14, mttqhanoi.org.vn): "31/01/2024 - 04:20 PM". */
export function portalDateLine(localDateTime: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(localDateTime);
  if (!match) return '';
  const [, year, month, day, hourText, minute] = match;
  const hour24 = Number(hourText);
  const hour12 = hour24 % 12 === 0 ? 12 : hour24 % 12;
  return `${day}/${month}/${year} - ${String(hour12).padStart(2, '0')}:${minute} ${hour24 < 12 ? 'AM' : 'PM'}`;
}
