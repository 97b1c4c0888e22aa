"""Entities of probe set 137 (bird flu (H5N1) in poultry and dairy herds: culls, farm compensation,
vaccination decisions and trade bans; ids are set-wide), the places they lie in, and same_actor."""
P, O, C, L = "Person", "Organization", "Country", "Place"

ENT = {
    # countries, capitals and shared bodies
    "united_states": (C, "United States", ["US", "U.S."]), "washington": (L, "Washington", []),
    "canada": (C, "Canada", []), "mexico": (C, "Mexico", []), "united_kingdom": (C, "United Kingdom", ["UK"]),
    "france": (C, "France", []), "japan": (C, "Japan", []), "tokyo": (L, "Tokyo", []),
    "netherlands": (C, "Netherlands", []), "germany": (C, "Germany", []), "poland": (C, "Poland", []),
    "china": (C, "China", []), "south_korea": (C, "South Korea", []), "singapore": (C, "Singapore", []),
    "taiwan": (C, "Taiwan", []), "hong_kong": (L, "Hong Kong", []),
    "eu": (O, "European Union", ["EU"]), "european_commission": (O, "European Commission", []),
    "europe": (L, "Europe", []), "asia": (L, "Asia", []),
    "usda": (O, "U.S. Department of Agriculture", ["USDA", "US Department of Agriculture", "Department of Agriculture"]),
    "aphis": (O, "Animal and Plant Health Inspection Service", ["APHIS"]),
    "brooke_rollins": (P, "Brooke Rollins", ["Rollins"]),
    "mexico_ag_ministry": (O, "Mexico's agriculture ministry", ["Mexican agriculture ministry"]),
    "japan_maff": (O, "Ministry of Agriculture, Forestry and Fisheries", ["Japan's agriculture ministry", "Japanese agriculture ministry"]),
    "us_democrats": (O, "Democratic Party", ["Democrat"]), "us_republicans": (O, "Republican Party", ["Republican"]),
    # 001 places
    "nebraska": (L, "Nebraska", []), "wisconsin": (L, "Wisconsin", []), "dodge_county": (L, "Dodge County", []),
    "california": (L, "California", []), "idaho": (L, "Idaho", []), "jerome": (L, "Jerome", []),
    "minnesota": (L, "Minnesota", []), "chicago": (L, "Chicago", []), "mexico_city": (L, "Mexico City", []),
    # 002 places
    "england": (L, "England", []), "norfolk": (L, "Norfolk", []), "suffolk": (L, "Suffolk", []),
    "attleborough": (L, "Attleborough", []), "surrey": (L, "Surrey", []),
    # 003 places
    "landes": (L, "Landes", []), "gers": (L, "Gers", []), "mont_de_marsan": (L, "Mont-de-Marsan", []),
    "auch": (L, "Auch", []),
    # 004 places
    "chiba": (L, "Chiba Prefecture", ["Chiba"]), "asahi": (L, "Asahi", []),
    "pennsylvania": (L, "Pennsylvania", []), "lower_saxony": (L, "Lower Saxony", []),
    # 005 places
    "iowa": (L, "Iowa", []), "sioux_county": (L, "Sioux County", []), "sheldon": (L, "Sheldon", []),
    "buena_vista_county": (L, "Buena Vista County", ["Buena Vista"]), "sac_county": (L, "Sac County", ["Sac"]),
    "missouri_river": (L, "Missouri River", []),
    "main_street": (L, "Main Street", []),
    # 001 US dairy (Reuters)
    "karen_olesky": (P, "Karen Olesky", ["Olesky"]),
    "nmpf": (O, "National Milk Producers Federation", ["NMPF"]), "gregg_doud": (P, "Gregg Doud", ["Doud"]),
    "jared_vossberg": (P, "Jared Vossberg", ["Vossberg"]),
    "cfia": (O, "Canada's food inspection agency", ["Canadian food inspection agency"]),
    "amy_klobuchar": (P, "Amy Klobuchar", ["Klobuchar"]),
    "senate_ag_committee": (O, "Senate Agriculture Committee", []),
    "cdc": (O, "Centers for Disease Control and Prevention", ["CDC"]),
    "cme": (O, "Chicago Mercantile Exchange", []),
    "leanne_castellano": (P, "Leanne Castellano", ["Castellano"]), "ridgeline": (O, "Ridgeline Commodities", []),
    # 002 UK (Guardian)
    "emma_reynolds": (P, "Emma Reynolds", ["Reynolds"]),
    "apha": (O, "Animal and Plant Health Agency", ["APHA"]),
    "christine_middlemiss": (P, "Christine Middlemiss", ["Middlemiss"]),
    "nfu": (O, "National Farmers' Union", ["NFU", "National Farmers Union"]), "tom_bradshaw": (P, "Tom Bradshaw", ["Bradshaw"]),
    "david_lowther": (P, "David Lowther", ["Lowther"]),
    "bpc": (O, "British Poultry Council", ["BPC"]), "richard_griffiths": (P, "Richard Griffiths", ["Griffiths"]),
    "angela_eagle": (P, "Angela Eagle", ["Eagle"]),
    "lib_dems": (O, "Liberal Democrats", ["Lib Dems"]), "tim_farron": (P, "Tim Farron", ["Farron"]),
    "commons": (O, "House of Commons", ["Commons"]),
    "priya_nandakumar": (P, "Priya Nandakumar", ["Nandakumar"]), "pirbright": (O, "Pirbright Institute", []),
    "rspca": (O, "RSPCA", []),
    "defra": (O, "Department for Environment, Food and Rural Affairs", ["Defra"]),
    # 003 France (France 24)
    "annie_genevard": (P, "Annie Genevard", ["Genevard"]),
    "fr_ag_ministry": (O, "French agriculture ministry", ["France's agriculture ministry"]),
    "cifog": (O, "Interprofessional Committee for Foie Gras Palmipeds", ["CIFOG"]),
    "laurent_dubarry": (P, "Laurent Dubarry", ["Dubarry"]),
    "anses": (O, "ANSES", ["French food safety agency"]),
    "confederation_paysanne": (O, "Confederation paysanne", []),
    "sylvie_marrast": (P, "Sylvie Marrast", ["Marrast"]),
    "oliver_varhelyi": (P, "Oliver Varhelyi", ["Varhelyi"]),
    "woah": (O, "World Organisation for Animal Health", ["WOAH"]),
    "pierre_lartigau": (P, "Pierre Lartigau", ["Lartigau"]),
    # 004 Japan (The Japan Times)
    "toshihito_kumagai": (P, "Toshihito Kumagai", ["Kumagai"]),
    "gsdf": (O, "Ground Self-Defense Force", ["GSDF"]), "sdf": (O, "Self-Defense Forces", []),
    "norikazu_suzuki": (P, "Norikazu Suzuki", ["Suzuki"]),
    "ja_zen_noh_tamago": (O, "JA Zen-Noh Tamago", []),
    "hiroshi_tabata": (P, "Hiroshi Tabata", ["Tabata"]), "chiba_poultry": (O, "Chiba Poultry Association", []),
    "yoko_morishita": (P, "Yoko Morishita", ["Morishita"]), "utokyo": (O, "University of Tokyo", []),
    "hk_cfs": (O, "Centre for Food Safety", ["Hong Kong's Centre for Food Safety"]),
    "sg_food_agency": (O, "Singapore's food agency", ["Singapore Food Agency"]),
    "makoto_yonemoto": (P, "Makoto Yonemoto", ["Yonemoto"]),
    # 005 Iowa (Des Moines Register)
    "idals": (O, "Iowa Department of Agriculture and Land Stewardship", []),
    "mike_naig": (P, "Mike Naig", ["Naig"]),
    "northland_egg": (O, "Northland Egg Co.", ["Northland Egg"]), "dan_vermeer": (P, "Dan Vermeer", ["Vermeer"]),
    "randy_olson": (P, "Randy Olson", ["Olson"]), "ipa": (O, "Iowa Poultry Association", []),
    "randy_feenstra": (P, "Randy Feenstra", ["Feenstra"]),
    "kr_ag_ministry": (O, "South Korean agriculture ministry", []),
    "jamie_kessler": (P, "Jamie Kessler", ["Kessler"]), "isu": (O, "Iowa State University", []),
    "marla_degroot": (P, "Marla DeGroot", ["DeGroot"]),
    "iowa_dph": (O, "Iowa Department of Public Health", []),
    # outlets and journalists (optional)
    "reuters": (O, "Reuters", []), "marisa_trent": (P, "Marisa Trent", ["Trent"]),
    "owen_halvorsen": (P, "Owen Halvorsen", ["Halvorsen"]), "diego_ferraz": (P, "Diego Ferraz", []),
    "dana_whitcombe": (P, "Dana Whitcombe", []), "paul_arden": (P, "Paul Arden", []),
    "guardian": (O, "The Guardian", ["Guardian"]), "rachel_ashdown": (P, "Rachel Ashdown", []),
    "france24": (O, "FRANCE 24", ["France 24"]), "afp": (O, "AFP", []),
    "japan_times": (O, "The Japan Times", []), "kenji_arai": (P, "Kenji Arai", []),
    "kyodo": (O, "Kyodo", []), "jiji": (O, "Jiji", []),
    "register": (O, "Des Moines Register", ["Register"]), "kelsey_brandt": (P, "Kelsey Brandt", []),
}

PLACE_IN = {
    "washington": "united_states", "tokyo": "japan",
    "nebraska": "united_states", "wisconsin": "united_states", "dodge_county": "wisconsin",
    "california": "united_states", "idaho": "united_states", "jerome": "idaho", "minnesota": "united_states",
    "chicago": "united_states", "mexico_city": "mexico",
    "england": "united_kingdom", "norfolk": "england", "suffolk": "england", "attleborough": "norfolk",
    "surrey": "england",
    "landes": "france", "gers": "france", "mont_de_marsan": "landes", "auch": "gers",
    "chiba": "japan", "asahi": "chiba", "pennsylvania": "united_states", "lower_saxony": "germany",
    "iowa": "united_states", "sioux_county": "iowa", "sheldon": "sioux_county", "buena_vista_county": "iowa",
    "sac_county": "iowa", "missouri_river": "united_states", "main_street": "sheldon",
}

SAME = {
    # capitals stand for their state
    "washington": "united_states", "tokyo": "japan",
}
