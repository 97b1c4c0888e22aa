"""Entities of probe set 134 (knife crime and youth violence: police powers, stop and search,
mayors, victims' families, charities and sentencing; ids are set-wide), the places they lie in,
and same_actor."""
P, O, C, L = "Person", "Organization", "Country", "Place"

ENT = {
    # countries, nations and shared bodies
    "united_kingdom": (C, "United Kingdom", ["Britain", "UK"]), "england": (L, "England", []), "wales": (L, "Wales", []),
    "australia": (C, "Australia", []), "france": (C, "France", []),
    "home_office": (O, "Home Office", []), "ons": (O, "Office for National Statistics", ["ONS"]),
    "met_police": (O, "Metropolitan Police", ["Metropolitan police"]),
    "uk_conservatives": (O, "Conservative Party", ["Conservatives"]),
    "uk_parliament": (O, "parliament", []),
    # UK places
    "london": (L, "London", []), "birmingham": (L, "Birmingham", []), "manchester": (L, "Manchester", []),
    "croydon": (L, "Croydon", []), "lewisham": (L, "Lewisham", []), "catford": (L, "Catford", []),
    "ladywell": (L, "Ladywell", []), "lewisham_high_street": (L, "Lewisham High Street", []),
    "old_bailey": (O, "Old Bailey", []), "city_hall": (O, "City Hall", []),
    "west_midlands": (L, "West Midlands", []), "wolverhampton": (L, "Wolverhampton", []), "coventry": (L, "Coventry", []),
    "black_country": (L, "Black Country", []), "handsworth": (L, "Handsworth", []),
    "birmingham_crown_court": (O, "Birmingham Crown Court", []),
    # 001 stop and search (Reuters)
    "shabana_mahmood": (P, "Shabana Mahmood", ["Mahmood"]), "mark_rowley": (P, "Mark Rowley", ["Rowley"]),
    "akiko_hart": (P, "Akiko Hart", ["Hart"]), "liberty": (O, "Liberty", []),
    "npcc": (O, "National Police Chiefs' Council", ["NPCC"]), "chris_philp": (P, "Chris Philp", ["Philp"]),
    "patrick_green": (P, "Patrick Green", ["Green"]), "ben_kinsella_trust": (O, "Ben Kinsella Trust", []),
    "marcus_adeyemi": (P, "Marcus Adeyemi", ["Adeyemi"]),
    "iopc": (O, "Independent Office for Police Conduct", ["IOPC"]), "boris_johnson": (P, "Boris Johnson", ["Johnson"]),
    # 002 knife arches (Guardian)
    "sadiq_khan": (P, "Sadiq Khan", ["Khan"]), "kai_osei": (P, "Kai Osei", ["Kai"]),
    "abena_osei": (P, "Abena Osei", ["Osei"]), "calloway": (P, "Mr Justice Calloway", ["Calloway"]),
    "daniel_osei": (P, "Daniel Osei", ["Daniel"]), "richard_hermer": (P, "Richard Hermer", ["Hermer"]),
    "court_of_appeal": (O, "court of appeal", []),
    "london_vru": (O, "Violence Reduction Unit", ["VRU", "London's Violence Reduction Unit"]),
    "lib_peck": (P, "Lib Peck", ["Peck"]), "robert_jenrick": (P, "Robert Jenrick", ["Jenrick"]),
    "david_lammy": (P, "David Lammy", ["Lammy"]), "fiona_garside": (P, "Fiona Garside", ["Garside"]),
    "mothers_against_blades": (O, "Mothers Against Blades", []),
    "moj": (O, "Ministry of Justice", ["MoJ"]), "laura_whitcombe": (P, "Laura Whitcombe", ["Whitcombe"]),
    # 003 West Midlands (BBC)
    "wmp": (O, "West Midlands Police", ["WMP"]), "craig_guildford": (P, "Craig Guildford", ["Guildford"]),
    "simon_foster": (P, "Simon Foster", ["Foster"]), "richard_parker": (P, "Richard Parker", ["Parker"]),
    "jordan_blake": (P, "Jordan Blake", ["Jordan"]), "winston_blake": (P, "Winston Blake", ["Blake"]),
    "safe_streets_collective": (O, "Safe Streets Collective", []), "aisha_rahman": (P, "Aisha Rahman", ["Rahman"]),
    "emmanuel_okoro": (P, "Emmanuel Okoro", ["Okoro"]), "new_covenant_church": (O, "New Covenant church", []),
    "birmingham_city_council": (O, "Birmingham City Council", []), "nasreen_ali": (P, "Nasreen Ali", ["Ali"]),
    # 004 Queensland (ABC)
    "queensland": (L, "Queensland", []), "gold_coast": (L, "Gold Coast", []), "brisbane": (L, "Brisbane", []),
    "ipswich": (L, "Ipswich", []), "townsville": (L, "Townsville", []), "cairns": (L, "Cairns", []),
    "parliament_house": (L, "Parliament House", []), "ipswich_station": (L, "Ipswich train station", []),
    "dan_purdie": (P, "Dan Purdie", ["Purdie"]), "qps": (O, "Queensland Police Service", ["QPS"]),
    "david_crisafulli": (P, "David Crisafulli", ["Crisafulli"]),
    "sentencing_advisory_council": (O, "Sentencing Advisory Council", []),
    "liam_hartigan": (P, "Liam Hartigan", ["Liam"]), "renee_hartigan": (P, "Renee Hartigan", ["Hartigan"]),
    "steven_miles": (P, "Steven Miles", ["Miles"]), "au_labor": (O, "Labor", ["Australian Labor Party"]),
    "michael_cope": (P, "Michael Cope", ["Cope"]), "qccl": (O, "Queensland Council for Civil Liberties", ["QCCL"]),
    "high_court": (O, "High Court", []), "sisters_inside": (O, "Sisters Inside", []),
    "natalie_dwyer": (P, "Natalie Dwyer", ["Dwyer"]), "steve_gollschewski": (P, "Steve Gollschewski", ["Gollschewski"]),
    "ellen_brennock": (P, "Ellen Brennock", ["Brennock"]), "qld_parliament": (O, "state parliament", []),
    # 005 France (AFP)
    "nantes": (L, "Nantes", []), "nogent": (L, "Nogent", []), "haute_marne": (L, "Haute-Marne", []),
    "laurent_nunez": (P, "Laurent Nunez", ["Nunez"]), "nantes_prosecutor": (O, "Nantes prosecutor's office", []),
    "lycee_jules_verne": (O, "Lycee Jules-Verne", []), "yanis": (P, "Yanis B.", ["Yanis"]),
    "edouard_geffray": (P, "Edouard Geffray", ["Geffray"]), "gerald_darmanin": (P, "Gerald Darmanin", ["Darmanin"]),
    "fr_justice_ministry": (O, "justice ministry", []),
    "sophie_venetitay": (P, "Sophie Venetitay", ["Venetitay"]), "snes_fsu": (O, "SNES-FSU", []),
    "fcpe": (O, "FCPE", []), "gregory_mourier": (P, "Gregory Mourier", ["Mourier"]),
    "fr_education_ministry": (O, "education ministry", []), "karim_benali": (P, "Karim Benali", ["Benali"]),
    "johanna_rolland": (P, "Johanna Rolland", ["Rolland"]), "fr_interior_ministry": (O, "interior ministry", []),
    "rn": (O, "National Rally", ["RN"]), "jordan_bardella": (P, "Jordan Bardella", ["Bardella"]),
    "laurent_mucchielli": (P, "Laurent Mucchielli", ["Mucchielli"]),
    "cnrs": (O, "National Centre for Scientific Research", ["CNRS"]),
    # outlets and journalists (optional)
    "reuters": (O, "Reuters", []), "alistair_pryce": (P, "Alistair Pryce", []), "nadia_karim": (P, "Nadia Karim", []),
    "helen_marsh": (P, "Helen Marsh", []),
    "guardian": (O, "The Guardian", ["Guardian"]), "martha_ellison": (P, "Martha Ellison", []), "priya_raman": (P, "Priya Raman", []),
    "bbc": (O, "BBC", []), "bbc_midlands_today": (O, "BBC Midlands Today", []), "bbc_action_line": (O, "BBC Action Line", []),
    "hannah_corrie": (P, "Hannah Corrie", []),
    "abc": (O, "ABC", []), "tom_wiggins": (P, "Tom Wiggins", []),
    "afp": (O, "AFP", []), "france_inter": (O, "France Inter", []),
}

PLACE_IN = {
    "england": "united_kingdom", "wales": "united_kingdom", "london": "england", "birmingham": "west_midlands",
    "manchester": "england", "croydon": "london", "lewisham": "london", "catford": "lewisham", "ladywell": "lewisham",
    "lewisham_high_street": "lewisham", "west_midlands": "england", "wolverhampton": "west_midlands",
    "coventry": "west_midlands", "black_country": "west_midlands", "handsworth": "birmingham",
    "queensland": "australia", "gold_coast": "queensland", "brisbane": "queensland", "ipswich": "queensland",
    "townsville": "queensland", "cairns": "queensland", "parliament_house": "brisbane", "ipswich_station": "ipswich",
    "nantes": "france", "nogent": "haute_marne", "haute_marne": "france",
}

SAME = {}
