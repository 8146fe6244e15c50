/**
 * The HTML Standard's "algorithm for assigning header cells" (§4.9.12), over a rendered
 * `<table>`, used as the oracle for what assistive technology should announce. It implements
 * the table-forming grid (rowspan/colspan), the explicit `headers` attribute path, and the
 * implicit scan with header blocks, opaque headers, and row-/column-group headers.
 */

interface PlacedCell {
  readonly element: HTMLTableCellElement;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly rowGroup?: { readonly start: number; readonly end: number };
}

export interface TableGrid {
  readonly cells: readonly PlacedCell[];
  readonly at: (x: number, y: number) => PlacedCell | undefined;
  readonly of: (element: HTMLTableCellElement) => PlacedCell | undefined;
}

/** The table-forming algorithm, simplified to what tables without `<col span>` need. */
export function formTable(table: HTMLTableElement): TableGrid {
  const slots: PlacedCell[][] = [];
  const cells: PlacedCell[] = [];
  let y = 0;
  const sections = [...table.children].filter((child) =>
    /^(THEAD|TBODY|TFOOT|TR)$/.test(child.tagName),
  );
  const ordered = [
    ...sections.filter((s) => s.tagName !== 'TFOOT'),
    ...sections.filter((s) => s.tagName === 'TFOOT'),
  ];
  for (const section of ordered) {
    const rows =
      section.tagName === 'TR'
        ? [section as HTMLTableRowElement]
        : [...section.children].filter((r): r is HTMLTableRowElement => r.tagName === 'TR');
    const groupStart = y;
    const groupEnd = y + rows.length - 1;
    const rowGroup = section.tagName === 'TR' ? undefined : { start: groupStart, end: groupEnd };
    for (const row of rows) {
      let x = 0;
      for (const element of [...row.children].filter(
        (c): c is HTMLTableCellElement => c.tagName === 'TD' || c.tagName === 'TH',
      )) {
        while (slots[y]?.[x]) x++;
        const width = Math.max(1, element.colSpan || 1);
        const rowspanAttr = element.rowSpan;
        const height =
          rowspanAttr === 0
            ? groupEnd - y + 1
            : Math.max(1, Math.min(rowspanAttr || 1, rowGroup ? groupEnd - y + 1 : 65534));
        const cell: PlacedCell = {
          element,
          x,
          y,
          width,
          height,
          ...(rowGroup ? { rowGroup } : {}),
        };
        cells.push(cell);
        for (let dy = 0; dy < height; dy++) {
          for (let dx = 0; dx < width; dx++) (slots[y + dy] ??= [])[x + dx] = cell;
        }
        x += width;
      }
      y++;
    }
  }
  const byElement = new Map(cells.map((cell) => [cell.element, cell]));
  return { cells, at: (cx, cy) => slots[cy]?.[cx], of: (element) => byElement.get(element) };
}

const isHeader = (cell: PlacedCell) => cell.element.tagName === 'TH';
const scopeOf = (cell: PlacedCell) => (cell.element.getAttribute('scope') ?? '').toLowerCase();

function isColumnHeader(cell: PlacedCell, grid: TableGrid): boolean {
  const scope = scopeOf(cell);
  if (scope === 'col') return true;
  if (scope !== '' && scope !== 'auto') return false;
  return !grid.cells.some(
    (other) =>
      !isHeader(other) && other.y < cell.y + cell.height && other.y + other.height > cell.y,
  );
}

function isRowHeader(cell: PlacedCell, grid: TableGrid): boolean {
  const scope = scopeOf(cell);
  if (scope === 'row') return true;
  if (scope !== '' && scope !== 'auto') return false;
  return !grid.cells.some(
    (other) => !isHeader(other) && other.x < cell.x + cell.width && other.x + other.width > cell.x,
  );
}

function isEmpty(cell: PlacedCell): boolean {
  return cell.element.children.length === 0 && (cell.element.textContent ?? '').trim() === '';
}

function scan(
  grid: TableGrid,
  principal: PlacedCell,
  initialX: number,
  initialY: number,
  dx: number,
  dy: number,
  headers: PlacedCell[],
): void {
  let x = initialX;
  let y = initialY;
  const opaque: PlacedCell[] = [];
  let inHeaderBlock = isHeader(principal);
  let fromCurrentBlock: PlacedCell[] = inHeaderBlock ? [principal] : [];
  for (;;) {
    x += dx;
    y += dy;
    if (x < 0 || y < 0) return;
    const current = grid.at(x, y);
    if (!current) continue;
    if (isHeader(current)) {
      inHeaderBlock = true;
      fromCurrentBlock.push(current);
      let blocked = false;
      if (dx === 0) {
        if (opaque.some((o) => o.x === current.x && o.width === current.width)) blocked = true;
        if (!isColumnHeader(current, grid)) blocked = true;
      } else {
        if (opaque.some((o) => o.y === current.y && o.height === current.height)) blocked = true;
        if (!isRowHeader(current, grid)) blocked = true;
      }
      if (!blocked) headers.push(current);
    } else if (inHeaderBlock) {
      inHeaderBlock = false;
      opaque.push(...fromCurrentBlock);
      fromCurrentBlock = [];
    }
  }
}

/** The header cells the HTML Standard assigns to `element`, in the order the algorithm finds them. */
export function assignedHeaders(element: HTMLTableCellElement): HTMLTableCellElement[] {
  const table = element.closest('table');
  if (!table) return [];
  const grid = formTable(table);
  const principal = grid.of(element);
  if (!principal) return [];
  const headers: PlacedCell[] = [];
  const headersAttribute = element.getAttribute('headers');
  if (headersAttribute !== null) {
    const root = element.getRootNode() as Document | ShadowRoot;
    for (const id of headersAttribute.split(/\s+/).filter(Boolean)) {
      const target = root.getElementById(id);
      // By tag, not instanceof: the table may be in another window (a test page's iframe).
      const isCell = target?.localName === 'td' || target?.localName === 'th';
      const cell = isCell ? grid.of(target as HTMLTableCellElement) : undefined;
      if (cell && cell !== principal) headers.push(cell);
    }
  } else {
    for (let y = principal.y; y < principal.y + principal.height; y++)
      scan(grid, principal, principal.x, y, -1, 0, headers);
    for (let x = principal.x; x < principal.x + principal.width; x++)
      scan(grid, principal, x, principal.y, 0, -1, headers);
    const right = principal.x + principal.width - 1;
    const bottom = principal.y + principal.height - 1;
    if (principal.rowGroup) {
      for (const cell of grid.cells) {
        if (
          isHeader(cell) &&
          scopeOf(cell) === 'rowgroup' &&
          cell.rowGroup === principal.rowGroup &&
          cell.x <= right &&
          cell.y <= bottom
        )
          headers.push(cell);
      }
    }
  }
  const unique = [...new Set(headers)].filter((cell) => cell !== principal && !isEmpty(cell));
  return unique.map((cell) => cell.element);
}

/** Header texts, whitespace collapsed, as a screen reader would read them. */
export function assignedHeaderTexts(element: HTMLTableCellElement): string[] {
  return assignedHeaders(element).map((header) =>
    (header.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}
