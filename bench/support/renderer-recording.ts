/**
 * THUKY_BENCH_PROFILE=file.cpuprofile / THUKY_BENCH_TRACE=file.json: the renderer's JavaScript profile
 * and a Chromium trace of a benchmark's measured phase (open either in DevTools' Performance panel),
 * to find what runs there. One recorder for every browser benchmark.
 */
import fs from 'node:fs';
import type { CDPSession } from 'playwright-core';

export async function startRendererRecording(cdp: CDPSession, options: { samplingIntervalUs?: number; traceCategories: string }): Promise<() => Promise<void>> {
  const profileFile = process.env['THUKY_BENCH_PROFILE'];
  const traceFile = process.env['THUKY_BENCH_TRACE'];
  if (profileFile) {
    await cdp.send('Profiler.enable');
    if (options.samplingIntervalUs) await cdp.send('Profiler.setSamplingInterval', { interval: options.samplingIntervalUs });
    await cdp.send('Profiler.start');
  }
  const traceEvents: unknown[] = [];
  if (traceFile) {
    cdp.on('Tracing.dataCollected', (event) => traceEvents.push(...event.value));
    await cdp.send('Tracing.start', { categories: options.traceCategories, transferMode: 'ReportEvents' });
  }
  /** Stops both and writes the files that were asked for. */
  return async () => {
    if (traceFile) {
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await done;
      fs.writeFileSync(traceFile, JSON.stringify({ traceEvents }));
    }
    if (profileFile) fs.writeFileSync(profileFile, JSON.stringify((await cdp.send('Profiler.stop')).profile));
  };
}
