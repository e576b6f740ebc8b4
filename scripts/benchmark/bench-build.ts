// One measured `npm run build` in a project folder: wall time, each phase's time (scripts/build.ts writes them
// to BUILD_TIMINGS), and the memory and CPU time of the whole process tree polled from /proc, overall and per phase.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { cpuWithin, peakWithin, ProcessTreeSampler } from './process-memory.ts';

export interface PhaseRun {
  name: string;
  seconds: number;
  /** Highest RSS of the build's process tree sampled during the phase, bytes. */
  peakRss: number;
  /** CPU seconds the process tree used during the phase (all cores): less sensitive to a busy machine than time. */
  cpu: number;
}

export interface BuildRun {
  /** Wall time of the whole build, phases and the swap into dist/. */
  seconds: number;
  /** CPU seconds of the whole build. */
  cpu: number;
  phases: PhaseRun[];
  peakRss: number;
  /** The process with the highest VmHWM and its command name. */
  largest: { command: string; hwm: number };
}

interface Timing {
  name: string;
  start: number;
  end: number;
  status: number;
}

/** Runs scripts/build.ts in `dir` (output to `logFile`); throws with the log's tail if the build fails. */
export async function measuredBuild(dir: string, logFile: string): Promise<BuildRun> {
  const timingsFile = `${logFile}.timings.json`;
  rmSync(timingsFile, { force: true });
  const log = openSync(logFile, 'w');
  const started = performance.now();
  const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: dir, stdio: ['ignore', log, log], env: { ...process.env, BUILD_TIMINGS: timingsFile } });
  const sampler = new ProcessTreeSampler(child.pid!);
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (c, signal) => resolve(c ?? (signal ? 128 : 1)));
  });
  const seconds = (performance.now() - started) / 1000;
  const memory = sampler.stop();
  closeSync(log);
  if (code !== 0) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
    throw new Error(`the build in ${dir} failed (exit ${code}); the end of ${logFile}:\n${tail}`);
  }
  const timings = (JSON.parse(readFileSync(timingsFile, 'utf8')) as { phases: Timing[] }).phases;
  const peaks = peakWithin(memory.samples, timings);
  const cpu = cpuWithin(memory.samples, timings);
  return {
    seconds,
    cpu: memory.samples.at(-1)?.cpu ?? 0,
    phases: timings.map((t, k) => ({ name: t.name, seconds: (t.end - t.start) / 1000, peakRss: peaks[k]!, cpu: cpu[k]! })),
    peakRss: memory.peakRss,
    largest: memory.largest,
  };
}
