"""Entities of probe set 141 (air pollution: wood burners, clean-air zones, smog alerts, court cases
over air quality, health researchers, city halls and environment agencies; ids are set-wide), the
places they lie in, and same_actor."""
P, O, C, L = "Person", "Organization", "Country", "Place"

ENT = {
    # countries, capitals and shared bodies
    "poland": (C, "Poland", []), "warsaw": (L, "Warsaw", []),
    "united_kingdom": (C, "United Kingdom", ["UK", "Britain"]), "england": (L, "England", []),
    "london": (L, "London", []), "india": (C, "India", ["Centre"]), "germany": (C, "Germany", []),
    "berlin": (L, "Berlin", []), "austria": (C, "Austria", []), "switzerland": (C, "Switzerland", []),
    "eu": (O, "European Union", ["EU"]), "european_commission": (O, "European Commission", []),
    "conservatives": (O, "Conservative Party", ["Conservatives", "Conservative"]),
    # 001 places
    "krakow": (L, "Krakow", []), "katowice": (L, "Katowice", []), "silesia": (L, "Silesia", []),
    "lesser_poland": (L, "Lesser Poland", []), "brussels": (L, "Brussels", []),
    # 002 places
    "lewisham": (L, "Lewisham", []), "south_circular": (L, "South Circular", []),
    # 003 places
    "birmingham": (L, "Birmingham", []), "west_midlands": (L, "West Midlands", []),
    "middleway": (L, "A4540 Middleway", ["Middleway"]), "jewellery_quarter": (L, "Jewellery Quarter", []),
    "digbeth": (L, "Digbeth", []), "ladywood": (L, "Ladywood", []), "edgbaston": (L, "Edgbaston", []),
    "nechells": (L, "Nechells", []),
    # 004 places
    "delhi": (L, "Delhi", []), "new_delhi": (L, "New Delhi", []), "ncr": (L, "National Capital Region", ["NCR"]),
    "anand_vihar": (L, "Anand Vihar", []), "wazirpur": (L, "Wazirpur", []), "punjab": (L, "Punjab", []),
    "haryana": (L, "Haryana", []), "laxmi_nagar": (L, "Laxmi Nagar", []), "kanpur": (L, "Kanpur", []),
    # 005 places
    "munich": (L, "Munich", []), "leipzig": (L, "Leipzig", []), "bavaria": (L, "Bavaria", []),
    "landshuter_allee": (L, "Landshuter Allee", []),
    # 001 Poland (Reuters)
    "who": (O, "World Health Organization", ["WHO"]),
    "gios": (O, "Chief Inspectorate of Environmental Protection", ["GIOS"]),
    "paulina_hennig_kloska": (P, "Paulina Hennig-Kloska", ["Hennig-Kloska"]),
    "pl_finance_ministry": (O, "Polish finance ministry", ["finance ministry"]),
    "aleksander_miszalski": (P, "Aleksander Miszalski", ["Miszalski"]),
    "pas": (O, "Polish Smog Alert", ["PAS"]), "ewelina_rudnik": (P, "Ewelina Rudnik", ["Rudnik"]),
    "eea": (O, "European Environment Agency", ["EEA"]),
    "jessika_roswall": (P, "Jessika Roswall", ["Roswall"]),
    "marek_wojtas": (P, "Marek Wojtas", ["Wojtas"]), "mus": (O, "Medical University of Silesia", []),
    "silesian_homeowners": (O, "Silesian Homeowners' Association", ["Silesian Homeowners Association"]),
    "jerzy_kalisz": (P, "Jerzy Kalisz", ["Kalisz"]),
    "pl_climate_ministry": (O, "Polish climate ministry", ["climate ministry"]),
    "imgw": (O, "Institute of Meteorology and Water Management", ["IMGW"]),
    # 002 UK (Guardian)
    "clientearth": (O, "ClientEarth", []), "nadia_osei": (P, "Nadia Osei", ["Osei"]),
    "sarah_lindqvist": (P, "Sarah Lindqvist", ["Lindqvist"]),
    "defra": (O, "Department for Environment, Food and Rural Affairs", ["Defra"]),
    "emma_reynolds": (P, "Emma Reynolds", ["Reynolds"]),
    "chris_whitty": (P, "Chris Whitty", ["Whitty"]),
    "imogen_tate": (P, "Imogen Tate", ["Tate"]), "imperial": (O, "Imperial College London", []),
    "sia": (O, "Stove Industry Association", ["SIA"]), "gareth_pryce": (P, "Gareth Pryce", ["Pryce"]),
    "sadiq_khan": (P, "Sadiq Khan", ["Khan"]),
    "victoria_atkins": (P, "Victoria Atkins", ["Atkins"]), "labour": (O, "Labour Party", ["Labour"]),
    "justice_harwood": (P, "Harwood", ["Mr Justice Harwood", "Justice Harwood"]),
    "high_court": (O, "High Court", ["high court"]),
    # 003 Birmingham (BBC)
    "bcc": (O, "Birmingham City Council", ["city council"]),
    "john_cotton": (P, "John Cotton", ["Cotton"]),
    "fsb": (O, "Federation of Small Businesses", ["FSB"]), "hassan_mirza": (P, "Hassan Mirza", ["Mirza"]),
    "uob": (O, "University of Birmingham", []), "helen_okafor": (P, "Helen Okafor", ["Okafor"]),
    "richard_parker": (P, "Richard Parker", ["Parker"]),
    "wmca": (O, "West Midlands Combined Authority", ["WMCA"]),
    "naveed_akhtar": (P, "Naveed Akhtar", ["Akhtar"]),
    "bhca": (O, "Birmingham Hackney Carriage Association", []),
    "robert_alden": (P, "Robert Alden", ["Alden"]),
    "justin_varney": (P, "Justin Varney", ["Varney"]),
    # 004 Delhi (The Times of India)
    "caqm": (O, "Commission for Air Quality Management", ["CAQM"]),
    "cpcb": (O, "Central Pollution Control Board", ["CPCB"]),
    "supreme_court": (O, "Supreme Court", []),
    "arvind_rathore": (P, "Arvind Rathore", ["Rathore"]), "meera_kulkarni": (P, "Meera Kulkarni", ["Kulkarni"]),
    "rohan_bhasin": (P, "Rohan Bhasin", ["Bhasin"]),
    "rekha_gupta": (P, "Rekha Gupta", ["Gupta"]), "aap": (O, "Aam Aadmi Party", ["AAP"]),
    "manjinder_sirsa": (P, "Manjinder Singh Sirsa", ["Sirsa"]),
    "saurabh_bharadwaj": (P, "Saurabh Bharadwaj", ["Bharadwaj"]), "bjp": (O, "Bharatiya Janata Party", ["BJP"]),
    "gurmeet_khudian": (P, "Gurmeet Singh Khudian", ["Khudian"]),
    "bku": (O, "Bharatiya Kisan Union", ["BKU"]), "harnek_dhillon": (P, "Harnek Singh Dhillon", ["Dhillon"]),
    "kavita_rao": (P, "Kavita Rao", ["Rao"]),
    "aiims": (O, "All India Institute of Medical Sciences", ["AIIMS"]),
    "iit_kanpur": (O, "IIT Kanpur", []),
    "imd": (O, "India Meteorological Department", ["IMD"]),
    "sunita_yadav": (P, "Sunita Yadav", ["Yadav"]),
    # 005 Germany (DW)
    "bverwg": (O, "Federal Administrative Court", []),
    "duh": (O, "Deutsche Umwelthilfe", ["DUH"]),
    "juergen_resch": (P, "Jürgen Resch", ["Resch", "Jurgen Resch"]),
    "thorsten_glauber": (P, "Thorsten Glauber", ["Glauber"]),
    "dieter_reiter": (P, "Dieter Reiter", ["Reiter"]),
    "uba": (O, "Federal Environment Agency", ["UBA"]),
    "carsten_schneider": (P, "Carsten Schneider", ["Schneider"]),
    "funke": (O, "Funke media group", ["Funke"]),
    "anja_berger": (P, "Anja Berger", ["Berger"]), "helmholtz": (O, "Helmholtz Munich", []),
    "adac": (O, "ADAC", []), "ziv": (O, "ZIV", []),
    "markus_soeder": (P, "Markus Söder", ["Söder", "Markus Soder"]),
    # outlets and journalists (optional)
    "reuters": (O, "Reuters", []), "marta_zielinska": (P, "Marta Zielinska", []),
    "tomasz_brandt": (P, "Tomasz Brandt", []), "julia_fenwick": (P, "Julia Fenwick", []),
    "clara_menzies": (P, "Clara Menzies", []),
    "guardian": (O, "The Guardian", ["Guardian"]), "hannah_colvin": (P, "Hannah Colvin", []),
    "bbc": (O, "BBC", ["BBC News"]), "bbc_radio_wm": (O, "BBC Radio WM", []), "priya_bains": (P, "Priya Bains", []),
    "toi": (O, "The Times of India", ["TOI", "Times of India"]), "tnn": (O, "TNN", []),
    "ankit_malhotra": (P, "Ankit Malhotra", []),
    "dw": (O, "DW", ["Deutsche Welle"]), "dpa": (O, "dpa", []), "afp": (O, "AFP", []),
    "lena_hartmann": (P, "Lena Hartmann", []), "sean_mallory": (P, "Sean Mallory", []),
}

PLACE_IN = {
    "warsaw": "poland", "krakow": "poland", "katowice": "silesia", "silesia": "poland",
    "lesser_poland": "poland",
    "england": "united_kingdom", "london": "england", "lewisham": "london", "south_circular": "london",
    "birmingham": "west_midlands", "west_midlands": "england", "middleway": "birmingham",
    "jewellery_quarter": "birmingham", "digbeth": "birmingham", "ladywood": "birmingham",
    "edgbaston": "birmingham", "nechells": "birmingham",
    "delhi": "india", "new_delhi": "delhi", "ncr": "india", "anand_vihar": "delhi", "wazirpur": "delhi",
    "punjab": "india", "haryana": "india", "laxmi_nagar": "delhi", "kanpur": "india",
    "munich": "bavaria", "bavaria": "germany", "leipzig": "germany", "landshuter_allee": "munich",
    "berlin": "germany",
}

SAME = {
    # capitals stand for their state
    "warsaw": "poland", "berlin": "germany",
}
