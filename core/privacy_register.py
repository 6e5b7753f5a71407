"""A draft entry for the record of processing activities (AVG/GDPR art. 30) from the audit log.

Every Wijkradar run appends one line to ``wijkradar-audit.jsonl`` beside the project
(:func:`core.provenance.append_audit_line`): the algorithm, the purpose given, the inputs
(name, source, feature count, hash), the parameters and the outputs, never attribute values.
:func:`summarise` turns those lines into what art. 30(1) asks a controller to record: the
purposes (b), the categories of personal data (c) — here the kinds of data the analyses
read, named by role and field kind (a date field, kept attributes), never by value — the
outputs made (what leaves the analysis, for (d) recipients and (e) transfers), and a
retention hint (f), "where possible, the envisaged time limits for erasure". :func:`html`
writes it in Dutch or English (the register is kept in Dutch by Dutch municipalities; the
English text serves auditors and partners).

It is a draft: the controller adds the legal basis, recipients and security measures (art.
30(1)(a), (d), (g)), which no audit log knows.
"""

from __future__ import annotations

import datetime as dt
import html as _html
import json
import os
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Tuple

# Parameter names and the kind of data they bring into an analysis.
ROLE_OF_PARAMETER = {
    "INPUT": "records", "INCIDENTS": "records", "EVALUATION_INCIDENTS": "records",
    "AREAS": "areas", "DISTRICTS": "areas", "FOCUS_AREAS": "areas", "STUDY_AREA": "areas",
    "MONITOR": "indicators", "SCORES": "scores", "TABLES": "shared_tables",
}
FIELD_KIND_OF_PARAMETER = {
    "DATE_FIELD": "date", "WEIGHT_FIELD": "number", "TYPE_FIELD": "category",
    "KEEP_FIELDS": "kept", "ID_FIELD": "area_id", "AREA_ID": "area_id",
    "COVARIATES": "number", "INDICATORS": "number", "SCORE_FIELD": "number",
}
RAW_RECORD_ALGORITHMS = ("wijkradar:anonymise_incidents", "wijkradar:privacy_scan")
DAYS_PER_MONTH = 30.44

TEXT = {
    "en": {
        "title": "Record of processing activities (GDPR art. 30): draft from the Wijkradar "
                 "audit log",
        "controller": "Controller", "unknown": "(fill in)", "period": "Period covered",
        "runs": "{runs} runs of {algorithms} analyses, {first} to {last}.",
        "purposes": "Purposes (art. 30(1)(b))",
        "no_purpose": "{n} runs gave no purpose: fill in the purpose parameter of every "
                      "analysis.",
        "categories": "Categories of data read (art. 30(1)(c)); kinds, never values",
        "outputs": "Outputs made (for recipients and transfers, art. 30(1)(d)-(e))",
        "retention": "Retention (art. 30(1)(f))",
        "retention_text": "Keep incident records at address level only as long as the purpose "
                          "needs; anonymised counts with small counts suppressed can be kept "
                          "longer. {old} of {total} outputs are older than {months} months: "
                          "review whether they are still needed.",
        "raw": "Incident records with exact locations were read by {algorithms} ({n} runs): "
               "personal data under the GDPR until anonymised.",
        "todo": "To add by the controller: legal basis, categories of data subjects, "
                "recipients, transfers outside the EU, security measures (art. 30(1)(a), "
                "(c)-(e), (g)).",
        "col_purpose": "Purpose", "col_runs": "Runs", "col_algorithms": "Analyses",
        "col_category": "Category", "col_layers": "Layers", "col_fields": "Field kinds",
        "col_output": "Output", "col_algorithm": "Analysis", "col_date": "Date",
        "records": "incident records (locations, and the fields below)",
        "areas": "area boundaries (postcode, buurt, wijk, districts)",
        "indicators": "neighbourhood indicators (aggregates)",
        "scores": "risk or density scores per area", "shared_tables": "tables of counts "
        "checked before sharing", "other": "other layers",
        "date": "dates", "number": "numbers", "category": "types", "kept": "kept attributes: "
        "{names}", "area_id": "area ids",
    },
    "nl": {
        "title": "Register van verwerkingsactiviteiten (AVG art. 30): concept uit het "
                 "Wijkradar-auditlogboek",
        "controller": "Verwerkingsverantwoordelijke", "unknown": "(invullen)",
        "period": "Periode", "runs": "{runs} uitvoeringen van {algorithms} analyses, "
        "{first} tot {last}.",
        "purposes": "Doeleinden (art. 30 lid 1 onder b)",
        "no_purpose": "{n} uitvoeringen gaven geen doel: vul bij elke analyse de parameter "
                      "doel in.",
        "categories": "Categorieën gelezen gegevens (art. 30 lid 1 onder c); soorten, nooit "
                      "waarden",
        "outputs": "Gemaakte uitvoer (voor ontvangers en doorgifte, art. 30 lid 1 onder d-e)",
        "retention": "Bewaartermijn (art. 30 lid 1 onder f)",
        "retention_text": "Bewaar incidentgegevens op adresniveau niet langer dan het doel "
                          "vraagt; geanonimiseerde aantallen met onderdrukte kleine aantallen "
                          "mogen langer blijven. {old} van {total} uitvoerbestanden zijn ouder "
                          "dan {months} maanden: ga na of ze nog nodig zijn.",
        "raw": "Incidentgegevens met exacte locaties zijn gelezen door {algorithms} ({n} "
               "uitvoeringen): persoonsgegevens onder de AVG tot ze geanonimiseerd zijn.",
        "todo": "Aan te vullen door de verwerkingsverantwoordelijke: grondslag, categorieën "
                "betrokkenen, ontvangers, doorgifte buiten de EU, beveiligingsmaatregelen "
                "(art. 30 lid 1 onder a, c-e, g).",
        "col_purpose": "Doel", "col_runs": "Uitvoeringen", "col_algorithms": "Analyses",
        "col_category": "Categorie", "col_layers": "Lagen", "col_fields": "Soorten velden",
        "col_output": "Uitvoer", "col_algorithm": "Analyse", "col_date": "Datum",
        "records": "incidentgegevens (locaties, en de velden hiernaast)",
        "areas": "gebiedsgrenzen (postcode, buurt, wijk, districten)",
        "indicators": "buurtindicatoren (geaggregeerd)",
        "scores": "risico- of dichtheidsscores per gebied",
        "shared_tables": "tabellen met aantallen, gecontroleerd voor delen",
        "other": "overige lagen", "date": "data", "number": "getallen", "category": "soorten",
        "kept": "behouden kenmerken: {names}", "area_id": "gebiedscodes",
    },
}


@dataclass
class Register:
    """What the audit log says, grouped for the register."""

    runs: int = 0
    first: str = ""
    last: str = ""
    algorithms: Dict[str, int] = field(default_factory=dict)
    purposes: Dict[str, Dict[str, int]] = field(default_factory=dict)  # purpose -> alg -> n
    no_purpose: int = 0
    categories: Dict[str, Tuple[set, set]] = field(default_factory=dict)  # -> layers, kinds
    outputs: List[Tuple[str, str, str]] = field(default_factory=list)   # file, alg, date
    raw_reads: Dict[str, int] = field(default_factory=dict)
    skipped_lines: int = 0


def read_audit_lines(path: str) -> Tuple[List[dict], int]:
    """The records of an audit log, and how many lines could not be read."""
    records, skipped = [], 0
    with open(path, encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                skipped += 1
                continue
            if isinstance(record, dict) and "algorithm" in record:
                records.append(record)
            else:
                skipped += 1
    return records, skipped


def summarise(records: Iterable[dict], skipped: int = 0) -> Register:
    """Groups audit records by purpose, data category and output."""
    register = Register(skipped_lines=skipped)
    for record in sorted(records, key=lambda r: str(r.get("finished", ""))):
        _add_run(register, record)
    return register


def _add_run(register: Register, record: dict) -> None:
    algorithm = str(record.get("algorithm", "?"))
    when = str(record.get("finished", ""))[:10]
    register.runs += 1
    register.first = register.first or when
    register.last = when
    register.algorithms[algorithm] = register.algorithms.get(algorithm, 0) + 1
    purpose = str(record.get("purpose") or "").strip()
    if purpose:
        per_algorithm = register.purposes.setdefault(purpose, {})
        per_algorithm[algorithm] = per_algorithm.get(algorithm, 0) + 1
    else:
        register.no_purpose += 1
    parameters = record.get("parameters") or {}
    kinds = _field_kinds(parameters)
    for name, value in parameters.items():
        role = ROLE_OF_PARAMETER.get(name)
        for layer in _layers(value) if role else ():
            layers, found = register.categories.setdefault(role, (set(), set()))
            layers.add(layer)
            if role == "records":
                found.update(kinds)
                if algorithm in RAW_RECORD_ALGORITHMS:
                    register.raw_reads[algorithm] = register.raw_reads.get(algorithm, 0) + 1
    for path in _output_files(record.get("outputs") or {}):
        register.outputs.append((path, algorithm, when))


def _layers(value) -> List[str]:
    values = value if isinstance(value, list) else [value]
    return [str(v.get("name")) for v in values if isinstance(v, dict) and v.get("name")]


def _field_kinds(parameters: dict) -> List[Tuple[str, str]]:
    """(kind, field names) of the field parameters: 'date', 'kept' ... and the names."""
    kinds = []
    for name, value in parameters.items():
        kind = FIELD_KIND_OF_PARAMETER.get(name)
        names = value if isinstance(value, list) else [value]
        names = [str(n) for n in names if isinstance(n, str) and n]
        if kind and names:
            kinds.append((kind, ", ".join(names) if kind == "kept" else ""))
    return kinds


def _output_files(outputs: dict) -> List[str]:
    """File names of the outputs (no folders: the register says what, not where)."""
    found = []
    for value in outputs.values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and os.path.splitext(item)[1]:
                found.append(os.path.basename(item.split("|")[0]))
    return found


def old_outputs(register: Register, months: int, today: Optional[dt.date] = None) -> int:
    today = today or dt.date.today()
    limit = today - dt.timedelta(days=round(months * DAYS_PER_MONTH))
    return sum(1 for _, _, when in register.outputs if when and when < limit.isoformat())


def html(register: Register, language: str = "nl", controller: str = "",
         retention_months: int = 12, today: Optional[dt.date] = None) -> str:
    """The register entry as a self-contained HTML page in Dutch ('nl') or English ('en')."""
    t = TEXT[language if language in TEXT else "nl"]
    esc = _html.escape
    parts = [f"<!DOCTYPE html>\n<html lang='{language}'><head><meta charset='utf-8'>"
             f"<title>{esc(t['title'])}</title></head><body>",
             f"<h1>{esc(t['title'])}</h1>",
             f"<p><b>{esc(t['controller'])}:</b> {esc(controller or t['unknown'])}</p>",
             f"<p><b>{esc(t['period'])}:</b> " + esc(t["runs"].format(
                 runs=register.runs, algorithms=len(register.algorithms),
                 first=register.first or "-", last=register.last or "-")) + "</p>"]
    parts += _purposes(register, t) + _categories(register, t) + _outputs(register, t)
    old = old_outputs(register, retention_months, today)
    parts += [f"<h2>{esc(t['retention'])}</h2>", "<p>" + esc(t["retention_text"].format(
        old=old, total=len(register.outputs), months=retention_months)) + "</p>",
        f"<p><i>{esc(t['todo'])}</i></p>", "</body></html>\n"]
    return "\n".join(parts)


def _table(headers, rows) -> List[str]:
    esc = _html.escape
    lines = ["<table border='1' cellspacing='0' cellpadding='4'>",
             "<tr>" + "".join(f"<th>{esc(h)}</th>" for h in headers) + "</tr>"]
    lines += ["<tr>" + "".join(f"<td>{esc(str(c))}</td>" for c in row) + "</tr>"
              for row in rows]
    return lines + ["</table>"]


def _purposes(register: Register, t) -> List[str]:
    rows = [(purpose, sum(per.values()), ", ".join(sorted(per)))
            for purpose, per in sorted(register.purposes.items())]
    lines = [f"<h2>{_html.escape(t['purposes'])}</h2>"]
    lines += _table((t["col_purpose"], t["col_runs"], t["col_algorithms"]), rows)
    if register.no_purpose:
        lines.append("<p>" + _html.escape(t["no_purpose"].format(n=register.no_purpose)) +
                     "</p>")
    return lines


def _categories(register: Register, t) -> List[str]:
    rows = []
    for role, (layers, kinds) in sorted(register.categories.items()):
        kind_texts = sorted({t[kind].format(names=names) for kind, names in kinds})
        rows.append((t.get(role, t["other"]), ", ".join(sorted(layers)),
                     "; ".join(kind_texts)))
    lines = [f"<h2>{_html.escape(t['categories'])}</h2>"]
    lines += _table((t["col_category"], t["col_layers"], t["col_fields"]), rows)
    if register.raw_reads:
        lines.append("<p>" + _html.escape(t["raw"].format(
            algorithms=", ".join(sorted(register.raw_reads)),
            n=sum(register.raw_reads.values()))) + "</p>")
    return lines


def _outputs(register: Register, t) -> List[str]:
    lines = [f"<h2>{_html.escape(t['outputs'])}</h2>"]
    return lines + _table((t["col_output"], t["col_algorithm"], t["col_date"]),
                          register.outputs)
