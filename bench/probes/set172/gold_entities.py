"""Entities of probe set 172 (concert ticketing: dynamic pricing, resale caps and bans on ticket
touts, bots buying tickets, ticketing platforms and promoters, artists and fans' groups, competition
and consumer regulators and lawmakers; ids are set-wide), the places they lie in, and same_actor."""
P, O, C, L = "Person", "Organization", "Country", "Place"

ENT = {
    # countries, places and bodies shared by the articles
    "united_kingdom": (C, "United Kingdom", ["UK", "Britain"]), "ireland": (C, "Ireland", []),
    "united_states": (C, "United States", ["US", "U.S."]), "canada": (C, "Canada", []),
    "spain": (C, "Spain", []), "france": (C, "France", []), "belgium": (C, "Belgium", []),
    "portugal": (C, "Portugal", []), "germany": (C, "Germany", []), "italy": (C, "Italy", []), "europe": (L, "Europe", []),
    "european_commission": (O, "European Commission", ["Commission"]), "european_union": (O, "European Union", ["EU"]),
    "ticketmaster": (O, "Ticketmaster", []), "live_nation": (O, "Live Nation Entertainment", ["Live Nation"]),
    "viagogo": (O, "Viagogo", []), "stubhub": (O, "StubHub", []), "oasis": (O, "Oasis", []),
    "x_platform": (O, "X", []), "michael_mcgrath": (P, "Michael McGrath", ["McGrath"]),
    "dublin": (L, "Dublin", []), "brussels": (L, "Brussels", ["BRUSSELS"]), "new_york": (L, "New York", []),
    # 001 UK resale cap (The Guardian)
    "lisa_nandy": (P, "Lisa Nandy", ["Nandy"]), "house_of_commons": (O, "House of Commons", ["Commons"]),
    "cma": (O, "Competition and Markets Authority", ["CMA"]), "sarah_cardell": (P, "Sarah Cardell", ["Cardell"]),
    "fanfair_alliance": (O, "FanFair Alliance", []), "adam_webb": (P, "Adam Webb", ["Webb"]),
    "featured_artists_coalition": (O, "Featured Artists Coalition", []), "radiohead": (O, "Radiohead", []),
    "ed_obrien": (P, "Ed O'Brien", []), "david_martin": (P, "David Martin", ["Martin"]),
    "stuart_andrew": (P, "Stuart Andrew", ["Andrew"]), "conservative_party": (O, "Conservative Party", ["Conservatives"]),
    "labour_party": (O, "Labour Party", ["Labour"]),
    "dcms": (O, "Department for Culture, Media and Sport", []), "axs": (O, "AXS", []),
    "reg_walker": (P, "Reg Walker", ["Walker"]), "emma_doyle": (P, "Emma Doyle", ["Doyle"]),
    "leeds": (L, "Leeds", []), "heaton_park": (L, "Heaton Park", []),
    # 002 FTC and bots (AP)
    "washington": (L, "Washington", ["WASHINGTON"]), "ftc": (O, "Federal Trade Commission", ["FTC"]),
    "taylor_swift": (P, "Taylor Swift", ["Swift"]), "beyonce": (P, "Beyoncé", []),
    "maryland": (L, "Maryland", []), "virginia": (L, "Virginia", []),
    "andrew_ferguson": (P, "Andrew Ferguson", ["Ferguson"]),
    "crestline_tickets": (O, "Crestline Tickets", []), "spotlight_seats": (O, "Spotlight Seats LLC", ["Spotlight Seats"]),
    "harbor_row_tickets": (O, "Harbor Row Tickets", []), "michael_tran": (P, "Michael Tran", ["Tran"]),
    "justice_department": (O, "Justice Department", []), "amy_klobuchar": (P, "Amy Klobuchar", ["Klobuchar"]),
    "congress": (O, "Congress", []), "us_senate": (O, "Senate", []), "john_thune": (P, "John Thune", ["Thune"]),
    "marsha_blackburn": (P, "Marsha Blackburn", ["Blackburn"]), "tennessee": (L, "Tennessee", []),
    "nashville": (L, "Nashville", []), "minnesota": (L, "Minnesota", ["Minn."]),
    "republican_party": (O, "Republican Party", ["Republican"]), "democratic_party": (O, "Democratic Party", []),
    "michael_rapino": (P, "Michael Rapino", ["Rapino"]), "kathryn_morales": (P, "Kathryn Morales", ["Morales"]),
    "fair_seats_for_fans": (O, "Fair Seats for Fans", []),
    "niva": (O, "National Independent Venue Association", []), "stephen_parker": (P, "Stephen Parker", ["Parker"]),
    # 003 Ontario (CBC News)
    "ontario": (L, "Ontario", []), "toronto": (L, "Toronto", []), "stephen_crawford": (P, "Stephen Crawford", ["Crawford"]),
    "queens_park": (L, "Queen's Park", []), "doug_ford": (P, "Doug Ford", ["Ford"]),
    "ticketmaster_canada": (O, "Ticketmaster Canada", []), "ndp": (O, "NDP", ["New Democratic Party"]),
    "marit_stiles": (P, "Marit Stiles", ["Stiles"]), "competition_bureau": (O, "Competition Bureau", []),
    "matthew_boswell": (P, "Matthew Boswell", ["Boswell"]), "patrick_rogers": (P, "Patrick Rogers", ["Rogers"]),
    "music_canada": (O, "Music Canada", []), "ottawa": (L, "Ottawa", []),
    "erin_benjamin": (P, "Erin Benjamin", ["Benjamin"]),
    "canadian_live_music_association": (O, "Canadian Live Music Association", []),
    "hamilton": (L, "Hamilton", []), "sudbury": (L, "Sudbury", []), "priya_sandhu": (P, "Priya Sandhu", ["Sandhu"]),
    "mississauga": (L, "Mississauga", []), "the_weeknd": (P, "The Weeknd", []), "rogers_stadium": (L, "Rogers Stadium", []),
    "mike_yeung": (P, "Mike Yeung", ["Yeung"]), "ticket_justice_ontario": (O, "Ticket Justice Ontario", []),
    "quebec": (L, "Quebec", []), "british_columbia": (L, "British Columbia", []),
    # 004 EU dynamic pricing (Reuters)
    "beuc": (O, "BEUC", []), "agustin_reyna": (P, "Agustin Reyna", ["Reyna"]), "lisbon": (L, "Lisbon", []),
    "berlin": (L, "Berlin", []), "pablo_bustinduy": (P, "Pablo Bustinduy", ["Bustinduy"]),
    "madrid": (L, "Madrid", []), "barcelona": (L, "Barcelona", []), "kati_piri": (P, "Kati Piri", ["Piri"]),
    "european_parliament": (O, "European Parliament", []), "pearl_jam": (O, "Pearl Jam", []),
    "jens_michow": (P, "Jens Michow", ["Michow"]), "bdkv": (O, "BDKV", []), "jefferies": (O, "Jefferies", []),
    "rome": (L, "Rome", []),
    # 005 CCPC and Ticketmaster (RTÉ News)
    "ccpc": (O, "Competition and Consumer Protection Commission", ["CCPC"]),
    "ticketmaster_ireland": (O, "Ticketmaster Ireland", []), "cork": (L, "Cork", []),
    "brian_mchugh": (P, "Brian McHugh", ["Mr McHugh", "McHugh"]), "circuit_court": (O, "Circuit Court", []),
    "peter_burke": (P, "Peter Burke", ["Mr Burke", "Burke"]), "sinn_fein": (O, "Sinn Féin", []),
    "louise_oreilly": (P, "Louise O'Reilly", ["Ms O'Reilly", "O'Reilly"]),
    "ged_nash": (P, "Ged Nash", ["Nash"]), "labour_ireland": (O, "Labour", ["Labour Party"]), "dail": (O, "Dáil", []),
    "croke_park": (L, "Croke Park", []), "mcd_productions": (O, "MCD Productions", []),
    "denis_desmond": (P, "Denis Desmond", ["Desmond"]), "peter_aiken": (P, "Peter Aiken", ["Aiken"]),
    "aiken_promotions": (O, "Aiken Promotions", []),
    "consumers_association": (O, "Consumers' Association of Ireland", []),
    "dermott_jewell": (P, "Dermott Jewell", ["Jewell"]), "aoife_brennan": (P, "Aoife Brennan", ["Brennan"]),
    "limerick": (L, "Limerick", []), "brendan_ohara": (P, "Brendan O'Hara", ["Mr O'Hara", "O'Hara"]),
    "facebook": (O, "Facebook", []), "irish_gig_fans": (O, "Irish Gig Fans Against Touts", []),
    "department_of_enterprise": (O, "Department of Enterprise", []),
    # outlets and journalists (optional)
    "guardian": (O, "The Guardian", ["Guardian"]), "hannah_ellison": (P, "Hannah Ellison", []),
    "ap": (O, "Associated Press", ["The Associated Press", "AP"]), "dana_porter": (P, "Dana Porter", ["DANA PORTER"]),
    "jonathan_mattise": (P, "Jonathan Mattise", []),
    "cbc": (O, "CBC News", ["CBC"]), "lina_moreau": (P, "Lina Moreau", []),
    "reuters": (O, "Reuters", []), "sophie_lambert": (P, "Sophie Lambert", []), "marco_ferri": (P, "Marco Ferri", []),
    "emma_pinedo": (P, "Emma Pinedo", []), "alex_richardson": (P, "Alex Richardson", []),
    "rte": (O, "RTÉ", ["RTÉ News", "Morning Ireland"]), "ciara_nolan": (P, "Ciara Nolan", []),
}

PLACE_IN = {
    "leeds": "united_kingdom", "heaton_park": "united_kingdom", "dublin": "ireland", "cork": "ireland",
    "limerick": "ireland", "croke_park": "dublin", "washington": "united_states", "maryland": "united_states",
    "virginia": "united_states", "tennessee": "united_states", "nashville": "tennessee", "minnesota": "united_states",
    "new_york": "united_states", "ontario": "canada", "toronto": "ontario", "queens_park": "toronto",
    "ottawa": "ontario", "hamilton": "ontario", "sudbury": "ontario", "mississauga": "ontario",
    "rogers_stadium": "toronto", "quebec": "canada", "british_columbia": "canada", "brussels": "belgium",
    "lisbon": "portugal", "berlin": "germany", "madrid": "spain", "barcelona": "spain", "rome": "italy",
}

SAME = {}
