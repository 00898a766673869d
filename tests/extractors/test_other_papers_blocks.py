"""A bank's transfer slip: the two parties printed as blocks of label | value rows side by side.

A transfer's slip (a bank's 回单 filed as the receipt of a hospital's or a school's fee) prints the one who paid and
the one paid as two like blocks (户名 / 账号 / 开户行 under each other), often with the party's word (付款人,
收款人) as a heading down the side of its block. The row under a name's row is the next pair's labels, not
values under a header row; a party's word heading a block is read through the block's own name label.

Drawn here in arrangements of no generator: blocks without headings, the label words of other banks (姓名,
卡号, 开户网点), the payee's block first and the payer's heading written as one tall text.
"""

from __future__ import annotations

from dangan.extractors.layout import TextLine

from .test_papers_general import Sheet, check, read


def _block(s: Sheet, x: int, y: int, rows: list[tuple[str, str]]) -> None:
    for i, (label, value) in enumerate(rows):
        s.text(label, x, y + 70 * i)
        s.text(value, x + 150, y + 70 * i)


def test_two_blocks_side_by_side_without_headings() -> None:
    s = Sheet()
    s.centred("转账凭证（医疗费）", 150)
    _block(s, 160, 300, [("户名", "龚秀英"), ("账号", "6217002870011234567"), ("开户行", "中国银行韶山路支行")])
    _block(s, 900, 300, [("户名", "湘潭市第一人民医院"), ("账号", "4300123456789012"), ("开户行", "建设银行岳塘支行")])
    s.text("金额：人民币壹仟元整", 160, 560)
    s.text("交易日期：2025-10-12", 900, 560)
    check(read(s, "其他"), {"姓名": "龚秀英"})


def test_a_party_word_heading_its_block() -> None:
    s = Sheet()
    s.centred("银行业务回单", 150)
    # the payee's block first, the payer's right of it; each party's word one tall text down its block
    for x, word, rows in (
        (120, "收款人", [("姓名", "长沙市第三医院"), ("卡号", "4300987654321098"), ("开户网点", "工商银行芙蓉支行")]),
        (860, "缴款人", [("姓名", "邓桂兰"), ("卡号", "6222021234567890123"), ("开户网点", "农业银行雨花支行")]),
    ):
        for i, ch in enumerate(word):
            s.draw.text((x, 300 + 60 * i), ch, fill="black")
        s.lines.append(TextLine(word, (x - 5, 270, x + 40, 470), 0.97))
        _block(s, x + 70, 300, rows)
    s.text("用途：住院费", 120, 560)
    s.text("2026年3月2日", 860, 560)
    check(read(s, "其他"), {"姓名": "邓桂兰"})
