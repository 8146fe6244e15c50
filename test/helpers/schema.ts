import { executeServerCommand } from '@web/test-runner-commands';

/** Validates a document against `disclosure-report.schema.json` (with ajv, in the test server). */
export async function validateAgainstSchema(
  document: unknown,
): Promise<{ valid: boolean; errors: string[] }> {
  return executeServerCommand('validate-report', { document });
}
