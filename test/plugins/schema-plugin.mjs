import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// ajv ships CommonJS only; it runs here, in Node, and the browser asks it through a command.
const Ajv2020 = require('ajv/dist/2020').default;

export const VALIDATE_REPORT_COMMAND = 'validate-report';
export const VALIDATE_REPORTS_COMMAND = 'validate-reports';
export const READ_SCHEMA_COMMAND = 'read-report-schema';

/**
 * Test-runner server commands on the shipped `disclosure-report.schema.json`, compiled with
 * Ajv in strict mode (a keyword it does not know, or a loose tuple, fails the run):
 * - `validate-report`: payload `{ document }`; result `{ valid, errors }`;
 * - `validate-reports`: payload `{ documents }`; result one `{ valid, errors }` per document;
 * - `read-report-schema`: the schema itself, as JSON.
 */
export function schemaPlugin() {
  const schema = JSON.parse(
    readFileSync(new URL('../../disclosure-report.schema.json', import.meta.url), 'utf8'),
  );
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  const check = (document) => {
    const valid = validate(document);
    return {
      valid,
      errors: (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`),
    };
  };
  return {
    name: 'validate-report',
    executeCommand({ command, payload }) {
      if (command === VALIDATE_REPORT_COMMAND) return check(payload.document);
      if (command === VALIDATE_REPORTS_COMMAND) return payload.documents.map(check);
      if (command === READ_SCHEMA_COMMAND) return schema;
      return undefined;
    },
  };
}
