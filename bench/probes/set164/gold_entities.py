"""Entities of probe set 164 (coastal erosion, sea-level rise and managed retreat: sea walls and their
funding, homeowners losing houses to the sea, councils, environment agencies, insurers, relocation
schemes for villages and island states; ids are set-wide), the places they lie in, and same_actor."""
P, O, C, L = "Person", "Organization", "Country", "Place"

ENT = {
    # countries and places shared by the articles
    "united_kingdom": (C, "United Kingdom", ["UK", "Britain"]), "united_states": (C, "United States", ["US", "U.S."]),
    "australia": (C, "Australia", ["Commonwealth"]), "ireland": (C, "Ireland", []),
    "x_platform": (O, "X", []), "europe": (L, "Europe", []),
    # 001 Norfolk (BBC)
    "hemsby": (L, "Hemsby", []), "norfolk": (L, "Norfolk", []), "the_marrams": (L, "The Marrams", []),
    "environment_agency": (O, "Environment Agency", []), "treasury": (O, "Treasury", []),
    "great_yarmouth_borough_council": (O, "Great Yarmouth Borough Council", []),
    "lucy_harding": (P, "Lucy Harding", ["Harding"]), "carl_smith": (P, "Carl Smith", ["Mr Smith", "Smith"]),
    "steve_reed": (P, "Steve Reed", ["Reed"]), "abi": (O, "Association of British Insurers", ["ABI"]),
    "julie_foley": (P, "Julie Foley", ["Ms Foley", "Foley"]),
    "hemsby_lifeboat": (O, "Hemsby Independent Lifeboat", []), "daniel_hewitt": (P, "Daniel Hewitt", ["Hewitt"]),
    "happisburgh": (L, "Happisburgh", []), "north_norfolk_council": (O, "North Norfolk District Council", []),
    "rob_goodliffe": (P, "Rob Goodliffe", ["Goodliffe"]), "rupert_lowe": (P, "Rupert Lowe", ["Lowe"]),
    "defra": (O, "Department for Environment, Food and Rural Affairs", ["Defra"]), "east_yorkshire": (L, "East Yorkshire", []),
    "malcolm_kerby": (P, "Malcolm Kerby", ["Kerby"]), "coastal_concern": (O, "Coastal Concern Action Group", []),
    "england": (L, "England", []),
    # 002 Tuvalu (Reuters)
    "tuvalu": (C, "Tuvalu", []), "feleti_teo": (P, "Feleti Teo", ["Teo"]), "funafuti": (L, "Funafuti", ["FUNAFUTI"]),
    "sydney": (L, "Sydney", ["SYDNEY"]), "home_affairs": (O, "Department of Home Affairs", []),
    "penny_wong": (P, "Penny Wong", ["Wong"]), "canberra": (L, "Canberra", []),
    "tcap": (O, "Tuvalu Coastal Adaptation Project", []), "green_climate_fund": (O, "Green Climate Fund", []),
    "fongafale": (L, "Fongafale", []), "semi_malaki": (P, "Semi Malaki", ["Malaki"]),
    "enele_sopoaga": (P, "Enele Sopoaga", ["Sopoaga"]), "united_nations": (O, "United Nations", ["UN"]),
    "antonio_guterres": (P, "Antonio Guterres", ["Guterres"]), "pacific_islands_forum": (O, "Pacific Islands Forum", []),
    "icj": (O, "International Court of Justice", []), "baron_waqa": (P, "Baron Waqa", ["Waqa"]),
    "suva": (L, "Suva", []), "fiji": (C, "Fiji", []), "unsw": (O, "University of New South Wales", []),
    "kathleen_mcinnes": (P, "Kathleen McInnes", ["Dr Kathleen McInnes", "McInnes"]), "samoa": (C, "Samoa", []),
    "mele_fonua": (P, "Mele Fonua", ["Fonua"]), "adb": (O, "Asian Development Bank", ["ADB"]),
    "sitiveni_rabuka": (P, "Sitiveni Rabuka", ["Rabuka"]),
    # 003 Rodanthe (AP)
    "rodanthe": (L, "Rodanthe", ["RODANTHE"]), "north_carolina": (L, "North Carolina", ["N.C."]),
    "outer_banks": (L, "Outer Banks", []), "atlantic_ocean": (L, "Atlantic Ocean", []),
    "nps": (O, "National Park Service", []), "ocean_drive": (L, "Ocean Drive", []),
    "david_hallac": (P, "David Hallac", ["Hallac"]), "cape_hatteras": (O, "Cape Hatteras National Seashore", []),
    "manteo": (L, "Manteo", []), "usgs": (O, "U.S. Geological Survey", ["Geological Survey"]),
    "east_coast": (L, "East Coast", []), "dare_county_board": (O, "Dare County Board of Commissioners", []),
    "bob_woodard": (P, "Bob Woodard", ["Woodard"]), "josh_stein": (P, "Josh Stein", ["Stein"]),
    "general_assembly": (O, "General Assembly", []), "jessica_whitley": (P, "Jessica Whitley", ["Whitley"]),
    "nfip": (O, "National Flood Insurance Program", []), "fema": (O, "Federal Emergency Management Agency", ["FEMA"]),
    "jaclyn_rothenberg": (P, "Jaclyn Rothenberg", ["Rothenberg"]), "rob_moore": (P, "Rob Moore", ["Moore"]),
    "nrdc": (O, "Natural Resources Defense Council", []), "congress": (O, "Congress", []),
    "ncuia": (O, "North Carolina Insurance Underwriting Association", []),
    "greg_murphy": (P, "Greg Murphy", ["Murphy"]), "republican_party": (O, "Republican Party", ["Republican"]),
    "army_corps": (O, "Army Corps of Engineers", []), "andrew_coburn": (P, "Andrew Coburn", ["Coburn"]),
    "wcu": (O, "Western Carolina University", []), "tom_kelly": (P, "Tom Kelly", ["Kelly"]), "raleigh": (L, "Raleigh", []),
    # 004 Wamberal (ABC)
    "wamberal": (L, "Wamberal", []), "central_coast": (L, "Central Coast", []),
    "nsw": (L, "New South Wales", ["NSW"]), "central_coast_council": (O, "Central Coast Council", []),
    "ica": (O, "Insurance Council of Australia", ["ICA", "Insurance Council"]), "rik_hart": (P, "Rik Hart", ["Hart"]),
    "wamberal_protection_association": (O, "Wamberal Protection Association", []),
    "kate_dunstan": (P, "Kate Dunstan", ["Ms Dunstan", "Dunstan"]),
    "surfrider": (O, "Surfrider Foundation Australia", []), "terrigal": (L, "Terrigal", []),
    "north_wamberal": (L, "North Wamberal", []), "brendan_donohoe": (P, "Brendan Donohoe", ["Donohoe"]),
    "paul_scully": (P, "Paul Scully", ["Mr Scully", "Scully"]), "andrew_hall": (P, "Andrew Hall", ["Mr Hall", "Hall"]),
    "climate_council": (O, "Climate Council", []), "andrew_short": (P, "Andrew Short", ["Professor Andrew Short", "Professor Short"]),
    "university_of_sydney": (O, "University of Sydney", []), "peter_ferreira": (P, "Peter Ferreira", ["Ferreira"]),
    "ocean_view_drive": (L, "Ocean View Drive", []), "chris_bowen": (P, "Chris Bowen", ["Bowen"]),
    "disaster_ready_fund": (O, "Disaster Ready Fund", []), "nsw_government": (O, "NSW government", []),
    # 005 Portrane (Irish Times)
    "portrane": (L, "Portrane", []), "dublin": (L, "Co Dublin", ["Dublin", "County Dublin"]),
    "fingal_county_council": (O, "Fingal County Council", []), "the_burrow": (L, "the Burrow", ["Burrow"]),
    "portrane_cpg": (O, "Portrane Coastal Protection Group", []),
    "niamh_cassidy": (P, "Niamh Cassidy", ["Ms Cassidy", "Cassidy"]), "tom_doyle": (P, "Tom Doyle", ["Mr Doyle", "Doyle"]),
    "rush": (L, "Rush", []), "opw": (O, "Office of Public Works", ["OPW"]),
    "dept_housing": (O, "Department of Housing", []),
    "kevin_moran": (P, "Kevin Moran", ["Kevin \"Boxer\" Moran", "Mr Moran", "Moran"]),
    "insurance_ireland": (O, "Insurance Ireland", []), "moyagh_murdock": (P, "Moyagh Murdock", ["Ms Murdock", "Murdock"]),
    "labour_ie": (O, "Labour Party", ["Labour"]), "ciaran_ahern": (P, "Ciarán Ahern", ["Ciaran Ahern", "Ahern"]),
    "darragh_obrien": (P, "Darragh O'Brien", ["O'Brien"]), "cabinet": (O, "Cabinet", []),
    "social_democrats": (O, "Social Democrats", []), "jennifer_whitmore": (P, "Jennifer Whitmore", ["Whitmore"]),
    "epa": (O, "Environmental Protection Agency", ["EPA"]),
    "robert_devoy": (P, "Robert Devoy", ["Prof Robert Devoy", "Devoy"]), "ucc": (O, "University College Cork", []),
    "gerard_nolan": (P, "Gerard Nolan", ["Nolan"]), "fingal": (L, "Fingal", []),
    # outlets and journalists (optional)
    "bbc": (O, "BBC", ["BBC News"]), "alex_barnett": (P, "Alex Barnett", []),
    "reuters": (O, "Reuters", []), "kirsty_needham": (P, "Kirsty Needham", []), "lagi_tavita": (P, "Lagi Tavita", []),
    "michael_perry": (P, "Michael Perry", []),
    "ap": (O, "Associated Press", ["The Associated Press", "AP"]), "jeffrey_collins": (P, "Jeffrey Collins", ["JEFFREY COLLINS"]),
    "allen_breed": (P, "Allen G. Breed", ["ALLEN G. BREED", "Breed"]),
    "abc": (O, "ABC", ["ABC Central Coast"]), "jake_lapham": (P, "Jake Lapham", []),
    "irish_times": (O, "The Irish Times", ["Irish Times"]), "olivia_kelleher": (P, "Olivia Kelleher", []),
}

PLACE_IN = {
    "hemsby": "norfolk", "happisburgh": "norfolk", "norfolk": "england", "england": "united_kingdom",
    "the_marrams": "hemsby", "east_yorkshire": "england",
    "funafuti": "tuvalu", "fongafale": "funafuti", "sydney": "australia", "canberra": "australia", "suva": "fiji",
    "north_carolina": "united_states", "rodanthe": "north_carolina", "outer_banks": "north_carolina",
    "manteo": "north_carolina", "raleigh": "north_carolina", "ocean_drive": "rodanthe",
    "nsw": "australia", "central_coast": "nsw", "wamberal": "nsw", "terrigal": "nsw", "north_wamberal": "nsw",
    "ocean_view_drive": "wamberal",
    "dublin": "ireland", "portrane": "dublin", "rush": "dublin", "fingal": "dublin", "the_burrow": "portrane",
}

SAME = {
    # a capital standing for its state (set157's Washington and Ottawa, set162's Rome)
    "canberra": "australia",
    # a state's government named as a body (set162's Scottish government, set152's correction 2)
    "nsw_government": "nsw",
}
