"""Entities of probe set 48 (aviation, railways and shipping; ids are set-wide), the places they lie
in, and same_actor."""
P, O, C, L = "Person", "Organization", "Country", "Place"

ENT = {
    # countries
    "china": (C, "China", []), "south_korea": (C, "South Korea", ["Korea", "Republic of Korea"]),
    "united_kingdom": (C, "United Kingdom", ["UK", "Britain"]), "england": (L, "England", []),
    "egypt": (C, "Egypt", []), "yemen": (C, "Yemen", []), "israel": (C, "Israel", []),
    "france": (C, "France", []), "denmark": (C, "Denmark", []),
    "ireland": (C, "Ireland", ["Irish State", "the State"]), "united_states": (C, "United States", ["US"]),
    # capitals and seats standing for states
    "seoul": (L, "Seoul", []), "sanaa": (L, "Sanaa", []),
    # places: China
    "guizhou": (L, "Guizhou", ["Guizhou Province"]), "guangxi": (L, "Guangxi", ["Guangxi Zhuang Autonomous Region"]),
    "guiyang": (L, "Guiyang", []), "nanning": (L, "Nanning", []), "duyun": (L, "Duyun", []),
    "guangdong": (L, "Guangdong", []), "hong_kong": (L, "Hong Kong", []), "macao": (L, "Macao", []),
    "greater_bay_area": (L, "Guangdong-Hong Kong-Macao Greater Bay Area", ["Greater Bay Area"]),
    "doupengshan": (L, "Doupengshan tunnel", ["Doupengshan"]),
    "libo": (L, "Libo County", ["Libo"]), "huangguoshu": (L, "Huangguoshu Waterfall", []),
    "pearl_river_delta": (L, "Pearl River Delta", []),
    # places: Korea
    "jindo": (L, "Jindo", ["Jindo Island"]), "mokpo": (L, "Mokpo", []), "jeju": (L, "Jeju Island", ["Jeju"]),
    "paengmok": (L, "Paengmok port", ["Paengmok"]),
    # places: UK
    "north_of_england": (L, "north of England", []), "carlisle": (L, "Carlisle", []),
    "liverpool": (L, "Liverpool", []), "leeds": (L, "Leeds", []), "manchester": (L, "Manchester", []),
    "newcastle": (L, "Newcastle", []), "greater_manchester": (L, "Greater Manchester", []),
    "stockport": (L, "Stockport", []), "salford": (L, "Salford", []),
    "manchester_piccadilly": (L, "Manchester Piccadilly", []),
    # places: shipping
    "suez_canal": (L, "Suez Canal", ["Suez"]), "red_sea": (L, "Red Sea", []), "ismailia": (L, "Ismailia", []),
    "cape_of_good_hope": (L, "Cape of Good Hope", ["Cape"]), "africa": (L, "Africa", []),
    "bab_el_mandeb": (L, "Bab el-Mandeb", ["Bab el-Mandeb strait"]), "gaza": (L, "Gaza", []),
    "gulf_of_aden": (L, "Gulf of Aden", []), "london": (L, "London", []), "copenhagen": (L, "Copenhagen", []),
    # places: Ireland
    "shannon": (L, "Shannon", ["Shannon Airport"]), "london_stansted": (L, "London Stansted", ["Stansted"]),
    "dublin": (L, "Dublin", []), "cork": (L, "Cork", []), "knock": (L, "Knock", []),
    "leinster_house": (L, "Leinster House", []), "europe": (L, "Europe", []),
    # China: bodies
    "china_railway": (O, "China State Railway Group Co., Ltd.", ["China State Railway Group", "China Railway"]),
    "nanning_railway_bureau": (O, "Nanning Railway Bureau", []),
    "nra": (O, "National Railway Administration", []),
    "ministry_of_transport_cn": (O, "Ministry of Transport", []),
    "unesco": (O, "UNESCO", []),
    "guangxi_tourism": (O, "Guangxi department of culture and tourism", ["department of culture and tourism"]),
    "ndrc": (O, "National Development and Reform Commission", []),
    "icit": (O, "Institute of Comprehensive Transportation", []),
    # Korea: bodies
    "korea_coast_guard": (O, "Korea Coast Guard", ["coast guard", "Mokpo Coast Guard"]),
    "kma": (O, "Korea Meteorological Administration", []),
    "seohae_marine": (O, "Seohae Marine Co.", ["Seohae Marine"]),
    "oceans_ministry": (O, "Ministry of Oceans and Fisheries", []),
    "korean_register": (O, "Korean Register", []),
    "ppp": (O, "People Power Party", []),
    "national_assembly": (O, "National Assembly", []),
    "kmou": (O, "Korea Maritime and Ocean University", []),
    "presidential_office": (O, "presidential office", []),
    # UK: bodies
    "northern": (O, "Northern", []), "aslef": (O, "Aslef", []),
    "treasury": (O, "Treasury", ["the Treasury"]),
    "labour": (O, "Labour", ["Labour party"]), "conservatives": (O, "Conservatives", ["Conservative party"]),
    "uk_government": (O, "UK government", []),
    "gbr": (O, "Great British Railways", []),
    "npp": (O, "Northern Powerhouse Partnership", []),
    "transport_focus": (O, "Transport Focus", []), "acas": (O, "Acas", []),
    "leeds_city_council": (O, "Leeds city council", []),
    "salford_royal": (O, "Salford Royal hospital", ["Salford Royal"]),
    # shipping: bodies
    "sca": (O, "Suez Canal Authority", []), "maersk": (O, "Maersk", []), "hapag_lloyd": (O, "Hapag-Lloyd", []),
    "cma_cgm": (O, "CMA CGM", []), "gemini": (O, "Gemini Cooperation", []),
    "houthis": (O, "Houthis", ["Houthi"]),
    "aldgate_specialty": (O, "Aldgate Specialty", []),
    "joint_war_committee": (O, "Joint War Committee", []),
    "itf": (O, "International Transport Workers' Federation", ["ITF"]),
    "ics": (O, "International Chamber of Shipping", []), "drewry": (O, "Drewry", []),
    "sea_analytics": (O, "Sea Analytics", []), "global_shippers_forum": (O, "Global Shippers Forum", []),
    # Ireland: bodies
    "aaiu": (O, "Air Accident Investigation Unit", ["AAIU"]), "ryanair": (O, "Ryanair", []),
    "boeing": (O, "Boeing", []),
    "airnav_ireland": (O, "AirNav Ireland", []), "shannon_group": (O, "Shannon Group", []),
    "ialpa": (O, "Irish Airline Pilots' Association", ["Ialpa"]),
    "iaa": (O, "Irish Aviation Authority", []), "forsa": (O, "Fórsa", ["Forsa"]),
    "irish_government": (O, "Irish Government", []),
    "clare_chamber": (O, "Clare Chamber", []),
    # outlets and platforms
    "xinhua": (O, "Xinhua", []), "yonhap": (O, "Yonhap", []), "x_platform": (O, "X", []),
    "bbc": (O, "BBC", []), "politics_north": (O, "Politics North", []), "telegram": (O, "Telegram", []),
    "lloyds_list": (O, "Lloyd's List", []), "rte": (O, "RTÉ", ["RTE"]), "morning_ireland": (O, "Morning Ireland", []),
    "the_guardian": (O, "The Guardian", ["Guardian"]),
    # people: China
    "yang_xiuying": (P, "Yang Xiuying", []), "liu_jianguo": (P, "Liu Jianguo", ["Liu"]),
    "zhou_hailin": (P, "Zhou Hailin", ["Zhou"]), "wu_shengli": (P, "Wu Shengli", ["Wu"]),
    "chen_xiaomei": (P, "Chen Xiaomei", []),
    # people: Korea
    "park_ji_won": (P, "Park Ji-won", []), "kim_sung_hoon": (P, "Kim Sung-hoon", ["Kim"]),
    "lee_jae_myung": (P, "Lee Jae Myung", ["Lee", "Lee Jae-myung"]),
    "kang_yu_jung": (P, "Kang Yu-jung", []), "chun_jae_soo": (P, "Chun Jae-soo", ["Chun"]),
    "lee_mi_kyung": (P, "Lee Mi-kyung", []), "han_dong_wook": (P, "Han Dong-wook", ["Han"]),
    "captain_choi": (P, "Choi", []),
    # people: UK
    "hannah_delaney": (P, "Hannah Delaney", []), "gary_fenwick": (P, "Gary Fenwick", ["Fenwick"]),
    "heidi_alexander": (P, "Heidi Alexander", ["Alexander"]), "richard_holden": (P, "Richard Holden", ["Holden"]),
    "imogen_clarke": (P, "Imogen Clarke", ["Clarke"]), "alex_hornby": (P, "Alex Hornby", ["Hornby"]),
    "priya_shah": (P, "Priya Shah", ["Shah"]), "dave_marsh": (P, "Dave Marsh", ["Marsh"]),
    "andy_burnham": (P, "Andy Burnham", ["Burnham"]),
    # people: shipping
    "marcus_ellery": (P, "Marcus Ellery", []), "osama_rabie": (P, "Osama Rabie", ["Rabie", "Mr Rabie"]),
    "vincent_clerc": (P, "Vincent Clerc", ["Clerc"]),
    "mohammed_abdulsalam": (P, "Mohammed Abdulsalam", ["Abdulsalam"]),
    "tom_nakamura": (P, "Tom Nakamura", ["Nakamura"]), "lena_sorensen": (P, "Lena Sørensen", ["Sørensen", "Lena Sorensen"]),
    # people: Ireland
    "ciaran_mulvey": (P, "Ciarán Mulvey", []), "niamh_fallon": (P, "Niamh Fallon", ["Captain Niamh Fallon", "Fallon"]),
    "declan_hurley": (P, "Declan Hurley", ["Hurley"]),
    "darragh_obrien": (P, "Darragh O'Brien", ["O'Brien", "Mr O'Brien"]),
    "michael_oleary": (P, "Michael O'Leary", ["O'Leary"]), "paul_kearney": (P, "Paul Kearney", ["Kearney"]),
}

PLACE_IN = {
    "guizhou": "china", "guangxi": "china", "guiyang": "guizhou", "nanning": "guangxi", "duyun": "guizhou",
    "guangdong": "china", "hong_kong": "china", "macao": "china", "greater_bay_area": "china",
    "doupengshan": "guizhou", "libo": "guizhou", "huangguoshu": "guizhou", "pearl_river_delta": "guangdong",
    "seoul": "south_korea", "jindo": "south_korea", "mokpo": "south_korea", "jeju": "south_korea", "paengmok": "jindo",
    "england": "united_kingdom", "north_of_england": "england", "carlisle": "england", "liverpool": "england",
    "leeds": "england", "manchester": "greater_manchester", "greater_manchester": "england", "newcastle": "england",
    "stockport": "greater_manchester", "salford": "greater_manchester", "manchester_piccadilly": "manchester",
    "suez_canal": "egypt", "ismailia": "egypt", "sanaa": "yemen", "london": "united_kingdom", "copenhagen": "denmark",
    "shannon": "ireland", "london_stansted": "united_kingdom", "dublin": "ireland", "cork": "ireland", "knock": "ireland",
    "leinster_house": "dublin",
}

SAME = {"seoul": "south_korea",
        # a government is a body of its own that stands for its state (sets 16, 21 and 43)
        "uk_government": "united_kingdom", "irish_government": "ireland"}
