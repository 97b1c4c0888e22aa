"""Entities of probe set 68 (military coups, juntas and transitions of power; ids are set-wide), the
places they lie in, and same_actor."""
P, O, C, L = "Person", "Organization", "Country", "Place"

ENT = {
    # countries (Lukanda, Mareni, Kivara, Anzara and Valdoria are invented)
    "lukanda": (C, "Lukanda", []), "mareni": (C, "Mareni", []), "kivara": (C, "Kivara", []),
    "anzara": (C, "Anzara", []), "valdoria": (C, "Valdoria", []),
    "nigeria": (C, "Nigeria", []), "united_states": (C, "United States", ["U.S.", "US"]),
    "france": (C, "France", []), "senegal": (C, "Senegal", []), "russia": (C, "Russia", []),
    "ivory_coast": (C, "Ivory Coast", ["Côte d'Ivoire"]), "morocco": (C, "Morocco", []),
    "uganda": (C, "Uganda", []), "kenya": (C, "Kenya", []),
    "united_kingdom": (C, "United Kingdom", ["UK", "Britain"]), "china": (C, "China", []),
    "brazil": (C, "Brazil", []),
    # cities and other places
    "dakar": (L, "Dakar", []), "sabou": (L, "Sabou", []), "abuja": (L, "Abuja", []),
    "washington": (L, "Washington", []),
    "tenar": (L, "Ténar", ["Tenar"]), "abidjan": (L, "Abidjan", []), "rabat": (L, "Rabat", []),
    "lomasi": (L, "Lomasi", []), "nairobi": (L, "Nairobi", []),
    "port_selang": (L, "Port Selang", []), "government_house": (L, "Government House", []),
    "san_telmo": (L, "San Telmo", []), "puerto_lindo": (L, "Puerto Lindo", []), "brasilia": (L, "Brasília", ["Brasilia"]),
    # international bodies
    "united_nations": (O, "United Nations", ["UN", "U.N."]),
    "ecowas": (O, "Economic Community of West African States", ["ECOWAS", "Ecowas"]),
    "african_union": (O, "African Union", ["AU"]),
    "au_psc": (O, "Peace and Security Council", ["African Union's Peace and Security Council"]),
    "european_union": (O, "European Union", ["EU"]),
    "eac": (O, "East African Community", ["EAC"]),
    "oas": (O, "Organization of American States", ["OAS"]),
    "amnesty": (O, "Amnesty International", ["Amnesty"]),
    "hrw": (O, "Human Rights Watch", ["HRW"]),
    "us_state_department": (O, "State Department", ["US State Department", "U.S. State Department"]),
    # 001 Lukanda
    "moussa_tembely": (P, "Moussa Tembely", ["Tembely"]),
    "ncsp": (O, "National Committee for the Salvation of the People", ["committee", "junta"]),
    "idrissa_kande": (P, "Idrissa Kande", ["Kande", "Colonel Idrissa Kande"]),
    "rdp": (O, "Rally for Democracy and Progress", []),
    "ibrahim_adeyemi": (P, "Ibrahim Adeyemi", ["Adeyemi"]),
    "amina_diallo": (P, "Amina Diallo", []),
    "antonio_guterres": (P, "Antonio Guterres", ["Guterres"]),
    "seydou_traore": (P, "Seydou Traore", ["Captain Seydou Traore"]),
    "oumar_sidibe": (P, "Oumar Sidibe", []),
    "fatoumata_keita": (P, "Fatoumata Keita", []),
    "bakary_sangare": (P, "Bakary Sangare", []),
    "sahel_research_group": (O, "Sahel Research Group", []),
    # 002 Mareni
    "mareni_government": (O, "Marenian government", ["Mareni's military government", "military government", "junta"]),
    "ousmane_darbo": (P, "Ousmane Darbo", ["Darbo", "Captain Ousmane Darbo"]),
    "ntc_mareni": (O, "National Transitional Council", []),
    "mahamadou_sanogo": (P, "Mahamadou Sanogo", []),
    "idris_kone": (P, "Idris Kone", ["Kone"]),
    "cdf": (O, "Coalition of Democratic Forces", ["coalition"]),
    "boubacar_coulibaly": (P, "Boubacar Coulibaly", ["Coulibaly"]),
    "fatou_camara": (P, "Fatou Camara", []),
    "elena_marchetti": (P, "Elena Marchetti", []),
    "abdoulaye_maiga": (P, "Abdoulaye Maiga", []),
    "aissata_toure": (P, "Aïssata Toure", ["Aissata Toure"]),
    "moussa_keita": (P, "Moussa Keita", []),
    "youssef_benali": (P, "Youssef Benali", []),
    "policy_center": (O, "Policy Center for the New South", []),
    # 003 Kivara
    "joseph_mwangaza": (P, "Joseph Mwangaza", ["Gen Mwangaza", "Mwangaza", "Gen Joseph Mwangaza"]),
    "daniel_okello": (P, "Daniel Okello", ["Mr Okello", "Okello"]),
    "mary_achieng": (P, "Mary Achieng", []),
    "ppm": (O, "People's Progressive Movement", []),
    "peter_lutalo": (P, "Peter Lutalo", ["Mr Lutalo"]),
    "ruth_okello": (P, "Ruth Okello", []),
    "uk_foreign_office": (O, "Foreign Office", ["UK Foreign Office"]),
    "khrc": (O, "Kivara Human Rights Commission", []),
    "esther_naliaka": (P, "Esther Naliaka", []),
    "kivara_law_society": (O, "Kivara Law Society", []),
    "samuel_wekesa": (P, "Samuel Wekesa", []),
    "council_of_churches": (O, "Council of Churches", []),
    "thomas_ndege": (P, "Thomas Ndege", ["Archbishop Thomas Ndege"]),
    "halima_yusuf": (P, "Halima Yusuf", ["Dr Halima Yusuf"]),
    "iss": (O, "Institute for Security Studies", []),
    "benjamin_oduya": (P, "Benjamin Oduya", ["Col Benjamin Oduya"]),
    # 004 Anzara
    "arun_sakdiphan": (P, "Arun Sakdiphan", ["Arun", "Gen Arun Sakdiphan"]),
    "niran_chaiwat": (P, "Niran Chaiwat", ["Niran"]),
    "national_unity": (O, "National Unity party", ["National Unity"]),
    "sirinya_thepsuwan": (P, "Sirinya Thepsuwan", ["Sirinya"]),
    "future_forward": (O, "Future Forward", ["Future Forward movement"]),
    "anzara_government": (O, "Anzaran government", ["government", "new government"]),
    "priya_venkataraman": (P, "Priya Venkataraman", []),
    "us_embassy": (O, "US embassy", ["US embassy in Port Selang"]),
    "chatchai_wongsawat": (P, "Chatchai Wongsawat", ["Gen Chatchai Wongsawat"]),
    "tavit_kongsiri": (P, "Tavit Kongsiri", []),
    "chulan_university": (O, "Chulan University", []),
    "election_commission": (O, "election commission", ["Election Commission"]),
    "somsak_pradit": (P, "Somsak Pradit", []),
    # 005 Valdoria
    "rafael_montalvo": (P, "Rafael Montalvo", ["General Montalvo", "Montalvo", "Gen. Rafael Montalvo"]),
    "elena_rios": (P, "Elena Ríos", ["Ms. Ríos", "Ríos"]),
    "valdoria_junta": (O, "junta", ["ruling junta", "Valdoria's ruling junta"]),
    "defense_ministry": (O, "Defense Ministry", []),
    "msj": (O, "Movement for Social Justice", []),
    "congress_valdoria": (O, "Congress", []),
    "andres_villalobos": (P, "Andrés Villalobos", []),
    "marco_albuquerque": (P, "Marco Albuquerque", ["Mr. Albuquerque"]),
    "thomas_reilly": (P, "Thomas Reilly", []),
    "luisa_moraes": (P, "Luísa Moraes", []),
    "hernan_quispe": (P, "Hernán Quispe", ["Col. Hernán Quispe"]),
    "beatriz_salazar": (P, "Beatriz Salazar", []),
    "national_university_san_telmo": (O, "National University of San Telmo", []),
    "national_mining_chamber": (O, "National Mining Chamber", []),
    "rosa_mamani": (P, "Rosa Mamani", []),
    # outlets and journalists (optional)
    "reuters": (O, "Reuters", []), "amadou_sy": (P, "Amadou Sy", []), "claire_ndiaye": (P, "Claire Ndiaye", []),
    "felix_onuah": (P, "Felix Onuah", []), "michelle_nichols": (P, "Michelle Nichols", []),
    "joe_bavier": (P, "Joe Bavier", []), "alex_richardson": (P, "Alex Richardson", []),
    "al_jazeera": (O, "Al Jazeera", []), "nadia_haroun": (P, "Nadia Haroun", []),
    "bbc": (O, "BBC", ["BBC News"]), "grace_wanjiru": (P, "Grace Wanjiru", []),
    "guardian": (O, "The Guardian", ["Guardian"]), "laura_whitcombe": (P, "Laura Whitcombe", []),
    "nyt": (O, "The New York Times", ["New York Times"]), "daniel_ferreira": (P, "Daniel Ferreira", []),
    "julia_santos": (P, "Julia Santos", []),
}

PLACE_IN = {
    "dakar": "senegal", "sabou": "lukanda", "abuja": "nigeria", "washington": "united_states",
    "tenar": "mareni", "abidjan": "ivory_coast", "rabat": "morocco",
    "lomasi": "kivara", "nairobi": "kenya",
    "port_selang": "anzara", "government_house": "port_selang",
    "san_telmo": "valdoria", "puerto_lindo": "valdoria", "brasilia": "brazil",
}

SAME = {
    # capitals standing for their state
    "sabou": "lukanda", "abuja": "nigeria", "washington": "united_states", "tenar": "mareni", "lomasi": "kivara",
    "port_selang": "anzara", "san_telmo": "valdoria", "brasilia": "brazil", "dakar": "senegal", "nairobi": "kenya",
    "rabat": "morocco",
    # a government is a body of its own that stands for its state (sets 16, 21, 43 and 47); a junta that
    # has governed for years (Mareni's, Valdoria's) is its state's government; Lukanda's committee, a day
    # old and recognised by nobody, is a body of its own
    "mareni_government": "mareni", "anzara_government": "anzara", "valdoria_junta": "valdoria",
    # corrections after the first run (README): an embassy speaks as the state that sends it (set 33's
    # convention)
    "us_embassy": "united_states",
}
