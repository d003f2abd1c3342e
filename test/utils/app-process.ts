import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
export const API_MAIN = join(root, 'dist', 'apps', 'api', 'src', 'main.js');
export const WORKER_MAIN = join(root, 'dist', 'apps', 'worker', 'src', 'main.js');

export interface AppProcess {
  child: ChildProcess;
  /** Everything the process wrote so far, stdout and stderr interleaved. */
  output(): string;
  /** Resolves when the process has exited, with its code and signal. */
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts the built API as a process and resolves once it says it is up. */
export function startApiProcess(env: NodeJS.ProcessEnv, timeoutMs = 90_000): Promise<AppProcess> {
  return startBuiltProcess(API_MAIN, 'topofmind is up', env, timeoutMs);
}

/** Starts the built worker as a process and resolves once it says it is up. */
export function startWorkerProcess(env: NodeJS.ProcessEnv, timeoutMs = 90_000): Promise<AppProcess> {
  return startBuiltProcess(WORKER_MAIN, 'topofmind worker is up', env, timeoutMs);
}

function startBuiltProcess(main: string, upLine: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<AppProcess> {
  const child = spawn(process.execPath, [main], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${main} did not start in ${timeoutMs / 1000} s:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(upLine)) {
        clearTimeout(timer);
        resolve({ child, output: () => output, exit });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exit.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`${main} exited with ${code}:\n${output}`));
    });
  });
}
