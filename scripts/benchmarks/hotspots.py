#!/usr/bin/env python3
"""Summarises a `perf record -g` profile of `dossier build` as Markdown: the share of samples in each
stage, the Dossier functions that hold them (the innermost Dossier frame of each sample: that is the
function to change, even when the time is spent in the standard library below it), and the shares of
the C libraries.

    perf script -i perf.data | swift demangle --simplified | hotspots.py > hotspots.md

Samples inside libxlsxwriter, zlib and libc often lose their Swift callers (those libraries have no
frame pointers), so a stage's share counts its Swift side; the library table shows the C side.
"""

import collections
import re
import sys

# A stage is known by a frame its samples pass through.
STAGES = [
    ("assembly: reading (parallel)", "PacketAssembler.readInParallel"),
    ("assembly: analysis", "Analyzer.analyze"),
    ("assembly: other", "PacketAssembler.assemble"),
    ("markdown", "MarkdownExporter"),
    ("xlsx", "XLSXExporter"),
    ("epub", "EPUBExporter"),
    ("json", "JSONExporter"),
]
LIBRARIES = ["libxlsxwriter", "libz.so", "libzip", "libc.so", "libswiftCore", "libFoundation", "[kernel"]
# Frames in Dossier's binary that are not a place to optimise: plumbing, and standard-library generics
# specialised into the binary (their caller is the Dossier function to change).
PLUMBING = re.compile(r"(^DossierCLI_main|Build\.run|ParsableCommand|PacketBuilder\.build|AtomicFile\.write|"
                      r"Exporter\.export\(_:into:\)|partial apply|thunk for|readInParallel|concurrentPerform|\[unknown\]|"
                      r"^(generic )?(specialized |merged |outlined |value witness |initializeWithCopy |destroy |assignWith)*"
                      r"(Collection|Sequence|RangeReplaceableCollection|BidirectionalCollection|MutableCollection|Array|"
                      r"ContiguousArray|Dictionary|Set|String|Substring|StringProtocol|Character|Zip2Sequence|"
                      r"IndexingIterator|LazySequence|LazyFilterSequence|FlattenSequence|_Native|__Raw|_Array|Unsafe|"
                      r"protocol witness for [A-Za-z]+Protocol|[a-z]*\b(with|init|destroy|copy) )[<.(]?)")
OWN = re.compile(r"\(/[^)]*/dossier\)$")


def samples(stream):
    """Yields each sample's frames, innermost first, as (function, binary)."""
    frames = []
    for line in stream:
        line = line.rstrip("\n")
        if not line.strip():
            if frames:
                yield frames
            frames = []
            continue
        if not line.startswith(("\t", " ")):
            continue  # the sample's header line
        match = re.match(r"\s*[0-9a-f]+ (.*?)(?:\+0x[0-9a-f]+)? \((.*)\)$", line)
        if match:
            frames.append((match.group(1), match.group(2)))
    if frames:
        yield frames


def main():
    total = 0
    stage_counts = collections.Counter()
    functions = collections.defaultdict(collections.Counter)
    libraries = collections.Counter()
    for frames in samples(sys.stdin):
        total += 1
        binary = frames[0][1]
        library = next((name for name in LIBRARIES if name in binary), None)
        if library:
            libraries[library] += 1
        names = [function for function, _ in frames]
        stage = next((label for label, marker in STAGES if any(marker in name for name in names)), "other")
        stage_counts[stage] += 1
        own = next((function for function, binary in frames
                    if OWN.search(f"({binary})") and not PLUMBING.search(function)), None)
        functions[stage][own or "(no Dossier frame: library or kernel)"] += 1
    if not total:
        print("No samples.")
        return

    def share(count):
        return f"{100 * count / total:.1f}%"

    print(f"{total} samples. Share of all samples; the innermost Dossier function of each sample.")
    print()
    for label, _ in STAGES + [("other", "")]:
        count = stage_counts[label]
        if not count:
            continue
        print(f"**{label}**: {share(count)}")
        print()
        for function, hits in functions[label].most_common(6):
            if hits / total < 0.004:
                break
            print(f"- {share(hits)} `{function[:140]}`")
        print()
    print("Samples by library (self time): " + ", ".join(
        f"{name.strip('[').removesuffix('.so')} {share(count)}" for name, count in libraries.most_common()))


if __name__ == "__main__":
    main()
