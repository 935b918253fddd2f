import { type ChildProcess, spawn } from 'node:child_process';
import * as net from 'node:net';
import * as path from 'node:path';

export const SERVER_DIR = path.resolve(__dirname, '..');

/**
 * A free port below Linux's ephemeral range (32768+), so an outgoing connection's source port
 * cannot take it between this check and the server's listen.
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = 20000 + Math.floor(Math.random() * 12000);
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '0.0.0.0', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
}

const children = new Set<ChildProcess>();

/** Kills what a test spawned and left running (e.g. after a failed assertion). */
export function killSpawned(): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  children.clear();
}

/** Spawns a node process and resolves once a line of its output matches. */
export function spawnUntil(
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
  timeoutMs = 60_000,
): Promise<{ child: ChildProcess; match: RegExpMatchArray; output: () => string }> {
  const child = spawn(process.execPath, args, { cwd: SERVER_DIR, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Timed out waiting for ${ready}:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(ready);
      if (match) {
        clearTimeout(timer);
        resolve({ child, match, output: () => output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Process exited with ${code} before ${ready}:\n${output}`));
    });
  });
}

export function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Starts a cluster in its own process (see cluster-process.cjs). */
export async function startClusterProcess(dataDir: string, port: number) {
  const { child, match } = await spawnUntil(
    [path.join(SERVER_DIR, 'test', 'cluster-process.cjs'), dataDir, String(port)],
    {},
    /READY (\S+)/,
  );
  return {
    url: match[1],
    stop: async () => {
      child.kill('SIGINT');
      await exitOf(child);
    },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
