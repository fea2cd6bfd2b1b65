"""Personal data by where it stands on a form or in a register, whatever its words.

A donor form says "Izen-abizenak: Unai Etxabe Gorostiaga" and "Domicilio: Urbanización Los
Almendros, bloque 3"; a school register has a column headed "Name" and one headed
"Address". The value after such a label, or in such a column, is personal data even when
no name list knows the words and no street word marks the address. Labels are matched in
English, French, Spanish, Basque and Icelandic (the languages of the bench's texts) and a
few close relatives; what follows must look like what the label announces (a name must
be capitalised words, not a speaker's sentence after "INFORMANT:").
"""

from __future__ import annotations

import regex

from .recognizers import (
    ADDRESS,
    DATE_OF_BIRTH,
    DATE_PATTERN,
    IBAN,
    ID_NUMBER,
    PERSON,
    PHONE,
    PLACE_OF_BIRTH,
    STREET_WORDS_BEFORE,
    Found,
    capitalised_function_word,
    institution_word,
    is_given_name,
    word_set,
)

# A breeder, a bird ringer, an observer, a beekeeper, a pigeon fancier: a form's label and
# a register's column of people
_KEEPERS = (
    r"breeder|ringer|observer|beekeeper|fancier|éleveur|bagueur|observateur|apiculteur|"
    r"colombophile|criador|anillador|observador|apicultor|colombófilo|ræktandi"
)
_PERSON_LABELS = (
    # English
    r"name|names|full name|surname|surnames|forenames?|first names?|given names?|christian "
    r"names?|donor|donor's name|depositor|lender|owner|received by|collected by|recorded by|"
    r"photographer|interviewee|narrator|applicant|signed|signature|witness|next of kin|"
    r"father|mother|parent|parents|parent or guardian|guardian|spouse|husband|wife|pupil|"
    r"contact|contact name|from|to|cc|recipient|sender|correspondent|reader|member|"
    r"preferred name|known as|nickname|alias|maiden name|interviewer|previous surnames?|"
    r"last name|family name|middle names?|creator|author|sitter|"
    # a breeders' society's, a naturalists', a weather service's, a pigeon club's people
    rf"{_KEEPERS}|éleveuse|observatrice|apicultrice|criadora|anilladora|observadora|"
    r"apicultora|colombófila|athugunarmaður|"
    # a society's officers: "Secretary:", "Trésorier :", "Idazkaria:", "Gjaldkeri:"
    r"secretary|hon\. secretary|treasurer|chairman|president|secrétaire|trésorier|trésorière|"
    r"président|présidente|secretario|secretaria|tesorero|tesorera|presidente|presidenta|"
    r"idazkaria|diruzaina|lehendakaria|ritari|gjaldkeri|formaður|"
    # a radio station's operator, on a QSL card: "Op.: Jim", "Opérateur : Marcel"
    r"operator|op|opérateur|opératrice|operador|operadora|"
    r"previous surname\(s\)|name on card|cardholder|card holder|cardholder's name|account name|"
    r"account holder|name of account holder|nom du titulaire|titulaire du compte|"
    r"titular de la cuenta|titular de la tarjeta|nombre del titular|korthafi|reikningseigandi|"
    # French
    r"nom|noms|prénom|prénoms|nom et prénoms?|nom de naissance|nom d'usage|nom d’usage|"
    r"nom de jeune fille|donateur|donatrice|déposant|déposante|prêteur|propriétaire|reçu par|"
    r"témoin|demandeur|demandeuse|bénéficiaire|destinataire|expéditeur|expéditrice|"
    r"signataire|père|mère|époux|épouse|conjoint|conjointe|lecteur|lectrice|de|à|surnom|"
    r"enquêteur|enquêtrice|créateur|créatrice|auteur|photographe|"
    # Spanish
    r"nombre|nombres|apellido|apellidos|nombre y apellidos|nombre completo|donante|"
    r"apellido y nombre|apellidos y nombres|apellido y nombres|"
    r"depositante|propietario|propietaria|recibido por|recibí de|testigo|solicitante|"
    r"remitente|destinatario|destinataria|firmado|firma|padre|madre|padres|cónyuge|esposo|"
    r"esposa|titular|contacto|para|apodo|mote|entrevistador|entrevistadora|autor|autora|"
    r"fotógrafo|fotógrafa|"
    # Basque
    r"izena|izen-abizenak|izen abizenak|abizena|abizenak|emailea|jasotzailea|hartzailea|"
    r"igorlea|eskatzailea|sinatzailea|aita|ama|gurasoak|senarra|emaztea|nork|nori|ezizena|"
    # (the spouse, the declarant, the taxpayer)
    r"elkarrizketatzailea|egilea|argazkilaria|ezkontidea|aitortzailea|zergaduna|"
    # Icelandic
    r"nafn|fullt nafn|afhendandi|gefandi|móttakandi|viðtakandi|sendandi|móttekið|"
    r"vottur|faðir|móðir|foreldrar|maki|eiginmaður|eiginkona|frá|til|undirritaður|"
    r"gælunafn|viðmælandi|spyrjandi|spyrill|höfundur|ljósmyndari|"
    # German, Dutch
    r"vorname|nachname|familienname|naam|voornaam|achternaam"
)
_ADDRESS_LABELS = (
    r"address|home address|postal address|address for correspondence|residence|abode|"
    r"street|street address|address line 1|"
    r"adresse|adresse postale|adresse de facturation|adresse de livraison|domicile|"
    r"demeurant|domicilio|dirección|dirección postal|residencia|señas|calle|"
    r"helbidea|helbide|bizilekua|etxebizitza|etxea|"  # (the house: "Etxea: Jauregizarrea")
    r"heimilisfang|heimili|lögheimili|aðsetur|áritun|utanáskrift|"
    r"anschrift|wohnort|adres|woonadres|"
    # a census's or register's farm: "Bær: Hvammur (austurbær)"
    r"bær|býli|farm|ferme|lieu-dit|hameau|baserria|caserío"
)
# "Domicilio anterior:", "Previous address:", "Adresse actuelle :"
_ADDRESS_QUALIFIERS = (
    r"anterior|actual|habitual|legal|permanente|previous|current|present|former|permanent|"
    r"usual|actuelle|précédente|ancienne|habituelle|núverandi|fyrra|lehengo|egungo|"
    # (and the masculine, a "domicile"'s: "Domicile actuel :"; a temporary one's)
    r"actuel|précédent|ancien|habituel|temporary|provisoire|provisional|"
    # "Adresse d'origine :", "Síðasta heimili:" (an emigrant's last home)
    r"d['’]origine|de[ \t]+origen|síðasta|last|"
    # a tax form's: "Helbide fiskala:", "Domicilio fiscal:", "Adresse fiscale :"
    r"fiskala|fiscal|fiscale|"
    # a telephone's or a meter's: "Address of installation:", "Domicilio de instalación:"
    r"of[ \t]+installation|de[ \t]+instalación|d['’]installation"
)
# Whose home it is, when not the person's own: a servant's parents' or employer's, a
# pupil's family's: "Employer's address:", "Domicile des parents :", "Gurasoen helbidea:",
# "Heimili foreldra:"
_RESCUED = r"patient|casualty|victim|claimant|deceased|caller"
_ADDRESS_WHOSE_BEFORE = (
    r"parents['’]?|parent['’]s|guardian['’]s|employer['’]s|mistress['’]s|master['’]s|family|"
    r"next[ \t]+of[ \t]+kin['’]?s?|gurasoen|familiaren|nagusiaren|"
    # an ambulance's, a rescue's, a relief fund's: "Patient's address", "Casualty's address"
    rf"(?:{_RESCUED})['’]s"
)
_ADDRESS_WHOSE_AFTER = (
    r"(?:des|du|de[ \t]+la|de[ \t]+los|de[ \t]+las|del|de|of)[ \t]+(?:the[ \t]+)?"
    r"(?:parents|père|mère|famille|padres|familia|employer|next[ \t]+of[ \t]+kin|guardian|"
    r"maîtres?|maîtresse|patron|patronne|patrón|patrona|amos|señores|"
    # "Address of casualty", "Domicile de la victime", "Domicilio del damnificado"
    rf"{_RESCUED}|victime|sinistrée?|blessée?|"
    r"víctima|damnificad[oa]|herid[oa]|fallecid[oa])|"
    r"foreldra|vinnuveitanda|húsbónda"
)
_QUALIFIED_ADDRESS_LABELS = (
    # (two qualifiers: "Last permanent residence")
    rf"(?:(?:{_ADDRESS_QUALIFIERS}|{_ADDRESS_WHOSE_BEFORE})[ \t]+){{0,2}}(?:{_ADDRESS_LABELS})"
    rf"(?:[ \t]+(?:{_ADDRESS_QUALIFIERS}|{_ADDRESS_WHOSE_AFTER}))?"
)
_BIRTHPLACE_LABELS = (
    r"place of birth|birthplace|born at|lieu de naissance|lugar de nacimiento|"
    r"natural de|jaioterria|jaiotze lekua|fæðingarstaður|geburtsort|geboorteplaats"
)


def _labelled(labels: str, remark: bool = False) -> regex.Pattern[str]:
    # A label at a line's start, after a table's "|" or after a sentence's full stop,
    # then a colon. The value runs to the line's end, the next "|", a gap of three spaces
    # (the next column), the next label ("... 12, 1. Jaiotza: 1965") or a full stop after
    # which a sentence goes on.
    return regex.compile(
        # (or after a gap of three spaces, the form's previous column: "Nom : BENSAÏD   Nom
        # de jeune fille : ZERROUKI"; not a letter's short "à :", which there is a place's)
        rf"(?m)(?:^|(?<=\|)|(?<=[.;][ \t])"
        r"|(?<=\S[ \t]{3})(?![ \t]*(?i:à|a|de|to|from|cc|frá|til|para|nori|nork)[ \t]*:))"
        rf"[ \t]*(?i:{labels})"
        # (an address's label may have a remark in brackets before its colon: "Ancienne
        # adresse (changement signalé) :"; a person's is a speaker's, "Elkarrizketatzailea
        # (G):", or a signer's office, "Signed (Director of Nursing):")
        + (r"(?:[ \t]+\([^()\n]{1,40}\))?" if remark else "")
        + r"[ \t]*:[ \t]*"
        r"(?P<value>[^\n|]*?)[ \t.;]*"
        # (not after an address's abbreviation: "Privada Los Pinos 17, Fracc. Colinas de la
        # Normal", "Col. Jardines del Bosque")
        r"(?=\n|\||[ \t]{3}|$|\.?[ \t]+\p{Lu}[\p{L}\-]*[ \t]?:"
        r"|(?<![ \t,(](?i:fracc|col|urb|int|depto|dpto))\.[ \t]+\p{Lu}\p{Ll}*[ \t]+\p{Ll}"
        # (or a directory's dotted leader to its telephone: "Residencia: Qta. Mi Retiro ....")
        r"|\.{3}"
        # (or a compound word in lower case after its capital: ". Hileta-elizkizuna Foruko")
        r"|\.[ \t]+\p{Lu}\p{Ll}+-\p{Ll}+[ \t])"
    )


_MONTHS = word_set(
    "january february march april may june july august september october november december "
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
)
_PERSON_FIELD = _labelled(_PERSON_LABELS)
# The lines of a form's address under its street's: the town, the county, the postcode.
_ADDRESS_PART_FIELD = regex.compile(
    r"\n[ \t]*(?i:town|city|county|post[ \t]?code|eircode|zip(?:[ \t]code)?|ville|commune|"
    r"code[ \t]postal|cp|ciudad|localidad|población|provincia|código[ \t]postal|c\.p\.|herria|"
    r"udalerria|posta[ \t]kodea|póstnúmer|staður|sveitarfélag)[ \t]*:[ \t]*(?P<value>[^\n]{1,60})"
)
_ADDRESS_FIELD = _labelled(_QUALIFIED_ADDRESS_LABELS, remark=True)
_BIRTHPLACE_FIELD = _labelled(_BIRTHPLACE_LABELS)

# A name as a form holds it: capitalised words, initials, particles, a surname in capitals
# first ("GOYHENETCHE, Jean"), at most one comma.
_NAME_WORD = r"(?:\p{Lu}[\p{L}'’\-]*\.?|\p{Lu}\.)"
_PARTICLE = r"(?:de|del|de la|du|des|la|le|van|von|der|den|y|da|dos|das|di|d'|d’|e|i)"
_FORM_NAME = regex.compile(rf"^{_NAME_WORD}(?:,?[ \t]+(?:{_PARTICLE}[ \t]+)*{_NAME_WORD}){{0,5}}$")


def _name_value(value: str) -> tuple[int, int] | None:
    """Where the name is in a field's value: before an e-mail in angle brackets, a
    bracketed remark or a comma that starts a description ("Fred Welburn, platelayer")."""
    cut = regex.search(r"[ \t]*(?:<|\(|\[|;|,[ \t]*\p{Ll}|[ \t]-[ \t])", value)
    given = _GIVEN_IN_BRACKETS.match(value, cut.start()) if cut else None
    if given and is_given_name(given["first"]):
        # a French register's "CHAMBON (Jean-Pierre-Auguste)": the given names in
        # brackets after the surname are the name's, not a remark
        return (0, given.end()) if _name_value(value[: given.start()]) else None
    name = value[: cut.start()] if cut else value
    name = name.rstrip(" ,.;:")
    if not name or not _FORM_NAME.match(name) or (value.count(",") > 1 and not cut):
        return None
    words = name.replace(",", " ").split()
    if len(words) == 1 and value.rstrip().endswith(("!", "?")):
        return None
    if any(institution_word(word.strip(".")) for word in words):
        return None  # "To: Parish Council"
    if len(words) == 1 and words[0].casefold() in _MONTHS:
        return None  # "Date: March"
    return 0, len(name)


_GIVEN_IN_BRACKETS = regex.compile(r"[ \t]*\((?P<first>\p{Lu}\p{Ll}+)(?:[- ]\p{Lu}\p{Ll}+){0,3}\)")

# Several people in one field: "Gurasoak: Jose Luis eta Begoña", "Parents: Tom and Ada".
_AND = regex.compile(r"[ \t]+(?:and|&|et|y|e|eta|og|und|en)[ \t]+|,[ \t]+(?=\p{Lu}\p{Ll})")


def _names_in(value: str) -> list[tuple[int, int]]:
    where = _name_value(value)
    if where:
        return [where]
    parts: list[tuple[int, int]] = []
    at = 0
    for join in [*_AND.finditer(value), None]:
        end = join.start() if join else len(value)
        part = _name_value(value[at:end])
        if part is None:
            if join is None and parts:
                # The last name may end the field's words: "Jon eta Miren, 1950ean".
                tail = regex.match(r"\p{Lu}[\p{L}'’\-]+", value[at:end])
                if tail:
                    parts.append((at, at + tail.end()))
            break
        parts.append((at + part[0], at + part[1]))
        if join is None:
            break
        at = join.end()
    return parts if len(parts) >= 2 else []


# An address given in running text: "Mi dirección en México es ...", "Las señas son ...",
# "Nire helbidea: ...", "our address here is ...". The value runs to the line's end, a
# new sentence, or a clause after a comma ("..., por si quieres escribir").
_ADDRESS_SAID = regex.compile(
    r"(?<![\p{L}])(?i:address|dirección|direccion|señas|adresse|helbidea|helbide[ \t]+berria|"
    r"heimilisfang|heimilisfangið|heimilisfangið mitt|anschrift|adres)"
    r"(?:[ \t]+(?:en|in|à|a|í|here|aquí|ici)(?:[ \t]+\p{Lu}\p{L}+)?)?"
    r"(?:[ \t]*:|[ \t]+(?i:is|es|son|est|er|sont|ist)[ \t]*:?"
    # Basque "I give you my new address," ("helbide berria ematen dizut, Zabalbide 38, ...")
    r"|[ \t]+(?:ematen|bidaltzen)[ \t]+(?:dizut|dizuet|dizugu|dizuegu)[ \t]*,)[ \t]*"
    r"(?P<value>[^\n]{4,120}?)"
    r"(?=[ \t]*(?:\n|$|;|\.[ \t]+\p{Lu}\p{Ll}*[ \t]+\p{Ll}|\.$|,?[ \t]+(?i:por si|pero|but|if|so|"
    r"mais|si|baina|en cas|in case)\b"
    # "... CA11 8HR and her e-mail is", "... Ustaritz. Courriel :"
    r"|[ \t]+(?:and|y|et|eta|og)[ \t]+\p{Ll}|\.?[ \t]+\p{Lu}[\p{L}\-]*[ \t]?:))"
)


# The lines under an address field's first line, as a form sets out a postal address
# ("Address: Braeside Cottage" / "West Shore Road" / "Pittenweem" / "Fife KY10 2QT"): short
# lines of capitalised words and numbers, with no label, up to a blank line.
_ADDRESS_LINE_UNDER = regex.compile(
    r"\n[ \t]*(?![^\n]*:)(?=[^\n]*[\p{Lu}\d])[\p{Lu}\d(][^\n]{0,45}(?=\n|$)"
)


def _lines_under(text: str, end: int) -> int | None:
    """Where an address that goes on over the next lines ends (None if it does not)."""
    more = None
    for _ in range(4):
        line = _ADDRESS_LINE_UNDER.match(text, end)
        if not line or regex.search(r"(?i)\b(?:tel|phone|e-?mail|sími|tfno|tél)\b", line.group()):
            break
        words = line.group().split()
        if any(w[0].islower() and len(w) > 3 and w.lower() not in _ADDRESS_JOINS for w in words):
            break  # a sentence, not an address's line
        end = more = line.end()
    return more


_ADDRESS_JOINS = frozenset({"road", "street", "lane", "de", "del", "la", "le", "les", "des", "du"})


_ADDRESSEE = regex.compile(
    r"(?:Hr|Herra|Frú|Fröken|Ungfrú|Mr|Mrs|Ms|Miss|Dr|Mme|Mlle|Monsieur|Madame|M|Sr|Sra|"
    r"Srta|D|Dña|Don|Doña|Jauna|Andrea)\.?[ \t]+[^,\d]{2,40},[ \t]*"
)


# An address before the Basque word for it with its case ending: "Zure gutuna Mendebaldea
# 14, Iruñea helbidera bidali" (send your letter to the address ...)
_ADDRESS_BEFORE_BASQUE_WORD = regex.compile(
    r"(?<=\p{Ll}[ \t]+)"
    r"(?P<value>\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+){0,2}[ \t]+\d{1,4}[a-zA-Z]?"
    r"(?:,[ \t]*[\p{L}\d][\p{L}\d. ]{0,25}?){0,3})[ \t]+helbide(?:ra|an|tik|ko)(?![\p{L}])"
)


def _said_addresses(text: str) -> list[Found]:
    found = [
        Found(m.start("value"), m.end("value"), ADDRESS, 0.5, "address-said")
        for m in _ADDRESS_BEFORE_BASQUE_WORD.finditer(text)
    ]
    for match in _ADDRESS_SAID.finditer(text):
        value = match["value"]
        # The address ends with its sentence: "..., Toowong QLD 4066, Australia. In
        # September I'll be..." (a capitalised word of no name starts the next one)
        for stop in regex.finditer(
            r"(?<![\p{L}](?:St|Rd|Ave|Av|No|Co|Mt))\.[ \t]+(\p{Lu}\p{Ll}*)", value
        ):
            if capitalised_function_word(stop.group(1)):
                value = value[: stop.start()]
                break
        value = value.rstrip(" .,;:")
        # An address starts with a capital or a number: not "la dirección es la misma",
        # nor "l'adresse : soldat Larrieu, 18e régiment" (a soldier's, by his unit).
        if regex.match(r"[\"“«]?[\p{Lu}\d]", value):
            start = match.start("value")
            found.append(Found(start, start + len(value), ADDRESS, 0.5, "address-said"))
    return found


def find_fields(text: str) -> list[Found]:
    found = _said_addresses(text)
    for match in _PERSON_FIELD.finditer(text):
        start = match.start("value")
        for name_start, name_end in _names_in(match.group("value")):
            found.append(Found(start + name_start, start + name_end, PERSON, 0.6, "form-field"))
    for match in _ADDRESS_FIELD.finditer(text):
        value = match.group("value").rstrip(" .,;")
        start = match.start("value")
        # the form's next lines of the same address: "Town: Ranelagh", "Eircode: D06 X2K7"
        line_end = match.end()
        while more := _ADDRESS_PART_FIELD.match(text, line_end):
            part = more.group("value").rstrip(" .,;")
            if part:
                found.append(
                    Found(
                        more.start("value"),
                        more.start("value") + len(part),
                        ADDRESS,
                        0.5,
                        "form-field",
                    )
                )
            line_end = more.end()
        # An envelope's "Áritun: Hr. Þorvaldur Einarsson, Bakka, ...": the name first
        addressee = _ADDRESSEE.match(value)
        if addressee:
            start += addressee.end()
            value = value[addressee.end() :]
        if regex.search(r"[\p{Lu}\d]", value) and len(value) <= 120:
            # (from the line's end, past a full stop the value lost: "1. ESK.")
            end = _lines_under(text, match.end()) if value == match["value"] else None
            found.append(Found(start, end or start + len(value), ADDRESS, 0.55, "form-field"))
    for match in _BIRTHPLACE_FIELD.finditer(text):
        value = match.group("value").rstrip(" .,;")
        if regex.match(r"\p{Lu}", value) and len(value) <= 60:
            start = match.start("value")
            found.append(Found(start, start + len(value), PLACE_OF_BIRTH, 0.55, "form-field"))
    found.extend(_table_columns(text))
    return found


# ----- registers laid out as tables ----------------------------------------------------

_PERSON_COLUMN = regex.compile(
    r"(?i)\b(?:name|names|surname|forenames?|parent|parents|father|mother|guardian|spouse|"
    r"nom|noms|prénoms?|père|mère|époux|épouse|nombre|nombres|apellidos?|padre|madre|"
    r"cónyuge|izena|abizenak|izen-abizenak|aita|ama|gurasoak|nafn|faðir|móðir|foreldrar|"
    r"maki|naam|vorname|nachname|"
    # a ledger's customers: "Supplier", "Client", "Bezeroa"
    r"supplier|customer|client|cliente|proveedor|bezeroa|viðskiptavinur|"
    # a charity's, a crowdfunder's: "Donor", "Backer", "Bakhjarl", "Donante", "Emailea"
    r"donor|backer|supporter|bakhjarl|donante|donateur|donatrice|emailea|"
    # the people a register is about, by their part: "Warden", "Propriétaire", "Sociétaire",
    # "Exposant", "Comprador", "Eigandi", "Erosle"
    r"tenant|owner|householder|holder|warden|applicant|informant|exhibitor|buyer|purchaser|"
    rf"{_KEEPERS}|"
    r"propriétaire|sociétaire|exposant|locataire|acheteur|demandeur|requérant|pétitionnaire|"
    r"titulaire|informateur|informatrice|"
    # an exhibition's or a play's: "Artiste", "Aktorea" (not a composer's, often long dead)
    r"artist|artiste|artista|acteur|actrice|actor|actriz|aktorea|leikari|listamaður|"
    r"propietario|propietaria|titular|inquilino|arrendatario|comprador|solicitante|empeñante|"
    r"informante|"
    r"eigandi|ábúandi|leigjandi|umsækjandi|heimildarmaður|"
    r"jabea|maizterra|erosle|eroslea|eskatzailea|berriemailea)\b"
)
# A ledger's column of customers' or depositors' accounts: "A/c No.", "Account No.", "N°
# compte", "Cuenta n.º", "Reikn. nr.", "Kontu zk."
_ACCOUNT_COLUMN = regex.compile(
    # (not "Acc. No.", an archive's accession number)
    r"(?i)^(?:(?:acct|a/c|account)\.?[ \t]*(?:no\.?|n[º°]|number)|"
    r"(?:n[º°o]\.?|n\.[º°])[ \t]*(?:de[ \t]+)?(?:compte|cuenta)|"
    r"(?:compte|cuenta)[ \t]+n\.?[º°o]\.?|"
    r"reikn(?:\.|ingur)?[ \t]*nr\.?|kontu[ \t]*zk\.?)$"
)
_ADDRESS_COLUMN = regex.compile(
    r"(?i)\b(?:address|abode|residence|adresse|domicile|domicilio|dirección|residencia|"
    r"helbidea|bizilekua|heimili|heimilisfang|lögheimili|aðsetur|adres|anschrift|"
    # A rural census gives the hamlet or farm as the home: "Lieu-dit", "Bær", "Baserria".
    r"lieu-dit|lieu dit|hameau|farm|bær|býli|jörð|baserria|caserío|"
    # a ledger's customer's home: "Townland", "Demeure", "Etxea, herria"
    r"townland|demeure|etxea|etxebizitza|vivienda|dwelling|"
    # an estate's rent roll's crofts, a Galician co-operative's members' homes: "Holding",
    # "Lugar y parroquia"
    r"holding|croft|lugar[ \t]+y[ \t]+parroquia|"
    r"billet|"  # an evacuee's billet
    r"home(?=[ \t]*(?:$|\())|"  # a servant's, in a wages book (not "Home or away")
    r"premises)\b"  # a gas or water board's consumer's
)
# A register's column of identity or membership numbers, or of telephone numbers.
_ID_COLUMN = regex.compile(
    r"(?i)(?<![\p{L}])(?:dni|nie|nif|nan|kennitala|kennitölu|kt\.?|ni number|ni no\.?|"
    r"national insurance|ssn|social security|nir|n° ss|passport|passeport|pasaporte|pasaportea|"
    r"vegabréf\p{L}*|"
    r"membership|member no\.?|(?:n\.?[º°o]\.?|núm\.?) (?:de )?socio|socio (?:n\.?[º°o]|núm)|"
    r"patient|"
    r"paciente|cédula|"
    r"curp|rut|run|ahv|avs|bsn|pps|ppsn|matricule|matrícula|matrikula|félagsnúmer|bazkide|bazk|"
    r"sociétaire|credencial|"
    # a pawnshop's pledger's "Céd. pers. n.º", a doctor's "N.º colegiado"
    r"céd\.(?:[ \t]*pers\.?)?|colegiad[oa]|"
    # the 1939 Register's National Registration number: "NR number", "N.R. No."
    r"nr[ \t]+number|n\.r\.[ \t]*no\.?|national[ \t]+registration|identity[ \t]+card|"
    # an evacuee's "Carte d'identité", a cattle dealer's "N.A.N." (the Basque DNI)
    r"carte[ \t]+d['’]identit[ée]|n\.a\.n\.?|"
    # a pupil's, a prisoner's, an accused's, a seaman's: "Ikasle zk.", "Txartel zk.", "N°
    # d'écrou", "Fanganr.", "Skrán.nr.", "Charge No.", "Sjóferðabók nr."
    r"ikasle|txartela?|écrou|fanganr|skrán|charge no\.?|sjóferðabók|malade|nemandanr|nemendanr|"
    # a seaman's book, a child's (an evacuee's), a user's (an electricity board's): "Libreta
    # inscr. marítima", "Haur zk.", "Notandanr."
    r"libreta|haur[ \t]+zk\.?|notandanr\.?|"
    r"n[º°o]\.?[ \t]+(?:d['’])?adhérente?|adhérente?[ \t]+n[º°o]|"
    r"assurance sociale|sécurité sociale|seguridad social|gizarte segurantza\p{L}*|"
    # a cabman's "Met. Pol. Badge", Iceland's old name number ("Nafnnúmer", "Nafnnr."), a
    # seaman's "Inscripción marítima", a driving licence's, a cabman's "n° de livret", a
    # Basque cédula ("Zedula"), a French register's "Matr."
    r"badge|nafnn(?:úmer|r\.?)|inscripci[oó]n[ \t]+mar[ií]tima|permiso[ \t]+de[ \t]+conducir|"
    r"n[º°o]\.?[ \t]+de[ \t]+livret|zedula|matr\.|"
    # a miner's lamp, check or token, a docker's tally, a clock card: "Lampe", "Chapa",
    # "Stimpilkort", "Fitxa"
    r"lamp|lampe|lámpara|lanpara|check|tally|token|jeton|chapa|txapa|stimpilkort|fitxa|ficha|"
    # a servant's health insurance card, a Spanish worker's social insurance ("Afiliación
    # S.O.E."), a French one's registration ("N° d'immatr. Ass. soc."), "Matric."
    r"health[ \t]+ins(?:\.|urance)(?:[ \t]+card)?|afiliaci[oó]n|immatr(?:\.|iculation)|"
    r"matric\.|"
    # a mutual's member ("Mutualité (n° d'affilié)"), a volunteer's criminal record check
    # ("dbs_cert_no", England's Disclosure and Barring Service)
    r"affiliée?|dbs|"
    # a seaman's enrolment ("Inskripzio-liburuxka", "Inscripción (trozo, folio y n.º)"),
    # Canada's and Chile's numbers ("N.A.S.", "S.I.N.", "R.U.T."), an identity paper, a
    # driving licence ("Licencia de manejo", "Gidabaimena")
    r"inskripzio\p{L}*|inscripci[oó]n[ \t]+\(trozo|inscription[ \t]+maritime|"
    r"n\.a\.s\.?|s\.i\.n\.?|r\.u\.t\.?|pièce[ \t]+d['’]identité|"
    r"doc(?:\.|umento)[ \t]+de[ \t]+identidad|licencia[ \t]+de[ \t]+manejo|gidabaimena|"
    # a National Health Insurance member's society and number: "Approved Society & No."
    r"approved[ \t]+society|"
    r"c\.[ \t]?c\.?|c\.[ \t]?i\.?|d\.n\.i\.?)(?![\p{L}])"  # Colombia's "C.C.", Uruguay's "C.I."
    # a ledger's "Mem. No.", an admission book's "Adm. No.", a prison's "Prisoner No.":
    # each row's number is that person's
    # (a co-operative's "Fjel. nr.", "Fél. nr.": its members')
    r"|^(?:mem|memb|member|adm|admission|reg|register|patient|prisoner|pupil|inmate|sjúkl|"
    r"fjel|fél|fjelags|félags|"
    r"hosp|hospital|nhs|tis|works|clock|pay|payroll|staff|employee|"
    # a friendly society's certificate, a church's weekly envelope: "Cert. No.", "Env. No."
    r"cert|certificate|env|envelope|"
    # an examination's candidate's "Index No.", a board's consumer's, a licence's holder's
    # (a subscriber's is below, with the borrower's)
    r"index|cand|candidate|consumer|customer|licence|license|school|"
    # a water company's subscriber's contract: "Police No.", "Póliza núm."
    r"police|póliza|pol|policy|"
    # an insurance's or a mutual's member, a quarryman: "Asegurado n.º", "Quarry No."
    r"asegurad[oa]|mutualista|quarry|"
    # a soldier's, a prisoner of war's, a pensioner's, a ration book's, a card's: "Army No.",
    # "Regtl. No.", "POW No.", "I.C. No." (identity card), "Nat. Reg. No."
    r"army|service|regtl|regimental|pow|p\.o\.w|ration[ \t]+book|ration|i\.c|pension|card|"
    r"nat\.?[ \t]*reg|nr|"
    # a creamery's supplier, a producer, an estate's tenant, a crofter
    r"supplier|sup|producer|tenant|crofter|"
    # a ration card's, an auction's buyer: "Cartilla n.º", "Seðill nr.", "Cliente n.º"
    r"cartilla|seðill|client|cliente|"
    # a seaman's discharge book, a driver's, a conductor's, a pilot's, an airport's pass; a
    # folklore collector's informant, a festival's entrant, an applicant; licences: "Dis. A
    # No.", "Dis. A or Book No.", "Licencia n.º", "Permis n°", "Leyfi nr." (a badge's, any
    # heading with the word, is above)
    r"dis\.?[ \t]*a(?:[ \t]+or[ \t]+book)?|discharge(?:[ \t]+b(?:oo)?k\.?)?|"
    r"driver|conductor|motorman|pilot|"
    r"pass|informant|entrant|competitor|applicant|licencia|carné|carnet|permis|"
    r"caf|allocataire|"  # a family allowance's claimant: "CAF zk.", "Allocataire n°"
    # a discharge book's, a ferry card's, a college's member's, a race's starter's: "Disch. A
    # No.", "Kortnr.", "Kide zk.", "Rásnr."
    r"disch\.?[ \t]*a|kort|kide|rás|"
    r"leyfi|starfsm|ökuskírt|nem|keppandi|heimildarm|umsækj|"
    # a season ticket's, a pass's, an employee's, a volunteer's, a worker's, a member's,
    # National Health Insurance's: "Abono N.º", "Pase N.º", "Empleado N.º", "Volunteer
    # No.", "Verkam. nr.", "Félaganr.", "N.H.I. No.", "Nat. Insurance No." (not "Vol. No.",
    # a catalogue's volume)
    r"abono|pase|empleado|volunteer|verkam|félaga|n\.h\.i|nat\.?[ \t]*insurance|"
    r"holder['’]?s?|"  # a season ticket's holder: "Holder's No."
    # a society's subscriber, a convict, a student's enrolment: "Sub. No.", "Convict No.",
    # "Innritunarnr."
    r"sub|subscription|convict|innritunar)"
    r"(?:['’]s)?\.?[ \t]*"  # ("Prisoner's No.")
    r"(?:no\.?|n\.?[º°]\.?|nr\.?|number|zk\.?|núm\.?)$"
    # "N° matr.", "N° d'inscription", "No dossier", "No RAMQ"; a clinic's "Exp." (expediente)
    # ("Núm. de alumno")
    r"|^(?:n[º°o]|n\.[º°]|núm)\.?[ \t]*(?:matr?\.?|d['’]inscr(?:iption|\.)|dossier|ramq|"
    # a driving licence's: "N.º permiso", "N° du certificat" (de capacité); a water
    # subscriber's contract: "N° police"
    r"permiso|(?:du[ \t]+)?certificat|police|póliza|mle\.?|"
    # a library's reader's, a club's card's: "N° lecteur", "N.º carnet", "N° carte"
    r"(?:du[ \t]+|de[ \t]+|del[ \t]+)?(?:lecteur|lectrice|lector|carte|carnet|carné|"
    # a subscriber's, a pupil's, a customer's: "N° d'abonné", "N.º de abonado"
    r"(?:d['’])?abonnée?|abonad[oa]|(?:d['’])?élève|d['’]étudiante?|client|cliente|"
    # a soldier's, a prisoner's, a pensioner's, a ration card's, a supplier's, a farmer's, a
    # subscriber's: "N° mle", "N.º filiación", "N° carte d'alimentation", "N.º proveedor"
    r"filiación|prisioner[oa]|pensi[oó]n|cartilla|livret|carte[ \t]+d['’]alimentation|"
    r"fournisseur|proveedor|exploitant|suscriptor|"
    # a dairy's member, a show's exhibitor's society: "N° soc.", "N° adh."
    r"soc\.?|sociétaire|adh\.?|"
    # a badge, an agent, a licence, an informant, a competitor, a pupil: "N° insigne",
    # "N.º chapa", "N° d'agent", "N° du permis", "N.º licencia", "N.º concursante"
    r"insigne|(?:d['’])?agente?|(?:du[ \t]+)?permis|licencia|informateur|informante|"
    r"concurrent|concursante|alumn[oa]|empleado|obrer[oa]|operari[oa]|productor|"
    # a member, a housing candidate, a family allowance's claimant: "No membre", "N° de
    # candidat", "N° d'allocataire"
    r"membre|candidate?|(?:d['’])?allocataire|stagiaire|pers\.?|voluntari[oa]|"
    # a prisoner's: "N.º de reclusión"
    r"recluso|reclusi[oó]n))$"
    # "Ticket", "Reader's ticket", "Skírt." (skírteini), "Txartela", "Harpidedun zk."
    r"|^(?:(?:reader['’]?s[ \t]+)?ticket(?:[ \t]+no\.?)?|"
    r"(?:skírt\.?|skírteini\p{L}*)(?:[ \t]+nr\.?)?|"
    r"txartela|carnet|carné|carte[ \t]+n[º°o]\.?|"
    r"(?:harpidedun|subscriber|borrower)[ \t]*(?:zk\.?|no\.?)|"
    # a member's: "Memb.", "Socio", "Áskr. nr." (áskrifandi, a subscriber)
    r"memb\.?|member|socio|socia|bazkidea?|áskr\.?[ \t]*nr\.?|áskrifandi|"
    # a family's ration book, an alien's registration, an identity card, a sports
    # federation's licence, a council tenant's rent account: "Ration Book", "Alien Reg.",
    # "Carnet de identidad", "Licencia federativa", "Corporation rent a/c"
    r"ration[ \t]+book|alien[ \t]+reg(?:istration|\.)?|carnet[ \t]+de[ \t]+identidad|"
    r"licencia[ \t]+federativa|(?:corporation[ \t]+)?rent[ \t]+(?:a/c|account)|"
    # a sports federation's licence in Basque and in French ("Licence FFRandonnée"), a wet
    # nurse's booklet
    r"federazio[ \t]+lizentzia|licence[ \t]+(?-i:\p{Lu}{2,}\p{L}*)|livret[ \t]+de[ \t]+nourrice|"
    r"abonad[oa]|abonnée?|harpideduna?|mle\.?|"
    # an army number, a co-operative's supplier: "Hermannsnr.", "Innl. nr."
    r"hermannsnr\.?|innl\.?[ \t]*nr\.?|innleggjandi[ \t]+nr\.?|"
    r"(?:soldadu|gudari|hornitzaile|bezero|pentsio|lizentzia|baimen|gidabaimen|langile|"
    r"eskatzaile|berriemaile|lehiakide|harpidedun|hautagai)[ \t-]*zk\.?)$"
    r"|^exp(?:ediente)?\.?$"
    # a pupil's, a learner's, a register's column of identity papers: "Nemandanúmer",
    # "Learner ID", "Documento" ("D.N.I. 6.893.411", "cédula n.º 4.312")
    r"|^(?:nem[ae]ndanúmer|(?:learner|student)[ \t]+id|documento|"
    # a volunteer's, a trade union's card: "Vol ID", "Union card" ("N.A.T.K.E. 14402")
    # an Argentine employee's file number, "Legajo"
    r"vol(?:unteer)?[ \t]+id|union[ \t]+card|legajo)$"
)
# A register's own numbering, "No.", "N°", "Zk.": a count of entries ("233", "2021-07") or
# the members' codes ("W.101", "G-014", "B/104"), which are one person's.
_ENTRY_NUMBER_COLUMN = regex.compile(
    r"(?i)^(?:no\.?|n[º°]|n\.º|nr\.?|zk\.?|zenb\.?|núm\.?|reg\.?|"
    # "N° d'ordre", "Núm. de orden", "Sarrera zk." (the entry's)
    r"(?:n[º°o]\.?|núm\.?|número)[ \t]+d(?:['’]|e[ \t]+)(?:ordre|orden)|sarrera[ \t]+zk\.?)$"
)
# A heading that names the members themselves, the register's people: "Sociétaire",
# "Bazkidea", "Socio", "Asegurado", "Member"
_MEMBER_HEADING = regex.compile(
    r"(?i)^(?:sociétaire|adhérente?|mutualiste|bazkidea?|socio|socia|asegurad[oa]|mutualista|"
    r"member|félagi|félagsmaður)$"
)
_MEMBER_CODE_SHAPE = r"\p{Lu}{1,4}[./-]?\d{3,}"
_MEMBER_CODE = regex.compile(rf"^{_MEMBER_CODE_SHAPE}$")
# a member's number in its cell: "98-014" (the season's year and the member's place in it),
# "W.101", and a life member's or a founder's mark after it: "412 L*", "96 †"
_MEMBER_CELL = regex.compile(
    rf"(?P<number>\d{{1,6}}|\d\d-\d{{3,4}}|{_MEMBER_CODE_SHAPE})(?:[ \t]+\p{{Lu}}?[*†‡]*)?"
)
# A register of admissions, where each row is a person's stay (a school's, a hospital's,
# a workhouse's, an asylum's) and not an event (a baptism, a burial) or a gift: its
# numbers are the admission numbers that person's other papers carry. Its headings say
# how the stay ended, what ailed them, who answered for them, where they last were.
_STAY_COLUMN = regex.compile(
    r"(?i)(?<![\p{L}])(?:discharged?|disch\.?|leaving|left|last[ \t]+school|guardian|"
    r"diagnosis|disease|illness|sortie|maladie|diagnostic|tuteur|sjúkdómur|út|"
    r"forráðamaður|síðasti[ \t]+skóli|irteera|gaixotasuna|alta|salida|egreso|diagnóstico|"
    r"enfermedad|quién[ \t]+lo[ \t]+presenta|útskrifað\p{L}*|nork[ \t]+aurkeztua|"
    r"on[ \t]+admission|décès)(?![\p{L}])"
)
# an admission number: "1187", "38-0412", "B-1043", "57-08412"
_ADMISSION_NUMBER = regex.compile(r"^(?:\p{Lu}-)?\d+(?:-\d+)?$")
_PHONE_COLUMN = regex.compile(
    r"(?i)(?<![\p{L}])(?:tel|tél|teléf|teléfono|telefono|telefonoa|téléphone|telephone|phone|sími|"
    r"símanúmer|mobile|móvil|celular|fono|gsm|portable|contact|t\.[ \t]?e)\.?(?![\p{L}])"
)
# A birthplace's column: "Where born", "Lieu de naissance", "Jaioterria", "Fæð.st."
_BIRTHPLACE_COLUMN = regex.compile(
    r"(?i)(?:where[ \t]+born|place[ \t]+of[ \t]+birth|birthplace|lieu[ \t]+de[ \t]+naissance|"
    r"lugar[ \t]+de[ \t]+nacimiento|natural[ \t]+de|jaioterria|fæðingarstaður|fæð\.[ \t]?st\.)"
)
_DATE_WORD = regex.compile(r"(?i)\bdate|\bfecha|\bdata|dagur|\bday|\bjour")
_BIRTH_COLUMN = regex.compile(
    r"(?i)\b(?:born|birth|date of birth|naissance|né|née|nacimiento|nacido|jaiotza|jaiotze|"
    r"jaioa|fæddur|fædd|fæðingardagur|geboren|geburtsdatum|dob|d\.o\.b)\b"
)


def row_cells(line: str, offset: int) -> list[tuple[int, int]]:
    """Each cell of a "|"-separated line, as (start, end) in the text, spaces trimmed."""
    cells, at = [], 0
    for part in line.split("|"):
        stripped = part.strip()
        lead = len(part) - len(part.lstrip())
        cells.append((offset + at + lead, offset + at + lead + len(stripped)))
        at += len(part) + 1
    return cells


def _table_columns(text: str) -> list[Found]:
    return (
        _bar_table_columns(text)
        + _slash_table_columns(text)
        + _delimited_columns(text)
        + _spaced_columns(text)
        + _directory_lines(text)
    )


# A telephone directory's title: "List of subscribers", "Annuaire des abonnés au
# téléphone", "Guía de abonados", "Símaskrá", "Telefono harpidedunen gida". Its entries'
# numbers are the subscribers' telephone numbers, however short (a village exchange's
# "7", "61 b", "1-34-56").
_DIRECTORY_TITLE = regex.compile(
    r"(?i)(?<![\p{L}])(?:telephone[ \t]+directory|(?:list|directory)[ \t]+of[ \t]+subscribers|"
    r"annuaire(?:[ \t]+\p{L}+){0,3}[ \t]+(?:abonnés|téléphone)|gu[ií]a[ \t]+(?:telef[oó]nica|"
    r"de[ \t]+abonados)|símaskrá|telefono[ \t]+harpidedun\p{L}*)"
)
# A list of a club's or a society's members, whose numbers are the members' own: "List of
# members", "Liste des membres", "Lista de socios", "Félagaskrá", "Bazkideen zerrenda"
_MEMBERS_TITLE = regex.compile(
    r"(?i)(?<![\p{L}])(?:list[ \t]+of[ \t]+members|members['’]?[ \t]+list|"
    r"membership[ \t]+(?:roll|list)|liste[ \t]+des[ \t]+(?:membres|adhérents|sociétaires)|"
    r"(?:lista|relación)[ \t]+de[ \t]+socios|"
    r"(?:register|roll)[ \t]+of[ \t]+members|registre[ \t]+des[ \t]+membres|"
    r"registro[ \t]+de[ \t]+socios|"
    r"félagaskrá|félagatal|meðlimaskrá|bazkideen[ \t]+(?:zerrenda|erregistro\p{L}*)|"
    # a newspaper's subscribers: "Harpidedunen zerrenda", "Lista de suscriptores" (not a
    # telephone exchange's "List of Subscribers", a directory)
    r"harpidedunen[ \t]+zerrenda|(?:lista|relación)[ \t]+de[ \t]+suscriptores|"
    r"áskrifendaskrá|áskrifendalisti)"
)
# An entry's number at a line's start, before the subscriber: "  7  Bréhier (Eugène),
# docteur", " 12 | Díaz Posada, Manuel", "103 P 2 | Shearer, Peter" (a party line's ring)
_SUBSCRIBER_NUMBER = r"\d{1,5}(?:[ \t-]\d{2}){0,2}(?:[ \t]?(?:bis|ter|[a-d](?![\p{L}])|P[ \t]?\d))?"
_DIRECTORY_NUMBER = regex.compile(
    rf"(?m)^[ \t]*\K{_SUBSCRIBER_NUMBER}(?=[ \t]*\|[ \t]*\p{{Lu}}|[ \t]{{2,}}\p{{Lu}})"
)
_DIRECTORY_CELL = regex.compile(rf"{_SUBSCRIBER_NUMBER}(?![\w-])")


def _directory_lines(text: str) -> list[Found]:
    if not _DIRECTORY_TITLE.search(text, 0, 600):
        return []
    return [
        Found(m.start(), m.end(), PHONE, 0.5, "directory") for m in _DIRECTORY_NUMBER.finditer(text)
    ]


def _bar_table_columns(text: str) -> list[Found]:
    """Cells of a register laid out with "|": those under a heading such as "Name",
    "Address" or "Born" are proposed as that kind of personal data. The heading holds
    over the lines between households ("Maison 15, ménage 18"); a row is read as a new
    heading only when it has no digit and names two kinds of column, so that a row whose
    cell says "épouse" or "mother" stays a row."""
    found: list[Found] = []
    members: list[Found] = []
    kinds: list[str | None] | None = None
    offset = 0
    for line in text.split("\n"):
        cells = line.count("|")
        if cells >= 2:
            heading = _heading_kinds(text, row_cells(line, offset))
            if kinds is None or len(kinds) != cells + 1:
                kinds = heading if any(heading) else None
            elif sum(map(bool, heading)) >= 2 and not regex.search(r"\d", line):
                kinds = heading
            else:
                for kind, (start, end) in zip(kinds, row_cells(line, offset), strict=True):
                    cell = _cell(text, kind, start, end)
                    (members if kind == _MEMBER_ENTRY else found).extend(cell)
        offset += len(line) + 1
    # members numbered 1, 2, 3 ... in the list's order are counted, not numbered (a table
    # ruled with "|"; in other layouts the numbers are proposed)
    counted = [text[m.start : m.end] for m in members] == [
        str(n) for n in range(1, len(members) + 1)
    ]
    return found + ([] if counted else members)


def heading_rows(text: str) -> list[tuple[int, int]]:
    """Where the headings of registers ruled with "|" stand: a row with no digit that
    starts a table and names at least one kind of column ("Izena | Jaiotze-data | Lana")."""
    rows = []
    cells_before = 0
    offset = 0
    for line in text.split("\n"):
        cells = line.count("|")
        if (
            cells >= 2
            and cells != cells_before
            and not regex.search(r"\d", line)
            # (what _heading_kinds makes of the kinds only renames them, so the headings'
            # own kinds tell whether there is any)
            and any(_column_kind(text[a:b]) for a, b in row_cells(line, offset))
        ):
            rows.append((offset, offset + len(line)))
        cells_before = cells if cells >= 2 else 0
        offset += len(line) + 1
    return rows


# A transcriber's note of a register's columns, "Columns: No. / Name / Address / ...",
# or a heading line whose columns stand between " / " or dashes.
_COLUMNS_LABEL = regex.compile(
    r"(?i)^[ \t]*(?:columns|columns in (?:the )?original|colonnes|columnas|zutabeak|dálkar|"
    r"headings|en-têtes)[ \t]*:[ \t]*"
)
_SLASH = regex.compile(r"[ \t]+/[ \t]+")
# A row's cells stand between " / " as the heading's do, or else between dashes.
_DASHES = regex.compile(r"[ \t]+(?:–|—|--)[ \t]+")
# "41. Rodríguez Castro, Benito – 24 – ...": the row's number and its first cell in one
_ROW_NUMBER = regex.compile(r"(?:\d+[.)]|n[º°o]\.?[ \t]*\d+[.)]?)[ \t]+(?=\p{L})", regex.I)


def _split(text: str, start: int, end: int, separator: regex.Pattern[str]) -> list[tuple[int, int]]:
    """The cells of text[start:end] between separators, as (start, end), spaces trimmed."""
    cells, at = [], start
    for match in separator.finditer(text, start, end):
        cells.append((at, match.start()))
        at = match.end()
    cells.append((at, end))
    return _trimmed(text, cells, " \t")


def _trimmed(text: str, cells: list[tuple[int, int]], strip: str) -> list[tuple[int, int]]:
    """Each cell without the characters of ``strip`` at its ends."""
    trimmed = []
    for a, b in cells:
        while a < b and text[a] in strip:
            a += 1
        while b > a and text[b - 1] in strip:
            b -= 1
        trimmed.append((a, b))
    return trimmed


def _read_row(
    text: str,
    kinds: list[str | None],
    cells: list[tuple[int, int]],
    named: list[bool] | None = None,
) -> list[Found]:
    """A counted register's row read cell by cell in its heading's order (a row that
    leaves out its last cells, its remarks, is read as far as it goes)."""
    found = []
    for i, (kind, (a, b)) in enumerate(zip(kinds, cells, strict=False)):
        home = _home_cell(text, a, b, bool(named and named[i])) if kind == ADDRESS else (a, b)
        if home:
            found.extend(_cell(text, kind, *home))
    return found


def _slash_table_columns(text: str) -> list[Found]:
    """Cells of a register whose headings stand between " / " or dashes ("N° d'ordre /
    Nom et prénoms / Domicile / ..."), alone on a line or after "Columns:", and whose rows
    follow with their cells between " / " or dashes. A row is read cell by cell in the
    heading's order, when it has at most two cells fewer than the heading; the table ends
    at a line that is not such a row, nor blank."""
    found: list[Found] = []
    kinds: list[str | None] | None = None
    named: list[bool] = []
    offset = 0
    for line in text.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        label = _COLUMNS_LABEL.match(line)
        if label or not regex.search(r"\d", line):
            separator = _SLASH if _SLASH.search(line) else _DASHES
            cells = _split(text, start + (label.end() if label else 0), end, separator)
            heading = _heading_kinds(text, cells)
            if len(cells) >= 3 and sum(map(bool, heading)) >= 2:
                kinds = heading
                # "Nom, profession et domicile du père": a name and a trade before the home
                named = [bool(_PERSON_COLUMN.search(text[a:b])) for a, b in cells]
                continue
        if kinds is None or not line.strip():
            continue
        cells = _split(text, start, end, _SLASH if _SLASH.search(line) else _DASHES)
        number = _ROW_NUMBER.match(text, cells[0][0], cells[0][1])
        if number and len(cells) == len(kinds) - 1:
            cells[:1] = [(cells[0][0], number.end()), (number.end(), cells[0][1])]
        if len(cells) < max(3, len(kinds) - 2):
            kinds = None
            continue
        found.extend(_read_row(text, kinds, cells, named))
    return found


def _delimited_cells(text: str, start: int, end: int, delimiter: str) -> list[tuple[int, int]]:
    """A spreadsheet's row as exported: cells between commas, semicolons or tabs, a cell in
    double quotes holding the delimiter ("14 Kiln Lane, Ashby"); (start, end) of each
    cell's value, spaces and quotes trimmed."""
    cells, at, quoted = [], start, False
    for i in range(start, end):
        if text[i] == '"':
            quoted = not quoted
        elif text[i] == delimiter and not quoted:
            cells.append((at, i))
            at = i + 1
    cells.append((at, end))
    return _trimmed(text, cells, ' \t"')


def _delimiter(line: str) -> str | None:
    for delimiter in ("\t", ";", ","):
        if line.count(delimiter) >= 2:
            return delimiter
    return None


def _delimited_columns(text: str) -> list[Found]:
    """Cells of a spreadsheet exported as text, comma-, semicolon- or tab-separated, under
    a heading row of short headings ("name,address,phone,email", "Nafn\tKennitala\t
    Heimili"). A row is read only when it has as many cells as the heading; the table ends
    at a line that is not such a row, nor blank."""
    found: list[Found] = []
    kinds: list[str | None] | None = None
    delimiter: str | None = None
    offset = 0
    for line in text.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        here = _delimiter(line)
        if here and not regex.search(r"\d", line):
            cells = _delimited_cells(text, start, end, here)
            heading = _heading_kinds(text, cells)
            short = all(len(text[a:b].split()) <= 4 for a, b in cells)
            if short and sum(map(bool, heading)) >= 2:
                kinds, delimiter = heading, here
                continue
        if kinds is None or delimiter is None or not line.strip():
            continue
        cells = _delimited_cells(text, start, end, delimiter)
        if len(cells) != len(kinds):
            kinds = None
            continue
        found.extend(_read_row(text, kinds, cells))
    return found


# A register typed in columns that two spaces or more keep apart.
COLUMN_SPACE = regex.compile(r"[ \t]{2,}|\t")


def _spaced_columns(text: str) -> list[Found]:
    """Cells of a register typed in columns ("Adm. No.   Name of Child   Date of Birth
    Residence"), under a heading line of short headings with no digit that names two
    kinds of column at least. A row is read when it has as many cells as the heading (one
    cell fewer: the last, remarks, left out); the table ends at a line that is neither."""
    found: list[Found] = []
    kinds: list[str | None] | None = None
    offset = 0
    for line in text.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        cells = _split(text, start, end, COLUMN_SPACE) if line.strip() else []
        if len(cells) >= 3 and not regex.search(r"\d", line):
            heading = _heading_kinds(text, cells)
            if all(len(text[a:b].split()) <= 5 for a, b in cells) and sum(map(bool, heading)) >= 2:
                kinds = heading
                continue
        if kinds is None or not line.strip():
            continue
        if not len(kinds) - 1 <= len(cells) <= len(kinds):
            kinds = None
            continue
        found.extend(_read_row(text, kinds, cells))
    return found


# A census's "Staða á heimili" is a person's place in the household (húsbóndi, kona hans),
# "Relation to head of household" likewise: not where they live.
# "Años de residencia" and "years at this address" are a count of years.
_HOUSEHOLD_ROLE_COLUMN = regex.compile(
    r"(?i)\b(?:staða|stöðu|relation|relationship|parenté|años|years|ans|urte|urteak|ár)\b"
)
# A trade: "Father's trade", "Profession du père", "Oficio del padre" (no person's column,
# though it names one).
_TRADE_COLUMN = regex.compile(
    r"(?i)\b(?:trade|occupation|profession|quality|rank|métier|profesión|oficio|lanbidea|"
    r"starf)\b"
)


_ENTRY_NUMBER = "entry-number"
_ADMISSION = "admission-number"
_DIRECTORY_ENTRY = "directory-entry"
_MEMBER_ENTRY = "member-entry"


def _heading_kinds(text: str, cells: list[tuple[int, int]]) -> list[str | None]:
    """What each column of a heading row holds; the register's own numbering is its
    admission numbers when another heading shows its rows are people's stays."""
    kinds = [_column_kind(text[a:b]) for a, b in cells]
    members = [bool(_MEMBER_HEADING.match(text[a:b])) for a, b in cells]
    if _ENTRY_NUMBER in kinds and any(members):
        # "N° | Sociétaire | Domicile", "Zk. | Bazkidea | Etxea": the number is the
        # member's and the member's column holds names
        kinds = [
            PERSON if member else _MEMBER_ENTRY if kind == _ENTRY_NUMBER else kind
            for kind, member in zip(kinds, members, strict=True)
        ]
    elif any(_STAY_COLUMN.search(text[a:b]) for a, b in cells):
        kinds = [_ADMISSION if kind == _ENTRY_NUMBER else kind for kind in kinds]
    elif _MEMBERS_TITLE.search(text, 0, 600):
        # a list of members' "No.", "Zk.": their member numbers
        kinds = [_MEMBER_ENTRY if kind == _ENTRY_NUMBER else kind for kind in kinds]
    elif _DIRECTORY_TITLE.search(text, 0, 600):
        # a telephone directory's "No.", "Zk.": the subscribers' numbers
        kinds = [_DIRECTORY_ENTRY if kind == _ENTRY_NUMBER else kind for kind in kinds]
    return kinds


_ANIMAL_COLUMN = regex.compile(
    r"(?i)(?<![\p{L}])(?:dog|dog['’]s|bitch|hound|horse|horse['’]s|mare|stallion|pony|ram|ewe|"
    r"bull|cow|bird|pigeon|chien|chienne|cheval|jument|étalon|bélier|taureau|vache|perro|perra|"
    r"caballo|yegua|semental|carnero|toro|vaca|hund\p{L}*|hest\p{L}*|hryss\p{L}*|hrút\p{L}*|"
    r"txakur\p{L}*|zaldi\p{L}*|behor\p{L}*|ahari\p{L}*)(?![\p{L}])"
)


def _column_kind(heading: str) -> str | None:
    heading = heading.replace("_", " ")  # a spreadsheet's export: "first_name", "home_address"
    if regex.search(r"\d", heading):
        return None
    if _HOUSEHOLD_ROLE_COLUMN.search(heading):
        return None
    if _ID_COLUMN.search(heading):
        return ID_NUMBER
    if _ACCOUNT_COLUMN.match(heading.strip()):
        return IBAN
    if _ENTRY_NUMBER_COLUMN.match(heading.strip()):
        return _ENTRY_NUMBER
    # ("Address / contact" is a home's, its telephone found by its own finder)
    if _PHONE_COLUMN.search(heading) and not _ADDRESS_COLUMN.search(heading):
        return PHONE
    if _ADDRESS_COLUMN.search(heading):
        return ADDRESS
    if _BIRTHPLACE_COLUMN.search(heading) and not _DATE_WORD.search(heading):
        return PLACE_OF_BIRTH  # ("Date et lieu de naissance" is a date's, with its place)
    if _BIRTH_COLUMN.search(heading):
        return DATE_OF_BIRTH
    if _TRADE_COLUMN.search(heading):
        return None
    if _PERSON_COLUMN.search(heading) and not _ANIMAL_COLUMN.search(heading):
        return PERSON  # (not a stud book's "Name of dog", "Nom du cheval")
    return None


_PLACE_IN_BIRTH_CELL = regex.compile(
    r"(?<![\p{L}.])\p{Lu}[\p{L}'’\-]+"
    r"(?:[ \t]+(?:(?:de|del|du|í|á|sur|upon)[ \t]+)?\p{Lu}[\p{L}'’\-]+)*"
)
# A seaman's enrolment by his port (or its letters), the year and his number, or by the
# district's folio and number: "Dinan 1873/31", "St-M. 1879/140", "S.S. 1899/214", "Cádiz, f.º
# 12, n.º 47", "Lanzarote, 2.ª lista, f.º 114/1947" (the port is part of the number)
_ENROLMENT_CELL = regex.compile(
    r"\p{Lu}[\p{L}.-]*(?:[ \t]\p{Lu}[\p{L}.-]*)?,?[ \t]+(?:\d\.ª[ \t]+lista,[ \t]*)?"
    r"(?:\d{4}/\d{1,4}|f\.º[ \t]*\d+(?:/\d{4}|,[ \t]*n\.º[ \t]*\d+))"
)
# The number in an ID, telephone or account cell, letters beside it ("35.127.904",
# "11-004187", "(03496) 42-1587", "9.214.557-K"), a reservist's class letter after it
# ("R.N.R. 2183 D"), a seaman's enrolment by province and list ("SC-1.ª/1187"); a label's
# initials before it are left out ("C.I. 1.024.558-3")
_CELL_NUMBER_ITSELF = (
    r"\K[\dA-Z(+](?:[\dA-Z .\-/()]|(?<=\d\.)[ªº])*\d[\dA-Z]*(?:-[\dKk]|[ \t][A-Z]$)?"
)
_CELL_NUMBER = regex.compile(rf"(?:(?:\p{{Lu}}\.)+[ \t]+)*{_CELL_NUMBER_ITSELF}")
# ... and in an ID cell an ID paper's name is left out too ("C.I. P.F. 2.314.870", "NIE
# X3476218K"), while an ID's own letter or code stays ("R. 412966", "BA 54 1207", "KFCB 12/1")
_ID_CELL_NUMBER = regex.compile(
    r"(?:(?:(?:\p{Lu}\.){2,}|DNI|NIE|NIF|RUT|RUN|CURP|NIR|NAS|SIN|SSN|AVS|AHV|BSN)[ \t]+)*"
    + _CELL_NUMBER_ITSELF
)
_FOLIO_THEN_NUMBER = regex.compile(
    r"(?i)(?<![\p{L}])(?:f[º°]|f\.º|fol\.?|folio)[ \t]*\d+[ \t]*(?:v[º°o]?|r[º°o]?)?,?[ \t]*"
    r"(?:n[º°o]|n\.º|núm\.?)[ \t]*(?P<number>\d(?:[\d.]*\d)?)"
)
# a Spanish cédula personal's class and number: "12.ª cl. n.º 34.512"
_CEDULA_CELL = regex.compile(
    r"\d{1,2}\.?[ªº][ \t]*cl(?:ase)?\.?,?[ \t]*(?:n\.?[º°]\.?|núm\.?)[ \t]*(?P<number>\d[\d.]{2,})"
)
# an old exchange's name and the number on it, however short
# ("Mexicana 3-18-52", "Mountain Home 77-J": Mexico City's two networks, a party line)
_EXCHANGE_CELL = regex.compile(
    r"\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?[ \t]+\d{1,6}(?:-\d{1,3}){0,2}(?:-[A-Z])?"
)
_EMPTY_CELLS = frozenset(
    (
        *("none", "-", "—", "?", "do.", "do", "ditto", "id.", "idem", "ídem", '"', "berdin"),
        # a donor who gave no name
        *("anonymous", "anon.", "anonyme", "anónimo", "anónima", "anonimoa", "nafnlaus"),
        "nafnlaust",
    )
)
# a rent roll's empty holding: "Vacant (late Wm. Ross)"
_VACANT = regex.compile(r"(?i)vacante?(?![\p{L}])")


# The kin whose home an address cell gives, and their name: "wife Gwladys Rees, ",
# "sister Mrs. K. Brennan, ", "mère, ", "su hermana Rosa, ", "móðir, "
_KIN_FIRST = regex.compile(
    r"(?i:(?:his|her|sa|son|su|hans|hennar)[ \t]+)?"
    r"(?i:mother|father|wife|husband|sister|brother|son|daughter|cousin|uncle|aunt|widow|"
    r"parents|niece|nephew|grandmother|grandfather|mère|père|épouse|femme|mari|sœur|soeur|"
    r"frère|fils|fille|veuve|madre|padre|esposa|esposo|marido|hermana|hermano|hijo|hija|"
    r"viuda|emaztea|senarra|arreba|ahizpa|anaia|neba|alaba|semea|móðir|faðir|eiginkona|"
    r"systir|bróðir|sonur|dóttir)"
    r"(?:[ \t]+(?P<name>(?:(?:Mrs|Mr|Miss|Ms|Mme|Mlle|Sra|Dña|frú)\.?[ \t]+)?"
    r"\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3}))?"
    r",[ \t]*(?=\d|\p{Lu}|\p{Ll}+[ \t]+\p{Lu})"
)


def _cell(text: str, kind: str | None, start: int, end: int) -> list[Found]:
    value = text[start:end]
    # nothing, or a ditto: "do.", "id.", '"' say "as the line above", which is found there
    if kind is None or not value or value.casefold() in _EMPTY_CELLS:
        return []
    if kind == PERSON:
        if _VACANT.match(value):
            return []
        # "Mrs A. Ainsley (widow)", "Walter Hope, farmer": the name, not the remark.
        # (and a widow's word: "Widow Mary Lamont", "Vve Pottier", "Vda. de Martín Tovar")
        value = regex.sub(
            r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Rev|M|Mme|Mlle|Sr|Sra|D|Dña|frú|séra|Widow|Veuve|Vve|"
            r"Vda|Viuda)\.?\s+(?:de\s+)?)+",
            "",
            value,
        )
        start = end - len(value)
        where = _name_value(value)
        return [Found(start, start + where[1], PERSON, 0.55, "register")] if where else []
    if kind in (_ENTRY_NUMBER, _ADMISSION):
        code = _MEMBER_CODE.match(value) or (
            kind == _ADMISSION
            and _ADMISSION_NUMBER.match(value)
            and sum(c.isdigit() for c in value) >= 3
        )
        return [Found(start, end, ID_NUMBER, 0.6, "register")] if code else []
    if kind == _MEMBER_ENTRY:
        member = _MEMBER_CELL.fullmatch(value)
        if not member:
            return []
        return [Found(start, start + member.end("number"), ID_NUMBER, 0.6, "register")]
    if kind == _DIRECTORY_ENTRY:
        # however short, and in a date's shape ("1-12-05", a Donostia number of 1958)
        entry = _DIRECTORY_CELL.match(value)
        return [Found(start, start + entry.end(), PHONE, 0.5, "directory")] if entry else []
    if kind in (ID_NUMBER, PHONE, IBAN):
        if kind == ID_NUMBER and regex.fullmatch(r"(?:\p{Lu}{1,3}[-/.]?)?\d{1,2}", value):
            return [Found(start, end, ID_NUMBER, 0.6, "register")]  # a member's: "14", "S-31"
        if kind == ID_NUMBER and _ENROLMENT_CELL.fullmatch(value):
            return [Found(start, end, ID_NUMBER, 0.8, "register")]
        # a seaman's enrolment, its register's folio then his number: "Paimpol, f° 212, n°
        # 1843" (the number, not the folio)
        enrolment = _FOLIO_THEN_NUMBER.search(value) if kind == ID_NUMBER else None
        if enrolment:
            number_at = enrolment.span("number")
            return [Found(start + number_at[0], start + number_at[1], ID_NUMBER, 0.8, "register")]
        # "12.ª cl. n.º 34.512", also after whose it is ("presentada la del marido, Matías
        # Ruiz, 11.ª cl., n.º 99.012")
        cedula = _CEDULA_CELL.search(value) if kind == ID_NUMBER else None
        if cedula:
            # (the number: the labelled texts leave its class out 24 times in 27)
            number_at = cedula.span("number")
            return [Found(start + number_at[0], start + number_at[1], ID_NUMBER, 0.8, "register")]
        if kind == PHONE and _EXCHANGE_CELL.fullmatch(value):
            return [Found(start, end, PHONE, 0.8, "register")]  # "Londonderry 3517", "Blarney 12"
        # a number of three digits or more, letters beside it; not "—" nor "id.", nor a
        # label's initials, nor a date where a row's cells have slipped
        number = (_ID_CELL_NUMBER if kind == ID_NUMBER else _CELL_NUMBER).search(value)
        if (
            number
            and sum(c.isdigit() for c in number.group()) >= 3
            # (a bare number of a year's shape is the column's: matricule 1841, a telephone
            # alone in its cell, 1809)
            and not (
                DATE_PATTERN.fullmatch(number.group())
                and not (kind == ID_NUMBER and number.group().isdigit())
                and not (kind == PHONE and number.group() == value and value.isdigit())
            )
        ):
            a, b = start + number.start(), start + number.end()
            return [Found(a, b, kind, 0.8, "register")]  # the heading says what it is
        return []
    if kind == DATE_OF_BIRTH:
        date = DATE_PATTERN.search(value)
        if not date:
            return []
        found = [Found(start + date.start(), start + date.end(), kind, 0.6, "register")]
        # the birthplace written with it: "3 janv. 1915 à Audierne", "Seraing, 11.02.1904"
        places = [
            p
            for p in _PLACE_IN_BIRTH_CELL.finditer(value)
            if not date.start() <= p.start() < date.end()
        ]
        if places:
            a, b = start + places[0].start(), start + places[0].end()
            found.append(Found(a, b, PLACE_OF_BIRTH, 0.5, "register"))
        return found
    if kind == PLACE_OF_BIRTH:
        place = _PLACE_IN_BIRTH_CELL.search(value)
        return (
            [Found(start + place.start(), start + place.end(), kind, 0.5, "register")]
            if place
            else []
        )
    if not regex.search(r"\p{L}", value):
        return []
    # a next of kin's home, whose it is first: "cousin Said Abdi, 17 Angelina Street",
    # "mother, Smedasundet 12, Haugesund" (the name is a person, the rest the home)
    kin = _KIN_FIRST.match(value)
    if not kin:
        return [Found(start, end, ADDRESS, 0.5, "register")]
    home = Found(start + kin.end(), end, ADDRESS, 0.5, "register")
    if not kin["name"]:
        return [home]
    return [
        Found(start + kin.start("name"), start + kin.end("name"), PERSON, 0.5, "register"),
        home,
    ]


def _home_cell(text: str, start: int, end: int, after_a_name: bool) -> tuple[int, int] | None:
    """Where the home is in an address cell of a register whose cells are counted rather
    than ruled, so that a row with a cell left out slips: none in a cell that starts as a
    sentence does or with whose house it is, or holds a paper's number. Under a heading
    that names a person too, the home starts at a house number or a home's word after the
    name and trade ("Le Bras Pierre, cheminot, 12 rue des Forges, Lannion")."""
    value = text[start:end]
    if _NOT_A_HOME_CELL.search(value):
        return None
    if after_a_name:
        home = _HOME_AFTER_A_NAME.search(value)
        if home:
            start, value = start + home.start(), value[home.start() :]
    # "colocada en casa de la familia Ferrés, ...", "con su esposa y tres hijos"
    if regex.match(r"\p{Ll}", value) and not _HOME_WORD_FIRST.match(value):
        return None
    whose = _WHOSE_HOUSE.search(value)
    # a full stop ends the cell, not an abbreviation ("N.-B.")
    kept = value[: whose.start()] if whose else regex.sub(r"(?<!\p{Lu})[ .]+$", "", value)
    return start, start + len(kept)


# The lower-case words an address cell may start with: a street's ("rue de Brest, n°
# 18") or a rural home's ("boîte 41", "chacra «La Gallega»", "section Bananier").
_HOME_WORDS = (
    rf"(?i:{STREET_WORDS_BEFORE}|box|boîte|case|lot|section|quartier|village|chacra|"
    r"paraje|ruta|rural|r\.r\.|apartado|barrio|cortijo|caserío|baserria|rancho|estancia|"
    r"ferme|maison|farm|house)(?![\p{L}])"
)
_HOME_WORD_FIRST = regex.compile(_HOME_WORDS)
# after a name and a trade in the cell: "Le Bras Pierre, cheminot, 12 rue des Forges"
_HOME_AFTER_A_NAME = regex.compile(rf",[ \t]*\K(?:\d|{_HOME_WORDS})")
# Whose house it is: "chez M. Cornic", "c/o", "hjá foreldrum", "casa de su hermano"
_WHOSE = r"(?:en )?casa de|chez|c/o|care of|hjá"
# "calle Yaguarón 1312, Montevideo, casa de su hermano Xan", "Eyrarvegi 21, Akureyri,
# sími 1163": whose house it is, or the telephone, after the home
_WHOSE_HOUSE = regex.compile(
    rf"(?i),[ \t]*(?:{_WHOSE}|with|avec|con|at the house of|"
    r"sími|s\.|tel\.?|tél\.?|phone|telefonoa)(?![\p{L}])"
)

# An address cell that says there is none ("sans domicile", "sin domicilio"); that
# starts with whose house it is ("chez M. Cornic, négociant, place des Jacobins, n° 3",
# "c/o First Methodist", "hjá foreldrum", "gurasoen etxean"), where the other finders
# tell the name from the home; or that holds a paper's number where a row's cells have
# slipped ("atvinnuleyfi nr. AT-91/0277").
_NOT_A_HOME_CELL = regex.compile(
    r"(?i)^(?:sans|sin|no(?=[ \t]+\p{L})|none|without|unknown|inconnu|desconocido|"
    rf"ezezagun\p{{L}}*|{_WHOSE}|\p{{L}}+ etxean)(?!\p{{L}})"
    r"|(?<!\p{L})(?:nr|no|n[º°]|núm)\.?[ \t]*\p{Lu}{1,3}[-/.]?\d"
)
