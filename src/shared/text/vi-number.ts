/** Numbers as Vietnamese text writes them: "25.000", "48,6". */
export function viNumber(value: number): string {
  return new Intl.NumberFormat('vi-VN').format(value);
}
