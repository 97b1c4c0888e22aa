"""Entities of probe set 122 (nuclear waste storage, repository site selection and local
opposition; ids are set-wide), the places they lie in, and same_actor."""
P, O, C, L = "Person", "Organization", "Country", "Place"

ENT = {
    # countries, capitals and other places
    "united_states": (C, "United States", ["US", "U.S."]), "washington": (L, "Washington", []),
    "united_kingdom": (C, "United Kingdom", ["UK", "Britain"]), "canada": (C, "Canada", []),
    "ottawa": (L, "Ottawa", []), "south_korea": (C, "South Korea", ["Korea"]), "seoul": (L, "Seoul", []),
    "finland": (C, "Finland", []), "sweden": (C, "Sweden", []), "switzerland": (C, "Switzerland", []),
    "bern": (L, "Bern", []), "germany": (C, "Germany", []), "berlin": (L, "Berlin", []),
    # 001 places
    "new_mexico": (L, "New Mexico", []), "permian_basin": (L, "Permian Basin", []),
    "carlsbad": (L, "Carlsbad", []), "hobbs": (L, "Hobbs", []), "yucca_mountain": (L, "Yucca Mountain", []),
    "nevada": (L, "Nevada", []), "lea_county": (L, "Lea County", []), "texas": (L, "Texas", []),
    "west_texas": (L, "West Texas", []), "santa_fe": (L, "Santa Fe", []),
    # 002 places
    "sellafield": (L, "Sellafield", []), "mid_copeland": (L, "Mid Copeland", []),
    "cumbria": (L, "Cumbria", ["west Cumbria"]), "south_copeland": (L, "South Copeland", []),
    "millom": (L, "Millom", []), "lake_district": (L, "Lake District", []),
    "theddlethorpe": (L, "Theddlethorpe", []), "lincolnshire": (L, "Lincolnshire", []),
    "suffolk": (L, "Suffolk", []), "whitehaven": (L, "Whitehaven", []), "workington": (L, "Workington", []),
    "london": (L, "London", []), "manchester": (L, "Manchester", []),
    # 003 places
    "ontario": (L, "Ontario", []), "manitoba": (L, "Manitoba", []), "kenora": (L, "Kenora", []),
    "ignace": (L, "Ignace", []), "quebec": (L, "Quebec", []), "new_brunswick": (L, "New Brunswick", []),
    "sudbury": (L, "Sudbury", []), "thunder_bay": (L, "Thunder Bay", []), "lake_huron": (L, "Lake Huron", []),
    "lake_ontario": (L, "Lake Ontario", []), "lake_wabigoon": (L, "Lake Wabigoon", []),
    "highway_17": (L, "Highway 17", []), "revell": (L, "Revell site", ["Revell"]),
    # 004 places
    "sejong": (L, "Sejong", []), "busan": (L, "Busan", []), "kori": (L, "Kori", []), "hanbit": (L, "Hanbit", []),
    "yeonggwang": (L, "Yeonggwang", []), "south_jeolla": (L, "South Jeolla Province", ["South Jeolla"]),
    "gijang": (L, "Gijang County", ["Gijang"]), "jangan": (L, "Jangan-eup", []),
    "uljin": (L, "Uljin County", ["Uljin"]), "north_gyeongsang": (L, "North Gyeongsang Province", ["North Gyeongsang"]),
    "hanul": (L, "Hanul", []), "gyeongju": (L, "Gyeongju", []), "daejeon": (L, "Daejeon", []),
    # 005 places
    "noerdlich_laegern": (L, "Nördlich Lägern", []), "zurich": (L, "canton of Zurich", ["Zurich"]),
    "wettingen": (L, "Wettingen", []), "stadel": (L, "Stadel", []),
    "hohentengen": (L, "Hohentengen am Hochrhein", ["Hohentengen"]),
    "baden_wuerttemberg": (L, "Baden-Württemberg", []), "rhine": (L, "Rhine", []),
    "waldshut": (L, "district of Waldshut", ["Waldshut"]), "zurich_unterland": (L, "Zurich Unterland", []),
    "beznau": (L, "Beznau", []), "goesgen": (L, "Gösgen", []), "leibstadt": (L, "Leibstadt", []),
    # 001 New Mexico interim storage (AP)
    "michelle_lujan_grisham": (P, "Michelle Lujan Grisham", ["Lujan Grisham"]),
    "doe": (O, "U.S. Department of Energy", ["Department of Energy", "Energy Department"]),
    "holtec": (O, "Holtec International", ["Holtec"]), "chris_wright": (P, "Chris Wright", ["Wright"]),
    "nm_legislature": (O, "New Mexico Legislature", ["Legislature"]),
    "us_congress": (O, "Congress", ["U.S. Congress"]), "joy_russell": (P, "Joy Russell", ["Russell"]),
    "dale_whitcomb": (P, "Dale Whitcomb", ["Whitcomb"]), "rosalind_vega": (P, "Rosalind Vega", ["Vega"]),
    "nrc": (O, "Nuclear Regulatory Commission", ["NRC"]), "us_supreme_court": (O, "U.S. Supreme Court", ["Supreme Court"]),
    "martin_heinrich": (P, "Martin Heinrich", ["Heinrich"]), "larry_scott": (P, "Larry Scott", ["Scott"]),
    "us_democrats": (O, "US Democratic Party", ["Democrat", "Democrats"]),
    "us_republicans": (O, "Republican Party", ["Republican", "Republicans"]),
    "acoma": (O, "Pueblo of Acoma", []), "apcg": (O, "All Pueblo Council of Governors", []),
    "marisol_trujillo": (P, "Marisol Trujillo", ["Trujillo"]), "nfnm": (O, "Nuclear Free New Mexico Coalition", []),
    # 002 UK geological disposal (Financial Times)
    "cumberland_council": (O, "Cumberland Council", ["Cumberland council", "Cumberland", "Cumbria council"]),
    "nws": (O, "Nuclear Waste Services", ["NWS"]), "mark_fryer": (P, "Mark Fryer", ["Fryer"]),
    "labour": (O, "Labour Party", ["Labour"]), "corhyn_parr": (P, "Corhyn Parr", ["Parr"]),
    "desnz": (O, "Department for Energy Security and Net Zero", []), "ed_miliband": (P, "Ed Miliband", ["Miliband"]),
    "uk_treasury": (O, "Treasury", ["HM Treasury"]), "josh_macalister": (P, "Josh MacAlister", ["MacAlister"]),
    "ruth_balogun": (P, "Ruth Balogun", ["Balogun"]), "cadd": (O, "Cumbria Against Deep Disposal", []),
    "reform_uk": (O, "Reform UK", []), "tom_greatrex": (P, "Tom Greatrex", ["Greatrex"]),
    "nia": (O, "Nuclear Industry Association", ["NIA"]), "aurora": (O, "Aurora Energy Research", []),
    "sizewell_c": (O, "Sizewell C", []), "jonathan_howe": (P, "Jonathan Howe", ["Howe"]),
    "uom": (O, "University of Manchester", []),
    # 003 Ignace repository transport (CBC News)
    "treaty3": (O, "Grand Council Treaty #3", ["Grand Council Treaty 3", "Treaty #3", "Treaty 3"]),
    "francis_kavanaugh": (P, "Francis Kavanaugh", ["Kavanaugh", "Ogichidaa Francis Kavanaugh"]),
    "nwmo": (O, "Nuclear Waste Management Organization", ["NWMO"]),
    "wlon": (O, "Wabigoon Lake Ojibway Nation", []), "laurie_swami": (P, "Laurie Swami", ["Swami"]),
    "clayton_wetelainen": (P, "Clayton Wetelainen", ["Wetelainen"]), "kim_baigrie": (P, "Kim Baigrie", ["Baigrie"]),
    "brennain_lloyd": (P, "Brennain Lloyd", ["Lloyd"]), "northwatch": (O, "Northwatch", []),
    "thunder_bay_council": (O, "Thunder Bay city council", []), "rajni_agarwal": (P, "Rajni Agarwal", ["Agarwal"]),
    "iaac": (O, "Impact Assessment Agency of Canada", ["IAAC"]), "tim_hodgson": (P, "Tim Hodgson", ["Hodgson"]),
    "cnsc": (O, "Canadian Nuclear Safety Commission", ["CNSC"]), "dennis_mercier": (P, "Dennis Mercier", ["Mercier"]),
    # 004 South Korea disposal site (Yonhap)
    "mcee": (O, "Ministry of Climate, Energy and Environment", []),
    "kim_sung_whan": (P, "Kim Sung-whan", []), "kr_national_assembly": (O, "National Assembly", []),
    "lee_jung_hoon": (P, "Lee Jung-hoon", []), "snu": (O, "Seoul National University", []),
    "khnp": (O, "Korea Hydro & Nuclear Power Co.", ["KHNP", "Korea Hydro & Nuclear Power"]),
    "choi_mi_ran": (P, "Choi Mi-ran", []), "park_heong_joon": (P, "Park Heong-joon", []),
    "son_byung_bok": (P, "Son Byung-bok", []), "joo_nak_young": (P, "Joo Nak-young", []),
    "kfem": (O, "Korea Federation for Environmental Movements", ["KFEM"]),
    "park_ji_won": (P, "Park Ji-won", []), "kr_democratic_party": (O, "Democratic Party", ["Democratic Party of Korea"]),
    "kim_sung_won": (P, "Kim Sung-won", []), "ppp": (O, "People Power Party", []),
    "kim_hyun_jin": (P, "Kim Hyun-jin", []), "keei": (O, "Korea Energy Economics Institute", ["KEEI"]),
    # 005 Nördlich Lägern (swissinfo.ch)
    "ensi": (O, "Federal Nuclear Safety Inspectorate", ["ENSI"]), "federal_council": (O, "Federal Council", []),
    "nagra": (O, "National Cooperative for the Disposal of Radioactive Waste", ["Nagra"]),
    "matthias_braun": (P, "Matthias Braun", ["Braun"]), "martin_benz": (P, "Martin Benz", ["Benz"]),
    "martin_kistler": (P, "Martin Kistler", ["Kistler"]), "echr": (O, "European Court of Human Rights", []),
    "de_environment_ministry": (O, "German federal environment ministry", ["federal environment ministry", "Germany's federal environment ministry"]),
    "sfoe": (O, "Swiss Federal Office of Energy", ["SFOE"]), "dieter_schaller": (P, "Dieter Schaller", ["Schaller"]),
    "loti": (O, "Loti", []), "andrea_muehlemann": (P, "Andrea Mühlemann", ["Mühlemann"]),
    "swiss_parliament": (O, "Swiss parliament", ["parliament"]), "albert_roesti": (P, "Albert Rösti", ["Rösti"]),
    "greenpeace_ch": (O, "Greenpeace Switzerland", []),
    "ch_government": (O, "Swiss government", []),
    # outlets and journalists (optional)
    "ap": (O, "Associated Press", ["AP", "The Associated Press"]), "susan_montoya_bryan": (P, "Susan Montoya Bryan", []),
    "matthew_daly": (P, "Matthew Daly", []),
    "ft": (O, "Financial Times", []), "rachel_millard": (P, "Rachel Millard", []), "jim_pickard": (P, "Jim Pickard", []),
    "sylvia_pfeifer": (P, "Sylvia Pfeifer", []),
    "cbc": (O, "CBC News", ["CBC"]), "jody_porter": (P, "Jody Porter", []), "canadian_press": (O, "The Canadian Press", ["Canadian Press"]),
    "yonhap": (O, "Yonhap News Agency", ["Yonhap"]), "kim_seo_yeon": (P, "Kim Seo-yeon", []),
    "keystone_sda": (O, "Keystone-SDA", []), "swissinfo": (O, "swissinfo.ch", ["SWI swissinfo.ch"]), "srf": (O, "SRF", []),
}

PLACE_IN = {
    "washington": "united_states", "ottawa": "canada", "seoul": "south_korea", "bern": "switzerland", "berlin": "germany",
    "new_mexico": "united_states", "permian_basin": "united_states", "carlsbad": "new_mexico", "hobbs": "new_mexico",
    "yucca_mountain": "nevada", "nevada": "united_states", "lea_county": "new_mexico", "texas": "united_states",
    "west_texas": "texas", "santa_fe": "new_mexico",
    "sellafield": "cumbria", "mid_copeland": "cumbria", "cumbria": "united_kingdom", "south_copeland": "cumbria",
    "millom": "cumbria", "lake_district": "cumbria", "theddlethorpe": "lincolnshire", "lincolnshire": "united_kingdom",
    "suffolk": "united_kingdom", "whitehaven": "cumbria", "workington": "cumbria", "london": "united_kingdom",
    "manchester": "united_kingdom",
    "ontario": "canada", "manitoba": "canada", "kenora": "ontario", "ignace": "ontario", "quebec": "canada",
    "new_brunswick": "canada", "sudbury": "ontario", "thunder_bay": "ontario", "lake_wabigoon": "ontario",
    "highway_17": "ontario", "revell": "ontario",
    "sejong": "south_korea", "busan": "south_korea", "kori": "busan", "hanbit": "yeonggwang", "yeonggwang": "south_jeolla",
    "south_jeolla": "south_korea", "gijang": "busan", "jangan": "gijang", "uljin": "north_gyeongsang",
    "north_gyeongsang": "south_korea", "hanul": "uljin", "gyeongju": "north_gyeongsang", "daejeon": "south_korea",
    "noerdlich_laegern": "zurich", "zurich": "switzerland", "wettingen": "switzerland", "stadel": "zurich",
    "hohentengen": "waldshut", "waldshut": "baden_wuerttemberg", "baden_wuerttemberg": "germany",
    "zurich_unterland": "zurich", "beznau": "switzerland", "goesgen": "switzerland", "leibstadt": "switzerland",
}

SAME = {
    # capitals stand for their state
    "washington": "united_states", "ottawa": "canada", "seoul": "south_korea", "bern": "switzerland", "berlin": "germany",
    # a government named by its state's adjective stands for the state
    "ch_government": "switzerland",
}
