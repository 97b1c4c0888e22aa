"""Entities of probe set 126 (the global plastics treaty negotiations, packaging rules and plastic
pollution; ids are set-wide), the places they lie in, and same_actor."""
P, O, C, L = "Person", "Organization", "Country", "Place"

ENT = {
    # countries, capitals and other places
    "united_states": (C, "United States", ["US", "U.S."]), "washington": (L, "Washington", []),
    "united_kingdom": (C, "United Kingdom", ["UK", "Britain"]), "london": (L, "London", []),
    "switzerland": (C, "Switzerland", []), "geneva": (L, "Geneva", []),
    "kenya": (C, "Kenya", []), "nairobi": (L, "Nairobi", []),
    "saudi_arabia": (C, "Saudi Arabia", []), "panama": (C, "Panama", []), "norway": (C, "Norway", []),
    "rwanda": (C, "Rwanda", []), "nigeria": (C, "Nigeria", []), "ecuador": (C, "Ecuador", []),
    "italy": (C, "Italy", []), "rome": (L, "Rome", []), "finland": (C, "Finland", []),
    "czechia": (C, "Czechia", ["Czech Republic"]), "hungary": (C, "Hungary", []), "germany": (C, "Germany", []),
    "berlin": (L, "Berlin", []), "netherlands": (C, "Netherlands", ["the Netherlands"]), "spain": (C, "Spain", []),
    "belgium": (C, "Belgium", []), "brussels": (L, "Brussels", []), "europe": (L, "Europe", []),
    "indonesia": (C, "Indonesia", []), "jakarta": (L, "Jakarta", []),
    # 001 places
    "palais_des_nations": (L, "Palais des Nations", []),
    # 002 places
    "england": (L, "England", []), "wales": (L, "Wales", []), "scotland": (L, "Scotland", []),
    "northern_ireland": (L, "Northern Ireland", []), "bradford": (L, "Bradford", []),
    # 003 places
    "california": (L, "California", []), "santa_monica": (L, "Santa Monica", []), "fresno": (L, "Fresno", []),
    "new_york": (L, "New York", []), "oregon": (L, "Oregon", []), "colorado": (L, "Colorado", []),
    "maine": (L, "Maine", []), "minnesota": (L, "Minnesota", []), "maryland": (L, "Maryland", []),
    "oakland": (L, "Oakland", []), "sacramento": (L, "Sacramento", []),
    # 005 places
    "bali": (L, "Bali", []), "denpasar": (L, "Denpasar", []), "kuta": (L, "Kuta", ["Kuta Beach"]),
    "legian": (L, "Legian", []), "seminyak": (L, "Seminyak", []), "badung": (L, "Badung", ["Badung regency"]),
    "java": (L, "Java", []), "east_java": (L, "East Java", []), "central_java": (L, "Central Java", []),
    # 001 Geneva treaty talks (Reuters)
    "unep": (O, "United Nations Environment Programme", ["UNEP"]), "inger_andersen": (P, "Inger Andersen", ["Andersen"]),
    "luis_vayas": (P, "Luis Vayas Valdivieso", ["Vayas Valdivieso", "Vayas"]),
    "inc": (O, "Intergovernmental Negotiating Committee", ["INC"]),
    "arab_group": (O, "Arab Group", []), "faisal_al_dossary": (P, "Faisal Al-Dossary", ["Al-Dossary"]),
    "juan_carlos_monterrey": (P, "Juan Carlos Monterrey Gomez", ["Monterrey Gomez", "Monterrey"]),
    "hac": (O, "High Ambition Coalition to End Plastic Pollution", ["High Ambition Coalition"]),
    "andreas_bjelland_eriksen": (P, "Andreas Bjelland Eriksen", ["Eriksen", "Bjelland Eriksen"]),
    "donald_trump": (P, "Donald Trump", ["Trump"]),
    "us_state_department": (O, "State Department", ["U.S. State Department"]),
    "eu": (O, "European Union", ["EU"]), "jessika_roswall": (P, "Jessika Roswall", ["Roswall"]),
    "icca": (O, "International Council of Chemical Associations", ["ICCA"]),
    "stewart_harris": (P, "Stewart Harris", ["Harris"]), "acc": (O, "American Chemistry Council", []),
    "graham_forbes": (P, "Graham Forbes", ["Forbes"]), "greenpeace": (O, "Greenpeace", []),
    "oecd": (O, "Organisation for Economic Co-operation and Development", ["OECD"]),
    "amara_okonkwo": (P, "Amara Okonkwo", ["Okonkwo", "Dr Amara Okonkwo"]), "ibadan_university": (O, "University of Ibadan", []),
    # 002 UK packaging fees (Guardian)
    "packuk": (O, "PackUK", []), "brc": (O, "British Retail Consortium", ["BRC"]),
    "helen_dickinson": (P, "Helen Dickinson", ["Dickinson"]),
    "defra": (O, "Department for Environment, Food and Rural Affairs", ["Defra"]),
    "mary_creagh": (P, "Mary Creagh", ["Creagh"]), "lga": (O, "Local Government Association", ["LGA"]),
    "arooj_shah": (P, "Arooj Shah", ["Shah", "Cllr Arooj Shah"]), "fdf": (O, "Food and Drink Federation", ["FDF"]),
    "karen_betts": (P, "Karen Betts", ["Betts"]), "megan_randles": (P, "Megan Randles", ["Randles"]),
    "greenpeace_uk": (O, "Greenpeace UK", []), "ahmed_rahimi": (P, "Ahmed Rahimi", ["Rahimi"]),
    "adrian_hall": (P, "Adrian Hall", ["Hall"]), "eunomia": (O, "Eunomia", []),
    # 003 California SB 54 (NPR)
    "calrecycle": (O, "CalRecycle", []), "gavin_newsom": (P, "Gavin Newsom", ["Newsom"]),
    "caa": (O, "Circular Action Alliance", []), "ben_allen": (P, "Ben Allen", ["Allen"]),
    "us_democrats": (O, "US Democratic Party", ["Democrat", "Democrats"]),
    "ross_eisenberg": (P, "Ross Eisenberg", ["Eisenberg"]), "apm": (O, "America's Plastic Makers", []),
    "calchamber": (O, "California Chamber of Commerce", []), "oal": (O, "Office of Administrative Law", []),
    "marisa_delgado": (P, "Marisa Delgado", ["Delgado"]), "judith_enck": (P, "Judith Enck", ["Enck"]),
    "epa": (O, "Environmental Protection Agency", ["EPA"]), "beyond_plastics": (O, "Beyond Plastics", []),
    "clorox": (O, "Clorox", []), "zoe_heller": (P, "Zoe Heller", ["Heller"]),
    "anja_brandon": (P, "Anja Brandon", ["Brandon"]), "ocean_conservancy": (O, "Ocean Conservancy", []),
    "luis_ortega": (P, "Luis Ortega", ["Ortega"]),
    # 004 EU packaging regulation (Politico Europe)
    "european_commission": (O, "European Commission", ["Commission"]),
    "gilberto_pichetto_fratin": (P, "Gilberto Pichetto Fratin", ["Pichetto Fratin"]),
    "maria_fischer": (P, "Maria Fischer", ["Fischer"]), "europen": (O, "EUROPEN", []),
    "nestle": (O, "Nestlé", []), "unilever": (O, "Unilever", []),
    "francesca_stevens": (P, "Francesca Stevens", ["Stevens"]), "matti_rantanen": (P, "Matti Rantanen", ["Rantanen"]),
    "cfi": (O, "Confederation of Finnish Industries", []), "jutta_paulus": (P, "Jutta Paulus", ["Paulus"]),
    "greens": (O, "Greens", []), "european_parliament": (O, "European Parliament", ["Parliament"]),
    "ursula_von_der_leyen": (P, "Ursula von der Leyen", ["von der Leyen"]),
    "es_environment_ministry": (O, "Spain's environment ministry", ["Spanish environment ministry"]),
    "zero_waste_europe": (O, "Zero Waste Europe", []), "lauriane_veillard": (P, "Lauriane Veillard", ["Veillard"]),
    "eu_council": (O, "Council of the EU", ["Council"]),
    # 005 Bali plastic ban (Jakarta Post)
    "wayan_koster": (P, "Wayan Koster", ["Koster"]),
    "id_environment_ministry": (O, "Environment Ministry", ["Indonesian Environment Ministry"]),
    "hanif_faisol_nurofiq": (P, "Hanif Faisol Nurofiq", ["Hanif"]),
    "ipf": (O, "Indonesian Packaging Federation", ["IPF"]), "henky_wibawa": (P, "Henky Wibawa", ["Wibawa"]),
    "aspadin": (O, "Indonesian Bottled Drinking Water Producers Association", ["Aspadin"]),
    "home_affairs": (O, "Home Affairs Ministry", []),
    "phri": (O, "Indonesian Hotel and Restaurant Association", ["PHRI"]),
    "suryawijaya": (P, "I Gusti Ngurah Rai Suryawijaya", ["Suryawijaya"]),
    "prigi_arisandi": (P, "Prigi Arisandi", ["Prigi"]), "ecoton": (O, "Ecoton", []),
    "food_ministry": (O, "Coordinating Ministry for Food Affairs", []),
    "ni_wayan_sari": (P, "Ni Wayan Sari", []), "adi_arnawa": (P, "I Wayan Adi Arnawa", ["Adi Arnawa"]),
    "udayana": (O, "Udayana University", []),
    # outlets and journalists (optional)
    "reuters": (O, "Reuters", []), "emma_farge": (P, "Emma Farge", []), "gloria_dickie": (P, "Gloria Dickie", []),
    "alexandra_hudson": (P, "Alexandra Hudson", []),
    "guardian": (O, "The Guardian", ["Guardian"]), "sandra_laville": (P, "Sandra Laville", []),
    "npr": (O, "NPR", []), "lauren_sommer": (P, "Lauren Sommer", []),
    "politico": (O, "POLITICO", ["Politico"]), "leonie_cater": (P, "Leonie Cater", []), "louise_guillot": (P, "Louise Guillot", []),
    "jakarta_post": (O, "The Jakarta Post", ["Jakarta Post"]), "ni_komang_erviani": (P, "Ni Komang Erviani", []),
}

PLACE_IN = {
    "washington": "united_states", "london": "united_kingdom", "geneva": "switzerland", "nairobi": "kenya",
    "rome": "italy", "berlin": "germany", "brussels": "belgium", "jakarta": "indonesia",
    "palais_des_nations": "geneva",
    "england": "united_kingdom", "wales": "united_kingdom", "scotland": "united_kingdom",
    "northern_ireland": "united_kingdom", "bradford": "england",
    "california": "united_states", "santa_monica": "california", "fresno": "california", "new_york": "united_states",
    "oregon": "united_states", "colorado": "united_states", "maine": "united_states", "minnesota": "united_states",
    "maryland": "united_states", "oakland": "california", "sacramento": "california",
    "bali": "indonesia", "denpasar": "bali", "kuta": "bali", "legian": "bali", "seminyak": "bali", "badung": "bali",
    "java": "indonesia", "east_java": "indonesia", "central_java": "indonesia",
}

SAME = {
    # capitals stand for their state (Nairobi, Brussels and Geneva appear only as places)
    "washington": "united_states", "london": "united_kingdom", "rome": "italy", "berlin": "germany",
    "jakarta": "indonesia",
}
