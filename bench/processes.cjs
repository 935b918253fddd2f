// Child processes of the benchmark: started with their own environment, ready when an HTTP probe
// answers, stopped with SIGTERM (SIGKILL after a grace period), all of them on exit.
const { spawn } = require('node:child_process');
const { sleep } = require('./lib.cjs');

const running = new Set();

/** Starts a process and waits until ready() resolves true; its output is kept for error messages. */
async function startProcess(name, command, args, { env, cwd, ready, timeoutMs = 60_000, log = () => undefined }) {
  const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk) => {
    output += chunk;
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  child.once('exit', (code, signal) => {
    exited = { code, signal };
    running.delete(proc);
  });
  const proc = {
    name,
    child,
    pid: child.pid,
    output: () => output,
    stop: () => stopChild(child, name),
  };
  running.add(proc);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`${name} exited (${exited.code ?? exited.signal}) before it was ready:\n${output.slice(-4000)}`);
    if (Date.now() > deadline) {
      await proc.stop();
      throw new Error(`${name} was not ready within ${timeoutMs / 1000} s:\n${output.slice(-4000)}`);
    }
    if (await ready().catch(() => false)) break;
    await sleep(100);
  }
  log(`${name} ready (pid ${child.pid})`);
  return proc;
}

function stopChild(child, name, graceMs = 15_000) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => {
      process.stderr.write(`${name} did not stop within ${graceMs / 1000} s: SIGKILL\n`);
      child.kill('SIGKILL');
    }, graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function stopAll() {
  await Promise.all([...running].map((p) => p.stop()));
}

/** True when a request to url answers with the expected status. */
async function answers(url, { method = 'GET', body, headers, status = 200 } = {}) {
  const response = await fetch(url, { method, body, headers, signal: AbortSignal.timeout(2000) });
  await response.arrayBuffer();
  return response.status === status;
}

module.exports = { startProcess, stopAll, answers };
