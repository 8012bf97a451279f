/**
 * Runs a command and samples the resident memory of it and every process it
 * starts (Pagefind's indexer runs as its own process), every 50 ms, from
 * /proc. Returns the wall time and the peak total. Linux only; elsewhere the
 * peak is reported as null.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

function children(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(ppid, [...(map.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  return map;
}

function treeRssKb(root: number): number {
  const tree = children();
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      total += match ? Number(match[1]) : 0;
    } catch {
      // ended
    }
    stack.push(...(tree.get(pid) ?? []));
  }
  return total;
}

export async function runMeasured(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ ok: boolean; seconds: number; peakMb: number | null; output: string }> {
  const canSample = existsSync('/proc/self/status');
  const started = process.hrtime.bigint();
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let peak = 0;
  const timer = canSample ? setInterval(() => (peak = Math.max(peak, treeRssKb(child.pid!))), 50) : undefined;
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (timer) clearInterval(timer);
  return { ok: code === 0, seconds: Number(process.hrtime.bigint() - started) / 1e9, peakMb: canSample ? Math.round(peak / 1024) : null, output };
}
