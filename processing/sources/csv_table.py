"""A CSV file's header and rows, read with its delimiter and encoding found."""

import csv
import io
import os

from qgis.PyQt.QtCore import QUrl, QUrlQuery

from .errors import LoadError, translate

CSV_SAMPLE_BYTES = 256 * 1024  # the start of a CSV that the CSV dialog reads to guess columns
CSV_DELIMITERS = (";", ",", "\t", "|")
# How QGIS's delimited-text provider wants a delimiter written in its URI.
PROVIDER_DELIMITER = {"\t": "\\t"}


class CsvTable:
    """The header and rows of a CSV file, read with its delimiter and encoding found; with
    ``sample_bytes``, only the whole rows in that many bytes from its start."""

    def __init__(self, path, sample_bytes=None):
        self.path = os.fspath(path)
        self.name = os.path.splitext(os.path.basename(self.path))[0]
        if not os.path.isfile(self.path):
            raise LoadError(translate("DataSources",
                    "CSV file not found: {}. Check the path, or choose the file "
                    "again.").format(self.path))
        text, self.encoding = read_text(self.path, sample_bytes)
        first_line = text.split("\n", 1)[0]
        self.delimiter = max(CSV_DELIMITERS, key=first_line.count)
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=self.delimiter)
        self.header = [cell.strip() for cell in next(reader, [])]
        if not any(self.header):
            raise LoadError(translate("DataSources",
                    "{} is empty: a CSV file needs a header line with column names "
                    "and one row per record.").format(self.path))
        # (line number, cells) of each non-empty row; line 1 is the header
        self.rows = [(reader.line_num, row) for row in reader if any(c.strip() for c in row)]
        if not self.rows:
            raise LoadError(translate("DataSources",
                    "{} has a header but no rows: add the records below the header "
                    "line, or choose another file.").format(self.path))

    def require_columns(self, *columns):
        missing = [column for column in columns if column not in self.header]
        if missing:
            text = (translate("DataSources", "Column {} is not in {}.") if len(missing) == 1
                    else translate("DataSources", "Columns {} are not in {}."))
            raise LoadError((text + " " + translate("DataSources",
                    "Its columns are: {}. Choose from these.")).format(
                    ", ".join(f'"{c}"' for c in missing), os.path.basename(self.path),
                    ", ".join(self.header)))

    def values(self, column):
        index = self.header.index(column)
        return [(line, row[index].strip() if index < len(row) else "")
                for line, row in self.rows]

    def uses_decimal_comma(self, *columns):
        if self.delimiter == ",":
            return False
        return any("," in value and "." not in value
                   for column in columns for _, value in self.values(column))

    def provider_uri(self, **options):
        """A URI for QGIS's delimited-text provider reading this file as it was read here."""
        url = QUrl.fromLocalFile(self.path)
        query = QUrlQuery()
        items = {"type": "csv", "delimiter": PROVIDER_DELIMITER.get(self.delimiter,
                                                                    self.delimiter),
                 "quote": '"', "escape": '"', "encoding": self.encoding,
                 "detectTypes": "yes", "trimFields": "yes", "useHeader": "yes"}
        items.update(options)
        for key, value in items.items():
            query.addQueryItem(key, value)
        url.setQuery(query)
        return bytes(url.toEncoded()).decode("ascii")


def read_text(path, sample_bytes=None):
    with open(path, "rb") as handle:
        data = handle.read(sample_bytes or -1)
    if sample_bytes and len(data) == sample_bytes:  # cut after the last whole line
        data = data[:data.rfind(b"\n") + 1] or data
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "windows-1252"


def csv_sample(path):
    """{column: its texts in the first rows} of a CSV, read from the start of the file only:
    what the CSV dialog guesses the X/Y columns and coordinate system from."""
    table = CsvTable(path, CSV_SAMPLE_BYTES)
    return {column: [value for _, value in table.values(column)]
            for column in table.header if column}

