"""Entities of probe set 120 (social media age limits, children's online safety laws and age
verification; ids are set-wide), the places they lie in, and same_actor."""
P, O, C, L = "Person", "Organization", "Country", "Place"

ENT = {
    # countries, capitals and other places
    "australia": (C, "Australia", []), "united_kingdom": (C, "United Kingdom", ["UK", "Britain"]),
    "cyprus": (C, "Cyprus", []), "denmark": (C, "Denmark", []), "malaysia": (C, "Malaysia", []),
    "new_zealand": (C, "New Zealand", []), "france": (C, "France", []), "ireland": (C, "Ireland", []),
    "estonia": (C, "Estonia", []), "greece": (C, "Greece", []), "italy": (C, "Italy", []), "spain": (C, "Spain", []),
    "belgium": (C, "Belgium", []), "united_states": (C, "United States", ["U.S.", "US"]),
    "sydney": (L, "Sydney", []), "canberra": (L, "Canberra", []), "brisbane": (L, "Brisbane", []),
    "england": (L, "England", []), "leeds": (L, "Leeds", []),
    "brussels": (L, "Brussels", []), "paris": (L, "Paris", []), "tallinn": (L, "Tallinn", []),
    "salt_lake_city": (L, "Salt Lake City", []), "utah": (L, "Utah", []), "texas": (L, "Texas", []),
    "louisiana": (L, "Louisiana", []), "provo": (L, "Provo", []), "san_francisco": (L, "San Francisco", []),
    "providence": (L, "Providence", []), "rhode_island": (L, "Rhode Island", []),
    "kuala_lumpur": (L, "Kuala Lumpur", []), "putrajaya": (L, "Putrajaya", []), "pasir_mas": (L, "Pasir Mas", []),
    "sabah": (L, "Sabah", []), "sarawak": (L, "Sarawak", []),
    # set-wide bodies and people
    "meta": (O, "Meta", []), "google": (O, "Google", []), "tiktok": (O, "TikTok", []),
    "snap": (O, "Snap Inc", ["Snap", "Snapchat"]), "apple": (O, "Apple", []),
    "european_union": (O, "European Union", ["EU"]),
    "european_commission": (O, "European Commission", ["Commission"]),
    "ursula_von_der_leyen": (P, "Ursula von der Leyen", ["von der Leyen"]),
    "ccia": (O, "Computer & Communications Industry Association", ["CCIA Europe", "CCIA"]),
    # 001 Australia under-16 ban (Reuters)
    "esafety": (O, "eSafety Commissioner", ["eSafety"]),
    "julie_inman_grant": (P, "Julie Inman Grant", ["Inman Grant"]), "anika_wells": (P, "Anika Wells", ["Wells"]),
    "anthony_albanese": (P, "Anthony Albanese", ["Albanese"]), "tony_allen": (P, "Tony Allen", ["Allen"]),
    "accs": (O, "Age Check Certification Scheme", ["ACCS"]), "sunita_bose": (P, "Sunita Bose", ["Bose"]),
    "digi": (O, "Digital Industry Group Inc", ["DIGI"]), "liberal_party": (O, "Liberal Party", []),
    "melissa_mcintosh": (P, "Melissa McIntosh", ["McIntosh"]), "monash": (O, "Monash University", []),
    "priya_ramanathan": (P, "Priya Ramanathan", ["Ramanathan"]),
    # 002 UK Ofcom (BBC)
    "ofcom": (O, "Ofcom", []), "larkspur": (O, "Larkspur", []),
    "melanie_dawes": (P, "Melanie Dawes", ["Dame Melanie Dawes"]), "liz_kendall": (P, "Liz Kendall", ["Kendall"]),
    "rachel_de_souza": (P, "Rachel de Souza", ["Dame Rachel de Souza", "Dame Rachel"]),
    "andy_burrows": (P, "Andy Burrows", ["Burrows"]), "molly_rose_foundation": (O, "Molly Rose Foundation", []),
    "molly_russell": (P, "Molly Russell", []), "reform_uk": (O, "Reform UK", []),
    "zia_yusuf": (P, "Zia Yusuf", ["Yusuf"]), "big_brother_watch": (O, "Big Brother Watch", []),
    "ico": (O, "Information Commissioner's Office", ["ICO"]), "jenna_clarke": (P, "Jenna Clarke", ["Clarke"]),
    "dsit": (O, "Department for Science, Innovation and Technology", ["DSIT"]),
    "uk_parliament": (O, "Parliament", []),
    # 003 EU digital majority age (POLITICO Europe)
    "caroline_stage_olsen": (P, "Caroline Stage Olsen", ["Stage Olsen"]),
    "clara_chappaz": (P, "Clara Chappaz", ["Chappaz"]), "patrick_odonovan": (P, "Patrick O'Donovan", ["O'Donovan"]),
    "henna_virkkunen": (P, "Henna Virkkunen", ["Virkkunen"]), "thomas_regnier": (P, "Thomas Regnier", ["Regnier"]),
    "claudia_canelles_quaroni": (P, "Claudia Canelles Quaroni", []),
    "eurochild": (O, "Eurochild", []), "european_parliament": (O, "European Parliament", ["Parliament"]),
    "christel_schaldemose": (P, "Christel Schaldemose", ["Schaldemose"]),
    "dimitris_papastergiou": (P, "Dimitris Papastergiou", ["Papastergiou"]),
    "facebook": (O, "Facebook", []), "instagram": (O, "Instagram", []),
    # 004 Utah app store law (AP)
    "marcus_ellery": (P, "Marcus Ellery", ["Ellery"]),
    "tenth_circuit": (O, "10th U.S. Circuit Court of Appeals", []),
    "matt_schruers": (P, "Matt Schruers", ["Schruers"]), "spencer_cox": (P, "Spencer Cox", ["Cox"]),
    "todd_weiler": (P, "Todd Weiler", ["Weiler"]), "x_corp": (O, "X", []),
    "supreme_court": (O, "U.S. Supreme Court", ["Supreme Court"]), "derek_brown": (P, "Derek Brown", ["Brown"]),
    "rebecca_thornton": (P, "Rebecca Thornton", ["Thornton"]), "screen_free_utah": (O, "Screen Free Utah", []),
    "aclu_utah": (O, "American Civil Liberties Union of Utah", []),
    "utah_legislature": (O, "Utah Legislature", ["Legislature"]),
    "jason_kelley": (P, "Jason Kelley", ["Kelley"]), "eff": (O, "Electronic Frontier Foundation", ["EFF"]),
    # 005 Malaysia under-16 ban (The Star)
    "fahmi_fadzil": (P, "Fahmi Fadzil", ["Datuk Fahmi Fadzil", "Fahmi"]), "cabinet": (O, "Cabinet", []),
    "mcmc": (O, "Malaysian Communications and Multimedia Commission", ["MCMC"]),
    "teo_nie_ching": (P, "Teo Nie Ching", ["Teo"]), "hafiz_rahman": (P, "Hafiz Rahman", []),
    "saifuddin": (P, "Saifuddin Nasution Ismail", ["Datuk Seri Saifuddin Nasution Ismail"]),
    "page": (O, "Parent Action Group for Education", ["PAGE"]),
    "noor_azimah": (P, "Noor Azimah Abdul Rahim", ["Datin Noor Azimah Abdul Rahim"]),
    "malaysian_bar": (O, "Malaysian Bar", ["Bar"]), "kenneth_lim": (P, "Kenneth Lim Wei Jie", []),
    "perikatan_nasional": (O, "Perikatan Nasional", []), "ahmad_fadhli": (P, "Ahmad Fadhli Shaari", []),
    "farah_aziz": (P, "Farah Aziz", []), "sabah_cpn": (O, "Sabah Child Protection Network", []),
    "iyres": (O, "Malaysian Institute of Youth Research", ["IYRES"]),
    "anwar_ibrahim": (P, "Anwar Ibrahim", ["Datuk Seri Anwar Ibrahim"]),
    "ndec": (O, "National Digital Economy Council", []),
    "my_comms_ministry": (O, "communications ministry (Malaysia)", ["ministry"]),
    # outlets and journalists (optional)
    "reuters": (O, "Reuters", []), "byron_kaye": (P, "Byron Kaye", []), "renju_jose": (P, "Renju Jose", []),
    "kim_coghill": (P, "Kim Coghill", []),
    "bbc": (O, "BBC", ["BBC News"]), "bbc_radio_4": (O, "BBC Radio 4", []), "liv_mcmahon": (P, "Liv McMahon", []),
    "politico": (O, "POLITICO", []), "pieter_haeck": (P, "Pieter Haeck", []), "oceane_herrero": (P, "Océane Herrero", []),
    "ap": (O, "The Associated Press", ["Associated Press", "AP"]), "hannah_schoenbaum": (P, "Hannah Schoenbaum", ["HANNAH SCHOENBAUM"]),
    "matt_obrien": (P, "Matt O'Brien", []),
    "the_star": (O, "The Star", []), "royce_tan": (P, "Royce Tan", ["ROYCE TAN"]), "bernama": (O, "Bernama", []),
}

PLACE_IN = {
    "sydney": "australia", "canberra": "australia", "brisbane": "australia",
    "england": "united_kingdom", "leeds": "england",
    "brussels": "belgium", "paris": "france", "tallinn": "estonia",
    "salt_lake_city": "utah", "utah": "united_states", "texas": "united_states", "louisiana": "united_states",
    "provo": "utah", "san_francisco": "united_states", "providence": "rhode_island", "rhode_island": "united_states",
    "kuala_lumpur": "malaysia", "putrajaya": "malaysia", "pasir_mas": "malaysia", "sabah": "malaysia",
    "sarawak": "malaysia",
}

SAME = {
    # capitals stand for their state
    "canberra": "australia", "paris": "france", "tallinn": "estonia",
}
