"""Entities of probe set 125 (congestion charges, urban speed limits, low-emission zones and
road-safety policy; ids are set-wide), the places they lie in, and same_actor."""
P, O, C, L = "Person", "Organization", "Country", "Place"

ENT = {
    # countries, capitals and other places used across articles
    "united_states": (C, "United States", ["US", "U.S."]), "washington": (L, "Washington", []),
    "united_kingdom": (C, "United Kingdom", ["UK", "Britain"]), "london": (L, "London", []),
    "sweden": (C, "Sweden", []), "stockholm": (L, "Stockholm", []),
    "singapore": (C, "Singapore", []), "ireland": (C, "Ireland", []), "dublin": (L, "Dublin", []),
    "edinburgh": (L, "Edinburgh", []), "glasgow": (L, "Glasgow", []),
    # 001 places
    "new_york": (L, "New York", ["New York state"]), "manhattan": (L, "Manhattan", []),
    "albany": (L, "Albany", []), "new_york_city": (L, "New York City", []),
    "staten_island": (L, "Staten Island", []), "new_jersey": (L, "New Jersey", []),
    "wisconsin": (L, "Wisconsin", []), "sixtieth_street": (L, "60th Street", []),
    # 002 places
    "wales": (L, "Wales", []), "cardiff": (L, "Cardiff", []), "conwy": (L, "Conwy", []),
    "canton": (L, "Canton", []), "england": (L, "England", []),
    # 003 places
    "leith": (L, "Leith", []), "haymarket": (L, "Haymarket", []), "queen_street": (L, "Queen Street", []),
    "st_johns_road": (L, "St John's Road", []), "new_town": (L, "New Town", []),
    "scotland": (L, "Scotland", []), "aberdeen": (L, "Aberdeen", []), "dundee": (L, "Dundee", []),
    "kirkgate": (L, "Kirkgate", []), "leith_walk": (L, "Leith Walk", []),
    # 004 places
    "cte": (L, "Central Expressway", ["CTE"]), "pie": (L, "Pan-Island Expressway", ["PIE"]),
    "orchard_road": (L, "Orchard Road", []), "bishan": (L, "Bishan", []), "ang_mo_kio": (L, "Ang Mo Kio", []),
    "tanjong_pagar": (L, "Tanjong Pagar", []), "jurong": (L, "Jurong", []),
    "aye": (L, "Ayer Rajah Expressway", []),
    # 005 places
    "tipperary": (L, "Tipperary", []), "cork": (L, "Cork", []), "donegal": (L, "Donegal", []),
    "m50": (L, "M50", []),
    # 001 New York congestion toll (Reuters)
    "usdot": (O, "U.S. Department of Transportation", ["Department of Transportation"]),
    "sean_duffy": (P, "Sean Duffy", ["Duffy"]), "kathy_hochul": (P, "Kathy Hochul", ["Hochul"]),
    "us_democrats": (O, "Democratic Party", ["Democrat", "Democrats"]),
    "us_republicans": (O, "Republican Party", ["Republican", "Republicans"]),
    "mta": (O, "Metropolitan Transportation Authority", ["MTA"]), "janno_lieber": (P, "Janno Lieber", ["Lieber"]),
    "zohran_mamdani": (P, "Zohran Mamdani", ["Mamdani"]), "lewis_liman": (P, "Lewis Liman", ["Liman"]),
    "second_circuit": (O, "2nd U.S. Circuit Court of Appeals", []),
    "ralph_minetti": (P, "Ralph Minetti", ["Minetti"]), "sibba": (O, "Staten Island Small Business Alliance", []),
    "mikie_sherrill": (P, "Mikie Sherrill", ["Sherrill"]), "nj_transit": (O, "NJ Transit", []),
    "fta": (O, "Federal Transit Administration", ["FTA"]),
    "nicole_arbaugh": (P, "Nicole Arbaugh", ["Arbaugh"]), "fordham": (O, "Fordham University", []),
    "moodys": (O, "Moody's Ratings", ["Moody's"]),
    # 002 Wales 20mph (The Guardian)
    "welsh_government": (O, "Welsh government", []), "ken_skates": (P, "Ken Skates", ["Skates"]),
    "senedd": (O, "Senedd", []), "welsh_ambulance": (O, "Welsh Ambulance Services NHS Trust", []),
    "welsh_conservatives": (O, "Welsh Conservatives", []), "natasha_asghar": (P, "Natasha Asghar", ["Asghar"]),
    "plaid_cymru": (O, "Plaid Cymru", []),
    "peredur_owen_griffiths": (P, "Peredur Owen Griffiths", ["Owen Griffiths"]),
    "rhian_bevan": (P, "Rhian Bevan", ["Bevan"]), "cardiff_council": (O, "Cardiff council", []),
    "conwy_council": (O, "Conwy County Borough Council", []),
    "rospa": (O, "Royal Society for the Prevention of Accidents", ["Rospa"]),
    "alun_pritchard": (P, "Alun Pritchard", ["Pritchard"]),
    "rac": (O, "RAC", []), "simon_ingram": (P, "Simon Ingram", ["Ingram"]),
    "phw": (O, "Public Health Wales", []), "sian_rees": (P, "Siân Rees", ["Rees"]),
    "cardiff_university": (O, "Cardiff University", []),
    "uk_government": (O, "UK government", []),
    # 003 Edinburgh low emission zone (BBC)
    "edinburgh_council": (O, "City of Edinburgh Council", []),
    "alasdair_rennick": (P, "Alasdair Rennick", ["Rennick"]),
    "fsb": (O, "Federation of Small Businesses", ["FSB"]), "gordon_kerr": (P, "Gordon Kerr", ["Kerr"]),
    "rha": (O, "Road Haulage Association", ["RHA"]),
    "scottish_government": (O, "Scottish government", []), "fiona_hyslop": (P, "Fiona Hyslop", ["Hyslop"]),
    "scottish_conservatives": (O, "Scottish Conservatives", ["Scottish Conservative"]),
    "sue_webber": (P, "Sue Webber", ["Webber"]),
    "foe_scotland": (O, "Friends of the Earth Scotland", []), "ewan_blackwood": (P, "Ewan Blackwood", ["Blackwood"]),
    "catriona_moffat": (P, "Catriona Moffat", ["Moffat"]), "martin_agnew": (P, "Martin Agnew", ["Agnew"]),
    "uoe": (O, "University of Edinburgh", []),
    # 004 Singapore ERP (The Straits Times)
    "lta": (O, "Land Transport Authority", ["LTA"]), "jeffrey_siow": (P, "Jeffrey Siow", ["Siow"]),
    "aas": (O, "Automobile Association of Singapore", ["AA Singapore"]), "bernard_tay": (P, "Bernard Tay", ["Tay"]),
    "lim_wei_han": (P, "Lim Wei Han", []), "gpc_transport": (O, "Government Parliamentary Committee for Transport", []),
    "nphva": (O, "National Private Hire Vehicles Association", ["NPHVA"]),
    "grab": (O, "Grab", []), "gojek": (O, "Gojek", []),
    "raymond_ong": (P, "Raymond Ong", ["Ong"]), "nus": (O, "National University of Singapore", []),
    "farah_ismail": (P, "Farah Ismail", []), "tan_keng_soon": (P, "Tan Keng Soon", []),
    # 005 Ireland road deaths (The Irish Times)
    "sean_canney": (P, "Seán Canney", ["Canney"]), "rsa": (O, "Road Safety Authority", ["RSA"]),
    "sam_waide": (P, "Sam Waide", ["Waide"]), "darragh_obrien": (P, "Darragh O'Brien", ["O'Brien"]),
    "dail": (O, "Dáil", []), "justin_kelly": (P, "Justin Kelly", ["Kelly"]),
    "garda": (O, "An Garda Síochána", ["Garda", "Gardaí"]),
    "parc": (O, "PARC Road Safety Group", ["PARC"]), "susan_gray": (P, "Susan Gray", ["Gray"]),
    "jim_ocallaghan": (P, "Jim O'Callaghan", ["O'Callaghan"]),
    "labour_ie": (O, "Labour Party", ["Labour"]), "ciaran_ahern": (P, "Ciarán Ahern", ["Ahern"]),
    "fianna_fail": (O, "Fianna Fáil", []), "lisa_mahon": (P, "Lisa Mahon", ["Mahon"]),
    "oireachtas_transport": (O, "Oireachtas transport committee", []),
    "dept_transport": (O, "Department of Transport", []),
    "donal_keohane": (P, "Donal Keohane", ["Keohane"]), "cork_county_council": (O, "Cork County Council", []),
    "tctr": (O, "Trinity Centre for Transport Research", []), "fionnuala_breen": (P, "Fionnuala Breen", ["Breen"]),
    "aa_ireland": (O, "AA", ["AA in Ireland"]),
    # outlets and journalists (optional)
    "reuters": (O, "Reuters", []), "dana_whitfield": (P, "Dana Whitfield", []), "marco_ortega": (P, "Marco Ortega", []),
    "helen_croft": (P, "Helen Croft", []),
    "guardian": (O, "The Guardian", ["Guardian"]), "gwen_prydderch": (P, "Gwen Prydderch", []),
    "bbc": (O, "BBC", ["BBC Scotland", "BBC Scotland News"]), "morag_lindsay": (P, "Morag Lindsay", []),
    "straits_times": (O, "The Straits Times", ["Straits Times"]), "nadia_koh": (P, "Nadia Koh", []),
    "irish_times": (O, "The Irish Times", ["Irish Times"]), "niamh_fahy": (P, "Niamh Fahy", []),
    "rte": (O, "RTÉ", []),
}

PLACE_IN = {
    "washington": "united_states", "london": "united_kingdom", "stockholm": "sweden", "dublin": "ireland",
    "edinburgh": "scotland", "glasgow": "scotland",
    "new_york": "united_states", "manhattan": "new_york_city", "albany": "new_york", "new_york_city": "new_york",
    "staten_island": "new_york_city", "sixtieth_street": "manhattan", "new_jersey": "united_states", "wisconsin": "united_states",
    "wales": "united_kingdom", "cardiff": "wales", "conwy": "wales", "canton": "cardiff", "england": "united_kingdom",
    "leith": "edinburgh", "haymarket": "edinburgh", "queen_street": "edinburgh", "st_johns_road": "edinburgh",
    "new_town": "edinburgh", "scotland": "united_kingdom", "aberdeen": "scotland", "dundee": "scotland",
    "kirkgate": "leith", "leith_walk": "edinburgh",
    "cte": "singapore", "pie": "singapore", "orchard_road": "singapore", "bishan": "singapore",
    "ang_mo_kio": "singapore", "tanjong_pagar": "singapore", "jurong": "singapore", "aye": "singapore",
    "tipperary": "ireland", "cork": "ireland", "donegal": "ireland", "m50": "dublin",
}

SAME = {
    # capitals stand for their state
    "washington": "united_states", "london": "united_kingdom", "dublin": "ireland",
    # a government named by its state's adjective stands for the state
    "uk_government": "united_kingdom", "welsh_government": "wales", "scottish_government": "scotland",
}
