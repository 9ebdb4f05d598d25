/**
 * One line per headline figure, which `npm run bench` (bench/run.mjs) collects into its closing table:
 *   BENCH-FIGURE {"name":…,"value":…,"unit":…,"target":…,"met":…,"load":…}
 * `target` is the limit written out ("≤ 16 ms"); `met` is null for figures without one.
 */
import os from 'node:os';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** e.g. "≤ 16 ms"; empty when the figure is informative only. */
  target: string;
  met: boolean | null;
  /** Free text shown beside the figure (what was measured against what). */
  note?: string;
}

export function reportFigure(figure: Figure): void {
  console.log(`BENCH-FIGURE ${JSON.stringify({ ...figure, load: os.loadavg()[0] })}`);
}

export const loadLine = () => `load average ${os.loadavg().map((value) => value.toFixed(2)).join(' ')} on ${os.cpus().length} cores`;
