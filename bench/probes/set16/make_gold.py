#!/usr/bin/env python3
"""Writes gold.json for probe set 16 (war and conflict reporting) and checks it against the articles:
every quote, evidence and role evidence must occur in its article, every actor used must be defined
and listed in the article's entities (or optional_entities).  usage: make_gold.py [OUT]"""
import json, pathlib, re, sys

HERE = pathlib.Path(__file__).parent
P, O, C, L = "Person", "Organization", "Country", "Place"

ENT = {
    # countries
    "sudan": (C, "Sudan", []), "chad": (C, "Chad", []),
    "united_arab_emirates": (C, "United Arab Emirates", ["UAE"]),
    "ukraine": (C, "Ukraine", []), "russia": (C, "Russia", ["Russian Federation"]),
    "myanmar": (C, "Myanmar", ["Burma"]), "thailand": (C, "Thailand", []), "malaysia": (C, "Malaysia", []),
    "dr_congo": (C, "Democratic Republic of the Congo", ["DR Congo", "DRC", "Congo", "Democratic Republic of Congo"]),
    "rwanda": (C, "Rwanda", []), "angola": (C, "Angola", []),
    "united_states": (C, "United States", ["US", "U.S.", "USA", "United States of America"]),
    "yemen": (C, "Yemen", []), "liberia": (C, "Liberia", []), "israel": (C, "Israel", []),
    "philippines": (C, "Philippines", ["the Philippines"]), "india": (C, "India", []), "iran": (C, "Iran", []),
    "egypt": (C, "Egypt", []), "saudi_arabia": (C, "Saudi Arabia", []), "greece": (C, "Greece", []),
    "united_kingdom": (C, "United Kingdom", ["UK", "Britain", "Great Britain"]),
    "armenia": (C, "Armenia", []), "azerbaijan": (C, "Azerbaijan", []),
    # capitals standing for their state (same_actor)
    "moscow": (L, "Moscow", []), "kyiv": (L, "Kyiv", ["Kiev"]), "kigali": (L, "Kigali", []),
    "kinshasa": (L, "Kinshasa", []), "washington": (L, "Washington", ["Washington, D.C."]),
    "baku": (L, "Baku", []), "yerevan": (L, "Yerevan", []), "kremlin": (O, "Kremlin", ["the Kremlin", "The Kremlin"]),
    # international bodies and agencies
    "united_nations": (O, "United Nations", ["UN", "U.N."]),
    "un_security_council": (O, "UN Security Council", ["U.N. Security Council", "Security Council", "United Nations Security Council"]),
    "ocha": (O, "OCHA", ["United Nations Office for the Coordination of Humanitarian Affairs", "Office for the Coordination of Humanitarian Affairs", "UN OCHA"]),
    "wfp": (O, "World Food Programme", ["WFP", "World Food Program"]),
    "icrc": (O, "International Committee of the Red Cross", ["ICRC", "Red Cross"]),
    "asean": (O, "ASEAN", ["Association of Southeast Asian Nations"]),
    "msf": (O, "Médecins Sans Frontières", ["MSF", "Doctors Without Borders", "Medecins Sans Frontieres"]),
    "unhcr": (O, "UNHCR", ["UN refugee agency", "United Nations High Commissioner for Refugees"]),
    "monusco": (O, "Monusco", ["MONUSCO", "UN peacekeeping mission"]),
    "icj": (O, "International Court of Justice", ["ICJ"]),
    "imo": (O, "International Maritime Organization", ["IMO"]),
    "european_union": (O, "European Union", ["EU"]),
    "euma": (O, "European Union Monitoring Mission in Armenia", ["EUMA", "EU mission", "the EU mission", "The EU mission", "EU Monitoring Mission", "European Union Monitoring Mission"]),
    "us_state_department": (O, "State Department", ["US State Department", "U.S. State Department"]),
    "centcom": (O, "US Central Command", ["CENTCOM", "Central Command", "U.S. Central Command"]),
    # news outlets and platforms (optional entities)
    "reuters": (O, "Reuters", []), "ap": (O, "Associated Press", ["AP", "The Associated Press"]),
    "afp": (O, "AFP", ["Agence France-Presse"]), "bbc": (O, "BBC", []), "al_jazeera": (O, "Al Jazeera", []),
    "telegram": (O, "Telegram", []), "x_platform": (O, "X", []), "facebook": (O, "Facebook", []),
    "mrtv": (O, "MRTV", []), "azertac": (O, "Azertac", ["AZERTAC"]),
    # 001 Sudan
    "rsf": (O, "Rapid Support Forces", ["RSF"]),
    "sudanese_army": (O, "Sudanese Armed Forces", ["SAF", "Sudanese army", "Sudan's army"]),
    "sudanese_foreign_ministry": (O, "Sudanese foreign ministry", ["Sudan's foreign ministry", "Sudanese Foreign Ministry"]),
    "darfur_rights_monitor": (O, "Darfur Rights Monitor", []),
    "hassan_idris_karrar": (P, "Hassan Idris Karrar", ["Karrar", "Hassan Karrar"]),
    "amira_suleiman": (P, "Amira Suleiman", ["Suleiman"]),
    "lars_eklund": (P, "Lars Eklund", ["Eklund"]),
    "mustafa_tirab": (P, "Mustafa Tirab", ["Tirab"]),
    "um_kadada": (L, "Um Kadada", ["Umm Kadada"]), "north_darfur": (L, "North Darfur", ["North Darfur state"]),
    "el_fasher": (L, "El Fasher", ["Al-Fashir", "El-Fasher"]), "darfur": (L, "Darfur", []),
    "tawila": (L, "Tawila", []), "adre": (L, "Adre", ["Adré"]), "port_sudan": (L, "Port Sudan", []),
    "cairo": (L, "Cairo", []),
    # 002 Ukraine
    "russian_defense_ministry": (O, "Russian Defense Ministry", ["Defense Ministry", "Russia's Defense Ministry", "Russian Defence Ministry", "Russian Ministry of Defense"]),
    "ukraine_general_staff": (O, "General Staff of Ukraine", ["Ukraine's General Staff", "General Staff", "Ukrainian General Staff"]),
    "ukrainian_foreign_ministry": (O, "Ukrainian Foreign Ministry", ["Ukraine's Foreign Ministry", "Ukrainian foreign ministry"]),
    "khortytsia_group": (O, "Khortytsia operational group", ["Khortytsia"]),
    "vadym_fedorchuk": (P, "Vadym Fedorchuk", ["Fedorchuk"]),
    "andriy_marchuk": (P, "Andriy Marchuk", ["Marchuk"]),
    "serhii_levchuk": (P, "Serhii Levchuk", ["Levchuk"]),
    "oleg_tarasenko": (P, "Oleg Tarasenko", ["Tarasenko"]),
    "iryna_bohdan": (P, "Iryna Bohdan", ["Bohdan"]),
    "pascal_moreau": (P, "Pascal Moreau", ["Moreau"]),
    "lyudmyla_horbenko": (P, "Lyudmyla Horbenko", ["Horbenko"]),
    "kostiantynivka": (L, "Kostiantynivka", ["Konstantinovka"]),
    "donetsk_oblast": (L, "Donetsk Oblast", ["Donetsk region", "Donetsk"]),
    "kharkiv_oblast": (L, "Kharkiv Oblast", ["Kharkiv region", "Kharkiv"]),
    "dnipropetrovsk_oblast": (L, "Dnipropetrovsk Oblast", ["Dnipropetrovsk region", "Dnipropetrovsk"]),
    "bilohirka": (L, "Bilohirka", []), "nikopol": (L, "Nikopol", []),
    "belgorod_oblast": (L, "Belgorod Oblast", ["Belgorod region", "Belgorod"]),
    "kursk_oblast": (L, "Kursk Oblast", ["Kursk region", "Kursk"]),
    "bryansk_oblast": (L, "Bryansk Oblast", ["Bryansk region", "Bryansk"]),
    "shebekino": (L, "Shebekino", []), "dnieper": (L, "Dnieper", ["Dnieper River", "Dnipro"]),
    "zaporizhzhia_npp": (L, "Zaporizhzhia nuclear power plant", ["Zaporizhzhia"]),
    # 003 Myanmar
    "myanmar_junta": (O, "Myanmar military", ["junta", "the junta", "Myanmar junta", "Tatmadaw", "military junta"]),
    "kani_pdf": (O, "Kani People's Defence Force", ["PDF", "Kani PDF", "People's Defence Force"]),
    "myanmar_airwatch": (O, "Myanmar Airwatch Network", []),
    "arakan_army": (O, "Arakan Army", ["AA"]),
    "nug": (O, "National Unity Government", ["NUG"]),
    "aapp": (O, "Assistance Association for Political Prisoners", ["AAPP"]),
    "ko_thiha": (P, "Ko Thiha", ["Thiha"]),
    "zaw_lin_htut": (P, "Zaw Lin Htut", []),
    "naw_htoo_paw": (P, "Naw Htoo Paw", ["Htoo Paw"]),
    "khaing_min_naing": (P, "Khaing Min Naing", []),
    "ko_aung_myat_kyaw": (P, "Ko Aung Myat Kyaw", ["Aung Myat Kyaw"]),
    "elena_castellanos": (P, "Elena Castellanos", ["Castellanos"]),
    "sagaing_region": (L, "Sagaing Region", ["Sagaing", "Sagaing region"]),
    "kani_township": (L, "Kani", ["Kani township"]), "ywa_thit": (L, "Ywa Thit", []),
    "rakhine": (L, "Rakhine", ["Rakhine state", "Rakhine State"]), "ann": (L, "Ann", []),
    "yangon": (L, "Yangon", []), "bangkok": (L, "Bangkok", []), "geneva": (L, "Geneva", []),
    "kuala_lumpur": (L, "Kuala Lumpur", []),
    # 004 DR Congo
    "congolese_authorities": (O, "Congolese authorities", []),
    "congolese_army": (O, "FARDC", ["Congolese army", "Armed Forces of the Democratic Republic of the Congo", "Congo's army"]),
    "m23": (O, "M23", ["March 23 Movement", "M23 rebel group", "M23 rebels"]),
    "fdlr": (O, "FDLR", []),
    "masisi_csf": (O, "Masisi Civil Society Forum", []),
    "patrick_mwamba": (P, "Patrick Mwamba", ["Mwamba", "Mr Mwamba"]),
    "desire_kanyamuhanda": (P, "Désiré Kanyamuhanda", ["Kanyamuhanda", "Mr Kanyamuhanda", "Desire Kanyamuhanda"]),
    "claudine_uwase": (P, "Claudine Uwase", ["Uwase", "Ms Uwase"]),
    "aline_mukendi": (P, "Aline Mukendi", ["Mukendi", "Dr Aline Mukendi"]),
    "bahati_mirimo": (P, "Bahati Mirimo", ["Mirimo"]),
    "jean_pierre_lukusa": (P, "Jean-Pierre Lukusa", ["Lukusa"]),
    "sake": (L, "Sake", []), "north_kivu": (L, "North Kivu", ["North Kivu province"]), "goma": (L, "Goma", []),
    "lake_kivu": (L, "Lake Kivu", []), "rubaya": (L, "Rubaya", []),
    # 005 Red Sea
    "houthis": (O, "Houthis", ["Houthi", "Houthi rebels", "Houthi movement", "Ansar Allah", "the Houthis"]),
    "yemeni_government": (O, "Yemeni government", ["Yemen's government", "Yemen's internationally recognised government"]),
    "ukmto": (O, "United Kingdom Maritime Trade Operations", ["UKMTO", "UK Maritime Trade Operations"]),
    "kessaris_maritime": (O, "Kessaris Maritime", []),
    "philippine_dmw": (O, "Department of Migrant Workers", ["DMW", "Philippines' Department of Migrant Workers"]),
    "portwatch_analytics": (O, "Portwatch Analytics", []),
    "sanaa_center": (O, "Sanaa Center for Strategic Studies", ["Sanaa Center"]),
    "abdulmalik_al_sharafi": (P, "Abdulmalik al-Sharafi", ["al-Sharafi", "Al-Sharafi", "Sharafi"]),
    "hussein_al_ezzani": (P, "Hussein al-Ezzani", ["al-Ezzani", "Ezzani"]),
    "khaled_al_yafei": (P, "Khaled al-Yafei", ["al-Yafei", "Yafei"]),
    "nadia_al_haddad": (P, "Nadia al-Haddad", ["al-Haddad", "Al-Haddad", "Haddad"]),
    "red_sea": (L, "Red Sea", []), "gaza": (L, "Gaza", ["Gaza Strip"]), "hodeidah": (L, "Hodeidah", ["Hudaydah"]),
    "hodeidah_governorate": (L, "Hodeidah Governorate", ["Hodeidah province"]), "salif": (L, "Salif", []),
    "aden": (L, "Aden", []), "gulf_of_aden": (L, "Gulf of Aden", []), "sanaa": (L, "Sanaa", ["Sana'a"]),
    "bab_al_mandab": (L, "Bab al-Mandab Strait", ["Bab al-Mandab"]), "cape_of_good_hope": (L, "Cape of Good Hope", []),
    "suez_canal": (L, "Suez Canal", []), "tahrir_square": (L, "Tahrir Square", []), "palestine": (C, "Palestine", []),
    # 006 Armenia
    "armenian_mod": (O, "Armenian Defence Ministry", ["Ministry of Defence of Armenia", "Armenia's Defence Ministry", "Armenian Ministry of Defence", "Armenian Defense Ministry", "Armenian defence ministry"]),
    "azerbaijani_mod": (O, "Azerbaijani Defence Ministry", ["Azerbaijan's Ministry of Defence", "Azeri Ministry of Defence", "Azerbaijani Ministry of Defence", "Azerbaijani Defense Ministry", "Azerbaijani defence ministry"]),
    "armenian_government": (O, "Armenian government", ["Armenia's government"]),
    "russian_foreign_ministry": (O, "Russian Foreign Ministry", ["Russia's Foreign Ministry", "Russian foreign ministry"]),
    "armenia_alliance": (O, "Armenia Alliance", []),
    "gor_avetisyan": (P, "Gor Avetisyan", ["Avetisyan"]),
    "aram_torosyan": (P, "Aram Torosyan", ["Torosyan"]),
    "elnur_mammadli": (P, "Elnur Mammadli", ["Mammadli"]),
    "lilit_harutyunyan": (P, "Lilit Harutyunyan", ["Harutyunyan"]),
    "tigran_vardanyan": (P, "Tigran Vardanyan", ["Vardanyan"]),
    "samvel_grigoryan": (P, "Samvel Grigoryan", ["Grigoryan"]),
    "gayane_sargsyan": (P, "Gayane Sargsyan", ["Sargsyan"]),
    "artur_khachatryan": (P, "Artur Khachatryan", ["Khachatryan"]),
    "nerkin_hand": (L, "Nerkin Hand", []), "syunik": (L, "Syunik Province", ["Syunik", "Syunik province"]),
    "kapan": (L, "Kapan", []), "zangilan": (L, "Zangilan District", ["Zangilan", "Zangilan district"]),
    "gubadli": (L, "Gubadli District", ["Gubadli"]), "nakhchivan": (L, "Nakhchivan", ["Nakhchivan Autonomous Republic"]),
    "nagorno_karabakh": (L, "Nagorno-Karabakh", ["Karabakh"]),
}

PLACE_IN = {
    "um_kadada": "north_darfur", "el_fasher": "north_darfur", "tawila": "north_darfur", "north_darfur": "sudan",
    "darfur": "sudan", "port_sudan": "sudan", "adre": "chad", "cairo": "egypt",
    "kostiantynivka": "donetsk_oblast", "bilohirka": "donetsk_oblast", "donetsk_oblast": "ukraine",
    "nikopol": "dnipropetrovsk_oblast", "dnipropetrovsk_oblast": "ukraine", "kharkiv_oblast": "ukraine",
    "shebekino": "belgorod_oblast", "belgorod_oblast": "russia", "kursk_oblast": "russia", "bryansk_oblast": "russia",
    "kyiv": "ukraine", "moscow": "russia",
    "ywa_thit": "kani_township", "kani_township": "sagaing_region", "sagaing_region": "myanmar",
    "ann": "rakhine", "rakhine": "myanmar", "yangon": "myanmar", "bangkok": "thailand", "kuala_lumpur": "malaysia",
    "sake": "north_kivu", "goma": "north_kivu", "rubaya": "north_kivu", "north_kivu": "dr_congo",
    "kinshasa": "dr_congo", "kigali": "rwanda", "washington": "united_states",
    "hodeidah": "hodeidah_governorate", "salif": "hodeidah_governorate", "hodeidah_governorate": "yemen",
    "aden": "yemen", "sanaa": "yemen",
    "nerkin_hand": "syunik", "kapan": "syunik", "syunik": "armenia", "yerevan": "armenia",
    "zangilan": "azerbaijan", "gubadli": "azerbaijan", "nakhchivan": "azerbaijan", "baku": "azerbaijan",
    "nagorno_karabakh": "azerbaijan",
}
SAME = {"myanmar_junta": "myanmar", "yemeni_government": "yemen", "moscow": "russia", "kremlin": "russia", "kyiv": "ukraine", "kigali": "rwanda", "kinshasa": "dr_congo",
        "washington": "united_states", "baku": "azerbaijan", "yerevan": "armenia"}

from gold_articles import ARTICLES  # noqa: E402


def norm(s):
    return re.sub(r"\s+", " ", s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')).strip()


def build():
    out = {"about": "Probe set 16: invented war and conflict reports (six house styles). Entity ids are set-wide.",
           "entities": {k: {"type": t, "name": n, "aliases": sorted(set([n] + a))} for k, (t, n, a) in ENT.items()},
           "place_in": PLACE_IN, "same_actor": SAME, "articles": []}
    errors = []
    for a in ARTICLES:
        text = norm((HERE / "articles" / a["article"]).read_text(encoding="utf-8"))
        listed = set(a["entities"]) | set(a.get("optional_entities", []))
        def need(x, what):
            if x is None:
                return
            if x not in ENT:
                errors.append(f"{a['article']}: undefined {x} ({what})")
            elif x not in listed and SAME.get(x, x) not in listed:
                errors.append(f"{a['article']}: {x} not listed ({what})")
        def present(s, what):
            if norm(s) not in text:
                errors.append(f"{a['article']}: not in text ({what}): {s[:70]}")
        for x in listed:
            need(x, "entity")
        art = {"article": a["article"], "entities": a["entities"], "optional_entities": a.get("optional_entities", []),
               "roles": [], "quotes": [], "statements": [], "demands": []}
        for person, title, of, ev in a["roles"]:
            need(person, "role"); need(of, "role of"); present(ev, "role")
            art["roles"].append({"person": person, "title": title, "of": of, "evidence": ev})
        for sp, txt, about, cue in a["quotes"]:
            need(sp, "quote"); present(txt, "quote")
            for x in about:
                need(x, "quote about")
            art["quotes"].append({"speaker": sp, "text": txt, "about": about, "cue": cue})
        for st in a["statements"]:
            sp, cue, ev, about = st[:4]
            opt = len(st) > 4 and st[4]
            need(sp, "stmt"); present(ev, "stmt")
            for x in about:
                need(x, "stmt about")
            d = {"speaker": sp, "evidence": ev, "about": about, "cue": cue}
            if opt:
                d["optional"] = True
            art["statements"].append(d)
        for by, of, what, ev in a["demands"]:
            need(by, "demand by"); need(of, "demand of"); present(ev, "demand")
            art["demands"].append({"by": by, "of": of, "what": what, "evidence": ev})
        out["articles"].append(art)
    return out, errors


if __name__ == "__main__":
    gold, errors = build()
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    dest = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "gold.json"
    dest.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(dest, sum(len(a["quotes"]) for a in gold["articles"]), "quotes",
          sum(len(a["statements"]) for a in gold["articles"]), "statements",
          sum(len(a["demands"]) for a in gold["articles"]), "demands",
          sum(len(a["roles"]) for a in gold["articles"]), "roles")
