"""Entities of probe set 95 (doping, anti-doping agencies, sports arbitration and bans; ids are
set-wide), the places they lie in, and same_actor."""
P, O, C, L = "Person", "Organization", "Country", "Place"

ENT = {
    # countries, capitals and other places
    "kenya": (C, "Kenya", []), "switzerland": (C, "Switzerland", []),
    "united_kingdom": (C, "United Kingdom", ["UK", "Britain"]), "france": (C, "France", []),
    "thailand": (C, "Thailand", []), "turkmenistan": (C, "Turkmenistan", []),
    "united_states": (C, "United States", ["US", "U.S."]), "india": (C, "India", []),
    "australia": (C, "Australia", []), "germany": (C, "Germany", []),
    "lausanne": (L, "Lausanne", []), "eldoret": (L, "Eldoret", []), "nairobi": (L, "Nairobi", []),
    "frankfurt": (L, "Frankfurt", []), "tokyo": (L, "Tokyo", []), "los_angeles": (L, "Los Angeles", []),
    "paris": (L, "Paris", []), "berlin": (L, "Berlin", []), "bangkok": (L, "Bangkok", []),
    "brisbane": (L, "Brisbane", []), "queensland": (L, "Queensland", []), "sydney": (L, "Sydney", []),
    "new_delhi": (L, "New Delhi", []), "sonepat": (L, "Sonepat", []), "haryana": (L, "Haryana", []),
    # bodies that recur across articles (set-wide)
    "cas": (O, "Court of Arbitration for Sport", ["CAS"]),
    "wada": (O, "World Anti-Doping Agency", ["WADA"]),
    # 001 Kenya (AP)
    "peter_kiprono": (P, "Peter Kiprono", ["Kiprono"]),
    "aiu": (O, "Athletics Integrity Unit", []),
    "brett_clothier": (P, "Brett Clothier", ["Clothier"]),
    "mercy_wanjiru": (P, "Mercy Wanjiru", ["Wanjiru"]),
    "swiss_fsc": (O, "Swiss Federal Supreme Court", []),
    "world_athletics": (O, "World Athletics", []),
    "sebastian_coe": (P, "Sebastian Coe", ["Coe"]),
    "salim_mvurya": (P, "Salim Mvurya", ["Mvurya"]),
    "adak": (O, "Anti-Doping Agency of Kenya", []),
    "athletics_kenya": (O, "Athletics Kenya", []),
    "jackson_tuwei": (P, "Jackson Tuwei", ["Tuwei"]),
    "sarah_shibutse": (P, "Sarah Shibutse", ["Shibutse"]),
    "witold_banka": (P, "Witold Banka", ["Banka", "Witold Bańka"]),
    # 002 UK (BBC Sport)
    "hannah_reeve": (P, "Hannah Reeve", ["Reeve"]),
    "ukad": (O, "UK Anti-Doping", ["Ukad", "UKAD"]),
    "nadp": (O, "National Anti-Doping Panel", []),
    "jane_rumble": (P, "Jane Rumble", ["Rumble"]),
    "mike_morgan": (P, "Mike Morgan", ["Morgan"]),
    "british_cycling": (O, "British Cycling", []),
    "jon_dutton": (P, "Jon Dutton", ["Dutton"]),
    "global_athlete": (O, "Global Athlete", []),
    "rob_koehler": (P, "Rob Koehler", ["Koehler"]),
    "stephanie_peacock": (P, "Stephanie Peacock", ["Peacock"]),
    "callum_skinner": (P, "Callum Skinner", ["Skinner"]),
    "uci": (O, "International Cycling Union", ["UCI"]),
    # 003 Thailand (Reuters)
    "iwf": (O, "International Weightlifting Federation", ["IWF"]),
    "tawa": (O, "Thai Amateur Weightlifting Association", []),
    "ita": (O, "International Testing Agency", ["ITA"]),
    "mohammed_jalood": (P, "Mohammed Jalood", ["Jalood"]),
    "boossaba_yodbangtoey": (P, "Boossaba Yodbangtoey", ["Yodbangtoey"]),
    "sat": (O, "Sports Authority", ["Sports Authority of Thailand"]),
    "atthakorn": (P, "Atthakorn Sirilatthayakorn", ["Sirilatthayakorn"]),
    "ioc": (O, "International Olympic Committee", ["IOC"]),
    "benjamin_cohen": (P, "Benjamin Cohen", ["Cohen"]),
    "travis_tygart": (P, "Travis Tygart", ["Tygart"]),
    "thai_government": (O, "Thai government", []),
    "usada": (O, "U.S. Anti-Doping Agency", ["USADA", "US Anti-Doping Agency"]),
    # 004 India (Times of India)
    "nada_india": (O, "National Anti-Doping Agency", ["NADA"]),
    "ravi_sehrawat": (P, "Ravi Sehrawat", ["Sehrawat"]),
    "ashok_mehta": (P, "Ashok Mehta", []),
    "vidushpat_singhania": (P, "Vidushpat Singhania", ["Singhania"]),
    "mansukh_mandaviya": (P, "Mansukh Mandaviya", ["Mandaviya", "Mr Mandaviya"]),
    "in_sports_ministry": (O, "sports ministry", ["Sports Ministry"]),
    "wfi": (O, "Wrestling Federation of India", ["WFI"]),
    "sanjay_singh": (P, "Sanjay Singh", ["Singh"]),
    "mahavir_singh_phogat": (P, "Mahavir Singh Phogat", ["Phogat"]),
    "ioa": (O, "Indian Olympic Association", ["IOA"]),
    "pt_usha": (P, "P.T. Usha", ["Usha", "PT Usha"]),
    "anant_kumar": (P, "Anant Kumar", ["Kumar"]),
    "aiims": (O, "AIIMS", []),
    "neha_kapoor": (P, "Neha Kapoor", ["Kapoor"]),
    # 005 Australia (ABC News)
    "sia": (O, "Sport Integrity Australia", ["SIA"]),
    "jack_dunstan": (P, "Jack Dunstan", ["Dunstan"]),
    "nst": (O, "National Sports Tribunal", []),
    "david_sharpe": (P, "David Sharpe", ["Sharpe"]),
    "luke_hobson": (P, "Luke Hobson", ["Hobson"]),
    "swimming_australia": (O, "Swimming Australia", []),
    "dean_boxall": (P, "Dean Boxall", ["Boxall"]),
    "world_aquatics": (O, "World Aquatics", []),
    "anika_wells": (P, "Anika Wells", ["Wells", "Ms Wells"]),
    "aoc": (O, "Australian Olympic Committee", ["AOC"]),
    "ian_chesterman": (P, "Ian Chesterman", ["Chesterman"]),
    "coalition": (O, "Coalition", []),
    "anne_ruston": (P, "Anne Ruston", ["Ruston"]),
    "aaa": (O, "Australian Athletes' Alliance", []),
    "kate_griffiths": (P, "Kate Griffiths", ["Griffiths"]),
    # outlets and journalists (optional)
    "ap": (O, "Associated Press", ["AP", "The Associated Press"]), "gerald_imray": (P, "Gerald Imray", []),
    "bbc": (O, "BBC Sport", ["BBC"]), "dan_roan": (P, "Dan Roan", []),
    "reuters": (O, "Reuters", []), "karolos_grohmann": (P, "Karolos Grohmann", []),
    "panarat_thepgumpanat": (P, "Panarat Thepgumpanat", []), "ed_osmond": (P, "Ed Osmond", []),
    "toi": (O, "Times of India", ["TOI", "TNN"]),
    "abc": (O, "ABC", ["ABC News"]), "tracey_holmes": (P, "Tracey Holmes", []),
}

PLACE_IN = {
    "lausanne": "switzerland", "berlin": "germany", "eldoret": "kenya", "nairobi": "kenya", "paris": "france",
    "los_angeles": "united_states", "bangkok": "thailand", "brisbane": "queensland", "queensland": "australia",
    "sydney": "australia", "new_delhi": "india", "sonepat": "haryana", "haryana": "india",
}

SAME = {
    # capitals stand for their state
    "nairobi": "kenya", "berlin": "germany", "paris": "france", "bangkok": "thailand", "new_delhi": "india",
    # a government is a body of its own that stands for its state
    "thai_government": "thailand",
}
