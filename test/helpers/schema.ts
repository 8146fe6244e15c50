import { executeServerCommand } from '@web/test-runner-commands';

export interface SchemaResult {
  readonly valid: boolean;
  readonly errors: string[];
}

/** Validates a document against `disclosure-report.schema.json` (with ajv, in the test server). */
export async function validateAgainstSchema(document: unknown): Promise<SchemaResult> {
  return executeServerCommand('validate-report', { document });
}

/** Validates many documents in one round trip to the test server. */
export async function validateAllAgainstSchema(
  documents: readonly unknown[],
): Promise<SchemaResult[]> {
  return executeServerCommand('validate-reports', { documents });
}

/** The committed `disclosure-report.schema.json`, as the test server read it. */
export async function readReportSchema(): Promise<Record<string, unknown>> {
  return executeServerCommand('read-report-schema');
}
