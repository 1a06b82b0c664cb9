"""The report's sentences in Dutch and English, and how its pieces become plain text.

``report.outline`` builds the outline with codes (:class:`report.outline.Text`); this catalogue
holds the words.  Rendering is plain text only: user text is inserted as a *value* of
``str.format`` (so ``{field}`` in a rationale stays literally ``{field}``) and every writer puts
the result into its format through plain-text APIs (python-docx runs, openpyxl string cells).
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

from report.outline import Date, Num, Text, User
from words.numbers import number

NL: dict[str, str] = {
    "subtitle": "Vergelijking van samenwerkingsvormen met een multicriteria-analyse",
    "date_line": "Datum: {date}",
    "made_with": "Opgesteld met Vormkeuze {version}",
    "join_space": "{a} {b}",
    "join_line": "{a}\n{b}",
    "option_letter": "{letter}: {name}",
    "range": "bandbreedte {low} tot {high}",
    "join_comma": "{a}, {b}",
    "range_short": "({low}\u00a0…\u00a0{high})",
    "dash": "–",
    "level": "{label} = {value}",
    "join_semicolon": "{a}; {b}",
    "scale_qualitative": "Niveaus: {levels}",
    "scale_linear": "Getal; slechtst {worst}, best {best}",
    "scale_points": "Getal van {first} tot {last}, met een waardefunctie",
    "scale_direct": "Direct 0–100",
    "top_level": "de groepen",
    # summary
    "h_summary": "Samenvatting",
    "contents": "Inhoud",
    "sum_question": "De vraag: {question}",
    "h_background": "De vraag en de casus",
    "sum_scope": (
        "Vergeleken zijn {options} opties ({names}) op {leaves} criteria in {groups}"
        " criteriagroepen, gewogen volgens {profiles} profielen: de gewichten van de betrokkenen."
    ),
    "h_sum_first": "Welke optie staat eerst?",
    "sum_first": (
        "{profile}: {option} staat eerst met {value}, {margin} punten voor {runner}"
        " ({runner_value})."
    ),
    "sum_first_alone": "{profile}: {option} is de enige optie, met {value}.",
    "sum_first_tied": "{profile}: {options} staan samen eerst met {value}.",
    "h_sum_firm": "Hoe vast staat dat?",
    "sum_agree_all": "{option} staat onder elk profiel eerst.",
    "sum_agree": "{option} staat onder {k} van de {n} profielen eerst.",
    "sum_firm": (
        " Als elk gewicht van {profile} willekeurig tot {spread} afwijkt, blijft {option} in"
        " {share} van de trekkingen eerst."
    ),
    "h_sum_runner": "Wat zou de tweede nodig hebben?",
    "sum_runner": (
        "Om {runner} eerst te krijgen moet onder {profile} minstens {distance} van het totale"
        " gewicht verschuiven, vooral naar {towards}."
    ),
    "sum_runner_never": "{runner} kan onder {profile} met geen enkele weging eerst komen.",
    "sum_runner_tied": "{runner} staat onder {profile} al gelijk met de eerste.",
    # options
    "option_places": "Plaats: {places}.",
    "place_under": "{rank} bij {profile}",
    "source_ref": " [{n}]",
    "estimate_mark": " (inschatting)",
    # weighing
    "h_weighing": "Weging per profiel",
    "weighing_lead": (
        "De totaalwaarde van een optie is de som over alle criteria van gewicht maal waarde"
        " (0–100). De tabel geeft per profiel de totaalwaarde en tussen haakjes de plaats."
    ),
    "weighing_profile": "{profile} weegt het zwaarst: {heavy}.",
    "name_share": "{name} ({share})",
    "name_value": "{name} {value}",
    "alt_stakeholders": "Per profiel de eerste optie: {firsts}",
    "alt_ranking": "Staafdiagram, totaalwaarde per optie bij {profile}: {order}.",
    "h_elicitation": "Hoe de gewichten zijn bepaald",
    # annexes
    "h_annex_matrix": "Bijlage A. Alle scores met onderbouwing",
    "h_annex_sources": "Bijlage B. Bronnen",
    "estimate_score": "{score} *",
    "with_ref": "{text} [{n}]",
    "with_estimate": "{text} (inschatting)",
    "hindsight_score": "{score} †",
    "with_hindsight": "{text} (bron van na het besluit: {date})",
    "hindsight_mark": " (bron van na het besluit)",
    "h_sum_units": "Per onderdeel",
    "sum_units": (
        "Onder {profile} past per team het best: {bests}. Eén vorm voor alle teams is op zijn best"
        " {one} ({one_value}); elk team zijn eigen beste vorm geeft {best_value}: één vorm voor"
        " allen kost {cost} punten."
    ),
    "sum_units_no_one": (
        "Onder {profile} past per team het best: {bests}. Geen enkele vorm kan alle teams dienen."
    ),
    "sum_units_free": (
        "Onder {profile} is elk team het best uit met {one}: één vorm voor allen kost niets"
        " (totaal {one_value})."
    ),
    "unit_best": "{unit}: {option}",
    "h_units": "Per onderdeel",
    "units_lead": (
        "De casus onderscheidt {n} onderdelen (teams); elk kan met een andere vorm het best uit"
        " zijn. De totaalwaarde van een verdeling is het naar omvang gewogen gemiddelde van de"
        " onderdelen. De tabel zet per onderdeel de beste vorm naast de ene vorm die voor alle"
        " onderdelen samen het best is."
    ),
    "col_unit": "Onderdeel",
    "col_size": "Omvang",
    "col_best_form": "Beste vorm",
    "col_one_form": "Met {option}",
    "cap_units": "Beste vorm per team, en één vorm voor allen ({profile})",
    "units_forms": "Met hoogstens {k} vormen: {options}, totaal {value}.",
    "h_units_excluded": "Vormen die een team niet kunnen dienen",
    "units_excluded": "{option}, niet voor {units}:",
    "h_units_own": "Eigen scores van de teams",
    "units_own_where": (
        "Waar een team een eigen score heeft, staat die met zijn onderbouwing en bron in"
        " bijlage A (Eigen scores van de teams)."
    ),
    "units_own_head": "{unit} · {option} · {criterion} (score {score}): ",
    "h_annex_details": "Bijlage C. Criteria, gewichten en formules",
    "method_annex": (
        "De criteria met hun schalen, het gewicht van elk criterium per profiel, hoe elk profiel"
        " zijn gewichten bepaalde en de formules staan in bijlage C."
    ),
    "weights_lead_groups": (
        "Het gewicht van elke criteriagroep per profiel; de gewichten van de afzonderlijke"
        " criteria staan in bijlage C."
    ),
    "cap_weights_groups": "Gewicht van de criteriagroepen per profiel",
    "units_other_profiles": "Onder de andere profielen",
    "h_epilogue": "Hoe het afliep",
    "annex_unsaid": "Zonder onderbouwing en bron ({n}, alleen in het overzicht): {criteria}.",
    "sources_lead": (
        "De bronnen waarop de scores steunen; de nummers tussen haken in de tekst verwijzen"
        " hiernaar."
    ),
    "sources_none": "Bij geen enkele score is een bron vastgelegd: alle scores zijn inschattingen.",
    "source_item": "[{n}] {source}",
    # headings
    "h_intro": "Inleiding",
    "h_options": "Opties",
    "h_criteria": "Criteria",
    "h_assessment": "Beoordeling",
    "h_arguments": "Argumenten",
    "h_caveats": "Kanttekeningen",
    "h_weights": "Gewichten",
    "h_results": "Resultaat",
    "h_sensitivity": "Gevoeligheid en robuustheid",
    "h_acceptability": "Kans om eerst te eindigen",
    "h_stability": "Wat is ervoor nodig?",
    "h_accountability": "Verantwoording",
    "h_method": "Methode",
    "h_formulas": "Formules",
    "h_provenance": "Software en gegevens",
    "h_history": "Geschiedenis en momentopnamen",
    "h_annex": "Bijlage: alle scores met onderbouwing en bron",
    # intro
    "intro_scope": (
        "Dit rapport vergelijkt {options} opties op {leaves} criteria in {groups} criteriagroepen."
        " De weging is gedaan volgens {profiles} profielen: de gewichten van de betrokkenen."
    ),
    "intro_reading": (
        "Eerst worden de opties en criteria beschreven, daarna de beoordeling van elke optie met"
        " haar onderbouwing, de gewichten per profiel en de rangorde die daaruit volgt. Het"
        " hoofdstuk Gevoeligheid en robuustheid laat zien hoe vast die rangorde staat. De"
        " verantwoording beschrijft de methode; de bijlage bevat alle scores met onderbouwing en"
        " bron."
    ),
    # options
    "options_lead": (
        "De vergeleken samenwerkingsvormen, elk met de criteria waarop zij het sterkst"
        " (argumenten) en het zwakst (kanttekeningen) scoort, met hun onderbouwing."
    ),
    "legal_basis": "Juridische grondslag: ",
    "no_description": "Voor deze optie is geen beschrijving vastgelegd.",
    # criteria
    "criteria_lead": (
        "De opties zijn beoordeeld op de volgende criteria, gegroepeerd in criteriagroepen. Per"
        " criterium staat de schaal waarop gescoord is; elke score wordt omgerekend naar een"
        " waarde van 0 (slechtst) tot 100 (best)."
    ),
    "cap_criteria": "Criteria en hun schalen",
    # assessment
    "assessment_lead": (
        "De tabel hieronder geeft de score van elke optie op elk criterium. Daarna volgen per"
        " optie de criteria waarop zij het best scoort (argumenten) en het slechtst"
        " (kanttekeningen), met de onderbouwing en de bron."
    ),
    "cap_matrix": "Scores van de opties per criterium",
    "matrix_note": (
        "Tussen haakjes staat de bandbreedte van een onzekere score: van laag tot hoog. Een"
        " ster (*) markeert een inschatting (zonder bron of als zodanig aangemerkt), een kruis (†)"
        " een bron van na het besluit (wijsheid achteraf)."
    ),
    "no_arguments": "Deze optie scoort op geen enkel criterium boven het midden van de schaal.",
    "no_caveats": "Deze optie scoort op geen enkel criterium onder het midden van de schaal.",
    "argument_head": "{criterion} (score {score}): ",
    "no_rationale": "Geen onderbouwing vastgelegd.",
    "source_is": " Bron: {source}.",
    "estimate": "Inschatting (geen bron)",
    # weights
    "weights_lead": (
        "Elk profiel is de weging van één betrokkene. Het lokale gewicht geeft aan hoe zwaar een"
        " criterium telt binnen zijn groep; het globale gewicht hoe zwaar het in het geheel telt"
        " (het product van de lokale gewichten langs de boom). De globale gewichten tellen op tot"
        " 100%."
    ),
    "cap_weights_overview": "Globale gewichten per profiel",
    "cap_weights_profile": "Lokale en globale gewichten van het profiel {profile}",
    "elic_ahp_ok": (
        "{node} uit paarsgewijze vergelijking (AHP van {n} onderdelen; consistentieratio {cr},"
        " binnen de grens van {limit})"
    ),
    "elic_ahp_high": (
        "{node} uit paarsgewijze vergelijking (AHP van {n} onderdelen; consistentieratio {cr},"
        " boven de grens van {limit}: een nieuwe ronde is aan te raden)"
    ),
    "elic_rank": "{node} uit een rangorde (ROC-gewichten: {order})",
    "elic_direct": "{node} rechtstreeks toegekend",
    "elic_equal": "{node} gelijk verdeeld",
    "elic_profile": "{profile}: {how}.",
    # results
    "results_lead": (
        "De totaalwaarde van een optie is de som over alle criteria van gewicht maal score"
        " (0–100). De tabel geeft per profiel de totaalwaarde en tussen haakjes de plaats in de"
        " rangorde."
    ),
    "cap_results_overview": "Totaalwaarde en plaats (tussen haakjes) per profiel",
    "value_rank": "{value} ({rank})",
    "results_winner": "Met de gewichten van {profile} scoort {option} het hoogst, met {value}.",
    "cap_ranking": "Rangorde voor {profile}, met de bijdrage van elke criteriagroep",
    "dominated": (
        "{option} wordt gedomineerd door {by}: die scoort op elk criterium minstens even goed"
        " en op één beter, bij elke weging."
    ),
    "fig_stakeholders": "De rangorde per profiel naast elkaar, en de gewichten per criteriagroep",
    "fig_ranking": "Rangorde met de bijdrage per criteriagroep ({profile})",
    "chart_missing": "[Grafiek niet beschikbaar in deze versie: {caption}]",
    "chart_failed": "[Grafiek kon niet worden gemaakt: {caption}]",
    "chart_skipped": "[Grafiek weggelaten: {caption}]",
    # sensitivity
    "sensitivity_lead": (
        "Hoe vast staat de eerste plaats? Per profiel en per criteriagroep staat hieronder"
        " tussen welke gewichten van die groep de beste optie de beste blijft; de andere groepen"
        " houden daarbij hun onderlinge verhouding."
    ),
    "sens_order": (
        "De volgorde blijft gelijk zolang het gewicht van {group} tussen {low} en {high} ligt"
        " (nu {now})."
    ),
    "sens_order_always": "De volgorde blijft gelijk bij elk gewicht van {group}.",
    "sens_profile": (
        "{profile}: {option} blijft de beste bij elk gewicht van {always}; bij {limits}."
    ),
    "sens_profile_always": "{profile}: {option} blijft de beste bij elk gewicht van elke groep.",
    "sens_profile_limits": "{profile}: {option} blijft de beste bij {limits}.",
    "sens_limit": "{group} tussen {low} en {high} (nu {now})",
    "sens_full_weight": (
        "{group} weegt 100%: het gewicht kan niet verschuiven naar andere groepen."
    ),
    "acceptability_lead": (
        "Het aandeel van {samples} trekkingen waarin een optie eerst eindigt, als elk gewicht"
        " willekeurig tot {spread} afwijkt van het profiel en de scores binnen hun bandbreedte"
        " variëren (startwaarde {seed}, dus herhaalbaar)."
    ),
    "col_place": "Plaats {rank}",
    "cap_acceptability": "Kans om eerst te eindigen, per profiel",
    "robustness_skipped": "De robuustheidsanalyse is voor dit rapport overgeslagen.",
    "stability_lead": (
        "Welk deel van het totale gewicht moet verschuiven voordat een optie de beste wordt?"
        " Hoe kleiner het getal, hoe minder er nodig is."
    ),
    "cap_stability": "Te verschuiven gewicht om een optie de beste te maken, per profiel",
    "unreachable": "niet bereikbaar",
    "already_first": "nu al de beste",
    # accountability
    "method_1": (
        "Vormkeuze gebruikt een gewogen-somanalyse (multi-attribute value theory). Elke score"
        " wordt met de schaal van het criterium omgerekend naar een waarde van 0 tot 100; hoger is"
        " beter."
    ),
    "method_2": (
        "De gewichten zijn lokaal: binnen elke groep tellen ze op tot 100%. Ze zijn rechtstreeks"
        " toegekend, afgeleid uit een rangorde (rank-order centroid, Barron & Barrett 1996) of uit"
        " paarsgewijze vergelijkingen (AHP, Saaty 1980)."
    ),
    "method_3": (
        "De totaalwaarde is de som van gewicht maal waarde; opties die minder dan 0,000000001"
        " verschillen krijgen dezelfde plaats."
    ),
    "method_4": (
        "De gevoeligheid verandert het gewicht van één criteriagroep; de andere groepen houden"
        " hun onderlinge verhouding. De kans op plaats komt uit stochastische multicriteria-"
        "acceptatieanalyse (SMAA-2, Lahdelma & Salminen 2001); de stabiliteit uit het kleinste"
        " deel van het gewicht dat moet verschuiven (een lineair programma)."
    ),
    "formula_global": "Globaal gewicht van een criterium: w = product van de lokale gewichten"
    " langs het pad van de boom.",
    "formula_value": "Totaalwaarde van optie a: V(a) = Σ w_j · v_j(a), met v_j(a) de waarde"
    " (0–100) van de score op criterium j.",
    "formula_roc": "Rangordegewichten (ROC): w_k = (1/n) · Σ_{{i=k..n}} 1/i.",
    "formula_ahp": "AHP: de gewichten zijn de genormaliseerde hoofdeigenvector van de"
    " paarsgewijze matrix A.",
    "formula_cr": "Consistentieratio: CR = ((λ_max − n) / (n − 1)) / RI(n); boven 0,10 is een"
    " herziening aan te raden.",
    "formula_rank": "Rangorde: plaats = 1 + het aantal opties met een hogere totaalwaarde.",
    "formula_sensitivity": "Gevoeligheid: bij gewicht w van een groep (nu w₀) worden de andere"
    " gewichten vermenigvuldigd met (1 − w) / (1 − w₀).",
    "ri_lead": "Voor de consistentieratio is de tabel van Saaty's random index (RI) gebruikt:",
    "col_n": "n",
    "col_ri": "RI",
    "cap_ri": "Random index RI(n) van Saaty; voor n > 10 geldt 1,49",
    "software_version": "Software: Vormkeuze versie {version}.",
    "case_hash": "Vingerafdruk van de casus (SHA-256 van het casusbestand): {hash}.",
    "report_profiles": "Profielen in dit rapport: {profiles}.",
    "history_none": (
        "De casus is gelezen uit een los casusbestand; er is geen geschiedenis of momentopname"
        " bij opgeslagen."
    ),
    "history_summary": (
        "Het logboek bevat {count} wijzigingen, van {first} tot {last}, door: {authors}."
    ),
    "history_summary_one": "Het logboek bevat 1 wijziging, op {first}, door: {authors}.",
    "snapshots_none": "Er zijn geen momentopnamen gemaakt.",
    "col_snapshot": "Momentopname",
    "col_time": "Tijdstip",
    "cap_snapshots": "Momentopnamen in het document",
    # annex
    "annex_lead": (
        "Eerst alle scores in één overzicht (de opties met een letter), daarna per optie elke"
        " score met haar onderbouwing; de nummers verwijzen naar de bronnen in bijlage B."
    ),
    "cap_annex": "Scores en onderbouwing van {option}",
    # columns
    "col_criterion": "Criterium",
    "col_description": "Beschrijving",
    "col_scale": "Schaal",
    "col_option": "Optie",
    "col_local": "Lokaal",
    "col_global": "Globaal",
    "col_rank": "Plaats",
    "col_value": "Totaalwaarde",
    "col_score": "Score",
    "col_rationale": "Onderbouwing",
    "col_source": "Bron",
    "col_id": "Id",
    "col_legal_basis": "Juridische grondslag",
    "col_parent": "Bovenliggend",
    "col_level": "Niveau",
    "col_option_id": "Optie-id",
    "col_criterion_id": "Criterium-id",
    "col_profile_id": "Profiel-id",
    "col_low": "Laag",
    "col_high": "Hoog",
    "col_mapped": "Waarde (0–100)",
    "col_weight": "Gewicht",
    "col_contribution": "Bijdrage",
    "col_local_of": "{profile} (lokaal)",
    "col_global_of": "{profile} (globaal)",
    "col_value_of": "{profile} (totaalwaarde)",
    "col_rank_of": "{profile} (plaats)",
    # sheets
    "sheet_info": "Info",
    "sheet_values": "Waarden",
    "sheet_functions": "Waardefuncties",
    "col_group": "Criteriagroep",
    "col_total": "Totaal",
    "col_input": "Invoer",
    "info_title": "Titel",
    "info_date": "Datum",
    "info_version": "Versie van Vormkeuze",
    "info_profiles": "Profielen",
    "info_howto_label": "Zo werkt het",
    "info_howto": (
        "Op het blad {weights} staan de gewichten per profiel (in procenten), op {values} de"
        " waarde (0–100) van elke optie per criterium. Op {results} is de totaalwaarde een"
        " formule: SOMPRODUCT van gewichten en waarden, gedeeld door de som van de gewichten."
        " Verander een gewicht en de totalen en plaatsen rekenen mee. {functions} laat zien hoe"
        " elke score een waarde werd."
    ),
    "fn_qualitative": "Niveau",
    "fn_points": "Getal, per punt",
    "fn_linear": "Getal, lineair",
    "sheet_options": "Opties",
    "sheet_criteria": "Criteria",
    "sheet_scores": "Scores",
    "sheet_weights": "Gewichten",
    "sheet_results": "Resultaat",
    "sheet_contributions": "Bijdragen",
    # units (one decision per team) and the epilogue
    "unit_excludes": "{unit} sluit {option} uit:",
    "fig_units": "Totaalwaarde per onderdeel en het portfolio van vormen voor {profile}",
    "cap_portfolio": "De beste keuze met hoogstens k vormen voor {profile}",
    "best_mark": "{value} ★",
    "col_forms": "Vormen",
    "col_assignment": "Vorm per onderdeel",
    "col_unit_id": "Onderdeel-id",
    "col_best": "Beste",
    "col_excluded_reason": "Uitgesloten, reden",
    "yes": "ja",
    "portfolio_impossible": "niet mogelijk (uitsluitingen)",
    "uniformity_cost": (
        "Kosten van één vorm voor alles voor {profile}: {cost} punten ten opzichte van de beste"
        " vorm per onderdeel."
    ),
    "sheet_units": "Per onderdeel",
    "sheet_portfolio": "Portfolio",
    # captions
    "table_caption": "Tabel {n}. {text}",
    "figure_caption": "Figuur {n}. {text}",
}

EN: dict[str, str] = {
    "subtitle": "Comparing forms of cooperation with a multi-criteria analysis",
    "date_line": "Date: {date}",
    "made_with": "Prepared with Vormkeuze {version}",
    "join_space": "{a} {b}",
    "join_line": "{a}\n{b}",
    "option_letter": "{letter}: {name}",
    "range": "range {low} to {high}",
    "join_comma": "{a}, {b}",
    "range_short": "({low}\u00a0…\u00a0{high})",
    "dash": "–",
    "level": "{label} = {value}",
    "join_semicolon": "{a}; {b}",
    "scale_qualitative": "Levels: {levels}",
    "scale_linear": "Number; worst {worst}, best {best}",
    "scale_points": "Number from {first} to {last}, with a value function",
    "scale_direct": "Direct 0–100",
    "top_level": "the criteria groups",
    "h_summary": "Summary",
    "contents": "Contents",
    "sum_question": "The question: {question}",
    "h_background": "The question and the case",
    "sum_scope": (
        "{options} options ({names}) were compared on {leaves} criteria in {groups} criteria"
        " groups, weighed with {profiles} profiles: the weights of the stakeholders."
    ),
    "h_sum_first": "Which option ranks first?",
    "sum_first": (
        "{profile}: {option} ranks first with {value}, {margin} points ahead of {runner}"
        " ({runner_value})."
    ),
    "sum_first_alone": "{profile}: {option} is the only option, with {value}.",
    "sum_first_tied": "{profile}: {options} share the first place with {value}.",
    "h_sum_firm": "How firm is that?",
    "sum_agree_all": "{option} ranks first under every profile.",
    "sum_agree": "{option} ranks first under {k} of the {n} profiles.",
    "sum_firm": (
        " When every weight of {profile} deviates at random by up to {spread}, {option} stays"
        " first in {share} of the samples."
    ),
    "h_sum_runner": "What would the runner-up need?",
    "sum_runner": (
        "For {runner} to rank first under {profile}, at least {distance} of the total weight"
        " must move, mainly towards {towards}."
    ),
    "sum_runner_never": "{runner} cannot rank first under {profile} with any weighting.",
    "sum_runner_tied": "{runner} already ties with the first under {profile}.",
    "option_places": "Place: {places}.",
    "place_under": "{rank} under {profile}",
    "source_ref": " [{n}]",
    "estimate_mark": " (estimate)",
    "h_weighing": "Weighing per profile",
    "weighing_lead": (
        "An option's value is the sum over all criteria of weight times value (0–100). The"
        " table gives each profile's value and, in brackets, the place."
    ),
    "weighing_profile": "{profile} weighs most: {heavy}.",
    "name_share": "{name} ({share})",
    "name_value": "{name} {value}",
    "alt_stakeholders": "The first option per profile: {firsts}",
    "alt_ranking": "Bar chart, value per option under {profile}: {order}.",
    "h_elicitation": "How the weights were set",
    "h_annex_matrix": "Annex A. Every score with its rationale",
    "h_annex_sources": "Annex B. Sources",
    "estimate_score": "{score} *",
    "with_ref": "{text} [{n}]",
    "with_estimate": "{text} (estimate)",
    "hindsight_score": "{score} †",
    "with_hindsight": "{text} (source from after the decision: {date})",
    "hindsight_mark": " (source from after the decision)",
    "h_sum_units": "Per onderdeel",
    "sum_units": (
        "Under {profile} each team is best served by: {bests}. One form for all teams is at best"
        " {one} ({one_value}); each team its own best form gives {best_value}: one form for all"
        " costs {cost} points."
    ),
    "sum_units_no_one": (
        "Under {profile} each team is best served by: {bests}. No single form can serve every team."
    ),
    "sum_units_free": (
        "Under {profile} every team is best served by {one}: one form for all costs nothing"
        " (total {one_value})."
    ),
    "unit_best": "{unit}: {option}",
    "h_units": "Per unit",
    "units_lead": (
        "The case distinguishes {n} units (teams); each may be best served by another form. The"
        " value of an assignment is the size-weighted mean of the units. The table sets each"
        " unit's best form beside the one form that is best for all units together."
    ),
    "col_unit": "Unit",
    "col_size": "Size",
    "col_best_form": "Best form",
    "col_one_form": "With {option}",
    "cap_units": "Best form per team, and one form for all ({profile})",
    "units_forms": "With at most {k} forms: {options}, total {value}.",
    "h_units_excluded": "Forms that cannot serve a team",
    "units_excluded": "{option}, not for {units}:",
    "h_units_own": "The teams' own scores",
    "units_own_where": (
        "Where a team has a score of its own, it is in annex A (The teams' own scores), with its"
        " rationale and source."
    ),
    "units_own_head": "{unit} · {option} · {criterion} (score {score}): ",
    "h_annex_details": "Annex C. Criteria, weights and formulas",
    "method_annex": (
        "The criteria with their scales, every criterion's weight per profile, how each profile"
        " set its weights and the formulas are in annex C."
    ),
    "weights_lead_groups": (
        "The weight of each criteria group per profile; the weights of the single criteria are"
        " in annex C."
    ),
    "cap_weights_groups": "Weight of the criteria groups per profile",
    "units_other_profiles": "Under the other profiles",
    "h_epilogue": "How it ended",
    "annex_unsaid": "Without rationale or source ({n}, in the overview only): {criteria}.",
    "sources_lead": "The sources behind the scores; the bracketed numbers in the text refer here.",
    "sources_none": "No score has a source: every score is an estimate.",
    "source_item": "[{n}] {source}",
    "h_intro": "Introduction",
    "h_options": "Options",
    "h_criteria": "Criteria",
    "h_assessment": "Assessment",
    "h_arguments": "Arguments",
    "h_caveats": "Caveats",
    "h_weights": "Weights",
    "h_results": "Result",
    "h_sensitivity": "Sensitivity and robustness",
    "h_acceptability": "Chance of ranking first",
    "h_stability": "What would it take?",
    "h_accountability": "Accountability",
    "h_method": "Method",
    "h_formulas": "Formulas",
    "h_provenance": "Software and data",
    "h_history": "History and snapshots",
    "h_annex": "Annex: every score with its rationale and source",
    "intro_scope": (
        "This report compares {options} options on {leaves} criteria in {groups} criteria"
        " groups. They are weighed with {profiles} profiles: the weights of the stakeholders."
    ),
    "intro_reading": (
        "First the options and criteria are described, then the assessment of each option with"
        " its rationale, the weights of each profile and the ranking that follows. The chapter"
        " Sensitivity and robustness shows how firm that ranking is. The accountability chapter"
        " describes the method; the annex holds every score with its rationale and source."
    ),
    "options_lead": (
        "The forms of cooperation compared, each with the criteria where it is strongest"
        " (arguments) and weakest (caveats), with their rationale."
    ),
    "legal_basis": "Legal basis: ",
    "no_description": "No description was recorded for this option.",
    "criteria_lead": (
        "The options were assessed on the following criteria, grouped in criteria groups. Each"
        " criterion shows the scale it was scored on; every score is converted to a value from 0"
        " (worst) to 100 (best)."
    ),
    "cap_criteria": "Criteria and their scales",
    "assessment_lead": (
        "The table below gives every option's score on every criterion. Then, per option, the"
        " criteria where it scores best (arguments) and worst (caveats), with rationale and"
        " source."
    ),
    "cap_matrix": "Scores of the options per criterion",
    "matrix_note": (
        "In brackets, the range of an uncertain score: from low to high. A star (*) marks an"
        " estimate (no source, or marked as one), a dagger (†) a source from after the decision"
        " (hindsight)."
    ),
    "no_arguments": "This option scores above the middle of the scale on no criterion.",
    "no_caveats": "This option scores below the middle of the scale on no criterion.",
    "argument_head": "{criterion} (score {score}): ",
    "no_rationale": "No rationale recorded.",
    "source_is": " Source: {source}.",
    "estimate": "Estimate (no source)",
    "weights_lead": (
        "Each profile is one stakeholder's weighting. The local weight says how much a criterion"
        " counts within its group; the global weight how much it counts overall (the product of"
        " the local weights along the tree). Global weights add up to 100%."
    ),
    "cap_weights_overview": "Global weights per profile",
    "cap_weights_profile": "Local and global weights of the profile {profile}",
    "elic_ahp_ok": (
        "{node} from pairwise comparison (AHP of {n} items; consistency ratio {cr}, within the"
        " limit of {limit})"
    ),
    "elic_ahp_high": (
        "{node} from pairwise comparison (AHP of {n} items; consistency ratio {cr}, above the"
        " limit of {limit}: another round is advised)"
    ),
    "elic_rank": "{node} from a ranking (ROC weights: {order})",
    "elic_direct": "{node} assigned directly",
    "elic_equal": "{node} shared equally",
    "elic_profile": "{profile}: {how}.",
    "results_lead": (
        "An option's value is the sum over all criteria of weight times score (0–100). The"
        " table gives each profile's value and, in brackets, the place in the ranking."
    ),
    "cap_results_overview": "Value and place (in brackets) per profile",
    "value_rank": "{value} ({rank})",
    "results_winner": "With the weights of {profile}, {option} scores highest, with {value}.",
    "cap_ranking": "Ranking for {profile}, with the contribution of each criteria group",
    "dominated": (
        "{option} is dominated by {by}: it scores at least as well on every criterion and"
        " better on one, whatever the weights."
    ),
    "fig_stakeholders": "The ranking of every profile side by side, and the weights per group",
    "fig_ranking": "Ranking with the contribution of each criteria group ({profile})",
    "chart_missing": "[Chart not available in this version: {caption}]",
    "chart_failed": "[Chart could not be made: {caption}]",
    "chart_skipped": "[Chart left out: {caption}]",
    "sensitivity_lead": (
        "How firm is the first place? For each profile and criteria group, below is the range"
        " of that group's weight within which the best option stays best; the other groups keep"
        " their proportions."
    ),
    "sens_order": (
        "The order stays the same as long as the weight of {group} is between {low} and {high}"
        " (now {now})."
    ),
    "sens_order_always": "The order stays the same at any weight of {group}.",
    "sens_profile": "{profile}: {option} stays best at any weight of {always}; with {limits}.",
    "sens_profile_always": "{profile}: {option} stays best at any weight of every group.",
    "sens_profile_limits": "{profile}: {option} stays best with {limits}.",
    "sens_limit": "{group} between {low} and {high} (now {now})",
    "sens_full_weight": "{group} weighs 100%: its weight cannot move to other groups.",
    "acceptability_lead": (
        "The share of {samples} samples in which an option ranks first, when every weight"
        " deviates at random up to {spread} from the profile and the scores vary within their"
        " ranges (seed {seed}, so repeatable)."
    ),
    "col_place": "Place {rank}",
    "cap_acceptability": "Chance of ranking first, per profile",
    "robustness_skipped": "The robustness analysis was skipped for this report.",
    "stability_lead": (
        "Which share of the total weight must move before an option becomes the best? The"
        " smaller the number, the less it takes."
    ),
    "cap_stability": "Weight to move to make an option the best, per profile",
    "unreachable": "not reachable",
    "already_first": "already the best",
    "method_1": (
        "Vormkeuze uses a weighted-sum analysis (multi-attribute value theory). Each score is"
        " converted with its criterion's scale to a value from 0 to 100; higher is better."
    ),
    "method_2": (
        "Weights are local: within each group they add up to 100%. They were assigned directly,"
        " derived from a ranking (rank-order centroid, Barron & Barrett 1996) or from pairwise"
        " comparisons (AHP, Saaty 1980)."
    ),
    "method_3": (
        "The value is the sum of weight times value; options less than 0.000000001 apart share"
        " a place."
    ),
    "method_4": (
        "Sensitivity changes the weight of one criteria group; the other groups keep their"
        " proportions. Rank acceptability comes from stochastic multicriteria acceptability"
        " analysis (SMAA-2, Lahdelma & Salminen 2001); stability from the smallest share of"
        " weight that must move (a linear program)."
    ),
    "formula_global": "Global weight of a criterion: w = product of the local weights along its"
    " path in the tree.",
    "formula_value": "Value of option a: V(a) = Σ w_j · v_j(a), with v_j(a) the value (0–100) of"
    " its score on criterion j.",
    "formula_roc": "Rank weights (ROC): w_k = (1/n) · Σ_{{i=k..n}} 1/i.",
    "formula_ahp": "AHP: the weights are the normalised principal eigenvector of the pairwise"
    " matrix A.",
    "formula_cr": "Consistency ratio: CR = ((λ_max − n) / (n − 1)) / RI(n); above 0.10 a"
    " revision is advised.",
    "formula_rank": "Ranking: place = 1 + the number of options with a higher value.",
    "formula_sensitivity": "Sensitivity: at weight w of a group (now w₀) the other weights are"
    " multiplied by (1 − w) / (1 − w₀).",
    "ri_lead": "The consistency ratio uses Saaty's random index (RI) table:",
    "col_n": "n",
    "col_ri": "RI",
    "cap_ri": "Saaty's random index RI(n); for n > 10, 1.49",
    "software_version": "Software: Vormkeuze version {version}.",
    "case_hash": "Fingerprint of the case (SHA-256 of the case file): {hash}.",
    "report_profiles": "Profiles in this report: {profiles}.",
    "history_none": (
        "The case was read from a plain case file; it carries no history or snapshots."
    ),
    "history_summary": "The log holds {count} changes, from {first} to {last}, by: {authors}.",
    "history_summary_one": "The log holds 1 change, at {first}, by: {authors}.",
    "snapshots_none": "No snapshots were made.",
    "col_snapshot": "Snapshot",
    "col_time": "Time",
    "cap_snapshots": "Snapshots in the document",
    "annex_lead": (
        "First every score in one overview (the options by letter), then per option every"
        " score with its rationale; the numbers refer to the sources in annex B."
    ),
    "cap_annex": "Scores and rationale of {option}",
    "col_criterion": "Criterion",
    "col_description": "Description",
    "col_scale": "Scale",
    "col_option": "Option",
    "col_local": "Local",
    "col_global": "Global",
    "col_rank": "Place",
    "col_value": "Value",
    "col_score": "Score",
    "col_rationale": "Rationale",
    "col_source": "Source",
    "col_id": "Id",
    "col_legal_basis": "Legal basis",
    "col_parent": "Parent",
    "col_level": "Level",
    "col_option_id": "Option id",
    "col_criterion_id": "Criterion id",
    "col_profile_id": "Profile id",
    "col_low": "Low",
    "col_high": "High",
    "col_mapped": "Value (0–100)",
    "col_weight": "Weight",
    "col_contribution": "Contribution",
    "col_local_of": "{profile} (local)",
    "col_global_of": "{profile} (global)",
    "col_value_of": "{profile} (value)",
    "col_rank_of": "{profile} (place)",
    "sheet_info": "Info",
    "sheet_values": "Values",
    "sheet_functions": "Value functions",
    "col_group": "Criteria group",
    "col_total": "Total",
    "col_input": "Input",
    "info_title": "Title",
    "info_date": "Date",
    "info_version": "Vormkeuze version",
    "info_profiles": "Profiles",
    "info_howto_label": "How it works",
    "info_howto": (
        "The sheet {weights} holds the weights per profile (as percentages), {values} the value"
        " (0–100) of each option per criterion. On {results} each total is a formula: SUMPRODUCT"
        " of weights and values, divided by the sum of the weights. Change a weight and the"
        " totals and places follow. {functions} shows how each score became a value."
    ),
    "fn_qualitative": "Level",
    "fn_points": "Number, by points",
    "fn_linear": "Number, linear",
    "sheet_options": "Options",
    "sheet_criteria": "Criteria",
    "sheet_scores": "Scores",
    "sheet_weights": "Weights",
    "sheet_results": "Result",
    "sheet_contributions": "Contributions",
    "unit_excludes": "{unit} excludes {option}:",
    "fig_units": "Total value per unit and the portfolio of forms for {profile}",
    "cap_portfolio": "The best choice with at most k forms for {profile}",
    "best_mark": "{value} ★",
    "col_forms": "Forms",
    "col_assignment": "Form per unit",
    "col_unit_id": "Unit id",
    "col_best": "Best",
    "col_excluded_reason": "Excluded, reason",
    "yes": "yes",
    "portfolio_impossible": "not possible (exclusions)",
    "uniformity_cost": (
        "Cost of one form for all for {profile}: {cost} points against the best form per unit."
    ),
    "sheet_units": "Per unit",
    "sheet_portfolio": "Portfolio",
    "table_caption": "Table {n}. {text}",
    "figure_caption": "Figure {n}. {text}",
}

CATALOGUE: dict[str, dict[str, str]] = {"nl": NL, "en": EN}

MONTHS_NL = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip

#: characters XML 1.0 (docx, xlsx) cannot hold; replaced so nothing is silently refused
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    """User text made safe for any XML-based format: control characters become U+FFFD."""
    return _CONTROL.sub("\ufffd", text)


class Renderer:
    """Turns the outline's pieces into plain text in one language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in CATALOGUE else "nl"
        self.words = CATALOGUE[self.lang]

    def number(self, x: float, decimals: int) -> str:
        return number(x, self.lang, decimals, grouped=True)

    def num(self, n: Num) -> str:
        if n.kind == "value":
            text = self.number(n.value, 1)
        elif n.kind == "percent":
            text = self.number(100 * n.value, 1) + "%"
        elif n.kind == "ratio":
            text = self.number(n.value, 2)
        elif n.kind == "int":
            text = self.number(round(n.value), 0) if abs(n.value) >= 10000 else str(round(n.value))
        else:  # raw: as given, without needless decimals
            v = n.value
            if float(v).is_integer():
                text = self.number(v, 0) if abs(v) >= 10000 else str(int(v))
            else:
                text = f"{v:.3f}".rstrip("0")
                if self.lang == "nl":
                    text = text.replace(".", ",")
        return f"{text} {clean(n.unit)}" if n.unit else text

    def num_percent(self, x: float) -> str:
        return self.num(Num(x, "percent"))

    def date(self, d: _dt.date) -> str:
        if self.lang == "nl":
            return f"{d.day} {MONTHS_NL[d.month - 1]} {d.year}"
        return d.strftime("%-d %B %Y")

    def word(self, code: str) -> str:
        return self.words[code]

    def text(self, piece: Any) -> str:
        if piece is None:
            return ""
        if isinstance(piece, User):
            return clean(piece.text)
        if isinstance(piece, Num):
            return self.num(piece)
        if isinstance(piece, Date):
            return self.date(piece.value)
        if isinstance(piece, Text):
            params = {k: self.text(v) for k, v in piece.params.items()}
            return self.words[piece.code].format(**params)
        if isinstance(piece, tuple | list):
            return ", ".join(self.text(p) for p in piece)
        return clean(str(piece))

    def parts(self, parts: tuple[Any, ...]) -> str:
        """Paragraph parts joined: a sentence piece followed by user text needs no separator."""
        out = ""
        for p in parts:
            t = self.text(p)
            if out and not out.endswith((" ", "\n")) and not t.startswith(" "):
                out += " "
            out += t
        return out
