"""Entities of probe set 165 (football club ownership and governance: independent football
regulators, owners' and directors' tests, state-linked and private-equity owners, fan groups,
leagues, clubs in financial trouble and ministers; ids are set-wide), the places they lie in, and
same_actor."""
P, O, C, L = "Person", "Organization", "Country", "Place"

ENT = {
    # countries, places and bodies shared by the articles
    "united_kingdom": (C, "United Kingdom", ["UK", "Britain"]), "germany": (C, "Germany", []),
    "france": (C, "France", []), "australia": (C, "Australia", []), "saudi_arabia": (C, "Saudi Arabia", []),
    "united_states": (C, "United States", ["US", "U.S."]),
    "england": (L, "England", []), "europe": (L, "Europe", []), "london": (L, "London", []),
    "efl": (O, "English Football League", ["EFL"]), "premier_league": (O, "Premier League", []),
    "ifr": (O, "Independent Football Regulator", ["IFR"]), "bury_fc": (O, "Bury", []),
    "newcastle_united": (O, "Newcastle United", []), "championship": (O, "Championship", []),
    "hmrc": (O, "HM Revenue and Customs", ["HM Revenue & Customs", "HMRC"]),
    "labour_party": (O, "Labour Party", ["Labour"]), "x_platform": (O, "X", []),
    # 001 the Independent Football Regulator's test (BBC Sport)
    "bbc": (O, "BBC", []), "bbc_sport": (O, "BBC Sport", []), "nadia_hollis": (P, "Nadia Hollis", []),
    "david_kogan": (P, "David Kogan", ["Kogan"]), "lisa_nandy": (P, "Lisa Nandy", ["Nandy"]),
    "richard_masters": (P, "Richard Masters", ["Masters"]), "rick_parry": (P, "Rick Parry", ["Parry"]),
    "football_supporters_association": (O, "Football Supporters' Association", ["FSA"]),
    "wales": (L, "Wales", []), "kevin_miles": (P, "Kevin Miles", ["Miles"]),
    "macclesfield": (O, "Macclesfield", []), "stuart_andrew": (P, "Stuart Andrew", ["Andrew"]),
    "conservative_party": (O, "Conservative Party", ["Conservatives"]),
    "pif": (O, "Public Investment Fund", ["PIF"]), "foreign_office": (O, "Foreign Office", ["UK Foreign Office", "British Foreign Office"]),
    "dcms": (O, "Department for Culture, Media and Sport", []), "tracey_crouch": (P, "Tracey Crouch", ["Crouch"]),
    "niall_quinn": (P, "Niall Quinn", ["Quinn"]), "sunderland": (O, "Sunderland", []),
    "bbc_radio_5_live": (O, "BBC Radio 5 Live", []),
    # 002 Germany's 50+1 rule (Reuters)
    "reuters": (O, "Reuters", []), "lena_hartmann": (P, "Lena Hartmann", []), "tom_kessler": (P, "Tom Kessler", []),
    "ken_ferris": (P, "Ken Ferris", []), "frankfurt": (L, "Frankfurt", ["FRANKFURT"]),
    "dfl": (O, "German Football League", ["DFL"]), "bayer_leverkusen": (O, "Bayer Leverkusen", ["Leverkusen"]),
    "vfl_wolfsburg": (O, "VfL Wolfsburg", ["Wolfsburg"]), "bundeskartellamt": (O, "Federal Cartel Office", []),
    "bayer": (O, "Bayer", []), "volkswagen": (O, "Volkswagen", []), "bundesliga": (O, "Bundesliga", []),
    "hans_joachim_watzke": (P, "Hans-Joachim Watzke", ["Watzke"]), "andreas_mundt": (P, "Andreas Mundt", ["Mundt"]),
    "peter_christiansen": (P, "Peter Christiansen", ["Christiansen"]), "martin_kind": (P, "Martin Kind", ["Kind"]),
    "hannover_96": (O, "Hannover 96", []), "unsere_kurve": (O, "Unsere Kurve", []),
    "thomas_kessen": (P, "Thomas Kessen", ["Kessen"]), "cvc": (O, "CVC Capital Partners", ["CVC"]),
    "christiane_schenderlein": (P, "Christiane Schenderlein", ["Schenderlein"]),
    "faz": (O, "Frankfurter Allgemeine Zeitung", []), "berlin": (L, "Berlin", []), "uefa": (O, "UEFA", []),
    "deloitte": (O, "Deloitte", []), "tim_bridge": (P, "Tim Bridge", ["Bridge"]), "bayern_munich": (O, "Bayern Munich", []),
    # 003 France's DNCG relegates a club (AFP)
    "afp": (O, "AFP", []), "paris": (L, "Paris", []),
    "dncg": (O, "Direction Nationale du Controle de Gestion", ["DNCG"]), "ligue_2": (O, "Ligue 2", []),
    "fc_valmont": (O, "FC Valmont", ["Valmont"]), "normandy": (L, "Normandy", []), "le_havre": (L, "Le Havre", []),
    "harbor_peak": (O, "Harbor Peak Capital", ["Harbor Peak"]), "boston": (L, "Boston", []),
    "portugal": (C, "Portugal", []), "belgium": (C, "Belgium", []), "scott_mercer": (P, "Scott Mercer", ["Mercer"]),
    "catherine_lefort": (P, "Catherine Lefort", ["Lefort"]), "marie_barsacq": (P, "Marie Barsacq", ["Barsacq"]),
    "vincent_labrune": (P, "Vincent Labrune", ["Labrune"]),
    "lfp": (O, "Ligue de Football Professionnel", ["LFP"]), "unfp": (O, "UNFP", []),
    "sylvain_kastendeuch": (P, "Sylvain Kastendeuch", ["Kastendeuch"]),
    "tribunes_de_valmont": (O, "Les Tribunes de Valmont", []), "julien_marchand": (P, "Julien Marchand", ["Marchand"]),
    "lequipe": (O, "L'Equipe", []), "bordeaux": (O, "Bordeaux", []), "pierre_rondeau": (P, "Pierre Rondeau", ["Rondeau"]),
    "fff": (O, "French Football Federation", ["FFF"]),
    # 004 an A-League club's collapse (ABC)
    "abc": (O, "ABC", ["ABC Sport"]), "hannah_reilly": (P, "Hannah Reilly", []),
    "illawarra_coast": (O, "Illawarra Coast FC", ["Illawarra Coast"]), "a_league": (O, "A-League Men", ["A-League"]),
    "singapore": (C, "Singapore", []), "apl": (O, "Australian Professional Leagues", ["APL"]),
    "lumen": (O, "Lumen Asia Partners", ["Lumen"]), "nick_garcia": (P, "Nick Garcia", ["Garcia", "Mr Garcia"]),
    "wollongong": (L, "Wollongong", []), "raymond_teo": (P, "Raymond Teo", ["Mr Teo", "Teo"]),
    "malaysia": (C, "Malaysia", []), "thailand": (C, "Thailand", []), "asia": (L, "Asia", []),
    "pfa": (O, "Professional Footballers Australia", ["PFA"]), "beau_busch": (P, "Beau Busch", ["Busch"]),
    "football_australia": (O, "Football Australia", []), "martin_kugeler": (P, "Martin Kugeler", ["Kugeler"]),
    "anika_wells": (P, "Anika Wells", ["Wells"]), "canberra": (L, "Canberra", []),
    "nsw": (L, "New South Wales", ["NSW"]), "nsw_government": (O, "NSW government", []),
    "steve_kamper": (P, "Steve Kamper", ["Kamper"]), "coast_active_supporters": (O, "Coast Active Supporters", []),
    "albion_park": (L, "Albion Park", []), "priya_nair": (P, "Priya Nair", ["Nair"]), "perth_glory": (O, "Perth Glory", []),
    "dan_fitzgerald": (P, "Dan Fitzgerald", ["Fitzgerald"]),
    "wollongong_city_council": (O, "Wollongong City Council", []), "win_stadium": (L, "WIN Stadium", []),
    "silver_lake": (O, "Silver Lake", []), "kate_moloney": (P, "Kate Moloney", ["Dr Kate Moloney", "Moloney"]),
    "uow": (O, "University of Wollongong", []), "macarthur_fc": (O, "Macarthur FC", []),
    # 005 a private equity bid for a Championship club (Financial Times)
    "financial_times": (O, "Financial Times", []), "josh_renwick": (P, "Josh Renwick", []),
    "omar_haddad": (P, "Omar Haddad", []), "dubai": (L, "Dubai", []),
    "bramley_rovers": (O, "Bramley Rovers", ["Bramley"]), "carrow_ridge": (O, "Carrow Ridge Capital", ["Carrow Ridge"]),
    "gulf_horizon": (O, "Gulf Horizon Holdings", ["Gulf Horizon"]), "new_york": (L, "New York", []),
    "west_midlands": (L, "West Midlands", []), "dennis_harlow": (P, "Dennis Harlow", ["Mr Harlow", "Harlow"]),
    "bahrain": (C, "Bahrain", []), "trevor_birch": (P, "Trevor Birch", ["Birch"]),
    "allison_beck": (P, "Allison Beck", ["Ms Beck", "Beck"]), "companies_house": (O, "Companies House", []),
    "high_court": (O, "High Court", []), "stephanie_peacock": (P, "Stephanie Peacock", ["Peacock"]),
    "bramley_trust": (O, "Bramley Rovers Supporters' Trust", []), "mark_ellison": (P, "Mark Ellison", ["Ellison"]),
    "manama": (L, "Manama", []), "sarah_whitlock": (P, "Sarah Whitlock", ["Whitlock"]),
    "harcourt_park": (L, "Harcourt Park", []), "kieran_maguire": (P, "Kieran Maguire", ["Maguire"]),
    "university_of_liverpool": (O, "University of Liverpool", []),
}

PLACE_IN = {
    "england": "united_kingdom", "wales": "united_kingdom", "london": "england", "west_midlands": "england",
    "frankfurt": "germany", "berlin": "germany", "paris": "france", "normandy": "france", "le_havre": "normandy",
    "wollongong": "nsw", "albion_park": "nsw", "nsw": "australia", "canberra": "australia", "win_stadium": "wollongong",
    "manama": "bahrain", "harcourt_park": "west_midlands",
}
# the United States is named by no article: Boston and New York lie in no listed state

SAME = {
    # a capital standing for its state ("Berlin had no plans to write the 50+1 rule into law"), as
    # set162's Rome and Budapest; the credit's "in Berlin" is the city, in no about
    "berlin": "germany",
    # a state's government named as a body (set162's Scottish government)
    "nsw_government": "nsw",
}
