/**
 * The report document as JSON gives it: what the elements take as `data` and `previous` and
 * show as `report`. Its shape is checked when it is parsed, not by this type; a table element
 * also takes just its own section (the value of `applications`, say), which fits it too.
 */
export interface ReportDocument {
  readonly $schema?: string;
  readonly format?: string;
  readonly agency?: string;
  readonly year?: number | string;
  readonly proactive?: object;
  readonly applications?: object;
  readonly reviewLitigation?: object;
  readonly [key: string]: unknown;
}
