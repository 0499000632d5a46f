#!/usr/bin/env python3
"""Writes the .xlsx fixtures of Tests/StatpipeEngineTests/XLSX/Fixtures (test tooling only).

Workbooks made by real programs, so the reader is tested on what analysts send:

* libreoffice-economic-accounts.xlsx — a district's economic_accounts with Vietnamese text,
  typed into a CSV and converted by LibreOffice Calc (`soffice --convert-to xlsx`); beside it
  libreoffice-economic-accounts.csv, LibreOffice's own CSV export of that workbook, which
  `statpipe convert` of the workbook must equal.
* openpyxl-types.xlsx — written by openpyxl: every value type, date formats, column and row
  gaps, leading-zero codes, three sheets (Data, Dates, Merged: a merged header range).
  openpyxl writes every string inline and formulas without cached values, so the script then
  edits the package the way Excel writes it: some strings moved to a shared-strings part
  (one of them rich text with a phonetic run), cached values filled in.
* openpyxl-1904.xlsx — the 1904 date system (`date1904="1"`).

And hostile files, each a few kilobytes: a zip bomb, an entry path with `..`, a declared
size of 3.75 GiB, 1,000 sheets, a DTD with entity expansion, not a zip, a zip without a
workbook, and a deflate stream that never ends (a Huffman code under which every bit
pattern is harmless text, so only the end of the entry's bytes can stop it).

Needs: python3 with openpyxl (`pip install openpyxl`) and LibreOffice (`apt-get install
libreoffice-calc-nogui`). Run from the repository root:

    python3 scripts/make_xlsx_fixtures.py
"""

import datetime
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

FIXTURES = os.path.join("Tests", "StatpipeEngineTests", "XLSX", "Fixtures")
# Fixed zip timestamps so that regenerating gives the same bytes where the tools allow it.
ZIP_DATE = (2025, 4, 1, 0, 0, 0)


# MARK: - LibreOffice

ECONOMIC_ACCOUNTS_CSV = """\
district_code,unit_id,period,sector,value_current,value_constant,ghi_chu
152,Thị trấn Lương Sơn,2025-Q1,agriculture,13.193,9.932,Số liệu ước tính
152,Xã Cư Yên,2025-Q1,agriculture,64.974,48.909,
152,Xã Lâm Sơn,2025-Q1,industry,1234.5,0.1,"Khu công nghiệp, đợt 2"
,,,,,,
152,Xã Hòa Sơn,2025-Q1,services,,73.88,Thiếu giá hiện hành
152,,2025-Q1,taxes,0.25,1000000,Toàn huyện
"""


def soffice(*arguments, cwd):
    subprocess.run(["soffice", "--headless", "--norestore", *arguments], cwd=cwd, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def make_libreoffice():
    if shutil.which("soffice") is None:
        sys.exit("soffice not found: apt-get install -y libreoffice-calc-nogui")
    with tempfile.TemporaryDirectory() as work:
        source = os.path.join(work, "libreoffice-economic-accounts.csv")
        with open(source, "w", encoding="utf-8") as handle:
            handle.write(ECONOMIC_ACCOUNTS_CSV)
        # CSV import filter: comma, double quote, UTF-8 (76), from line 1.
        soffice("--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", source, cwd=work)
        book = os.path.join(work, "libreoffice-economic-accounts.xlsx")
        shutil.copy(book, FIXTURES)
        # Export the workbook's (first) sheet back to CSV: comma, double quote, UTF-8.
        export = os.path.join(work, "export")
        os.mkdir(export)
        soffice("--convert-to", 'csv:Text - txt - csv (StarCalc):44,34,76,1', "--outdir", export, book, cwd=work)
        shutil.copy(os.path.join(export, "libreoffice-economic-accounts.csv"), FIXTURES)


# MARK: - openpyxl

def make_openpyxl_types():
    book = openpyxl.Workbook()
    data = book.active
    data.title = "Data"
    data.append(["code", "name", "when", "ok", "value", "count", "twice", "note", "checked_at", "time"])
    data.append(["052", "Lương Sơn", datetime.date(2025, 3, 31), True, 0.1, 1234, "=E2*2", "inline", None, None])
    data["C2"].number_format = "dd/mm/yyyy"
    data["I2"] = datetime.datetime(2025, 3, 31, 18, 30)
    data["I2"].number_format = "yyyy-mm-dd hh:mm"
    data["J2"] = datetime.time(12, 0)
    data["J2"].number_format = "h:mm"
    # Row 3: column gaps (B, D, F… left out).
    data["A3"] = "153"
    data["C3"] = datetime.date(2024, 12, 1)
    data["C3"].number_format = "d mmm yyyy"
    data["E3"] = 1234.5
    # Row 4 is left out: a row gap. Row 5: the other value types.
    data["A5"] = "0154"
    data["B5"] = "Cao Phong"
    data["D5"] = False
    data["E5"] = 1e-05
    data["F5"] = 1.5e20
    data["G5"] = '=A5&"x"'
    data["H5"] = "#N/A"
    data["H5"].data_type = "e"
    data["I5"] = -0.5
    data["I5"].number_format = "0.00%"

    dates = book.create_sheet("Dates")
    dates.append(["label", "serial"])
    for label, serial in [("day 1", 1), ("day 59", 59), ("fictitious leap day", 60), ("day 61", 61),
                          ("2025-03-31", 45747), ("9999-12-31", 2958465), ("day 0", 0)]:
        dates.append([label, serial])
        dates.cell(row=dates.max_row, column=2).number_format = "yyyy-mm-dd"

    merged = book.create_sheet("Merged")
    merged.append(["value", None, "note"])
    merged.append(["current", "constant", ""])
    merged.append([1, 2, "x"])
    merged.merge_cells("A1:B1")

    path = os.path.join(FIXTURES, "openpyxl-types.xlsx")
    book.save(path)
    rewrite(path, excel_like)


def make_openpyxl_1904():
    book = openpyxl.Workbook()
    book.epoch = CALENDAR_MAC_1904
    sheet = book.active
    sheet.title = "Mac"
    sheet.append(["label", "when"])
    sheet.append(["2025-03-31", datetime.date(2025, 3, 31)])
    sheet.append(["epoch", datetime.date(1904, 1, 1)])
    for row in (2, 3):
        sheet.cell(row=row, column=2).number_format = "yyyy-mm-dd"
    path = os.path.join(FIXTURES, "openpyxl-1904.xlsx")
    book.save(path)
    rewrite(path, lambda name, data: data)


SHARED = ["Lương Sơn", "Cao Phong", "153"]


def excel_like(name, data):
    """Edits openpyxl's parts the way Excel writes them: cached formula values, shared strings."""
    if name == "xl/worksheets/sheet1.xml":
        text = data.decode("utf-8")
        # Cached values of the two formulas (openpyxl writes `<v />`).
        text = text.replace("<f>E2*2</f><v />", "<f>E2*2</f><v>0.2</v>")
        text = text.replace('<c r="G5"><f>A5&amp;"x"</f><v />', '<c r="G5" t="str"><f>A5&amp;"x"</f><v>0154x</v>')
        # Move some inline strings to the shared strings, by index.
        for index, value in enumerate(SHARED):
            text = text.replace('t="inlineStr"><is><t>%s</t></is>' % value, 't="s"><v>%d</v>' % index)
        # The header's "note" becomes rich text (two runs and a phonetic hint), shared as #3.
        text = text.replace('t="inlineStr"><is><t>note</t></is>', 't="s"><v>3</v>')
        data = text.encode("utf-8")
    elif name == "xl/_rels/workbook.xml.rels":
        data = data.replace(b"</Relationships>",
                            b'<Relationship Id="rIdSST" Target="sharedStrings.xml" Type="http://schemas.'
                            b'openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/></Relationships>')
    elif name == "[Content_Types].xml":
        data = data.replace(b"</Types>",
                            b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxml'
                            b'formats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    return data


SHARED_STRINGS_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="4">'
    + "".join("<si><t>%s</t></si>" % value for value in SHARED)
    + '<si><r><rPr><b/></rPr><t xml:space="preserve">no</t></r><r><t>te</t></r>'
    '<rPh sb="0" eb="1"><t>ノート</t></rPh></si></sst>'
)


def rewrite(path, edit):
    """Rewrites a package, passing each part through `edit`, adding the shared strings if used."""
    with zipfile.ZipFile(path) as source:
        parts = [(info.filename, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts:
            write(target, name, edit(name, data))
        if edit is excel_like:
            write(target, "xl/sharedStrings.xml", SHARED_STRINGS_XML.encode("utf-8"))


def write(archive, name, data, compress=zipfile.ZIP_DEFLATED):
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    info.compress_type = compress
    archive.writestr(info, data)


# MARK: - Hostile files

CONTENT_TYPES = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                 b'package/2006/content-types"/>')
ROOT_RELS = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
             b'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
             b'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
NS = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
R_NS = b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
SHEET_XML = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet ' + NS + b'><sheetData><row r="1"><c r="A1" '
             b't="inlineStr"><is><t>a</t></is></c></row><row r="2"><c r="A2"><v>1</v></c></row></sheetData>'
             b'</worksheet>')


def workbook_parts(sheets=1, sheet_xml=SHEET_XML):
    entries = b"".join(b'<sheet name="Sheet%d" sheetId="%d" r:id="rId%d"/>' % (n, n, n) for n in range(1, sheets + 1))
    relationships = b"".join(
        b'<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'worksheet" Target="worksheets/sheet1.xml"/>' % n for n in range(1, sheets + 1))
    return [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", b'<?xml version="1.0" encoding="UTF-8"?><workbook ' + NS + b" " + R_NS
         + b"><sheets>" + entries + b"</sheets></workbook>"),
        ("xl/_rels/workbook.xml.rels", b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://'
         b'schemas.openxmlformats.org/package/2006/relationships">' + relationships + b"</Relationships>"),
        ("xl/worksheets/sheet1.xml", sheet_xml),
    ]


def write_package(name, parts):
    with zipfile.ZipFile(os.path.join(FIXTURES, name), "w", zipfile.ZIP_DEFLATED) as archive:
        for part, data in parts:
            write(archive, part, data)


def make_hostile():
    # Zip bomb: 64 MiB of whitespace inside the worksheet packs to ~64 KiB (ratio ~1000 : 1).
    bomb = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet ' + NS + b"><sheetData>"
            + b" " * (64 << 20) + b"</sheetData></worksheet>")
    write_package("hostile-bomb.xlsx", workbook_parts(sheet_xml=bomb))
    # An entry whose path climbs out of the package.
    write_package("hostile-traversal.xlsx", workbook_parts() + [("../../evil.sh", b"echo owned\n")])
    # 1,000 sheets.
    write_package("hostile-many-sheets.xlsx", workbook_parts(sheets=1000))
    # Billion laughs: a DTD whose entities would expand to gigabytes.
    laughs = b'<!DOCTYPE worksheet [<!ENTITY lol "lol">' + b"".join(
        b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10) for n in range(1, 10)
    ) + b"]>"
    doctype = (b'<?xml version="1.0" encoding="UTF-8"?>' + laughs + b"<worksheet " + NS + b"><sheetData><row "
               b'r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>')
    write_package("hostile-doctype.xlsx", workbook_parts(sheet_xml=doctype))
    # A sheet entry declaring 3.75 GiB unpacked (the bytes inside are a normal sheet).
    path = os.path.join(FIXTURES, "hostile-declared-size.xlsx")
    write_package("hostile-declared-size.xlsx", workbook_parts())
    lie_about_size(path, "xl/worksheets/sheet1.xml", 0xF0000000)
    # Not a zip at all, and a zip without a workbook.
    with open(os.path.join(FIXTURES, "hostile-not-a-zip.xlsx"), "w", encoding="utf-8") as handle:
        handle.write("district_code,value\n152,1\n")
    write_package("hostile-no-workbook.xlsx", [("readme.txt", b"not a workbook\n")])
    make_endless_deflate()


class BitWriter:
    """Packs deflate bits: header fields least-significant bit first, Huffman codes most-significant first."""

    def __init__(self):
        self.bits = []

    def field(self, value, count):
        self.bits += [(value >> n) & 1 for n in range(count)]

    def code(self, value, length):
        self.bits += [(value >> n) & 1 for n in reversed(range(length))]

    def align(self):
        while len(self.bits) % 8:
            self.bits.append(0)

    def bytes(self):
        self.align()
        return bytes(sum(self.bits[i + n] << n for n in range(8)) for i in range(0, len(self.bits), 8))


def endless_deflate(prefix):
    """A stored block holding `prefix`, then a dynamic block that never ends.

    Its literal/length code gives ' ' one bit, then letters two to fifteen bits, and the
    end-of-block symbol the all-ones fifteen-bit code: whatever bytes follow decode to
    spaces and letters (text an XML parser accepts inside an element) until fifteen 1 bits
    in a row, which zero bytes never give.
    """
    bits = BitWriter()
    bits.field(0, 1)  # BFINAL = 0
    bits.field(0, 2)  # stored
    bits.align()
    bits.field(len(prefix), 16)
    bits.field(len(prefix) ^ 0xFFFF, 16)
    head = bits.bytes() + prefix
    bits = BitWriter()
    bits.field(1, 1)  # BFINAL = 1, never reached
    bits.field(2, 2)  # dynamic Huffman
    bits.field(0, 5)  # HLIT: 257 literal/length codes
    bits.field(0, 5)  # HDIST: 1 distance code
    bits.field(15, 4)  # HCLEN: 19 code-length codes
    order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
    for symbol in order:  # symbols 0..15 get 4 bits each: a complete code, symbol n = code n
        bits.field(0 if symbol > 15 else 4, 3)
    lengths = [0] * 257
    letters = [ord(c) for c in "abcdefghijklmno"]
    lengths[ord(" ")] = 1
    for n, letter in enumerate(letters[:13]):
        lengths[letter] = n + 2
    lengths[letters[13]] = 15
    lengths[256] = 15
    for length in lengths + [1]:  # and the one distance code
        bits.code(length, 4)
    return head + bits.bytes() + b"\0" * 64


def raw_zip(parts):
    """A zip from (name, method, packed bytes, unpacked size, crc) tuples, written by hand."""
    local, central = b"", b""
    for name, method, packed, size, crc in parts:
        encoded = name.encode("utf-8")
        header = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x5A81, crc, len(packed), size,
                             len(encoded), 0)
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0x5A81, crc, len(packed),
                               size, len(encoded), 0, 0, 0, 0, 0, len(local)) + encoded
        local += header + encoded + packed
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(parts), len(parts), len(central), len(local), 0)
    return local + central + end


def deflated(data):
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


def make_endless_deflate():
    parts = []
    for name, data in workbook_parts()[:-1]:
        parts.append((name, 8, deflated(data), len(data), zlib.crc32(data)))
    sheet = endless_deflate(b'<?xml version="1.0" encoding="UTF-8"?><worksheet ' + NS + b">")
    parts.append(("xl/worksheets/sheet1.xml", 8, sheet, 5 << 20, 0))
    with open(os.path.join(FIXTURES, "hostile-endless-deflate.xlsx"), "wb") as handle:
        handle.write(raw_zip(parts))


def lie_about_size(path, name, size):
    """Sets the uncompressed size of entry `name` in its local and central headers."""
    with open(path, "rb") as handle:
        data = bytearray(handle.read())
    encoded = name.encode("utf-8")
    for signature, size_offset, name_offset in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        for match in re.finditer(re.escape(signature), data):
            start = match.start()
            if data[start + name_offset:start + name_offset + len(encoded)] == encoded:
                struct.pack_into("<I", data, start + size_offset, size)
    with open(path, "wb") as handle:
        handle.write(data)


def main():
    os.makedirs(FIXTURES, exist_ok=True)
    make_libreoffice()
    make_openpyxl_types()
    make_openpyxl_1904()
    make_hostile()
    for name in sorted(os.listdir(FIXTURES)):
        print("%8d  %s" % (os.path.getsize(os.path.join(FIXTURES, name)), name))


if __name__ == "__main__":
    main()
