"""Entities of probe set 140 (forced labour in supply chains: import bans, customs seizures, corporate
due-diligence laws, audits, brands, NGOs' reports and governments' replies; ids are set-wide), the
places they lie in, and same_actor."""
P, O, C, L = "Person", "Organization", "Country", "Place"

ENT = {
    # countries, capitals and shared bodies
    "united_states": (C, "United States", ["US", "U.S."]), "washington": (L, "Washington", []),
    "china": (C, "China", []), "beijing": (L, "Beijing", []), "xinjiang": (L, "Xinjiang", []),
    "malaysia": (C, "Malaysia", []), "putrajaya": (L, "Putrajaya", []), "vietnam": (C, "Vietnam", []),
    "united_kingdom": (C, "United Kingdom", ["UK"]), "london": (L, "London", []),
    "india": (C, "India", []), "germany": (C, "Germany", []), "berlin": (L, "Berlin", []),
    "eu": (O, "European Union", ["EU"]), "european_commission": (O, "European Commission", []),
    "brussels": (L, "Brussels", []), "belgium": (C, "Belgium", []), "netherlands": (C, "Netherlands", []),
    "europe": (L, "Europe", []), "asia": (L, "Asia", []),
    "cbp": (O, "U.S. Customs and Border Protection", ["CBP", "US Customs and Border Protection", "Customs and Border Protection"]),
    "us_democrats": (O, "Democratic Party", ["Democrat", "Democrats"]), "us_republicans": (O, "Republican Party", ["Republican"]),
    "uk_conservatives": (O, "Conservative Party", ["Conservatives"]),
    # a state named by its government or authorities (set66's "Indian government", set122's; same_actor)
    "indian_government": (O, "Indian government", []), "malaysian_government": (O, "Malaysian government", []),
    "german_authorities": (O, "German authorities", []),
    # 001 places
    "new_jersey": (L, "New Jersey", []), "tucson": (L, "Tucson", []), "arizona": (L, "Arizona", []),
    "long_beach": (L, "Long Beach", []), "california": (L, "California", []), "oregon": (L, "Oregon", []),
    "seattle": (L, "Seattle", []),
    # 002 places
    "drc": (C, "Democratic Republic of Congo", ["Democratic Republic of the Congo", "DR Congo"]),
    "uzbekistan": (C, "Uzbekistan", []), "rotterdam": (L, "Rotterdam", []), "antwerp": (L, "Antwerp", []),
    # 003 places
    "andhra_pradesh": (L, "Andhra Pradesh", []), "amaravati": (L, "Amaravati", []), "hull": (L, "Hull", []),
    # 004 places
    "bavaria": (L, "Bavaria", []), "ingolstadt": (L, "Ingolstadt", []), "eschborn": (L, "Eschborn", []),
    "frankfurt": (L, "Frankfurt", []), "urumqi": (L, "Urumqi", []),
    # 005 places
    "klang": (L, "Klang", []), "ipoh": (L, "Ipoh", []), "shah_alam": (L, "Shah Alam", []),
    "kuala_lumpur": (L, "Kuala Lumpur", []), "nepal": (C, "Nepal", []), "bangladesh": (C, "Bangladesh", []),
    "petaling_jaya": (L, "Petaling Jaya", []),
    # 001 US customs (AP)
    "mara_whitfield": (P, "Mara Whitfield", ["Whitfield"]),
    "chris_smith": (P, "Chris Smith", ["Smith"]),
    "dhs": (O, "Department of Homeland Security", ["Homeland Security"]),
    "kristi_noem": (P, "Kristi Noem", ["Noem"]),
    "china_fm": (O, "China's Foreign Ministry", ["Chinese Foreign Ministry", "Foreign Ministry"]),
    "lin_jian": (P, "Lin Jian", ["Lin"]),
    "seia": (O, "Solar Energy Industries Association", ["SEIA"]), "tomas_ridley": (P, "Tomas Ridley", ["Ridley"]),
    "nathan_oduya": (P, "Nathan Oduya", ["Oduya"]),
    "scip": (O, "Supply Chain Integrity Project", []), "leah_brandvold": (P, "Leah Brandvold", ["Brandvold"]),
    "auto_alliance": (O, "Alliance for Automotive Innovation", []),
    "fletf": (O, "Forced Labor Enforcement Task Force", []),
    "jeff_merkley": (P, "Jeff Merkley", ["Merkley"]),
    "corinne_abalos": (P, "Corinne Abalos", ["Abalos"]), "harlan_pryce": (O, "Harlan & Pryce", []),
    # 002 EU (Financial Times)
    "maros_sefcovic": (P, "Maroš Šefčovič", ["Šefčovič", "Maros Sefcovic", "Sefcovic"]),
    "fetr": (O, "Federation of European Textile Retailers", ["FETR"]),
    "mathilde_corvisart": (P, "Mathilde Corvisart", ["Corvisart"]),
    "norrvik": (O, "Norrvik", []), "ingrid_sandell": (P, "Ingrid Sandell", ["Sandell"]),
    "fair_threads": (O, "Fair Threads Europe", []), "joost_van_haeren": (P, "Joost van Haeren", ["van Haeren"]),
    "bernd_lange": (P, "Bernd Lange", ["Lange"]),
    "spd": (O, "Social Democratic Party", ["Social Democrat", "SPD"]),
    "european_parliament": (O, "European Parliament", ["European parliament"]),
    "ep_trade_committee": (O, "European Parliament's trade committee", ["trade committee", "European parliament's trade committee"]),
    "china_commerce": (O, "China's commerce ministry", ["Chinese commerce ministry", "Ministry of Commerce"]),
    "dutch_customs": (O, "Dutch customs administration", ["Dutch customs"]),
    "nikolai_brandt": (P, "Nikolai Brandt", ["Brandt"]), "verhoef_lindqvist": (O, "Verhoef Lindqvist", []),
    # 003 UK (BBC)
    "ethical_catch": (O, "Ethical Catch", []), "samira_okafor": (P, "Samira Okafor", ["Okafor"]),
    "halcombe": (O, "Halcombe", []), "priory_foods": (O, "Priory Foods", []), "westmere": (O, "Westmere", []),
    "dunmores": (O, "Dunmore's", ["Dunmore"]),
    "mpeda": (O, "Marine Products Export Development Authority", ["MPEDA"]),
    "k_atchannaidu": (P, "K Atchannaidu", ["Atchannaidu"]),
    "eleanor_lyons": (P, "Eleanor Lyons", ["Lyons"]),
    "peter_kyle": (P, "Peter Kyle", ["Kyle"]), "andrew_griffith": (P, "Andrew Griffith", ["Griffith"]),
    "marcus_whitlow": (P, "Marcus Whitlow", ["Whitlow"]),
    "brc": (O, "British Retail Consortium", ["BRC"]),
    "arjun_menon": (P, "Arjun Menon", ["Menon"]), "uni_nottingham": (O, "University of Nottingham", []),
    "indian_high_commission": (O, "Indian High Commission", ["High Commission"]),
    "dbt": (O, "Department for Business and Trade", []),
    # 004 Germany (DW)
    "bafa": (O, "Federal Office for Economic Affairs and Export Control", ["BAFA"]),
    "brenntal": (O, "Brenntal Automotive", ["Brenntal"]),
    "torsten_safarik": (P, "Torsten Safarik", ["Safarik"]),
    "klaus_oberdorfer": (P, "Klaus Oberdorfer", ["Oberdorfer"]),
    "friedrich_merz": (P, "Friedrich Merz", ["Merz"]),
    "bdi": (O, "Federation of German Industries", ["BDI"]), "tanja_gonner": (P, "Tanja Gönner", ["Gönner", "Tanja Gonner"]),
    "barbel_bas": (P, "Bärbel Bas", ["Bas", "Barbel Bas"]), "bundestag": (O, "Bundestag", []),
    "ig_metall": (O, "IG Metall", []), "johanna_reuter": (P, "Johanna Reuter", ["Reuter"]),
    "initiative_lkg": (O, "Initiative Lieferkettengesetz", []),
    "china_embassy_berlin": (O, "China's embassy in Berlin", ["Chinese embassy"]),
    "german_foreign_office": (O, "Foreign Office", ["German Foreign Office", "Federal Foreign Office"]),
    "volkswagen": (O, "Volkswagen", []), "bmw": (O, "BMW", []), "mercedes_benz": (O, "Mercedes-Benz", []),
    "daniel_ostrowski": (P, "Daniel Ostrowski", ["Ostrowski"]),
    "kiel_institute": (O, "Kiel Institute for the World Economy", []),
    # 005 Malaysia (The Star)
    "steven_sim": (P, "Steven Sim", ["Sim"]),
    "selatan_medik": (O, "Selatan Medik Bhd", ["Selatan Medik"]),
    "us_embassy_kl": (O, "US embassy in Kuala Lumpur", ["US embassy"]),
    "bursa_malaysia": (O, "Bursa Malaysia", []),
    "lim_kah_seng": (P, "Lim Kah Seng", ["Lim"]),
    "margma": (O, "Malaysian Rubber Glove Manufacturers Association", ["Margma"]),
    "supramaniam_shanmugam": (P, "Supramaniam Shanmugam", ["Supramaniam"]),
    "johari_abdul_ghani": (P, "Johari Abdul Ghani", ["Johari"]),
    "andy_hall": (P, "Andy Hall", ["Hall"]),
    "tenaganita": (O, "Tenaganita", []), "glorene_das": (P, "Glorene Das", ["Das"]),
    # outlets and journalists (optional)
    "ap": (O, "Associated Press", ["The Associated Press", "AP"]), "dana_kellerman": (P, "Dana Kellerman", ["DANA KELLERMAN"]),
    "ellen_zhao": (P, "Ellen Zhao", []),
    "ft": (O, "Financial Times", ["FT"]), "alice_hanford": (P, "Alice Hanford", []), "tom_gresley": (P, "Tom Gresley", []),
    "bbc": (O, "BBC", ["BBC News"]), "bbc_radio_4": (O, "BBC Radio 4", []), "helen_marchant": (P, "Helen Marchant", []),
    "dw": (O, "DW", ["Deutsche Welle"]), "handelsblatt": (O, "Handelsblatt", []), "anja_weber": (P, "Anja Weber", []),
    "rana_taha": (P, "Rana Taha", []), "reuters": (O, "Reuters", []), "dpa": (O, "dpa", []), "afp": (O, "AFP", []),
    "the_star": (O, "The Star", []), "nur_adilah_razak": (P, "Nur Adilah Razak", ["NUR ADILAH RAZAK"]),
}

PLACE_IN = {
    "washington": "united_states", "beijing": "china", "xinjiang": "china", "putrajaya": "malaysia",
    "london": "united_kingdom", "berlin": "germany", "brussels": "belgium",
    "new_jersey": "united_states", "tucson": "arizona", "arizona": "united_states", "long_beach": "california",
    "california": "united_states", "oregon": "united_states", "seattle": "united_states",
    "rotterdam": "netherlands", "antwerp": "belgium",
    "andhra_pradesh": "india", "amaravati": "andhra_pradesh", "hull": "united_kingdom",
    "bavaria": "germany", "ingolstadt": "bavaria", "eschborn": "germany", "frankfurt": "germany", "urumqi": "xinjiang",
    "klang": "malaysia", "ipoh": "malaysia", "shah_alam": "malaysia", "kuala_lumpur": "malaysia",
    "petaling_jaya": "malaysia",
}

SAME = {
    # capitals stand for their state
    "washington": "united_states", "beijing": "china", "putrajaya": "malaysia", "berlin": "germany",
    # a state's government or authorities named by its adjective are the state (gold correction 1)
    "indian_government": "india", "malaysian_government": "malaysia", "german_authorities": "germany",
}
