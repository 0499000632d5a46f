#!/usr/bin/env python3
"""Checks a run's summary.xlsx against its summaries/*.csv, as a spreadsheet user would see it.

Usage: scripts/check_xlsx.py OUT_DIR      (OUT_DIR is one run's folder, e.g. out/2025-Q1)

Opens OUT_DIR/summary.xlsx with openpyxl and, for every summaries/NAME.csv, compares the
worksheet NAME cell by cell:
  * the sheet has the CSV's header in row 1, bold, frozen below it (pane at A2);
  * a number in the CSV (unguarded, per summaries/summary.json when present) is a numeric
    cell of the same value; an empty CSV cell is an empty cell (never 0);
  * text is a text cell equal to the CSV text, after removing the leading "'" formula
    guard from both (SPEC section 6: both formats guard the same cells);
  * no cell is a formula, and the workbook has no sheet without a CSV.
Prints every difference and exits 1 if there is any, 2 on a usage or setup problem.
Needs openpyxl (pip install openpyxl); test tooling only, never a runtime dependency.
"""

import csv
import decimal
import json
import os
import re
import sys

try:
    import openpyxl
except ImportError:
    sys.exit("check_xlsx: openpyxl is not installed (pip install openpyxl)")

# Excel escapes characters XML cannot hold as _xHHHH_ (and a literal "_x" as _x005F_);
# openpyxl leaves inline strings escaped, so decode them the way Excel shows them.
ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def shown(text):
    return ESCAPE.sub(lambda match: chr(int(match.group(1), 16)), text)


def unguarded(text):
    """Text without the leading "'" guard a formula-looking cell gets."""
    if text.startswith("'") and text[1:2] in FORMULA_STARTS and text[1:2] != "":
        return text[1:]
    return text


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def number_columns(summary, name):
    """Per column, whether summary.json holds numbers there (None if unknown)."""
    rows = (summary or {}).get("tables", {}).get(name)
    if not rows:
        return None
    kinds = {}
    for row in rows:
        for column, value in row.items():
            if value is not None:
                kinds.setdefault(column, set()).add(type(value) is not str)
    return {column: True in kind for column, kind in kinds.items()}


def compare_cell(where, text, cell, is_number_column):
    value = cell.value
    if cell.data_type == "f" or (isinstance(value, str) and value.startswith("=")):
        return [f"{where}: a formula: {value!r}"]
    if text == "":
        if value is None:
            return []
        return [f"{where}: CSV is empty but the cell holds {value!r} (undefined must be empty)"]
    if value is None:
        return [f"{where}: CSV has {text!r} but the cell is empty"]
    if isinstance(value, bool):
        return [f"{where}: a boolean cell {value!r}"]
    if isinstance(value, (int, float)):
        if is_number_column is False:
            return [f"{where}: a number {value!r} in a text column (CSV {text!r})"]
        try:
            expected = decimal.Decimal(text)
        except decimal.InvalidOperation:
            return [f"{where}: CSV has text {text!r} but the cell is the number {value!r}"]
        if float(expected) != float(value):
            return [f"{where}: {value!r} != CSV {text!r}"]
        return []
    if is_number_column:
        return [f"{where}: text {value!r} in a number column (CSV {text!r})"]
    if unguarded(shown(value)) != unguarded(text):
        return [f"{where}: {shown(value)!r} != CSV {text!r}"]
    if shown(value).startswith(FORMULA_STARTS):
        return [f"{where}: formula-looking text {value!r} without the ' guard"]
    return []


def check_sheet(sheet, rows, numbers):
    problems = []
    if sheet.freeze_panes != "A2":
        problems.append(f"{sheet.title}: header not frozen (freeze_panes={sheet.freeze_panes!r})")
    header = rows[0] if rows else []
    for column, name in enumerate(header, start=1):
        cell = sheet.cell(row=1, column=column)
        if cell.value != name:
            problems.append(f"{sheet.title}!{cell.coordinate}: header {cell.value!r} != {name!r}")
        if not cell.font.b:
            problems.append(f"{sheet.title}!{cell.coordinate}: header not bold")
    if sheet.max_row > max(len(rows), 1) or (rows and sheet.max_column > len(header)):
        problems.append(f"{sheet.title}: {sheet.max_row}x{sheet.max_column} cells, CSV has {len(rows)}x{len(header)}")
    for row_number, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            problems.append(f"{sheet.title}: CSV row {row_number} has {len(row)} cells for {len(header)} columns")
        for column, text in enumerate(row, start=1):
            cell = sheet.cell(row=row_number, column=column)
            is_number = numbers.get(header[column - 1]) if numbers is not None and column <= len(header) else None
            problems += compare_cell(f"{sheet.title}!{cell.coordinate}", text, cell, is_number)
    return problems


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    out = argv[1]
    workbook_path = os.path.join(out, "summary.xlsx")
    summaries = os.path.join(out, "summaries")
    if not os.path.isfile(workbook_path) or not os.path.isdir(summaries):
        print(f"check_xlsx: {out} has no summary.xlsx or summaries/", file=sys.stderr)
        return 2
    workbook = openpyxl.load_workbook(workbook_path)
    summary = None
    summary_path = os.path.join(summaries, "summary.json")
    if os.path.isfile(summary_path):
        with open(summary_path, encoding="utf-8") as handle:
            summary = json.load(handle, parse_float=decimal.Decimal)
    names = sorted(name[:-4] for name in os.listdir(summaries) if name.endswith(".csv"))
    problems = []
    for extra in sorted(set(workbook.sheetnames) - set(names)):
        problems.append(f"{extra}: a worksheet without summaries/{extra}.csv")
    for name in names:
        if name not in workbook.sheetnames:
            problems.append(f"{name}: no worksheet for summaries/{name}.csv")
            continue
        rows = read_csv(os.path.join(summaries, name + ".csv"))
        problems += check_sheet(workbook[name], rows, number_columns(summary, name))
    for problem in problems:
        print(problem)
    cells = sum(sheet.max_row * sheet.max_column for sheet in workbook.worksheets)
    print(f"check_xlsx: {len(names)} sheets, {cells} cells, {len(problems)} differences", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
