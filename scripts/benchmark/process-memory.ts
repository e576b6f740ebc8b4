// Memory and CPU time of a process tree, polled from /proc (Linux): spawnSync reports no memory, and a build is a tree of
// processes (node, Astro, Pagefind's binary, Chromium and its helpers). The parsers are pure; ProcessTreeSampler
// reads /proc on a timer while the tree runs.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

export interface ProcStatus {
  /** Resident set size now (VmRSS), bytes. */
  rss: number;
  /** Peak resident set size so far (VmHWM), bytes. */
  hwm: number;
}

/** VmRSS and VmHWM from the text of /proc/<pid>/status (kernel threads have neither: 0). */
export function parseStatus(text: string): ProcStatus {
  const kb = (field: string): number => {
    const m = new RegExp(`^${field}:\\s+(\\d+)\\s+kB$`, 'm').exec(text);
    return m ? Number(m[1]) * 1024 : 0;
  };
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

/**
 * Command name, parent pid and CPU time used so far (user + system, in clock ticks) from /proc/<pid>/stat:
 * "pid (comm) state ppid … utime stime …" (fields 14 and 15); comm may hold spaces and parentheses.
 */
export function parseStat(text: string): { comm: string; ppid: number; cpuTicks: number } {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) throw new Error(`not a /proc/<pid>/stat line: ${text.slice(0, 60)}`);
  const fields = text.slice(close + 2).split(' ');
  const ppid = Number(fields[1]);
  if (!Number.isInteger(ppid)) throw new Error(`no parent pid in /proc/<pid>/stat line: ${text.slice(0, 60)}`);
  return { comm: text.slice(open + 1, close), ppid, cpuTicks: Number(fields[11] ?? 0) + Number(fields[12] ?? 0) };
}

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on every Linux architecture Node runs on). */
export const CLOCK_TICKS = 100;

/**
 * A short name for a process: its executable (/proc/<pid>/exe, else the first argument) and its first two operands
 * from /proc/<pid>/cmdline (NUL-separated, or one space-separated string where a program rewrote its title, as
 * Chromium's helpers do), paths cut to their last part: "node astro build", "chromium --type=renderer".
 */
export function describeCommand(cmdline: string, exe?: string): string {
  const args = (cmdline.includes('\0') ? cmdline.split('\0') : cmdline.split(' ')).filter((a) => a !== '');
  const base = (a: string): string => a.slice(a.lastIndexOf('/') + 1);
  const operands = args
    .slice(1)
    .filter((a) => !a.startsWith('-') || a.startsWith('--type='))
    .slice(0, 2);
  return [base(exe ?? args[0] ?? ''), ...operands.map(base)].join(' ');
}

/** `root` and every process below it, given each process's parent. */
export function processTree(root: number, parents: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const tree: number[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    tree.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return tree;
}

export interface MemorySample {
  /** Epoch milliseconds. */
  at: number;
  /** Sum of VmRSS over the tree, bytes. */
  rss: number;
  processes: number;
  /** CPU seconds the tree has used since sampling started (processes that ended count with their last reading). */
  cpu: number;
}

export interface TreeMemory {
  samples: MemorySample[];
  /** Highest sum of VmRSS seen over the tree. */
  peakRss: number;
  /** The single process with the highest VmHWM seen (a peak between two polls still shows here). */
  largest: { command: string; hwm: number };
}

/** Polls the tree under `root` every `intervalMs` until stop(). A process that starts and ends between two polls is not seen. */
export class ProcessTreeSampler {
  private readonly samples: MemorySample[] = [];
  private largest = { command: '', hwm: 0 };
  private readonly outside = new Set<number>();
  /** Last CPU reading of every process seen in the tree, alive or not. */
  private readonly cpuTicks = new Map<number, number>();
  private readonly timer: NodeJS.Timeout;
  private readonly root: number;

  constructor(root: number, intervalMs = 100) {
    this.root = root;
    this.poll();
    this.timer = setInterval(() => this.poll(), intervalMs);
  }

  private poll(): void {
    // Processes outside the tree stay outside (a process is only ever re-parented upwards), so each is read once
    // while it lives: the poll then costs little even on a machine with many processes.
    const parents = new Map<number, number>();
    const ticks = new Map<number, number>();
    const listed = new Set<number>();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      const pid = Number(name);
      listed.add(pid);
      if (this.outside.has(pid)) continue;
      const text = readOrUndefined(`/proc/${name}/stat`);
      if (text === undefined) continue; // ended since the listing
      const stat = parseStat(text);
      parents.set(pid, stat.ppid);
      ticks.set(pid, stat.cpuTicks);
    }
    for (const pid of this.outside) if (!listed.has(pid)) this.outside.delete(pid);
    const tree = new Set(processTree(this.root, parents));
    for (const pid of parents.keys()) if (!tree.has(pid)) this.outside.add(pid);
    if (!parents.has(this.root)) return;
    let rss = 0;
    let processes = 0;
    for (const pid of tree) {
      const used = ticks.get(pid);
      if (used !== undefined) this.cpuTicks.set(pid, used);
      const text = readOrUndefined(`/proc/${pid}/status`);
      if (text === undefined) continue;
      const status = parseStatus(text);
      rss += status.rss;
      processes++;
      if (status.hwm > this.largest.hwm)
        this.largest = { command: describeCommand(readOrUndefined(`/proc/${pid}/cmdline`) ?? '?', linkOrUndefined(`/proc/${pid}/exe`)), hwm: status.hwm };
    }
    this.samples.push({ at: Date.now(), rss, processes, cpu: [...this.cpuTicks.values()].reduce((a, b) => a + b, 0) / CLOCK_TICKS });
  }

  stop(): TreeMemory {
    clearInterval(this.timer);
    return { samples: this.samples, peakRss: Math.max(0, ...this.samples.map((s) => s.rss)), largest: this.largest };
  }
}

function linkOrUndefined(path: string): string | undefined {
  try {
    return readlinkSync(path);
  } catch {
    return undefined;
  }
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** CPU seconds the tree used within each time span: the reading at its end less the reading at its start. */
export function cpuWithin(samples: readonly MemorySample[], spans: readonly { start: number; end: number }[]): number[] {
  const at = (t: number): number => samples.filter((s) => s.at <= t).at(-1)?.cpu ?? 0;
  return spans.map(({ start, end }) => Math.max(0, at(end) - at(start)));
}

/** The highest tree RSS sampled within each time span (a build phase), 0 where no sample fell in it. */
export function peakWithin(samples: readonly MemorySample[], spans: readonly { start: number; end: number }[]): number[] {
  return spans.map(({ start, end }) => Math.max(0, ...samples.filter((s) => s.at >= start && s.at <= end).map((s) => s.rss)));
}
