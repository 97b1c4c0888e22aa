"""Entities of probe set 53 (housing, rents, property and the cost of living; ids are set-wide), the
places they lie in, and same_actor."""
P, O, C, L = "Person", "Organization", "Country", "Place"

ENT = {
    # countries
    "united_kingdom": (C, "United Kingdom", ["UK", "Britain"]), "singapore": (C, "Singapore", []),
    "new_zealand": (C, "New Zealand", []), "uae": (C, "United Arab Emirates", ["UAE"]), "india": (C, "India", []),
    "saudi_arabia": (C, "Saudi Arabia", []), "spain": (C, "Spain", []),
    # places
    "england": (L, "England", []), "bristol": (L, "Bristol", []),
    "tampines": (L, "Tampines", []), "punggol": (L, "Punggol", []),
    "auckland": (L, "Auckland", []), "south_auckland": (L, "South Auckland", []), "northland": (L, "Northland", []),
    "east_coast": (L, "East Coast", []), "rotorua": (L, "Rotorua", []), "fenton_street": (L, "Fenton Street", []),
    "dubai": (L, "Dubai", []), "abu_dhabi": (L, "Abu Dhabi", []), "riyadh": (L, "Riyadh", []),
    "jumeirah_village_circle": (L, "Jumeirah Village Circle", []), "dubai_marina": (L, "Dubai Marina", []),
    "business_bay": (L, "Business Bay", []), "dubai_south": (L, "Dubai South", []), "arjan": (L, "Arjan", []),
    "dubailand": (L, "Dubailand", []),
    "catalonia": (L, "Catalonia", []), "barcelona": (L, "Barcelona", []), "madrid": (L, "Madrid", []),
    # United Kingdom
    "uk_government": (O, "UK government", []),
    "commons": (O, "House of Commons", ["Commons"]),
    "nrla": (O, "National Residential Landlords Association", ["NRLA"]),
    "ministry_of_justice": (O, "Ministry of Justice", []),
    "generation_rent": (O, "Generation Rent", []),
    "mhclg": (O, "Ministry of Housing, Communities and Local Government", ["MHCLG"]),
    "hclg_committee": (O, "Housing, Communities and Local Government Committee", []),
    "conservative_party": (O, "Conservative Party", ["Conservatives", "Conservative"]),
    # one id for both Labour parties: bodies of one name in two articles share one id
    "labour": (O, "Labour Party", ["Labour"]),
    "shelter": (O, "Shelter", []), "lga": (O, "Local Government Association", ["LGA"]),
    "hm_treasury": (O, "HM Treasury", ["Treasury"]),
    # Singapore
    "hdb": (O, "Housing Board", ["HDB", "Housing and Development Board"]),
    "mnd": (O, "Ministry of National Development", ["MND"]),
    "orchard_realty": (O, "Orchard Realty", []), "workers_party": (O, "Workers' Party", ["WP"]),
    "nus": (O, "National University of Singapore", ["NUS"]),
    "mas": (O, "Monetary Authority of Singapore", ["MAS"]),
    # New Zealand
    "nz_government": (O, "New Zealand government", []),
    "msd": (O, "Ministry of Social Development", ["MSD"]),
    "salvation_army": (O, "Salvation Army", []),
    "green_party_nz": (O, "Green Party", ["Greens"]), "te_matapihi": (O, "Te Matapihi", []),
    "rotorua_lakes_council": (O, "Rotorua Lakes Council", []), "kainga_ora": (O, "Kāinga Ora", ["Kainga Ora"]),
    "hud": (O, "Ministry of Housing and Urban Development", ["HUD"]),
    # Dubai
    "dld": (O, "Dubai Land Department", ["DLD"]),
    "rera": (O, "Real Estate Regulatory Agency", ["RERA"]),
    "rdc": (O, "Rental Disputes Centre", ["RDC"]), "ejari": (O, "Ejari", []),
    "meridian_estates": (O, "Meridian Estates", []),
    "aud": (O, "American University in Dubai", []),
    "dubai_chamber": (O, "Dubai Chamber of Commerce", []),
    "abu_dhabi_dmt": (O, "Department of Municipalities and Transport", []),
    "dubai_rest": (O, "Dubai REST", []),
    # Spain
    "spanish_government": (O, "Spanish government", []),
    "spain_housing_ministry": (O, "housing ministry", ["Housing Ministry"]),
    "idealista": (O, "Idealista", []),
    "fepro": (O, "Spanish Federation of Property Owners", ["FEPRO"]),
    "constitutional_court": (O, "Constitutional Court", []),
    "pp": (O, "Popular Party", ["PP"]),
    "tenants_union_madrid": (O, "Tenants' Union of Madrid", []),
    "congress_spain": (O, "Congress", []), "junts": (O, "Junts", []),
    # outlets and platforms
    "pa": (O, "PA news agency", ["PA"]), "x_platform": (O, "X", []), "straits_times": (O, "The Straits Times", ["Straits Times"]),
    "facebook": (O, "Facebook", []), "rnz": (O, "RNZ", []), "checkpoint": (O, "Checkpoint", []),
    "instagram": (O, "Instagram", []), "gulf_news": (O, "Gulf News", []), "the_local": (O, "The Local", ["The Local Spain"]),
    # people: United Kingdom
    "steve_reed": (P, "Steve Reed", ["Reed", "Mr Reed"]),
    "martin_greaves": (P, "Martin Greaves", ["Greaves", "Mr Greaves"]),
    "priya_lakhani_shaw": (P, "Priya Lakhani-Shaw", ["Lakhani-Shaw"]),
    "daniel_whitcombe": (P, "Daniel Whitcombe", ["Whitcombe"]),
    "ruth_okafor": (P, "Ruth Okafor", ["Okafor"]),
    "helen_marsh": (P, "Helen Marsh", ["Marsh"]),
    "sophie_ellery": (P, "Sophie Ellery", ["Ellery"]),
    "harriet_collins": (P, "Harriet Collins", []),
    # people: Singapore
    "chee_hong_tat": (P, "Chee Hong Tat", ["Mr Chee", "Chee"]),
    "daniel_koh": (P, "Daniel Koh", ["Mr Daniel Koh", "Koh"]),
    "tan_hui_min": (P, "Tan Hui Min", ["Ms Tan"]),
    "alvin_seah": (P, "Alvin Seah", ["Dr Alvin Seah", "Dr Seah", "Seah"]),
    "nur_aisyah_rahman": (P, "Nur Aisyah Rahman", ["Ms Nur Aisyah Rahman", "Ms Nur Aisyah"]),
    "rachel_ng": (P, "Rachel Ng Wei Ling", []),
    # people: New Zealand
    "chris_bishop": (P, "Chris Bishop", ["Bishop"]),
    "tevita_fifita": (P, "Tevita Fifita", ["Fifita"]),
    "karen_whitlock": (P, "Karen Whitlock", ["Whitlock"]),
    "rangi_whaanga": (P, "Rangi Whaanga", ["Whaanga"]),
    "chloe_swarbrick": (P, "Chlöe Swarbrick", ["Swarbrick", "Chloe Swarbrick"]),
    "hemi_pomare": (P, "Hemi Pomare", ["Pomare"]),
    "tania_tapsell": (P, "Tania Tapsell", ["Tapsell"]),
    "mereana_tipene": (P, "Mereana Tipene", []),
    # people: Dubai
    "majid_al_hammadi": (P, "Majid Al Hammadi", ["Al Hammadi"]),
    "rohan_pillai": (P, "Rohan Pillai", ["Pillai"]),
    "laura_fitzgerald": (P, "Laura Fitzgerald", ["Fitzgerald"]),
    "hisham_saeed": (P, "Hisham Saeed", ["Dr Hisham Saeed", "Saeed"]),
    "faisal_qureshi": (P, "Faisal Qureshi", ["Qureshi"]),
    "sanjana_menon": (P, "Sanjana Menon", []),
    # people: Spain
    "isabel_rodriguez": (P, "Isabel Rodríguez", ["Rodríguez", "Isabel Rodriguez", "Rodriguez"]),
    "pedro_sanchez": (P, "Pedro Sánchez", ["Sánchez", "Pedro Sanchez"]),
    "javier_montalban": (P, "Javier Montalbán", ["Montalbán", "Javier Montalban"]),
    "alberto_nunez_feijoo": (P, "Alberto Núñez Feijóo", ["Feijóo", "Núñez Feijóo", "Alberto Nunez Feijoo"]),
    "isabel_diaz_ayuso": (P, "Isabel Díaz Ayuso", ["Ayuso", "Díaz Ayuso", "Isabel Diaz Ayuso"]),
    "lucia_benavente": (P, "Lucía Benavente", ["Benavente", "Lucia Benavente"]),
}

PLACE_IN = {
    "england": "united_kingdom", "bristol": "england",
    "tampines": "singapore", "punggol": "singapore",
    "auckland": "new_zealand", "south_auckland": "auckland", "northland": "new_zealand",
    "east_coast": "new_zealand", "rotorua": "new_zealand", "fenton_street": "rotorua",
    "dubai": "uae", "abu_dhabi": "uae", "riyadh": "saudi_arabia",
    "jumeirah_village_circle": "dubai", "dubai_marina": "dubai", "business_bay": "dubai", "dubai_south": "dubai",
    "arjan": "dubai", "dubailand": "dubai",
    "catalonia": "spain", "barcelona": "catalonia", "madrid": "spain",
}

SAME = {"abu_dhabi": "uae", "riyadh": "saudi_arabia",
        # a government is a body of its own that stands for its state (sets 16, 21, 43 and 47)
        "uk_government": "united_kingdom", "nz_government": "new_zealand", "spanish_government": "spain"}
