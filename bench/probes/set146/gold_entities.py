"""Entities of probe set 146 (Big Tech antitrust: digital-markets rules, app-store and search
rulings, fines, competition authorities, regulators in several countries, rival firms and trade
bodies; ids are set-wide), the places they lie in, and same_actor."""
P, O, C, L = "Person", "Organization", "Country", "Place"

ENT = {
    # countries, capitals, places and shared bodies
    "united_states": (C, "United States", ["U.S.", "US"]), "washington": (L, "Washington", ["WASHINGTON"]),
    "united_kingdom": (C, "United Kingdom", ["UK", "Britain"]), "japan": (C, "Japan", []), "tokyo": (L, "Tokyo", []),
    "australia": (C, "Australia", []), "canberra": (L, "Canberra", []), "ireland": (C, "Ireland", []),
    "dublin": (L, "Dublin", []), "europe": (L, "Europe", []), "new_york": (L, "New York", []),
    "brussels": (L, "Brussels", ["BRUSSELS"]), "cupertino": (L, "Cupertino", []), "california": (L, "California", []),
    "eu": (O, "European Union", ["EU"]),
    "european_commission": (O, "European Commission", ["Commission"]),
    "apple": (O, "Apple", []), "google": (O, "Google", []), "alphabet": (O, "Alphabet", []),
    "amazon": (O, "Amazon", []), "microsoft": (O, "Microsoft", []), "meta": (O, "Meta Platforms", ["Meta"]),
    "epic_games": (O, "Epic Games", ["Epic"]), "tim_sweeney": (P, "Tim Sweeney", ["Sweeney"]),
    "caf": (O, "Coalition for App Fairness", ["CAF"]),
    "app_store": (O, "App Store", []), "iphone": (O, "iPhone", ["iPhones"]),
    # 001 EU fine (Reuters)
    "teresa_ribera": (P, "Teresa Ribera", ["Ribera"]), "spotify": (O, "Spotify", []),
    "rick_vanmeter": (P, "Rick VanMeter", ["VanMeter"]), "henna_virkkunen": (P, "Henna Virkkunen", ["Virkkunen"]),
    "andreas_schwab": (P, "Andreas Schwab", ["Schwab"]), "european_parliament": (O, "European Parliament", []),
    "ustr": (O, "Office of the U.S. Trade Representative", ["U.S. Trade Representative", "USTR"]),
    "bytedance": (O, "ByteDance", []), "booking": (O, "Booking", []),
    "beuc": (O, "BEUC", ["European Consumer Organisation"]), "agustin_reyna": (P, "Agustin Reyna", ["Reyna"]),
    "cork": (L, "Cork", []), "madrid": (L, "Madrid", []),
    # 002 US search remedies (AP)
    "doj": (O, "Justice Department", ["Department of Justice", "DOJ"]),
    "amit_mehta": (P, "Amit Mehta", ["Mehta"]), "gail_slater": (P, "Gail Slater", ["Slater"]),
    "lee_anne_mulholland": (P, "Lee-Anne Mulholland", ["Mulholland"]),
    "morgan_stanley": (O, "Morgan Stanley", []),
    "gabriel_weinberg": (P, "Gabriel Weinberg", ["Weinberg"]), "duckduckgo": (O, "DuckDuckGo", []),
    "phil_weiser": (P, "Phil Weiser", ["Weiser"]), "colorado": (L, "Colorado", []),
    "openai": (O, "OpenAI", []), "ccia": (O, "Computer & Communications Industry Association", ["CCIA"]),
    "matt_schruers": (P, "Matt Schruers", ["Schruers"]),
    "priya_raman": (P, "Priya Raman", ["Raman"]), "georgetown": (O, "Georgetown University Law Center", []),
    "san_francisco": (L, "San Francisco", []),
    "chrome": (O, "Chrome", []), "safari": (O, "Safari", []), "chatgpt": (O, "ChatGPT", []),
    # 003 Japan (The Japan Times)
    "jftc": (O, "Japan Fair Trade Commission", ["JFTC"]), "diet": (O, "Diet", []),
    "kenji_morisaki": (P, "Kenji Morisaki", ["Morisaki"]),
    "madaj": (O, "Mobile App Developers Association of Japan", ["MADAJ"]),
    "takuya_nishihara": (P, "Takuya Nishihara", ["Nishihara"]),
    "hiroshi_mikitani": (P, "Hiroshi Mikitani", ["Mikitani"]), "rakuten": (O, "Rakuten Group", ["Rakuten"]),
    "ryosei_akazawa": (P, "Ryosei Akazawa", ["Akazawa"]),
    "cma": (O, "Competition and Markets Authority", ["CMA"]),
    "jca": (O, "Japan Consumers' Association", []), "yoko_shirane": (P, "Yoko Shirane", ["Shirane"]),
    "sayuri_okamoto": (P, "Sayuri Okamoto", ["Okamoto"]), "keio": (O, "Keio University", []),
    "fortnite": (O, "Fortnite", []),
    # 004 UK (The Guardian)
    "sarah_cardell": (P, "Sarah Cardell", ["Cardell"]), "mountain_view": (L, "Mountain View", []),
    "oliver_bethell": (P, "Oliver Bethell", ["Bethell"]), "doug_gurr": (P, "Doug Gurr", ["Gurr"]),
    "dbt": (O, "Department for Business and Trade", []),
    "open_web_advocacy": (O, "Open Web Advocacy", []), "bruce_lawson": (P, "Bruce Lawson", ["Lawson"]),
    "owen_kessock": (P, "Owen Kessock", ["Kessock"]), "tallow_bay_games": (O, "Tallow Bay Games", []),
    "dundee": (L, "Dundee", []), "techuk": (O, "techUK", []), "neil_ross": (P, "Neil Ross", ["Ross"]),
    "liam_byrne": (P, "Liam Byrne", ["Byrne"]), "labour": (O, "Labour Party", ["Labour"]),
    "business_committee": (O, "Business and Trade Committee", ["Commons business and trade committee"]),
    "parliament": (O, "Parliament", ["Commons"]),
    "android": (O, "Android", []), "ios": (O, "iOS", []),
    # 005 Australia (ABC News)
    "accc": (O, "Australian Competition and Consumer Commission", ["ACCC"]),
    "iama": (O, "Independent App Makers Alliance", ["IAMA"]),
    "priya_nandakumar": (P, "Priya Nandakumar", ["Nandakumar", "Ms Nandakumar"]), "melbourne": (L, "Melbourne", []),
    "jonathan_beach": (P, "Jonathan Beach", ["Beach"]), "federal_court": (O, "Federal Court", []),
    "full_court": (O, "Full Court", []), "sydney": (L, "Sydney", []), "brisbane": (L, "Brisbane", []),
    "gina_cass_gottlieb": (P, "Gina Cass-Gottlieb", ["Cass-Gottlieb", "Ms Cass-Gottlieb"]),
    "senate_au": (O, "Senate", []),
    "andrew_leigh": (P, "Andrew Leigh", ["Leigh", "Dr Leigh"]),
    "opposition": (O, "Opposition", []), "marcus_treloar": (P, "Marcus Treloar", ["Treloar", "Mr Treloar"]),
    "labor": (O, "Australian Labor Party", ["Labor"]), "jim_chalmers": (P, "Jim Chalmers", ["Chalmers"]),
    "daniel_ashcombe": (P, "Daniel Ashcombe", ["Ashcombe"]),
    "tech_council": (O, "Tech Council of Australia", []), "atlassian": (O, "Atlassian", []), "canva": (O, "Canva", []),
    "rob_nicholls": (P, "Rob Nicholls", ["Nicholls"]), "usyd": (O, "University of Sydney", []),
    # outlets and journalists (optional)
    "reuters": (O, "Reuters", []), "lukas_verhoeven": (P, "Lukas Verhoeven", []), "clara_montes": (P, "Clara Montes", []),
    "ines_holloway": (P, "Ines Holloway", []), "matt_pardeau": (P, "Matt Pardeau", []),
    "ap": (O, "The Associated Press", ["Associated Press", "AP"]), "marta_oyelaran": (P, "Marta Oyelaran", ["MARTA OYELARAN"]),
    "daniel_okafor": (P, "Daniel Okafor", []),
    "japan_times": (O, "The Japan Times", []), "haruka_sendo": (P, "Haruka Sendo", []),
    "guardian": (O, "The Guardian", ["Guardian"]), "harriet_conway": (P, "Harriet Conway", []),
    "abc": (O, "ABC News", ["ABC"]), "seven_thirty": (O, "7.30", []), "tom_fairleigh": (P, "Tom Fairleigh", []),
}

PLACE_IN = {
    "washington": "united_states", "new_york": "united_states", "california": "united_states",
    "cupertino": "california", "colorado": "united_states", "san_francisco": "california",
    "mountain_view": "california", "tokyo": "japan", "canberra": "australia", "dublin": "ireland",
    "cork": "ireland", "madrid": "europe", "dundee": "united_kingdom", "melbourne": "australia",
    "sydney": "australia", "brisbane": "australia",
}

SAME = {
    # capitals stand for their state; Brussels, where it acts, for the EU
    "washington": "united_states", "tokyo": "japan", "canberra": "australia", "dublin": "ireland",
    "brussels": "eu",
}
