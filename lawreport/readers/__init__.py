"""Readers for inputs that are not plain text: HTML, DOCX and PDF.

Each turns a file's bytes into the text lawreport matches on, one paragraph per
line; every offset in a record indexes that text. load.py imports a reader
only when an input needs it, so a plain-text run loads none of them.
"""
