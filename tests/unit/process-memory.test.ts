import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cpuWithin, describeCommand, parseStat, parseStatus, peakWithin, ProcessTreeSampler, processTree } from '../../scripts/benchmark/process-memory.ts';

describe('/proc parsers', () => {
  it('reads VmRSS and VmHWM in bytes from /proc/<pid>/status', () => {
    const status = 'Name:\tnode\nVmPeak:\t 1200000 kB\nVmHWM:\t  650000 kB\nVmRSS:\t  400000 kB\nThreads:\t11\n';
    expect(parseStatus(status)).toEqual({ rss: 400000 * 1024, hwm: 650000 * 1024 });
  });

  it('gives 0 for a kernel thread, which has no memory lines', () => {
    expect(parseStatus('Name:\tkthreadd\nState:\tS (sleeping)\n')).toEqual({ rss: 0, hwm: 0 });
  });

  it('reads the parent pid even when the command name holds spaces and parentheses', () => {
    const line = '4242 (node) S 4200 4242 4200 0 -1 4194304 1000 0 3 0 250 40 1 2 20 0 11 0 123 0 0';
    expect(parseStat(line)).toEqual({ comm: 'node', ppid: 4200, cpuTicks: 290 });
    expect(parseStat('77 (Web Content (x)) R 1 77 77 0 -1 0 0 0 0 0 7 5 0 0')).toEqual({ comm: 'Web Content (x)', ppid: 1, cpuTicks: 12 });
    expect(() => parseStat('garbage')).toThrow(/not a \/proc/);
  });

  it('names a process by its program and first operands', () => {
    expect(describeCommand('/usr/bin/node\0/work/node_modules/.bin/astro\0build\0')).toBe('node astro build');
    expect(describeCommand('/usr/lib/chromium/chromium\0--type=renderer\0--lang=en\0--no-sandbox\0')).toBe('chromium --type=renderer');
    expect(describeCommand('')).toBe('');
    // Chromium's helpers rewrite their title into one string; the executable names them better than it does.
    expect(describeCommand('playwright_chromiumdev_profile-x --type=renderer --no-sandbox --lang=en-US', '/usr/lib/chromium/chromium')).toBe(
      'chromium --type=renderer',
    );
    expect(describeCommand('/usr/bin/node\0scripts/build.ts\0', '/opt/node24/bin/node')).toBe('node build.ts');
  });
});

describe('process tree', () => {
  it('collects the root and all its descendants, not its siblings or parent', () => {
    const parents = new Map([
      [10, 1],
      [11, 10],
      [12, 10],
      [13, 11],
      [20, 1],
      [21, 20],
    ]);
    expect(processTree(10, parents).sort((a, b) => a - b)).toEqual([10, 11, 12, 13]);
    expect(processTree(99, parents)).toEqual([99]);
  });

  it('takes the highest sample within each span, 0 where no sample fell', () => {
    const samples = [
      { at: 100, rss: 5, processes: 1, cpu: 0 },
      { at: 200, rss: 9, processes: 2, cpu: 0.5 },
      { at: 300, rss: 7, processes: 2, cpu: 1.5 },
      { at: 400, rss: 3, processes: 1, cpu: 1.75 },
    ];
    expect(
      peakWithin(samples, [
        { start: 100, end: 250 },
        { start: 250, end: 400 },
        { start: 500, end: 600 },
      ]),
    ).toEqual([9, 7, 0]);
  });

  it('takes the CPU time used within each span from the readings at its ends', () => {
    const samples = [
      { at: 100, rss: 5, processes: 1, cpu: 0 },
      { at: 200, rss: 9, processes: 2, cpu: 0.5 },
      { at: 300, rss: 7, processes: 2, cpu: 1.5 },
      { at: 400, rss: 3, processes: 1, cpu: 1.75 },
    ];
    expect(
      cpuWithin(samples, [
        { start: 100, end: 250 },
        { start: 250, end: 400 },
        { start: 500, end: 600 },
      ]),
    ).toEqual([0.5, 1.25, 0]);
  });

  it('samples this very process from /proc (Linux)', async () => {
    const sampler = new ProcessTreeSampler(process.pid, 20);
    await new Promise((resolve) => setTimeout(resolve, 80));
    const memory = sampler.stop();
    expect(memory.samples.length).toBeGreaterThan(1);
    expect(memory.peakRss).toBeGreaterThan(10 * 2 ** 20);
    expect(memory.largest.hwm).toBeGreaterThanOrEqual(process.memoryUsage().rss * 0.5);
    expect(memory.largest.command).toMatch(/node/);
  });

  it('counts a child process and its memory, and names the largest process', async () => {
    const sampler = new ProcessTreeSampler(process.pid, 20);
    const child = spawn(process.execPath, ['-e', 'const b = Buffer.alloc(300 * 2 ** 20, 1); setTimeout(() => b.length, 400)']);
    await new Promise((resolve) => child.on('exit', resolve));
    const memory = sampler.stop();
    expect(Math.max(...memory.samples.map((s) => s.processes))).toBeGreaterThanOrEqual(2);
    expect(memory.peakRss).toBeGreaterThan(300 * 2 ** 20);
    expect(memory.largest.hwm).toBeGreaterThan(300 * 2 ** 20);
    expect(memory.largest.command).toMatch(/^node/);
  });

  it('adds up the CPU time of a busy child, kept after it ends', async () => {
    const sampler = new ProcessTreeSampler(process.pid, 20);
    // Spins until it has used 0.4 s of processor time, however long a busy machine makes that take.
    const child = spawn(process.execPath, ['-e', 'while (process.cpuUsage().user < 400_000);']);
    await new Promise((resolve) => child.on('exit', resolve));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const memory = sampler.stop();
    // All but what it used after the last reading before it ended (at most one 20 ms interval).
    expect(memory.samples.at(-1)!.cpu - memory.samples[0]!.cpu).toBeGreaterThan(0.3);
  });
});
