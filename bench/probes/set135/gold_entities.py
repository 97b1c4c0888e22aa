"""Entities of probe set 135 (minimum-wage rises: pay commissions, business lobbies, unions, small
firms and ministers' decisions; ids are set-wide), the places they lie in, and same_actor."""
P, O, C, L = "Person", "Organization", "Country", "Place"

ENT = {
    # countries, capitals and shared bodies
    "germany": (C, "Germany", []), "berlin": (L, "Berlin", []), "eu": (O, "European Union", ["EU"]),
    "united_kingdom": (C, "United Kingdom", ["UK", "Britain"]),
    "australia": (C, "Australia", []), "canberra": (L, "Canberra", []),
    "south_korea": (C, "South Korea", ["Korea"]), "seoul": (L, "Seoul", []),
    "ireland": (C, "Ireland", []),
    # 001 Germany (Reuters)
    "saxony": (L, "Saxony", []), "bavaria": (L, "Bavaria", []), "munich": (L, "Munich", []),
    "heike_kornmann": (P, "Heike Kornmann", ["Kornmann"]), "baerbel_bas": (P, "Baerbel Bas", ["Bas", "Bärbel Bas"]),
    "friedrich_merz": (P, "Friedrich Merz", ["Merz"]), "spd": (O, "Social Democrats", ["SPD"]),
    "dgb": (O, "German Trade Union Confederation", ["DGB"]), "yasmin_fahimi": (P, "Yasmin Fahimi", ["Fahimi"]),
    "bda": (O, "Confederation of German Employers' Associations", ["BDA"]),
    "rainer_dulger": (P, "Rainer Dulger", ["Dulger"]),
    "joerg_dittrich": (P, "Joerg Dittrich", ["Dittrich", "Jörg Dittrich"]),
    "zdh": (O, "German Confederation of Skilled Crafts", ["ZDH"]), "ifo": (O, "Ifo institute", ["Ifo"]),
    "lars_klingbeil": (P, "Lars Klingbeil", ["Klingbeil"]), "greens": (O, "Greens", []),
    "left_party": (O, "Left party", ["Left"]), "ines_schwerdtner": (P, "Ines Schwerdtner", ["Schwerdtner"]),
    "bundestag": (O, "Bundestag", []), "dehoga": (O, "DEHOGA", []), "ingrid_hartges": (P, "Ingrid Hartges", ["Hartges"]),
    "marcel_fratzscher": (P, "Marcel Fratzscher", ["Fratzscher"]), "diw": (O, "DIW", ["DIW economic institute"]),
    "clemens_fuest": (P, "Clemens Fuest", ["Fuest"]), "olaf_scholz": (P, "Olaf Scholz", ["Scholz"]),
    # 002 UK (Guardian)
    "lpc": (O, "Low Pay Commission", ["LPC"]), "rachel_reeves": (P, "Rachel Reeves", ["Reeves"]),
    "philippa_stroud": (P, "Philippa Stroud", ["Stroud"]), "stockport": (L, "Stockport", []),
    "peter_kyle": (P, "Peter Kyle", ["Kyle"]), "fsb": (O, "Federation of Small Businesses", ["FSB"]),
    "tina_mckenzie": (P, "Tina McKenzie", ["McKenzie"]), "ukhospitality": (O, "UKHospitality", []),
    "kate_nicholls": (P, "Kate Nicholls", ["Nicholls"]), "tuc": (O, "TUC", ["Trades Union Congress"]),
    "paul_nowak": (P, "Paul Nowak", ["Nowak"]), "sharon_graham": (P, "Sharon Graham", ["Graham"]),
    "unite": (O, "Unite", []), "uk_conservatives": (O, "Conservatives", ["Conservative party"]),
    "andrew_griffith": (P, "Andrew Griffith", ["Griffith"]), "uk_labour": (O, "Labour", ["Labour party"]),
    "priya_lal": (P, "Priya Lal", ["Lal"]), "resolution_foundation": (O, "Resolution Foundation", []),
    "ruth_curtice": (P, "Ruth Curtice", ["Curtice"]), "treasury": (O, "Treasury", []),
    "tony_blair": (P, "Tony Blair", ["Blair"]),
    # 003 Australia (ABC)
    "fwc": (O, "Fair Work Commission", ["FWC"]), "melbourne": (L, "Melbourne", []),
    "adam_hatcher": (P, "Adam Hatcher", ["Hatcher"]),
    "actu": (O, "Australian Council of Trade Unions", ["ACTU"]), "sally_mcmanus": (P, "Sally McManus", ["McManus"]),
    "amanda_rishworth": (P, "Amanda Rishworth", ["Rishworth"]), "jim_chalmers": (P, "Jim Chalmers", ["Chalmers"]),
    "acci": (O, "Australian Chamber of Commerce and Industry", ["ACCI"]),
    "andrew_mckellar": (P, "Andrew McKellar", ["McKellar"]), "ai_group": (O, "Australian Industry Group", ["Ai Group"]),
    "innes_willox": (P, "Innes Willox", ["Willox"]), "luke_achterstraat": (P, "Luke Achterstraat", ["Achterstraat"]),
    "cosboa": (O, "Council of Small Business Organisations Australia", ["COSBOA"]),
    "launceston": (L, "Launceston", []), "tasmania": (L, "Tasmania", []),
    "mick_thornbury": (P, "Mick Thornbury", ["Thornbury"]), "sussan_ley": (P, "Sussan Ley", ["Ley"]),
    "au_labor": (O, "Labor", ["Australian Labor Party"]), "felicity_warne": (P, "Felicity Warne", ["Warne"]),
    "uni_adelaide": (O, "University of Adelaide", []), "fair_work_ombudsman": (O, "Fair Work Ombudsman", []),
    # 004 South Korea (Korea Herald)
    "sejong": (L, "Sejong", []), "ko_mwc": (O, "Minimum Wage Commission", []),
    "park_sun_hee": (P, "Park Sun-hee", ["Park"]), "kim_young_hoon": (P, "Kim Young-hoon", []),
    "ko_labor_ministry": (O, "Labor Ministry", ["Ministry of Employment and Labor"]),
    "kctu": (O, "Korean Confederation of Trade Unions", ["KCTU"]), "yoon_jae_hyun": (P, "Yoon Jae-hyun", ["Yoon"]),
    "fktu": (O, "Federation of Korean Trade Unions", ["FKTU"]), "kef": (O, "Korea Enterprises Federation", ["KEF"]),
    "kbiz": (O, "Korea Federation of SMEs", ["KBIZ"]), "oh_se_hee": (P, "Oh Se-hee", []),
    "kfme": (O, "Korea Federation of Micro Enterprise", []), "mapo": (L, "Mapo District", ["Mapo"]),
    "choi_min_ho": (P, "Choi Min-ho", ["Choi"]), "ko_presidential_office": (O, "presidential office", ["Cheong Wa Dae"]),
    "lee_jae_myung": (P, "Lee Jae-myung", ["Lee"]), "kang_yu_jung": (P, "Kang Yu-jung", []),
    "ppp": (O, "People Power Party", []), "song_eon_seog": (P, "Song Eon-seog", []),
    "kim_jung_ho": (P, "Kim Jung-ho", []), "snu": (O, "Seoul National University", []),
    # 005 Ireland (RTÉ)
    "peter_burke": (P, "Peter Burke", ["Burke"]), "government_buildings": (L, "Government Buildings", []),
    "donal_de_buitleir": (P, "Donal de Buitléir", ["de Buitléir"]),
    "ictu": (O, "Irish Congress of Trade Unions", ["ICTU"]), "owen_reidy": (P, "Owen Reidy", ["Reidy"]),
    "sfa": (O, "Small Firms Association", ["SFA"]), "sarah_gilmartin": (P, "Sarah Gilmartin", ["Gilmartin"]),
    "isme": (O, "Irish Small and Medium Enterprises Association", ["ISME"]),
    "neil_mcdonnell": (P, "Neil McDonnell", ["McDonnell"]),
    "rai": (O, "Restaurants Association of Ireland", []), "adrian_cummins": (P, "Adrian Cummins", ["Cummins"]),
    "sinn_fein": (O, "Sinn Féin", ["Sinn Fein"]), "louise_oreilly": (P, "Louise O'Reilly", ["O'Reilly"]),
    "simon_harris": (P, "Simon Harris", ["Harris"]), "carrick_on_shannon": (L, "Carrick-on-Shannon", []),
    "leitrim": (L, "Co Leitrim", ["Leitrim", "County Leitrim"]), "aoife_glennon": (P, "Aoife Glennon", ["Glennon"]),
    "esri": (O, "ESRI", ["Economic and Social Research Institute"]),
    "seamus_mcguinness": (P, "Seamus McGuinness", ["McGuinness"]),
    # outlets and journalists (optional)
    "reuters": (O, "Reuters", []), "christian_kraemer": (P, "Christian Kraemer", []),
    "maria_martinez": (P, "Maria Martinez", []), "friederike_heine": (P, "Friederike Heine", []),
    "toby_chopra": (P, "Toby Chopra", []),
    "guardian": (O, "The Guardian", ["Guardian"]), "richard_partington": (P, "Richard Partington", []),
    "abc": (O, "ABC", ["ABC Radio National"]), "am_program": (O, "AM", []), "tom_crowley": (P, "Tom Crowley", []),
    "korea_herald": (O, "The Korea Herald", ["Korea Herald"]), "kim_da_sol": (P, "Kim Da-sol", []),
    "rte": (O, "RTÉ", ["RTE"]), "news_at_one": (O, "News at One", []), "will_goodbody": (P, "Will Goodbody", []),
}

PLACE_IN = {
    "berlin": "germany", "saxony": "germany", "bavaria": "germany", "munich": "bavaria",
    "stockport": "united_kingdom",
    "canberra": "australia", "melbourne": "australia", "tasmania": "australia", "launceston": "tasmania",
    "seoul": "south_korea", "sejong": "south_korea", "mapo": "seoul",
    "leitrim": "ireland", "carrick_on_shannon": "leitrim", "government_buildings": "ireland",
}

SAME = {
    # capitals stand for their state
    "berlin": "germany", "canberra": "australia", "seoul": "south_korea",
}
