"""Compares two patrol focus map PDFs of the same briefing made on different QGIS releases:
the same number of pages, and on each page the same district and the same focus areas in
the same ranking. Exit status 1, naming the page, when they differ.

    python3 scripts/compare_briefings.py demo-output/patrol_focus_map.pdf \\
        demo-output-3.40/patrol_focus_map.pdf
"""

import re
import subprocess
import sys

POSTCODE = re.compile(r"\b\d{4}[A-Z]{2}\b")


def pages(path):
    """Per page: its title line and the postcodes it names, in reading order."""
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    count = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    found = []
    for number in range(1, count + 1):
        text = subprocess.run(["pdftotext", "-layout", "-f", str(number), "-l", str(number),
                               path, "-"], capture_output=True, text=True, check=True).stdout
        # the title names the district ('Patrol focus areas - Berkenrode'); the marking
        # above it ('CONFIDENTIAL - INTERNAL USE ONLY') is in capitals
        title = next((line.strip() for line in text.splitlines()
                      if " - " in line and not line.strip().isupper()), "")
        found.append((re.split(r"\s{2,}", title)[0], POSTCODE.findall(text)))
    return found


def differences(reference, other):
    first, second = pages(reference), pages(other)
    if len(first) != len(second):
        return [f"{len(first)} pages in {reference}, {len(second)} in {other}"]
    problems = []
    for number, ((title, areas), (other_title, other_areas)) in enumerate(zip(first, second), 1):
        if title != other_title:
            problems.append(f"page {number}: '{title}' against '{other_title}'")
        elif areas != other_areas:
            problems.append(f"page {number} ({title}): {areas} against {other_areas}")
    return problems


def main(reference, other):
    problems = differences(reference, other)
    for problem in problems:
        print(problem)
    count = len(pages(reference))
    print(f"compare_briefings: {count} pages, {'differ' if problems else 'the same'}: "
          f"{reference} and {other}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
