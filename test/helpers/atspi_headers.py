"""Read Chromium's table-cell header relations through AT-SPI (the Linux accessibility API).

Run with Debian's /usr/bin/python3 (python3-gi, gir1.2-atspi-2.0); the test-runner plugin
test/plugins/atspi-plugin.mjs starts it once per batch of cells.

stdin, one JSON object:
  ids          html ids of the cells to look up (light DOM or open shadow roots alike)
  document     text that the page's URL contains (the test-runner session id), so that only
               that tab's document is searched when several pages are open
  barrier      html id of an element the page added after its last change; its presence in
               the accessibility tree proves the tree has caught up with the DOM
  timeout_ms   how long to wait for the tree to catch up
  report       'headers' (the default) or 'position': each cell's grid position instead

stdout, one JSON object, one of:
  {"cells": {id: {"columnHeaders": [...], "rowHeaders": [...]}}, "problems": {id: "why"}}
  {"cells": {id: {"row": n, "column": n, "colindex": "n" or null}}, ...} with report 'position'
  {"skipped": "why AT-SPI cannot be used here"}
  {"error": "why the lookup failed"}
"""

import json
import sys
import time
import warnings

POLL_SECONDS = 0.05
APP_WAIT_SECONDS = 1


def main():
    request = json.load(sys.stdin)
    try:
        import gi

        gi.require_version('Atspi', '2.0')
        from gi.repository import Atspi, GLib
    except (ImportError, ValueError) as error:
        return {
            'skipped': f'AT-SPI Python bindings unavailable ({error}); '
            'apt-get install python3-gi gir1.2-atspi-2.0'
        }
    # Atspi.Document's URL getter is marked deprecated but has no replacement in Debian 12.
    warnings.simplefilter('ignore', DeprecationWarning)
    return Lookup(Atspi, GLib, request).run()


def normalize(text):
    return ' '.join((text or '').split())


class Lookup:
    def __init__(self, atspi, glib, request):
        self.atspi = atspi
        self.glib = glib
        self.ids = list(dict.fromkeys(request['ids']))
        self.document_marker = request['document']
        self.barrier = request.get('barrier')
        self.timeout = request.get('timeout_ms', 5000) / 1000
        self.report = request.get('report') or 'headers'

    def run(self):
        Atspi = self.atspi
        Atspi.init()
        wanted = set(self.ids)
        if self.barrier:
            wanted.add(self.barrier)

        start = time.monotonic()
        deadline = start + self.timeout
        while True:
            apps = self.chromium_apps()
            found, documents = self.walk(apps, wanted) if apps else ({}, 0)
            if self.is_settled(found) or time.monotonic() >= deadline:
                break
            # The browser registers on the bus when it starts, long before any test runs.
            if not apps and time.monotonic() - start >= APP_WAIT_SECONDS:
                break
            time.sleep(POLL_SECONDS)

        if not apps:
            return {
                'skipped': 'no Chromium application on the AT-SPI bus; run the test runner with '
                'ACCESSIBILITY_ENABLED=1 inside dbus-run-session (npm test does this) and '
                'install at-spi2-core'
            }
        if documents == 0:
            return {'error': 'Chromium is on the AT-SPI bus but the test page\'s document is not'}
        if self.barrier and len(found.get(self.barrier, [])) != 1:
            return {
                'error': f'the accessibility tree did not catch up with the page within '
                f'{self.timeout:g} s (sync marker #{self.barrier} never appeared)'
            }

        cells, problems = {}, {}
        for cell_id in self.ids:
            matches = found.get(cell_id, [])
            if len(matches) != 1:
                problems[cell_id] = (
                    'not in the accessibility tree'
                    if not matches
                    else f'{len(matches)} accessibles have this id'
                )
                continue
            try:
                cells[cell_id] = (
                    self.position_of(matches[0])
                    if self.report == 'position'
                    else self.headers_of(matches[0])
                )
            except ValueError as error:
                problems[cell_id] = str(error)
            except self.glib.Error as error:
                problems[cell_id] = f'AT-SPI error: {error.message}'
        return {'cells': cells, 'problems': problems}

    def is_settled(self, found):
        if self.barrier and len(found.get(self.barrier, [])) != 1:
            return False
        return all(len(found.get(cell_id, [])) == 1 for cell_id in self.ids)

    def chromium_apps(self):
        desktop = self.atspi.get_desktop(0)
        apps = []
        for index in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(index)
            if app is None:
                continue
            try:
                name = app.get_name() or ''
            except self.glib.Error:
                continue
            if 'chrom' in name.lower():
                # Drop what an earlier poll cached: nothing here listens for change events.
                app.clear_cache()
                apps.append(app)
        return apps

    def walk(self, apps, wanted):
        """One pass over the apps' trees: id -> accessibles, inside the test page only.

        Only documents whose URL carries the session marker are entered; the browser's own
        UI (whose views also have ids) and other tabs are passed over.
        """
        Atspi = self.atspi
        found = {}
        documents = 0
        stack = [(app, False) for app in apps]
        while stack:
            node, in_page = stack.pop()
            try:
                if not in_page and node.get_role() == Atspi.Role.DOCUMENT_WEB:
                    url = node.get_document_attribute_value('URI') or ''
                    if self.document_marker not in url:
                        continue
                    in_page = True
                    documents += 1
                if in_page:
                    element_id = (node.get_attributes() or {}).get('id')
                    if element_id in wanted and not self.is_defunct(node):
                        found.setdefault(element_id, []).append(node)
                for index in range(node.get_child_count()):
                    child = node.get_child_at_index(index)
                    if child is not None:
                        stack.append((child, in_page))
            except self.glib.Error:
                # The object went away while we looked at it; the next poll sees the new tree.
                continue
        return found, documents

    def is_defunct(self, node):
        return node.get_state_set().contains(self.atspi.StateType.DEFUNCT)

    def headers_of(self, cell):
        if cell.get_table_cell() is None:
            raise ValueError(f'exposed as "{cell.get_role_name()}", not as a table cell')
        return {
            'columnHeaders': [self.text_of(h) for h in cell.get_column_header_cells() or []],
            'rowHeaders': [self.text_of(h) for h in cell.get_row_header_cells() or []],
        }

    def position_of(self, cell):
        """The 0-based row and column Chromium gives the cell, and its colindex attribute.

        A screen reader (Orca) speaks the colindex object attribute when there is one, and the
        table position otherwise.
        """
        if cell.get_table_cell() is None:
            raise ValueError(f'exposed as "{cell.get_role_name()}", not as a table cell')
        _, row, column = self.atspi.TableCell.get_position(cell)
        return {
            'row': row,
            'column': column,
            'colindex': (cell.get_attributes() or {}).get('colindex'),
        }

    def text_of(self, accessible):
        name = normalize(accessible.get_name())
        if name:
            return name
        if accessible.get_text_iface() is not None:
            return normalize(accessible.get_text(0, -1))
        return ''


if __name__ == '__main__':
    try:
        result = main()
    except Exception as error:  # report, never leave the plugin with an empty stdout
        result = {'error': f'{type(error).__name__}: {error}'}
    json.dump(result, sys.stdout)
    sys.stdout.write('\n')
