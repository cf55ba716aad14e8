#!/usr/bin/env python3
"""Reads an .xlsx with Debian's python3-openpyxl (a reader BotCommit did not write) and prints it as JSON:
per sheet, the frozen cell, the column widths, every row's values (dates as ISO text, numbers as numbers) and each
cell's number format, so the export test can compare the cells with what the bot posted and stored."""
import datetime
import json
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": book.sheetnames}
for sheet in book.worksheets:
    rows = []
    formats = []
    for row in sheet.iter_rows():
        values = []
        for cell in row:
            value = cell.value
            if isinstance(value, (datetime.datetime, datetime.date)):
                value = value.isoformat()
            values.append(value)
        rows.append(values)
        formats.append([cell.number_format for cell in row])
    widths = {key: dim.width for key, dim in sheet.column_dimensions.items()}
    out[sheet.title] = {"freeze": sheet.freeze_panes, "widths": widths, "rows": rows, "formats": formats}
json.dump(out, sys.stdout, default=str)
