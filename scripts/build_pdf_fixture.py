"""Regenerate tests/fixtures/report_cjk.pdf: seed 004 set as a paginated PDF.

    pip install reportlab
    python scripts/build_pdf_fixture.py

reportlab's STSong-Light is a CID font every PDF reader knows, so the file
embeds no font and stays small; its text comes back through the font's
standard CMap. The page numbers (- 1 -) and the wrapped lines are what
tests/test_formats.py checks the PDF reader removes and joins.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "004_1e5d942eb283dfeb.txt"
OUT = ROOT / "tests" / "fixtures" / "report_cjk.pdf"
TITLE = "坪山区司法局2022年法治政府建设年度报告"
FONT = "STSong-Light"


def main() -> None:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    body = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=16, wordWrap="CJK", firstLineIndent=22)
    title = ParagraphStyle("title", fontName=FONT, fontSize=16, leading=24, alignment=1)

    def page_number(canvas, doc) -> None:
        canvas.setFont(FONT, 9)
        canvas.drawCentredString(A4[0] / 2, 30, f"- {doc.page} -")

    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    story = [Paragraph(TITLE, title), Spacer(1, 12)] + [Paragraph(line, body) for line in lines]
    doc = SimpleDocTemplate(str(OUT), pagesize=A4, title=TITLE, invariant=True)
    doc.build(story, onFirstPage=page_number, onLaterPages=page_number)
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
