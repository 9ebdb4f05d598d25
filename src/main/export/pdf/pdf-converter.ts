/**
 * PDF from the very same Word file the clerk would print: the DOCX is handed to Microsoft Word when
 * it is installed (Windows, through PowerShell and COM, ExportAsFixedFormat), else to LibreOffice
 * (`soffice --headless --convert-to pdf`, with a profile folder of its own so a LibreOffice the clerk
 * has open is not disturbed), else the clerk is told what to install. There is never a layout of our
 * own: what the preview shows is what Word or LibreOffice prints. One conversion at a time.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../../shared/errors/app-error';

export type PdfConverterKind = 'word' | 'libreoffice';

export interface PdfConverter {
  kind: PdfConverterKind;
  /** soffice binary or powershell.exe. */
  command: string;
  /** Vietnamese name for messages: "Microsoft Word", "LibreOffice". */
  label: string;
}

export const NO_CONVERTER_MESSAGE =
  'Không tìm thấy Microsoft Word hoặc LibreOffice để tạo PDF: hãy cài LibreOffice (miễn phí, libreoffice.org) hoặc Microsoft Word rồi thử lại';

/** Where LibreOffice installs itself when it is not on PATH. */
function knownSofficePaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'win32') {
    const roots = [env['ProgramFiles'], env['ProgramFiles(x86)'], 'C:\\Program Files', 'C:\\Program Files (x86)'].filter((root): root is string => Boolean(root));
    return roots.map((root) => path.win32.join(root, 'LibreOffice', 'program', 'soffice.exe'));
  }
  if (platform === 'darwin') return ['/Applications/LibreOffice.app/Contents/MacOS/soffice'];
  return [];
}

function onPath(names: readonly string[], env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string | undefined {
  const dirs = (env['PATH'] ?? env['Path'] ?? '').split(platform === 'win32' ? ';' : ':').filter(Boolean);
  for (const dir of dirs) {
    for (const name of names) {
      const candidate = path.join(dir, name);
      if (isFile(candidate)) return candidate;
    }
  }
  return undefined;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Word is registered for COM automation (HKCR\Word.Application). */
function hasWord(env: NodeJS.ProcessEnv): string | undefined {
  const powershell = onPath(['powershell.exe'], env, 'win32') ?? path.win32.join(env['SystemRoot'] ?? 'C:\\Windows', 'System32', 'WindowsPowerShell', 'v1.0', 'powershell.exe');
  const probe = spawnSync('reg', ['query', 'HKCR\\Word.Application\\CurVer'], { windowsHide: true, timeout: 10_000 });
  return probe.status === 0 ? powershell : undefined;
}

export interface FindOptions {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}

/**
 * The converter this machine has: Word first on Windows, then LibreOffice (THUKY_SOFFICE names a
 * soffice binary explicitly), or undefined.
 */
export function findPdfConverter(options: FindOptions = {}): PdfConverter | undefined {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  if (platform === 'win32') {
    const powershell = hasWord(env);
    if (powershell) return { kind: 'word', command: powershell, label: 'Microsoft Word' };
  }
  const explicit = env['THUKY_SOFFICE'];
  if (explicit) return isFile(explicit) ? { kind: 'libreoffice', command: explicit, label: 'LibreOffice' } : undefined;
  const soffice = onPath(platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'], env, platform) ?? knownSofficePaths(platform, env).find(isFile);
  return soffice ? { kind: 'libreoffice', command: soffice, label: 'LibreOffice' } : undefined;
}

export function requirePdfConverter(options: FindOptions = {}): PdfConverter {
  const converter = findPdfConverter(options);
  if (!converter) throw new AppError('unavailable', NO_CONVERTER_MESSAGE);
  return converter;
}

/** PowerShell that opens the file read-only in an invisible Word and saves it as PDF (wdExportFormatPDF = 17). */
function wordScript(input: string, output: string): string {
  const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;
  return [
    '$ErrorActionPreference = "Stop"',
    '$word = New-Object -ComObject Word.Application',
    '$word.Visible = $false',
    '$word.DisplayAlerts = 0',
    'try {',
    `  $doc = $word.Documents.Open(${quote(input)}, $false, $true, $false)`,
    `  $doc.ExportAsFixedFormat(${quote(output)}, 17)`,
    '  $doc.Close($false)',
    '} finally { $word.Quit() }',
  ].join('\n');
}

function commandFor(converter: PdfConverter, input: string, outDir: string, profileDir: string): { command: string; args: string[] } {
  if (converter.kind === 'word') {
    const output = path.join(outDir, `${path.parse(input).name}.pdf`);
    return { command: converter.command, args: ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', wordScript(input, output)] };
  }
  return {
    command: converter.command,
    args: ['--headless', '--norestore', '--nologo', '--nodefault', `-env:UserInstallation=${pathToFileURL(profileDir).href}`, '--convert-to', 'pdf', '--outdir', outDir, input],
  };
}

export interface ConvertOptions {
  converter?: PdfConverter;
  signal?: AbortSignal;
  /** 'start' when the converter is launched, 'done' when the PDF is read. */
  onProgress?: (stage: 'start' | 'converting' | 'done') => void;
  /** LibreOffice's profile folder; default: one folder for the app under the temp directory. */
  profileDir?: string;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 180_000;
let queue: Promise<unknown> = Promise.resolve();

/** DOCX bytes → PDF bytes; temporary files are removed whatever happens. */
export function convertDocxToPdf(docx: Uint8Array, options: ConvertOptions = {}): Promise<Uint8Array> {
  const run = queue.then(() => convertNow(docx, options));
  queue = run.catch(() => undefined);
  return run;
}

async function convertNow(docx: Uint8Array, options: ConvertOptions): Promise<Uint8Array> {
  const converter = options.converter ?? requirePdfConverter();
  if (options.signal?.aborted) throw cancelled();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'thuky-pdf-'));
  const profileDir = options.profileDir ?? path.join(os.tmpdir(), `thuky-soffice-profile-${os.userInfo().username.replace(/[^\w-]/g, '_')}`);
  try {
    const input = path.join(work, 'van-ban.docx');
    fs.writeFileSync(input, docx);
    const outDir = path.join(work, 'out');
    fs.mkdirSync(outDir);
    options.onProgress?.('start');
    const { command, args } = commandFor(converter, input, outDir, profileDir);
    await runConverter(command, args, converter, options);
    const pdf = path.join(outDir, 'van-ban.pdf');
    if (!isFile(pdf)) throw new AppError('internal', `${converter.label} không tạo được tệp PDF`, { where: 'pdf' });
    const bytes = new Uint8Array(fs.readFileSync(pdf));
    if (!Buffer.from(bytes.subarray(0, 5)).toString('latin1').startsWith('%PDF-')) throw new AppError('internal', `${converter.label} trả về một tệp không phải PDF`, { where: 'pdf' });
    options.onProgress?.('done');
    return bytes;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function cancelled(): AppError {
  return new AppError('cancelled', 'Đã hủy tạo PDF', { where: 'pdf' });
}

function runConverter(command: string, args: string[], converter: PdfConverter, options: ConvertOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], windowsHide: true });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    const stop = (error: AppError) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      // Only the process this conversion started, by its own handle.
      if (child.exitCode === null) child.kill();
      reject(error);
    };
    const onAbort = () => stop(cancelled());
    const timer = setTimeout(() => stop(new AppError('internal', `${converter.label} không trả lời sau ${Math.round((options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000)} giây khi tạo PDF`, { where: 'pdf' })), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    options.onProgress?.('converting');
    child.on('error', (error) => stop(new AppError('internal', `Không chạy được ${converter.label} (${error.message})`, { where: 'pdf', cause: error })));
    child.on('exit', (code) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      if (code === 0) resolve();
      else reject(new AppError('internal', `${converter.label} báo lỗi khi tạo PDF (mã ${code ?? '?'})`, { where: 'pdf', detail: stderr.trim() }));
    });
  });
}
