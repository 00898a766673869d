"""A 档案表 as a unit prints it (drawn in the test, cells by ``detect_grid``): rows of label, value, label,
value with some values left blank, a label the schema does not know under a blank cell, causes written
out beside a checklist of materials, and member blocks with their title down their side in pieces."""

from __future__ import annotations

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine

from .test_structure import Page


def _checklist(page: Page, x: float, cy: float, text: str) -> list[tuple[tuple[float, float, float, float], bool]]:
    """Draw the checklist line; return its □ as the image's empty boxes."""
    page.text(text, x, cy)
    boxes = []
    for i, ch in enumerate(text):
        if ch == "□":
            x0 = x + page.draw.textlength(text[:i], font=page.font)
            boxes.append(((x0 + 3, cy - 14, x0 + 31, cy + 14), False))
    return boxes


def _page() -> tuple[Page, list[tuple[tuple[float, float, float, float], bool]]]:
    page = Page()
    page.row([220, 300, 260, 220, 200, 214], ["手机号码", "13998855137", "其他联系方式", "", "劳模类型", "非劳模"])
    page.row([220, 1194], ["家庭住址", "湖南省长沙市芙蓉区八一路97号"])
    page.row([360, 1054], ["次要致困原因（0-3项）", "遭受自然灾害、未参加社会保险"])
    y = page.y
    page.row([160, 1254], ["附件", ""], height=80)
    boxes = _checklist(page, page.left + 170, y + 40, "□本人申请书；□身份材料；□残疾证；□灾害证明；□其他")
    page.row([160, 1254], ["备注", ""])
    page.row([470, 470, 474], ["每年所需医药费（元）", "每年个人自付医药费（元）", "是否参加基本医疗保险"])
    page.row([470, 470, 474], ["", "", ""])
    # a member block: its title down its side in three pieces, its rows of "label：value" cells
    page.y += 40
    top = page.y
    page.left = 200
    page.row([470, 470, 474], ["姓名：薛婷娟", "关系（是户主的）：配偶", "民族：汉族"], align="left")
    page.row([470, 470, 474], ["性别：女", "政治面貌：群众", "月收入：1920"], align="left")
    mid = page.y + 35
    page.row([470, 470, 474], ["手机号码：13890450473", "其它联系方式：", "人员身份：在职"], align="left")
    page.row([1414], ["单位或学校：长沙联华超市有限公司"], align="left")
    page.row([470, 944], ["工作状态：在岗", "合同期限："], align="left")
    page.draw.rectangle((120, top, 200, page.y), outline="black", width=3)
    page.left = 120
    for text, cy in (("家庭成", mid - 60), ("员信息", mid), ("表格1", mid + 60)):
        page.text(text, 128, cy)
    return page, boxes


def test_archive_table_blank_cells_checklist_and_member_block() -> None:
    page, boxes = _page()
    ex = extract_fields("建档申请表", page.lines, checkboxes=boxes, cells={0: page.cells()})
    f = ex.fields
    assert f["手机号码"] == "13998855137" and f["劳模类型"] == "非劳模"
    assert "其他联系方式" not in f  # its cell is blank: the address under it is 家庭住址's
    assert "备注" not in f  # blank too: 每年所需医药费（元） under it is a label
    assert f["次要致困原因"] == ["遭受自然灾害", "未参加社会保险"]
    assert len(ex.members) == 1
    m = ex.members[0]
    assert m["姓名"] == "薛婷娟" and m["关系"] == "配偶" and m["月收入"] == 1920
    assert m["手机号码"] == "13890450473" and m["人员身份"] == "在职"
    assert m["单位或学校"] == "长沙联华超市有限公司" and m["工作状态"] == "在岗"


def test_a_value_that_is_only_a_separator_is_no_crash() -> None:
    """A label whose right neighbour is a colon left alone by OCR and whose text below is no possible
    value of it: no reading, and no error (the search for a possible value met an empty text)."""
    page = Page()
    page.row([300, 300], ["建筑面积", ""])
    page.lines.append(TextLine("：", (430, 215, 445, 255), 0.9))
    page.row([300, 300], ["王明", ""])
    ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()})
    assert ex.confidence.get("建筑面积", 0.0) < 0.5  # not a number: the validation gate holds it back


def test_a_value_whose_ocr_box_starts_inside_its_labels() -> None:
    """OCR boxes are generous: the label's box runs 22 px into its value's. The value beside it is still
    its value, not the printed line under it (another level of union named with an instruction)."""
    lines = [
        TextLine("困难职工单位工会:", (208, 248, 518, 291), 0.99),
        TextLine("富春街道", (496, 248, 644, 294), 0.99),
        TextLine("区、县(市)、开发区工会、产业工会:(填写盖章)", (206, 310, 869, 356), 0.95),
        TextLine("*姓名", (263, 380, 348, 434), 0.99),
        TextLine("王明", (255, 456, 340, 515), 0.99),
    ]
    ex = extract_fields("建档申请表", lines)
    assert ex.fields["单位"] == "富春街道" and ex.fields["姓名"] == "王明"
    # a label box 20 px into its value's, the title above: the value is beside it
    lines = [
        TextLine("困难职工档案表(*为必填项)", (541, 114, 1104, 179), 0.97),
        TextLine("建档单位", (121, 155, 268, 206), 0.99),
        TextLine("富春街道", (248, 159, 383, 216), 0.99),
    ]
    assert extract_fields("建档申请表", lines).fields["单位"] == "富春街道"


def test_member_blocks_in_ruled_cells_are_no_member_table() -> None:
    """Member blocks whose cells print "label：value" (and "当前学历：" left blank): no row of them is a
    member table's header (the blanks' row was one, and the block rows under it were read as members)."""
    page = Page()
    from .test_structure import _id

    blocks = [
        ("汤华桂", "配偶", "苗族", "2160", _id("13060219801201592")),
        ("黎桂", "女儿", "汉族", "0", _id("13060220061012934")),
    ]
    for name, rel, eth, inc, idn in blocks:
        page.row([470, 470, 474], [f"姓名：{name}", f"关系（是户主的）：{rel}", f"民族：{eth}"], align="left")
        page.row([470, 470, 474], ["当前学历：", "入学年份：", "年制："], align="left")
        page.row([700, 714], [f"身份证号：{idn}", "性别：女"], align="left")
        page.row([470, 470, 474], ["劳模类型：非劳模", "政治面貌：群众", f"月收入：{inc}"], align="left")
        page.y += 40
    ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()})
    assert [(m["姓名"], m["关系"], m["民族"], m["月收入"], m["身份证号"]) for m in ex.members] == [
        (n, r, e, int(i), d) for n, r, e, i, d in blocks
    ]


def test_digits_run_together_across_rulings_are_cut_where_values_end() -> None:
    """OCR reads an ID number, the birth date and the age in three cells as one run of digits: cut where
    the ID number (its check digit) and the date are whole."""
    from dangan.extractors.structure import split_at_rulings

    from .test_structure import _id

    idn = _id("13060219810811711")
    page = Page()
    page.row([340, 170, 75], ["身份证号", "出生日期", "年龄"])
    cells = page.row([340, 170, 75], ["", "", ""])
    text = idn + "1981.08.11" + "45"
    run = TextLine(text, (cells[0][0] + 11, cells[0][1] + 25, cells[2][2] - 22, cells[0][1] + 52), 0.99)
    got = split_at_rulings([run], page.cells())
    assert [ln.text for ln in got] == [idn, "1981.08.11", "45"]


def test_a_value_written_again_after_a_broken_off_first_attempt() -> None:
    """"工作单位：富春街道社区服务中" struck through and written again whole after it: the whole one; a
    value that merely repeats a word (杭州杭州橡胶厂) stays as written."""
    lines = [
        TextLine("工作单位：富春街道社区服务中富春街道社区服务中心", (114, 1044, 888, 1073), 0.99),
        TextLine("户口所在地：河北省保定市竞秀河北省保定市竞秀区", (114, 1100, 888, 1129), 0.99),
        TextLine("家庭住址：杭州杭州橡胶厂宿舍3号", (114, 1160, 888, 1189), 0.99),
    ]
    f = extract_fields("建档申请表", lines).fields
    assert f["工作单位"] == "富春街道社区服务中心" and f["户口所在地行政区划"] == "河北省保定市竞秀区"
    assert f["家庭住址"] == "杭州杭州橡胶厂宿舍3号"


def test_a_value_last_in_a_bracketed_group_leaves_the_groups_closer() -> None:
    """"（劳动合同签订时间…，合同期限三年〔31个月至42个月））": the term's own brackets (read 〔 by OCR) stay,
    the group's closing bracket is not the term's."""
    from dangan.schemas.readings import check_reading

    lines = [TextLine("(劳动合同签订时间2024年12月24日，合同期限三年〔31个月至42个月))", (807, 195, 1562, 232), 0.96)]
    f = extract_fields("建档申请表", lines).fields
    assert f["劳动合同签订时间"] == "2024-12-24"
    assert f["合同期限"].startswith("三年") and check_reading("合同期限", f["合同期限"]) is None
