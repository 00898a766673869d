"""One 低保 table, flagged illustrative, and a union's own rule-set folder (DANGAN_RULES_DIR)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from dangan.errors import ConfigError
from dangan.reconcile.ruleset import load
from dangan.schemas.rules import RULESETS_DIR, available_rules, load_rules


def test_shipped_rule_sets_share_one_illustrative_dibao_table() -> None:
    for name in ("national", "hunan", "hebei", "hangzhou"):
        data = tomllib.loads((RULESETS_DIR / f"{name}.toml").read_text(encoding="utf-8"))
        assert data["dibao"] == {"table": "illustrative"}  # no copy of the figures
        rules = load(name)
        assert rules.dibao_illustrative and rules.dibao_standard("杭州市", 2019) == 917.0
        assert rules.title and not rules.title.isascii()


def test_local_authority_table_in_rules_dir_is_not_flagged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    own = tmp_path / "rules"
    (own / "dibao").mkdir(parents=True)
    text = (RULESETS_DIR / "hangzhou.toml").read_text(encoding="utf-8")
    (own / "hangzhou-local.toml").write_text(
        text.replace('name = "hangzhou"', 'name = "hangzhou-local"').replace('table = "illustrative"',
                                                                            'table = "hz2026"'),
        encoding="utf-8")
    (own / "dibao" / "hz2026.toml").write_text(
        'note = "杭州市民政局 2026"\n[standards."杭州市"]\n2026 = 1400\n', encoding="utf-8")
    monkeypatch.setenv("DANGAN_RULES_DIR", str(own))
    assert "hangzhou-local" in available_rules() and "hangzhou" in available_rules()
    rules = load("hangzhou-local")
    assert not rules.dibao_illustrative and rules.dibao_standard("杭州市", 2026) == 1400.0
    assert load("hangzhou").dibao_illustrative  # the shipped one still says so
    (own / "broken.toml").write_text('name = "broken"\n[dibao]\ntable = "nowhere"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="低保标准表不存在"):
        load_rules("broken")


def test_unknown_rule_set_names_the_available_ones() -> None:
    with pytest.raises(ConfigError) as err:
        load("beijing")
    text = str(err.value)
    assert "beijing" in text and all(n in text for n in ("national", "hunan", "hebei", "hangzhou"))
    assert "\n" not in text
