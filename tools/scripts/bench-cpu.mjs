// CPU time of processes from /proc (Linux), in milliseconds: of one process, and of the PostgreSQL
// server as far as it works for one database (its backends for that database plus the server's
// own processes, without the backends of other databases, which other work on the machine uses).
import { readFileSync, readdirSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

function ticks(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
    return { name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null; // gone in the meantime
  }
}

export function processCpuMs(pid) {
  return (ticks(pid)?.ticks ?? 0) * TICK_MS;
}

/** Per postgres process (pid → ms) that works for `database` or for the server as a whole. */
export function postgresCpu(database) {
  const byPid = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const t = ticks(entry);
    if (t?.name !== 'postgres') continue;
    let cmdline = '';
    try {
      cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
    } catch {
      continue;
    }
    const client = /\(\d+\)|\[local\]/.test(cmdline);
    if (!client || cmdline.includes(` ${database} `)) byPid.set(entry, t.ticks * TICK_MS);
  }
  return byPid;
}

/** The CPU ms spent between two postgresCpu snapshots (processes that came and went count from 0). */
export function postgresDelta(before, after) {
  let sum = 0;
  for (const [pid, ms] of after) sum += ms - (before.get(pid) ?? 0);
  return sum;
}
