"""A 低保证 copied at its inner spread only (REAL-DOCUMENTS: a booklet, cities print their own): no cover, so no
最低生活保障 / 低保证 title on the sheet. Its leaves still say what it is in the cities' words: 享受低保人数, 月保障金
每月…元, 保障期限 …至…, the office's 低保专用章, and the facing leaf's list of 享受低保家庭成员 — while the holder's
rows (户主姓名, 家庭人口, 家庭住址, 身份证号码) are household labels that vote for an application form. Lines built
directly: the two leaves side by side, the attester's note under them."""

from __future__ import annotations

from dangan.extractors.classify import classify_lines
from dangan.extractors.layout import TextLine


def L(text: str, x0: float, y0: float, x1: float, y1: float) -> TextLine:
    return TextLine(text, (x0, y0, x1, y1), 0.97, 0, False)


def spread(members_title: str = "享受低保家庭成员") -> list[TextLine]:
    return [
        L("持证人基本情况", 780, 340, 1230, 430),
        L(members_title, 2180, 340, 2690, 430),
        L("证号", 430, 494, 580, 580),
        L("43030220266810", 630, 494, 960, 570),
        L("关系", 1810, 485, 1920, 570),
        L("姓名", 2010, 485, 2130, 570),
        L("性别", 2180, 485, 2290, 570),
        L("年龄", 2290, 485, 2400, 570),
        L("身份证号码", 2630, 490, 2860, 565),
        L("户主姓名", 410, 630, 600, 710),
        L("邓霞凤", 630, 625, 800, 710),
        L("性别", 1080, 625, 1240, 710),
        L("女", 1280, 630, 1360, 705),
        L("户主", 1800, 615, 1920, 700),
        L("邓霞凤", 1990, 615, 2150, 695),
        L("女", 2200, 615, 2270, 690),
        L("58", 2300, 615, 2380, 690),
        L("430302196710149528", 2540, 615, 2940, 680),
        L("家庭人口", 410, 760, 600, 840),
        L("1人", 630, 760, 720, 835),
        L("享受低保人数", 1030, 760, 1300, 835),
        L("1人", 1310, 760, 1370, 835),
        L("家庭住址", 410, 930, 600, 1000),
        L("湖南省湘潭市雨湖区建设北路34号7幢2单元102室", 640, 930, 1580, 990),
        L("月保障金", 410, 1095, 600, 1170),
        L("每月330元", 630, 1095, 850, 1170),
        L("保障期限", 415, 1255, 595, 1320),
        L("2026年6月2日至2027年6月2日", 630, 1245, 1215, 1320),
        L("发证单位（盖章）", 390, 1450, 730, 1540),
        L("低保专用章", 575, 1600, 770, 1680),
        L("2026年6月2日", 1340, 1660, 1620, 1750),
        L("与原件相符", 310, 2460, 730, 2560),
        L("核对人：秦永", 1840, 2470, 2270, 2580),
        L("2026.6.27", 1690, 2630, 2000, 2700),
    ]


def test_the_inner_spread_of_a_booklet_is_a_dibao_card() -> None:
    """Before: 其他 (低保证 and 建档申请表 level), or 低保证 only by an accident of reading order."""
    assert classify_lines(spread("享受低保的家庭成员"), (3307, 4676)).doc_type == "低保证"
    assert classify_lines(spread(), (3307, 4676)).doc_type == "低保证"
