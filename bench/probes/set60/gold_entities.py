"""Entities of probe set 60 (humanitarian aid and relief; ids are set-wide), the places they lie in,
and same_actor."""
P, O, C, L = "Person", "Organization", "Country", "Place"

ENT = {
    # countries
    "yemen": (C, "Yemen", []), "saudi_arabia": (C, "Saudi Arabia", []), "turkey": (C, "Türkiye", ["Turkey"]),
    "bangladesh": (C, "Bangladesh", []), "myanmar": (C, "Myanmar", []), "malaysia": (C, "Malaysia", []),
    "united_states": (C, "United States", ["US", "U.S."]), "united_kingdom": (C, "United Kingdom", ["UK", "Britain"]),
    "sudan": (C, "Sudan", []), "kenya": (C, "Kenya", []), "syria": (C, "Syria", []), "germany": (C, "Germany", []),
    "norway": (C, "Norway", []), "lebanon": (C, "Lebanon", []), "jordan": (C, "Jordan", []), "iraq": (C, "Iraq", []),
    "kuwait": (C, "Kuwait", []), "qatar": (C, "Qatar", []), "uae": (C, "United Arab Emirates", ["UAE"]),
    # capitals and seats standing for states
    "dhaka": (L, "Dhaka", []), "washington": (L, "Washington", []), "port_sudan": (L, "Port Sudan", []),
    "kuala_lumpur": (L, "Kuala Lumpur", []), "naypyitaw": (L, "Naypyitaw", []), "brussels": (L, "Brussels", []),
    "damascus": (L, "Damascus", []), "beirut": (L, "Beirut", []), "nairobi": (L, "Nairobi", []),
    # other places
    "istanbul": (L, "Istanbul", []), "saada": (L, "Saada", ["Saada province", "Saada city"]), "sanaa": (L, "Sanaa", []),
    "aden": (L, "Aden", []), "hajjah": (L, "Hajjah", []), "new_york": (L, "New York", []),
    "cox_s_bazar": (L, "Cox's Bazar", []), "geneva": (L, "Geneva", []), "ukhiya": (L, "Ukhiya", []),
    "camp_13": (L, "Camp 13", []), "kutupalong": (L, "Kutupalong", []), "rakhine": (L, "Rakhine", ["Rakhine state"]),
    "kadugli": (L, "Kadugli", []), "south_kordofan": (L, "South Kordofan", []), "dilling": (L, "Dilling", []),
    "kordofan": (L, "Kordofan", []), "adre": (L, "Adre", ["Adre crossing"]), "el_fasher": (L, "El Fasher", []),
    "el_obeid": (L, "El Obeid", []),
    "subang": (L, "Subang", ["Subang air base"]), "mandalay": (L, "Mandalay", []), "sagaing": (L, "Sagaing", []),
    "magway": (L, "Magway", []), "wisma_putra": (L, "Wisma Putra", []),
    "idlib": (L, "Idlib", []), "aleppo": (L, "Aleppo", []),
    # international bodies
    "united_nations": (O, "United Nations", ["UN", "U.N."]),
    "wfp": (O, "World Food Programme", ["WFP", "World Food Program", "UN World Food Programme"]),
    "ocha": (O, "OCHA", ["UN Office for the Coordination of Humanitarian Affairs",
                         "U.N. Office for the Coordination of Humanitarian Affairs"]),
    "ipc": (O, "Integrated Food Security Phase Classification", ["IPC"]),
    "famine_review_committee": (O, "Famine Review Committee", []),
    "unicef": (O, "UNICEF", []), "unhcr": (O, "UNHCR", ["U.N. refugee agency"]),
    "who": (O, "World Health Organization", ["WHO"]),
    "un_security_council": (O, "U.N. Security Council", ["UN Security Council", "Security Council"]),
    "european_union": (O, "European Union", ["EU"]), "european_commission": (O, "European Commission", []),
    "asean": (O, "Asean", ["ASEAN"]),
    "aha_centre": (O, "AHA Centre", ["Asean Coordinating Centre for Humanitarian Assistance on disaster management"]),
    "ifrc": (O, "International Federation of Red Cross and Red Crescent Societies", ["IFRC"]),
    # NGOs
    "nrc": (O, "Norwegian Refugee Council", ["NRC"]), "msf": (O, "Médecins Sans Frontières", ["MSF"]),
    "mercy_corps": (O, "Mercy Corps", []), "irc": (O, "International Rescue Committee", ["IRC"]),
    "sams": (O, "Syrian American Medical Society", ["SAMS"]), "fortify_rights": (O, "Fortify Rights", []),
    "mercy_malaysia": (O, "Mercy Malaysia", []),
    "mhf": (O, "Malaysian Humanitarian Foundation", ["MHF"]),
    "mrcs": (O, "Malaysian Red Crescent Society", ["MRCS"]),
    # Yemen and Türkiye
    "houthis": (O, "Houthis", ["Houthi authorities"]),
    "scmcha": (O, "Supreme Council for the Management and Coordination of Humanitarian Affairs", ["SCMCHA"]),
    "yemeni_government": (O, "Yemeni government", ["internationally recognized government", "Aden government"]),
    "yemen_central_bank": (O, "Central Bank of Yemen", ["Yemen's central bank", "Yemeni central bank"]),
    "afad": (O, "AFAD", []), "turkish_red_crescent": (O, "Turkish Red Crescent", []),
    # Bangladesh
    "rrrc": (O, "Refugee Relief and Repatriation Commission", ["RRRC"]),
    "bangladesh_government": (O, "Bangladesh government", ["interim government"]),
    "us_embassy_dhaka": (O, "US embassy in Dhaka", ["US embassy"]),
    "bangladesh_bank": (O, "Bangladesh Bank", []), "arakan_army": (O, "Arakan Army", []),
    # Sudan
    "rsf": (O, "Rapid Support Forces", ["RSF"]), "splm_n": (O, "SPLM-North", []),
    "sudanese_army": (O, "Sudanese army", []),
    "sudanese_government": (O, "Sudanese government", ["army-aligned government"]),
    "state_department": (O, "State Department", []),
    # Malaysia and Myanmar
    "smart": (O, "Special Malaysia Disaster Assistance and Rescue Team", ["Smart"]),
    "malaysian_armed_forces": (O, "Malaysian Armed Forces", []),
    "myanmar_authorities": (O, "Myanmar authorities", []),
    "myanmar_government": (O, "Myanmar government", ["military-led government", "junta"]),
    "ndmc": (O, "National Disaster Management Committee", []),
    # Syria
    "syrian_authorities": (O, "Syrian authorities", []),
    # outlets and platforms (optional)
    "anadolu": (O, "Anadolu", ["Anadolu Agency"]), "saba": (O, "Saba", ["Saba news agency"]),
    "x_platform": (O, "X", []), "telegram": (O, "Telegram", []), "facebook": (O, "Facebook", []),
    "daily_star": (O, "The Daily Star", ["Daily Star"]), "voa": (O, "VOA", ["Voice of America"]),
    "reuters": (O, "Reuters", []), "afp": (O, "AFP", ["Agence France-Presse"]), "mrtv": (O, "MRTV", []),
    "new_straits_times": (O, "New Straits Times", []), "devex": (O, "Devex", []),
    # people: Yemen
    "marta_lindqvist": (P, "Marta Lindqvist", ["Lindqvist"]),
    "abdulrahman_al_mahdi": (P, "Abdulrahman al-Mahdi", ["al-Mahdi"]),
    "tom_fletcher": (P, "Tom Fletcher", ["Fletcher"]),
    "wael_hamid": (P, "Wael Hamid", ["Hamid"]),
    "ingrid_solberg": (P, "Ingrid Solberg", ["Solberg"]),
    "antonio_guterres": (P, "Antonio Guterres", ["Guterres", "António Guterres"]),
    "stephane_dujarric": (P, "Stephane Dujarric", ["Dujarric"]),
    # people: Bangladesh
    "mohammad_shamsul_alam": (P, "Mohammad Shamsul Alam", ["Alam"]),
    "touhid_hossain": (P, "Touhid Hossain", ["Hossain"]),
    "nadia_rahman": (P, "Nadia Rahman", ["Rahman"]),
    "mohammed_yunus_arman": (P, "Mohammed Yunus Arman", ["Arman"]),
    "farhana_akter": (P, "Farhana Akter", ["Akter", "Dr Farhana Akter", "Dr Akter"]),
    "jenny_chapman": (P, "Jenny Chapman", ["Chapman"]),
    "salehuddin_rahman_mia": (P, "Salehuddin Rahman Mia", []),
    # people: Sudan
    "hassan_doumbia": (P, "Hassan Doumbia", ["Doumbia"]),
    "salwa_adam_benaya": (P, "Salwa Adam Benaya", ["Benaya"]),
    "laurent_bukera": (P, "Laurent Bukera", ["Bukera"]),
    "ibrahim": (P, "Ibrahim", []),
    "amina_hassan_ali": (P, "Amina Hassan Ali", []),
    # people: Malaysia and Myanmar
    "mohamad_hasan": (P, "Mohamad Hasan", ["Datuk Seri Mohamad Hasan", "Mohamad"]),
    "anwar_ibrahim": (P, "Anwar Ibrahim", ["Datuk Seri Anwar Ibrahim", "Anwar"]),
    "kao_kim_hourn": (P, "Kao Kim Hourn", ["Dr Kao Kim Hourn"]),
    "ahmad_faizal_perdaus": (P, "Ahmad Faizal Perdaus", ["Datuk Dr Ahmad Faizal Perdaus", "Dr Ahmad Faizal"]),
    "mohamad_alamin": (P, "Mohamad Alamin", ["Datuk Mohamad Alamin"]),
    "alexander_matheou": (P, "Alexander Matheou", ["Matheou"]),
    "hishamuddin_hashim": (P, "Hishamuddin Hashim", ["Hishamuddin"]),
    # people: Syria donor conference
    "hadja_lahbib": (P, "Hadja Lahbib", ["Lahbib"]),
    "erik_vandermeer": (P, "Erik Vandermeer", ["Vandermeer"]),
    "lina_haddad": (P, "Lina Haddad", ["Haddad"]),
    "karim_osseiran": (P, "Karim Osseiran", ["Osseiran"]),
    "asaad_al_shaibani": (P, "Asaad al-Shaibani", ["al-Shaibani"]),
}

PLACE_IN = {
    "saada": "yemen", "sanaa": "yemen", "aden": "yemen", "hajjah": "yemen", "istanbul": "turkey",
    "new_york": "united_states", "washington": "united_states",
    "dhaka": "bangladesh", "cox_s_bazar": "bangladesh", "ukhiya": "cox_s_bazar", "camp_13": "ukhiya",
    "kutupalong": "ukhiya", "rakhine": "myanmar", "geneva": "switzerland_unlisted",
    "kadugli": "south_kordofan", "dilling": "south_kordofan", "south_kordofan": "sudan", "kordofan": "sudan",
    "adre": "chad_unlisted", "el_fasher": "sudan", "el_obeid": "kordofan", "port_sudan": "sudan", "nairobi": "kenya",
    "kuala_lumpur": "malaysia", "subang": "malaysia", "wisma_putra": "malaysia", "mandalay": "myanmar",
    "sagaing": "myanmar", "magway": "myanmar", "naypyitaw": "myanmar",
    "brussels": "belgium_unlisted", "damascus": "syria", "beirut": "lebanon", "idlib": "syria", "aleppo": "syria",
}

SAME = {"dhaka": "bangladesh", "washington": "united_states", "port_sudan": "sudan", "kuala_lumpur": "malaysia",
        "naypyitaw": "myanmar", "brussels": "european_union", "damascus": "syria", "beirut": "lebanon",
        "nairobi": "kenya",
        # a government is a body of its own that stands for its state (sets 16, 21, 43 and 47)
        "yemeni_government": "yemen", "bangladesh_government": "bangladesh", "sudanese_government": "sudan",
        "myanmar_government": "myanmar"}
