"""The first default case (frozen copy) with the six teams of 2019 (GUI tests, screenshots).

Illustrative only: sizes and the team-specific scores are made up for the tests, not taken from
the sources.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

#: the first default case, frozen (the current default case has units of its own)
FROZEN = Path(__file__).resolve().parents[1] / "data" / "heemstede-bloemendaal-v1.json"
TEAMS = [
    ("communicatie", "Communicatie", 9),
    ("p-o", "P&O", 12),
    ("facilitaire-zaken", "Facilitaire Zaken", 18),
    ("financiele-administratie", "Financiële Administratie", 15),
    ("informatisering", "Informatisering", 24),
    ("handhaving", "Handhaving openbare ruimte", 20),
]


def demo_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(FROZEN.read_text(encoding="utf-8"))
    # our own teams, sizes and unit scores (whatever the default case holds of its own)
    data["scores"] = [s for s in data["scores"] if "unit" not in s]
    for s in data["scores"]:
        s.pop("source_date", None)
    data.pop("epilogue", None)
    data["units"] = [{"id": i, "name": n, "size": s} for i, n, s in TEAMS]
    data["units"][5]["exclude"] = [
        {
            "option": "rzm",
            "reason": "Zonder mandaat kan de ene gemeente niet namens de andere handhaven.",
        }
    ]
    data["scores"] += [
        {
            "option": "centrum",
            "criterion": "continuiteit",
            "unit": "informatisering",
            "value": "++",
            "rationale": "Eén ICT-omgeving: de centrumgemeente draagt die.",
            "estimate": True,
        },
        {
            "option": "pso",
            "criterion": "kwetsbaarheid",
            "unit": "informatisering",
            "value": "--",
            "rationale": "Kleine teams per gemeente zijn kwetsbaar.",
            "source": "Evaluatie 2021",
            "source_date": "2021-03",
        },
    ]
    # Facilitaire Zaken: the current agreement serves it well (light, easy to end)
    for crit in ("prijs-kwaliteit", "kwetsbaarheid", "sturing", "drukte", "btw", "continuiteit"):
        value = "++"
        data["scores"].append(
            {"option": "pso", "criterion": crit, "unit": "facilitaire-zaken", "value": value}
        )
    # Informatisering: one organisation for the systems
    for crit in ("kwetsbaarheid", "prijs-kwaliteit", "continuiteit", "sturing", "meetbaarheid"):
        value = "++"
        data["scores"].append(
            {
                "option": "bvo",
                "criterion": crit,
                "unit": "informatisering",
                "value": value,
                "estimate": True,
            }
        )
    data["as_of"] = "2019-06"
    data["epilogue"] = "Later kozen de gemeenten per team een eigen vorm."
    return data
