#!/usr/bin/env python3
"""Writes gold.json for probe set 15 (multilateral diplomacy) in the format of shared/gold/seeds.json.
Evidence and quote texts are checked against the articles (quotes normalised)."""
import json, pathlib, re, sys

HERE = pathlib.Path(__file__).parent
E = {}
def ent(gid, typ, name, *aliases):
    E[gid] = {"type": typ, "name": name, "aliases": sorted(set([name, *aliases]))}
P = lambda gid, name, *a: ent(gid, "Person", name, *a)
O = lambda gid, name, *a: ent(gid, "Organization", name, *a)
C = lambda gid, name, *a: ent(gid, "Country", name, *a)
L = lambda gid, name, *a: ent(gid, "Place", name, *a)

# countries
C("turkey", "Turkey", "Türkiye", "Republic of Turkey")
C("south_africa", "South Africa", "SA", "Republic of South Africa")
C("china", "China", "People's Republic of China")
C("saudi_arabia", "Saudi Arabia", "Kingdom of Saudi Arabia")
C("tonga", "Tonga")
C("united_states", "United States", "US", "U.S.", "USA", "United States of America", "America")
C("azerbaijan", "Azerbaijan")
C("germany", "Germany")
C("sudan", "Sudan")
C("russia", "Russia", "Russian Federation")
C("united_kingdom", "United Kingdom", "UK", "U.K.", "Britain", "Great Britain")
C("chad", "Chad")
C("uganda", "Uganda")
C("switzerland", "Switzerland")
C("poland", "Poland")
C("italy", "Italy")
C("albania", "Albania")
C("spain", "Spain")
C("portugal", "Portugal")
C("hungary", "Hungary")
C("libya", "Libya")
C("tunisia", "Tunisia")
C("belgium", "Belgium")
C("canada", "Canada")
C("lebanon", "Lebanon")
C("estonia", "Estonia")
C("netherlands", "Netherlands", "the Netherlands")
C("ukraine", "Ukraine")
C("iran", "Iran", "Islamic Republic of Iran")
C("austria", "Austria")
C("france", "France")
C("qatar", "Qatar")
# places
L("antalya", "Antalya")
L("washington", "Washington", "Washington D.C.", "Washington, D.C.")
L("berlin", "Berlin")
L("beijing", "Beijing")
L("baku", "Baku")
L("el_fasher", "El Fasher", "El-Fasher")
L("north_darfur", "North Darfur")
L("darfur", "Darfur")
L("moscow", "Moscow")
L("port_sudan", "Port Sudan")
L("jeddah", "Jeddah")
L("geneva", "Geneva")
L("new_york", "New York", "New York City")
L("brussels", "Brussels")
L("warsaw", "Warsaw")
L("budapest", "Budapest")
L("europe", "Europe")
L("mediterranean", "Mediterranean", "Mediterranean Sea")
L("the_hague", "The Hague", "Hague")
L("baltic_states", "Baltic states")
L("ottawa", "Ottawa")
L("kyiv", "Kyiv", "Kiev")
L("london", "London")
L("tehran", "Tehran")
L("vienna", "Vienna")
L("fordow", "Fordow")
L("isfahan", "Isfahan")
L("middle_east", "Middle East")
L("pretoria", "Pretoria")
L("madrid", "Madrid")
L("limpopo", "Limpopo")
L("mpumalanga", "Mpumalanga")
L("eastern_cape", "Eastern Cape")
L("asia", "Asia")
L("johannesburg", "Johannesburg")
L("cape_town", "Cape Town")
# organisations
O("g77", "Group of 77 and China", "Group of 77", "G77", "G-77", "G77 and China")
O("european_union", "European Union", "EU", "E.U.")
O("saudi_energy_ministry", "Saudi energy ministry", "Saudi Energy Ministry", "energy ministry")
O("aosis", "Alliance of Small Island States", "AOSIS")
O("reuters", "Reuters")
O("us_congress", "Congress", "US Congress", "U.S. Congress")
O("klimawende_watch", "Klimawende Watch")
O("x_platform", "X")
O("telegram", "Telegram")
O("un_security_council", "UN Security Council", "U.N. Security Council", "Security Council", "United Nations Security Council")
O("united_nations", "United Nations", "UN", "U.N.")
O("sudanese_army", "Sudanese army", "Sudanese Armed Forces", "SAF")
O("rsf", "Rapid Support Forces", "RSF")
O("african_union", "African Union", "AU")
O("au_psc", "Peace and Security Council", "African Union Peace and Security Council")
O("relief_without_borders", "Relief Without Borders")
O("associated_press", "Associated Press", "The Associated Press", "AP")
O("general_assembly", "General Assembly", "UN General Assembly", "U.N. General Assembly")
O("european_commission", "European Commission", "Commission")
O("afp", "AFP", "Agence France-Presse")
O("unhcr", "UNHCR", "UN refugee agency")
O("mare_aperto", "Mare Aperto")
O("nato", "NATO", "Nato", "North Atlantic Treaty Organization")
O("bbc", "BBC")
O("german_defence_ministry", "German defence ministry", "German Defence Ministry", "defence ministry")
O("centre_for_atlantic_security", "Centre for Atlantic Security")
O("kremlin", "Kremlin", "the Kremlin")
O("iaea", "International Atomic Energy Agency", "IAEA")
O("iaea_board", "IAEA Board of Governors", "Board of Governors")
O("e3", "E3")
O("iran_foreign_ministry", "Iranian Foreign Ministry", "Iran's Foreign Ministry", "Foreign Ministry")
O("al_jazeera", "Al Jazeera")
O("iran_parliament", "Iranian parliament", "Majlis", "Iran's parliament")
O("npt", "Nuclear Non-Proliferation Treaty", "NPT")
O("state_department", "State Department", "US State Department", "Department of State")
O("qatar_mfa", "Qatari Ministry of Foreign Affairs", "Qatar's Ministry of Foreign Affairs", "Ministry of Foreign Affairs")
O("vienna_centre", "Vienna Centre for Disarmament Studies")
O("wto", "World Trade Organization", "WTO")
O("dtic", "Department of Trade, Industry and Competition", "DTIC", "department of trade, industry and competition")
O("business_day", "Business Day")
O("spain_agriculture_ministry", "Spanish agriculture ministry", "Spain's agriculture ministry", "agriculture ministry")
O("scef", "Southern Citrus Exporters Forum", "SCEF")
O("institute_for_trade_analysis", "Institute for Trade Analysis")
O("da", "Democratic Alliance", "DA")
O("eff", "Economic Freedom Fighters", "EFF")
O("dispute_settlement_body", "Dispute Settlement Body")
O("sa_parliament", "Parliament of South Africa", "parliament")
# people
P("nomvula_dlamini", "Nomvula Dlamini", "Dlamini")
P("henrik_vallgren", "Henrik Vallgren", "Vallgren")
P("faisal_al_harbi", "Faisal al-Harbi", "al-Harbi", "Al-Harbi", "Harbi")
P("tevita_fifita", "Tevita Fifita", "Fifita")
P("selin_aydemir", "Selin Aydemir", "Aydemir")
P("marcus_whitfield", "Marcus Whitfield", "Whitfield")
P("liane_brockmann", "Liane Brockmann", "Brockmann")
P("zhao_weiming", "Zhao Weiming", "Zhao")
P("eleanor_marsh", "Eleanor Marsh", "Marsh")
P("arkady_voronin", "Arkady Voronin", "Voronin")
P("joachim_brandtner", "Joachim Brandtner", "Brandtner")
P("idris_osman_babiker", "Idris Osman Babiker", "Babiker", "Osman Babiker")
P("dorothy_keane", "Dorothy Keane", "Keane")
P("liu_zhen", "Liu Zhen", "Liu")
P("moses_kato", "Moses Kato", "Kato")
P("amira_hassan", "Amira Hassan", "Hassan")
P("tomasz_wierzbicki", "Tomasz Wierzbicki", "Wierzbicki")
P("carla_benedetti", "Carla Benedetti", "Benedetti")
P("ursula_lindqvist", "Ursula Lindqvist", "Lindqvist")
P("javier_ortega_lluch", "Javier Ortega Lluch", "Ortega Lluch", "Ortega")
P("friedrich_hallberg", "Friedrich Hallberg", "Hallberg")
P("sofia_marangoni", "Sofia Marangoni", "Marangoni")
P("gyula_torok", "Gyula Torok", "Torok")
P("pascal_ferrand", "Pascal Ferrand", "Ferrand")
P("anders_sletten", "Anders Sletten", "Sletten")
P("raymond_kessler", "Raymond Kessler", "Kessler")
P("lucia_ferrer_sanz", "Lucia Ferrer Sanz", "Ferrer Sanz", "Ferrer")
P("daniel_whitcombe", "Daniel Whitcombe", "Whitcombe")
P("kristjan_mets", "Kristjan Mets", "Mets")
P("marta_zielinska", "Marta Zielinska", "Zielinska")
P("oleksandr_tkachuk", "Oleksandr Tkachuk", "Tkachuk")
P("helen_marchetti", "Helen Marchetti", "Marchetti")
P("dmitri_volsky", "Dmitri Volsky", "Volsky")
P("hossein_karimi", "Hossein Karimi", "Karimi")
P("rafael_montoya", "Rafael Montoya", "Montoya")
P("mahmoud_nazari", "Mahmoud Nazari", "Nazari")
P("sergei_lavrentiev", "Sergei Lavrentiev", "Lavrentiev")
P("caroline_hayes", "Caroline Hayes", "Hayes")
P("negar_sadeghi", "Negar Sadeghi", "Sadeghi")
P("masoud_rahimi", "Masoud Rahimi", "Rahimi")
P("sipho_mabaso", "Sipho Mabaso", "Mabaso")
P("marta_olsson", "Marta Olsson", "Olsson")
P("pieter_van_rensburg", "Pieter van Rensburg", "Van Rensburg", "van Rensburg")
P("thandiwe_nkosi", "Thandiwe Nkosi", "Nkosi")
P("gerrit_botha", "Gerrit Botha", "Botha")
P("klaus_reinholt", "Klaus Reinholt", "Reinholt")

PLACE_IN = {
    "antalya": "turkey", "washington": "united_states", "berlin": "germany", "beijing": "china",
    "baku": "azerbaijan", "el_fasher": "sudan", "north_darfur": "sudan", "darfur": "sudan",
    "moscow": "russia", "port_sudan": "sudan", "jeddah": "saudi_arabia", "geneva": "switzerland",
    "new_york": "united_states", "brussels": "belgium", "warsaw": "poland", "budapest": "hungary",
    "the_hague": "netherlands", "ottawa": "canada", "kyiv": "ukraine", "london": "united_kingdom",
    "tehran": "iran", "vienna": "austria", "fordow": "iran", "isfahan": "iran", "pretoria": "south_africa",
    "madrid": "spain", "limpopo": "south_africa", "mpumalanga": "south_africa",
    "eastern_cape": "south_africa", "johannesburg": "south_africa", "cape_town": "south_africa",
}
SAME = {"washington": "united_states", "beijing": "china", "moscow": "russia", "kremlin": "russia",
        "warsaw": "poland", "budapest": "hungary", "brussels": "european_union", "ottawa": "canada",
        "kyiv": "ukraine", "tehran": "iran", "pretoria": "south_africa", "madrid": "spain"}

from gold_articles import ARTICLES  # noqa: E402
sys.path.insert(0, str(HERE.parent))
from gold_builder import merge_coordinated_cues  # noqa: E402

def norm(s):
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", s)

# The state a body belongs to, for the convention below.
BODY_STATE = {"saudi_energy_ministry": "saudi_arabia", "iran_foreign_ministry": "iran", "state_department": "united_states",
              "kremlin": "russia", "german_defence_ministry": "germany", "spain_agriculture_ministry": "spain",
              "qatar_mfa": "qatar", "dtic": "south_africa", "iran_parliament": "iran", "us_congress": "united_states",
              "sudanese_army": "sudan"}


def own_topics_out(a):
    """Correction 6: the example gold (shared/gold/seeds.json) leaves the state or body a speaker speaks
    for out of what the statement is about ("Putin said he hopes to withdraw [Ukraine's] ambition to join
    Russia's NATO" is about Ukraine and NATO); the first gold counted them. Removes from `about` the
    speaker itself, what the article makes the speaker an officer of, and the state of that body."""
    same = lambda x: SAME.get(x, x)
    for item in a["quotes"] + a["statements"]:
        sp = item["speaker"]
        if not sp:
            continue
        own = {sp} | {r["of"] for r in a["roles"] if r["person"] == sp and r["of"]}
        own |= {BODY_STATE[o] for o in list(own) if o in BODY_STATE}
        own = {same(o) for o in own}
        item["about"] = [x for x in item["about"] if same(x) not in own]


def main():
    bad = 0
    out_articles = []
    for a in ARTICLES:
        text = norm((HERE / "articles" / a["article"]).read_text(encoding="utf-8"))
        ids = set(a["entities"]) | set(a.get("optional_entities", []))
        for x in ids:
            if x not in E:
                print("unknown entity", a["article"], x); bad += 1
        def chk(s, what):
            nonlocal bad
            if norm(s) not in text:
                print("not in text", a["article"], what, repr(s[:80])); bad += 1
        for r in a["roles"]:
            chk(r["evidence"], "role"); 
            for k in ("person", "of"):
                if r[k] and r[k] not in ids: print("role id not in entities", a["article"], r[k]); bad += 1
        for q in a["quotes"]:
            chk(q["text"], "quote")
            for x in [q["speaker"], *q["about"]]:
                if x and x not in ids: print("quote id not in entities", a["article"], x); bad += 1
        for s in a["statements"]:
            chk(s["evidence"], "statement")
            for x in [s["speaker"], *s["about"]]:
                if x and x not in ids: print("stmt id not in entities", a["article"], x); bad += 1
        for d in a["demands"]:
            chk(d["evidence"], "demand")
            for x in [d["by"], d["of"]]:
                if x and x not in ids: print("demand id not in entities", a["article"], x); bad += 1
        # the thirty-ninth session: one statement for two coordinated cues
        merge_coordinated_cues("set15", text, a["article"], a["statements"], (), norm)
        own_topics_out(a)
        out_articles.append(a)
    gold = {"about": "Probe set 15: six invented articles on multilateral diplomacy (COP, UN Security "
                     "Council, EU summit, NATO, IAEA, WTO), written before newsgraph ran on them.",
            "entities": E, "place_in": PLACE_IN, "same_actor": SAME, "articles": out_articles}
    (HERE / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("articles", len(out_articles), "problems", bad)
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
