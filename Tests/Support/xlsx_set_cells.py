"""Writes cells into the first sheet of an .xlsx the way a person typing in Excel would leave
them, without Excel: a number cell, text typed with a leading ' (an inline string), or a
formula. Only the standard library, so the Swift tests need nothing installed.

    python3 xlsx_set_cells.py IN.xlsx OUT.xlsx F8=5.2 "F9='khoảng 5" "F10==A1*2" "A9=I.1"

A value starting with ' is text, with = a formula, anything else a number; "A9=I.1" (letters in
it) is text too, for codes. The cell must exist in the sheet (the template writes every one)."""
import re
import sys
import zipfile

def cell_xml(ref, attrs, value):
    attrs = re.sub(r'\s*t="[^"]*"', '', attrs)
    if value.startswith('='):
        return '<c r="%s"%s><f>%s</f><v>0</v></c>' % (ref, attrs, value[1:])
    text = value[1:] if value.startswith("'") else value
    try:
        if value.startswith("'"):
            raise ValueError
        float(value)
        return '<c r="%s"%s><v>%s</v></c>' % (ref, attrs, value)
    except ValueError:
        escaped = text.replace('&', '&amp;').replace('<', '&lt;')
        return '<c r="%s"%s t="inlineStr"><is><t>%s</t></is></c>' % (ref, attrs, escaped)

def main():
    source, destination = sys.argv[1], sys.argv[2]
    cells = [argument.split('=', 1) for argument in sys.argv[3:]]
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(destination, 'w', zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == 'xl/worksheets/sheet1.xml':
                sheet = data.decode('utf-8')
                for ref, value in cells:
                    match = re.search(r'<c r="%s"([^>]*?)(/>|>.*?</c>)' % ref, sheet)
                    if match is None:
                        sys.exit('no cell %s in the sheet' % ref)
                    sheet = sheet[:match.start()] + cell_xml(ref, match.group(1), value) + sheet[match.end():]
                data = sheet.encode('utf-8')
            zout.writestr(item, data)

main()
