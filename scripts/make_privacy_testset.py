"""Writes tests/fixtures/privacy/labelled_values.csv: a seeded, labelled set of values for
measuring the privacy scan (recall and false positives per category).

Categories (``personal`` is the label: 1 = holds personal data):

- ``name`` (1): Dutch and other person names as municipal exports write them: "Jan de Vries",
  "J.P. van den Berg", "de Vries, Jan", "Dhr. Bakker", in capitals or lower case;
- ``address`` (1): street + house number, with or without postcode and town, streets with and
  without a suffix ("Markt 5", "Oude Gracht 12"), "2e Oosterparkstraat 14-II";
- ``note_personal`` (1): incident notes naming a person, an address, a phone number, a BSN or
  a place of birth;
- ``note_plain`` (0): incident notes without personal data (places, streets without numbers,
  times, amounts);
- ``cbs_code`` (0), ``pc6`` (0), ``street`` (0, a street name alone), ``crime_type`` (0).

The names and streets here are typed from common Dutch names, not taken from deduce's
lists, so the measurement is not circular. ``evaluate`` scans every value alone, in a
field named as an export would name it (``waarde`` for short values, ``opmerking`` for notes),
and counts a value as found when the scan's verdict is 'fail'.

Usage: ``python scripts/make_privacy_testset.py`` (rewrites the file).
"""

from __future__ import annotations

import csv
import io
import random
import sys
from pathlib import Path

SEED = 20261130
REPO = Path(__file__).resolve().parents[1]
OUTPUT = REPO / "tests" / "fixtures" / "privacy" / "labelled_values.csv"
COUNTS = {"name": 200, "address": 150, "note_personal": 120, "note_plain": 120,
          "cbs_code": 60, "pc6": 60, "street": 60, "crime_type": 40}
PERSONAL = {"name", "address", "note_personal"}
NOTE_FIELD = "opmerking"
VALUE_FIELD = "waarde"

FIRST = ("Jan", "Piet", "Kees", "Henk", "Willem", "Johannes", "Cornelis", "Sanne", "Emma",
         "Daan", "Lotte", "Bram", "Sem", "Noah", "Julia", "Tess", "Luuk", "Lieke", "Fleur",
         "Thijs", "Anouk", "Mohammed", "Fatima", "Ahmed", "Yusuf", "Aylin", "Priya", "Wei",
         "Olga", "Kevin", "Sophie", "Eva", "Lisa", "Tim", "Ruben", "Marloes", "Ingrid",
         "Gerrit", "Hendrik", "Maria", "Anna", "Nadia", "Samira", "Mehmet", "Dewi", "Rajesh",
         "Tomasz", "Agnieszka", "Sven", "Femke")
SURNAMES = ("de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen",
            "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos",
            "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra",
            "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan",
            "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn",
            "van der Heijden", "Schouten", "van Beek", "Willems", "van Vliet", "Hoekstra",
            "Maas", "Verhoeven", "Koster", "van Dam", "Prins", "Blom", "Huisman", "Kuipers",
            "Veenstra", "Kramer", "Scholten", "Postma", "Timmermans", "Yilmaz", "Kaya",
            "El Amrani", "Bouzid", "Öztürk", "Nguyen", "Wilson", "Singh", "Kowalski",
            "Rodrigues", "Haddou")
TITLES = ("Dhr.", "Mevr.", "mevrouw", "meneer", "de heer", "Mw.")
STREETS = ("Kerkstraat", "Schoolstraat", "Molenstraat", "Dorpsstraat", "Hoofdstraat",
           "Julianastraat", "Wilhelminastraat", "Nieuwstraat", "Stationsweg", "Kastanjelaan",
           "Eikenlaan", "Parallelweg", "Industrieweg", "Marktplein", "Raadhuisplein",
           "Oranjestraat", "Prins Bernhardstraat", "Van Goghstraat", "Rembrandtlaan",
           "Burgemeester de Withstraat", "Oude Gracht", "Markt", "Brink", "Boschdijk",
           "Vismarkt", "Lange Nieuwstraat", "Korte Putstraat", "Koningsweg", "Hinthamerstraat",
           "Vughterweg", "2e Oosterparkstraat", "Laan van Meerdervoort", "Oudegracht",
           "Grote Markt", "Westersingel", "Havenkade", "Dijkstraat", "Zuidwal", "Emmalaan",
           "Sportlaan", "Populierenlaan", "De Ruyterstraat", "Tramsingel", "Heuvel",
           "Dommelstraat", "Kapelstraat", "Bredaseweg", "Postweg", "Nassaulaan",
           "Piet Heinstraat", "Kloosterweg", "Torenstraat")
TOWNS = ("Den Bosch", "'s-Hertogenbosch", "Eindhoven", "Tilburg", "Breda", "Utrecht",
         "Rotterdam", "Amsterdam", "Zwolle", "Vught", "Oss", "Helmond")
CRIMES = ("Woninginbraak", "Fietsendiefstal", "Diefstal uit/vanaf motorvoertuigen",
          "Zakkenrollerij", "Mishandeling", "Bedreiging", "Vernieling", "Openlijk geweld",
          "Straatroof", "Overval", "Winkeldiefstal", "Drugshandel", "Burengerucht",
          "Overlast jeugd", "Inbraak in bedrijf", "Brandstichting", "Oplichting",
          "Heling", "Huiselijk geweld", "Diefstal van brom-, snor-, fietsen")
NOTE_PERSONAL = (
    "Melder {name} belde om {hour} uur over geluidsoverlast",
    "Slachtoffer {name} woont op {address}",
    "Verdachte {name} aangehouden bij de supermarkt",
    "Aangifte door {title} {surname}, tel. {phone}",
    "Bewoner {name} meldt inbraak in de schuur",
    "Betrokkene geboren te {town}, BSN {bsn}",
    "Contact opnemen via {phone} na {hour} uur",
    "Getuige {name} zag een witte bus wegrijden",
    "Auto opengebroken voor de deur van {address}",
    "Buurvrouw {title} {surname} hoorde glasgerinkel",
    "Inbraak gemeld door {name}, {address}",
    "Fiets van {name} gestolen bij het station",
)
NOTE_PLAIN = (
    "Inbraak via achterdeur, geen getuigen",
    "Twee jongens op een scooter richting {town} gevlucht",
    "Fiets gestolen bij station tussen {hour} en {hour2} uur",
    "Ruit van bushokje vernield in de nacht",
    "Overlast door groep jongeren bij winkelcentrum",
    "Graffiti op muur van sporthal aan de {street}",
    "Auto opengebroken, navigatiesysteem weggenomen",
    "Melding via 112, politie ter plaatse om {hour}:{minute}",
    "Schade aan lantaarnpaal, gemeente ingelicht",
    "Dader droeg donkere kleding en een pet",
    "Kelderbox opengebroken, {count} fietsen weg",
    "Vuurwerkoverlast in de wijk rond {hour} uur",
    "Winkeldiefstal, goederen ter waarde van {count}0 euro",
    "Brand in container bij school, brandweer ter plaatse",
)


def _bsn(rng):
    while True:
        digits = [rng.randrange(10) for _ in range(8)]
        check = sum(d * w for d, w in zip(digits, range(9, 1, -1))) % 11
        if check <= 9 and any(digits):
            return "".join(map(str, digits)) + str(check)


def _phone(rng):
    number = f"06{rng.randrange(10 ** 8):08d}"
    style = rng.randrange(4)
    if style == 0:
        return f"{number[:2]}-{number[2:]}"
    if style == 1:
        return ".".join([number[:2]] + [number[i:i + 2] for i in range(2, 10, 2)])
    if style == 2:
        return f"+31 6 {number[2:]}"
    return number


def _name(rng):
    first, surname = rng.choice(FIRST), rng.choice(SURNAMES)
    initial = first[0]
    style = rng.randrange(9)
    name = (f"{first} {surname}", f"{initial}. {surname}", f"{initial}.{rng.choice(FIRST)[0]}. "
            f"{surname}", f"{surname}, {first}", f"{rng.choice(TITLES)} {surname}",
            f"{first} {rng.choice(FIRST)} {surname}", f"{first} {surname}",
            f"{first} {surname}", f"{rng.choice(TITLES)} {initial}. {surname}")[style]
    if surname[0].islower() and style in (3,):
        name = name[0].upper() + name[1:]  # 'De Vries, Jan' at the start of a value
    case = rng.random()
    return name.upper() if case < 0.07 else name.lower() if case < 0.12 else name


def _house_number(rng):
    number = str(rng.randrange(1, 250))
    extra = rng.random()
    return number + ("a" if extra < 0.1 else "-2" if extra < 0.15 else " bis" if extra < 0.17
                     else "")


def _postcode(rng, space=None):
    space = rng.random() < 0.5 if space is None else space
    letters = "".join(rng.choice("ABCEGHJKLMNPRTVWXZ") for _ in range(2))
    return f"{rng.randrange(1000, 10000)}{' ' if space else ''}{letters}"


def _address(rng):
    street = f"{rng.choice(STREETS)} {_house_number(rng)}"
    style = rng.randrange(3)
    if style == 0:
        return street
    if style == 1:
        return f"{street}, {_postcode(rng)} {rng.choice(TOWNS)}"
    return f"{street} {rng.choice(TOWNS)}"


def _fill(template, rng):
    return template.format(
        name=_name(rng).title() if rng.random() < 0.2 else _name(rng), address=_address(rng),
        title=rng.choice(TITLES), surname=rng.choice(SURNAMES), phone=_phone(rng),
        town=rng.choice(TOWNS), bsn=_bsn(rng), hour=rng.randrange(1, 24),
        hour2=rng.randrange(1, 24), minute=f"{rng.randrange(60):02d}",
        street=rng.choice(STREETS), count=rng.randrange(2, 9))


def _cbs_code(rng):
    municipality = rng.randrange(1, 2000)
    kind = rng.randrange(3)
    if kind == 0:
        return f"GM{municipality:04d}"
    if kind == 1:
        return f"WK{municipality:04d}{rng.randrange(100):02d}"
    return f"BU{municipality:04d}{rng.randrange(100):02d}{rng.randrange(100):02d}"


def generate(seed=SEED):
    """[(category, field, value, personal)] in a fixed order."""
    rng = random.Random(seed)
    makers = {
        "name": lambda: _name(rng), "address": lambda: _address(rng),
        "note_personal": lambda: _fill(rng.choice(NOTE_PERSONAL), rng),
        "note_plain": lambda: _fill(rng.choice(NOTE_PLAIN), rng),
        "cbs_code": lambda: _cbs_code(rng), "pc6": lambda: _postcode(rng),
        "street": lambda: rng.choice(STREETS), "crime_type": lambda: rng.choice(CRIMES),
    }
    rows = []
    for category, count in COUNTS.items():
        field = NOTE_FIELD if category.startswith("note") else VALUE_FIELD
        for _ in range(count):
            rows.append((category, field, makers[category](), int(category in PERSONAL)))
    return rows


def to_csv(rows) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(("category", "field", "value", "personal"))
    writer.writerows(rows)
    return buffer.getvalue()


def read(path=OUTPUT):
    with open(path, encoding="utf-8", newline="") as handle:
        return [(r["category"], r["field"], r["value"], int(r["personal"]))
                for r in csv.DictReader(handle)]


def evaluate(rows, use_deduce):
    """{category: (found, total)}: values whose scan alone says 'fail'."""
    from wijkradar.core.privacy import FAIL, scan_table

    figures = {}
    for category, field, value, _ in rows:
        found, total = figures.get(category, (0, 0))
        hit = scan_table({field: [value]}, use_deduce=use_deduce).verdict == FAIL
        figures[category] = (found + int(hit), total + 1)
    return figures


def main():
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(to_csv(generate()), encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(REPO)} ({sum(COUNTS.values())} values)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
