"""Entities of probe set 118 (international student visas, caps on foreign students and university
finances; ids are set-wide), the places they lie in, and same_actor."""
P, O, C, L = "Person", "Organization", "Country", "Place"

ENT = {
    "chinese_embassy_canberra": (O, "Chinese embassy in Canberra", ["Chinese embassy"]),
    # countries, capitals and other places
    "united_states": (C, "United States", ["U.S.", "US"]), "india": (C, "India", ["Centre"]),
    "nigeria": (C, "Nigeria", []), "canada": (C, "Canada", []), "germany": (C, "Germany", []),
    "united_kingdom": (C, "United Kingdom", ["UK", "U.K.", "Britain"]), "australia": (C, "Australia", []),
    "china": (C, "China", []), "nepal": (C, "Nepal", []), "new_zealand": (C, "New Zealand", []),
    "washington": (L, "Washington", []), "ohio": (L, "Ohio", []), "illinois": (L, "Illinois", []),
    "new_delhi": (L, "New Delhi", []), "chennai": (L, "Chennai", []),
    "england": (L, "England", []), "scotland": (L, "Scotland", []), "hartlepool": (L, "Hartlepool", []),
    "london": (L, "London", []),
    "canberra": (L, "Canberra", []), "melbourne": (L, "Melbourne", []), "sydney": (L, "Sydney", []),
    "ottawa": (L, "Ottawa", []), "ontario": (L, "Ontario", []), "sudbury": (L, "Sudbury", []),
    "punjab": (L, "Punjab", []), "toronto": (L, "Toronto", []), "vancouver": (L, "Vancouver", []),
    "parliament_hill": (L, "Parliament Hill", []),
    "hyderabad": (L, "Hyderabad", []), "chandigarh": (L, "Chandigarh", []), "mumbai": (L, "Mumbai", []),
    "gujarat": (L, "Gujarat", []), "gift_city": (L, "GIFT City", []), "navi_mumbai": (L, "Navi Mumbai", []),
    "pune": (L, "Pune", []),
    # 001 US visas (AP)
    "state_department": (O, "State Department", []), "marco_rubio": (P, "Marco Rubio", ["Rubio"]),
    "iie": (O, "Institute of International Education", ["IIE"]), "nafsa": (O, "NAFSA", []),
    "fanta_aw": (P, "Fanta Aw", ["Aw"]), "ted_mitchell": (P, "Ted Mitchell", ["Mitchell"]),
    "ace": (O, "American Council on Education", ["ACE"]), "bellwood": (O, "Bellwood University", ["Bellwood"]),
    "dana_whitfield": (P, "Dana Whitfield", ["Whitfield"]), "donald_trump": (P, "Donald Trump", ["Trump"]),
    "white_house": (O, "White House", []), "abigail_jackson": (P, "Abigail Jackson", ["Jackson"]),
    "democrats": (O, "Democratic Party", ["Democrats"]), "dick_durbin": (P, "Dick Durbin", ["Durbin"]),
    "moodys": (O, "Moody's Ratings", ["Moody's"]), "in_mea": (O, "Ministry of External Affairs", ["MEA", "India's Ministry of External Affairs"]),
    "priya_raman": (P, "Priya Raman", ["Raman"]),
    # 002 UK levy (BBC)
    "bridget_phillipson": (P, "Bridget Phillipson", ["Phillipson"]), "bbc_breakfast": (O, "BBC Breakfast", []),
    "uuk": (O, "Universities UK", ["UUK"]), "vivienne_stern": (P, "Vivienne Stern", ["Stern"]),
    "treasury": (O, "HM Treasury", ["Treasury"]), "ofs": (O, "Office for Students", ["OfS"]),
    "teesbridge": (O, "Teesbridge University", ["Teesbridge"]), "alan_maitland": (P, "Alan Maitland", ["Maitland"]),
    "shabana_mahmood": (P, "Shabana Mahmood", ["Mahmood"]), "home_office": (O, "Home Office", []),
    "hesa": (O, "Higher Education Statistics Agency", ["Hesa"]), "aditi_sharma": (P, "Aditi Sharma", ["Sharma"]),
    "nus": (O, "National Union of Students", ["NUS"]), "laura_trott": (P, "Laura Trott", ["Trott"]),
    "uk_conservatives": (O, "Conservative Party", ["Conservatives"]),
    "scottish_government": (O, "Scottish government", ["Scottish Government"]),
    "shitij_kapur": (P, "Shitij Kapur", ["Kapur"]), "kcl": (O, "King's College London", []),
    "ifs": (O, "Institute for Fiscal Studies", ["IFS"]), "dfe": (O, "Department for Education", ["DfE"]),
    # 003 Australia cap (The Sydney Morning Herald)
    "jason_clare": (P, "Jason Clare", ["Clare"]), "universities_australia": (O, "Universities Australia", []),
    "luke_sheehy": (P, "Luke Sheehy", ["Sheehy"]), "go8": (O, "Group of Eight", []),
    "vicki_thomson": (P, "Vicki Thomson", ["Thomson"]), "westhaven": (O, "University of Westhaven", []),
    "helen_carver": (P, "Helen Carver", ["Carver"]), "jonathon_duniam": (P, "Jonathon Duniam", ["Duniam"]),
    "au_coalition": (O, "Coalition", []), "au_labor": (O, "Labor", ["Australian Labor Party"]),
    "au_parliament": (O, "Parliament", []), "tony_burke": (P, "Tony Burke", ["Burke"]),
    "ravi_kumar": (P, "Ravi Kumar", ["Kumar"]), "southern_pathways": (O, "Southern Pathways", []),
    "nteu": (O, "National Tertiary Education Union", ["NTEU"]), "alison_barnes": (P, "Alison Barnes", ["Barnes"]),
    "iteca": (O, "Independent Tertiary Education Council Australia", ["ITECA"]),
    "andrew_norton": (P, "Andrew Norton", ["Norton"]), "anu": (O, "Australian National University", []),
    # 004 Canada permits (The Globe and Mail)
    "lena_diab": (P, "Lena Metlege Diab", ["Diab"]), "colleges_ontario": (O, "Colleges Ontario", []),
    "marketa_evans": (P, "Marketa Evans", ["Evans"]), "nolan_quinn": (P, "Nolan Quinn", ["Quinn"]),
    "northbridge": (O, "Northbridge College", []), "karen_lalonde": (P, "Karen Lalonde", ["Lalonde"]),
    "harjit_sandhu": (P, "Harjit Sandhu", ["Sandhu"]),
    "michelle_rempel_garner": (P, "Michelle Rempel Garner", ["Rempel Garner"]),
    "ca_conservatives": (O, "Conservative Party of Canada", ["Conservative"]),
    "ca_liberals": (O, "Liberal Party of Canada", ["Liberals"]), "desjardins": (O, "Desjardins", []),
    "cbie": (O, "Canadian Bureau for International Education", ["CBIE"]),
    "larissa_bezo": (P, "Larissa Bezo", ["Bezo"]), "cape_breton_university": (O, "Cape Breton University", []),
    "gabriel_miller": (P, "Gabriel Miller", ["Miller"]), "universities_canada": (O, "Universities Canada", []),
    "ircc": (O, "Immigration, Refugees and Citizenship Canada", ["IRCC"]),
    # 005 India (The Hindu)
    "randhir_jaiswal": (P, "Randhir Jaiswal", ["Jaiswal"]), "jaishankar": (P, "S. Jaishankar", ["Jaishankar"]),
    "rajya_sabha": (O, "Rajya Sabha", []), "srinivas_reddy": (P, "Srinivas Reddy", ["Reddy"]),
    "aoec": (O, "Association of Overseas Education Consultants", ["AOEC"]),
    "rbi": (O, "Reserve Bank of India", ["RBI"]), "meenakshi_iyer": (P, "Meenakshi Iyer", ["Iyer"]),
    "varuna_capital": (O, "Varuna Capital", []), "iba": (O, "Indian Banks' Association", ["IBA"]),
    "in_finance_ministry": (O, "Finance Ministry (India)", ["Finance Ministry"]),
    "inc": (O, "Indian National Congress", ["Congress"]), "in_parliament": (O, "Parliament (India)", ["Parliament"]),
    "shashi_tharoor": (P, "Shashi Tharoor", ["Tharoor"]), "dharmendra_pradhan": (P, "Dharmendra Pradhan", ["Pradhan"]),
    "farida_khan": (P, "Farida Khan", ["Khan"]), "jnu": (O, "Jawaharlal Nehru University", ["JNU"]),
    "ugc": (O, "University Grants Commission", ["UGC"]), "ananya_deshpande": (P, "Ananya Deshpande", ["Deshpande"]),
    # outlets and journalists (optional)
    "ap": (O, "Associated Press", ["AP"]), "marisa_torres": (P, "Marisa Torres", []),
    "daniel_okafor": (P, "Daniel Okafor", []), "rajesh_menon": (P, "Rajesh Menon", []),
    "bbc": (O, "BBC", ["BBC News"]), "sian_pritchard": (P, "Siân Pritchard", []),
    "smh": (O, "The Sydney Morning Herald", []), "natalie_brennan": (P, "Natalie Brennan", []),
    "globe_and_mail": (O, "The Globe and Mail", []), "joel_arseneau": (P, "Joel Arseneau", []),
    "the_hindu": (O, "The Hindu", []),
}

PLACE_IN = {
    "washington": "united_states", "ohio": "united_states", "illinois": "united_states",
    "new_delhi": "india", "chennai": "india", "england": "united_kingdom", "scotland": "united_kingdom",
    "hartlepool": "england", "london": "england", "canberra": "australia", "melbourne": "australia",
    "sydney": "australia", "ottawa": "canada", "ontario": "canada", "sudbury": "ontario", "punjab": "india",
    "toronto": "ontario", "vancouver": "canada", "parliament_hill": "ottawa", "hyderabad": "india",
    "chandigarh": "india", "mumbai": "india", "gujarat": "india", "gift_city": "gujarat",
    "navi_mumbai": "india", "pune": "india",
}

SAME = {
    # capitals stand for their state
    "washington": "united_states", "new_delhi": "india", "london": "united_kingdom", "canberra": "australia",
    "ottawa": "canada",
    # the embassy's spokesman speaks for China (003), as this set holds
    "chinese_embassy_canberra": "china",
}
