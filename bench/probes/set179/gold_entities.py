"""Entities of probe set 179 (resident and junior doctors' strikes and pay disputes: doctors'
unions, health ministers, hospital bosses, patients' groups, pay review bodies, arbitration and
court injunctions; ids are set-wide), the places they lie in, and same_actor."""
P, O, C, L = "Person", "Organization", "Country", "Place"

ENT = {
    # countries, places and bodies shared by the articles
    "united_kingdom": (C, "United Kingdom", ["UK", "Britain"]), "australia": (C, "Australia", []),
    "canada": (C, "Canada", []), "x_platform": (O, "X", []),
    # 001 resident doctors' strike in England (The Guardian)
    "england": (L, "England", []), "bma": (O, "British Medical Association", ["BMA"]),
    "wes_streeting": (P, "Wes Streeting", ["Streeting", "Mr Streeting"]),
    "ddrb": (O, "Review Body on Doctors' and Dentists' Remuneration", ["DDRB"]), "nhs": (O, "NHS", []),
    "melissa_ryan": (P, "Melissa Ryan", ["Dr Melissa Ryan", "Ryan"]),
    "ross_nieuwoudt": (P, "Ross Nieuwoudt", ["Dr Ross Nieuwoudt", "Nieuwoudt"]),
    "nhs_england": (O, "NHS England", []), "meghana_pandit": (P, "Meghana Pandit", ["Prof Meghana Pandit", "Pandit"]),
    "daniel_elkeles": (P, "Daniel Elkeles", ["Elkeles"]), "nhs_providers": (O, "NHS Providers", []),
    "patients_association": (O, "Patients Association", []), "rachel_power": (P, "Rachel Power", ["Power"]),
    "acas": (O, "Acas", []), "stuart_andrew": (P, "Stuart Andrew", ["Andrew"]),
    "downing_street": (O, "Downing Street", []), "tom_dolphin": (P, "Tom Dolphin", ["Dr Tom Dolphin", "Dolphin"]),
    "amira_haddad": (P, "Amira Haddad", ["Dr Amira Haddad", "Haddad"]), "leeds": (L, "Leeds", []),
    "rcem": (O, "Royal College of Emergency Medicine", []), "manchester": (L, "Manchester", []),
    "birmingham": (L, "Birmingham", []), "ian_higginson": (P, "Ian Higginson", ["Dr Ian Higginson", "Higginson"]),
    # 002 South Korea's trainee doctors (AFP)
    "south_korea": (C, "South Korea", ["S. Korea"]), "seoul": (L, "Seoul", []),
    "seoul_high_court": (O, "Seoul High Court", []), "cho_kyoo_hong": (P, "Cho Kyoo-hong", ["Cho"]),
    "sejong": (L, "Sejong", []), "park_min_soo": (P, "Park Min-soo", []),
    "park_dan": (P, "Park Dan", ["Park"]), "kira": (O, "Korean Intern Resident Association", ["KIRA"]),
    "facebook": (O, "Facebook", []), "kma_korea": (O, "Korea Medical Association", []),
    "supreme_court_korea": (O, "Supreme Court", []), "lim_hyun_taek": (P, "Lim Hyun-taek", ["Lim"]),
    "yoon_suk_yeol": (P, "Yoon Suk Yeol", ["Yoon"]), "snu": (O, "Seoul National University", []),
    "kim_sung_joo": (P, "Kim Sung-joo", ["Kim"]), "kcpra": (O, "Korea Cancer Patients Rights Association", []),
    "kapo": (O, "Korea Alliance of Patients Organisations", []), "national_assembly": (O, "National Assembly", []),
    "samsung_medical_center": (O, "Samsung Medical Center", []), "asan_medical_center": (O, "Asan Medical Center", []),
    "lee_jin_woo": (P, "Lee Jin-woo", ["Lee"]), "severance_hospital": (O, "Severance Hospital", []),
    "oecd": (O, "Organisation for Economic Co-operation and Development", ["OECD"]),
    "lee_jae_myung": (P, "Lee Jae-myung", []), "democratic_party_korea": (O, "Democratic Party", []),
    # 003 resident doctors' strike in New Zealand (NZ Herald)
    "new_zealand": (C, "New Zealand", []), "employment_court": (O, "Employment Court", []),
    "health_nz": (O, "Health New Zealand", ["Health NZ", "Health NZ - Te Whatu Ora", "Te Whatu Ora"]),
    "nzrda": (O, "New Zealand Resident Doctors' Association", ["NZRDA"]),
    "kathryn_beck": (P, "Kathryn Beck", ["Judge Kathryn Beck", "Beck"]),
    "deborah_powell": (P, "Deborah Powell", ["Dr Deborah Powell", "Powell"]),
    "andrew_slater": (P, "Andrew Slater", ["Slater"]), "healthline": (O, "Healthline", []),
    "simeon_brown": (P, "Simeon Brown", ["Brown"]), "lester_levy": (P, "Lester Levy", ["Professor Lester Levy", "Levy"]),
    "auckland": (L, "Auckland", []), "waikato": (L, "Waikato", []), "canterbury": (L, "Canterbury", []),
    "labour_nz": (O, "Labour", ["Labour Party"]), "ayesha_verrall": (P, "Ayesha Verrall", ["Dr Ayesha Verrall", "Verrall"]),
    "asms": (O, "Association of Salaried Medical Specialists", ["ASMS"]), "sarah_dalton": (P, "Sarah Dalton", ["Dalton"]),
    "patient_voice_aotearoa": (O, "Patient Voice Aotearoa", []), "malcolm_wright": (P, "Malcolm Wright", ["Wright"]),
    "era": (O, "Employment Relations Authority", []), "christchurch": (L, "Christchurch", []),
    "leanne_fowler": (P, "Leanne Fowler", ["Fowler"]), "christchurch_hospital": (O, "Christchurch Hospital", []),
    "whangarei": (L, "Whangārei", ["Whangarei"]), "nz_herald": (O, "New Zealand Herald", ["Herald", "NZ Herald"]),
    "hannah_ward": (P, "Hannah Ward", []),
    # 004 junior hospital doctors and the Labour Court (The Irish Times)
    "ireland": (C, "Ireland", []), "hse": (O, "Health Service Executive", ["HSE"]),
    "labour_court": (O, "Labour Court", []), "imo": (O, "Irish Medical Organisation", ["IMO"]),
    "dept_health_ie": (O, "Department of Health", []), "conor_keane": (P, "Conor Keane", ["Dr Conor Keane", "Keane"]),
    "uhl": (O, "University Hospital Limerick", []), "cuh": (O, "Cork University Hospital", []),
    "jennifer_carroll_macneill": (P, "Jennifer Carroll MacNeill", ["Ms Carroll MacNeill", "Carroll MacNeill"]),
    "bernard_gloster": (P, "Bernard Gloster", ["Mr Gloster", "Gloster"]), "oireachtas": (O, "Oireachtas", []),
    "jack_chambers": (P, "Jack Chambers", ["Chambers"]), "sinn_fein": (O, "Sinn Féin", ["Sinn Fein"]),
    "david_cullinane": (P, "David Cullinane", ["Cullinane"]),
    "ihca": (O, "Irish Hospital Consultants Association", ["IHCA"]), "martin_varley": (P, "Martin Varley", ["Varley"]),
    "stephen_mcmahon": (P, "Stephen McMahon", ["McMahon"]), "ipa": (O, "Irish Patients' Association", []),
    "galway": (L, "Galway", []), "limerick": (L, "Limerick", []),
    "aoife_brennan": (P, "Aoife Brennan", ["Dr Aoife Brennan", "Brennan"]), "st_james": (O, "St James's Hospital", []),
    "dublin": (L, "Dublin", []), "irish_times": (O, "The Irish Times", ["Irish Times"]), "paul_donnelly": (P, "Paul Donnelly", []),
    # 005 doctors' strike suspended in Kenya (Daily Nation)
    "kenya": (C, "Kenya", []), "elrc": (O, "Employment and Labour Relations Court", []),
    "council_of_governors": (O, "Council of Governors", []), "peter_nderitu": (P, "Peter Nderitu", ["Justice Peter Nderitu", "Nderitu"]),
    "kmpdu": (O, "Kenya Medical Practitioners, Pharmacists and Dentists Union", ["KMPDU"]),
    "moh_kenya": (O, "Ministry of Health", []), "davji_atellah": (P, "Davji Atellah", ["Dr Davji Atellah", "Dr Atellah", "Atellah"]),
    "nairobi": (L, "Nairobi", []), "src": (O, "Salaries and Remuneration Commission", ["SRC"]),
    "aden_duale": (P, "Aden Duale", ["Mr Duale", "Duale"]), "lyn_mengich": (P, "Lyn Mengich", ["Mengich"]),
    "muthomi_njuki": (P, "Muthomi Njuki", ["Mr Njuki", "Njuki"]), "tharaka_nithi": (L, "Tharaka Nithi", []),
    "knh": (O, "Kenyatta National Hospital", []), "mary_wanjiku": (P, "Mary Wanjiku", ["Wanjiku"]),
    "muranga": (L, "Murang'a", []), "kpra": (O, "Kenya Patients' Rights Association", []),
    "william_ruto": (P, "William Ruto", ["Ruto"]), "beatrice_akinyi": (P, "Beatrice Akinyi", ["Akinyi"]),
    "kma_kenya": (O, "Kenya Medical Association", ["KMA"]), "simon_kigondu": (P, "Simon Kigondu", ["Dr Simon Kigondu", "Kigondu"]),
    "lsk": (O, "Law Society of Kenya", []), "faith_odhiambo": (P, "Faith Odhiambo", ["Odhiambo"]),
    "kisumu": (L, "Kisumu", []), "kisumu_county": (O, "Kisumu County", []), "gregory_ganda": (P, "Gregory Ganda", ["Ganda"]),
    "mombasa": (L, "Mombasa", []), "abdulswamad_nassir": (P, "Abdulswamad Nassir", ["Nassir"]),
    "treasury_kenya": (O, "Treasury", ["National Treasury"]),
    # outlets and journalists (optional)
    "guardian": (O, "The Guardian", ["Guardian"]), "daniel_reyes": (P, "Daniel Reyes", []),
    "afp": (O, "AFP", ["Agence France-Presse"]), "ji_won_seo": (P, "Ji-won Seo", []),
    "nation": (O, "Nation", ["Daily Nation"]), "brian_otieno": (P, "Brian Otieno", []),
}

PLACE_IN = {
    "england": "united_kingdom", "leeds": "united_kingdom", "manchester": "united_kingdom",
    "birmingham": "united_kingdom", "seoul": "south_korea", "sejong": "south_korea",
    "auckland": "new_zealand", "waikato": "new_zealand", "canterbury": "new_zealand",
    "christchurch": "new_zealand", "whangarei": "new_zealand", "galway": "ireland", "limerick": "ireland",
    "dublin": "ireland", "nairobi": "kenya", "tharaka_nithi": "kenya", "muranga": "kenya", "kisumu": "kenya",
    "mombasa": "kenya",
}

SAME = {}
