#!/usr/bin/env python3
"""Turns Dossier's outputs into the inputs of the C floor programs, so that each floor does exactly
Dossier's work with nothing but the C library.

    floor-inputs.py xlsx factsheet.xlsx cells.dump   every cell of every sheet, in order
    floor-inputs.py epub reading-pack.epub entries/  every entry's bytes, plus entries/manifest.tsv

cells.dump is length-prefixed so that any text survives:
    sheet <TAB> name-length <LF> name <LF>
    cell <TAB> row <TAB> col <TAB> type <TAB> value-length <TAB> url-length <LF> value <LF> url <LF>
type: s text, n number, d date (value is the Excel serial number), b boolean, f formula, u hyperlink
(value is the text shown, url is the target; an internal link is "internal:Sheet!A1").
"""

import datetime
import os
import sys
import zipfile

EXCEL_EPOCH = datetime.datetime(1899, 12, 30)


def serial(value):
    if isinstance(value, datetime.datetime):
        delta = value - EXCEL_EPOCH
    elif isinstance(value, datetime.date):
        delta = datetime.datetime(value.year, value.month, value.day) - EXCEL_EPOCH
    else:  # a time of day
        return (value.hour * 3600 + value.minute * 60 + value.second) / 86400
    return delta.days + delta.seconds / 86400


def cell_record(cell):
    """(type, value, url) of one non-empty cell."""
    link = cell.hyperlink
    if link is not None and (link.target or link.location):
        url = link.target if link.target else "internal:" + link.location
        return "u", "" if cell.value is None else str(cell.value), url
    value = cell.value
    if isinstance(value, bool):
        return "b", "1" if value else "0", ""
    if isinstance(value, (int, float)):
        return "n", repr(float(value)), ""
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return "d", repr(float(serial(value))), ""
    if cell.data_type == "f":
        return "f", str(value), ""
    return "s", str(value), ""


def dump_xlsx(source, destination):
    import openpyxl

    with zipfile.ZipFile(source) as archive:  # constant_memory mode writes inline strings, not a shared table
        sheets = [name for name in archive.namelist() if name.startswith("xl/worksheets/sheet")]
        inline = any(b't="inlineStr"' in archive.read(name) for name in sheets)
    mode = "constant_memory" if inline else "normal"
    workbook = openpyxl.load_workbook(source)
    counts = {}
    with open(destination, "wb") as out:
        for sheet in workbook.worksheets:
            name = sheet.title.encode()
            out.write(b"sheet\t%d\n%s\n" % (len(name), name))
            cells = 0
            for row in sheet.iter_rows():
                for cell in row:
                    if cell.value is None and cell.hyperlink is None:
                        continue
                    kind, value, url = cell_record(cell)
                    value, url = value.encode(), url.encode()
                    out.write(b"cell\t%d\t%d\t%s\t%d\t%d\n%s\n%s\n"
                              % (cell.row - 1, cell.column - 1, kind.encode(), len(value), len(url), value, url))
                    cells += 1
            counts[sheet.title] = cells
    total = sum(counts.values())
    detail = ", ".join(f"{name} {count}" for name, count in counts.items())
    print(f"floor-inputs: {total} cells in {len(counts)} sheets ({detail}); Dossier wrote it in {mode} mode")


def unpack_epub(source, folder):
    os.makedirs(folder, exist_ok=True)
    total = 0
    with zipfile.ZipFile(source) as archive, open(os.path.join(folder, "manifest.tsv"), "w") as manifest:
        for index, info in enumerate(archive.infolist()):
            if info.is_dir():
                continue
            data = archive.read(info)
            file = f"entry-{index:05d}"
            with open(os.path.join(folder, file), "wb") as out:
                out.write(data)
            method = "store" if info.compress_type == zipfile.ZIP_STORED else "deflate"
            manifest.write(f"{file}\t{method}\t{info.filename}\n")
            total += len(data)
    print(f"floor-inputs: {index + 1} entries, {total} bytes uncompressed")


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ("xlsx", "epub"):
        print(__doc__, file=sys.stderr)
        sys.exit(64)
    (dump_xlsx if sys.argv[1] == "xlsx" else unpack_epub)(sys.argv[2], sys.argv[3])


if __name__ == "__main__":
    main()
