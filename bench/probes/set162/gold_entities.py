"""Entities of probe set 162 (lab-grown (cultivated) meat: national and state bans, regulatory
approvals, farmers' lobbies, start-ups and food-safety agencies; ids are set-wide), the places they
lie in, and same_actor."""
P, O, C, L = "Person", "Organization", "Country", "Place"

ENT = {
    # countries and places shared by the articles
    "united_states": (C, "United States", ["US", "U.S.", "America"]), "united_kingdom": (C, "United Kingdom", ["UK", "Britain"]),
    "italy": (C, "Italy", []), "hungary": (C, "Hungary", []), "austria": (C, "Austria", []), "france": (C, "France", []),
    "netherlands": (C, "Netherlands", ["The Netherlands"]), "singapore": (C, "Singapore", ["SINGAPORE"]),
    "australia": (C, "Australia", []), "europe": (L, "Europe", []), "asia": (L, "Asia", []),
    "texas": (L, "Texas", []), "florida": (L, "Florida", []), "alabama": (L, "Alabama", []),
    "mississippi": (L, "Mississippi", []), "montana": (L, "Montana", []), "indiana": (L, "Indiana", []),
    "nebraska": (L, "Nebraska", ["Neb."]), "california": (L, "California", []),
    "fda": (O, "Food and Drug Administration", ["U.S. Food and Drug Administration", "FDA"]),
    "usda": (O, "Department of Agriculture", ["U.S. Department of Agriculture", "USDA"]),
    "upside_foods": (O, "Upside Foods", ["Upside"]), "mosa_meat": (O, "Mosa Meat", []),
    "european_commission": (O, "European Commission", ["Commission"]), "european_union": (O, "European Union", ["EU"]),
    "x_platform": (O, "X", []), "facebook": (O, "Facebook", []), "republican_party": (O, "Republican Party", ["Republican"]),
    # 001 Texas (Reuters)
    "austin": (L, "Austin", ["AUSTIN"]), "greg_abbott": (P, "Greg Abbott", ["Abbott"]), "amarillo": (L, "Amarillo", []),
    "sid_miller": (P, "Sid Miller", ["Miller"]), "good_meat": (O, "Good Meat", []), "wildtype": (O, "Wildtype", []),
    "san_francisco": (L, "San Francisco", []), "berkeley": (L, "Berkeley", []), "uma_valeti": (P, "Uma Valeti", ["Valeti"]),
    "institute_for_justice": (O, "Institute for Justice", []), "paul_sherman": (P, "Paul Sherman", ["Sherman"]),
    "texas_farm_bureau": (O, "Texas Farm Bureau", []), "russell_boening": (P, "Russell Boening", ["Boening"]),
    "ellen_cartwright": (P, "Ellen Cartwright", ["Cartwright"]), "lubbock": (L, "Lubbock", []),
    "charles_perry": (P, "Charles Perry", ["Perry"]), "good_food_institute": (O, "Good Food Institute", []),
    "laura_benitez": (P, "Laura Benitez", ["Benitez"]),
    "ncsl": (O, "National Conference of State Legislatures", []),
    "justin_kolbeck": (P, "Justin Kolbeck", ["Kolbeck"]), "portland": (L, "Portland", []), "oregon": (L, "Oregon", []),
    # 002 United Kingdom (Guardian)
    "fsa": (O, "Food Standards Agency", ["FSA"]), "robin_may": (P, "Robin May", ["Prof Robin May"]),
    "meatly": (O, "Meatly", []), "london": (L, "London", []),
    "tom_bradshaw": (P, "Tom Bradshaw", ["Bradshaw"]), "nfu": (O, "National Farmers' Union", ["NFU"]),
    "daniel_zeichner": (P, "Daniel Zeichner", ["Zeichner"]), "owen_ensor": (P, "Owen Ensor", ["Ensor"]),
    "hanna_torvik": (P, "Hanna Torvik", ["Torvik"]), "soil_association": (O, "Soil Association", []),
    "gareth_pryce": (P, "Gareth Pryce", ["Pryce"]), "victoria_atkins": (P, "Victoria Atkins", ["Atkins"]),
    "labour_party": (O, "Labour Party", ["Labour"]), "alice_penrose": (P, "Alice Penrose", ["Penrose"]),
    "hay_on_wye": (L, "Hay-on-Wye", []), "scotland": (L, "Scotland", []), "scottish_government": (O, "Scottish government", []),
    "nfu_scotland": (O, "NFU Scotland", []), "martin_kennedy": (P, "Martin Kennedy", ["Kennedy"]),
    "defra": (O, "Department for Environment, Food and Rural Affairs", ["Defra"]), "cardiff": (L, "Cardiff", []),
    # 003 Italy and the EU (Politico Europe)
    "rome": (L, "Rome", ["ROME"]), "francesco_lollobrigida": (P, "Francesco Lollobrigida", ["Lollobrigida"]),
    "oliver_varhelyi": (P, "Olivér Várhelyi", ["Várhelyi", "Oliver Varhelyi", "Varhelyi"]),
    "council_of_the_eu": (O, "Council of the European Union", ["Council"]),
    "istvan_nagy": (P, "István Nagy", ["Istvan Nagy", "Nagy"]), "budapest": (L, "Budapest", []),
    "efsa": (O, "European Food Safety Authority", ["EFSA"]), "gourmey": (O, "Gourmey", []),
    "nicolas_morin_forest": (P, "Nicolas Morin-Forest", ["Morin-Forest"]),
    "coldiretti": (O, "Coldiretti", []), "ettore_prandini": (P, "Ettore Prandini", ["Prandini"]),
    "brussels": (L, "Brussels", []), "copa_cogeca": (O, "Copa-Cogeca", []), "pekka_pesonen": (P, "Pekka Pesonen", ["Pesonen"]),
    "femke_wiersma": (P, "Femke Wiersma", ["Wiersma"]), "european_parliament": (O, "European Parliament", []),
    "renew_europe": (O, "Renew Europe", []), "pieter_de_jong": (P, "Pieter de Jong", ["de Jong"]),
    "christophe_hansen": (P, "Christophe Hansen", []), "strasbourg": (L, "Strasbourg", []),
    "cellular_agriculture_europe": (O, "Cellular Agriculture Europe", []), "robert_jones": (P, "Robert Jones", ["Jones"]),
    # 004 Singapore (The Straits Times)
    "sfa": (O, "Singapore Food Agency", ["SFA"]), "meatable": (O, "Meatable", []),
    "damian_chan": (P, "Damian Chan", []), "eat_just": (O, "Eat Just", []), "vow": (O, "Vow", []),
    "krijn_de_nood": (P, "Krijn de Nood", ["Mr de Nood", "de Nood"]),
    "central_business_district": (L, "Central Business District", []), "orchard_road": (L, "Orchard Road", []),
    "george_peppou": (P, "George Peppou", ["Mr Peppou", "Peppou"]),
    "fsanz": (O, "Food Standards Australia New Zealand", ["FSANZ"]), "grace_fu": (P, "Grace Fu", []),
    "nff": (O, "National Farmers' Federation", ["NFF"]), "david_jochinke": (P, "David Jochinke", ["Mr David Jochinke", "Jochinke"]),
    "cattle_australia": (O, "Cattle Australia", []), "chris_parker": (P, "Chris Parker", ["Parker"]),
    "mathilde_alexandre": (P, "Mathilde Alexandre", ["Dr Mathilde Alexandre", "Dr Alexandre", "Alexandre"]),
    "nus": (O, "National University of Singapore", ["NUS"]), "milieu_insight": (O, "Milieu Insight", []),
    "tan_hui_min": (P, "Tan Hui Min", ["Ms Tan Hui Min"]), "tanjong_pagar": (L, "Tanjong Pagar", []),
    # 005 Nebraska (AP)
    "lincoln": (L, "Lincoln", ["LINCOLN"]), "jim_pillen": (P, "Jim Pillen", ["Pillen"]),
    "barry_dekay": (P, "Barry DeKay", ["DeKay"]), "niobrara": (L, "Niobrara", []),
    "nebraska_legislature": (O, "Nebraska Legislature", ["Legislature"]),
    "university_of_nebraska": (O, "University of Nebraska", []),
    "amps_innovation": (O, "Alliance for Meat, Poultry and Seafood Innovation", []),
    "suzi_gerber": (P, "Suzi Gerber", ["Gerber"]), "brooke_rollins": (P, "Brooke Rollins", ["Rollins"]),
    "john_hansen": (P, "John Hansen", ["Hansen"]), "nebraska_farmers_union": (O, "Nebraska Farmers Union", []),
    "nebraska_cattlemen": (O, "Nebraska Cattlemen", []), "ken_herz": (P, "Ken Herz", ["Herz"]),
    "congress": (O, "Congress", ["U.S. Congress"]),
    "libertarian_party_nebraska": (O, "Libertarian Party of Nebraska", []),
    "jack_walsh": (P, "Jack Walsh", ["Walsh"]), "valentine": (L, "Valentine", []),
    "mike_hilgers": (P, "Mike Hilgers", ["Hilgers"]), "john_cavanaugh": (P, "John Cavanaugh", ["Cavanaugh"]),
    "omaha": (L, "Omaha", []),
    # outlets and journalists (optional)
    "reuters": (O, "Reuters", []), "maria_ortega": (P, "Maria Ortega", []), "daniel_whitcombe": (P, "Daniel Whitcombe", []),
    "kim_harlow": (P, "Kim Harlow", []),
    "guardian": (O, "The Guardian", ["Guardian"]), "helena_marsh": (P, "Helena Marsh", []),
    "politico": (O, "POLITICO", ["Politico"]), "giulia_ferri": (P, "Giulia Ferri", []),
    "straits_times": (O, "The Straits Times", ["Straits Times"]), "lim_wei_ling": (P, "Lim Wei Ling", []),
    "ap": (O, "Associated Press", ["The Associated Press", "AP"]), "katie_rowe": (P, "Katie Rowe", ["KATIE ROWE"]),
}

PLACE_IN = {
    "texas": "united_states", "austin": "texas", "amarillo": "texas", "lubbock": "texas",
    "california": "united_states", "san_francisco": "california", "berkeley": "california",
    "florida": "united_states", "alabama": "united_states", "mississippi": "united_states",
    "montana": "united_states", "indiana": "united_states", "oregon": "united_states", "portland": "oregon",
    "london": "united_kingdom", "scotland": "united_kingdom", "cardiff": "united_kingdom", "hay_on_wye": "united_kingdom",
    "rome": "italy", "budapest": "hungary", "strasbourg": "france",
    "central_business_district": "singapore", "orchard_road": "singapore", "tanjong_pagar": "singapore",
    "nebraska": "united_states", "lincoln": "nebraska", "niobrara": "nebraska", "valentine": "nebraska",
    "omaha": "nebraska",
}

SAME = {
    # a capital standing for its state, in a standfirst, a quote or a reported clause (set157's
    # Washington and Ottawa); "told reporters ... in Rome" and the dateline are the city, in no about
    "rome": "italy", "budapest": "hungary",
    # a state's government named as a body
    "scottish_government": "scotland",
}
