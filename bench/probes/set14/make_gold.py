#!/usr/bin/env python3
"""Writes gold.json for probe set 14 (domestic politics outside Europe and North America).

Run from this folder: python3 make_gold.py > gold.json
Entity ids are set-wide. Lists: Q = direct quote (speaker, text, about, cue), S = reported statement
(speaker, evidence, about, cue, optional), D = demand (by, of, what, evidence), R = role (person, title,
of, evidence).
"""
import json

P, O, C, L = "Person", "Organization", "Country", "Place"
E = {}


def ent(gid, typ, name, *aliases):
    E[gid] = {"type": typ, "name": name, "aliases": sorted(set([name, *aliases]))}


# --- countries
ent("kenya", C, "Kenya")
ent("uganda", C, "Uganda")
ent("south_korea", C, "South Korea", "Korea", "Republic of Korea")
ent("indonesia", C, "Indonesia")
ent("nigeria", C, "Nigeria")
ent("india", C, "India")
ent("brazil", C, "Brazil")
ent("venezuela", C, "Venezuela")
# --- bodies two articles name alike (the name-based scorer cannot tell them apart)
ent("national_assembly", O, "National Assembly", "Kenya's National Assembly")
ent("senate", O, "Senate")
ent("congress", O, "Congress", "the Congress", "National Congress", "Indian National Congress")
ent("imf", O, "International Monetary Fund", "IMF")
ent("european_union", O, "European Union", "EU")
ent("human_rights_watch", O, "Human Rights Watch", "HRW")

# --- 001 Kenya
ent("nairobi", L, "Nairobi")
ent("kakamega", L, "Kakamega")
ent("kisumu", L, "Kisumu")
ent("homa_bay", L, "Homa Bay", "Homa Bay County")
ent("lake_victoria", L, "Lake Victoria")
ent("daniel_langat", P, "Daniel Kiprotich Langat", "Langat", "Daniel Langat")
ent("wanjiku_muthoni", P, "Wanjiku Muthoni", "Muthoni")
ent("agnes_chebet", P, "Agnes Chebet", "Chebet")
ent("brian_ochieng", P, "Brian Otieno Ochieng", "Ochieng", "Brian Ochieng")
ent("moses_onyango", P, "Moses Ouko Onyango", "Onyango", "Moses Onyango")
ent("njeri_kamau", P, "Njeri Kamau", "Kamau")
ent("knchr", O, "Kenya National Commission on Human Rights", "KNCHR")
ent("haki_sasa", O, "Haki Sasa Alliance", "Haki Sasa")
ent("treasury_kenya", O, "Treasury", "the Treasury", "National Treasury")
ent("keopa", O, "Kenya Edible Oil Processors Association", "KEOPA")
ent("kccb", O, "Kenya Conference of Catholic Bishops", "KCCB")
ent("university_of_nairobi", O, "University of Nairobi")

# --- 002 South Korea
ent("seoul", L, "Seoul")
ent("sejong", L, "Sejong")
ent("yeouido", L, "Yeouido")
ent("nam_ki_cheol", P, "Nam Ki-cheol", "Nam")
ent("seo_dong_hyuk", P, "Seo Dong-hyuk", "Seo")
ent("bae_ji_yeon", P, "Bae Ji-yeon", "Bae")
ent("kwon_tae_ho", P, "Kwon Tae-ho", "Kwon")
ent("yoo_sang_min", P, "Yoo Sang-min", "Yoo")
ent("ahn_jin_hee", P, "Ahn Jin-hee", "Ahn")
ent("lim_jae_sung", P, "Lim Jae-sung", "Lim")
ent("kim_ha_eun", P, "Kim Ha-eun")
ent("cha_eun_young", P, "Cha Eun-young", "Cha")
ent("jang_myung_soo", P, "Jang Myung-soo", "Jang")
ent("democratic_party_kr", O, "Democratic Party", "Democrats")
ent("people_power_party", O, "People Power Party", "PPP")
ent("constitutional_court_kr", O, "Constitutional Court")
ent("citizens_clean_elections", O, "Citizens for Clean Elections")
ent("korea_university", O, "Korea University")
ent("presidential_office_kr", O, "presidential office")

# --- 003 Indonesia
ent("jakarta", L, "Jakarta")
ent("yogyakarta", L, "Yogyakarta")
ent("makassar", L, "Makassar")
ent("sulawesi", L, "Sulawesi")
ent("surabaya", L, "Surabaya")
ent("east_java", L, "East Java")
ent("bandung", L, "Bandung")
ent("west_java", L, "West Java")
ent("sutrisno", P, "Sutrisno")
ent("ratna_kusumawardhani", P, "Ratna Kusumawardhani", "Kusumawardhani")
ent("bambang_wicaksono", P, "Bambang Wicaksono", "Wicaksono")
ent("arief_nugroho", P, "Arief Nugroho", "Nugroho")
ent("dwi_hartono", P, "Dwi Hartono", "Hartono")
ent("citra_ayuningtyas", P, "Citra Ayuningtyas", "Ayuningtyas")
ent("nurul", P, "Nurul")
ent("yudha_pratama", P, "Yudha Pratama", "Pratama")
ent("dewi_anggraini", P, "Dewi Anggraini", "Anggraini")
ent("harsono_adiwijaya", P, "Harsono Adiwijaya", "Adiwijaya")
ent("dpr", O, "House of Representatives", "DPR")
ent("kpi", O, "Indonesian Broadcasting Commission", "KPI")
ent("press_council", O, "Press Council")
ent("aji", O, "Alliance of Independent Journalists", "AJI")
ent("lbh_jakarta", O, "Jakarta Legal Aid Institute", "LBH Jakarta")
ent("pdip", O, "Indonesian Democratic Party of Struggle", "PDI-P")
ent("afp", O, "AFP", "Agence France-Presse")
# (a state's government named with its adjective is an actor of its own, as the example gold's
# "German government")
ent("indonesian_government", O, "Indonesian government")
ent("brazilian_government", O, "Brazilian government")
ent("reuters", O, "Reuters")
ent("associated_press", O, "Associated Press", "AP")

# --- 004 Nigeria
ent("kwara", L, "Kwara State", "Kwara")
ent("abuja", L, "Abuja")
ent("ilorin", L, "Ilorin")
ent("offa", L, "Offa")
ent("omu_aran", L, "Omu-Aran")
ent("ekiti_lga", L, "Ekiti")
ent("ilorin_west", L, "Ilorin West")
ent("ibrahim_saliu", P, "Ibrahim Kolawole Saliu", "Saliu", "Ibrahim Saliu", "Mr Saliu")
ent("adebayo_oyelaran", P, "Adebayo Oyelaran", "Oyelaran", "Chief Oyelaran")
ent("olufemi_adekunle_davies", P, "Olufemi Adekunle-Davies", "Adekunle-Davies", "Mr Adekunle-Davies")
ent("yusuf_abdulkadir", P, "Yusuf Abdulkadir", "Abdulkadir")
ent("hauwa_mohammed_bello", P, "Hauwa Mohammed-Bello", "Mohammed-Bello")
ent("emmanuel_okonkwo", P, "Emmanuel Okonkwo", "Okonkwo")
ent("folake_adeyinka", P, "Folake Adeyinka", "Adeyinka")
ent("suleiman_atolagbe", P, "Suleiman Atolagbe", "Atolagbe")
ent("aisha_bello_yakubu", P, "Aisha Bello-Yakubu", "Bello-Yakubu")
ent("inec", O, "Independent National Electoral Commission", "Inec", "INEC")
ent("apc", O, "All Progressives Congress", "APC")
ent("pdp", O, "Peoples Democratic Party", "PDP", "People's Democratic Party")
ent("kcssr", O, "Kwara Civil Society Situation Room", "KCSSR")
ent("nba", O, "Nigerian Bar Association", "NBA")
ent("court_of_appeal", O, "Court of Appeal")
ent("supreme_court", O, "Supreme Court")
ent("university_of_ilorin", O, "University of Ilorin")
ent("bbc", O, "BBC", "BBC News")

# --- 005 Karnataka
ent("karnataka", L, "Karnataka")
ent("mandya", L, "Mandya")
ent("maddur", L, "Maddur")
ent("bengaluru", L, "Bengaluru", "Bangalore")
ent("old_mysuru", L, "Old Mysuru")
ent("hassan", L, "Hassan")
ent("srirangapatna", L, "Srirangapatna")
ent("cauvery", L, "Cauvery")
ent("channabasappa", P, "M. Channabasappa", "Channabasappa", "Mr. Channabasappa", "Channabasappa-ji")
ent("venkataramana_gowda", P, "R. Venkataramana Gowda", "Gowda", "Venkataramana Gowda", "Mr. Gowda")
ent("lakshmi_narayanaswamy", P, "Lakshmi Narayanaswamy", "Narayanaswamy")
ent("prabhakar_hegde", P, "K.S. Prabhakar Hegde", "Hegde", "Prabhakar Hegde", "Shri Hegde")
ent("nanjundaswamy", P, "Nanjundaswamy")
ent("puttaswamy", P, "Puttaswamy")
ent("anjali_deshpande", P, "Anjali Deshpande", "Deshpande", "Ms. Deshpande")
ent("hn_ranganath", P, "H.N. Ranganath", "Ranganath")
ent("eci", O, "Election Commission of India", "ECI", "Election Commission")
ent("bjp", O, "Bharatiya Janata Party", "BJP")
ent("jds", O, "Janata Dal (Secular)", "JD(S)", "Janata Dal")
ent("cbff", O, "Cauvery Basin Farmers' Forum", "CBFF")
ent("legislative_assembly_ka", O, "Legislative Assembly")
ent("university_of_mysore", O, "University of Mysore")
ent("the_hindu", O, "The Hindu")

# --- 006 Brazil
ent("brasilia", L, "Brasília", "Brasilia")
ent("amazon", L, "Amazon")
ent("para", L, "Pará", "Para")
ent("bahia", L, "Bahia")
ent("sao_paulo", L, "São Paulo", "Sao Paulo")
ent("roraima", L, "Roraima")
ent("yanomami_territory", L, "Yanomami territory")
ent("esplanade", L, "Esplanade of Ministries")
ent("jose_carlos_batista", P, "José Carlos Batista", "Batista", "Zé Batista", "Jose Carlos Batista")
ent("akatu_pataxo", P, "Akatu Pataxó", "Akatu Pataxo", "Pataxó")
ent("helena_prado", P, "Helena Costa Prado", "Prado", "Helena Prado")
ent("antonio_rezende", P, "Antônio Rezende", "Toninho", "Rezende", "Antonio Rezende")
ent("marcos_teles", P, "Marcos Venâncio Teles", "Teles", "Marcos Teles", "Marcos Venancio Teles")
ent("fernando_lins", P, "Fernando Aguiar Lins", "Lins", "Fernando Lins")
ent("moroxi_yanomami", P, "Moroxi Yanomami", "Moroxi")
ent("chamber_of_deputies", O, "Chamber of Deputies")
ent("apib", O, "Articulation of Indigenous Peoples of Brazil", "APIB")
ent("stf", O, "Supreme Federal Court", "STF")
ent("fpa", O, "Parliamentary Agricultural Front", "FPA")
ent("cimi", O, "Indigenous Missionary Council", "CIMI")
ent("al_jazeera", O, "Al Jazeera")

PLACE_IN = {
    "nairobi": "kenya", "kakamega": "kenya", "kisumu": "kenya", "homa_bay": "kenya",
    "seoul": "south_korea", "sejong": "south_korea", "yeouido": "seoul",
    "jakarta": "indonesia", "yogyakarta": "indonesia", "makassar": "sulawesi", "sulawesi": "indonesia",
    "surabaya": "east_java", "east_java": "indonesia", "bandung": "west_java", "west_java": "indonesia",
    "kwara": "nigeria", "abuja": "nigeria", "ilorin": "kwara", "offa": "kwara", "omu_aran": "kwara",
    "ekiti_lga": "kwara", "ilorin_west": "kwara",
    "karnataka": "india", "mandya": "karnataka", "maddur": "mandya", "bengaluru": "karnataka",
    "old_mysuru": "karnataka", "hassan": "karnataka", "srirangapatna": "mandya",
    "brasilia": "brazil", "para": "brazil", "bahia": "brazil", "sao_paulo": "brazil", "roraima": "brazil",
    "yanomami_territory": "roraima", "esplanade": "brasilia",
}


def Q(speaker, text, about=(), cue="said"):
    return ("q", {"speaker": speaker, "text": text, "about": list(about), "cue": cue})


def S(speaker, evidence, about=(), cue="said", optional=False):
    d = {"speaker": speaker, "evidence": evidence, "about": list(about), "cue": cue}
    if optional:
        d["optional"] = True
    return ("s", d)


def D(by, of, what, evidence):
    return ("d", {"by": by, "of": of, "what": what, "evidence": evidence})


def R(person, title, of, evidence):
    return ("r", {"person": person, "title": title, "of": of, "evidence": evidence})


ARTICLES = []


def article(name, entities, optional, *items):
    a = {"article": name, "entities": entities, "optional_entities": optional,
         "roles": [], "quotes": [], "statements": [], "demands": []}
    key = {"q": "quotes", "s": "statements", "d": "demands", "r": "roles"}
    for k, d in items:
        a[key[k]].append(d)
    ARTICLES.append(a)


import gold_articles  # noqa: E402  (fills ARTICLES through article())
import sys  # noqa: E402
sys.path.insert(0, "..")
from gold_builder import merge_coordinated_cues  # noqa: E402

if __name__ == "__main__":
    gold_articles.build(article, Q, S, D, R)
    for a in ARTICLES:
        # the thirty-ninth session: one statement for two coordinated cues (merges listed on stderr)
        merge_coordinated_cues("set14", open("articles/" + a["article"], encoding="utf-8").read(), a["article"],
                               a["statements"], (), None, lambda m: print(m, file=sys.stderr))
        for gid in a["entities"] + a["optional_entities"]:
            assert gid in E, gid
        for _, lst in (("q", a["quotes"]), ("s", a["statements"])):
            for x in lst:
                for g in x["about"] + [x["speaker"]]:
                    assert g is None or g in E, g
        for d in a["demands"]:
            for g in (d["by"], d["of"]):
                assert g is None or g in E, g
        for r in a["roles"]:
            assert r["person"] in E and (r["of"] is None or r["of"] in E), r
        text = open("articles/" + a["article"], encoding="utf-8").read()
        for x in a["quotes"]:
            assert x["text"] in text, x["text"]
        for x in a["statements"] + a["demands"]:
            assert x["evidence"] in text, x["evidence"]
    gold = {"about": "Probe set 14: invented articles on domestic politics outside Europe and North America. "
                     "Entity ids are set-wide.",
            "entities": E, "place_in": PLACE_IN, "same_actor": {}, "articles": ARTICLES}
    print(json.dumps(gold, ensure_ascii=False, indent=1))
