"""CLI of the synth stage: ``dangan synth`` writes a synthetic corpus (test data; no real archive is used)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, cast

import typer
from rich.console import Console

console = Console(highlight=False)


def synth_cmd(
    out: Annotated[Path, typer.Option("--out", help="输出目录 (output directory; must be empty or an earlier corpus)")],
    households: Annotated[int, typer.Option("--households", "-n", help="户数 (number of households)")] = 10,
    seed: Annotated[int, typer.Option("--seed", help="随机种子：同一种子，同样输出 (same seed, same output)")] = 0,
    clean: Annotated[bool, typer.Option("--clean", help="不加扫描损伤 (no scan damage)")] = False,
    formats: Annotated[
        str | None, typer.Option("--formats", help="输出格式，逗号分隔: jpg,png,tif,pdf,pdf-text (default: all)")
    ] = None,
    plant: Annotated[
        float, typer.Option("--plant-discrepancies", help="电子档案中埋入不一致的户比例 (share of households, 0..1)")
    ] = 0.0,
    remove: Annotated[
        float, typer.Option("--remove-materials", help="缺少一份必备材料的户比例 (share of households, 0..1)")
    ] = 0.0,
    workers: Annotated[int | None, typer.Option("--workers", help="并行进程数 (default: CPUs, at most 8)")] = None,
    dpi: Annotated[
        int | None, typer.Option("--dpi", help="固定扫描分辨率 (default: 200-300 dpi per file; less is faster)")
    ] = None,
    layouts: Annotated[
        str, typer.Option("--layouts", help="版式: all | seen (调试用) | held-out (仅留出版式，用于评测)")
    ] = "all",
    as_json: Annotated[bool, typer.Option("--json", help="以 JSON 输出汇总 (print the summary as JSON)")] = False,
) -> None:
    """生成合成扫描件、真值与电子档案 (write synthetic scans, ground truth and an electronic export)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from dangan.synth.generate import SynthError, generate
    from dangan.synth.layouts import MODES, Mode

    if layouts not in MODES:
        raise SynthError(f"未知的版式选择 (unknown --layouts): {layouts}; 可选 {', '.join(MODES)}")
    mode = cast(Mode, layouts)
    fmts = [f.strip() for f in formats.split(",") if f.strip()] if formats else None
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=Console(stderr=True), transient=as_json) as bar:
        task = bar.add_task("生成合成档案 (households)", total=households)
        summary = generate(out, households, seed, damage=not clean, formats=fmts, plant_rate=plant,
                           remove_rate=remove, workers=workers, dpi=dpi, layouts=mode,
                           progress=lambda done, total: bar.update(task, completed=done))
    if as_json:
        typer.echo(json.dumps(summary.to_json(), ensure_ascii=False))
        return
    kinds = "、".join(f"{k} {v}" for k, v in summary.documents_by_type.items())
    console.print(f"已生成 {summary.households} 户，{summary.files} 个文件（{summary.pages} 页）于 {summary.out}")
    console.print(f"文档: {kinds}")
    console.print(f"埋入不一致 {summary.mismatches} 处，移除材料 {summary.removed} 份，未盖章 {summary.unsealed} 份；"
                  f"用时 {summary.seconds:.1f} 秒")


def register(app: typer.Typer) -> None:
    """Add ``dangan synth`` to the root app."""
    app.command("synth")(synth_cmd)
