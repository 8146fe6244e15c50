#!/usr/bin/env node
/**
 * `disclosure-report.schema.json`, generated from the format declarations (src/core/formats and
 * the layouts they name): one subschema per format, chosen by the document's `format` (none
 * means the default format), each table's keys, nesting and array forms taken from the parse
 * shape the parser itself reads them by (`compileTable(layout).shape`), and every title a
 * legal label of the layouts, character for character.
 *
 *     npm run schema               writes the file
 *     npm run schema -- --check    exits 1 when the committed file is not what it would write
 *     --file PATH                  another file to write or check (the tests check a stale copy)
 *
 * The core is TypeScript; Vite's module runner loads it as it is, with no build first.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import prettier from 'prettier';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const SCHEMA_FILE = fileURLToPath(new URL('../disclosure-report.schema.json', import.meta.url));
const SCHEMA_ID = 'https://unpkg.com/disclosure-tables/disclosure-report.schema.json';

/** The core modules the schema is made from, loaded from their TypeScript sources. */
async function loadCore() {
  const load = async (path) =>
    (
      await runnerImport(fileURLToPath(new URL(`../src/core/${path}`, import.meta.url)), {
        root,
        configFile: false,
        logLevel: 'silent',
      })
    ).module;
  const [format, compile, cell, parse] = await Promise.all(
    ['format.ts', 'compile.ts', 'cell.ts', 'parse.ts'].map(load),
  );
  return {
    formats: format.formats,
    defaultFormat: format.DEFAULT_FORMAT,
    compileTable: compile.compileTable,
    blankMarkers: cell.BLANK_MARKERS,
    amountScale: cell.AMOUNT_SCALE,
    documentKeys: parse.DOCUMENT_KEYS,
  };
}

/** Escapes the characters a pattern reads as syntax (no others: under the `u` flag `\\-` is an error). */
const escapeRegExp = (text) => text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

/**
 * A pattern for the decimal integers from 0 to `max` written without leading zeros (the caller
 * allows those with `0*`): any shorter number, or one as long that is not greater digit by digit.
 */
function atMost(max) {
  const digits = String(max);
  const alternatives = [`\\d{1,${digits.length - 1}}`];
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[i]);
    if (digit === 0) continue;
    const rest = digits.length - i - 1;
    const smaller = digit === 1 ? '0' : `[0-${digit - 1}]`;
    const any = rest === 0 ? '' : rest === 1 ? '\\d' : `\\d{${rest}}`;
    alternatives.push(`${digits.slice(0, i)}${smaller}${any}`);
  }
  alternatives.push(digits);
  return `(?:${alternatives.join('|')})`;
}

/** What every cell kind of `ValueKind` may hold, as `src/core/cell.ts` reads it. */
function cellDefinitions({ blankMarkers, amountScale }) {
  const max = Number.MAX_SAFE_INTEGER;
  const markers = blankMarkers.map((marker) => JSON.stringify(marker)).join(', ');
  return {
    blank: {
      description: `No number: null, or one of the strings ${markers} (spaces around them allowed). Shown blank and reported as a warning, never read as 0.`,
      anyOf: [
        { type: 'null' },
        { type: 'string', pattern: `^\\s*(?:${blankMarkers.map(escapeRegExp).join('|')})\\s*$` },
      ],
    },
    count: {
      description: `A count: a non-negative integer up to 2^53 − 1 (${max}), or a string holding one (surrounding spaces allowed), or blank. Anything else (a negative number, a fraction, full-width digits, a thousands separator, a larger integer) is shown as given and reported as an error.`,
      anyOf: [
        { type: 'integer', minimum: 0, maximum: max },
        { type: 'string', pattern: `^\\s*0*${atMost(max)}\\s*$` },
        { $ref: '#/$defs/blank' },
      ],
    },
    change: {
      description: `A signed change of a count (本年增/减): an integer, negative when the count went down, or a string holding one with an optional sign (-, −, －, + or ＋), or blank.`,
      anyOf: [
        { type: 'integer', minimum: -max, maximum: max },
        { type: 'string', pattern: `^\\s*[-−－+＋]?0*${atMost(max)}\\s*$` },
        { $ref: '#/$defs/blank' },
      ],
    },
    amount: {
      description: `An exact decimal amount with at most ${amountScale} decimal places, as a number or, to keep every digit as written, a string ("1779.2656"); shown exactly as given, or blank. A JSON Schema validator cannot count a number's decimal places exactly (a number is a binary double), so only a string's are checked here; the elements reject a number with more.`,
      anyOf: [
        { type: 'number', minimum: 0, exclusiveMaximum: 1e21 },
        { type: 'string', pattern: `^\\s*\\d+(?:\\.\\d{1,${amountScale}})?\\s*$` },
        { $ref: '#/$defs/blank' },
      ],
    },
  };
}

/** A report year, as the parser reads it (`readYear` in src/core/parse.ts): 2008 to 9999. */
const YEAR = {
  description:
    'The year the report covers: 2008 (the first year of the regulations) to 9999, as a number or a string of four digits.',
  anyOf: [
    { type: 'integer', minimum: 2008, maximum: 9999 },
    { type: 'string', pattern: '^\\s*(?:200[89]|20[1-9]\\d|2[1-9]\\d{2}|[3-9]\\d{3})\\s*$' },
  ],
};

/** The document's keys besides its tables, each as the parser reads it. */
const METADATA = {
  $schema: {
    type: 'string',
    description:
      'The address of this schema, for editors that complete and check the document. The elements do not read it.',
  },
  agency: {
    type: 'string',
    description: 'The reporting agency, e.g. 湘潭县人民政府. Shown as text.',
  },
  year: { $ref: '#/$defs/year' },
};

const joinLabels = (labels) => labels.filter((label) => label !== '').join(' › ');

/**
 * The headers that name each data path of a table (a row, a group of rows, a cell): for each
 * keyed header node, the labelled nodes from the previous keyed node to it (a banner and
 * grouping headers included), and for a cell, the headers after its last keyed node too.
 */
function headersByPath(layout, table) {
  const headers = new Map([['', { title: layout.caption, labels: [layout.caption] }]]);
  for (const cell of table.cells) {
    const banner = layout.blocks[cell.blockIndex].banner;
    const nodes = [...(banner ? [banner] : []), ...cell.rowPath, ...cell.columnPath];
    let pending = [];
    let depth = 0;
    for (const node of nodes) {
      pending.push(node.label);
      if (!node.keyed) continue;
      depth++;
      const path = cell.path.slice(0, depth).join('.');
      if (!headers.has(path)) headers.set(path, { title: node.label, labels: pending });
      pending = [];
    }
    // A cell's trailing unkeyed headers (table 二's 本年处理决定数量 under 行政许可).
    headers.get(cell.path.join('.')).labels.push(...pending);
  }
  return headers;
}

/** An annotation object: the legal label as title, the headers that lead to it as description. */
function annotation({ title, labels }) {
  const description = joinLabels(labels);
  return {
    ...(title ? { title } : {}),
    ...(description && description !== title ? { description } : {}),
  };
}

/**
 * Builds the schema. Terminal containers (rows, table 四's blocks) with the same body are written
 * once, in `$defs`, named after their table and keys, and referenced wherever they appear.
 */
export function reportSchema(core) {
  const { formats, defaultFormat, compileTable, documentKeys } = core;
  // In reading order: the formats, their tables, the rows they share, then cells and metadata.
  const formatDefs = {};
  const tableDefs = {};
  const rowDefs = {};
  /** Terminal container bodies by their JSON, with the places that use them. */
  const bodies = new Map();
  /** Each distinct layout's `$defs` name: a table shared by two formats is written once. */
  const tableNames = new Map();

  const tableSchema = (layout, formatId) => {
    const known = tableNames.get(layout);
    if (known) return known;
    const name = `${formatId}-${layout.id}`;
    tableNames.set(layout, name);
    const table = compileTable(layout);
    const headers = headersByPath(layout, table);
    const { containers } = table.shape;
    const cellsByPath = new Map(table.cells.map((cell) => [cell.path.join('.'), cell]));
    const cellSchema = (cell) => ({
      ...annotation(headers.get(cell.path.join('.'))),
      $ref: `#/$defs/${cell.kind}`,
    });
    const childPath = (container, key) => (container.path ? `${container.path}.${key}` : key);

    const containerSchema = (container) => {
      const properties = {};
      let terminal = true;
      for (const key of container.keys) {
        const path = childPath(container, key);
        const cell = cellsByPath.get(path);
        if (cell) {
          properties[key] = cellSchema(cell);
          continue;
        }
        const unitOf = [...cellsByPath.values()].find(
          (other) => other.unitKey === key && other.path.slice(0, -1).join('.') === container.path,
        );
        if (unitOf) {
          properties[key] = {
            type: 'string',
            description: `The unit the report writes beside ${unitOf.columnPath.at(-1).label} (such as 元), shown after the number. Read only when the cell holds a number; written only beside a row given as an object.`,
          };
          continue;
        }
        terminal = false;
        properties[key] = containerSchema(containers.find((other) => other.path === path));
      }
      let objectForm = { type: 'object', additionalProperties: false, properties };
      let body = objectForm;
      const order = container.arrayOrder;
      if (order) {
        const cells = order.map((key) => cellsByPath.get(childPath(container, key)));
        const labels = cells.map((cell) => cell.columnPath.at(-1).label);
        const kinds = new Set(cells.map((cell) => cell.kind));
        const least = container.optionalTail ? order.length - 1 : order.length;
        const tail = container.optionalTail
          ? ` (${labels.at(-1)} may be left off, and is then computed)`
          : '';
        let arrayForm;
        if (kinds.size === 1) {
          arrayForm = {
            type: 'array',
            description: `The cells in column order: [${labels.join(', ')}]${tail}.`,
            items: { $ref: `#/$defs/${cells[0].kind}` },
            minItems: least,
            maxItems: order.length,
          };
        } else {
          if (container.optionalTail)
            throw new Error(
              `${layout.id}.${container.path}: an array of mixed kinds with an optional total is not described yet`,
            );
          arrayForm = {
            type: 'array',
            description: `The cells in column order: [${labels.join(', ')}].`,
            prefixItems: cells.map(cellSchema),
            items: false,
            minItems: order.length,
            maxItems: order.length,
          };
        }
        objectForm = {
          type: 'object',
          description:
            'The cells by key; a cell left out is blank' +
            (container.optionalTail ? `, except ${labels.at(-1)}, which is computed.` : '.'),
          additionalProperties: false,
          properties,
        };
        body = { oneOf: [arrayForm, objectForm] };
      }
      const place = annotation(headers.get(container.path));
      if (!terminal) return { ...place, ...body };
      const json = JSON.stringify(body);
      let entry = bodies.get(json);
      if (!entry) {
        entry = { name: `${name}-${[...container.keys].join('-')}`, body, places: [] };
        bodies.set(json, entry);
      }
      const schema = { ...place };
      entry.places.push(schema);
      return schema;
    };

    tableDefs[name] = containerSchema(containers.find((container) => container.path === ''));
    return name;
  };

  // The default format first (an object's integer-like keys iterate in numeric order).
  const ids = [defaultFormat, ...Object.keys(formats).filter((id) => id !== defaultFormat)];
  const formatValues = (id) => (/^\d+$/.test(id) ? [id, Number(id)] : [id]);
  const metadataKeys = documentKeys.filter(
    (key) => !ids.some((id) => formats[id].tables.some((table) => table.id === key)),
  );
  for (const key of metadataKeys)
    if (key !== 'format' && !(key in METADATA))
      throw new Error(`The parser reads a document key \`${key}\` the schema does not describe.`);

  for (const id of ids) {
    const format = formats[id];
    const tables = format.tables.map((layout) => ({ id: layout.id, def: tableSchema(layout, id) }));
    const isDefault = id === defaultFormat;
    formatDefs[`format-${id}`] = {
      title: `${format.notice} (format "${id}")`,
      description: `A report in the ${id} format${isDefault ? ', which a document without `format` is in' : ''}: ${format.tables.map((table) => table.caption).join('; ')}. It holds at least one of them; a report without one of its tables shows the others and warns of the missing one.`,
      type: 'object',
      additionalProperties: false,
      properties: {
        $schema: METADATA.$schema,
        format: {
          description: isDefault
            ? `The format of the tables: "${id}", or left out.`
            : `The format of the tables: "${id}".`,
          enum: formatValues(id),
        },
        agency: METADATA.agency,
        year: METADATA.year,
        ...Object.fromEntries(tables.map((table) => [table.id, { $ref: `#/$defs/${table.def}` }])),
      },
      // "At least one table". Each branch names its key in `properties` too, which strict
      // validators (Ajv's strictRequired) ask of a `required` key.
      anyOf: tables.map((table) => ({ properties: { [table.id]: true }, required: [table.id] })),
    };
  }

  // Terminal containers used more than once become definitions of their own; the others inline.
  for (const { name, body, places } of bodies.values()) {
    if (places.length > 1) {
      rowDefs[name] = body;
      for (const place of places) place.$ref = `#/$defs/${name}`;
    } else Object.assign(places[0], body);
  }

  const notices = ids.map(
    (id) => `"${id}" (${formats[id].notice}${id === defaultFormat ? ', the default' : ''})`,
  );
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    $comment:
      'Generated by `npm run schema` (scripts/schema.mjs) from the format declarations in src/core/formats and src/core/layouts. Do not edit by hand.',
    title: '政府信息公开工作年度报告 statistical tables',
    description: `The numbers of one annual government information disclosure report, in the format its \`format\` names: ${notices.join(' or ')}.`,
    type: 'object',
    properties: {
      format: {
        description: `The format of the tables; without it, "${defaultFormat}".`,
        enum: ids.flatMap(formatValues),
      },
    },
    // One subschema per format, chosen by `format`: a document's keys are checked by its own.
    allOf: ids.map((id) => ({
      if:
        id === defaultFormat
          ? { properties: { format: { enum: formatValues(id) } } }
          : { properties: { format: { enum: formatValues(id) } }, required: ['format'] },
      then: { $ref: `#/$defs/format-${id}` },
    })),
    $defs: {
      ...formatDefs,
      ...tableDefs,
      ...rowDefs,
      ...cellDefinitions(core),
      year: YEAR,
    },
  };
}

/** The schema as the file holds it: JSON, formatted by the repository's Prettier settings. */
export async function schemaText(core) {
  const options = (await prettier.resolveConfig(SCHEMA_FILE)) ?? {};
  return prettier.format(JSON.stringify(reportSchema(core)), {
    ...options,
    filepath: SCHEMA_FILE,
  });
}

async function main(args) {
  const check = args.includes('--check');
  const fileIndex = args.indexOf('--file');
  const file = fileIndex >= 0 ? args[fileIndex + 1] : SCHEMA_FILE;
  const text = await schemaText(await loadCore());
  if (!check) {
    await writeFile(file, text);
    return 0;
  }
  const committed = await readFile(file, 'utf8').catch(() => undefined);
  if (committed === text) return 0;
  console.error(
    `${file} is stale: it is not what the format declarations generate. Run \`npm run schema\` and commit it.`,
  );
  return 1;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
