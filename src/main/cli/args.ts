/** Argument parsing for `thuky`: node's parseArgs, with errors as AppError lines. */
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors/app-error';

export interface CliArgs {
  command: string | undefined;
  positionals: string[];
  values: { db?: string; json?: boolean; template?: string; title?: string; help?: boolean; kind?: string; format?: string; out?: string; 'embed-images'?: boolean; 'start-empty'?: boolean; 'normalise-tones'?: boolean; 'keep-tones'?: boolean; date?: string; 'issue-date'?: string; time?: string; venue?: string; chair?: string; 'chair-title'?: string; separate?: boolean };
}

export function parseCliArgs(argv: string[]): CliArgs {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean' },
        template: { type: 'string' },
        title: { type: 'string' },
        kind: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        'embed-images': { type: 'boolean' },
        'start-empty': { type: 'boolean' },
        'normalise-tones': { type: 'boolean' },
        'keep-tones': { type: 'boolean' },
        date: { type: 'string' },
        'issue-date': { type: 'string' },
        time: { type: 'string' },
        venue: { type: 'string' },
        chair: { type: 'string' },
        'chair-title': { type: 'string' },
        separate: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const [command, ...rest] = positionals;
    return { command, positionals: rest, values };
  } catch (error) {
    throw new AppError('invalid_input', (error as Error).message.replace(/\. To specify.*$/, ''), { where: 'tham số dòng lệnh' });
  }
}
