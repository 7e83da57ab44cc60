"""CSV cells that a spreadsheet will not run: the one rule every CSV file the portal writes goes through.

A spreadsheet (Excel, LibreOffice) reads a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return as a formula — ``=HYPERLINK(…)`` in a decision's text would run on the reader's machine. Rule:

- a number (int, float, Decimal) is written as it is: a negative value stays a number;
- a text cell that is a plain number (``-12``, ``+3.5``, ``-0,25``) is written as it is: it cannot be a formula;
- any other text cell starting with one of those characters gets a leading apostrophe (``'=1+1``), which
  spreadsheets show as text and hide; a script reading the file sees the apostrophe and can strip it.

The rule is explained on /donnees/ (templates/donnees.html).
"""

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"^[+-]?\d+([.,]\d+)?([eE][+-]?\d+)?$")


def safe_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not PLAIN_NUMBER.match(value):
        return "'" + value
    return value


def safe_row(row) -> list:
    return [safe_cell(cell) for cell in row]
