"""Word lists and CAMEO codes the grammar rules test against.

Rules in several modules read the same lists (dependency labels, code roots, verbs of force),
so each list is defined once, here, and a change to one reaches every rule that reads it.
"""

from __future__ import annotations

import calendar
import re

from eventdb.etl.coder.context import PRIVATE_ROLES

SUBJECT_DEPS = ("nsubj", "csubj")
PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
PREP_DEPS = ("prep", "dative", "agent")
INHERITING_DEPS = ("xcomp", "conj", "advcl", "pcomp")
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
POSSIBLE_AUX = {"would", "could", "might", "may", "can", "should", "must", "ca"}
CONDITIONAL_MARKS = {"if", "unless", "provided"}
RELATIVIZERS = {"that", "which", "who", "whom", "whose"}
ANAPHORS = {"it", "they", "he", "she", "we"}
LIGHT_VERB_DEPS = ("dobj", "nsubjpass", "attr", "pobj", "conj", "appos")
PARTY_PREPS = ("between", "among")
OBJECT_PRONOUNS = {"him", "her", "them", "it"}
#: actor kinds an object pronoun may stand for; "them" also any plural agent ("inspectors")
PRONOUN_KINDS = {
    "him": ("person",),
    "her": ("person",),
    "them": ("group", "organisation"),
}
POSSESSIVE_PRONOUNS = {"its", "their", "his", "her"}
#: prepositions by which a clause names its means: "with drones", "in a wave of strikes"
MEANS_PREPS = frozenset({"with", "in", "using", "by"})
#: verbs that deal their `with` noun to their object: "hit Russia with sanctions"
INFLICTING_VERBS = frozenset({"hit", "target", "slap", "punish", "saddle", "lash", "pummel"})
#: prepositions that name what someone is accused or blamed of ("accused X of spying")
GROUND_PREPS = frozenset({"of", "for"})
#: particles by which a verb of firing names what it brought down ("shot down a drone")
DOWNING_PARTICLES = frozenset({"down"})
INSTRUMENT_DEPS = ("nsubj", "nsubjpass", "dobj", "agent", "prep", "npadvmod", "compound", "nmod")
#: nouns that put a clause in sport, culture or entertainment: "hosted Brazil in a friendly"
LEISURE_NOUNS = frozenset(
    "match friendly qualifier final semifinal semi-final quarterfinal quarter-final tournament"
    " cup championship league olympics olympic derby fixture medal marathon festival concert"
    " documentary film movie exhibition player footballer athlete fan striker goalkeeper"
    " referee".split()
)
#: clausal dependents whose words belong to another clause than the trigger's
OTHER_CLAUSE_DEPS = ("ccomp", "advcl", "xcomp", "conj", "relcl", "parataxis", "acl")
#: verbs of rising and falling: their subject is a measure ("exports rose 20 percent")
CHANGE_VERBS = frozenset(
    "rise fall drop jump surge climb plunge slump decline increase decrease grow shrink double"
    " triple halve soar tumble dip slip ease rebound".split()
)
#: verbs through which an attack noun acts on the verb's object ("an air strike destroyed")
IMPACT_VERBS = frozenset(
    "destroy damage hit kill injure wound level flatten raze demolish wreck devastate target"
    " strike claim".split()
)
FORCE_ROOTS = ("18", "19", "20")
#: verbs by which a clause tells who was harmed by the attack it hangs on
HARM_VERBS = frozenset({"kill", "wound", "injure", "maim"})
#: acts with victims: people named without a country are of the place where they suffer
VICTIM_ROOTS = ("17", *FORCE_ROOTS)
#: participles take the clause's target for giving and promising (01-08) only: in
#: "stormed Israel, killing hundreds" the killing has victims of its own
LENT_TARGET_ROOT = "08"
#: units an event is counted in: "two days of talks", "three rounds of strikes"
#: where a pattern finds whom something is given to
RECIPIENT_SLOTS = frozenset({"dative", "to", "for"})
#: appeals and demands, made of someone
ASKING_ROOTS = ("02", "10")
#: diplomatic cooperation: praise, support, recognition
SUPPORT_ROOT = "05"
#: verbs that host a visit only when their object is itself the guest: "received the Saudi
#: envoy", not "received ambulances from Japan"
GUEST_VERBS = frozenset({"receive"})
#: prepositions of a participle on received goods that name the giver ("donated by")
GIVER_PREPS = ("by", "from")
#: nouns that count an event in installments with or without a number: "a fresh round of
#: talks", "a series of meetings" stand where the talks do
SERIES_NOUNS = frozenset({"round", "series"})
AMOUNT_NOUNS = frozenset({"day", "week", "month", "hour", "year", "round", "wave"})
#: prepositions of time: an event noun after them is background ("after talks")
BACKGROUND_PREPS = frozenset({"after", "following", "before", "since", "despite"})
#: prepositions by which a clause's event names the frame it happened in ("in a deal")
FRAME_PREPS = frozenset({"in", "under"})
#: prepositions by which an event says it came about through a go-between
MEDIATED_PREPS = frozenset({"with", "under", "through", "after", "following", "via", "amid"})
#: protesters put down by a country's own security forces are that country's
OPPOSITION_ROLE = "OPP"
SECURITY_ROLES = frozenset({"COP", "MIL"})
#: roles through which a state acts: who it coerces at home is of its own country
STATE_ROLES = frozenset({"GOV", "COP", "MIL", "JUD", "LEG", "SPY"})
COERCE_ROOT = "17"
#: bans and repression (not arrests, which may be of anyone): "banned women from working"
HOME_COERCION = ("172", "175")
CIVILIAN_ROLE = "CVL"
#: assault and fighting codes that become repression on one's own protesters
REPRESSED_ROOTS = ("18", "19")
REPRESSION_CODE = "175"
#: fighting "in violation of the ceasefire" is the violation itself (196)
FIGHT_ROOT = "19"
TRUCE_BREACH_CODE = "196"
BREACH_NOUNS = frozenset({"violation", "breach", "contravention", "defiance"})
TRUCE_NOUNS = frozenset({"ceasefire", "truce", "armistice", "cease-fire"})
#: "neighbouring Guyana", which the parser reads as a verb taking the country as object
NEIGHBOUR_LEMMAS = frozenset({"neighbour", "neighbor", "neighbouring", "neighboring"})
#: participles by which an attack noun names who made it: "a bomb claimed by", "planted by"
OWNING_VERBS = frozenset({"claim", "plant", "carry", "launch", "detonate", "conduct", "stage"})
#: searches by which arrests are made: "detained in dawn raids", "arrested during a sweep"
RAID_NOUNS = frozenset({"raid", "sweep", "operation"})
RAID_PREPS = frozenset({"in", "during"})
#: verbs that are an attack only when a weapon or attack does them: "missiles hit Kyiv"
WEAPON_SUBJECT_VERBS = frozenset({"hit"})
#: attacks named as the subject of such a verb: "an airstrike hit a school"
ATTACK_NOUNS = frozenset({"strike", "attack", "shelling", "bombardment", "bombing", "raid"})
#: the last word of a date or time put between a verb and its complement (the pipeline runs
#: no entity recogniser, so dates are known by their words)
DATE_WORDS = frozenset(
    {d.lower() for d in calendar.day_name}
    | {"today", "yesterday", "tonight", "weekend", "week", "month", "year", "morning", "night"}
)
#: prepositions by which a fight names its foe: "a fight against", "a war on"
FOE_PREPS = ("against", "on")
#: fighting verbs whose `with` side fights back: "clashed with", "exchanged fire with"
MUTUAL_FIGHT_VERBS = frozenset({"clash", "skirmish", "battle", "exchange"})
#: arrests by an armed group are abductions
ARREST_CODE = "173"
ABDUCTION_CODE = "181"
REBEL_ROLE = "REB"
#: prepositions whose gerund is done by the clause's subject: "responded by breaking ties"
DOER_PREPS = frozenset({"by", "after", "before", "while", "through", "upon", "without"})
#: verbs by which a law or order is made, whose maker acts through it
ENACTING_VERBS = frozenset(
    "pass adopt approve enact sign issue introduce decree promulgate order".split()
)
#: instruments a state acts through: "passed a law banning", "issued a decree ordering"
ENACTED_NOUNS = frozenset(
    "law bill legislation decree order ordinance resolution regulation rule measure".split()
)
#: curfews, martial law and emergency rule name no target: they fall on the ruler's country
HOME_RULE_CODES = frozenset({"1723", "1724"})
DISASTER_NOUNS = frozenset(
    "wildfire fire blaze flood flooding earthquake quake hurricane storm cyclone typhoon"
    " tornado drought tsunami eruption volcano heatwave snowstorm blizzard landslide pandemic"
    " epidemic outbreak virus covid coronavirus cholera ebola".split()
)
#: verbs by which an event noun takes place: "fighting erupted between ..."
OCCURRING_VERBS = frozenset(
    "break erupt rage flare occur continue resume intensify escalate spread start begin".split()
)
#: attacks on a person, whose office is the target rather than the country as a place
PERSONAL_CODES = frozenset({"185", "186"})
#: people a state coerces at home ("banned women from universities", "jailed journalists")
COERCED_ROLES = frozenset({"CVL", "OPP", "MED", "REL", "EDU", "LAB", "REF", "HLH"})
#: participles that name whom the event of their clause is aimed at
AIMING_VERBS = frozenset({"target"})
#: participles by which a place names who is in it
HOUSING_VERBS = frozenset({"house", "host", "hold", "shelter", "station", "carry", "transport"})
#: participles by which a place names who uses it ("a hotel frequented by officials")
FREQUENTING_VERBS = frozenset({"frequent", "use", "visit"})
#: prepositions of place: their object is a venue when it is a city
VENUE_PREPS = ("in", "at")
#: adjectives of stance about a clause, and the noun one expresses them with
#: nouns of one's own readiness: "expressed willingness to mediate" is the subject's own
READINESS_NOUNS = frozenset(
    {"readiness", "willingness", "preparedness", "intention", "determination", "desire"}
)
#: a participle after an act that names who did the same before: "joining Ireland"
FOLLOWING_VERBS = frozenset({"join"})
#: nouns for the ties between states, whose "with" phrase names the partner
TIES_NOUNS = frozenset({"relation", "tie", "relationship", "partnership"})
STANCE_NOUNS = {
    "optimistic": "optimism",
    "hopeful": "hope",
    "confident": "confidence",
    "pessimistic": "pessimism",
    "sceptical": "scepticism",
    "skeptical": "skepticism",
    "doubtful": "doubt",
}
#: predicative adjectives that govern an infinitive like "agree to" / "refuse to" do
ADJECTIVE_COMPOSE = {
    "ready": "intent",
    "willing": "intent",
    "prepared": "intent",
    "eager": "intent",
    "keen": "intent",
    "determined": "intent",
    "unwilling": "reject",
    "reluctant": "reject",
}
#: where words are the weapon: "attacked China's trade practices in a campaign speech"
SPEECH_NOUNS = frozenset(
    "speech interview statement address remark post tweet article editorial op-ed column"
    " letter debate podcast broadcast rally".split()
)
CRITICIZE_CODE = "111"
DISAPPROVE_ROOT = "11"
#: adverbs that with a negation say an act stops: "no longer", "not any longer", "anymore"
CEASING_ADVERBS = frozenset({"longer", "anymore"})
#: prepositions by which an event noun names what it acts on
NOUN_OBJECT_PREPS = frozenset({"of", "on", "to", "in"})
#: a count that makes an expulsion or killing a mass one
MASS_AMOUNTS = frozenset({"thousand", "million"})
MASS_WORD = "thousand"
MASS_COUNT = 2000  # "thousands", in figures
MASS_KILLING_CODE = "202"
BODY_COUNT = 3
FEW_WORDS = frozenset({"one", "two", "both"})
KILLING_VERBS = frozenset({"kill", "execute", "murder", "slay", "behead", "shoot"})
#: verbs whose object is always the means of the infinitive after it ("used drones to")
MEANS_VERBS = frozenset({"use", "employ", "deploy", "utilize", "utilise"})
#: nouns of conveying whose `of` phrase names the goods that make the act what it is
CARRIER_NOUNS = frozenset(
    "shipment delivery supply transfer consignment shipping transport provision sale".split()
)
#: the verb whose object patterns say what kind of appeal asking for a thing is
REQUEST_LEMMA = "request"
#: prepositions that name where or on what occasion something happened
SCENE_PREPS = frozenset({"in", "at", "on", "during"})
#: words by which a relative clause is about the place or time of its head: "where"
SCENE_WORDS = frozenset({"where", "when"})
#: prepositions that say what sides talked about, not with whom
TOPIC_PREPS = frozenset({"about", "over", "regarding", "concerning"})
#: praise and support
SUPPORT_CODE = "051"
#: improved relations, named by a noun of state ("partnership", "thaw")
TIES_CODE = "050"
#: a phone call, the prepositions that make it the frame of another act, and the words
#: that make a "call" a telephone call rather than an appeal
PHONE_CODE = "041"
CALL_FRAME_PREPS = frozenset({"in", "during", "over"})
PHONE_WORDS = frozenset({"phone", "telephone", "video", "video-link"})
#: working staff whose travel is a mission, not a visit
STAFF_NOUNS = frozenset(
    "inspector monitor observer instructor expert investigator peacekeeper adviser advisor"
    " technician engineer worker contingent".split()
)
#: who travels for their side rather than serving on a mission: their trip is a visit
ENVOY_NOUNS = frozenset("delegation chief commander general admiral head minister envoy".split())
#: a meeting, a visit, and a meeting at a third location
MEET_CODE = "040"
MEET_ROOT = "04"
NEGOTIATE_CODE = "046"
VISIT_CODE = "042"
THIRD_VENUE_CODE = "044"
#: governing verbs whose clause is no reported speech: "is considering sending tanks"
UNREPORTED_COMPOSE = frozenset({"consider", "reject", "intent"})
#: express accord: "agreed that ..."
ACCORD_CODE = "019"
#: cooperation acts whose doer is always one of its sides
PARTY_ROOT = "05"
#: nouns that carry what their `of` phrase names: "a message of condolence"
MESSAGE_NOUNS = frozenset({"message", "letter", "note", "word", "expression", "telegram", "cable"})
SENTIMENT_NOUNS = frozenset(
    "condolence sympathy congratulation gratitude thanks apology regret appreciation".split()
)
#: units a sum of money is counted in: "500 million euros in military aid"
MONEY_UNITS = frozenset(
    "$ dollar euro pound yuan yen rouble ruble rupee franc million billion trillion".split()
)
#: a generic investigation, and the verb whose object lists name what refines it
PROBE_CODE = "090"
PROBE_VERB = "investigate"
#: dependents of an investigation that say what it is about ("on corruption charges")
TOPIC_DEPS = ("dobj", "prep", "nsubjpass", "attr")
#: leaving a body or an arrangement (160) is a military retreat when troops leave
WITHDRAWAL_CODE = "160"
RETREAT_CODE = "0874"
RETREAT_TRIGGERS = frozenset({"withdraw", "withdrawal", "pull", "pullout", "retreat"})
#: verbs that call a diplomat in: the infinitive after them is why, the summoner's own act
#: ("summoned the ambassador to protest the detention"), already coded as the complaint
SUMMONING_VERBS = frozenset({"summon"})
#: ground that forces hold: leaving it is a retreat, whoever is asked to leave
HELD_GROUND = frozenset(
    "position territory area zone region town city village corridor border frontier base"
    " outpost hilltop hill enclave strip line shoal island".split()
)
MILITARY_ROLE = "MIL"
#: verbs by which the one a demand is made of answers it: "rejected Hamas's demand"
ANSWERING_VERBS = frozenset(
    "reject refuse dismiss rebuff spurn ignore defy accept meet heed satisfy fulfil fulfill"
    " grant concede agree comply answer resist oppose".split()
)
#: the compose class for an act one stops doing
HALT_KIND = "cease"
#: verbs that govern an action as its ending: "demanded that Washington stop arming Taiwan"
CESSATION_VERBS = frozenset({"stop", "cease", "halt", "quit"})
#: verbs that end the act their object names: "demanded that Seoul end its joint drills"
ENDING_VERBS = frozenset({*CESSATION_VERBS, "end", "suspend"})
#: ending an act of force de-escalates (087); ending any other act changes a policy (0832)
DEESCALATE_CODE = "087"
POLICY_CHANGE_CODE = "0832"
ESCALATION_ROOTS = ("15", *FORCE_ROOTS)
#: a demand made by protesting is coded as the protest (14x), not as a demand (10x)
DEMAND_ROOT = "10"
PROTEST_ROOT = "14"
PROTEST_CODE = "140"
HUNGER_STRIKE_CODE = "142"
STRIKE_CODE = "143"
#: what makes a strike a stoppage, not a military strike: "a hunger strike", "a general strike"
STOPPAGE_MODIFIERS = frozenset(
    {"hunger", "general", "labour", "labor", "nationwide", "wildcat", "indefinite", "work"}
)
#: where protesters go: "took to the streets ... demanding"
PROTEST_PLACES = frozenset({"street"})
#: an easing of restrictions named by what they restrict: "restrictions on remittances"
#: codes as "remittance restrictions" do
TOPIC_PREP = "on"
#: a passage opened for aid ("opened the crossing to aid convoys") is humanitarian access
PASSAGE_CODE = "0872"
AID_ACCESS_CODE = "0863"
PASSAGE_PREPS = ("to", "for", "into")
#: verbs by which goods reach the receiver, and where they name it
ARRIVAL_VERBS = frozenset({"arrive", "reach", "land"})
ARRIVAL_PREPS = ("in", "at", "to")
#: forces that arrive somewhere to lead or join a mission are deployed there to protect
#: (074), not visiting (042)
PROTECTION_CODE = "074"
BUILDUP_CODE = "154"
FRONTIER_NOUNS = frozenset({"border", "frontier", "boundary", "borderland"})
MISSION_NOUNS = frozenset({"mission", "operation", "peacekeeping", "force", "deployment"})
#: troops sent to fight for a side are military aid in personnel (072), not protection (074)
MILITARY_AID_CODE = "072"
FIGHTING_PURPOSES = frozenset({"support", "help", "fight", "assist", "aid", "back", "train"})
#: armed forces backing an armed side give military aid (072), not mere support (051):
#: "M23 rebels backed by Rwandan troops"
BACKING_VERBS = frozenset({"back", "support", "assist", "help", "aid", "reinforce"})
ARMED_ROLES = frozenset({"REB", "MIL"})
#: acts toward one's own country when no one is named, and the role they are toward:
#: "President Morales resigned" yields office to his country; "the opposition called off
#: its protests" eases dissent toward its government; "Thailand's opposition leader
#: demanded the resignation of the prime minister" is a demand of its government
HOME_TARGET_CODES = {
    "0831": "",
    "082": "GOV",
    "104": "GOV",
    "1041": "GOV",
    "1042": "GOV",
    "1043": "GOV",
    "1044": "GOV",
}
#: verbs that name someone or something as what it is: "called X a war criminal"
NAMING_VERBS = frozenset(
    "call describe term dub brand label characterize characterise portray depict hold deem"
    " consider".split()
)
#: words of blame: naming someone by one criticizes them
PEJORATIVES = frozenset(
    "illegal illegitimate unlawful unacceptable unjustified unjustifiable unprovoked provocative"
    " reckless irresponsible dangerous outrageous shameful disgraceful absurd baseless groundless"
    " hypocritical hostile aggressive criminal barbaric barbarous cowardly heinous despicable"
    " deplorable destabilizing destabilising discriminatory racist fascist genocidal terrorist"
    " cynical unfriendly counterproductive sham ridiculous immoral inhumane brutal draconian"
    " lawless rogue violation breach mistake error blunder provocation aggression crime"
    " terrorism embarrassment disgrace shame outrage farce travesty lie propaganda insult"
    " threat menace evil enemy dictator tyrant murderer butcher thug bully bullying blackmail"
    " piracy betrayal hypocrisy interference meddling nazi liar fiasco affront puppet".split()
)
#: verbs of saying whose reported clause can fault someone: "said Iran had made a mistake"
SPEECH_VERBS = frozenset("say tell state insist argue declare write add".split())
#: "made a mistake", "committed a blunder"
FAULT_VERBS = frozenset({"make", "commit"})
FAULT_NOUNS = frozenset({"mistake", "error", "blunder", "miscalculation"})
#: verbs by which an act earns a reaction from others: "drawing condemnation from Japan"
DRAWING_VERBS = frozenset(
    "draw spark prompt provoke trigger earn attract invite face receive incur elicit".split()
)
#: verbs of answering an act: announced, they threaten; "vowed to retaliate"
RESPONSE_VERBS = frozenset({"retaliate", "respond", "avenge", "reciprocate"})
#: nouns of answering an act: "vowed a harsh response"
RESPONSE_NOUNS = frozenset({"response", "retaliation", "revenge", "vengeance", "reprisal"})
#: verbs that announce what their subject will do
VOWING_VERBS = frozenset("vow pledge promise threaten warn swear".split())
#: roots of reactions to what another actor did: disapprove, reject, threaten, show force
REACTION_ROOTS = ("11", "12", "13", "15")
#: conjunctions of a clause that tells what a reaction answers: "after X fired a missile"
CAUSE_MARKS = frozenset({"after", "following"})
THREAT_CODE = "130"
HALT_TALKS_CODE = "134"
#: what one refuses to accept of an act just told: "would never recognise the new state"
OUTCOME_NOUNS = frozenset(
    "state declaration decision move result outcome vote independence referendum annexation"
    " election government regime".split()
)
#: meetings whose cancellation threatened halts negotiations
MEETING_NOUNS = frozenset({"summit", "talk", "talks", "negotiation", "meeting", "dialogue"})
FORCE_THREAT_CODE = "138"
#: verbs that warn of what is to come: of the warner's own act, a threat
WARNING_VERBS = frozenset({"warn", "caution"})
RULING_CODE = "116"
RULING_VERBS = frozenset({"rule", "find", "decide"})
#: verdicts that find a party at fault: "found Russia liable"
CULPABLE = frozenset({"guilty", "liable", "responsible", "culpable", "accountable"})
ACCUSE_CODE = "112"
#: a ruling that says a party "must" do something puts a duty on it
OBLIGING_AUX = frozenset({"must", "should"})
#: acts a court can find a party to have done against others: violations, force, coercion
ADVERSE_ROOTS = frozenset({"12", "17", "18", "19", "20"})
#: international courts, whose rulings are judicial like a national court's
COURT_CODES = frozenset({"IGOICJ", "IGOICC", "IGOCOE", "IGOPCA"})
LEGAL_CODE = "115"
#: legal acts that accuse: their grounds make them an accusation ("a warrant over war crimes")
WARRANT_NOUNS = frozenset({"warrant"})
#: prepositions that name the grounds of a legal act
GROUNDS_PREPS = frozenset({"over", "for", "on"})
POSTURE_CODE = "150"
#: nouns by which a move of forces says whom it is meant for: "as a warning to Taipei"
SIGNAL_NOUNS = frozenset({"warning", "signal", "message"})
#: what a show of force moves: its mover acts as the military ("Russia massed troops" RUSMIL)
MILITARY_NOUNS = frozenset(
    "troop soldier force army military navy warship ship carrier jet warplane bomber aircraft"
    " submarine destroyer frigate tank battalion brigade division reservist marine"
    " paratrooper fighter drill exercise maneuver manoeuvre patrol".split()
)
#: events that security forces are readied ahead of
UNREST_NOUNS = frozenset("march rally protest demonstration strike sit-in uprising".split())
#: "would face the death penalty": what is threatened is what the warned will face
FACING_VERBS = frozenset({"face", "risk", "incur"})
#: nouns that accuse by what their "that" clause says
ALLEGATION_NOUNS = frozenset({"accusation", "allegation"})
#: protest codes whose fourth digit says what the protest demands (1411 ... 1454)
PROTEST_BASES = ("141", "142", "143", "144", "145")
#: what a protest demands, by CAMEO's fourth digit: leadership change, policy change,
#: rights, change of institutions; the first that fits wins
PROTEST_AIMS = (
    (
        "1",
        frozenset(
            "resignation resign ouster oust removal remove impeachment impeach rerun re-run"
            " recount abdication abdicate election".split()
        ),
    ),
    ("3", frozenset("release right freedom liberty treatment amnesty equality".split())),
    ("4", frozenset("constitution constitutional regime democracy referendum".split())),
    (
        "2",
        frozenset(
            "bill law legislation reform overhaul tax policy budget repeal accountability deal"
            " agreement price subsidy pension wage cut hike increase decree measure plan project"
            " justice investigation probe ban".split()
        ),
    ),
)
#: verbs by which a protest says what it wants: "marched demanding", "to demand"
AIM_VERBS = frozenset("demand call press urge seek protest oppose denounce condemn push".split())
#: prepositions that name what a protest is against or for
AIM_PREPS = frozenset({"against", "for"})
#: where protesters are: "rallied in Beijing", "marched through Hong Kong"
PROTEST_PLACE_PREPS = ("in", "across", "through", "throughout")
#: prepositions of where a protest stands: "outside the embassy in Beijing"
SITE_PREPS = frozenset({"in", "across", "through", "throughout", "outside", "at", "near"})
#: names that say where, as places or countries
PLACE_KINDS = frozenset({"place", "institution", "country"})
#: verbs that take "on strike": "went on hunger strike", "are on strike"
STRIKE_VERBS = frozenset({"go", "be", "remain", "stay"})
#: codes whose target is territory itself (blockade, occupation), not its people
TERRITORY_CODES = ("192",)
#: participles by which an attack names whom it hurt ("killing dozens of civilians")
HARMING_VERBS = HARM_VERBS | {"cut", "starve", "trap", "deprive"}
#: verbs by which a government announces what its country does
ANNOUNCING_VERBS = frozenset("say state announce declare confirm tell add pledge".split())
#: an act dated this many years or more before publication is history recalled, not news;
#: a more recent date is the event's own date ("in 2016, Biden criticized Russia")
HISTORY_YEARS = 15
#: prepositions of what a clause answers or is about: "sanctioned two commanders over
#: atrocities in Darfur" does not make the sanctioner the doer of the atrocities
CAUSE_PREPS = frozenset({"over", "about"})
#: people who cross into a country without taking it: refugees, civilians, traders
UNARMED_ROLES = PRIVATE_ROLES | {"REF"}
#: how a clause hangs on the clause whose date it shares ("before signing", "prompting")
FRAMED_DEPS = ("pcomp", "advcl", "xcomp", "conj")
#: verb forms of a clause told in the past or without tense of its own
PAST_FORM_TAGS = frozenset({"VBD", "VBN", "VBG", "VB"})
#: auxiliaries that put a clause in the present or under a modal ("has refused", "will")
PRESENT_TAGS = frozenset({"VBZ", "VBP", "MD"})
_YEAR_TEXT = re.compile(r"\b(?:1[5-9]|20)\d\d\b")

PAIR_NOUNS = frozenset(
    "side party country nation leader government neighbour neighbor rival foe capital".split()
)

#: nouns that count money: "1.3 trillion euros in reparations", "$6 billion in funds"


#: nouns that measure goods: "record volumes of Russian crude", "tonnes of grain"
MEASURE_NOUNS = frozenset(
    "volume amount quantity barrel ton tonne cargo shipment load consignment supply".split()
)

#: verbs that name the receiver as object and the goods with "with": "supplied Russia with"
SUPPLY_WITH_VERBS = frozenset({"supply", "provide", "furnish", "equip", "arm", "resupply"})

#: modifiers by which an act is done together: "joint patrols near Alaska" are the
#: subjects' act with each other, whatever place or third actor the clause names
JOINT_MODIFIERS = frozenset({"joint", "combined"})


#: generic aid, refined by what is given as "provide" would be by its object
AID_CODE = "070"
AID_VERB = "provide"

#: what sides that fight together do with each other: military cooperation
JOINT_FORCE_CODE = "062"

#: verbs whose object may be parsed as the subject of their clause: "allowed UN inspectors
#: to visit the site"
LETTING_VERBS = frozenset({"allow", "permit", "let", "help"})

DEEP_PREPS = (
    "of",
    "for",
    "against",
    "on",
    "to",
    "toward",
    "towards",
    "with",
    "over",
    "by",
    "across",
    "in",
    "inside",
    "near",
    "around",
    "into",
    "including",
    "at",
    "along",
)


#: where goods a participle describes come from: "vehicles imported from China"
ORIGIN_PREPS = ("from",)
