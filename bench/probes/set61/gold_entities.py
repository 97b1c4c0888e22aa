"""Entities of probe set 61 (AI and online-platform regulation; ids are set-wide), the places they
lie in, and same_actor."""
P, O, C, L = "Person", "Organization", "Country", "Place"

ENT = {
    # countries
    "italy": (C, "Italy", []), "united_states": (C, "United States", ["US"]), "india": (C, "India", []),
    "united_kingdom": (C, "United Kingdom", ["Britain", "UK"]), "cyprus": (C, "Cyprus", []),
    "australia": (C, "Australia", []), "germany": (C, "Germany", []),
    # capitals and seats standing for states
    "rome": (L, "Rome", []), "new_delhi": (L, "New Delhi", []), "canberra": (L, "Canberra", []),
    "brussels": (L, "Brussels", []), "washington": (L, "Washington", []),
    # other places
    "milan": (L, "Milan", []),
    # international bodies
    "european_union": (O, "European Union", ["EU"]),
    "european_commission": (O, "European Commission", ["Commission"]),
    "edpb": (O, "European Data Protection Board", ["EDPB"]),
    "european_parliament": (O, "European Parliament", []),
    "general_court": (O, "General Court", ["EU's General Court"]),
    "epp": (O, "European People's Party", ["EPP"]),
    "s_and_d": (O, "Socialists and Democrats", ["S&D", "Socialist"]),
    "beuc": (O, "BEUC", ["European Consumer Organisation"]),
    "ccia_europe": (O, "Computer & Communications Industry Association", ["CCIA Europe", "CCIA"]),
    "coalition_for_app_fairness": (O, "Coalition for App Fairness", []),
    # companies
    "lumora_labs": (O, "Lumora Labs", ["Lumora"]), "openai": (O, "OpenAI", []),
    "kliq": (O, "Kliq", []), "vexo": (O, "Vexo", []),
    "meta": (O, "Meta", []), "facebook": (O, "Facebook", []), "instagram": (O, "Instagram", []),
    "threads": (O, "Threads", []), "snap": (O, "Snap Inc.", ["Snap"]), "snapchat": (O, "Snapchat", []),
    "tiktok": (O, "TikTok", []), "x_platform": (O, "X", []), "youtube": (O, "YouTube", []),
    "reddit": (O, "Reddit", []), "kick": (O, "Kick", []), "twitch": (O, "Twitch", []),
    "google": (O, "Google", []), "aurex": (O, "Aurex", []), "apple": (O, "Apple", []),
    # Italy
    "garante": (O, "Garante per la protezione dei dati personali", ["Garante", "Italy's data protection authority"]),
    "altroconsumo": (O, "Altroconsumo", []),
    "italian_government": (O, "Italian government", []),
    "pd": (O, "Democratic Party", ["PD"]),
    "chamber_of_deputies": (O, "Chamber of Deputies", []),
    "university_of_bologna": (O, "University of Bologna", []),
    "rome_court": (O, "Rome court", []),
    # India
    "union_government": (O, "Union government", ["Centre"]),
    "meity": (O, "ministry of electronics and information technology", ["MeitY", "IT ministry"]),
    "indian_parliament": (O, "Parliament of India", []),
    "delhi_police": (O, "Delhi Police", []),
    "iamai": (O, "Internet and Mobile Association of India", ["IAMAI"]),
    "iff": (O, "Internet Freedom Foundation", ["IFF"]),
    "congress": (O, "Congress", ["Indian National Congress"]),
    "bjp": (O, "Bharatiya Janata Party", ["BJP"]),
    "supreme_court_india": (O, "Supreme Court", []),
    # United Kingdom
    "ofcom": (O, "Ofcom", []),
    "uk_government": (O, "UK Government", []),
    "house_of_commons": (O, "House of Commons", ["Commons"]),
    "molly_rose_foundation": (O, "Molly Rose Foundation", []),
    "nspcc": (O, "NSPCC", []), "childline": (O, "Childline", []),
    "conservatives": (O, "Conservatives", ["Conservative Party", "Conservative"]),
    "open_rights_group": (O, "Open Rights Group", []),
    # Australia
    "esafety_office": (O, "eSafety Commissioner's office", ["eSafety"]),
    "australian_government": (O, "Australian government", []),
    "digi": (O, "Digital Industry Group Inc.", ["DIGI"]),
    "headspace": (O, "Headspace", []),
    "greens": (O, "Greens", ["The Greens"]),
    "coalition": (O, "Coalition", []),
    "high_court": (O, "High Court", []),
    # outlets
    "ansa": (O, "ANSA", []), "hindustan_times": (O, "Hindustan Times", ["HT"]),
    "telegraph": (O, "The Daily Telegraph", []), "sbs_news": (O, "SBS News", []),
    "euractiv": (O, "Euractiv", []),
    # people: Italy
    "pasquale_stanzione": (P, "Pasquale Stanzione", ["Stanzione"]),
    "clara_wendt": (P, "Clara Wendt", ["Wendt"]),
    "marco_ferrante": (P, "Marco Ferrante", ["Ferrante"]),
    "alessio_butti": (P, "Alessio Butti", ["Butti"]),
    "giulia_romano": (P, "Giulia Romano", ["Romano"]),
    "elena_sartori": (P, "Elena Sartori", ["Sartori"]),
    # people: India
    "ritika_bansal": (P, "Ritika Bansal", []),
    "ashwini_vaishnaw": (P, "Ashwini Vaishnaw", ["Vaishnaw"]),
    "rahul_menon": (P, "Rahul Menon", ["Menon"]),
    "aparna_iyer": (P, "Aparna Iyer", ["Iyer"]),
    "jairam_ramesh": (P, "Jairam Ramesh", ["Ramesh"]),
    "sudhanshu_trivedi": (P, "Sudhanshu Trivedi", ["Trivedi"]),
    "pranesh_kaul": (P, "Pranesh Kaul", ["Kaul"]),
    # people: United Kingdom
    "harriet_lowe": (P, "Harriet Lowe", []),
    "melanie_dawes": (P, "Melanie Dawes", ["Dame Melanie Dawes", "Dawes"]),
    "liz_kendall": (P, "Liz Kendall", ["Kendall", "Ms Kendall"]),
    "ian_russell": (P, "Ian Russell", ["Russell", "Mr Russell"]),
    "rani_govender": (P, "Rani Govender", ["Govender"]),
    "julia_lopez": (P, "Julia Lopez", ["Lopez"]),
    # people: Australia
    "tom_nguyen": (P, "Tom Nguyen", []),
    "julie_inman_grant": (P, "Julie Inman Grant", ["Inman Grant", "Ms Inman Grant"]),
    "anika_wells": (P, "Anika Wells", ["Wells", "Ms Wells"]),
    "anthony_albanese": (P, "Anthony Albanese", ["Albanese"]),
    "sunita_bose": (P, "Sunita Bose", ["Bose"]),
    "priya_raman": (P, "Priya Raman", ["Dr Priya Raman", "Dr Raman", "Raman"]),
    "emma_whitford": (P, "Emma Whitford", ["Whitford"]),
    "sarah_hanson_young": (P, "Sarah Hanson-Young", ["Hanson-Young"]),
    "melissa_mcintosh": (P, "Melissa McIntosh", ["McIntosh"]),
    # people: EU and US
    "theo_marchand": (P, "Théo Marchand", []),
    "teresa_ribera": (P, "Teresa Ribera", ["Ribera"]),
    "henna_virkkunen": (P, "Henna Virkkunen", ["Virkkunen"]),
    "howard_lutnick": (P, "Howard Lutnick", ["Lutnick"]),
    "andreas_schwab": (P, "Andreas Schwab", ["Schwab"]),
    "lucia_prieto": (P, "Lucía Prieto", ["Prieto"]),
    "rick_vanmeter": (P, "Rick VanMeter", ["VanMeter"]),
    "dana_whitfield": (P, "Dana Whitfield", ["Whitfield"]),
}

PLACE_IN = {
    "rome": "italy", "milan": "italy", "new_delhi": "india", "canberra": "australia",
    "brussels": "belgium_unlisted", "washington": "united_states",
}

SAME = {"rome": "italy", "new_delhi": "india", "canberra": "australia", "brussels": "european_union",
        "washington": "united_states",
        # a government is a body of its own that stands for its state (sets 16, 21, 43, 47 and 51)
        "italian_government": "italy", "union_government": "india", "uk_government": "united_kingdom",
        "australian_government": "australia"}
