"""Entities of probe set 49 (schools, universities and students; ids are set-wide), the places they
lie in, and same_actor."""
P, O, C, L = "Person", "Organization", "Country", "Place"

ENT = {
    # countries
    "india": (C, "India", []), "ireland": (C, "Ireland", []), "australia": (C, "Australia", []),
    "nepal": (C, "Nepal", []), "canada": (C, "Canada", []),
    "united_kingdom": (C, "United Kingdom", ["UK", "U.K.", "Britain"]), "kenya": (C, "Kenya", []),
    # capitals and seats standing for states
    "new_delhi": (L, "New Delhi", ["Delhi"]), "dublin": (L, "Dublin", []), "canberra": (L, "Canberra", []),
    "nairobi": (L, "Nairobi", []), "ottawa": (L, "Ottawa", []), "queens_park": (L, "Queen's Park", []),
    # other places
    "noida": (L, "Noida", []), "lucknow": (L, "Lucknow", []), "jantar_mantar": (L, "Jantar Mantar", []),
    "kochi": (L, "Kochi", []), "patna": (L, "Patna", []), "hazaribagh": (L, "Hazaribagh", []),
    "jharkhand": (L, "Jharkhand", []), "uttar_pradesh": (L, "Uttar Pradesh", []),
    "tallaght": (L, "Tallaght", []), "dubai": (L, "Dubai", []), "abu_dhabi": (L, "Abu Dhabi", []),
    "hunter": (L, "Hunter", ["Hunter region"]), "parramatta": (L, "Parramatta", []),
    "wollongong": (L, "Wollongong", []), "south_asia": (L, "South Asia", []),
    "new_south_wales": (L, "New South Wales", ["NSW"]),
    "kisumu": (L, "Kisumu", []), "kericho": (L, "Kericho", []), "gikomba": (L, "Gikomba", []),
    "brampton": (L, "Brampton", []), "ontario": (L, "Ontario", []), "punjab": (L, "Punjab", []),
    # India
    "cbi": (O, "Central Bureau of Investigation", ["CBI"]),
    "nta": (O, "National Testing Agency", ["NTA"]),
    "indian_government": (O, "Government of India", ["Centre", "Indian government", "Union government"]),
    "indian_parliament": (O, "Parliament of India", []),
    "iit_kanpur": (O, "IIT Kanpur", ["Indian Institute of Technology Kanpur"]),
    "lok_sabha": (O, "Lok Sabha", []),
    "aisa": (O, "All India Students' Association", ["AISA"]),
    "abvp": (O, "Akhil Bharatiya Vidyarthi Parishad", ["ABVP"]),
    "rss": (O, "RSS", ["Rashtriya Swayamsevak Sangh"]),
    "up_stf": (O, "Special Task Force", ["Uttar Pradesh Police's Special Task Force", "STF", "UP STF"]),
    "up_police": (O, "Uttar Pradesh Police", []),
    "supreme_court_india": (O, "Supreme Court", ["Supreme Court of India"]),
    # Ireland
    "asti": (O, "Association of Secondary Teachers, Ireland", ["ASTI"]),
    "department_of_education": (O, "Department of Education", []),
    "irish_government": (O, "Irish Government", ["Government of Ireland"]),
    "dper": (O, "Department of Public Expenditure", []),
    "tui": (O, "Teachers' Union of Ireland", ["TUI"]),
    "into": (O, "Irish National Teachers' Organisation", ["INTO"]),
    "nappdp": (O, "National Association of Principals and Deputy Principals", []),
    "npc": (O, "National Parents Council Post Primary", ["National Parents Council"]),
    "sinn_fein": (O, "Sinn Féin", ["Sinn Fein"]),
    # Australia
    "home_affairs": (O, "Department of Home Affairs", ["Home Affairs"]),
    "australian_government": (O, "Australian government", ["Albanese government"]),
    "universities_australia": (O, "Universities Australia", []),
    "university_of_wollongong": (O, "University of Wollongong", []),
    "university_of_newcastle": (O, "University of Newcastle", []),
    "university_of_sydney": (O, "University of Sydney", []),
    "nteu": (O, "National Tertiary Education Union", ["NTEU"]),
    "coalition": (O, "Coalition", []),
    "western_sydney_university": (O, "Western Sydney University", []),
    "university_of_melbourne": (O, "University of Melbourne", []),
    "ieu": (O, "Independent Education Union", []),
    # Kenya
    "uasu": (O, "Universities Academic Staff Union", ["Uasu", "UASU"]),
    "kenyan_government": (O, "Kenyan government", ["government of Kenya"]),
    "elrc": (O, "Employment and Labour Relations Court", []),
    "ipuccf": (O, "Inter-Public Universities Councils Consultative Forum", ["IPUCCF"]),
    "kenya_education_ministry": (O, "Ministry of Education", []),
    "helb": (O, "Higher Education Loans Board", ["Helb", "HELB"]),
    "council_of_governors": (O, "Council of Governors", []),
    "national_treasury": (O, "National Treasury", ["Treasury"]),
    "kuso": (O, "Kenya Universities Students Organisation", []),
    "kenyan_parliament": (O, "Parliament of Kenya", ["Parliament"]),
    "university_of_nairobi": (O, "University of Nairobi", []),
    "vcc": (O, "Vice-Chancellors' Committee", []),
    "moi_university": (O, "Moi University", []), "kenyatta_university": (O, "Kenyatta University", []),
    # Canada
    "sheridan_college": (O, "Sheridan College", ["Sheridan"]),
    "canadian_government": (O, "Canadian government", ["Government of Canada", "federal government"]),
    "peel_police": (O, "Peel Regional Police", []),
    "opseu": (O, "Ontario Public Service Employees Union", ["OPSEU"]),
    "ontario_government": (O, "Ontario government", ["province", "Premier Doug Ford's government"]),
    "ircc": (O, "Immigration, Refugees and Citizenship Canada", ["IRCC"]),
    "cfs": (O, "Canadian Federation of Students", []),
    "colleges_ontario": (O, "Colleges Ontario", []),
    # outlets and platforms
    "tnn": (O, "TNN", []), "toi": (O, "TOI", ["Times of India", "The Times of India"]),
    "telegram": (O, "Telegram", []), "x_platform": (O, "X", []),
    "irish_times": (O, "The Irish Times", ["Irish Times"]),
    "smh": (O, "Sydney Morning Herald", ["the Herald", "Herald", "The Sydney Morning Herald"]),
    "nation": (O, "Nation", ["Nation Media Group", "the Nation", "Daily Nation"]),
    "cbc": (O, "CBC News", ["CBC"]), "instagram": (O, "Instagram", []),
    # people: India
    "ritika_sharma": (P, "Ritika Sharma", []), "aakriti_menon": (P, "Aakriti Menon", ["Menon"]),
    "dharmendra_pradhan": (P, "Dharmendra Pradhan", ["Pradhan"]),
    "prakash_venkataraman": (P, "Prakash Venkataraman", ["Venkataraman"]),
    "rahul_gandhi": (P, "Rahul Gandhi", ["Gandhi"]), "neha_khatun": (P, "Neha Khatun", ["Khatun"]),
    "sunil_khatri": (P, "Sunil Khatri", ["Khatri"]), "kavita_rao": (P, "Kavita Rao", ["Rao"]),
    "suresh_yadav": (P, "Suresh Yadav", ["Yadav"]),
    # people: Ireland
    "niamh_gallagher": (P, "Niamh Gallagher", []),
    "declan_moloney": (P, "Declan Moloney", ["Moloney", "Mr Moloney"]),
    "helen_mcentee": (P, "Helen McEntee", ["McEntee", "Ms McEntee"]),
    "grainne_kehoe": (P, "Gráinne Kehoe", ["Kehoe", "Grainne Kehoe"]),
    "aoife_brennan": (P, "Aoife Brennan", ["Brennan"]), "tomas_hanley": (P, "Tomás Hanley", ["Hanley", "Tomas Hanley"]),
    "darren_orourke": (P, "Darren O'Rourke", ["O'Rourke"]),
    # people: Australia
    "jordan_whitfield": (P, "Jordan Whitfield", []), "jason_clare": (P, "Jason Clare", ["Clare"]),
    "miranda_talbot": (P, "Miranda Talbot", ["Talbot"]), "tony_burke": (P, "Tony Burke", ["Burke"]),
    "lachlan_ferris": (P, "Lachlan Ferris", ["Ferris"]), "melissa_grant": (P, "Melissa Grant", ["Grant"]),
    "bikash_thapa": (P, "Bikash Thapa", ["Thapa"]), "hannah_liang": (P, "Hannah Liang", ["Liang", "Dr Hannah Liang"]),
    # people: Kenya
    "mercy_chelangat": (P, "Mercy Chelangat", []), "julius_ogamba": (P, "Julius Ogamba", ["Ogamba", "Mr Ogamba"]),
    "peter_owuor": (P, "Peter Owuor", ["Owuor", "Dr Owuor", "Dr Peter Owuor"]),
    "eric_mutai": (P, "Eric Mutai", ["Mutai"]), "brian_kiprop": (P, "Brian Kiprop", ["Kiprop"]),
    "faith_wanjiru": (P, "Faith Wanjiru", ["Wanjiru"]),
    "margaret_njeri": (P, "Margaret Njeri", ["Njeri", "Prof Njeri", "Prof Margaret Njeri"]),
    "samuel_kimani": (P, "Samuel Kimani", ["Kimani", "Dr Samuel Kimani"]),
    # people: Canada
    "anika_desrosiers": (P, "Anika Desrosiers", []), "jaspreet_gill": (P, "Jaspreet Gill", ["Gill"]),
    "marcus_whitlow": (P, "Marcus Whitlow", ["Whitlow"]), "jp_hornick": (P, "JP Hornick", ["Hornick"]),
    "doug_ford": (P, "Doug Ford", ["Ford"]), "nolan_quinn": (P, "Nolan Quinn", ["Quinn"]),
    "lena_metlege_diab": (P, "Lena Metlege Diab", ["Metlege Diab"]),
    "harpreet_sandhu": (P, "Harpreet Sandhu", ["Sandhu"]),
    "linda_kowalczyk": (P, "Linda Kowalczyk", ["Kowalczyk"]), "patrick_brown": (P, "Patrick Brown", ["Brown"]),
}

PLACE_IN = {
    "new_delhi": "india", "jantar_mantar": "new_delhi", "noida": "uttar_pradesh", "lucknow": "uttar_pradesh",
    "uttar_pradesh": "india", "kochi": "india", "patna": "india", "hazaribagh": "jharkhand", "jharkhand": "india",
    "dublin": "ireland", "tallaght": "dublin", "dubai": "uae_unlisted", "abu_dhabi": "uae_unlisted",
    "canberra": "australia", "new_south_wales": "australia", "hunter": "new_south_wales",
    "parramatta": "new_south_wales", "wollongong": "new_south_wales",
    "nairobi": "kenya", "gikomba": "nairobi", "kisumu": "kenya", "kericho": "kenya",
    "ottawa": "canada", "ontario": "canada", "brampton": "ontario", "queens_park": "ontario", "punjab": "india",
}

SAME = {"new_delhi": "india", "dublin": "ireland", "canberra": "australia", "nairobi": "kenya", "ottawa": "canada",
        # a government is a body of its own that stands for its state (sets 16, 21, 43 and 47);
        # Queen's Park, the seat of Ontario's legislature, stands for the provincial government
        "indian_government": "india", "irish_government": "ireland", "australian_government": "australia",
        "kenyan_government": "kenya", "canadian_government": "canada", "queens_park": "ontario_government"}
