/** CPU time and memory of a process, read from Linux /proc. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Clock ticks per second of the utime/stime fields in /proc/<pid>/stat. */
export const CLOCK_TICKS = readClockTicks();

function readClockTicks(): number {
  try {
    const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return ticks > 0 ? ticks : 100;
  } catch {
    return 100;
  }
}

/** User plus system CPU time the process (all its threads) has used so far, in microseconds. */
export function cpuMicros(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) is in parentheses and may contain spaces, so count fields after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const [utime, stime] = [Number(fields[11]), Number(fields[12])]; // fields 14 and 15 of the stat line
  return ((utime + stime) * 1e6) / CLOCK_TICKS;
}

export interface Memory {
  /** Resident set size now (VmRSS). */
  rssMB: number;
  /** Peak resident set size so far (VmHWM). */
  peakRssMB: number;
}

export function memory(pid: number): Memory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const megabytes = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) / 1024;
  return { rssMB: megabytes('VmRSS'), peakRssMB: megabytes('VmHWM') };
}
