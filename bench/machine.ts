/** The machine a benchmark ran on, in the words bench/README.md records it with. */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';

export function machineDescription(): string {
  const run = (command: string, args: string[]): string => {
    try {
      return execFileSync(command, args, { encoding: 'utf8' }).trim();
    } catch (error) {
      return `(${command} failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
    }
  };
  const memory = run('free', ['-h']).split('\n')[1]?.trim().split(/\s+/)[1] ?? '?';
  return [
    `cpus: ${run('nproc', [])} (${cpus()[0]?.model ?? 'unknown model'}), memory: ${memory}`,
    `node ${process.version}, ${run('python3', ['--version'])}, docutils ${run('python3', ['-c', 'import docutils; print(docutils.__version__)'])}`,
    `load average at start: ${loadAverage()}`,
  ].join('\n');
}

/** The 1, 5 and 15 minute load averages, as `uptime` prints them. */
export function loadAverage(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(', ');
}
