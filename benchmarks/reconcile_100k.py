"""Reconcile 100,000 synthetic households in memory (no OCR, no files): time and peak memory.

    .venv/bin/python benchmarks/reconcile_100k.py [--households 100000] [--rules hangzhou]

Both sides are built from one random household: the electronic record as the system stores it
(numbers, national cause wording) and the paper as extraction returns it (strings with 元 and
thousands separators, full-width digits, the Hangzhou cause wording, members in another order);
2 % of households get one real difference and 2 % lose one document. Targets: < 30 s, < 2 GB.
The paper's 残疾 against the system's 家庭成员无劳动能力 is a mapping the seeds do not settle: those
households come out as readings to verify (kind ``verify``), counted apart from the findings.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import resource
import sys
import threading
import time
from datetime import date
from typing import Any

from dangan.reconcile.compare import PaperHousehold, merge_paper
from dangan.reconcile.core import reconcile
from dangan.reconcile.ruleset import load
from dangan.schemas.validators import id_check_digit

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"
CAUSES = [("本人大病", "家庭成员患重大疾病"), ("子女上学", "子女上学"), ("下岗失业", "下岗失业"),
          ("残疾", "家庭成员无劳动能力"), ("重大事故", "遭受意外事故")]
UNITS = ["工业橡胶", "富阳富春", "西湖街道", "萧山纺织", "余杭电力"]
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


_used_ids: set[str] = set()


def person_id(rng: random.Random, born: date, male: bool) -> str:
    """A valid, unused 身份证号 (the duplicate-ID rule must only see the duplicates we mean)."""
    while True:
        seq = f"{rng.randrange(10, 99)}{rng.choice('13579' if male else '02468')}"
        first = f"33{rng.randrange(100, 1200):04d}{born:%Y%m%d}{seq}"
        number = first + id_check_digit(first)
        if number not in _used_ids:
            _used_ids.add(number)
            return number


def name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.6 else "")


def build(n: int, seed: int) -> tuple[dict[str, PaperHousehold], dict[str, dict[str, Any]], int, int]:
    rng = random.Random(seed)
    paper: dict[str, PaperHousehold] = {}
    electronic: dict[str, dict[str, Any]] = {}
    planted = removed = 0
    for i in range(n):
        unit = UNITS[i % len(UNITS)]
        year = 2013 + (i // len(UNITS)) % 10
        no = f"{unit}{year}{i // 50:04d}"  # 单位 + year + serial, unique below 500,000 households
        male = rng.random() < 0.5
        born = date(rng.randrange(1965, 1995), rng.randrange(1, 13), rng.randrange(1, 28))
        own = rng.randrange(800, 4000, 10)
        members = []
        for _ in range(rng.randrange(0, 4)):
            m_male = rng.random() < 0.5
            m_born = date(rng.randrange(1950, 2015), rng.randrange(1, 13), rng.randrange(1, 28))
            members.append({"姓名": name(rng), "关系": rng.choice(("配偶", "儿子", "女儿", "母亲")),
                            "身份证号": person_id(rng, m_born, m_male), "性别": "男" if m_male else "女",
                            "出生日期": m_born.isoformat(), "月收入": rng.choice((0, 0, rng.randrange(500, 3000, 10)))})
        size = 1 + len(members)
        other = rng.randrange(0, 6000, 100)
        total = 12 * (own + sum(int(m["月收入"]) for m in members)) + other
        hz_cause, nat_cause = rng.choice(CAUSES)
        secondary = rng.sample(CAUSES, rng.randrange(0, 3))
        rec: dict[str, Any] = {
            "职工编号": no, "单位": unit, "困难类别": "其他困难户", "姓名": name(rng), "民族": "汉族",
            "性别": "男" if male else "女", "身份证号": person_id(rng, born, male), "出生日期": born.isoformat(),
            "年龄": year - born.year, "婚姻状况": rng.choice(("已婚", "离异", "丧偶", "未婚")),
            "住房类型": rng.choice(("租房", "商品房", "自建房")), "户口类型": "非农业", "医保状况": "新农合",
            "工作状态": "下（待）岗", "工作时间": f"{born.year + 20}-0{rng.randrange(1, 10)}-01",
            "手机号码": f"13{rng.randrange(100000000, 999999999)}", "家庭住址": f"杭州市上城区某路{i % 300}号",
            "工作单位": f"{unit}有限公司", "本人月平均收入": own, "家庭其他非薪资年收入": other,
            "家庭年度总收入": total, "家庭人口": size, "家庭月人均收入": round(total / 12 / size, 2),
            "户口所在地行政区划": "杭州市", "主要致困原因": nat_cause,
            "次要致困原因": [c[1] for c in secondary if c[1] != nat_cause], "年度必要支出": rng.randrange(2000, 60000, 100),
            "有无低保": False, "是否农民工": False, "是否单亲": False, "银行卡号": "6222020200112233445",
        }
        electronic[no] = {"单位": unit, "data": rec, "members": members}
        # the paper as extraction returns it
        form = dict(rec)
        form["本人月平均收入"] = f"{own:,}元"
        form["手机号码"] = rec["手机号码"].translate(FULLWIDTH)
        form["主要致困原因"] = hz_cause
        form["次要致困原因"] = [c[0] for c in secondary if c[1] != nat_cause]
        form["医保状况"] = "新农舍"
        form["工作状态"] = "下(待)岗"
        form["有无低保"] = "否"
        p_members = [dict(m) for m in reversed(members)]
        if rng.random() < 0.02:
            planted += 1
            form["本人月平均收入"] = own + 500
        docs: list[dict[str, Any]] = [
            {"file": f"{no}/01", "doc_type": "建档申请表", "fields": form, "members": p_members},
            {"file": f"{no}/02", "doc_type": "户口簿", "fields": {"户主姓名": rec["姓名"]}},
            {"file": f"{no}/03", "doc_type": "公示证明", "fields": {"姓名": rec["姓名"], "公示期起": "2013-03-01",
                                                             "公示期止": "2013-03-07", "是否盖章": True}},
            {"file": f"{no}/04", "doc_type": "诊断证明", "fields": {"姓名": rec["姓名"]}},
            {"file": f"{no}/05", "doc_type": "其他", "fields": {"材料名称": "医药费票据"}},
            {"file": f"{no}/06", "doc_type": "其他", "fields": {"材料名称": "录取通知书"}},
            {"file": f"{no}/07", "doc_type": "其他", "fields": {"材料名称": "学费票据"}},
            {"file": f"{no}/08", "doc_type": "其他", "fields": {"材料名称": "事故证明"}},
            {"file": f"{no}/09", "doc_type": "残疾人证", "fields": {"姓名": rec["姓名"]}},
        ]
        for person in [{"姓名": rec["姓名"], "月收入": own}, *members]:
            docs.append({"file": f"{no}/id", "doc_type": "身份证", "fields": {"姓名": person["姓名"]}})
            if person["月收入"]:
                docs.append({"file": f"{no}/inc", "doc_type": "收入证明", "fields": {"姓名": person["姓名"]}})
        if rng.random() < 0.02:
            removed += 1
            docs.pop(2)  # the 公示证明
        paper[no] = merge_paper(no, unit, docs)
    return paper, electronic, planted, removed


class PssSampler(threading.Thread):
    """Sum of the proportional set size of this process and its workers, sampled: forked workers share
    pages with the parent, so RSS per process double-counts; PSS splits shared pages fairly."""

    def __init__(self, interval: float = 1.0) -> None:
        super().__init__(daemon=True)
        self.interval, self.peak_mb, self._stop_event = interval, 0.0, threading.Event()

    def run(self) -> None:
        import psutil

        me = psutil.Process()
        while not self._stop_event.is_set():
            total = 0
            for proc in [me, *me.children(recursive=True)]:
                try:
                    total += proc.memory_full_info().pss
                except (psutil.Error, AttributeError):
                    continue
            self.peak_mb = max(self.peak_mb, total / 2**20)
            self._stop_event.wait(self.interval)

    def stop(self) -> float:
        self._stop_event.set()
        self.join()
        return self.peak_mb


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--households", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--rules", default="hangzhou")
    args = ap.parse_args()

    t0 = time.perf_counter()
    print(f"machine load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
    paper, electronic, planted, removed = build(args.households, args.seed)
    built = time.perf_counter() - t0
    members = sum(len(r["members"]) for r in electronic.values())
    print(f"built {len(electronic):,} households ({members:,} members) in {built:.1f} s; "
          f"planted {planted} mismatches, removed {removed} materials")
    gc.collect()
    rules = load(args.rules)
    sampler = PssSampler()
    sampler.start()
    t1, c1 = time.perf_counter(), time.process_time()
    findings = reconcile(paper, electronic, rules, as_of=date(2024, 1, 2))
    seconds, cpu = time.perf_counter() - t1, time.process_time() - c1
    pss_mb = sampler.stop()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu += children.ru_utime + children.ru_stime
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_mb = children.ru_maxrss / 1024
    kinds: dict[str, int] = {}
    for f in findings:
        kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
    mism = sum(1 for f in findings if f["kind"] == "mismatch" and f["field"] == "本人月平均收入")
    print(f"reconciled in {seconds:.1f} s wall, {cpu:.1f} s CPU over all processes "
          f"({len(electronic) / seconds:,.0f} households/s)")
    print(f"peak RSS: main process {peak_mb:,.0f} MB (building included), largest worker {child_mb:,.0f} MB "
          f"(forked: shares the main process' pages until written); peak PSS summed over all processes "
          f"{pss_mb:,.0f} MB")
    verify = sum(1 for f in findings if f["kind"] == "verify")
    print(f"outputs {len(findings):,}: {kinds}; of which readings to verify {verify:,} (not findings); "
          f"planted income mismatches found {mism}/{planted}")
    ok = seconds < 30 and max(peak_mb, pss_mb) < 2048
    print("targets met (< 30 s, < 2 GB)" if ok else "targets NOT met (< 30 s, < 2 GB)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
