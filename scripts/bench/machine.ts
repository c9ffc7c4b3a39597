// The machine the numbers were measured on: they mean little without it.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { CHROMIUM } from './browser';

export interface Machine {
  readonly nproc: number;
  readonly memoryGiB: number;
  readonly cpu: string;
  readonly os: string;
  readonly node: string;
  readonly chromium: string | null;
  /** 1-minute load average when the bench started: other work on the machine skews the timings. */
  readonly loadAverage: number;
}

function cpuModel(): string {
  const info = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  return /^model name\s*:\s*(.+)$/m.exec(info)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown';
}

function chromiumVersion(): string | null {
  if (!existsSync(CHROMIUM)) return null;
  // Debian's wrapper script may print shell noise on stderr; the version is the stdout line.
  const out = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  return out.stdout?.trim().split('\n').pop() || null;
}

export function describeMachine(): Machine {
  return {
    nproc: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    cpu: cpuModel(),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: chromiumVersion(),
    loadAverage: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
  };
}
