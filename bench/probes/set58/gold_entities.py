"""Entities of probe set 58 (pensions, welfare and social security; ids are set-wide), the places
they lie in, and same_actor."""
P, O, C, L = "Person", "Organization", "Country", "Place"

ENT = {
    # countries
    "france": (C, "France", []), "japan": (C, "Japan", []),
    "united_kingdom": (C, "United Kingdom", ["UK", "Britain"]), "netherlands": (C, "Netherlands", ["the Netherlands"]),
    "belgium": (C, "Belgium", []), "germany": (C, "Germany", []),
    # capitals and seats standing for states
    "paris": (L, "Paris", []), "amsterdam": (L, "Amsterdam", []), "brussels": (L, "Brussels", []),
    "london": (L, "London", []),
    # other places
    "montreuil": (L, "Montreuil", []), "saitama": (L, "Saitama Prefecture", ["Saitama"]),
    "england": (L, "England", []), "wales": (L, "Wales", []), "gateshead": (L, "Gateshead", []),
    "stoke_on_trent_central": (L, "Stoke-on-Trent Central", []),
    "the_hague": (L, "The Hague", []), "frankfurt": (L, "Frankfurt", []),
    "gare_du_midi": (L, "Gare du Midi", ["South Station"]), "north_station": (L, "North Station", []),
    "boulevard_emile_jacqmain": (L, "Boulevard Emile Jacqmain", []),
    "flanders": (L, "Flanders", []), "wallonia": (L, "Wallonia", []), "liege": (L, "Liège", ["Liege"]),
    "anderlecht": (L, "Anderlecht", []),
    # France
    "french_government": (O, "French government", []),
    "cgt": (O, "CGT", []), "cfdt": (O, "CFDT", []), "french_senate": (O, "Senate", ["French Senate"]),
    "french_national_assembly": (O, "National Assembly", []),
    "socialist_party": (O, "Socialist Party", ["Socialists"]),
    "sncf": (O, "SNCF", []), "ratp": (O, "RATP", []), "medef": (O, "Medef", []),
    "ofce": (O, "OFCE", []), "elabe": (O, "Elabe", ["Elabe institute"]),
    "ensemble_solidaires": (O, "Ensemble & Solidaires", []),
    # Japan
    "japanese_government": (O, "Japanese government", ["Takaichi government"]),
    "gpif": (O, "Government Pension Investment Fund", ["GPIF"]),
    "japan_health_ministry": (O, "health ministry", ["Health Ministry", "Ministry of Health, Labour and Welfare"]),
    "japan_lower_house": (O, "Lower House", ["House of Representatives"]),
    "cdp": (O, "Constitutional Democratic Party of Japan", ["CDP"]),
    "keidanren": (O, "Keidanren", []), "rengo": (O, "Japanese Trade Union Confederation", ["Rengo"]),
    "keio_university": (O, "Keio University", []), "diet": (O, "Diet", []),
    # United Kingdom
    "british_government": (O, "British government", ["UK government"]),
    "dwp": (O, "Department for Work and Pensions", ["DWP"]),
    "scope": (O, "Scope", []), "mind": (O, "Mind", []), "disability_rights_uk": (O, "Disability Rights UK", []),
    "labour_party": (O, "Labour", ["Labour Party"]), "conservative_party": (O, "Conservatives", ["Conservative Party"]),
    "house_of_commons": (O, "Commons", ["House of Commons"]),
    "resolution_foundation": (O, "Resolution Foundation", []),
    "cpag": (O, "Child Poverty Action Group", ["CPAG"]),
    # Netherlands
    "abp": (O, "ABP", []), "pfzw": (O, "PFZW", []),
    "dnb": (O, "De Nederlandsche Bank", ["DNB", "Dutch central bank"]),
    "ing": (O, "ING", []), "pensioenfederatie": (O, "Pensioenfederatie", ["Dutch federation of pension funds"]),
    "dutch_parliament": (O, "Dutch parliament", ["parliament"]),
    "pvv": (O, "PVV", []), "allianz_gi": (O, "Allianz Global Investors", []),
    "dutch_social_affairs_ministry": (O, "Dutch Ministry of Social Affairs", ["Ministry of Social Affairs"]),
    # Belgium
    "belgian_government": (O, "Belgian government", ["federal government"]),
    "fgtb": (O, "FGTB", []), "federal_parliament": (O, "federal parliament", []),
    "brussels_police": (O, "Brussels police", []), "acv_csc": (O, "ACV-CSC", []),
    "brussels_airport": (O, "Brussels Airport", []), "charleroi_airport": (O, "Charleroi Airport", []),
    "feb_vbo": (O, "Federation of Belgian Enterprises", ["FEB-VBO"]),
    "stib": (O, "STIB", []), "sncb": (O, "SNCB", []),
    "federal_planning_bureau": (O, "Federal Planning Bureau", []),
    "aclvb_cgslb": (O, "ACLVB-CGSLB", []), "arizona_coalition": (O, "Arizona coalition", []),
    # outlets and platforms (optional)
    "dpa": (O, "dpa", []), "france_info": (O, "France Info", []), "bfmtv": (O, "BFMTV", []),
    "x_platform": (O, "X", []), "japan_times": (O, "The Japan Times", []), "itv_news": (O, "ITV News", []),
    "ft": (O, "Financial Times", []), "brussels_times": (O, "The Brussels Times", []),
    "linkedin": (O, "LinkedIn", []), "topix": (O, "Topix", ["Topix index"]),
    # people: France
    "sophie_binet": (P, "Sophie Binet", ["Binet"]),
    "sebastien_lecornu": (P, "Sébastien Lecornu", ["Lecornu"]),
    "jean_pierre_farandou": (P, "Jean-Pierre Farandou", ["Farandou"]),
    "elisabeth_doineau": (P, "Élisabeth Doineau", ["Doineau"]),
    "olivier_faure": (P, "Olivier Faure", ["Faure"]),
    "marylise_leon": (P, "Marylise Léon", ["Léon"]),
    "patrick_martin": (P, "Patrick Martin", ["Martin"]),
    "mathieu_rivoire": (P, "Mathieu Rivoire", ["Rivoire"]),
    "elisabeth_borne": (P, "Élisabeth Borne", ["Borne"]),
    # people: Japan
    "kentaro_ishida": (P, "Kentaro Ishida", []),
    "minoru_kihara": (P, "Minoru Kihara", ["Kihara"]),
    "yuki_nakagawa": (P, "Yuki Nakagawa", ["Nakagawa"]),
    "yoshinobu_tsutsui": (P, "Yoshinobu Tsutsui", ["Tsutsui"]),
    "tomoko_yoshino": (P, "Tomoko Yoshino", ["Yoshino"]),
    "hiroko_tanabe": (P, "Hiroko Tanabe", ["Tanabe"]),
    "takeshi_moriyama": (P, "Takeshi Moriyama", ["Moriyama"]),
    "masataka_miyazono": (P, "Masataka Miyazono", ["Miyazono"]),
    "sanae_takaichi": (P, "Sanae Takaichi", ["Takaichi"]),
    # people: United Kingdom
    "rachel_amadi": (P, "Rachel Amadi", []),
    "pat_mcfadden": (P, "Pat McFadden", ["McFadden", "Mr McFadden"]),
    "helen_okafor": (P, "Helen Okafor", ["Okafor"]),
    "gareth_lyle": (P, "Gareth Lyle", ["Lyle"]),
    "helen_whately": (P, "Helen Whately", ["Whately"]),
    "rachel_reeves": (P, "Rachel Reeves", ["Reeves"]),
    "daniel_mercer": (P, "Daniel Mercer", ["Mercer"]),
    "marcus_lindqvist": (P, "Marcus Lindqvist", ["Lindqvist"]),
    "stephen_timms": (P, "Stephen Timms", ["Timms", "Sir Stephen", "Sir Stephen Timms"]),
    # people: Netherlands
    "lukas_de_vries": (P, "Lukas de Vries", []), "harriet_cole": (P, "Harriet Cole", []),
    "pieter_hoekstra": (P, "Pieter Hoekstra", ["Hoekstra", "Mr Hoekstra"]),
    "anouk_verbeek": (P, "Anouk Verbeek", ["Verbeek", "Ms Verbeek"]),
    "maarten_schouten": (P, "Maarten Schouten", ["Schouten", "Mr Schouten"]),
    "ingrid_maasland": (P, "Ingrid Maasland", ["Maasland"]),
    "geert_wilders": (P, "Geert Wilders", ["Wilders"]),
    "julia_brandt": (P, "Julia Brandt", ["Brandt"]),
    # people: Belgium
    "thierry_bodson": (P, "Thierry Bodson", ["Bodson"]),
    "bart_de_wever": (P, "Bart De Wever", ["De Wever"]),
    "jan_jambon": (P, "Jan Jambon", ["Jambon"]),
    "nadia_el_amrani": (P, "Nadia El Amrani", ["El Amrani"]),
    "pieter_timmermans": (P, "Pieter Timmermans", ["Timmermans"]),
    "olivier_valentin": (P, "Olivier Valentin", ["Valentin"]),
}

PLACE_IN = {
    "paris": "france", "montreuil": "france",
    "saitama": "japan",
    "london": "united_kingdom", "england": "united_kingdom", "wales": "united_kingdom",
    "gateshead": "england", "stoke_on_trent_central": "england",
    "amsterdam": "netherlands", "the_hague": "netherlands", "frankfurt": "germany",
    "brussels": "belgium", "gare_du_midi": "brussels", "north_station": "brussels",
    "boulevard_emile_jacqmain": "brussels", "flanders": "belgium", "wallonia": "belgium", "liege": "wallonia",
    "anderlecht": "brussels",
}

SAME = {"paris": "france", "london": "united_kingdom", "amsterdam": "netherlands", "brussels": "belgium",
        # a government is a body of its own that stands for its state (sets 16, 21, 43 and 47)
        "french_government": "france", "japanese_government": "japan", "british_government": "united_kingdom",
        "belgian_government": "belgium"}
