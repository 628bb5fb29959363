// A real Neo4j 5 for tests, without Docker: builds test/neo4j-server/ if needed, spawns its JVM, and hands back the
// Bolt URI. The server lives exactly as long as its stdin is open, so it cannot outlive the test process.
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface Neo4jServer {
  /** `bolt://127.0.0.1:PORT`: bolt:// rather than neo4j:// so the driver skips routing-table fetches. */
  uri: string;
  /** Closes the server's stdin, waits for a clean shutdown, SIGKILLs after the grace period. Idempotent. */
  stop(): Promise<void>;
}

export interface StartNeo4jOptions {
  /** How long to wait for the BOLT line once the JVM is spawned. */
  startTimeoutMs?: number;
  /** How long stop() waits for a clean shutdown before SIGKILL. */
  stopGraceMs?: number;
  /** JVM max heap, as for -Xmx. */
  heap?: string;
  /** The java launcher; tests of the failure paths swap it for something broken. */
  javaCommand?: string;
}

const serverDir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../neo4j-server');
const mainClass = 'infragraph.TestServer';
const prepareTimeoutMs = 15 * 60_000; // the first Maven resolve downloads ~200 MB
const tailLines = 40;

// Neo4j 5.26's own server.jvm.additional defaults (conf/neo4j.conf), minus -XX:+AlwaysPreTouch, which would make
// every start touch the whole heap. Without the --add-opens the page cache and Netty fall back or warn.
const neo4jJvmFlags = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-XX:FlightRecorderOptions=stackdepth=256',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
];

export async function startNeo4j(options: StartNeo4jOptions = {}): Promise<Neo4jServer> {
  const { startTimeoutMs = 120_000, stopGraceMs = 20_000, heap = '512m', javaCommand = 'java' } = options;
  await prepareServer();
  const classpath = (await readFile(join(serverDir, 'target/classpath.txt'), 'utf8')).trim();
  const workingDir = await mkdtemp(join(tmpdir(), 'infragraph-neo4j-'));
  const args = [...neo4jJvmFlags, `-Xmx${heap}`, '-cp', `${join(serverDir, 'target/classes')}:${classpath}`];
  const child = spawn(javaCommand, [...args, mainClass, workingDir], { stdio: ['pipe', 'pipe', 'pipe'] });

  const stderrTail: string[] = [];
  createInterface({ input: child.stderr }).on('line', (line) => pushTail(stderrTail, line));
  const exited = new Promise<void>((resolveExit) => child.once('close', () => resolveExit()));
  // Last resort: a test process that exits without stop() (or crashes) must not leave a JVM behind.
  const killOnExit = (): void => void child.kill('SIGKILL');
  process.once('exit', killOnExit);

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= stopChild(child, exited, stopGraceMs).finally(async () => {
      process.removeListener('exit', killOnExit);
      await rm(workingDir, { recursive: true, force: true });
    });
    return stopping;
  };

  try {
    const uri = await waitForBoltLine(child, startTimeoutMs, stderrTail);
    return { uri, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Runs prepare.sh (a no-op when target/ is up to date); its stderr tail explains a failure. */
function prepareServer(): Promise<void> {
  const script = join(serverDir, 'prepare.sh');
  return new Promise((resolvePrepare, reject) => {
    execFile('bash', [script], { timeout: prepareTimeoutMs, maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (!error) return resolvePrepare();
      const tail = stderr.trim().split('\n').slice(-tailLines).join('\n');
      reject(new Error(`${script}: failed (${error.message.split('\n')[0]})\n${tail}`));
    });
  });
}

function waitForBoltLine(
  child: ChildProcessWithoutNullStreams,
  timeoutMs: number,
  stderrTail: string[],
): Promise<string> {
  const stdoutTail: string[] = [];
  return new Promise((resolveUri, reject) => {
    const fail = (reason: string): void => {
      cleanup();
      const output = [`stderr (last ${tailLines} lines):`, ...stderrTail, 'stdout:', ...stdoutTail].join('\n');
      reject(new Error(`startNeo4j: ${reason}\n${output}`));
    };
    const onLine = (line: string): void => {
      const match = /^BOLT (bolt:\/\/\S+?)\/?$/.exec(line);
      if (!match) return pushTail(stdoutTail, line);
      cleanup();
      resolveUri(match[1]);
    };
    const onError = (error: Error): void => fail(`cannot run the JVM (${error.message})`);
    // 'close' rather than 'exit': it fires after the last stderr line has been read.
    const onClose = (code: number | null, signal: NodeJS.Signals | null): void =>
      fail(`the JVM exited (${signal ?? `code ${code}`}) before printing its BOLT line`);
    const timer = setTimeout(() => fail(`no BOLT line within ${timeoutMs} ms`), timeoutMs);
    const lines = createInterface({ input: child.stdout });
    function cleanup(): void {
      clearTimeout(timer);
      lines.off('line', onLine);
      child.off('error', onError);
      child.off('close', onClose);
    }
    lines.on('line', onLine);
    child.once('error', onError);
    child.once('close', onClose);
  });
}

async function stopChild(child: ChildProcessWithoutNullStreams, exited: Promise<void>, graceMs: number) {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  child.stdin.end();
  let timer: NodeJS.Timeout | undefined;
  const graceOver = new Promise<'timeout'>((resolveTimeout) => {
    timer = setTimeout(() => resolveTimeout('timeout'), graceMs);
  });
  const outcome = await Promise.race([exited, graceOver]);
  clearTimeout(timer);
  if (outcome === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}

function pushTail(tail: string[], line: string): void {
  tail.push(line);
  if (tail.length > tailLines) tail.shift();
}
