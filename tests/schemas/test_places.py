"""schemas.places: misread division names in addresses are repaired from the gazetteer, and nothing else is."""

from __future__ import annotations

import pytest

from dangan.errors import DanganError
from dangan.extractors.fields import Extraction
from dangan.extractors.pipeline import repair_place_names
from dangan.schemas.places import GazetteerMissing, correct_divisions, divisions


def test_the_gazetteer_holds_every_level() -> None:
    levels = {d.level for d in divisions()}
    assert levels == {0, 1, 2}
    assert len([d for d in divisions() if d.level == 0]) >= 31
    assert any(d.name == "溆浦县" and d.code == "431224" for d in divisions())
    # an install without the table ends in the command line's one-line message and exit code, not a traceback
    assert issubclass(GazetteerMissing, DanganError) and "pip install" in str(GazetteerMissing())


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("湖南省怀化市淑浦县卢峰镇建设路12号", "湖南省怀化市溆浦县卢峰镇建设路12号"),  # a county misread
        ("湖南省湘潭市币湖区韶山西路99号", "湖南省湘潭市雨湖区韶山西路99号"),
        ("浙江省杭州市西胡区文三路5号", "浙江省杭州市西湖区文三路5号"),
        ("湖南省淑浦县卢峰镇", "湖南省溆浦县卢峰镇"),  # the city left out
        ("怀化市淑浦县龙潭镇", "怀化市溆浦县龙潭镇"),  # the province left out
        ("湖南省株州市芦淞区", "湖南省株洲市芦淞区"),  # 株洲市 or 郴州市: the county named next decides
        ("江苏省南京市鼓楼去中山路", "江苏省南京市鼓楼去中山路"),  # the suffix misread: not sure which level
    ],
)
def test_a_name_one_character_off_its_parents_division_is_repaired(read: str, meant: str) -> None:
    assert correct_divisions(read) == meant


@pytest.mark.parametrize(
    "address",
    [
        "湖南省长沙市芙蓉路18号",  # a road named like the district 芙蓉区: the suffix differs
        "湖南省株州市",  # 株洲市 or 郴州市, and nothing after it says which
        "北京市朝阳区建国路88号",
        "阳光小区3栋2单元501室",  # no division at all
        "1-2-301",
        "河北省保定市竞秀区东风中路100号",
        "新疆维吾尔自治区乌鲁木齐市天山区",
    ],
)
def test_addresses_read_right_or_undecidable_stay_as_read(address: str) -> None:
    assert correct_divisions(address) == address


def test_repair_keeps_the_text_as_read_and_reaches_member_rows() -> None:
    ex = Extraction()
    ex.set("住址", "湖南省怀化市淑浦县卢峰镇", 0.97)
    ex.members.append({"姓名": "王芳", "住址": "湖南省湘潭市币湖区"})
    repair_place_names(ex)
    assert ex.fields["住址"] == "湖南省怀化市溆浦县卢峰镇"
    assert ex.raw["住址"] == "湖南省怀化市淑浦县卢峰镇"
    assert ex.members[0]["住址"] == "湖南省湘潭市雨湖区"
    assert ex.confidence["住址"] == 0.97
