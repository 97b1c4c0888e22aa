"""Entities of probe set 152 (air-traffic-control strikes and flight disruption: controllers' unions,
airline bosses, passenger compensation rules, aviation regulators, transport ministers, airports and
the EU; ids are set-wide), the places they lie in, and same_actor."""
P, O, C, L = "Person", "Organization", "Country", "Place"

ENT = {
    # countries, capitals, the EU
    "france": (C, "France", []), "paris": (L, "Paris", ["PARIS"]),
    "spain": (C, "Spain", []), "italy": (C, "Italy", []), "poland": (C, "Poland", []),
    "denmark": (C, "Denmark", []), "copenhagen": (L, "Copenhagen", []), "sweden": (C, "Sweden", []),
    "united_kingdom": (C, "United Kingdom", ["UK", "Britain"]), "germany": (C, "Germany", []),
    "australia": (C, "Australia", []), "united_states": (C, "United States", ["US", "U.S."]),
    "canada": (C, "Canada", []), "europe": (L, "Europe", []),
    "european_union": (O, "European Union", ["EU"]),
    "european_commission": (O, "European Commission", ["Commission"]),
    "european_parliament": (O, "European Parliament", []),
    "council": (O, "Council of the EU", ["Council", "Council of the European Union"]),
    "eurocontrol": (O, "Eurocontrol", []),
    # a state's government, ministry or Council presidency named as a body: the state (same_actor)
    "french_government": (O, "French government", []),
    "french_transport_ministry": (O, "French transport ministry", ["France's transport ministry"]),
    "danish_presidency": (O, "Danish presidency", []),
    "a4e": (O, "Airlines for Europe", ["A4E"]), "ourania_georgoutsakou": (P, "Ourania Georgoutsakou", ["Georgoutsakou"]),
    "ryanair": (O, "Ryanair", []), "easyjet": (O, "easyJet", ["EasyJet"]), "lufthansa": (O, "Lufthansa", []),
    "ursula_von_der_leyen": (P, "Ursula von der Leyen", ["von der Leyen"]),
    # 001 French strike (Reuters)
    "nice": (L, "Nice", []), "marseille": (L, "Marseille", []), "reims": (L, "Reims", []), "orly": (L, "Orly", []),
    "dgac": (O, "Directorate General for Civil Aviation", ["DGAC"]),
    "unsa_icna": (O, "UNSA-ICNA", []), "julien_ferrand": (P, "Julien Ferrand", ["Ferrand"]),
    "michael_oleary": (P, "Michael O'Leary", ["O'Leary"]),
    "dublin": (L, "Dublin", []), "madrid": (L, "Madrid", []), "brussels": (L, "Brussels", []),
    "philippe_tabarot": (P, "Philippe Tabarot", ["Tabarot"]), "bfmtv": (O, "BFMTV", []),
    "air_france_klm": (O, "Air France-KLM", []), "iag": (O, "IAG", []), "air_france": (O, "Air France", []),
    "camille_roux": (P, "Camille Roux", ["Roux"]), "lisbon": (L, "Lisbon", []),
    # 002 NATS (BBC)
    "hampshire": (L, "Hampshire", []), "heidi_alexander": (P, "Heidi Alexander", ["Alexander", "Ms Alexander"]),
    "british_airways": (O, "British Airways", []), "jet2": (O, "Jet2", []),
    "nats": (O, "National Air Traffic Services", ["NATS"]), "martin_rolfe": (P, "Martin Rolfe", ["Rolfe"]),
    "rory_boland": (P, "Rory Boland", ["Boland"]), "which": (O, "Which?", []), "which_travel": (O, "Which? Travel", []),
    "majorca": (L, "Majorca", []), "caa": (O, "Civil Aviation Authority", ["CAA"]),
    "dft": (O, "Department for Transport", []), "kenton_jarvis": (P, "Kenton Jarvis", ["Jarvis"]),
    "prospect": (O, "Prospect", []), "gareth_lowry": (P, "Gareth Lowry", ["Lowry", "Mr Lowry"]),
    "conservatives": (O, "Conservatives", ["Conservative Party"]), "richard_holden": (P, "Richard Holden", ["Holden"]),
    "parliament_uk": (O, "Parliament", []),
    "southampton_airport": (O, "Southampton Airport", []), "stephanie_quail": (P, "Stephanie Quail", ["Quail"]),
    "gatwick": (L, "Gatwick", []), "swanwick": (L, "Swanwick", []), "southampton": (L, "Southampton", []),
    "aled_pryce": (P, "Aled Pryce", ["Pryce"]), "cardiff": (L, "Cardiff", []), "lanzarote": (L, "Lanzarote", []),
    # 003 German controllers (DW)
    "gdf": (O, "Air Traffic Controllers' Union", ["GdF"]),
    "dfs": (O, "Deutsche Flugsicherung", ["DFS"]), "matthias_kerner": (P, "Matthias Kerner", ["Kerner"]),
    "frankfurt": (L, "Frankfurt", []), "langen": (L, "Langen", []), "friedrich_haas": (P, "Friedrich Haas", ["Haas"]),
    "carsten_spohr": (P, "Carsten Spohr", ["Spohr"]), "munich": (L, "Munich", []),
    "adv": (O, "German Airports Association", ["ADV"]), "ralph_beisel": (P, "Ralph Beisel", ["Beisel"]),
    "hamburg": (L, "Hamburg", []), "berlin": (L, "Berlin", []), "cologne": (L, "Cologne", []),
    "patrick_schnieder": (P, "Patrick Schnieder", ["Schnieder"]),
    "greens": (O, "Greens", ["The Greens"]), "bundestag": (O, "Bundestag", []), "lena_vogt": (P, "Lena Vogt", ["Vogt"]),
    "federal_office_of_justice": (O, "Federal Office of Justice", []),
    "vzbv": (O, "Federation of German Consumer Organisations", ["vzbv"]),
    "jutta_gurkmann": (P, "Jutta Gurkmann", ["Gurkmann"]), "eurowings": (O, "Eurowings", []),
    "offenbach": (L, "Offenbach", []),
    # 004 EU261 (Politico Europe)
    "luxembourg": (L, "Luxembourg", []), "andrey_novakov": (P, "Andrey Novakov", ["Novakov"]),
    "dariusz_klimczak": (P, "Dariusz Klimczak", ["Klimczak"]),
    "beuc": (O, "European Consumer Organisation", ["BEUC"]), "agustin_reyna": (P, "Agustín Reyna", ["Agustin Reyna", "Reyna"]),
    "apostolos_tzitzikostas": (P, "Apostolos Tzitzikostas", ["Tzitzikostas"]),
    "etf": (O, "European Transport Workers' Federation", ["ETF"]), "eoin_coates": (P, "Eoin Coates", ["Coates"]),
    "sofia_lindqvist": (P, "Sofia Lindqvist", ["Lindqvist"]),
    "thomas_danielsen": (P, "Thomas Danielsen", ["Danielsen"]), "x_platform": (O, "X", []),
    # 005 Airservices (ABC)
    "airservices": (O, "Airservices Australia", ["Airservices"]),
    "civil_air": (O, "Civil Air Australia", ["Civil Air"]), "tom_mcrae": (P, "Tom McRae", ["McRae", "Mr McRae"]),
    "catherine_king": (P, "Catherine King", ["King", "Ms King"]), "rob_sharp": (P, "Rob Sharp", ["Sharp", "Mr Sharp"]),
    "coffs_harbour": (L, "Coffs Harbour", []), "new_south_wales": (L, "New South Wales", []),
    "mackay": (L, "Mackay", []), "queensland": (L, "Queensland", []), "albury": (L, "Albury", []),
    "nikki_williams": (P, "Nikki Williams", ["Williams", "Cr Williams"]), "sydney": (L, "Sydney", []),
    "qantas": (O, "Qantas", []), "vanessa_hudson": (P, "Vanessa Hudson", ["Hudson"]), "brisbane": (L, "Brisbane", []),
    "virgin_australia": (O, "Virgin Australia", []),
    "choice": (O, "Choice", []), "rosie_thomas": (P, "Rosie Thomas", ["Thomas"]),
    "bridget_mckenzie": (P, "Bridget McKenzie", ["McKenzie", "Senator McKenzie"]),
    "coalition": (O, "Coalition", []), "senate": (O, "Senate", []),
    "accc": (O, "Australian Competition and Consumer Commission", ["ACCC"]), "melbourne": (L, "Melbourne", []),
    # outlets and journalists (optional)
    "reuters": (O, "Reuters", []), "elise_marchand": (P, "Elise Marchand", []), "tomasz_wrobel": (P, "Tomasz Wrobel", []),
    "kirsten_haldane": (P, "Kirsten Haldane", []),
    "bbc": (O, "BBC", []), "bbc_radio_4": (O, "BBC Radio 4", []), "nadia_pembroke": (P, "Nadia Pembroke", []),
    "dw": (O, "DW", ["Deutsche Welle"]), "dpa": (O, "dpa", []),
    "politico": (O, "POLITICO", ["Politico"]), "jakob_hallstrom": (P, "Jakob Hallström", []),
    "abc": (O, "ABC", []), "hayley_nguyen": (P, "Hayley Nguyen", []),
}

PLACE_IN = {
    "paris": "france", "nice": "france", "marseille": "france", "reims": "france", "orly": "france",
    "madrid": "spain",
    "copenhagen": "denmark",
    "hampshire": "united_kingdom", "gatwick": "united_kingdom", "swanwick": "hampshire", "southampton": "hampshire",
    "cardiff": "united_kingdom", "majorca": "spain", "lanzarote": "spain",
    "frankfurt": "germany", "langen": "germany", "munich": "germany", "hamburg": "germany", "berlin": "germany",
    "cologne": "germany", "offenbach": "germany",
    "coffs_harbour": "new_south_wales", "new_south_wales": "australia", "mackay": "queensland",
    "queensland": "australia", "albury": "new_south_wales", "sydney": "new_south_wales",
    "brisbane": "queensland", "melbourne": "australia",
}

SAME = {
    # capitals stand for their state
    "paris": "france", "copenhagen": "denmark",
    # a state's government, ministry or presidency named as a body
    "french_government": "france", "french_transport_ministry": "france", "danish_presidency": "denmark",
}
