"""User-facing texts for the model's typed problems, in Dutch and English.

The model raises :class:`model.Issue` objects (code, place, params) and holds no prose; this
catalogue turns them into one sentence in the user's language.  The command line uses it
directly; the GUI uses it with the language chosen in the app.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from model.case import Case
from model.errors import Issue

if TYPE_CHECKING:
    from model.places import PlaceName

# code: (English, Dutch).  {place} is always available; other fields come from params.
CATALOG: dict[str, tuple[str, str]] = {
    # files
    "file_missing": ("{place}: file not found.", "{place}: bestand niet gevonden."),
    "file_is_directory": (
        "{place}: this is a folder, not a case file.",
        "{place}: dit is een map, geen casusbestand.",
    ),
    "file_unreadable": (
        "{place}: cannot read the file ({reason}).",
        "{place}: het bestand kan niet worden gelezen ({reason}).",
    ),
    "file_empty": ("{place}: the file is empty.", "{place}: het bestand is leeg."),
    "not_utf8": (
        "{place}: not a text file in UTF-8 (is it a binary file?).",
        "{place}: geen tekstbestand in UTF-8 (is het een binair bestand?).",
    ),
    "not_json": (
        "{place}: not valid JSON (line {line}, column {column}).",
        "{place}: geen geldige JSON (regel {line}, kolom {column}).",
    ),
    "not_json_number": (
        "{place}: {value} is not allowed in a case file; use a finite number.",
        "{place}: {value} is niet toegestaan in een casusbestand; gebruik een eindig getal.",
    ),
    "duplicate_key": (
        "{place}: the key '{key}' appears twice in one object.",
        "{place}: de sleutel '{key}' staat twee keer in één object.",
    ),
    "not_a_case": (
        '{place}: this is not a Vormkeuze case (expected "format": "vormkeuze/case").',
        '{place}: dit is geen Vormkeuze-casus (verwacht "format": "vormkeuze/case").',
    ),
    "version_too_new": (
        "{place}: the file has format version {found}; this program reads version {supported}."
        " Update Vormkeuze to open it.",
        "{place}: het bestand heeft formaatversie {found}; dit programma leest versie"
        " {supported}. Werk Vormkeuze bij om het te openen.",
    ),
    "bad_version": (
        "{place}: version must be {supported} (found {found}).",
        "{place}: versie moet {supported} zijn (gevonden: {found}).",
    ),
    "too_deep": (
        "{place}: nested too deeply to read (more levels than any case needs).",
        "{place}: te diep genest om te lezen (meer niveaus dan een casus nodig heeft).",
    ),
    "file_write_failed": (
        "{place}: could not be written ({reason}); an existing file of that name is unchanged.",
        "{place}: kon niet worden geschreven ({reason}); een bestaand bestand met die naam is"
        " niet gewijzigd.",
    ),
    # documents (.vormkeuze)
    "document_not_sqlite": (
        "{place}: not a Vormkeuze document (not a SQLite database).",
        "{place}: geen Vormkeuze-document (geen SQLite-database).",
    ),
    "document_not_ours": (
        "{place}: this SQLite database is not a Vormkeuze document.",
        "{place}: deze SQLite-database is geen Vormkeuze-document.",
    ),
    "document_history_damaged": (
        "{place}: {count} recorded edits in the history are damaged (no. {ids}); the case itself"
        " is intact. Keep a repaired copy with: vormkeuze repair {place} --to COPY.vormkeuze",
        "{place}: {count} vastgelegde wijzigingen in de geschiedenis zijn beschadigd (nr. {ids});"
        " de casus zelf is intact. Bewaar een herstelde kopie met: vormkeuze repair {place}"
        " --to KOPIE.vormkeuze",
    ),
    "document_snapshot_damaged": (
        "{place}: the snapshot '{name}' is damaged and cannot be read; the case itself is"
        " intact. A repaired copy (vormkeuze repair) leaves it out.",
        "{place}: de momentopname '{name}' is beschadigd en kan niet worden gelezen; de casus"
        " zelf is intact. Een herstelde kopie (vormkeuze repair) laat haar weg.",
    ),
    "document_stale_wal": (
        "{place}: the file {wal} beside it does not belong to this document (a left-over"
        " write-ahead log, perhaps copied with another file). Move {wal} away and open the"
        " document again; the document was not changed.",
        "{place}: het bestand {wal} ernaast hoort niet bij dit document (een achtergebleven"
        " write-ahead-log, misschien met een ander bestand meegekopieerd). Verplaats {wal} en"
        " open het document opnieuw; het document is niet gewijzigd.",
    ),
    "file_special": (
        "{place}: not a regular file (a pipe, device or socket); give a case file or document.",
        "{place}: geen gewoon bestand (een pipe, apparaat of socket); geef een casusbestand of"
        " document.",
    ),
    "file_too_large": (
        "{place}: the file is larger than {limit}, more than any case needs; it was not read.",
        "{place}: het bestand is groter dan {limit}, meer dan een casus nodig heeft; het is niet"
        " gelezen.",
    ),
    "document_corrupt": (
        "{place}: the document is damaged or incomplete ({detail}); it was left unchanged."
        " Open a backup copy.",
        "{place}: het document is beschadigd of onvolledig ({detail}); het is niet gewijzigd."
        " Open een reservekopie.",
    ),
    "document_too_new": (
        "{place}: the document has schema version {found} (written by Vormkeuze"
        " {app_version}); this program reads up to version {supported}. Update Vormkeuze.",
        "{place}: het document heeft schemaversie {found} (geschreven door Vormkeuze"
        " {app_version}); dit programma leest tot en met versie {supported}. Werk Vormkeuze bij.",
    ),
    "document_migration_failed": (
        "{place}: the document (schema version {found}) could not be upgraded ({detail});"
        " it was left unchanged.",
        "{place}: het document (schemaversie {found}) kon niet worden bijgewerkt ({detail});"
        " het is niet gewijzigd.",
    ),
    "document_invalid_case": (
        "{place}: the case in this document breaks the rules of the format:",
        "{place}: de casus in dit document voldoet niet aan de regels van het formaat:",
    ),
    "document_exists": (
        "{place}: the file already exists; choose another name.",
        "{place}: het bestand bestaat al; kies een andere naam.",
    ),
    "document_locked": (
        "{place}: the document is in use by {author} (process {pid} on {host}, since {time}).",
        "{place}: het document is in gebruik door {author} (proces {pid} op {host}, sinds {time}).",
    ),
    "document_read_only": (
        "{place}: the document is open read-only; changes cannot be saved.",
        "{place}: het document is alleen-lezen geopend; wijzigingen kunnen niet worden opgeslagen.",
    ),
    "document_closed": (
        "{place}: the document is closed.",
        "{place}: het document is gesloten.",
    ),
    "document_unwritable": (
        "{place}: the document cannot be written ({reason}).",
        "{place}: het document kan niet worden geschreven ({reason}).",
    ),
    "document_write_failed": (
        "{place}: the change could not be saved ({reason}); the document is unchanged.",
        "{place}: de wijziging kon niet worden opgeslagen ({reason}); het document is ongewijzigd.",
    ),
    "document_number_too_large": (
        "{place}: a whole number in the case is too large to store (more than 19 digits).",
        "{place}: een geheel getal in de casus is te groot om op te slaan (meer dan 19 cijfers).",
    ),
    "snapshot_name_empty": (
        "{place}: a snapshot needs a name.",
        "{place}: een momentopname heeft een naam nodig.",
    ),
    "snapshot_exists": (
        "{place}: there is already a snapshot named '{name}'.",
        "{place}: er is al een momentopname met de naam '{name}'.",
    ),
    "snapshot_unknown": (
        "{place}: there is no snapshot named '{name}' (known: {known}).",
        "{place}: er is geen momentopname met de naam '{name}' (bekend: {known}).",
    ),
    # structure
    "missing_field": ("{place}: required field is missing.", "{place}: verplicht veld ontbreekt."),
    "unknown_key": (
        "{place}: unknown key '{key}' (a typo?).",
        "{place}: onbekende sleutel '{key}' (een typefout?).",
    ),
    "bad_id": (
        "{place}: '{value}' is not a valid id (lower-case letters, digits, - and _,"
        " at most 64 characters, starting with a letter or digit).",
        "{place}: '{value}' is geen geldige id (kleine letters, cijfers, - en _, hoogstens"
        " 64 tekens, beginnend met een letter of cijfer).",
    ),
    "expected_text": ("{place}: text expected.", "{place}: tekst verwacht."),
    "expected_number": ("{place}: a number expected.", "{place}: een getal verwacht."),
    "number_not_finite": (
        "{place}: the number must be finite.",
        "{place}: het getal moet eindig zijn.",
    ),
    "invalid_choice": (
        "{place}: must be one of: {expected}.",
        "{place}: moet een van deze zijn: {expected}.",
    ),
    "expected_list": ("{place}: a list expected.", "{place}: een lijst verwacht."),
    "expected_boolean": (
        "{place}: true or false expected.",
        "{place}: true of false verwacht.",
    ),
    "expected_object": ("{place}: an object expected.", "{place}: een object verwacht."),
    "too_short": ("{place}: too few items.", "{place}: te weinig elementen."),
    "invalid_value": (
        "{place}: invalid value ({detail}).",
        "{place}: ongeldige waarde ({detail}).",
    ),
    "reserved_id": (
        "{place}: '{id}' is reserved for the top of the criteria tree; choose another id.",
        "{place}: '{id}' is gereserveerd voor de top van de criteriaboom; kies een andere id.",
    ),
    "number_too_long": (
        "{place}: a number has too many digits to read.",
        "{place}: een getal heeft te veel cijfers om te lezen.",
    ),
    "bad_text": (
        "{place}: the text contains an invalid character (a lone UTF-16 surrogate).",
        "{place}: de tekst bevat een ongeldig teken (een losse UTF-16-surrogaat).",
    ),
    "scale_span_too_large": (
        "{place}: the scale's range is too large to compute with.",
        "{place}: het bereik van de schaal is te groot om mee te rekenen.",
    ),
    "ahp_not_computable": (
        "{place}: the comparisons are too extreme to compute weights from.",
        "{place}: de vergelijkingen zijn te extreem om gewichten uit te berekenen.",
    ),
    "too_long": (
        "{place}: too many items (at most {max}).",
        "{place}: te veel elementen (hoogstens {max}).",
    ),
    "duplicate_id": (
        "{place}: the id '{id}' is used twice.",
        "{place}: de id '{id}' wordt twee keer gebruikt.",
    ),
    "bad_color": (
        "{place}: '{value}' is not a colour like #0072B2.",
        "{place}: '{value}' is geen kleur zoals #0072B2.",
    ),
    # criteria and scales
    "group_and_leaf": (
        "{place}: criterion '{id}' has both children and a scale; it must be a group or a leaf.",
        "{place}: criterium '{id}' heeft zowel onderliggende criteria als een schaal; het moet"
        " een groep of een blad zijn.",
    ),
    "leaf_needs_scale": (
        "{place}: criterion '{id}' has no children, so it needs a scale.",
        "{place}: criterium '{id}' heeft geen onderliggende criteria en heeft dus een schaal"
        " nodig.",
    ),
    "field_not_for_kind": (
        "{place}: this field does not belong to a scale of kind '{kind}'.",
        "{place}: dit veld hoort niet bij een schaal van soort '{kind}'.",
    ),
    "levels_too_few": (
        "{place}: a qualitative scale needs at least 2 levels (found {count}).",
        "{place}: een kwalitatieve schaal heeft minstens 2 niveaus nodig ({count} gevonden).",
    ),
    "level_duplicate": (
        "{place}: the level '{label}' appears twice.",
        "{place}: het niveau '{label}' komt twee keer voor.",
    ),
    "value_not_0_100": (
        "{place}: {value} is outside 0..100.",
        "{place}: {value} ligt buiten 0..100.",
    ),
    "numeric_both_forms": (
        "{place}: give either worst and best, or points, not both.",
        "{place}: geef óf worst en best, óf points, niet beide.",
    ),
    "points_too_few": (
        "{place}: at least 2 points are needed (found {count}).",
        "{place}: minstens 2 punten nodig ({count} gevonden).",
    ),
    "points_not_increasing": (
        "{place}: x = {x} must be larger than the previous point's x.",
        "{place}: x = {x} moet groter zijn dan de x van het vorige punt.",
    ),
    "numeric_needs_range": (
        "{place}: a numeric scale needs worst and best (or points).",
        "{place}: een numerieke schaal heeft worst en best (of points) nodig.",
    ),
    "worst_equals_best": (
        "{place}: worst and best must differ (both {value}).",
        "{place}: worst en best moeten verschillen (beide {value}).",
    ),
    # scores
    "unknown_option": ("{place}: unknown option '{id}'.", "{place}: onbekende optie '{id}'."),
    "unknown_criterion": (
        "{place}: unknown criterion '{id}'.",
        "{place}: onbekend criterium '{id}'.",
    ),
    "score_on_group": (
        "{place}: '{id}' is a criteria group; scores belong to its leaves.",
        "{place}: '{id}' is een criteriagroep; scores horen bij de onderliggende criteria.",
    ),
    "duplicate_score": (
        "{place}: a second score for {option} × {criterion}.",
        "{place}: een tweede score voor {option} × {criterion}.",
    ),
    "score_needs_label": (
        "{place}: choose one of the levels {labels}.",
        "{place}: kies een van de niveaus {labels}.",
    ),
    "score_unknown_label": (
        "{place}: '{value}' is not a level of this scale; choose one of {labels}.",
        "{place}: '{value}' is geen niveau van deze schaal; kies een van {labels}.",
    ),
    "score_needs_number": (
        "{place}: '{value}' is not a number; this scale needs a number.",
        "{place}: '{value}' is geen getal; deze schaal vraagt een getal.",
    ),
    "score_out_of_range": (
        "{place}: {value} is outside the scale ({low} to {high}); it is not clipped.",
        "{place}: {value} ligt buiten de schaal ({low} tot {high}); er wordt niet afgekapt.",
    ),
    "low_above_value": (
        "{place}: the low end of the range ({low}) is above the score ({value}).",
        "{place}: de ondergrens van de bandbreedte ({low}) ligt boven de score ({value}).",
    ),
    "high_below_value": (
        "{place}: the high end of the range ({high}) is below the score ({value}).",
        "{place}: de bovengrens van de bandbreedte ({high}) ligt onder de score ({value}).",
    ),
    "value_outside_range": (
        "{place}: {value} lies outside the range ({low} to {high}).",
        "{place}: {value} ligt buiten de bandbreedte ({low} tot {high}).",
    ),
    "missing_score": (
        "{place}: no score yet for {option} × {criterion}.",
        "{place}: nog geen score voor {option} × {criterion}.",
    ),
    "duplicate_unit_score": (
        "{place}: a second score for {option} × {criterion} in {unit}.",
        "{place}: een tweede score voor {option} × {criterion} in {unit}.",
    ),
    "unknown_unit": (
        "{place}: there is no unit '{id}' in this case's units.",
        "{place}: er is geen onderdeel '{id}' bij de onderdelen van deze casus.",
    ),
    "missing_unit_score": (
        "{place}: {unit}: no score yet for {option} × {criterion}.",
        "{place}: {unit}: nog geen score voor {option} × {criterion}.",
    ),
    "bad_date": (
        "{place}: '{value}' is not a date like 2019, 2019-06 or 2019-06-30.",
        "{place}: '{value}' is geen datum zoals 2019, 2019-06 of 2019-06-30.",
    ),
    "hindsight_source": (
        "{place}: the source of {option} × {criterion} dates from {date}, after the moment of"
        " decision ({as_of}): evidence from hindsight.",
        "{place}: de bron van {option} × {criterion} dateert van {date}, na het beslismoment"
        " ({as_of}): bron van na het beslismoment.",
    ),
    # units
    "unit_size_not_positive": (
        "{place}: the size of {unit} must be a number above 0 (found {value}).",
        "{place}: de omvang van {unit} moet een getal boven 0 zijn ({value} gevonden).",
    ),
    "exclude_unknown_option": (
        "{place}: cannot exclude '{id}': there is no such option.",
        "{place}: '{id}' kan niet worden uitgesloten: die optie bestaat niet.",
    ),
    "exclude_twice": (
        "{place}: {unit} excludes '{id}' twice.",
        "{place}: {unit} sluit '{id}' twee keer uit.",
    ),
    "exclude_reason_empty": (
        "{place}: give the reason why '{id}' is excluded.",
        "{place}: geef de reden waarom '{id}' is uitgesloten.",
    ),
    "exclude_all_options": (
        "{place}: {unit} excludes every option; at least one must remain.",
        "{place}: {unit} sluit alle opties uit; er moet er minstens één overblijven.",
    ),
    "unit_single_option": (
        "{place}: {unit} excludes every option but {option}, so there is nothing to rank or"
        " weigh there: {option} is its only form (see `portfolio` for every unit).",
        "{place}: {unit} sluit alle opties uit behalve {option}, dus daar valt niets te"
        " rangschikken of te wegen: {option} is de enige vorm (zie `portfolio` voor alle"
        " onderdelen).",
    ),
    "unknown_unit_arg": (
        "{place}: there is no unit '{id}' (known: {known}).",
        "{place}: er is geen onderdeel '{id}' (bekend: {known}).",
    ),
    "target_excluded": (
        "{place}: {unit} excludes '{id}', so it cannot rank first there.",
        "{place}: {unit} sluit '{id}' uit, dus die kan daar niet als eerste eindigen.",
    ),
    "no_units": (
        "{place}: this case has no units (teams); a portfolio needs at least one unit.",
        "{place}: deze casus heeft geen onderdelen (teams); een portfolio heeft minstens één"
        " onderdeel nodig.",
    ),
    # profiles and weights
    "no_profiles": (
        "{place}: at least one weight profile is needed.",
        "{place}: minstens één gewichtenprofiel is nodig.",
    ),
    "weight_unknown_criterion": (
        "{place}: there is no criterion '{id}'.",
        "{place}: er is geen criterium '{id}'.",
    ),
    "weight_negative": (
        "{place}: a weight cannot be negative ({value}).",
        "{place}: een gewicht kan niet negatief zijn ({value}).",
    ),
    "weights_missing": (
        "{place}: under '{node}' some criteria have a weight and these do not: {missing}.",
        "{place}: onder '{node}' hebben sommige criteria een gewicht en deze niet: {missing}.",
    ),
    "weights_all_zero": (
        "{place}: all weights under '{node}' are zero ({ids}).",
        "{place}: alle gewichten onder '{node}' zijn nul ({ids}).",
    ),
    "weight_and_elicitation": (
        "{place}: the weights under '{node}' come from an elicitation; remove this weight.",
        "{place}: de gewichten onder '{node}' komen uit een elicitatie; verwijder dit gewicht.",
    ),
    "elicitation_unknown_node": (
        "{place}: there is no criterion '{node}'.",
        "{place}: er is geen criterium '{node}'.",
    ),
    "elicitation_duplicate": (
        "{place}: '{node}' is elicited twice.",
        "{place}: '{node}' wordt twee keer gewogen.",
    ),
    "elicitation_on_leaf": (
        "{place}: '{node}' has no children to weigh.",
        "{place}: '{node}' heeft geen onderliggende criteria om te wegen.",
    ),
    "elicitation_order": (
        "{place}: the order must list each child of '{node}' once: {expected}.",
        "{place}: de volgorde moet elk onderdeel van '{node}' één keer noemen: {expected}.",
    ),
    "matrix_not_for_rank": (
        "{place}: a rank elicitation has no matrix.",
        "{place}: een rangorde-weging heeft geen matrix.",
    ),
    "ahp_needs_matrix": (
        "{place}: an AHP elicitation needs a {n} x {n} matrix.",
        "{place}: een AHP-weging heeft een {n} x {n}-matrix nodig.",
    ),
    "ahp_matrix_shape": (
        "{place}: the matrix must be {n} x {n}.",
        "{place}: de matrix moet {n} x {n} zijn.",
    ),
    "ahp_not_positive": (
        "{place}: comparisons must be positive ({value}).",
        "{place}: vergelijkingen moeten positief zijn ({value}).",
    ),
    "ahp_diagonal": (
        "{place}: the diagonal must be 1 ({value}).",
        "{place}: de diagonaal moet 1 zijn ({value}).",
    ),
    "ahp_not_reciprocal": (
        "{place}: {value} and its mirror {other} are not each other's inverse.",
        "{place}: {value} en het spiegelbeeld {other} zijn niet elkaars omgekeerde.",
    ),
    "ahp_inconsistent": (
        "{place}: consistency ratio {cr:.3f} is above {limit:.2f}; the comparisons contradict"
        " each other.",
        "{place}: consistentieratio {cr:.3f} ligt boven {limit:.2f}; de vergelijkingen spreken"
        " elkaar tegen.",
    ),
    # analysis
    "too_few_options": (
        "{place}: at least two options are needed to rank (found {count}).",
        "{place}: er zijn minstens twee opties nodig om te rangschikken ({count} gevonden).",
    ),
    "no_criteria": (
        "{place}: there are no criteria to weigh the options on.",
        "{place}: er zijn geen criteria om de opties op te beoordelen.",
    ),
    "missing_scores": (
        "{place}: scores are missing, so the options cannot be ranked yet: {pairs}.",
        "{place}: er ontbreken scores, dus de opties kunnen nog niet worden gerangschikt: {pairs}.",
    ),
    "unknown_profile": (
        "{place}: there is no profile '{id}' (known: {known}).",
        "{place}: er is geen profiel '{id}' (bekend: {known}).",
    ),
    "sensitivity_full_weight": (
        "{place}: '{id}' carries all the weight, so the other weights cannot be scaled back.",
        "{place}: '{id}' draagt al het gewicht, dus de andere gewichten kunnen niet worden"
        " teruggeschaald.",
    ),
    "robustness_mode_missing": (
        "{place}: choose how the weights vary: --uniform, --spread S or --between-profiles.",
        "{place}: kies hoe de gewichten variëren: --uniform, --spread S of --between-profiles.",
    ),
    "robustness_modes_exclusive": (
        "{place}: choose only one of --uniform, --spread S and --between-profiles (given:"
        " {given}).",
        "{place}: kies maar één van --uniform, --spread S en --between-profiles (gegeven:"
        " {given}).",
    ),
    "robustness_bad_mode": (
        "{place}: unknown weight mode '{mode}'; choose one of {expected}.",
        "{place}: onbekende gewichtsvariatie '{mode}'; kies een van {expected}.",
    ),
    "robustness_bad_spread": (
        "{place}: the spread must be a number above 0 and at most 1 (given: {value}).",
        "{place}: de spreiding moet een getal boven 0 en hoogstens 1 zijn (gegeven: {value}).",
    ),
    "robustness_too_many_samples": (
        "{place}: {value} samples is more than this program takes ({limit}); the results stop"
        " changing long before. Use at most {limit}.",
        "{place}: {value} steekproeven is meer dan dit programma neemt ({limit}); de uitkomsten"
        " veranderen al lang daarvoor niet meer. Gebruik er hoogstens {limit}.",
    ),
    "robustness_bad_samples": (
        "{place}: the number of samples must be a whole number of at least 1 (given: {value}).",
        "{place}: het aantal trekkingen moet een geheel getal van minstens 1 zijn (gegeven:"
        " {value}).",
    ),
    "robustness_bad_seed": (
        "{place}: the seed must be a whole number of at least 0 (given: {value}).",
        "{place}: de seed moet een geheel getal van minstens 0 zijn (gegeven: {value}).",
    ),
    "group_weights_missing": (
        "{place}: give a weight for every profile; missing: {missing} (use 0 to leave one out).",
        "{place}: geef elk profiel een gewicht; ontbreekt: {missing} (gebruik 0 om er een weg"
        " te laten).",
    ),
    "group_weights_all_zero": (
        "{place}: at least one profile needs a weight above 0.",
        "{place}: minstens één profiel heeft een gewicht boven 0 nodig.",
    ),
    # reports
    "report_extension": (
        "{place}: a report is written as .docx (Word), .pdf or .xlsx (Excel), not '{suffix}'.",
        "{place}: een rapport wordt geschreven als .docx (Word), .pdf of .xlsx (Excel), niet"
        " '{suffix}'.",
    ),
    "report_folder_missing": (
        "{place}: this folder does not exist; choose an existing folder for the report.",
        "{place}: deze map bestaat niet; kies een bestaande map voor het rapport.",
    ),
    "report_target_is_folder": (
        "{place}: this is a folder; give a file name for the report.",
        "{place}: dit is een map; geef een bestandsnaam voor het rapport.",
    ),
    "report_unwritable": (
        "{place}: the report cannot be written in this folder (no permission).",
        "{place}: het rapport kan niet in deze map worden geschreven (geen toestemming).",
    ),
    "unknown_section": (
        "{place}: there is no chapter '{id}'; choose from {known}.",
        "{place}: er is geen hoofdstuk '{id}'; kies uit {known}.",
    ),
    "template_extension": (
        "{place}: a Word template is a .docx or .dotx file, not '{suffix}'.",
        "{place}: een Word-sjabloon is een .docx- of .dotx-bestand, niet '{suffix}'.",
    ),
    "template_missing": (
        "{place}: this template does not exist.",
        "{place}: dit sjabloon bestaat niet.",
    ),
    "template_not_word": (
        "{place}: this is not a Word document or template that can be read.",
        "{place}: dit is geen leesbaar Word-document of -sjabloon.",
    ),
    # live participation (serve)
    "round_unknown_group": (
        "{place}: there is no criterion group '{id}' to ask about (groups: {known}).",
        "{place}: er is geen criteriumgroep '{id}' om naar te vragen (groepen: {known}).",
    ),
    "round_too_few": (
        "{place}: '{id}' has fewer than two criteria below it; there is nothing to weigh.",
        "{place}: onder '{id}' staan minder dan twee criteria; er valt niets te wegen.",
    ),
    "round_mode": (
        "{place}: a round asks for points or a ranking, not '{mode}'.",
        "{place}: een ronde vraagt om punten of een rangorde, niet '{mode}'.",
    ),
    "round_empty_case": (
        "{place}: the case needs options and a profile before a round can start.",
        "{place}: de casus heeft opties en een profiel nodig voordat een ronde kan beginnen.",
    ),
    "round_no_answers": (
        "{place}: nobody has answered yet; there is nothing to save.",
        "{place}: er heeft nog niemand geantwoord; er valt niets op te slaan.",
    ),
    "serve_host": (
        "{place}: '{host}' is not the address of one network interface (e.g. 127.0.0.1 or"
        " 192.168.1.20); all interfaces at once (0.0.0.0, ::) are not allowed.",
        "{place}: '{host}' is niet het adres van één netwerkinterface (bijv. 127.0.0.1 of"
        " 192.168.1.20); alle interfaces tegelijk (0.0.0.0, ::) mag niet.",
    ),
    "serve_bind_failed": (
        "{place}: cannot listen on {host} port {port} ({reason}).",
        "{place}: kan niet luisteren op {host} poort {port} ({reason}).",
    ),
    "serve_target_exists": (
        "{place}: the answers would go into {target}, which already exists; run"
        " 'vormkeuze serve {target}' to add them to that document.",
        "{place}: de antwoorden zouden in {target} komen, maar dat bestaat al; start"
        " 'vormkeuze serve {target}' om ze aan dat document toe te voegen.",
    ),
    "serve_readonly": (
        "{place}: the document is open elsewhere or read-only; the answers could not be saved"
        " in it. Close it there first.",
        "{place}: het document is elders geopend of alleen-lezen; de antwoorden kunnen er niet in"
        " worden opgeslagen. Sluit het daar eerst.",
    ),
    "answer_not_object": (
        "{place}: the answer must be a JSON object.",
        "{place}: het antwoord moet een JSON-object zijn.",
    ),
    "answer_unknown_field": ("{place}: unknown field '{key}'.", "{place}: onbekend veld '{key}'."),
    "answer_name": (
        "{place}: a name of 1 to {max} characters is needed.",
        "{place}: er is een naam van 1 tot {max} tekens nodig.",
    ),
    "answer_points_shape": (
        "{place}: points are needed for exactly these criteria: {expected}.",
        "{place}: er zijn punten nodig voor precies deze criteria: {expected}.",
    ),
    "answer_unknown_criterion": (
        "{place}: '{id}' is not a criterion of this round.",
        "{place}: '{id}' is geen criterium van deze ronde.",
    ),
    "answer_not_number": ("{place}: a number is needed.", "{place}: hier hoort een getal."),
    "answer_out_of_range": (
        "{place}: the points must lie between {low} and {high}.",
        "{place}: de punten moeten tussen {low} en {high} liggen.",
    ),
    "answer_missing": (
        "{place}: points missing for {missing}.",
        "{place}: punten ontbreken voor {missing}.",
    ),
    "answer_all_zero": (
        "{place}: give at least one criterion some points.",
        "{place}: geef minstens één criterium punten.",
    ),
    "answer_order": (
        "{place}: the order must hold each of these criteria once: {expected}.",
        "{place}: de volgorde moet elk van deze criteria één keer bevatten: {expected}.",
    ),
}


def language_from_env() -> str:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "en" if value.lower().startswith("en") else "nl"
    return "nl"


#: how many characters of a value from the user's input a message quotes (then "…")
QUOTE_LIMIT = 60

#: reasons the model gives in English words, and their Dutch
REASONS_NL = {
    "disk full": "schijf vol",
    "file too large for this disk or limit": "bestand te groot voor deze schijf of limiet",
    "a folder of that name exists": "er bestaat een map met die naam",
    "not a regular file": "geen gewoon bestand",
    "File name too long": "bestandsnaam te lang",
    "No such file or directory": "bestand of map bestaat niet",
    "Permission denied": "geen toestemming",
    "Read-only file system": "alleen-lezen bestandssysteem",
    "No space left on device": "schijf vol",
    "File too large": "bestand te groot",
    "Is a directory": "is een map",
    "disk I/O error": "schrijf- of leesfout op de schijf (vol, of een limiet bereikt?)",
    "database or disk is full": "schijf vol",
    "the written document is empty": "het geschreven document is leeg",
    "the written document does not read back": "het geschreven document is niet leesbaar",
    "the written file reads back differently": "het geschreven bestand leest anders terug",
}


def shorten(text: str, limit: int = QUOTE_LIMIT) -> str:
    """``text`` on one line, at most ``limit`` characters (cut with "…")."""
    one = " ".join(text.split()) if ("\n" in text or "\r" in text) else text
    return one if len(one) <= limit else one[: limit - 1] + "…"


def _fmt(value: Any, lang: str = "en", key: str = "") -> Any:
    if isinstance(value, list | tuple):
        return shorten(", ".join(str(v) for v in value), 4 * QUOTE_LIMIT)
    if key == "reason" and isinstance(value, str) and lang == "nl" and value in REASONS_NL:
        value = f"{REASONS_NL[value]} ({value})"  # the system's own words stay searchable
    if isinstance(value, str):
        return shorten(value, 2 * QUOTE_LIMIT if key in ("reason", "detail") else QUOTE_LIMIT)
    return value


def _place(place: str) -> str:
    """A place is a file path or a field path: long ones keep their start and end."""
    if len(place) <= 2 * QUOTE_LIMIT:
        return place
    return place[:QUOTE_LIMIT] + "…" + place[-QUOTE_LIMIT + 1 :]


def render(
    item: Issue,
    lang: str = "nl",
    names: Case | Mapping[str, Any] | None = None,
    *,
    keep_place: bool = False,
) -> str:
    """One sentence for one problem, in ``lang`` (``nl`` or ``en``).

    Values from the user's input are quoted shortened (``QUOTE_LIMIT`` characters and "…"),
    so a 2 MB value never fills the screen.

    With ``names`` (the case, or the JSON data of a case file) the place is said in the names
    users know ("Score van Regeling zonder meer op Continuïteit"); ``keep_place`` keeps the file
    place in front for scripts (``scores[3].value (Score van ...)``), as the command line does.
    """
    en, nl = CATALOG.get(item.code, ("{place}: {code}", "{place}: {code}"))
    template = nl if lang == "nl" else en
    params = {k: _fmt(v, lang, k) for k, v in item.params.items()}
    place = _place(item.place)
    human = None
    if names is not None:
        from model.places import describe  # the names of a place: only for a problem shown

        human = place_words(describe(item.place, names), lang)
    if human is not None:
        place = f"{item.place} ({human})" if keep_place else human
    try:
        return template.format(place=place, code=item.code, **params)
    except (KeyError, ValueError, IndexError):
        return shorten(f"{place}: {item.code} {item.params}", 4 * QUOTE_LIMIT)


#: the words around the names of a place (see ``model.places``): (English, Dutch)
PLACES: dict[str, tuple[str, str]] = {
    "score": ("Score of {option} on {criterion}", "Score van {option} op {criterion}"),
    "score.low": (
        "Range of {option} on {criterion} (low end)",
        "Bandbreedte van {option} op {criterion} (ondergrens)",
    ),
    "score.high": (
        "Range of {option} on {criterion} (high end)",
        "Bandbreedte van {option} op {criterion} (bovengrens)",
    ),
    "score.rationale": (
        "Rationale of {option} on {criterion}",
        "Onderbouwing van {option} op {criterion}",
    ),
    "score.source": ("Source of {option} on {criterion}", "Bron van {option} op {criterion}"),
    "score.source_date": (
        "Date of the source of {option} on {criterion}",
        "Datum van de bron van {option} op {criterion}",
    ),
    "option": ("Option {option}", "Optie {option}"),
    "criterion": ("Criterion {criterion}", "Criterium {criterion}"),
    "profile": ("Profile {profile}", "Profiel {profile}"),
    "unit": ("Unit {unit}", "Onderdeel {unit}"),
    "unit.size": ("Size of unit {unit}", "Omvang van onderdeel {unit}"),
    "unit.exclude": ("Exclusions of unit {unit}", "Uitsluitingen van onderdeel {unit}"),
    "weight": (
        "Weight of {criterion} in profile {profile}",
        "Gewicht van {criterion} in profiel {profile}",
    ),
}


def place_words(name: PlaceName | None, lang: str = "nl") -> str | None:
    """A place in words ("Score van Regeling zonder meer op Continuïteit"), or None."""
    if name is None:
        return None
    key = f"{name.kind}.{name.field}" if f"{name.kind}.{name.field}" in PLACES else name.kind
    en, nl = PLACES[key]
    return (nl if lang == "nl" else en).format(
        option=name.option, criterion=name.criterion, profile=name.profile, unit=name.unit
    )


def pair_words(option: str, criterion: str, lang: str = "nl") -> str:
    """The place of one score in words, from the names of its option and criterion."""
    from model.places import PlaceName

    return place_words(PlaceName("score", option=option, criterion=criterion), lang) or ""


def warning_prefix(lang: str) -> str:
    return "waarschuwing" if lang == "nl" else "warning"
