import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// ajv ships CommonJS only; it runs here, in Node, and the browser asks it through a command.
const Ajv2020 = require('ajv/dist/2020').default;

export const VALIDATE_REPORT_COMMAND = 'validate-report';

/**
 * Test-runner server command `validate-report`: validates a document against the shipped
 * `disclosure-report.schema.json`. Payload `{ document }`; result `{ valid, errors }`.
 */
export function schemaPlugin() {
  const schema = JSON.parse(
    readFileSync(new URL('../../disclosure-report.schema.json', import.meta.url), 'utf8'),
  );
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  return {
    name: 'validate-report',
    executeCommand({ command, payload }) {
      if (command !== VALIDATE_REPORT_COMMAND) return undefined;
      const valid = validate(payload.document);
      return {
        valid,
        errors: (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`),
      };
    },
  };
}
