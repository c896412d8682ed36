import { execFileSync } from 'child_process';
import { readFileSync, readdirSync } from 'fs';
import { cpus } from 'os';

/** Where the CPU time of a stretch of a benchmark went, in cores busy on average. */
export type CpuShares = {
  /** Seconds of wall clock measured. */
  seconds: number;
  /** Cores the machine has. */
  cores: number;
  /** Cores busy on the whole machine (everything but idle, I/O wait and steal). */
  machine: number;
  /** Cores the hypervisor gave to others while this machine wanted them (steal). */
  steal: number;
  /** Cores busy per process watched, by the names given to {@link watchCpu}. */
  processes: Record<string, number>;
  /** Cores busy in the main threads of the processes watched, by the same names. */
  mainThreads: Record<string, number>;
  /** Cores busy in all PostgreSQL server processes together. */
  postgres: number;
};

/**
 * CPU seconds so far per source, read from Linux's /proc, and when (`wall`, in seconds): the
 * fields of {@link CpuShares} before they are divided by the time between two readings.
 */
type Reading = Omit<CpuShares, 'seconds' | 'cores'> & { wall: number };

let ticksPerSecond: number | undefined;

/** The kernel's clock ticks per second, in which /proc counts CPU time. */
function clockTicks(): number {
  ticksPerSecond ??=
    Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  return ticksPerSecond;
}

/**
 * User plus system CPU seconds of a process or thread, from its `stat` file. The name in
 * brackets may hold spaces and brackets itself, so fields are counted after the last `)`.
 */
export function statCpuSeconds(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of stat(5); fields[0] is field 3 (state).
  return (Number(fields[11]) + Number(fields[12])) / clockTicks();
}

/**
 * Busy and stolen CPU seconds of the whole machine from the first line of /proc/stat. Steal
 * is kept apart: it is time the hypervisor ran others, not work done here.
 */
export function machineSeconds(procStat: string): {
  busy: number;
  steal: number;
} {
  const [user, nice, system, , , irq, softirq, steal] = procStat
    .split('\n')[0]
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return {
    busy: (user + nice + system + irq + softirq) / clockTicks(),
    steal: steal / clockTicks(),
  };
}

function readOr(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** CPU seconds of a process or thread by its `stat` path; 0 once it has ended. */
function secondsOf(statPath: string): number {
  const stat = readOr(statPath);
  return stat ? statCpuSeconds(stat) : 0;
}

function postgresSeconds(): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    if (readOr(`/proc/${entry}/comm`)?.trim() !== 'postgres') continue;
    // A backend that ended between listing and reading took its time with it.
    total += secondsOf(`/proc/${entry}/stat`);
  }
  return total;
}

function read(pids: Record<string, number>): Reading {
  const processes: Record<string, number> = {};
  const mainThreads: Record<string, number> = {};
  for (const [name, pid] of Object.entries(pids)) {
    processes[name] = secondsOf(`/proc/${pid}/stat`);
    mainThreads[name] = secondsOf(`/proc/${pid}/task/${pid}/stat`);
  }
  const machine = machineSeconds(readFileSync('/proc/stat', 'utf8'));
  return {
    wall: performance.now() / 1000,
    machine: machine.busy,
    steal: machine.steal,
    processes,
    mainThreads,
    postgres: postgresSeconds(),
  };
}

function perSecond(
  before: Record<string, number>,
  after: Record<string, number>,
  seconds: number,
): Record<string, number> {
  return Object.fromEntries(
    Object.keys(after).map(name => [
      name,
      (after[name] - before[name]) / seconds,
    ]),
  );
}

/**
 * Starts watching where CPU time goes: the machine's, that of the processes named in `pids`
 * (and of their main threads), and PostgreSQL's. The returned function ends the stretch and
 * says how many cores each kept busy on average. Undefined where /proc cannot be read (not
 * Linux), so a benchmark prints its figures without these.
 */
export function watchCpu(
  pids: Record<string, number>,
): (() => CpuShares) | undefined {
  if (readOr('/proc/stat') === undefined) return undefined;
  const before = read(pids);
  return () => {
    const after = read(pids);
    const seconds = after.wall - before.wall;
    return {
      seconds,
      cores: cpus().length,
      machine: (after.machine - before.machine) / seconds,
      steal: (after.steal - before.steal) / seconds,
      processes: perSecond(before.processes, after.processes, seconds),
      mainThreads: perSecond(before.mainThreads, after.mainThreads, seconds),
      postgres: (after.postgres - before.postgres) / seconds,
    };
  };
}
