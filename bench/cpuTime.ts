import { execFileSync } from 'child_process';
import { readFileSync, readdirSync } from 'fs';
import { availableParallelism } from 'os';

/** Where the CPU time of a stretch of a benchmark went, in cores busy on average. */
export type CpuShares = {
  /** Seconds of wall clock measured. */
  seconds: number;
  /**
   * Cores this process may run on (`os.availableParallelism`). A CPU quota of a container is
   * not seen: a benchmark in a quota-limited container overstates its ceiling.
   */
  cores: number;
  /** Cores busy on the whole machine (everything but idle, I/O wait and steal). */
  machine: number;
  /** Cores the hypervisor gave to others while this machine wanted them (steal). */
  steal: number;
  /** Cores busy per process watched, by the names given to {@link watchCpu}. */
  processes: Record<string, number>;
  /** Cores busy in the main threads of the processes watched, by the same names. */
  mainThreads: Record<string, number>;
  /**
   * Cores busy in the PostgreSQL server processes this process can see (all of them on the
   * machine; none when PostgreSQL runs in another PID namespace, such as a container).
   */
  postgres: number;
};

/** CPU seconds so far per source, read from Linux's /proc, and when (`wall`, in seconds). */
type Reading = {
  wall: number;
  machine: number;
  steal: number;
  processes: Record<string, number>;
  mainThreads: Record<string, number>;
  /** Per PostgreSQL process id, so a backend that ends or starts meanwhile counts right. */
  postgres: Map<string, number>;
};

let ticksPerSecond: number | undefined;

/** The kernel's clock ticks per second, in which /proc counts CPU time (100 on Linux). */
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond =
        Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/**
 * User plus system CPU seconds of a process or thread, from its `stat` file. The name in
 * brackets may hold spaces and brackets itself, so fields are counted after the last `)`.
 */
export function statCpuSeconds(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 in proc_pid_stat(5); fields[0] is field 3 (state).
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

function postgresSeconds(): Map<string, number> {
  const seconds = new Map<string, number>();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    if (readOr(`/proc/${pid}/comm`)?.trim() !== 'postgres') continue;
    const stat = readOr(`/proc/${pid}/stat`);
    if (stat) seconds.set(pid, statCpuSeconds(stat));
  }
  return seconds;
}

/**
 * PostgreSQL's CPU seconds between two readings: per process, from 0 for one that started
 * meanwhile; one that ended meanwhile is left out rather than counted negative.
 */
function postgresDelta(
  before: Map<string, number>,
  after: Map<string, number>,
): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
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
      cores: availableParallelism(),
      machine: (after.machine - before.machine) / seconds,
      steal: (after.steal - before.steal) / seconds,
      processes: perSecond(before.processes, after.processes, seconds),
      mainThreads: perSecond(before.mainThreads, after.mainThreads, seconds),
      postgres: postgresDelta(before.postgres, after.postgres) / seconds,
    };
  };
}
