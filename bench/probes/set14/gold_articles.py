"""The per-article gold of probe set 14 (see make_gold.py)."""


def build(article, Q, S, D, R):
    # ---------------------------------------------------------------- 001 Kenya (Reuters)
    article(
        "001_kenya_finance_bill.txt",
        ["kenya", "national_assembly", "nairobi", "daniel_langat", "imf", "wanjiku_muthoni", "kakamega",
         "kisumu", "uganda", "knchr", "agnes_chebet", "haki_sasa", "brian_ochieng", "treasury_kenya", "keopa",
         "homa_bay", "moses_onyango", "lake_victoria", "senate", "kccb", "njeri_kamau",
         "university_of_nairobi"],
        ["reuters"],
        R("daniel_langat", "Treasury Cabinet Secretary", "kenya",
          "Treasury Cabinet Secretary Daniel Kiprotich Langat"),
        R("wanjiku_muthoni", "minority whip", "national_assembly",
          "Wanjiku Muthoni, the minority whip in the National Assembly"),
        R("agnes_chebet", "Police spokesperson", None, "Police spokesperson Agnes Chebet"),
        R("brian_ochieng", "convener", "haki_sasa", "the alliance's convener, Brian Otieno Ochieng"),
        R("moses_onyango", "Senator", "homa_bay", "Homa Bay Senator Moses Ouko Onyango"),
        R("njeri_kamau", "political analyst", "university_of_nairobi",
          "Njeri Kamau, a political analyst at the University of Nairobi"),
        Q("daniel_langat", "We cannot keep borrowing to pay salaries. Every shilling we collect at home is a "
          "shilling we do not have to beg for abroad,"),
        Q("daniel_langat", "This bill is painful, but it is necessary."),
        Q("wanjiku_muthoni", "A vegetable seller in Kakamega does not have a bank account. She has a phone,",
          ["kakamega"], "told"),
        Q("wanjiku_muthoni", "You are taxing her phone."),
        Q("knchr", "every instance of excessive force", [], "urged"),
        Q("agnes_chebet", "Our officers exercised maximum restraint in the face of criminal elements who wanted "
          "to storm parliament,", [], "said in a statement"),
        Q("brian_ochieng", "We have given the president 48 hours. If he signs this bill, we will shut down every "
          "major town in Kenya,", ["kenya"], "posted on X"),
        Q("daniel_langat", "Rating agencies are watching us. If this bill falls, our borrowing costs will rise for "
          "every Kenyan,", ["kenya"], "added"),
        Q("moses_onyango", "This house will not rubber-stamp a tax on the poor,"),
        Q("njeri_kamau", "The government won the vote but it is losing the argument,", ["kenya"]),
        Q("njeri_kamau", "The real test will be on the streets on Thursday, not in the chamber."),
        S("daniel_langat", "Treasury Cabinet Secretary Daniel Kiprotich Langat told lawmakers the new measures "
          "would raise about 250 billion shillings ($1.9 billion) and help Kenya meet targets agreed with the "
          "International Monetary Fund", ["kenya", "imf"], "told"),
        S(None, "Opposition leaders accused the government of punishing the poor to satisfy foreign lenders",
          ["kenya"], "accused", optional=True),
        S("wanjiku_muthoni", "Wanjiku Muthoni, the minority whip in the National Assembly, said the tax on mobile "
          "money would hit traders in rural counties hardest"),
        S(None, "Police said 43 people were arrested in Nairobi and in the western city of Kisumu",
          ["nairobi", "kisumu", "uganda"], optional=True),
        S("knchr", "The Kenya National Commission on Human Rights (KNCHR), a state-funded watchdog, said it had "
          "documented at least 12 injuries, including two people hit by rubber bullets"),
        S("agnes_chebet", "Police spokesperson Agnes Chebet denied that officers had used live ammunition", [],
          "denied"),
        S("haki_sasa", "The Haki Sasa Alliance, a coalition of youth groups that organised the protests on social "
          "media, said it would return to the streets on Thursday unless the president rejected the bill"),
        S("daniel_langat", "Langat insisted there was no room for further concessions", [], "insisted"),
        S("daniel_langat", "The Treasury had already dropped a proposed tax on bread and sanitary pads in "
          "committee, he said, and any further cuts would open a hole in the budget that Kenya could not fill",
          ["treasury_kenya", "kenya"]),
        S("keopa", "The Kenya Edible Oil Processors Association (KEOPA) said the levy on imported crude palm oil "
          "would push up the price of cooking oil by as much as 15%"),
        S("moses_onyango", "Homa Bay Senator Moses Ouko Onyango, whose county lies on the shores of Lake Victoria, "
          "warned that the bill would face a fresh challenge in the Senate", ["senate"], "warned"),
        S("kccb", "saying the country could not afford a repeat of last year's deadly unrest", ["kenya"],
          "saying"),
        S(None, "Analysts said the vote was a test of the ruling coalition's cohesion", [], optional=True),
        S("imf", "The IMF, which is reviewing a $3.6 billion programme, has said Kenya must widen its tax base to "
          "bring its deficit down", ["kenya"]),
        S("treasury_kenya", "An IMF mission is due in Nairobi next month, according to the Treasury",
          ["imf", "nairobi"], "according to"),
        D("knchr", None, "investigate every instance of excessive force",
          "the KNCHR urged the Inspector General of Police to investigate \"every instance of excessive force\""),
        D("knchr", None, "release those detained without charge",
          "called on officers to release those detained without charge"),
        D("haki_sasa", None, "reject the bill",
          "said it would return to the streets on Thursday unless the president rejected the bill"),
        D("brian_ochieng", None, "not sign the bill within 48 hours",
          "We have given the president 48 hours. If he signs this bill, we will shut down every major town in "
          "Kenya"),
        D("keopa", "treasury_kenya", "delay the levy until local refineries could secure other supplies",
          "asked the Treasury to delay it until local refineries could secure other supplies"),
        D("moses_onyango", None, "no rubber-stamping of a tax on the poor",
          "This house will not rubber-stamp a tax on the poor"),
        D("kccb", None, "embrace dialogue", "called on lawmakers and protesters alike to embrace dialogue"),
        D("imf", "kenya", "widen its tax base", "has said Kenya must widen its tax base to bring its deficit down"),
    )

    # ---------------------------------------------------------------- 002 South Korea (AP)
    article(
        "002_korea_impeachment.txt",
        ["south_korea", "seoul", "nam_ki_cheol", "democratic_party_kr", "national_assembly",
         "constitutional_court_kr", "seo_dong_hyuk", "sejong", "people_power_party", "bae_ji_yeon",
         "kwon_tae_ho", "yoo_sang_min", "ahn_jin_hee", "lim_jae_sung", "yeouido", "citizens_clean_elections",
         "kim_ha_eun", "korea_university", "cha_eun_young", "jang_myung_soo"],
        ["presidential_office_kr", "associated_press"],
        R("nam_ki_cheol", "Prime Minister", "south_korea", "Prime Minister Nam Ki-cheol"),
        R("nam_ki_cheol", "former finance minister", "south_korea", "Nam, a former finance minister"),
        R("seo_dong_hyuk", "floor leader", "democratic_party_kr", "Democratic Party floor leader Seo Dong-hyuk"),
        R("bae_ji_yeon", "spokesperson", "people_power_party", "Party spokesperson Bae Ji-yeon"),
        R("kwon_tae_ho", "President", "south_korea", "President Kwon Tae-ho"),
        R("yoo_sang_min", "chief of staff", None, "His chief of staff, Yoo Sang-min"),
        R("ahn_jin_hee", "independent counsel", None, "The independent counsel, former prosecutor Ahn Jin-hee"),
        R("ahn_jin_hee", "former prosecutor", None, "former prosecutor Ahn Jin-hee"),
        R("lim_jae_sung", "Speaker", "national_assembly", "National Assembly Speaker Lim Jae-sung"),
        R("kim_ha_eun", "Political scientist", "korea_university",
          "Political scientist Kim Ha-eun of Korea University"),
        R("cha_eun_young", "justice minister", "south_korea", "the justice minister, Cha Eun-young"),
        R("jang_myung_soo", "floor leader", "people_power_party", "Its floor leader, Rep. Jang Myung-soo"),
        Q("seo_dong_hyuk", "The prime minister has turned his office into a shield for the president's aides,",
          ["nam_ki_cheol"], "told"),
        Q("seo_dong_hyuk", "He was given every chance to cooperate. He chose to hide.", ["nam_ki_cheol"], "told"),
        Q("nam_ki_cheol", "strictly within the law"),
        Q("nam_ki_cheol", "An impeachment motion is not a tool for settling political scores,", [], "told"),
        Q("nam_ki_cheol", "I will respond calmly and let the people judge.", [], "told"),
        Q("people_power_party", "a reckless political stunt", [], "called"),
        Q("bae_ji_yeon", "They impeach, the court reinstates, and the country pays the price,",
          ["democratic_party_kr"]),
        Q("bae_ji_yeon", "The Democratic Party must stop this endless cycle of impeachments and return to the "
          "negotiating table.", ["democratic_party_kr"]),
        Q("yoo_sang_min", "has nothing to hide.", [], "told"),
        Q("ahn_jin_hee", "until the doors are opened"),
        Q("ahn_jin_hee", "We are not asking for special treatment. We are asking for what any court warrant "
          "guarantees: access,"),
        Q("lim_jae_sung", "exhaust dialogue", [], "urged"),
        Q(None, "Open the doors.", [], "reading"),
        Q("kim_ha_eun", "The Constitutional Court has set a high bar: a serious violation of the law, not just a "
          "political failure,", ["constitutional_court_kr"]),
        Q("kim_ha_eun", "The opposition knows this. The motion is as much a message to voters as it is a legal "
          "case.", ["democratic_party_kr"]),
        Q("people_power_party", "holding the government hostage.", ["democratic_party_kr"], "accused"),
        S("democratic_party_kr", "accusing him of obstructing an independent counsel's investigation into alleged "
          "meddling in last year's local elections by the presidential office", ["nam_ki_cheol"], "accusing"),
        S("democratic_party_kr", "The Democratic Party, which controls 171 of the National Assembly's 300 seats, "
          "said it would put the motion to a vote as early as Friday"),
        S("seo_dong_hyuk", "Seo said the party would withdraw the motion only if Nam allowed investigators to "
          "search the offices of two senior presidential secretaries", ["nam_ki_cheol"]),
        S("nam_ki_cheol", "Nam denied wrongdoing", [], "denied"),
        S("nam_ki_cheol", "he said he had acted \"strictly within the law\"", [], optional=True),
        S("nam_ki_cheol", "accused the opposition of abusing its majority to paralyze the government",
          ["democratic_party_kr"], "accused"),
        S("people_power_party", "called the motion \"a reckless political stunt\"", [], "called", optional=True),
        S("people_power_party", "said its lawmakers would boycott the vote"),
        S("bae_ji_yeon", "Party spokesperson Bae Ji-yeon said the Democrats had filed impeachment motions against "
          "more than a dozen officials since winning the 2024 parliamentary elections", ["democratic_party_kr"]),
        S("yoo_sang_min", "His chief of staff, Yoo Sang-min, told a parliamentary committee last week that the "
          "presidential office \"has nothing to hide.\"", [], "told"),
        S("ahn_jin_hee", "The independent counsel, former prosecutor Ahn Jin-hee, has said his team was turned "
          "away from the presidential compound in Seoul twice this month", ["seoul"]),
        S("ahn_jin_hee", "Ahn said investigators would keep trying \"until the doors are opened\""),
        S("ahn_jin_hee", "warned that anyone who destroyed records could face charges", [], "warned"),
        S("kim_ha_eun", "Political scientist Kim Ha-eun of Korea University said the motion was likely to pass but "
          "might not survive the court", ["constitutional_court_kr"]),
        S("seo_dong_hyuk", "Seo told reporters later Wednesday that the Democrats would also consider a separate "
          "motion against the justice minister, Cha Eun-young, if prosecutors did not open their own inquiry by "
          "the end of the month", ["cha_eun_young"], "told"),
        S("people_power_party", "The People Power Party accused the Democrats of \"holding the government "
          "hostage.\"", ["democratic_party_kr"], "accused"),
        S("jang_myung_soo", "Its floor leader, Rep. Jang Myung-soo, said his party would ask the Constitutional "
          "Court to rule quickly if the motion passed", ["constitutional_court_kr"]),
        D("democratic_party_kr", "nam_ki_cheol", "allow investigators to search the offices of two senior "
          "presidential secretaries", "the party would withdraw the motion only if Nam allowed investigators to "
          "search the offices of two senior presidential secretaries"),
        D("bae_ji_yeon", "democratic_party_kr", "stop this endless cycle of impeachments and return to the "
          "negotiating table", "The Democratic Party must stop this endless cycle of impeachments and return to "
          "the negotiating table"),
        D("ahn_jin_hee", None, "access", "We are asking for what any court warrant guarantees: access"),
        D("lim_jae_sung", None, "exhaust dialogue", "urged both parties to \"exhaust dialogue\" before the vote"),
        D("lim_jae_sung", "south_korea", "hand over the documents investigators had requested",
          "asked the government to hand over the documents investigators had requested"),
        D("citizens_clean_elections", "nam_ki_cheol", "resign",
          "demanded that the prime minister resign rather than wait for the vote"),
        D("democratic_party_kr", None, "open their own inquiry by the end of the month",
          "the Democrats would also consider a separate motion against the justice minister, Cha Eun-young, if "
          "prosecutors did not open their own inquiry by the end of the month"),
    )

    # ---------------------------------------------------------------- 003 Indonesia (AFP)
    article(
        "003_indonesia_broadcast_bill.txt",
        ["indonesia", "jakarta", "dpr", "kpi", "press_council", "sutrisno", "yogyakarta", "aji",
         "ratna_kusumawardhani", "bambang_wicaksono", "arief_nugroho", "makassar", "sulawesi", "surabaya",
         "east_java", "dwi_hartono", "lbh_jakarta", "citra_ayuningtyas", "nurul", "bandung", "west_java",
         "human_rights_watch", "yudha_pratama", "dewi_anggraini", "pdip", "harsono_adiwijaya", "indonesian_government"],
        ["afp"],
        R("sutrisno", "student leader", None, "Sutrisno, a 22-year-old student leader from Yogyakarta"),
        R("ratna_kusumawardhani", "chairwoman", "aji", "AJI chairwoman Ratna Kusumawardhani"),
        R("bambang_wicaksono", "chair", "dpr",
          "Bambang Wicaksono, who chairs the DPR commission overseeing the bill"),
        R("arief_nugroho", "Communications Minister", "indonesia", "Communications Minister Arief Nugroho"),
        R("dwi_hartono", "police spokesman", None,
          "Jakarta police spokesman Senior Commissioner Dwi Hartono"),
        R("citra_ayuningtyas", "director", "lbh_jakarta", "Its director, Citra Ayuningtyas"),
        R("yudha_pratama", "presidential communications chief", "indonesia",
          "presidential communications chief Yudha Pratama"),
        R("dewi_anggraini", "opposition legislator", "pdip", "an opposition legislator, Dewi Anggraini of the "
          "Indonesian Democratic Party of Struggle (PDI-P)"),
        R("harsono_adiwijaya", "chairman", "press_council", "its chairman, Harsono Adiwijaya"),
        Q(None, "exclusive broadcast of investigative journalism", [], "bar"),
        Q("sutrisno", "This is not a revision, it is a gag,"),
        Q("sutrisno", "If they pass it, there will be no more journalism in Indonesia, only press releases.",
          ["dpr"]),
        Q("ratna_kusumawardhani", "We are not asking for changes to a few clauses. We are asking them to throw "
          "the whole thing out,", ["dpr"], "told"),
        Q("bambang_wicaksono", "trial by the press", [], "insisted"),
        Q("bambang_wicaksono", "Nobody wants to silence journalists. We want to protect the presumption of "
          "innocence,", [], "told"),
        Q("arief_nugroho", "listen to all sides"),
        Q("dwi_hartono", "provoking violence"),
        Q("dwi_hartono", "We secured the area according to procedure. Anyone who has evidence of abuse can report "
          "it to us,"),
        Q("nurul", "We will come back every day until the DPR listens to us,", ["dpr"]),
        Q("human_rights_watch", "would turn a regulator into a censor", ["kpi"], "warning"),
        Q("yudha_pratama", "The president respects the process in parliament,", [], "told"),
        Q("dewi_anggraini", "with one phone call"),
        Q("harsono_adiwijaya", "put every newsroom under a government licence"),
        S(None, "a draft broadcasting law they say would ban investigative reporting", [], "say", optional=True),
        S(None, "laws critics say weaken checks on power", [], "say", optional=True),
        S("aji", "The Alliance of Independent Journalists (AJI) said in a statement that the draft violated the "
          "1999 press law", [], "said in a statement"),
        S("bambang_wicaksono", "Bambang Wicaksono, who chairs the DPR commission overseeing the bill, insisted "
          "that the ban on investigative broadcasts targeted only \"trial by the press\" in ongoing criminal "
          "cases", [], "insisted"),
        S("bambang_wicaksono", "He said the commission would hold one more hearing with press groups before the "
          "vote"),
        S("arief_nugroho", "Communications Minister Arief Nugroho said the government had not yet taken a "
          "position on the disputed article but would \"listen to all sides\""),
        S(None, "In Makassar, on Sulawesi island, students blocked a main road and burned tyres, local media "
          "reported", ["makassar", "sulawesi"], "reported", optional=True),
        S(None, "In Surabaya, East Java, around 2,000 people marched to the provincial legislature, according to "
          "police", ["surabaya", "east_java"], "according to", optional=True),
        S("dwi_hartono", "Jakarta police spokesman Senior Commissioner Dwi Hartono said 94 people had been "
          "detained, most of them for \"provoking violence\""),
        S("dwi_hartono", "denied that officers had beaten students", [], "denied"),
        S("lbh_jakarta", "The Jakarta Legal Aid Institute (LBH Jakarta) accused police of arbitrary arrests", [],
          "accused"),
        S("citra_ayuningtyas", "Its director, Citra Ayuningtyas, said lawyers had been denied access to at least "
          "30 people held at the Jakarta police headquarters"),
        S(None, "Students vowed to keep protesting until the bill was dropped", [], "vowed", optional=True),
        S("human_rights_watch", "warning that the draft \"would turn a regulator into a censor\"", ["kpi"],
          "warning", optional=True),
        S("yudha_pratama", "adding that the government would not interfere with the work of lawmakers", [],
          "adding"),
        S("dewi_anggraini", "said the government could stop the bill \"with one phone call\" if it wanted to",
          ["indonesia"]),
        S("press_council", "According to the Press Council, the bill would also require online news outlets to "
          "register with the KPI", ["kpi"], "according to"),
        S("harsono_adiwijaya", "a step its chairman, Harsono Adiwijaya, said would \"put every newsroom under a "
          "government licence\"", [], optional=True),
        D("aji", "dpr", "withdraw the draft entirely",
          "called on parliament to withdraw it entirely rather than amend individual articles"),
        D("ratna_kusumawardhani", "dpr", "throw the whole thing out",
          "We are asking them to throw the whole thing out"),
        D("lbh_jakarta", None, "immediate release of all detainees",
          "demanded the immediate release of all detainees"),
        D(None, None, "drop the bill", "Students vowed to keep protesting until the bill was dropped"),
        D("nurul", "dpr", "listen to the protesters", "We will come back every day until the DPR listens to us"),
        D("human_rights_watch", "indonesian_government", "ensure new media rules comply with international standards",
          "Human Rights Watch urged the Indonesian government to ensure that any new media rules complied with "
          "international standards on freedom of expression"),
        D("dewi_anggraini", None, "postpone the vote until the Press Council had been consulted",
          "She called on the speaker to postpone the vote until the Press Council had been consulted"),
    )

    # ---------------------------------------------------------------- 004 Nigeria (BBC)
    article(
        "004_nigeria_kwara_tribunal.txt",
        ["nigeria", "kwara", "inec", "ibrahim_saliu", "apc", "adebayo_oyelaran", "pdp", "ilorin", "offa",
         "omu_aran", "olufemi_adekunle_davies", "yusuf_abdulkadir", "ekiti_lga", "kcssr", "hauwa_mohammed_bello",
         "emmanuel_okonkwo", "folake_adeyinka", "nba", "suleiman_atolagbe", "ilorin_west", "court_of_appeal",
         "supreme_court", "university_of_ilorin", "aisha_bello_yakubu"],
        ["abuja", "bbc"],
        R("ibrahim_saliu", "Governor", "kwara", "Governor Alhaji Ibrahim Kolawole Saliu"),
        R("adebayo_oyelaran", "former state commissioner for finance", "kwara",
          "Chief Oyelaran, a 67-year-old businessman and a former state commissioner for finance"),
        R("olufemi_adekunle_davies", "lead counsel", None, "His lead counsel, Olufemi Adekunle-Davies SAN"),
        R("yusuf_abdulkadir", "spokesman", None, "his spokesman, Mallam Yusuf Abdulkadir"),
        R("hauwa_mohammed_bello", "convener", "kcssr", "Its convener, Dr Hauwa Mohammed-Bello"),
        R("emmanuel_okonkwo", "resident electoral commissioner", "inec",
          "The commission's resident electoral commissioner in Kwara, Prof Emmanuel Okonkwo"),
        R("folake_adeyinka", "deputy governor", "kwara", "The deputy governor, Chief Mrs Folake Adeyinka"),
        R("suleiman_atolagbe", "ward chairman", "pdp",
          "Alhaji Suleiman Atolagbe, a PDP ward chairman in Ilorin West"),
        R("aisha_bello_yakubu", "political scientist", "university_of_ilorin",
          "Aisha Bello-Yakubu, a political scientist at the University of Ilorin"),
        Q("adebayo_oyelaran", "We did not lose this election. It was stolen from the people of Kwara in broad "
          "daylight,", ["kwara"], "told"),
        Q("olufemi_adekunle_davies", "Without those sheets, there is nothing to argue about. With them, the truth "
          "will come out,", [], "told"),
        Q(None, "frivolous", [], "dismissed"),
        Q("yusuf_abdulkadir", "win in court what it lost at the ballot box", ["pdp"], "accused"),
        Q("yusuf_abdulkadir", "The governor has moved on to the business of governance. We will not be "
          "distracted by sore losers,", ["ibrahim_saliu"]),
        Q("kcssr", "widespread vote-buying"),
        Q("hauwa_mohammed_bello", "without further delay", ["inec"], "called on"),
        Q("inec", "technical glitch", [], "blamed"),
        Q("emmanuel_okonkwo", "Every result we declared was collated in the open, in the presence of party "
          "agents. If anyone has proof of tampering, let them bring it to the tribunal,", [], "told"),
        Q("folake_adeyinka", "politicians who cannot accept defeat", [], "accused"),
        Q("suleiman_atolagbe", "We will remain peaceful, but we will not go home until justice is done,"),
        Q("aisha_bello_yakubu", "The technology is only as good as the will to use it honestly,"),
        Q("aisha_bello_yakubu", "If the tribunal finds the portal was switched off deliberately, that will be a "
          "scandal far bigger than one state."),
        S("inec", "saying he won 312,000 votes against 247,000 for his main rival, Chief Adebayo Oyelaran",
          ["ibrahim_saliu", "adebayo_oyelaran"], "saying"),
        S("adebayo_oyelaran", "has rejected the result", [], "rejected", optional=True),
        S("adebayo_oyelaran", "He says results from at least 400 polling units in Ilorin, the state capital, and "
          "in the towns of Offa and Omu-Aran were altered after counting", ["ilorin", "offa", "omu_aran"],
          "says"),
        S("inec", "A lawyer for Inec opposed the request, saying the commission had already given certified "
          "copies to all parties", ["inec"], "saying", optional=True),
        S(None, "Mr Saliu's campaign has dismissed the petition as \"frivolous\"", [], "dismissed",
          optional=True),
        S("yusuf_abdulkadir", "his spokesman, Mallam Yusuf Abdulkadir, accused the opposition of trying to \"win "
          "in court what it lost at the ballot box\"", ["pdp"], "accused"),
        S(None, "Police said three people were killed in clashes between party supporters in Offa", ["offa"],
          optional=True),
        S("kcssr", "The Kwara Civil Society Situation Room (KCSSR), a coalition of local observer groups, said its "
          "monitors had seen \"widespread vote-buying\" by agents of both main parties", ["apc", "pdp"]),
        S("inec", "Inec has blamed a \"technical glitch\" for the portal's failure on election night", [],
          "blamed"),
        S("emmanuel_okonkwo", "The commission's resident electoral commissioner in Kwara, Prof Emmanuel Okonkwo, "
          "denied that any results had been manipulated", [], "denied"),
        S("folake_adeyinka", "The deputy governor, Chief Mrs Folake Adeyinka, said the curfew had been necessary "
          "to protect lives and property"),
        S("folake_adeyinka", "accused \"politicians who cannot accept defeat\" of hiring thugs", [], "accused"),
        S("suleiman_atolagbe", "Alhaji Suleiman Atolagbe, a PDP ward chairman in Ilorin West, said the party's "
          "supporters would keep up the pressure"),
        S(None, "Analysts say the case could test the credibility of Inec's electronic transmission of results",
          ["inec"], "say", optional=True),
        D("olufemi_adekunle_davies", None, "order Inec to produce the original result sheets",
          "asked the three-member panel to order Inec to produce the original result sheets for inspection"),
        D("yusuf_abdulkadir", None, "throw the case out", "urged the tribunal to throw the case out"),
        D("hauwa_mohammed_bello", "inec", "publish all polling unit results",
          "called on Inec to publish all polling unit results on its online portal"),
        D(None, None, "calm", "Traditional rulers in the state have appealed for calm"),
        D("nba", None, "avoid inflammatory statements outside the courtroom",
          "has also asked lawyers on both sides to avoid inflammatory statements outside the courtroom"),
        D("suleiman_atolagbe", None, "justice", "we will not go home until justice is done"),
    )

    # ---------------------------------------------------------------- 005 Karnataka (The Hindu)
    article(
        "005_karnataka_ec_notice.txt",
        ["karnataka", "eci", "channabasappa", "mandya", "maddur", "bjp", "bengaluru", "venkataramana_gowda",
         "congress", "lakshmi_narayanaswamy", "old_mysuru", "prabhakar_hegde", "hassan", "jds", "nanjundaswamy",
         "cbff", "puttaswamy", "srirangapatna", "anjali_deshpande", "hn_ranganath", "university_of_mysore"],
        ["india", "legislative_assembly_ka", "the_hindu", "cauvery"],
        R("channabasappa", "Chief Minister", "karnataka", "Chief Minister M. Channabasappa"),
        R("venkataramana_gowda", "Leader of the Opposition", "legislative_assembly_ka",
          "Leader of the Opposition in the Legislative Assembly R. Venkataramana Gowda"),
        R("lakshmi_narayanaswamy", "spokesperson", "congress", "Party spokesperson Smt. Lakshmi Narayanaswamy"),
        R("prabhakar_hegde", "State president", "bjp", "BJP State president Shri K.S. Prabhakar Hegde"),
        R("nanjundaswamy", "State general secretary", "jds", "Its State general secretary, Nanjundaswamy"),
        R("puttaswamy", "president", "cbff", "Its president, Puttaswamy"),
        R("anjali_deshpande", "Chief Electoral Officer", "karnataka", "Chief Electoral Officer Anjali Deshpande"),
        R("hn_ranganath", "political analyst", "university_of_mysore",
          "Prof. H.N. Ranganath, a political analyst at the University of Mysore"),
        Q("channabasappa", "voted the wrong way", [], "told"),
        Q("channabasappa", "wait longer for water", [], "told"),
        Q("venkataramana_gowda", "open intimidation of voters", ["channabasappa"]),
        Q("venkataramana_gowda", "The Chief Minister should apologise to the people of Mandya. The Commission "
          "must bar him from campaigning for at least 72 hours, otherwise the code of conduct means nothing,",
          ["channabasappa", "eci", "mandya"]),
        Q("lakshmi_narayanaswamy", "twisted", ["channabasappa"]),
        Q("lakshmi_narayanaswamy", "Channabasappa-ji was speaking about the speed of pipeline work, not about "
          "punishing anyone. The BJP is scared of losing Old Mysuru, so it is running to the Commission,",
          ["channabasappa", "bjp", "old_mysuru", "eci"]),
        Q("channabasappa", "selectively clipped", [], "wrote"),
        Q("channabasappa", "whether it votes for us or not", [], "wrote"),
        Q("prabhakar_hegde", "too little, too late", ["eci"]),
        Q("nanjundaswamy", "level playing field", [], "told"),
        Q("puttaswamy", "For us, water is not a gift from any party. It is our right,"),
        Q("puttaswamy", "Whoever forms the government must remember that."),
        Q("anjali_deshpande", "We are taking every complaint seriously, irrespective of which party it concerns,",
          [], "told"),
        Q("hn_ranganath", "Mandya votes on water and on caste. A remark like this touches the first, and the "
          "Opposition will make sure every farmer hears it,", ["mandya"]),
        S("channabasappa", "had told a rally at Maddur in Mandya on Thursday that villages which \"voted the wrong "
          "way\" would \"wait longer for water\"", [], "told"),
        S("venkataramana_gowda", "Leader of the Opposition in the Legislative Assembly R. Venkataramana Gowda said "
          "the Chief Minister's remarks amounted to \"open intimidation of voters\"", ["channabasappa"]),
        S("lakshmi_narayanaswamy", "Party spokesperson Smt. Lakshmi Narayanaswamy said his words had been "
          "\"twisted\" by the Opposition", ["channabasappa"]),
        S("channabasappa", "Mr. Channabasappa himself denied having threatened anyone", [], "denied"),
        S("channabasappa", "he wrote that a video of his speech had been \"selectively clipped\" and that every "
          "village in the State would get drinking water \"whether it votes for us or not\"", [], "wrote"),
        S("prabhakar_hegde", "BJP State president Shri K.S. Prabhakar Hegde welcomed the notice but said it was "
          "\"too little, too late\"", ["eci"]),
        S("jds", "The Janata Dal (Secular), which is contesting all seven Assembly seats in Mandya, also accused "
          "the Chief Minister of misusing his office", ["channabasappa"], "accused"),
        S("nanjundaswamy", "told The Hindu that the party would stage a dharna in front of the Deputy "
          "Commissioner's office in Mandya on Monday unless the district administration ensured a \"level "
          "playing field\"", [], "told"),
        S("puttaswamy", "Its president, Puttaswamy, said the forum would call for a boycott of the polls in 14 "
          "villages near Srirangapatna if no such assurance was given by May 1", ["cbff", "srirangapatna"]),
        S(None, "According to officials in the office of the Chief Electoral Officer, the Commission has received "
          "1,240 complaints of code violations", ["eci"], "according to", optional=True),
        S("anjali_deshpande", "Chief Electoral Officer Anjali Deshpande said most of them related to the "
          "distribution of cash and gifts"),
        S("anjali_deshpande", "She added that flying squads had seized ₹38 crore in cash and liquor worth ₹12 "
          "crore so far", [], "added"),
        S(None, "Political observers said the controversy could hurt the Congress in the Old Mysuru region",
          ["congress", "old_mysuru"], optional=True),
        D(None, None, "campaign ban", "Opposition demands campaign ban"),
        D("eci", "channabasappa", "explain within 48 hours why action should not be taken",
          "asking him to explain within 48 hours why action should not be taken against him"),
        D("venkataramana_gowda", "channabasappa", "apologise to the people of Mandya",
          "The Chief Minister should apologise to the people of Mandya"),
        D("venkataramana_gowda", "eci", "bar him from campaigning for at least 72 hours",
          "The Commission must bar him from campaigning for at least 72 hours"),
        D("prabhakar_hegde", "eci", "examine the use of government vehicles at Congress rallies",
          "Shri Hegde demanded that the ECI also examine the use of government vehicles at Congress rallies in "
          "Mandya and Hassan districts"),
        D("jds", None, "ensure a level playing field", "the party would stage a dharna in front of the Deputy "
          "Commissioner's office in Mandya on Monday unless the district administration ensured a \"level "
          "playing field\""),
        D("cbff", None, "a written assurance that water would be released to tail-end villages",
          "demanded that all parties give a written assurance that water would be released to tail-end "
          "villages regardless of how they voted"),
        D("cbff", None, "an assurance by May 1", "the forum would call for a boycott of the polls in 14 villages "
          "near Srirangapatna if no such assurance was given by May 1"),
        D("puttaswamy", None, "remember that water is a right",
          "Whoever forms the government must remember that"),
    )

    # ---------------------------------------------------------------- 006 Brazil (Al Jazeera)
    article(
        "006_brazil_mining_bill.txt",
        ["brazil", "congress", "chamber_of_deputies", "brasilia", "senate", "jose_carlos_batista", "amazon",
         "para", "apib", "stf", "akatu_pataxo", "bahia", "helena_prado", "antonio_rezende", "fpa",
         "marcos_teles", "sao_paulo", "roraima", "venezuela", "cimi", "european_union", "fernando_lins",
         "moroxi_yanomami", "brazilian_government"],
        ["al_jazeera", "yanomami_territory", "esplanade"],
        R("jose_carlos_batista", "Deputy", "chamber_of_deputies", "Deputy José Carlos Batista"),
        R("akatu_pataxo", "coordinator", "apib", "Akatu Pataxó, an APIB coordinator"),
        R("helena_prado", "Environment Minister", "brazil", "Environment Minister Helena Costa Prado"),
        R("antonio_rezende", "government’s leader in the chamber", "chamber_of_deputies",
          "The government’s leader in the chamber, Deputy Antônio Rezende"),
        R("antonio_rezende", "Deputy", "chamber_of_deputies", "Deputy Antônio Rezende"),
        R("marcos_teles", "president", "fpa", "Its president, Deputy Marcos Venâncio Teles"),
        R("marcos_teles", "Deputy", "chamber_of_deputies", "Deputy Marcos Venâncio Teles"),
        R("fernando_lins", "Senate President", "senate", "Senate President Fernando Aguiar Lins"),
        R("moroxi_yanomami", "community health worker", None,
          "Moroxi Yanomami, a community health worker from Roraima"),
        Q("jose_carlos_batista", "abandoned by the state"),
        Q("jose_carlos_batista", "Today we are giving the people of the Amazon the right to work on their own "
          "land,", ["amazon"], "told"),
        Q("jose_carlos_batista", "Nobody is taking anything from the Indigenous peoples. They will receive "
          "royalties, and they will be consulted.", [], "told"),
        Q("apib", "a death sentence"),
        Q("akatu_pataxo", "They say consultation, but they voted without asking a single village,"),
        Q("akatu_pataxo", "We will not accept any law written by the people who want our land."),
        Q("apib", "before more blood is spilled in the forest", [], "called on"),
        Q("helena_prado", "The world is watching what Brazil does with the Amazon. This vote sends the wrong "
          "message at the worst possible time,", ["brazil", "amazon"], "wrote on X"),
        Q("antonio_rezende", "We lost a battle, not the war,"),
        Q("antonio_rezende", "The Senate will correct this.", ["senate"]),
        Q("marcos_teles", "ideological", [], "dismissed"),
        Q("marcos_teles", "Those who oppose this bill live in Brasília and São Paulo, not in the Amazon,",
          ["brasilia", "sao_paulo", "amazon"], "told"),
        Q("fernando_lins", "The Senate will not be rushed. This is a matter that touches the Constitution,", ["senate"],
          "said in a statement"),
        Q("moroxi_yanomami", "We have buried too many of our children because of the mercury in the rivers,"),
        Q("moroxi_yanomami", "If the Senate approves this, we will camp outside Congress until the law is "
          "withdrawn.", ["senate", "congress"]),
        S(None, "Indigenous leaders have vowed to fight in the courts", [], "vowed", optional=True),
        S(None, "Indigenous groups rejected that claim", [], "rejected", optional=True),
        S("jose_carlos_batista", "The bill’s sponsor, Deputy José Carlos Batista, known across the Amazon state "
          "of Pará as “Zé Batista”, said it would bring jobs and legal certainty to regions that had been "
          "“abandoned by the state”"),
        S("apib", "The Articulation of Indigenous Peoples of Brazil (APIB), the country’s largest Indigenous "
          "organisation, said the bill was “a death sentence” for isolated communities"),
        S("apib", "accused Congress of ignoring a 2023 ruling by the Supreme Federal Court (STF) that protected "
          "their land rights", ["congress", "stf"], "accused"),
        S("apib", "APIB said it would file a challenge at the STF within days", ["stf"]),
        S("helena_prado", "Environment Minister Helena Costa Prado warned that the bill could damage Brazil’s "
          "standing ahead of international climate talks and put trade deals at risk", ["brazil"], "warned"),
        S("antonio_rezende", "said the administration had tried to negotiate changes but had been outvoted by "
          "the agribusiness caucus", ["fpa"]),
        S("marcos_teles", "Its president, Deputy Marcos Venâncio Teles, dismissed the criticism as “ideological”", [],
          "dismissed"),
        S("marcos_teles", "insisted that the bill included environmental safeguards", [], "insisted"),
        S("marcos_teles", "He said the caucus would not accept any amendment in the Senate that restored the need "
          "for Indigenous consent", ["senate"]),
        S(None, "Human rights groups say illegal mining has already poisoned rivers in the Yanomami territory in "
          "Roraima state", ["roraima"], "say", optional=True),
        S("cimi", "According to the Indigenous Missionary Council (CIMI), a Catholic body, 208 Indigenous people "
          "were murdered in Brazil last year", ["brazil"], "according to"),
        S(None, "saying it was incompatible with the commitments Brazil made under a recent trade agreement with "
          "the European Union", ["brazil", "european_union"], "saying", optional=True),
        S("fernando_lins", "Senate President Fernando Aguiar Lins said on Wednesday that the upper house would not "
          "vote on the bill until it had held public hearings in the Amazon region", ["amazon"]),
        D("apib", None, "reject the bill", "called on senators to reject the bill"),
        D("akatu_pataxo", None, "no law written by the people who want our land",
          "We will not accept any law written by the people who want our land"),
        D("fpa", None, "no amendment restoring the need for Indigenous consent",
          "the caucus would not accept any amendment in the Senate that restored the need for Indigenous "
          "consent"),
        D(None, "brazilian_government", "veto the measure", "wrote to the Brazilian government urging it to veto the measure"),
        D("senate", None, "public hearings in the Amazon before any vote", "the upper house would not vote on the "
          "bill until it had held public hearings in the Amazon region"),
        D("moroxi_yanomami", "senate", "not approve the bill",
          "If the Senate approves this, we will camp outside Congress until the law is withdrawn"),
    )
