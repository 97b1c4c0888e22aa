"""Entities of probe set 123 (the opioid crisis, overdose deaths, drug-maker settlements and
harm-reduction policy; ids are set-wide), the places they lie in, and same_actor."""
P, O, C, L = "Person", "Organization", "Country", "Place"

ENT = {
    # countries, capitals and other places
    "united_states": (C, "United States", ["US", "U.S."]), "washington": (L, "Washington", []),
    "united_kingdom": (C, "United Kingdom", ["UK", "Britain"]), "canada": (C, "Canada", []),
    "ottawa": (L, "Ottawa", []), "germany": (C, "Germany", []), "ireland": (C, "Ireland", []),
    "dublin": (L, "Dublin", []), "estonia": (C, "Estonia", []), "tallinn": (L, "Tallinn", []),
    "latvia": (C, "Latvia", []), "portugal": (C, "Portugal", []), "lisbon": (L, "Lisbon", []),
    "china": (C, "China", []), "afghanistan": (C, "Afghanistan", []),
    "europe": (L, "Europe", []), "baltic_states": (L, "Baltic states", ["Baltics"]), "north_america": (L, "North America", []),
    # 001 places
    "new_york": (L, "New York", []), "white_plains": (L, "White Plains", []), "connecticut": (L, "Connecticut", []),
    "huntington": (L, "Huntington", []), "west_virginia": (L, "West Virginia", []), "ohio": (L, "Ohio", []),
    "michigan": (L, "Michigan", []),
    # 002 places
    "scotland": (L, "Scotland", []), "glasgow": (L, "Glasgow", []), "dundee": (L, "Dundee", []),
    "edinburgh": (L, "Edinburgh", []), "hunter_street": (L, "Hunter Street", []), "calton": (L, "Calton", []),
    "holyrood": (L, "Holyrood", []), "westminster": (L, "Westminster", []), "firth_of_tay": (L, "Firth of Tay", []),
    "leith_walk": (L, "Leith Walk", []),
    # 003 places
    "portsmouth_oh": (L, "Portsmouth", []), "kentucky": (L, "Kentucky", []), "baltimore": (L, "Baltimore", []),
    "maryland": (L, "Maryland", []), "appalachia": (L, "Appalachia", []), "alaska": (L, "Alaska", []),
    "nevada": (L, "Nevada", []), "new_mexico": (L, "New Mexico", []),
    # 004 places
    "british_columbia": (L, "British Columbia", ["B.C.", "BC"]), "victoria": (L, "Victoria", []),
    "vancouver": (L, "Vancouver", []), "downtown_eastside": (L, "Downtown Eastside", []),
    "east_hastings": (L, "East Hastings Street", []), "prince_george": (L, "Prince George", []),
    # 005 places
    "bavaria": (L, "Bavaria", []), "frankfurt": (L, "Frankfurt am Main", ["Frankfurt"]), "hesse": (L, "Hesse", []),
    # 001 Purdue victims' trust (Reuters)
    "purdue": (O, "Purdue Pharma", ["Purdue"]), "ellen_marsh": (P, "Ellen Marsh", ["Marsh"]),
    "pi_trust": (O, "Personal Injury Trust", []), "william_tong": (P, "William Tong", ["Tong"]),
    "sean_lane": (P, "Sean Lane", ["Lane", "Judge Lane"]), "knoa": (O, "Knoa Pharma", ["Knoa"]),
    "sackler_family": (O, "Sackler family", ["Sacklers"]), "martin_oyelaran": (P, "Martin Oyelaran", ["Oyelaran"]),
    "ryan_hampton": (P, "Ryan Hampton", ["Hampton"]), "denise_carrow": (P, "Denise Carrow", ["Carrow"]),
    "naag": (O, "National Association of Attorneys General", ["NAAG"]),
    "nashp": (O, "National Academy for State Health Policy", ["NASHP"]),
    "dave_yost": (P, "Dave Yost", ["Yost"]),
    "cdc": (O, "Centers for Disease Control and Prevention", ["CDC"]),
    # 002 Glasgow's Thistle (The Guardian)
    "thistle": (O, "The Thistle", ["Thistle"]), "university_of_stirling": (O, "University of Stirling", []),
    "hannah_whitlow": (P, "Hannah Whitlow", ["Whitlow"]), "maree_todd": (P, "Maree Todd", ["Todd"]),
    "scottish_government": (O, "Scottish government", ["Scottish Government"]),
    "police_scotland": (O, "Police Scotland", []), "dorothy_bain": (P, "Dorothy Bain", ["Bain"]),
    "home_office": (O, "Home Office", []), "nrs": (O, "National Records of Scotland", ["NRS"]),
    "kenneth_rae": (P, "Kenneth Rae", ["Rae"]), "dundee_council": (O, "Dundee City Council", ["Dundee city council"]),
    "glasgow_hscp": (O, "Glasgow City Health and Social Care Partnership", ["HSCP"]),
    "scottish_conservatives": (O, "Scottish Conservatives", ["Scottish Conservative"]),
    "russell_findlay": (P, "Russell Findlay", ["Findlay"]), "snp": (O, "Scottish National Party", ["SNP"]),
    "kirsten_horsburgh": (P, "Kirsten Horsburgh", ["Horsburgh"]), "sdf": (O, "Scottish Drugs Forum", ["SDF"]),
    "gerry_mcallister": (P, "Gerry McAllister", ["McAllister"]), "catriona_paton": (P, "Catriona Paton", ["Paton"]),
    "edinburgh_council": (O, "City of Edinburgh Council", ["Edinburgh's council"]),
    "tim_pogson": (P, "Tim Pogson", ["Pogson"]),
    # 003 overdose deaths and grant cuts (NPR)
    "marcus_dellinger": (P, "Marcus Dellinger", ["Dellinger"]),
    "hhs": (O, "Department of Health and Human Services", ["HHS"]),
    "samhsa": (O, "Substance Abuse and Mental Health Services Administration", ["SAMHSA"]),
    "rfk_jr": (P, "Robert F. Kennedy Jr.", ["Kennedy"]), "nora_volkow": (P, "Nora Volkow", ["Volkow"]),
    "nida": (O, "National Institute on Drug Abuse", ["NIDA"]), "letitia_okafor": (P, "Letitia Okafor", ["Okafor"]),
    "us_congress": (O, "Congress", ["U.S. Congress"]), "shelley_moore_capito": (P, "Shelley Moore Capito", ["Capito"]),
    "us_republicans": (O, "Republican Party", ["Republican", "Republicans"]),
    "dan_goldman": (P, "Dan Goldman", ["Goldman"]), "us_democrats": (O, "US Democratic Party", ["Democrat", "Democrats"]),
    "keith_humphreys": (P, "Keith Humphreys", ["Humphreys"]), "stanford": (O, "Stanford University", []),
    "nhrc": (O, "National Harm Reduction Coalition", []),
    # 004 B.C. death review panel (Vancouver Sun)
    "bc_coroners": (O, "B.C. Coroners Service", ["BC Coroners Service", "Coroners Service"]),
    "jatinder_baidwan": (P, "Jatinder Baidwan", ["Baidwan"]), "david_eby": (P, "David Eby", ["Eby"]),
    "josie_osborne": (P, "Josie Osborne", ["Osborne"]), "health_canada": (O, "Health Canada", []),
    "cpbc": (O, "College of Pharmacists of British Columbia", []), "john_rustad": (P, "John Rustad", ["Rustad"]),
    "bc_conservatives": (O, "Conservative Party of British Columbia", ["Conservative"]),
    "bc_ndp": (O, "BC NDP", ["NDP"]), "bonnie_henry": (P, "Bonnie Henry", ["Henry"]),
    "dustin_whitehorse": (P, "Dustin Whitehorse", ["Whitehorse"]),
    "vandu": (O, "Vancouver Area Network of Drug Users", ["VANDU"]), "ken_sim": (P, "Ken Sim", ["Sim"]),
    "marjorie_michel": (P, "Marjorie Michel", ["Michel"]), "leslie_mcbain": (P, "Leslie McBain", ["McBain"]),
    "moms_stop_the_harm": (O, "Moms Stop the Harm", []),
    # 005 nitazenes in Europe (DW)
    "euda": (O, "European Union Drugs Agency", ["EUDA"]), "alexis_goosdeel": (P, "Alexis Goosdeel", ["Goosdeel"]),
    "hendrik_streeck": (P, "Hendrik Streeck", ["Streeck"]), "cdu": (O, "Christian Democratic Union", ["CDU"]),
    "nina_warken": (P, "Nina Warken", ["Warken"]), "de_health_ministry": (O, "Health Ministry", ["German Health Ministry"]),
    "dah": (O, "German Aids Service", ["Deutsche Aidshilfe"]), "mareike_vogelsang": (P, "Mareike Vogelsang", ["Vogelsang"]),
    "joerg_halbach": (P, "Jörg Halbach", ["Halbach"]), "kadri_saar": (P, "Kadri Saar", ["Saar"]),
    "west_tallinn_hospital": (O, "West Tallinn Central Hospital", []), "europol": (O, "Europol", []),
    "catherine_de_bolle": (P, "Catherine De Bolle", ["De Bolle"]), "taliban": (O, "Taliban", []),
    "european_commission": (O, "European Commission", []), "european_union": (O, "European Union", ["EU"]),
    # outlets and journalists (optional)
    "reuters": (O, "Reuters", []), "dietrich_knauth": (P, "Dietrich Knauth", []), "brendan_pierson": (P, "Brendan Pierson", []),
    "alexia_garamfalvi": (P, "Alexia Garamfalvi", []), "bill_berkrot": (P, "Bill Berkrot", []),
    "guardian": (O, "The Guardian", ["Guardian"]), "libby_brooks": (P, "Libby Brooks", []),
    "npr": (O, "NPR", []), "brian_mann": (P, "Brian Mann", []),
    "vancouver_sun": (O, "Vancouver Sun", ["Sun"]), "alanna_kerr": (P, "Alanna Kerr", []),
    "canadian_press": (O, "The Canadian Press", ["Canadian Press"]),
    "dw": (O, "DW", ["Deutsche Welle"]), "kerstin_hallwachs": (P, "Kerstin Hallwachs", []),
    "dpa": (O, "dpa", []), "afp": (O, "AFP", []),
}

PLACE_IN = {
    "washington": "united_states", "ottawa": "canada", "dublin": "ireland", "tallinn": "estonia", "lisbon": "portugal",
    "new_york": "united_states", "white_plains": "new_york", "connecticut": "united_states",
    "huntington": "west_virginia", "west_virginia": "united_states", "ohio": "united_states", "michigan": "united_states",
    "scotland": "united_kingdom", "glasgow": "scotland", "dundee": "scotland", "edinburgh": "scotland",
    "hunter_street": "calton", "calton": "glasgow", "holyrood": "edinburgh", "westminster": "united_kingdom",
    "firth_of_tay": "scotland", "leith_walk": "edinburgh",
    "portsmouth_oh": "ohio", "kentucky": "united_states", "baltimore": "maryland", "maryland": "united_states",
    "appalachia": "united_states", "alaska": "united_states", "nevada": "united_states", "new_mexico": "united_states",
    "british_columbia": "canada", "victoria": "british_columbia", "vancouver": "british_columbia",
    "downtown_eastside": "vancouver", "east_hastings": "vancouver", "prince_george": "british_columbia",
    "bavaria": "germany", "frankfurt": "hesse", "hesse": "germany",
}

SAME = {
    # capitals stand for their state
    "washington": "united_states", "ottawa": "canada", "dublin": "ireland", "tallinn": "estonia", "lisbon": "portugal",
    # Westminster stands for the UK's government and parliament
    "westminster": "united_kingdom",
}
