"""Entities of probe set 52 (public health, hospitals, medicines and drug pricing; ids are set-wide),
the places they lie in, and same_actor."""
P, O, C, L = "Person", "Organization", "Country", "Place"

ENT = {
    # countries
    "south_korea": (C, "South Korea", ["Korea"]), "united_states": (C, "United States", ["U.S.", "US"]),
    "germany": (C, "Germany", []), "japan": (C, "Japan", []), "canada": (C, "Canada", []),
    "new_zealand": (C, "New Zealand", []), "united_kingdom": (C, "United Kingdom", ["UK"]),
    # capitals and seats standing for states
    "seoul": (L, "Seoul", []), "washington": (L, "Washington", []), "tokyo": (L, "Tokyo", []),
    "london": (L, "London", []),
    # other places
    "south_jeolla": (L, "South Jeolla Province", ["South Jeolla"]), "yongsan_gu": (L, "Yongsan-gu", ["Yongsan"]),
    "sejong": (L, "Sejong", []), "baltimore": (L, "Baltimore", []), "christchurch": (L, "Christchurch", []),
    "auckland": (L, "Auckland", []), "saitama": (L, "Saitama Prefecture", ["Saitama"]), "geneva": (L, "Geneva", []),
    "england": (L, "England", []), "copenhagen": (L, "Copenhagen", []), "europe": (L, "Europe", []),
    "capitol_hill": (L, "Capitol Hill", []), "louisiana": (L, "Louisiana", ["La."]), "vermont": (L, "Vermont", ["Vt."]),
    # international bodies
    "who": (O, "World Health Organization", ["WHO"]),
    # governments (bodies of their own standing for their states)
    "korean_government": (O, "South Korean government", []), "us_government": (O, "federal government", ["U.S. government"]),
    "japanese_government": (O, "Japanese government", []), "nz_government": (O, "New Zealand government", []),
    "uk_government": (O, "UK government", ["British government"]),
    # South Korea
    "kira": (O, "Korea Intern Resident Association", ["KIRA"]),
    # one id for "Health Ministry" in every article (the scorer resolves actors by name)
    "korea_health_ministry": (O, "Health Ministry", ["Ministry of Health and Welfare"]),
    "kma": (O, "Korean Medical Association", ["KMA"]),
    "korea_national_assembly": (O, "National Assembly", []),
    "democratic_party_korea": (O, "Democratic Party", []),
    "snuh": (O, "Seoul National University Hospital", []),
    "kapo": (O, "Korea Alliance of Patients Organization", []),
    "yonsei_university": (O, "Yonsei University", []),
    # United States
    "phrma": (O, "Pharmaceutical Research and Manufacturers of America", ["PhRMA"]),
    "medicare": (O, "Medicare", []),
    "cms": (O, "Centers for Medicare and Medicaid Services", ["CMS"]),
    "hhs": (O, "Department of Health and Human Services", ["Health and Human Services", "HHS"]),
    "pfizer": (O, "Pfizer", []), "leerink_partners": (O, "Leerink Partners", []),
    "aha": (O, "American Hospital Association", []),
    "p4ad_now": (O, "Patients for Affordable Drugs Now", []),
    "senate_help": (O, "Senate health committee", []),
    "us_senate": (O, "Senate", ["U.S. Senate"]),
    "fda": (O, "Food and Drug Administration", ["FDA"]),
    "white_house": (O, "White House", []),
    # New Zealand
    "nzno": (O, "New Zealand Nurses Organisation", ["NZNO"]),
    "health_nz": (O, "Health New Zealand", ["Health NZ", "Te Whatu Ora"]),
    "nz_parliament": (O, "Parliament", []),
    "era": (O, "Employment Relations Authority", []),
    "labour_nz": (O, "Labour", ["Labour Party"]),
    "christchurch_hospital": (O, "Christchurch Hospital", []),
    "asms": (O, "Association of Salaried Medical Specialists", ["ASMS"]),
    "age_concern": (O, "Age Concern", []),
    "te_aka_whai_ora": (O, "Te Aka Whai Ora", []),
    # Japan
    "mhlw": (O, "Ministry of Health, Labor and Welfare", ["Ministry of Health, Labour and Welfare"]),
    "chuikyo": (O, "Central Social Insurance Medical Council", []),
    "jga": (O, "Japan Generic Medicines Association", []),
    "jpa": (O, "Japan Pharmaceutical Association", []),
    "jma": (O, "Japan Medical Association", []),
    "japan_finance_ministry": (O, "Finance Ministry", ["Ministry of Finance"]),
    "keio_university": (O, "Keio University", []),
    "cdp": (O, "Constitutional Democratic Party of Japan", ["Constitutional Democratic Party", "CDP"]),
    # United Kingdom
    "nhs": (O, "NHS", ["National Health Service"]),
    "nhs_england": (O, "NHS England", []),
    "abpi": (O, "Association of the British Pharmaceutical Industry", ["ABPI"]),
    "dhsc": (O, "Department of Health and Social Care", ["DHSC"]),
    "conservative_party": (O, "Conservative Party", ["Tories"]),
    "rcn": (O, "Royal College of Nursing", ["RCN"]),
    "bma": (O, "British Medical Association", ["BMA"]),
    "nhs_providers": (O, "NHS Providers", []),
    "ukhsa": (O, "UK Health Security Agency", ["UKHSA"]),
    # outlets and platforms
    "korea_herald": (O, "The Korea Herald", ["Korea Herald"]), "facebook": (O, "Facebook", []),
    "wsj": (O, "The Wall Street Journal", ["WSJ"]), "x_platform": (O, "X", []),
    "rnz": (O, "RNZ", []), "morning_report": (O, "Morning Report", []), "kyodo": (O, "Kyodo", ["Kyodo News"]),
    "sky_news": (O, "Sky News", []),
    # people: South Korea
    "seo_ji_hoon": (P, "Seo Ji-hoon", ["Seo"]),
    "jeong_eun_kyeong": (P, "Jeong Eun-kyeong", ["Jeong"]),
    "kim_sung_geun": (P, "Kim Sung-geun", []),
    "lee_soo_jin": (P, "Lee Soo-jin", []),
    "ahn_ki_jong": (P, "Ahn Ki-jong", ["Ahn"]),
    "kim_min_seok": (P, "Kim Min-seok", []),
    "kwon_hye_won": (P, "Kwon Hye-won", ["Kwon"]),
    # people: United States
    "stephen_ubl": (P, "Stephen Ubl", ["Ubl", "Mr. Ubl"]),
    "robert_f_kennedy_jr": (P, "Robert F. Kennedy Jr.", ["Kennedy", "Mr. Kennedy", "Robert F. Kennedy"]),
    "mehmet_oz": (P, "Mehmet Oz", ["Oz", "Dr. Oz"]),
    "lena_hartmann": (P, "Lena Hartmann", ["Hartmann", "Ms. Hartmann"]),
    "stacey_hughes": (P, "Stacey Hughes", ["Hughes"]),
    "maribel_ortega": (P, "Maribel Ortega", ["Ortega"]),
    "bill_cassidy": (P, "Bill Cassidy", ["Cassidy"]),
    "bernie_sanders": (P, "Bernie Sanders", ["Sanders"]),
    "marty_makary": (P, "Marty Makary", ["Makary"]),
    # people: New Zealand
    "paul_goulter": (P, "Paul Goulter", ["Goulter"]),
    "duncan_ferrier": (P, "Duncan Ferrier", ["Ferrier"]),
    "simeon_brown": (P, "Simeon Brown", ["Brown"]),
    "ayesha_verrall": (P, "Ayesha Verrall", ["Verrall"]),
    "mereana_tipene": (P, "Mereana Tipene", ["Tipene"]),
    "sarah_dalton": (P, "Sarah Dalton", ["Dalton"]),
    "karen_billings_jensen": (P, "Karen Billings-Jensen", ["Billings-Jensen"]),
    "riana_manuel": (P, "Riana Manuel", ["Manuel"]),
    "anne_daniels": (P, "Anne Daniels", ["Daniels"]),
    # people: Japan and the WHO
    "kenichiro_ueno": (P, "Kenichiro Ueno", ["Ueno"]),
    "shinji_morimoto": (P, "Shinji Morimoto", ["Morimoto"]),
    "keiko_tanabe": (P, "Keiko Tanabe", ["Tanabe"]),
    "tedros": (P, "Tedros Adhanom Ghebreyesus", ["Tedros"]),
    "hiroshi_nakagawa": (P, "Hiroshi Nakagawa", ["Nakagawa"]),
    "yoshihiko_noda": (P, "Yoshihiko Noda", ["Noda"]),
    # people: United Kingdom and the WHO in Europe
    "wes_streeting": (P, "Wes Streeting", ["Streeting", "Mr Streeting"]),
    "richard_torbett": (P, "Richard Torbett", ["Torbett"]),
    "stuart_andrew": (P, "Stuart Andrew", ["Andrew", "Mr Andrew"]),
    "nicola_ranger": (P, "Nicola Ranger", ["Ranger", "Professor Nicola Ranger"]),
    "hans_kluge": (P, "Hans Kluge", ["Kluge", "Dr Hans Kluge"]),
    "daniel_elkeles": (P, "Daniel Elkeles", ["Elkeles"]),
    "meghana_pandit": (P, "Meghana Pandit", ["Pandit", "Professor Meghana Pandit"]),
}

PLACE_IN = {
    "seoul": "south_korea", "yongsan_gu": "seoul", "south_jeolla": "south_korea", "sejong": "south_korea",
    "washington": "united_states", "capitol_hill": "washington", "baltimore": "united_states", "louisiana": "united_states", "vermont": "united_states",
    "christchurch": "new_zealand", "auckland": "new_zealand",
    "tokyo": "japan", "saitama": "japan", "geneva": "switzerland_unlisted",
    "london": "united_kingdom", "england": "united_kingdom", "copenhagen": "denmark_unlisted",
}

SAME = {"seoul": "south_korea", "washington": "united_states", "tokyo": "japan", "london": "united_kingdom",
        # a government is a body of its own that stands for its state (sets 16, 21, 43 and 47)
        "korean_government": "south_korea", "us_government": "united_states", "japanese_government": "japan",
        "nz_government": "new_zealand", "uk_government": "united_kingdom"}
