"""Entities of probe set 133 (data centres: their power and water use, grid connections, planning
rows, local opposition and the AI building boom; ids are set-wide), the places they lie in, and
same_actor."""
P, O, C, L = "Person", "Organization", "Country", "Place"

ENT = {
    # countries, capitals and shared bodies
    "spain": (C, "Spain", []), "madrid": (L, "Madrid", []), "ireland": (C, "Ireland", []), "dublin": (L, "Dublin", []),
    "uk": (C, "United Kingdom", ["UK", "Britain"]), "united_states": (C, "United States", ["US", "U.S."]),
    "malaysia": (C, "Malaysia", []), "kuala_lumpur": (L, "Kuala Lumpur", []), "singapore": (C, "Singapore", []),
    "thailand": (C, "Thailand", []), "indonesia": (C, "Indonesia", []), "netherlands": (C, "Netherlands", []),
    "eu": (O, "European Union", ["EU"]), "european_commission": (O, "European Commission", ["Commission"]),
    "europe": (L, "Europe", []), "microsoft": (O, "Microsoft", []), "amazon": (O, "Amazon", []), "google": (O, "Google", []),
    "england": (L, "England", []),
    # 001 places
    "aragon": (L, "Aragon", []), "zaragoza": (L, "Zaragoza", []), "ebro": (L, "Ebro", []), "huesca": (L, "Huesca", []),
    "la_muela": (L, "La Muela", []), "villamayor_de_gallego": (L, "Villamayor de Gállego", []),
    "villanueva_de_gallego": (L, "Villanueva de Gállego", []), "cuarte_de_huerva": (L, "Cuarte de Huerva", []),
    # 002 places
    "nordics": (L, "Nordics", []), "tallaght": (L, "Tallaght", []), "clondalkin": (L, "Clondalkin", []),
    # 003 places
    "buckinghamshire": (L, "Buckinghamshire", []), "iver": (L, "Iver", []), "richings_park": (L, "Richings Park", []),
    "m25": (L, "M25", []), "beaconsfield": (L, "Beaconsfield", []),
    # 004 places
    "virginia": (L, "Virginia", []), "richmond": (L, "Richmond", []), "loudoun": (L, "Loudoun County", ["Loudoun"]),
    "prince_william": (L, "Prince William County", ["Prince William"]), "gainesville": (L, "Gainesville", []),
    "fauquier": (L, "Fauquier", []),
    # 005 places
    "johor": (L, "Johor", []), "johor_bahru": (L, "Johor Bahru", []), "kota_iskandar": (L, "Kota Iskandar", []),
    "kota_tinggi": (L, "Kota Tinggi", []), "sedenak": (L, "Sedenak", []), "kulai": (L, "Kulai", []),
    "iskandar_puteri": (L, "Iskandar Puteri", []), "taman_indahpura": (L, "Taman Indahpura", []),
    "johor_river": (L, "Johor River", []), "causeway": (L, "Causeway", []), "south_east_asia": (L, "South-east Asia", []),
    # 001 Aragon (Reuters)
    "jorge_azcon": (P, "Jorge Azcón", ["Azcón", "Jorge Azcon"]),
    "miteco": (O, "Ministry for the Ecological Transition", ["MITECO"]), "sara_aagesen": (P, "Sara Aagesen", ["Aagesen"]),
    "red_electrica": (O, "Red Electrica", []), "che": (O, "Ebro Hydrographic Confederation", ["CHE"]),
    "uaga": (O, "UAGA", []), "pilar_ezquerra": (P, "Pilar Ezquerra", ["Ezquerra"]),
    "aws": (O, "Amazon Web Services", []), "laura_benitez": (P, "Laura Benítez", ["Benítez"]),
    "ecologistas": (O, "Ecologistas en Acción", []), "miguel_angel_ferrer": (P, "Miguel Ángel Ferrer", ["Ferrer"]),
    "comillas": (O, "Comillas Pontifical University", []), "spain_dc": (O, "Spain DC", []),
    # 002 Ireland (Irish Times)
    "cru": (O, "Commission for Regulation of Utilities", ["CRU"]), "eirgrid": (O, "EirGrid", []),
    "esb_networks": (O, "ESB Networks", []), "cso": (O, "Central Statistics Office", ["CSO"]),
    "jim_gannon": (P, "Jim Gannon", ["Gannon"]),
    "darragh_obrien": (P, "Darragh O'Brien", ["O'Brien"]), "siobhan_keogh": (P, "Siobhán Keogh", ["Keogh"]),
    "cii": (O, "Cloud Infrastructure Ireland", []), "ibec": (O, "Ibec", []),
    "declan_rooney": (P, "Declan Rooney", ["Rooney"]), "foe_ireland": (O, "Friends of the Earth Ireland", []),
    "grainne_mac_lochlainn": (P, "Gráinne Mac Lochlainn", ["Mac Lochlainn"]), "dail": (O, "Dáil", []),
    "sinn_fein": (O, "Sinn Féin", []), "darren_orourke": (P, "Darren O'Rourke", ["O'Rourke"]),
    "micheal_martin": (P, "Micheál Martin", ["Martin"]), "social_democrats": (O, "Social Democrats", []),
    "jennifer_whitmore": (P, "Jennifer Whitmore", ["Whitmore"]), "sdcc": (O, "South Dublin County Council", []),
    "eoin_mulcahy": (P, "Eoin Mulcahy", ["Mulcahy"]), "ucd": (O, "University College Dublin", []),
    # 003 Iver (BBC)
    "bucks_council": (O, "Buckinghamshire Council", []), "northbrook": (O, "Northbrook Digital", []),
    "steve_reed": (P, "Steve Reed", ["Reed"]), "liz_kendall": (P, "Liz Kendall", ["Kendall"]),
    "save_iver_fields": (O, "Save Iver Fields", []), "maureen_dlamini": (P, "Maureen Dlamini", ["Dlamini"]),
    "peter_grafton": (P, "Peter Grafton", ["Grafton"]), "joy_morrissey": (P, "Joy Morrissey", ["Morrissey"]),
    "uk_conservatives": (O, "Conservative Party", ["Conservative"]), "uk_labour": (O, "Labour Party", ["Labour"]),
    "callum_anderson": (P, "Callum Anderson", ["Anderson"]), "adrian_castellano": (P, "Adrian Castellano", ["Castellano"]),
    "affinity_water": (O, "Affinity Water", []), "environment_agency": (O, "Environment Agency", []),
    "national_grid": (O, "National Grid", []), "anjali_mehta": (P, "Anjali Mehta", ["Mehta"]),
    "imperial": (O, "Imperial College London", []), "foxglove": (O, "Foxglove", []),
    "mhclg": (O, "Ministry of Housing, Communities and Local Government", []),
    "dsit": (O, "Department for Science, Innovation and Technology", ["DSIT"]),
    # 004 Virginia (Washington Post)
    "scc": (O, "State Corporation Commission", ["SCC"]), "dominion": (O, "Dominion Energy", ["Dominion"]),
    "abigail_spanberger": (P, "Abigail Spanberger", ["Spanberger"]), "us_democrats": (O, "Democratic Party", ["Democratic"]),
    "robert_blue": (P, "Robert Blue", ["Blue"]), "vplc": (O, "Virginia Poverty Law Center", []),
    "cale_jaffe": (P, "Cale Jaffe", ["Jaffe"]), "uva": (O, "University of Virginia", []),
    "dcc": (O, "Data Center Coalition", []), "kathryn_ortega": (P, "Kathryn Ortega", ["Ortega"]),
    "nadia_pruitt": (P, "Nadia Pruitt", ["Pruitt"]), "pw_board": (O, "Board of County Supervisors", []),
    "deshundra_jefferson": (P, "Deshundra Jefferson", ["Jefferson"]), "danica_roem": (P, "Danica Roem", ["Roem"]),
    "walter_harmon": (P, "Walter Harmon", ["Harmon"]), "us_republicans": (O, "Republican Party", ["Republican"]),
    "general_assembly": (O, "General Assembly", []), "pjm": (O, "PJM Interconnection", ["PJM"]),
    # 005 Johor (Straits Times)
    "onn_hafiz": (P, "Onn Hafiz Ghazi", ["Onn Hafiz"]), "bytedance": (O, "ByteDance", []),
    "ytl": (O, "YTL Power International", []), "dc_byte": (O, "DC Byte", []),
    "bakaj": (O, "Badan Kawal Selia Air Johor", ["Bakaj"]), "ranhill": (O, "Ranhill SAJ", []),
    "lim_siew_ling": (P, "Lim Siew Ling", []), "gobind": (P, "Gobind Singh Deo", ["Gobind"]),
    "tnb": (O, "Tenaga Nasional Berhad", ["TNB"]), "megat": (P, "Megat Jalaluddin Megat Hassan", []),
    "sam": (O, "Sahabat Alam Malaysia", []), "meenakshi_raman": (P, "Meenakshi Raman", ["Raman"]),
    "pub": (O, "PUB", []), "tan_pei_shan": (P, "Tan Pei Shan", ["Tan"]), "arcvale": (O, "Arcvale Digital", []),
    # outlets and journalists (optional)
    "reuters": (O, "Reuters", []), "ines_aldama": (P, "Inés Aldama", []), "tom_kerridge": (P, "Tom Kerridge", []),
    "sharon_lyle": (P, "Sharon Lyle", []),
    "irish_times": (O, "The Irish Times", ["Irish Times"]), "orla_breslin": (P, "Orla Breslin", []),
    "padraig_hoban": (P, "Pádraig Hoban", []),
    "bbc": (O, "BBC", ["BBC News"]), "radio4": (O, "BBC Radio 4", ["Today"]), "three_counties": (O, "BBC Three Counties Radio", []),
    "rebecca_hollins": (P, "Rebecca Hollins", []), "ldrs": (O, "Local Democracy Reporting Service", []),
    "wapo": (O, "The Washington Post", []), "gregory_schantz": (P, "Gregory Schantz", []), "teo_armus": (P, "Teo Armus", []),
    "straits_times": (O, "The Straits Times", ["Straits Times"]), "facebook": (O, "Facebook", []),
    "hazlin_rahman": (P, "Hazlin Rahman", []), "ng_wei_kai": (P, "Ng Wei Kai", []),
}

PLACE_IN = {
    "madrid": "spain", "dublin": "ireland", "kuala_lumpur": "malaysia", "england": "uk",
    "aragon": "spain", "zaragoza": "aragon", "ebro": "spain", "huesca": "aragon", "la_muela": "aragon",
    "villamayor_de_gallego": "aragon", "villanueva_de_gallego": "aragon", "cuarte_de_huerva": "aragon",
    "tallaght": "dublin", "clondalkin": "dublin",
    "buckinghamshire": "england", "iver": "buckinghamshire", "richings_park": "buckinghamshire",
    "beaconsfield": "buckinghamshire", "m25": "england",
    "virginia": "united_states", "richmond": "virginia", "loudoun": "virginia", "prince_william": "virginia",
    "gainesville": "prince_william", "fauquier": "virginia",
    "johor": "malaysia", "johor_bahru": "johor", "kota_iskandar": "johor", "kota_tinggi": "johor", "sedenak": "johor",
    "kulai": "johor", "iskandar_puteri": "johor", "taman_indahpura": "kulai", "johor_river": "johor",
}

SAME = {
    # capitals stand for their state
    "madrid": "spain", "dublin": "ireland", "kuala_lumpur": "malaysia",
}
