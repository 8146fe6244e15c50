import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Runs a slow server command to its end: such a command answers `{ pending: true }` while still
 * at work (test/plugins/command-timeout.mjs), and asking again with the same payload waits on the
 * same work, never starts it twice.
 */
export async function untilDone<T, P extends object = object>(
  command: string,
  payload?: P,
): Promise<T> {
  for (;;) {
    const result = (await executeServerCommand(command, payload)) as T | { pending: true };
    if (!(result && typeof result === 'object' && 'pending' in result)) return result;
  }
}
