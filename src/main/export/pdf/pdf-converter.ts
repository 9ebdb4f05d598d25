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

/** What a conversion turns into what: a Word file into PDF (export), an old .doc into .docx (import). */
export interface OfficeConversion {
  from: 'docx' | 'doc';
  to: 'pdf' | 'docx';
}

const TARGET_LABEL: Record<OfficeConversion['to'], string> = { pdf: 'PDF', docx: 'Word .docx' };

/**
 * PowerShell that opens the file read-only in an invisible Word and saves it as PDF
 * (ExportAsFixedFormat, wdExportFormatPDF = 17) or as .docx (SaveAs2, wdFormatXMLDocument = 16).
 */
function wordScript(input: string, output: string, to: OfficeConversion['to']): string {
  const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;
  return [
    '$ErrorActionPreference = "Stop"',
    '$word = New-Object -ComObject Word.Application',
    '$word.Visible = $false',
    '$word.DisplayAlerts = 0',
    'try {',
    `  $doc = $word.Documents.Open(${quote(input)}, $false, $true, $false)`,
    to === 'pdf' ? `  $doc.ExportAsFixedFormat(${quote(output)}, 17)` : `  $doc.SaveAs2(${quote(output)}, 16)`,
    '  $doc.Close($false)',
    '} finally { $word.Quit() }',
  ].join('\n');
}

function commandFor(converter: PdfConverter, input: string, outDir: string, profileDir: string, to: OfficeConversion['to']): { command: string; args: string[] } {
  if (converter.kind === 'word') {
    const output = path.join(outDir, `${path.parse(input).name}.${to}`);
    return { command: converter.command, args: ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', wordScript(input, output, to)] };
  }
  // docx: Writer's own Word 2007+ filter, named so an odd default never picks another.
  const target = to === 'pdf' ? 'pdf' : 'docx:MS Word 2007 XML';
  return {
    command: converter.command,
    args: ['--headless', '--norestore', '--nologo', '--nodefault', `-env:UserInstallation=${pathToFileURL(profileDir).href}`, '--convert-to', target, '--outdir', outDir, input],
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
  return convertOfficeDocument(docx, { from: 'docx', to: 'pdf' }, options);
}

/** Whether the bytes start as the target says (PDF header, or the ZIP of a .docx). */
function looksLike(bytes: Uint8Array, to: OfficeConversion['to']): boolean {
  const head = Buffer.from(bytes.subarray(0, 5)).toString('latin1');
  return to === 'pdf' ? head.startsWith('%PDF-') : head.startsWith('PK\u0003\u0004');
}

/**
 * Any conversion the converter does, one at a time: the input written to a temporary folder, the
 * converter run there (LibreOffice with its own profile), the output read back, the folder removed
 * whatever happens.
 */
export function convertOfficeDocument(bytes: Uint8Array, conversion: OfficeConversion, options: ConvertOptions = {}): Promise<Uint8Array> {
  const run = queue.then(() => convertNow(bytes, conversion, options));
  queue = run.catch(() => undefined);
  return run;
}

async function convertNow(source: Uint8Array, { from, to }: OfficeConversion, options: ConvertOptions): Promise<Uint8Array> {
  const converter = options.converter ?? requirePdfConverter();
  const label = TARGET_LABEL[to];
  if (options.signal?.aborted) throw cancelled(to);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `thuky-${to}-`));
  const profileDir = options.profileDir ?? path.join(os.tmpdir(), `thuky-soffice-profile-${os.userInfo().username.replace(/[^\w-]/g, '_')}`);
  try {
    const input = path.join(work, `van-ban.${from}`);
    fs.writeFileSync(input, source);
    const outDir = path.join(work, 'out');
    fs.mkdirSync(outDir);
    options.onProgress?.('start');
    const { command, args } = commandFor(converter, input, outDir, profileDir, to);
    await runConverter(command, args, converter, options, to);
    const output = path.join(outDir, `van-ban.${to}`);
    if (!isFile(output)) throw new AppError('internal', `${converter.label} không tạo được tệp ${label}`, { where: to });
    const bytes = new Uint8Array(fs.readFileSync(output));
    if (!looksLike(bytes, to)) throw new AppError('internal', `${converter.label} trả về một tệp không phải ${label}`, { where: to });
    options.onProgress?.('done');
    return bytes;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function cancelled(to: OfficeConversion['to']): AppError {
  return new AppError('cancelled', `Đã hủy tạo ${TARGET_LABEL[to]}`, { where: to });
}

function runConverter(command: string, args: string[], converter: PdfConverter, options: ConvertOptions, to: OfficeConversion['to']): Promise<void> {
  const label = TARGET_LABEL[to];
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
    const onAbort = () => stop(cancelled(to));
    const timer = setTimeout(() => stop(new AppError('internal', `${converter.label} không trả lời sau ${Math.round((options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000)} giây khi tạo ${label}`, { where: to })), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    options.onProgress?.('converting');
    child.on('error', (error) => stop(new AppError('internal', `Không chạy được ${converter.label} (${error.message})`, { where: to, cause: error })));
    child.on('exit', (code) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      if (code === 0) resolve();
      else reject(new AppError('internal', `${converter.label} báo lỗi khi tạo ${label} (mã ${code ?? '?'})`, { where: to, detail: stderr.trim() }));
    });
  });
}
