#!/usr/bin/env python3
"""Renders the measurements scripts/bench collected as the Markdown table of results.md.

    report.py MEASUREMENTS.tsv > results.md

MEASUREMENTS.tsv has one `name <TAB> value` line per fact: machine facts (`machine.cpu`), and per corpus
size N: `wall.KEY.N` (median seconds), `cpu.KEY.N` (user + system seconds), `rss.KEY.N` (peak KiB),
`failed.KEY.N` (message), `stage.NAME.N` (`median min max cpu growth-KiB status`, tab-separated, from
dossier-stages), `runs.N`, `reduced.N` (why fewer runs were made), `corpus.N` (bytes),
`xlsxmode.N`. KEY is full, markdown, xlsx, epub, docx, html, json, pandoc, floor-read, floor-xlsx, floor-xlsx-cm,
floor-zip, floor-zip-mallopt.
"""

import sys

STAGES = ["assembly", "markdown", "xlsx", "epub", "docx", "html", "json"]
FORMATS = ["markdown", "xlsx", "epub", "docx", "html", "json"]


def load(path):
    facts = {}
    with open(path, encoding="utf-8") as file:
        for line in file:
            name, _, value = line.rstrip("\n").partition("\t")
            facts[name] = value
    return facts


class Report:
    def __init__(self, facts):
        self.facts = facts
        self.sizes = sorted(int(name.split(".")[1]) for name in facts if name.startswith("runs."))
        self.lines = []

    def wall(self, key, n):
        value = self.facts.get(f"wall.{key}.{n}")
        return float(value) if value else None

    def cpu(self, key, n):
        value = self.facts.get(f"cpu.{key}.{n}")
        return float(value) if value else None

    def rss(self, key, n):
        value = self.facts.get(f"rss.{key}.{n}")
        return int(value) if value else None

    def stage(self, name, n):
        """(median, min, max, cpu, growth KiB, status) of an in-process stage, or None."""
        value = self.facts.get(f"stage.{name}.{n}")
        if not value:
            return None
        median, low, high, cpu, growth, status = value.split("\t", 5)
        return float(median), float(low), float(high), float(cpu), int(growth), status

    def stage_time(self, name, n, measure="wall"):
        stage = self.stage(name, n)
        if not stage or stage[5] != "ok":
            return None
        return stage[0] if measure == "wall" else stage[3]

    def xlsx_floor(self, n, measure="wall"):
        """The libxlsxwriter floor in the mode Dossier's workbook was written in (normal when unknown)."""
        mode = self.facts.get(f"xlsxmode.{n}", "normal")
        key = "floor-xlsx-cm" if mode == "constant_memory" else "floor-xlsx"
        return (self.wall(key, n) if measure == "wall" else self.cpu(key, n)), mode

    def zip_floor(self, n, measure="wall"):
        """The libzip floor with glibc tuned by mallopt: what a C program can reach."""
        return self.wall("floor-zip-mallopt", n) if measure == "wall" else self.cpu("floor-zip-mallopt", n)

    def floor_sum(self, n, measure="wall"):
        read = self.wall("floor-read", n) if measure == "wall" else self.cpu("floor-read", n)
        parts = [read, self.xlsx_floor(n, measure)[0], self.zip_floor(n, measure)]
        return None if None in parts else sum(parts)

    def out(self, line=""):
        self.lines.append(line)

    def table(self, header, rows, align=None):
        """`align` has one letter per column: l or r (default: the first column left, the others right)."""
        align = align or "l" + "r" * (len(header) - 1)
        self.out("| " + " | ".join(header) + " |")
        self.out("|" + "|".join("---:" if letter == "r" else "---" for letter in align) + "|")
        for row in rows:
            self.out("| " + " | ".join(row) + " |")
        self.out()

    # Formatting

    @staticmethod
    def seconds(value):
        if value is None:
            return "–"
        return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"

    @staticmethod
    def mib(kib):
        return "–" if kib is None else f"{kib / 1024:.0f} MiB"

    @staticmethod
    def ratio(value, base):
        if value is None or not base:
            return "–"
        return f"{value / base:.2f}×" if value / base < 100 else f"{value / base:.0f}×"

    def failure(self, key, n):
        message = self.facts.get(f"failed.{key}.{n}")
        if not message:
            return None
        # A Swift crash report goes on after its first line ("Fatal error: …") with a backtrace.
        first, _, rest = message.partition(" *** ")
        after = rest[rest.rfind("(after "):] if "(after " in rest else ""
        return f"failed: {first} {after}".rstrip()

    # Sections

    def machine(self):
        f = self.facts
        self.out("# Dossier benchmarks")
        self.out()
        self.out("Written by `scripts/bench` (issue 9); rerun it to refresh. All numbers come from one run on one machine.")
        self.out()
        self.table(["machine", ""], [
            ["CPU", f"{f.get('machine.cpu', '?')}, {f.get('machine.nproc', '?')} cores (nproc)"],
            ["memory", f.get("machine.memory", "?")],
            ["system", f.get("machine.os", "?")],
            ["Swift", f.get("machine.swift", "?")],
            ["libraries", f"libxlsxwriter {f.get('machine.libxlsxwriter', '?')}, libzip {f.get('machine.libzip', '?')}, "
                          f"{f.get('machine.pandoc', 'no pandoc')}"],
            ["load average at start", f.get("machine.load", "?")],
            ["Dossier", f"commit {f.get('machine.commit', '?')}, built with `swift build -c release`"],
            ["timing", f.get("machine.timer", "?")],
            ["memory limit", f"Dossier runs under `prlimit --as` of {f.get('memory_limit', '?')} (a run past it fails "
                             "instead of pushing the machine into the OOM killer)"],
        ], align="ll")
        load = float(f.get("machine.load", "0").split()[0] or 0)
        if load >= float(f.get("machine.nproc", "2")) / 2:
            self.out(f"**The machine was busy when this ran (load {load:.1f} on {f.get('machine.nproc')} cores): wall "
                     "times are inflated and noisy. CPU times (user + system) are less affected; compare those.**")
            self.out()
        self.out("Corpus: `scripts/make-corpus --seed 9` (invented articles, every paragraph unique). Command lines are "
                 "`dossier build CORPUS -o OUT [-f FORMAT] --date 2021-09-26 --quiet`; a format alone includes "
                 "reading and assembly. Stages are timed inside one process by `dossier-stages` "
                 "(scripts/benchmarks), which calls `PacketAssembler` and each exporter's `export(_:to:)`. "
                 "C floors are the programs in `scripts/benchmarks/floors/`, doing the same work as Dossier "
                 "(reading the same files, writing the same cells, deflating the same EPUB entries).")
        self.out()

    def size_section(self, n):
        f = self.facts
        runs = f.get(f"runs.{n}", "?")
        size = int(f.get(f"corpus.{n}", "0"))
        self.out(f"## {n:,} articles ({size / 1e6:.1f} MB of text)")
        self.out()
        reduced = f.get(f"reduced.{n}")
        if reduced:
            self.out(f"Reduced: {reduced}.")
            self.out()
            self.out(f"### Command lines (Dossier: one run each; C floors: median of {runs} runs after one untimed run)")
        else:
            self.out(f"### Command lines (median of {runs} runs after one untimed run; peak RSS of that run)")
        self.out()
        floors, floors_cpu = self.floor_sum(n), self.floor_sum(n, "cpu")
        full = self.wall("full", n)
        note = f"{self.ratio(full, floors)} the C floors (read + xlsx + zip)" if full and floors else ""
        rows = [self.command_row("full build (all four formats)", "full", n, note)]
        for name in FORMATS:
            if f"rss.{name}.{n}" in f or f"failed.{name}.{n}" in f:  # not run when the build is too slow
                rows.append(self.command_row(f"`-f {name}`", name, n))
        if f"wall.pandoc.{n}" in f or f"failed.pandoc.{n}" in f:
            pandoc = self.wall("pandoc", n)
            note = f"takes {self.ratio(pandoc, full)} the time of Dossier's full build" if pandoc and full else ""
            rows.append(self.command_row("pandoc writing an EPUB of the same articles", "pandoc", n, note))
        mode = f.get(f"xlsxmode.{n}")
        rows += [
            self.command_row("C floor: read every article file", "floor-read", n),
            self.command_row("C floor: libxlsxwriter, same cells", "floor-xlsx", n,
                             "Dossier's mode" if mode == "normal" else ""),
            self.command_row("C floor: libxlsxwriter constant_memory, same cells", "floor-xlsx-cm", n,
                             "Dossier's mode" if mode == "constant_memory" else ""),
            self.command_row("C floor: libzip deflate, same EPUB entries", "floor-zip", n, "glibc malloc defaults"),
            self.command_row("C floor: libzip deflate, with mallopt", "floor-zip-mallopt", n, f"`{f.get('mallopt', '?')}`"),
        ]
        if floors is not None:
            rows.append(["sum of C floors (read + xlsx + zip)", self.seconds(floors), self.seconds(floors_cpu), "", ""])
        self.table(["run", "wall", "CPU", "peak RSS", "note"], rows, align="lrrrl")

        self.out("### Stages in one process (" + ("one run" if reduced else f"median of {runs} runs") + ")")
        self.out()
        rows = []
        total, total_cpu, complete = 0.0, 0.0, True
        measured = any(self.stage(name, n) for name in STAGES)
        for name in STAGES if measured else []:
            stage = self.stage(name, n)
            if stage is None or stage[5] != "ok":
                complete = False
                rows.append([name, stage[5] if stage else "–", "", "", "", "", ""])
                continue
            median, low, high, cpu, growth, _ = stage
            total += median
            total_cpu += cpu
            floor, ratio = self.stage_floor(name, n)
            rows.append([name, self.seconds(median), f"{low:.3f}–{high:.3f} s", self.seconds(cpu),
                         f"+{growth / 1024:.0f} MiB", floor, ratio])
        if complete and measured:
            rows.append(["sum of stages", self.seconds(total), "", self.seconds(total_cpu), "", "", ""])
        elif f.get(f"failed.stages.{n}"):
            rows.append(["dossier-stages", self.failure("stages", n), "", "", "", "", ""])
        self.table(["stage", "wall", "range", "CPU", "peak RSS growth", "C floor (wall)", "ratio wall / CPU"], rows,
                   align="lrrrrlr")

    def command_row(self, label, key, n, note=""):
        failure = self.failure(key, n)
        if failure:
            return [label, failure, "", self.mib(self.rss(key, n)), note]
        return [label, self.seconds(self.wall(key, n)), self.seconds(self.cpu(key, n)), self.mib(self.rss(key, n)), note]

    def stage_floor(self, name, n):
        """(floor text, ratio text) for a stage that has a C floor; the ratio by wall time and by CPU time."""
        wall, cpu = self.stage_time(name, n), self.stage_time(name, n, "cpu")
        if name == "assembly":
            floor, floor_cpu, label, target = self.wall("floor-read", n), self.cpu("floor-read", n), "read", ""
        elif name == "xlsx":
            (floor, mode), floor_cpu = self.xlsx_floor(n), self.xlsx_floor(n, "cpu")[0]
            label, target = f"libxlsxwriter {mode}", " (target ≤ 1.5×)"
        elif name == "epub":
            floor, floor_cpu, label, target = self.zip_floor(n), self.zip_floor(n, "cpu"), "libzip + mallopt", " (target ≤ 2×)"
        else:
            return "", ""
        return f"{label} {self.seconds(floor)}", f"{self.ratio(wall, floor)} / {self.ratio(cpu, floor_cpu)}{target}"

    def targets(self):
        self.out("## Targets of issue 9")
        self.out()
        self.out("Ratios by wall time as the issue states them; the CPU-time ratio alongside is the one to trust "
                 "when the machine was busy.")
        self.out()
        rows = []
        small, large = (1000 if 1000 in self.sizes else None), (10000 if 10000 in self.sizes else None)
        if small:
            rows.append(self.ratio_target("1,000 articles: full build ≤ 2× the sum of the C floors", 2,
                                          self.wall("full", small), self.floor_sum(small),
                                          self.cpu("full", small), self.floor_sum(small, "cpu")))
            full, pandoc = self.wall("full", small), self.wall("pandoc", small)
            holds = full and pandoc and pandoc >= 20 * full
            cpu_ratio = self.ratio(self.cpu("pandoc", small), self.cpu("full", small))
            rows.append(self.target("1,000 articles: ≥ 20× faster than pandoc writing an EPUB",
                                    self.ratio(pandoc, full), cpu_ratio, holds))
            # Issue 6 sets the same peer for the EPUB writer alone, and for `-f epub` (reading included).
            epub_stage, epub_command = self.stage_time("epub", small), self.wall("epub", small)
            rows.append(self.target("1,000 articles: EPUB stage ≥ 20× faster than pandoc (issue 6)",
                                    self.ratio(pandoc, epub_stage),
                                    self.ratio(self.cpu("pandoc", small), self.stage_time("epub", small, "cpu")),
                                    epub_stage and pandoc and pandoc >= 20 * epub_stage))
            rows.append(self.target("1,000 articles: `-f epub` (reading and analysis included) ≥ 20× faster than pandoc",
                                    self.ratio(pandoc, epub_command),
                                    self.ratio(self.cpu("pandoc", small), self.cpu("epub", small)),
                                    epub_command and pandoc and pandoc >= 20 * epub_command))
        if large:
            full, rss = self.wall("full", large), self.rss("full", large)
            rows.append(self.target("10,000 articles: under 10 s wall", self.seconds(full),
                                    self.seconds(self.cpu("full", large)), full and full < 10))
            rows.append(self.target("10,000 articles: peak RSS under 1 GiB", self.mib(rss), "", rss and rss < 1024 * 1024))
            if small:
                rows.append(self.ratio_target("time grows ≤ 11× from 1,000 to 10,000 articles", 11,
                                              full, self.wall("full", small),
                                              self.cpu("full", large), self.cpu("full", small)))
        for n in self.sizes:
            rows.append(self.ratio_target(f"{n:,} articles: XLSX stage ≤ 1.5× its libxlsxwriter floor", 1.5,
                                          self.stage_time("xlsx", n), self.xlsx_floor(n)[0],
                                          self.stage_time("xlsx", n, "cpu"), self.xlsx_floor(n, "cpu")[0]))
            rows.append(self.ratio_target(f"{n:,} articles: EPUB stage ≤ 2× its libzip floor", 2,
                                          self.stage_time("epub", n), self.zip_floor(n),
                                          self.stage_time("epub", n, "cpu"), self.zip_floor(n, "cpu")))
            # Issue 19: the Word and HTML briefs each within 2× of the EPUB stage.
            for stage, label in [("docx", "DOCX"), ("html", "HTML")]:
                rows.append(self.ratio_target(f"{n:,} articles: {label} stage ≤ 2× the EPUB stage", 2,
                                              self.stage_time(stage, n), self.stage_time("epub", n),
                                              self.stage_time(stage, n, "cpu"), self.stage_time("epub", n, "cpu")))
        self.table(["target", "measured (wall)", "by CPU time", "holds (wall)"], rows, align="lrrl")

    def ratio_target(self, label, limit, value, base, cpu_value, cpu_base):
        holds = value is not None and base and value <= limit * base
        return self.target(label, self.ratio(value, base), self.ratio(cpu_value, cpu_base), holds)

    @staticmethod
    def target(label, measured, by_cpu, holds):
        verdict = "not measured" if measured in ("–", None) else ("yes" if holds else "**no**")
        return [label, measured, by_cpu, verdict]

    def render(self):
        self.machine()
        for n in self.sizes:
            self.size_section(n)
        self.targets()
        return "\n".join(self.lines).rstrip() + "\n"


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(64)
    sys.stdout.write(Report(load(sys.argv[1])).render())


if __name__ == "__main__":
    main()
