/**
 * How each value cell named by a finding is marked: which findings name it, how severe they
 * are, and, in a total that disagrees with its parts, which cell is the total and which are its
 * addends (#15: the reader must tell them apart without reading the message).
 */
import type { Finding } from './check.js';
import type { Severity } from './rules/types.js';

export interface CellMark {
  /** The finding's index in the element's list of findings (its number is index + 1). */
  readonly finding: number;
  readonly severity: Severity;
  /** In a relation "total = the sum of its parts": whether this cell is the total or a part. */
  readonly role?: 'total' | 'addend';
}

export type CellMarks = ReadonlyMap<string, readonly CellMark[]>;

/** Every marked cell's marks, in the order of the findings. */
export function cellMarks(findings: readonly Finding[]): CellMarks {
  const marks = new Map<string, CellMark[]>();
  findings.forEach((finding, index) => {
    for (const key of finding.cells) {
      const mark: CellMark = { finding: index, severity: finding.severity };
      const list = marks.get(key);
      if (list) list.push(mark);
      else marks.set(key, [mark]);
    }
  });
  return marks;
}
