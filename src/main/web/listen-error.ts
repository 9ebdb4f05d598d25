/**
 * What `npm run web` says when it cannot listen: one line in Vietnamese, the English one after it,
 * naming the port and what to do — never "Đã có lỗi không mong muốn" and a stack trace.
 */

/** The two lines for a port that is taken or not allowed; null for any other error. */
export function listenFailureMessage(error: unknown, host: string, port: number): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  const next = port >= 65535 ? 5180 : port + 1;
  if (code === 'EADDRINUSE') {
    return (
      `Không mở được Thư ký trên cổng ${port}: cổng này đang được một chương trình khác dùng (có thể Thư ký đã chạy ở một cửa sổ khác — mở http://${host}:${port} để xem), hoặc chọn cổng khác: npm run web -- --port ${next}\n` +
      `(Port ${port} on ${host} is already in use, perhaps by Thư ký in another window — open http://${host}:${port} — or choose another port: npm run web -- --port ${next})\n`
    );
  }
  if (code === 'EACCES') {
    return (
      `Không mở được Thư ký trên cổng ${port}: máy không cho phép dùng cổng này; hãy chọn cổng từ 1024 trở lên: npm run web -- --port 5180\n` +
      `(Port ${port} on ${host} is not allowed on this machine; choose a port of 1024 or above: npm run web -- --port 5180)\n`
    );
  }
  return null;
}

/** `--port` as typed: a whole number 0–65535 (0: any free port), or the default. */
export function parsePort(text: string | undefined, fallback: number): number | string {
  if (text === undefined) return fallback;
  const port = Number(text);
  if (!/^\d{1,5}$/u.test(text.trim()) || port > 65535) {
    return `Cổng "${text}" không hợp lệ: hãy ghi một số từ 1024 đến 65535, ví dụ npm run web -- --port 5180\n(Invalid port "${text}": give a number from 1024 to 65535, e.g. npm run web -- --port 5180)\n`;
  }
  return port;
}
