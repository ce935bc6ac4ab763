"""From a dependency parse to events: triggers, their arguments, and the grammar around them.

The verb dictionary says which trigger with which object and preposition means which code;
this module finds subjects and objects through the parse: passive voice, conjoined actors,
coordinated verbs, relative clauses, participles, infinitive complements (composed with the
governing verb: "agreed to send tanks" 0332), reported speech (the reported clause is coded,
"said" is not), negation and modality.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from eventdb.etl.coder.actors import (
    VENUE_KINDS,
    ActorFinder,
    Mention,
    conjuncts,
    unwrap_quantity,
)
from eventdb.etl.coder.context import (
    CIVILIAN_TRADES,
    PRIVATE_ROLES,
    as_victim,
    business_force,
    company_service,
    described_event,
    governing_verb,
    home_visit,
    states_no_act,
    supposed_event,
    with_role,
    year_of,
)
from eventdb.etl.coder.dates import DateMention, find_dates
from eventdb.etl.coder.dictionary import Dictionaries, VerbPattern
from eventdb.etl.coder.memo import forget, per_sentence
from eventdb.etl.coder.parsed import ParsedSentence
from eventdb.etl.coder.types import Actor, CodedEvent

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


@dataclass(slots=True)
class Match:
    """A trigger with the pattern that fits it and the arguments found for it."""

    trigger: Token
    pattern: VerbPattern
    sources: list[Actor]
    targets: list[Actor]
    code: str
    negated: bool = False
    modality: str = "asserted"
    consumed: set[int] = field(default_factory=set)
    #: the sides act on each other ("soldiers were killed in a clash with troops")
    mutual: bool = False


class SentenceCoder:
    def __init__(
        self,
        dictionaries: Dictionaries,
        finder: ActorFinder,
        reparse: Callable[[Doc, dict[int, Mention]], Doc | None] | None = None,
    ) -> None:
        self.d = dictionaries
        self.finder = finder
        #: a second parse for a sentence whose names threw the parser (`reparse.Reparser`)
        self.reparse = reparse
        self.compose = dictionaries.compose
        self._reject_default = str(self.compose.get("reject", {}).get("default") or "")
        #: the codes an accusation's grounds refine ("112" for 1121-1125)
        self._accusation_bases = {code[:3] for code in dictionaries.accusations}
        #: verbs with a protest pattern (14), or that take "on strike"
        self._protest_lemmas = STRIKE_VERBS | {
            lemma
            for lemma, patterns in dictionaries.verbs.items()
            if any(p.code.startswith("14") for p in patterns)
        }
        #: longest phrases first: "war crime" 1124 before "crime" 1121
        self._grounds_phrases = sorted(
            ((f" {p} ", c) for c, phrases in dictionaries.accusations.items() for p in phrases),
            key=lambda item: -len(item[0].split()),
        )
        self._probe_topics = _probe_topics(dictionaries)
        #: verbs that can code a reaction (11-15), alone or through what they govern: only
        #: these are worth aiming at the clause before
        self._reaction_lemmas = frozenset(
            lemma
            for lemma, patterns in dictionaries.verbs.items()
            if any(self._may_react(p, False) for p in patterns)
        )
        self._negated_reaction_lemmas = frozenset(
            lemma
            for lemma, patterns in dictionaries.verbs.items()
            if any(self._may_react(p, True) for p in patterns)
        )
        #: verbs that govern an action ("agree to", "urge to"), looked up per verb per sentence
        self._compose_verbs = frozenset(
            lemma
            for lemma, patterns in dictionaries.verbs.items()
            if any(p.compose for p in patterns)
        )
        #: nouns that govern an action as "demand" does: "its demand to lift sanctions"
        self._compose_nouns = {
            lemma: [p for p in patterns if p.compose]
            for lemma, patterns in dictionaries.nouns.items()
            if any(p.compose for p in patterns)
        }

    # ------------------------------------------------------------------ entry point
    def code(
        self,
        doc: Doc,
        pub: dt.date,
        aliases: tuple[tuple[str, str], ...] = (),
        text: str | None = None,
    ) -> list[CodedEvent]:
        """`text` is the text `doc` was made from, when the caller has it: spaCy joins it
        anew, token by token, on every `doc.text`."""
        forget()
        try:
            return self._code(doc, pub, aliases, doc.text if text is None else text)
        finally:
            forget()  # the remembered tokens hold the document: let it go

    def _code(
        self, doc: Doc, pub: dt.date, aliases: tuple[tuple[str, str], ...], text: str
    ) -> list[CodedEvent]:
        mentions = self.finder.mentions(doc, aliases, text)
        if not mentions:
            return []  # no actor, no event: cheap exit for most non-political text
        syntax = self.reparse(doc, mentions) if self.reparse is not None else None
        doc = ParsedSentence(doc, text, syntax)  # the grammar reads plain words from here on
        state = _State(doc, pub, mentions, self.finder, self._owner_of_pronoun, text)
        tokens = list(doc)
        # each token's part of speech and lemma read once: the passes below only look these up
        words = [(t, t.pos_, t.lemma_.lower()) for t in tokens]
        predicates = [t for t, pos, _ in words if pos in ("VERB", "AUX")]
        nominals = [(t, pos, lemma) for t, pos, lemma in words if pos in ("NOUN", "PROPN")]
        matches: list[Match] = []
        consumed: set[int] = set()
        for token in tokens:
            if token.lower_ in ADJECTIVE_COMPOSE:
                match = self._match_adjective(token, state)
            elif token.lower_ in STANCE_NOUNS:
                match = self._match_stance(token, state)
            else:
                continue
            if match:
                matches.append(match)
                consumed |= match.consumed
        for token, pos, lemma in nominals if self._compose_nouns else ():
            if pos == "NOUN" and lemma in self._compose_nouns:
                state.day = state.role_day(token)
                match = self._compose_noun(token, state)
                if match:
                    matches.append(match)
                    consumed |= match.consumed
        matches.extend(self._judgements(predicates, state, consumed))
        for token in predicates:
            if token.pos_ == "VERB" and token.lemma_.lower() in INFLICTING_VERBS:
                state.day = state.role_day(token)
                match = self._inflicted(token, state)
                if match:
                    matches.append(match)
                    consumed |= match.consumed
        verbs = [t for t in predicates if t.lemma_.lower() in self.d.verbs]
        # matrix verbs first, so their complements are consumed before standing alone
        verbs.sort(key=lambda t: (not self._has_compose(t), t.i))
        for verb in verbs:
            if verb.i in consumed:
                continue
            state.day = state.role_day(verb)
            match = self._conjoined_compose(verb, state) or self._match_verb(verb, state)
            if match:
                matches.append(match)
                consumed |= match.consumed
        matches.extend(self._allegations(nominals, state, consumed))
        triggers = {m.trigger.i for m in matches}
        for token, _, lemma in nominals:
            if lemma not in self.d.nouns:
                continue
            if described_event(token, self.d.light_verbs) or supposed_event(token):
                continue  # "the ceasefire has held since November", "fears of a war"
            if _restates(token, triggers):
                continue  # "accused Israel ..., in his harshest criticism of Israel"
            state.day = state.role_day(token)
            # "rejected Seoul's offer of talks": the rejection and the offer are both events
            match = self._noun_compose(token, state)
            if match is None and token.i not in consumed:
                match = (
                    self._drawn(token, state)
                    or self._match_noun(token, state)
                    or self._call_frame(token, state)
                )
                if match is not None and (
                    self._described_ties(match) or self._praised_support(match)
                ):
                    match = None
            if match:
                matches.append(match)
        state.day = pub
        matches.extend(self._participles(verbs, matches, consumed, state))
        matches = self._reacting(predicates, verbs, matches, consumed, state)
        events: list[CodedEvent] = []
        seen: set[tuple[str, str, str]] = set()
        leisure = any(lemma in LEISURE_NOUNS for _, _, lemma in words)
        #: purpose clauses that an event has taken in ("sent troops to Russia to support")
        absorbed: set[int] = set()
        for match in matches:
            if match.trigger.lemma_.lower() in SUMMONING_VERBS:
                absorbed.update(_purposes(match.trigger))
        for match in matches:
            if match.trigger.i in absorbed:
                continue
            if (
                match.code.startswith("01")
                and match.trigger.pos_ != "ADJ"
                and match.pattern.compose not in UNREPORTED_COMPOSE
                and _complement(match.trigger) is not None
            ):
                continue  # "X told Y that ...": the reported clause is the event, not the telling
            if match.code.startswith("04") and _names_as(match.trigger):
                continue  # "called Netanyahu a disgrace": naming, not a phone call
            if match.trigger.pos_ == "VERB" and not match.negated and _halted(match.trigger):
                # "will no longer send weapons", "stopped supplying gas": the giving ends
                halted = self._lookup(HALT_KIND, match.code)
                if halted is None:
                    continue
                match.code = halted
            if match.code.startswith(DEMAND_ROOT) and self._protesting(match.trigger):
                continue  # "blocked roads to demand ...": the protest is the event
            if _in_condition(match.trigger) or _believed(match.trigger):
                continue  # "if Russia used ...", "optimistic that they would agree": no event
            if leisure and _leisure_context(match.trigger, state.mentions):
                continue  # "France hosted Brazil in a friendly": a match, not a state visit
            if (
                match.trigger.lemma_.lower() in FOLLOWING_VERBS
                and not match.pattern.objects
                and _bare_participle(match.trigger)
            ):
                continue  # "recognised Palestine, joining Ireland and Norway": did as they did
            if self._agreed_to_event(match):
                continue  # "agreed to a four-day truce": the truce is coded as the event
            if match.code == VISIT_CODE and _personnel(match) and not _deployed(match):
                continue  # "Russian military instructors arrived in Burkina Faso": no visit
            if match.code.startswith("04") and self._purpose_of_trip(match.trigger):
                continue  # "flew to Sochi to meet Putin": the meeting is only planned
            if match.code == MEET_CODE:
                if self._met_for_talks(match.trigger):
                    continue  # "met in Istanbul for peace talks": the talks are the event
                match.code = self._third_venue(match, state) or match.code
            if match.negated and match.pattern.code.startswith(MEET_ROOT) and _past(match.trigger):
                continue  # "did not meet as planned": no meeting, and no refusal either
            if _not_news(match.trigger, state):
                continue  # "the 1979 Soviet invasion", "Could China blockade Taiwan?"
            if match.code.startswith(FORCE_ROOTS):
                match.targets = self._named_victims(match, state) or match.targets
            else:
                match.sources = self._announced(match, state)
            if match.code.startswith(FORCE_ROOTS) and _spoken(match.trigger):
                match.code = CRITICIZE_CODE  # an attack in a speech is criticism
            elif match.code in self.d.refine_codes:
                match.code = self._refine(match.trigger) or match.code
            elif self.d.accusations and match.code in self._accusation_bases:
                match.code = self._grounds(match) or match.code
            elif (
                match.code in (WITHDRAWAL_CODE, RETREAT_CODE)
                and match.trigger.lemma_.lower() in RETREAT_TRIGGERS
            ):
                self._retreat(match, state)
            elif match.code == SUPPORT_CODE and _armed_backing(match):
                match.code = MILITARY_AID_CODE
            elif match.code == VISIT_CODE and _deployed(match):
                match.code = PROTECTION_CODE
            elif (
                match.code in (PROTECTION_CODE, self._lookup("negate", PROTECTION_CODE))
                and _fighting_purpose(match.trigger) is not None
            ):
                # "sent 1,500 troops to Russia to support its war": the support is the aid
                absorbed.add(_fighting_purpose(match.trigger).i)
                aid = self._lookup("negate", MILITARY_AID_CODE) if match.negated else None
                match.code = aid or MILITARY_AID_CODE
            elif match.code == PROBE_CODE and self._probe_topics:
                match.code = self._probe_topic(match.trigger) or match.code
            elif match.code == self._reject_default and match.trigger.pos_ == "VERB":
                match.code = self._refused(match.trigger) or match.code
            if match.code.startswith(FIGHT_ROOT) and _breaks_truce(match.trigger):
                match.code = TRUCE_BREACH_CODE  # "shelled ... in violation of the ceasefire"
            place = self.d.is_place_target(match.code)
            if _sides_are_sources(match):
                match.targets = match.sources  # "X and Y pledged to stabilise relations between
                # their two countries": each side toward the other, as the actors named
            pairs = [(s, t) for s in match.sources for t in match.targets]
            if match.mutual or _fights_back(match):
                pairs += [(t, s) for s in match.sources for t in match.targets]
            for source, target in pairs:
                if _private_contact(source, match.code) or _commerce(source, target):
                    continue
                if company_service(source, match.trigger, match.code):
                    continue
                if business_force(source, target, match.code):
                    continue
                if match.code.startswith(TERRITORY_CODES) and _unarmed(source):
                    continue  # "Sudanese refugees have crossed into Chad": no one is occupied
                if match.code.startswith(FORCE_ROOTS):
                    target = as_victim(target)
                personal = match.code in PERSONAL_CODES  # "tried to assassinate Putin"
                if place and not personal and len(target.code) > 3 and target.code[3:] == "GOV":
                    if not self._officials(target):
                        target = _as_place(target)
                if home_visit(source, target, match.code):
                    continue
                if source.code == target.code:
                    continue
                code = _abduction(source, target, _repression(source, target, match.code))
                key = (source.code, target.code, code)
                if key in seen:
                    continue
                seen.add(key)
                day, precision = state.date_for(match.trigger, match.modality)
                t = match.trigger
                events.append(
                    CodedEvent(
                        source=source,
                        target=target,
                        code=code,
                        event_date=day,
                        date_precision=precision,
                        trigger_text=t.text,
                        trigger_start=t.idx,
                        trigger_end=t.idx + len(t.text),
                        modality=match.modality,
                        is_negated=match.negated,
                        pattern=match.pattern.origin,
                    )
                )
        return events

    def _participles(
        self, verbs: list[Token], matches: list[Match], consumed: set[int], state: _State
    ) -> list[Match]:
        """Participle clauses that name no target of their own take the clause above's:
        "made a visit to Kyiv, pledging $500 million in aid" 033 to Ukraine; "agreed a
        package of sanctions against Russia, targeting Russian banks" 163 on Russian banks."""
        found: list[Match] = []
        done = {m.trigger.i for m in matches} | consumed
        for verb in verbs:
            if verb.i in done or not _bare_participle(verb):
                continue
            state.context = self._context_targets(verb.head, matches, state)
            if state.context:
                match = self._match_verb(verb, state)
                if match and match.code[:2] <= LENT_TARGET_ROOT:
                    found.append(match)
            state.context = []
        for match in matches:
            for participle in _aiming_participles(match.trigger):
                obj = _object_of(participle, False)
                targets = state.targets(obj, match.code.startswith(VICTIM_ROOTS))
                if targets and participle.i not in done:
                    aimed = Match(
                        participle,
                        match.pattern,
                        match.sources,
                        targets,
                        match.code,
                        match.negated,
                        match.modality,
                        {participle.i},
                    )
                    found.append(aimed)
        return found

    def _context_targets(self, head: Token, matches: list[Match], state: _State) -> list[Actor]:
        """The targets of the clause a participle hangs on: of an event coded in it, else the
        actors its object names or leads to ("a visit to Kyiv")."""
        if head.pos_ not in ("VERB", "AUX"):
            return []
        clause = {t.i for c in head.children if c.dep_ not in OTHER_CLAUSE_DEPS for t in c.subtree}
        for match in matches:
            if match.trigger.i == head.i or match.trigger.i in clause:
                if not self.d.is_place_target(match.code):
                    return match.targets
                # "a visit to Kyiv": the country visited, not its government
                return [_as_place(a) if a.code[3:] == "GOV" else a for a in match.targets]
        obj = _object_of(head, _is_passive(head))
        if obj is None:
            return []
        return state.targets(obj) or _deep_actors(obj, state)

    def _announced(self, match: Match, state: _State) -> list[Actor]:
        """ "Macron said France would withdraw its ambassador": what a leader says their
        country does, the government does. Officials reporting facts ("US officials said the
        United States has shared intelligence") leave the country as it is."""
        if not any(len(a.code) == 3 for a in match.sources):
            return match.sources
        verb = _clause_head(match.trigger)
        matrix = _matrix_verb(verb) if verb.dep_ == "ccomp" else None
        if matrix is None or matrix.lemma_.lower() not in ANNOUNCING_VERBS:
            return match.sources
        subject = next((c for c in matrix.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or not any(
            t.i in state.mentions and state.mentions[t.i].actor.kind == "person"
            for t in subject.subtree
        ):
            return match.sources
        speakers = {a.code for a in self._subjects(matrix, state, _is_passive(matrix))}
        return [
            with_role(a, "GOV") if len(a.code) == 3 and a.code + "GOV" in speakers else a
            for a in match.sources
        ]

    def _officials(self, actor: Actor) -> bool:
        """Whether a government target is people named by an agent noun ("a hotel frequented
        by government officials"), not a capital standing for the place it is."""
        last = actor.name.rsplit(" ", 1)[-1].lower()
        return self.finder.agents.get(last) == "GOV" or self.finder.agents.get(last[:-1]) == "GOV"

    def _named_victims(self, match: Match, state: _State) -> list[Actor]:
        """ "bombed the rebel-held town of Douma, killing dozens of civilians": when an attack
        on a place names the civilians it killed or wounded, they are its target."""
        if match.code.startswith(TERRITORY_CODES):
            return []  # "stormed into Israel, killing hundreds": the territory is taken
        if not match.targets or any(len(a.code) > 3 for a in match.targets):
            return []
        countries = {a.code for a in match.targets}
        for child in match.trigger.children:
            if child.dep_ not in ("advcl", "xcomp", "conj") or child.tag_ != "VBG":
                continue
            if child.lemma_.lower() not in HARMING_VERBS:
                continue
            # "killing dozens of civilians"; "cutting off food to thousands of civilians"
            obj = next((c for c in child.children if c.dep_ == "dobj"), None)
            receiver = _prep_object(child, ("to",))
            if receiver is None and obj is not None:
                receiver = _prep_object(obj, ("to",))
            obj = receiver or obj
            if obj is None:
                continue
            victims = [
                a
                for a in state.targets(obj, place=True)
                if a.roles in (("CVL",), *((r,) for r in CIVILIAN_TRADES))
                and a.code[:3] in countries
            ]
            if victims:
                return [as_victim(a) for a in victims]
            head = unwrap_quantity(obj)
            role = self.finder.role_of(head)
            if head.i not in state.mentions and (role == "CVL" or role in CIVILIAN_TRADES):
                # people named without a country are of the place attacked
                return [Actor(c + "CVL", head.text, c, None, ("CVL",)) for c in sorted(countries)]
        return []

    def _refine(self, trigger: Token) -> str | None:
        """The weapon named around the trigger: "warplanes struck" 195, "shelled" 194. The
        thing brought down in "shot down a drone" is the target, not the shooter's weapon.
        With several weapons ("missile and air strikes") the one listed first wins, so
        the order of `instruments` is the order of precedence."""
        downed = _object_of(trigger, False) if _downs(trigger) else None
        words = [trigger]
        for child in trigger.children:
            if child.dep_ in INSTRUMENT_DEPS and (downed is None or child.i != downed.i):
                words.extend(child.subtree)
        if trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in MEANS_VERBS:
            means = _object_of(trigger.head, False)  # "used drones to attack Kyiv"
            words.extend(means.subtree if means is not None else ())
        if _bare_participle(trigger) and trigger.head.pos_ == "VERB":
            # "a suicide bomber blew himself up, killing dozens": the weapon of the clause above
            for child in trigger.head.children:
                if child.dep_ in SUBJECT_DEPS:
                    words.extend(child.subtree)
        for verb in _shared_clauses(trigger):
            # "struck Iran's facilities and killed commanders in a wave of air strikes": the
            # means named after the last of two coordinated acts is that of both
            words.extend(t for means in self._means(verb) for t in means.subtree)
        codes = set()
        for word in words:
            code = (
                self._instrument_phrase(word)
                or self.d.instruments.get(word.lemma_.lower())
                or self.d.instruments.get(word.lower_)
            )
            if code:
                codes.add(code)
        return min(codes, key=self.d.instrument_order.index) if codes else None

    def _instrument_phrase(self, word: Token) -> str | None:
        """A weapon named by modifier and noun: "a suicide bomber" 1831 is not a bomber plane,
        "a car bomb" 1832, "a roadside bomb" 1833."""
        for left in word.lefts:
            if left.dep_ in ("compound", "amod", "nmod"):
                code = self.d.instruments.get(f"{left.lemma_.lower()} {word.lemma_.lower()}")
                if code:
                    return code
        return None

    def _means(self, verb: Token) -> list[Token]:
        """Phrases that name how a verb's act was done: "with drones", "in a wave of air
        strikes" (an attack noun or a weapon), not "in a speech on drones"."""
        found: list[Token] = []
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in MEANS_PREPS:
                continue
            for pobj in prep.children:
                inner = _prep_object(pobj, ("of",)) if pobj.dep_ == "pobj" else None
                for noun in (pobj, inner):
                    if noun is not None and self._is_force(noun):
                        found.append(noun)
        return found

    def _is_force(self, noun: Token) -> bool:
        lemma = noun.lemma_.lower()
        if lemma in self.d.instruments:
            return True
        patterns = self.d.nouns.get(lemma, ())
        return any(p.code.startswith(FORCE_ROOTS) for p in patterns)

    def _grounds(self, match: Match) -> str | None:
        """What "accused X of ..." names decides the kind of accusation: "of war crimes"
        1124, "of espionage" 1125. Words elsewhere in the sentence are no grounds."""
        phrase = next(
            (c for c in match.trigger.children if c.dep_ == "prep" and c.lower_ in GROUND_PREPS),
            None,
        )
        if phrase is None:
            return None
        return self._grounds_code([t for t in phrase.subtree if t.i != phrase.i])

    def _retreat(self, match: Match, state: _State) -> None:
        """ "Ukrainian forces withdrew from Avdiivka", "completed the withdrawal of its troops
        from Lebanon": soldiers leaving a place retreat (0874); a state leaving a treaty or
        a body reduces relations (160)."""
        troops = _prep_object(match.trigger, ("of",)) if match.trigger.pos_ == "NOUN" else None
        if troops is not None and self.finder.role_of(troops) == MILITARY_ROLE:
            match.code = RETREAT_CODE
            # "the withdrawal of US troops" names whose troops; "of its troops", the subject's
            named = [a for a in state.actors(troops) if MILITARY_ROLE in a.roles]
            match.sources = named or [
                Actor(a.country + MILITARY_ROLE, a.name, a.country, a.group, (MILITARY_ROLE,))
                if a.country and not a.group
                else a
                for a in match.sources
            ]
        elif all(MILITARY_ROLE in a.roles for a in match.sources):
            match.code = RETREAT_CODE  # "Ukrainian forces withdrew from Avdiivka"
        if match.code == RETREAT_CODE:
            # leaving one's own town names no opponent to retreat from
            own = {a.country for a in match.sources}
            match.targets = [t for t in match.targets if t.code not in own]

    def _topic_code(self, verb: Token, code: str) -> str | None:
        """ "eased restrictions on remittances" 085 as "eased remittance restrictions" (not
        081); "opened the crossing to aid convoys" 0863 as "opened aid convoys" (not 0872)."""
        obj = _object_of(verb, _is_passive(verb))
        if obj is None:
            return None
        patterns = self.d.verbs.get(verb.lemma_.lower(), ())
        if code == PASSAGE_CODE:
            aid = [p for p in patterns if p.code == AID_ACCESS_CODE]
            for owner in (verb, obj):
                for prep in owner.children:
                    if prep.dep_ not in PREP_DEPS or prep.lower_ not in PASSAGE_PREPS:
                        continue
                    goods = [c for c in prep.children if c.dep_ == "pobj"]
                    if any(_object_fits(g, p.objects) for g in goods for p in aid):
                        return AID_ACCESS_CODE
            return None
        topic = _prep_object(obj, (TOPIC_PREP,))
        if topic is None:
            return None
        head = obj.lemma_.lower()
        for item in conjuncts(topic):  # the first-named topic decides
            pair = (item.lemma_.lower(), head)
            found = [p for p in patterns if pair in p.objects]
            if found:
                return max(found, key=lambda p: p.specificity).code
        return None

    def _destination(self, verb: Token, goods: Token, state: _State) -> list[Actor]:
        """ "HIMARS supplied by the United States have arrived in Ukraine": goods a participle
        describes went where the clause says they arrived; troops sent "to fight in Ukraine"
        went where they are to fight."""
        purpose = _fighting_purpose(verb)
        if purpose is not None:
            return self._prep_actors(purpose, None, ("in",), state, lenient=True)
        if verb.dep_ != "acl" or goods.i != verb.head.i or goods.dep_ not in SUBJECT_DEPS:
            return []
        arrival = goods.head
        if arrival.lemma_.lower() not in ARRIVAL_VERBS:
            return []
        return self._prep_actors(arrival, None, ARRIVAL_PREPS, state, lenient=True)

    def _protesting(self, trigger: Token) -> bool:
        """Whether a demand is what a protest is held for: "blocked roads to demand",
        "launched a general strike to demand", "took to the streets ..., demanding"."""
        verb = trigger
        for _ in range(3):
            if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head.pos_ != "VERB":
                return False
            verb = verb.head
            if self._protest_act(verb):
                return True
        return False

    def _protest_act(self, verb: Token) -> bool:
        """A verb of protest ("rallied", "blocked roads") or one whose object or phrase
        names a protest ("launched a strike", "took to the streets")."""
        obj = _object_of(verb, _is_passive(verb))
        for pattern in self.d.verbs.get(verb.lemma_.lower(), ()):
            if pattern.code.startswith(PROTEST_ROOT) and not pattern.particles:
                if not pattern.objects or _object_fits(obj, pattern.objects):
                    return True
        nouns = [c for c in verb.children if c.dep_ == "dobj"]
        nouns += [p for c in verb.children if c.dep_ == "prep" for p in c.children]
        for noun in nouns:
            lemma = noun.lemma_.lower()
            if lemma in PROTEST_PLACES or any(
                p.code.startswith(PROTEST_ROOT) for p in self.d.nouns.get(lemma, ())
            ):
                return True
        return False

    def _probe_topic(self, trigger: Token) -> str | None:
        """What an investigation is about makes it specific: "investigating Zuma on
        corruption charges" 091, "an inquiry into the crackdown on protesters" 092, "the
        role of Russia's military in the downing of MH17" 093. The topic named first wins."""
        words = [
            t
            for c in trigger.children
            if c.dep_ in TOPIC_DEPS and c.i > trigger.i
            for t in c.subtree
        ]
        if not words:
            return None
        lemmas = " " + " ".join(t.lemma_.lower() for t in words) + " "
        texts = " " + " ".join(t.lower_ for t in words) + " "
        best: tuple[int, int, str] | None = None
        for needle, code in self._probe_topics:
            for haystack in (lemmas, texts):
                at = haystack.find(needle)
                if at >= 0 and (best is None or (at, -len(needle)) < best[:2]):
                    best = (at, -len(needle), code)
        return best[2] if best else None

    def _refused(self, verb: Token) -> str | None:
        """ "rejected North Korea's demand to lift sanctions" 1244, "rejected an offer of
        talks" 125: what the refused proposal asks for makes the refusal specific."""
        proposal = _object_of(verb, _is_passive(verb))
        if proposal is None or proposal.pos_ != "NOUN":
            return None
        inner = next(
            (
                c
                for c in proposal.children
                if c.dep_ in ("acl", "relcl")
                and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            ),
            None,
        )
        if inner is None:
            inner = _prep_object(proposal, ("of", "for"))
            if inner is None or inner.lemma_.lower() not in self.d.nouns:
                return None
        bare = self._bare_code(inner)
        return self._lookup("reject", bare) if bare else None

    # ------------------------------------------------------------------ verbs
    def _has_compose(self, verb: Token) -> bool:
        return verb.lemma_.lower() in self._compose_verbs

    def _match_verb(
        self, verb: Token, state: _State, subjects: list[Actor] | None = None, depth: int = 0
    ) -> Match | None:
        patterns = self.d.verbs.get(verb.lemma_.lower(), [])
        passive = _is_passive(verb)
        obj = _object_of(verb, passive)
        recipient = None
        retained = _retained_object(verb) if passive else None
        if retained is not None:
            recipient, obj = obj, retained  # "Ukraine was given tanks by Germany"
        let = _let_clause(verb) if obj is None else None
        if let is not None:
            obj = next(c for c in let.children if c.dep_ == "nsubj")  # "allowed inspectors to"
        negated = _is_negated(verb)
        # the object's words once, not once per pattern; a named person's title stands for
        # the object noun ("killed Hezbollah leader Hassan Nasrallah")
        fitting = (
            [obj, *_titles(obj), *_amount(verb, obj), *_amount_content(obj)]
            if obj is not None
            else []
        )
        contents = _contents(obj) if obj is not None else []
        if contents and any(_object_fits(t, p.objects) for p in patterns for t in contents):
            fitting = contents  # "halted shipments of munitions": what is shipped decides
        goods = _supplied_with(verb, obj)
        fitting += [goods] if goods is not None else []
        words = {w for t in fitting for w in (t.lemma_.lower(), t.lower_)}
        mass = _mass_count(obj) or (obj is not None and bool(_amount(verb, obj)))
        if mass:
            words.add(MASS_WORD)
        best: tuple[int, VerbPattern, list[Actor], list[Actor], set[int]] | None = None
        composed: Match | None = None
        victims: tuple[list[Actor], set[int]] | None = None
        for pattern in patterns:
            if pattern.particles and not _has_particles(verb, pattern.particles):
                continue
            if pattern.objects and not (
                not pattern.heads.isdisjoint(words)
                and (
                    any(_object_fits(t, pattern.objects) for t in fitting)
                    or (mass and _object_fits_lemma(MASS_WORD, pattern.objects))
                )
            ):
                continue
            if verb.dep_ == "amod" and not pattern.objects:
                continue  # "Russian-backed separatists": only "a Qatari-brokered truce" codes
            if not pattern.objects and verb.lemma_.lower() in WEAPON_SUBJECT_VERBS:
                if not self._armed_subject(verb):
                    continue  # "sanctions hit Russia": only a weapon hits as an attack
            if pattern.code in PERSONAL_CODES and _body_count(obj):
                continue  # "killed seven FARC dissidents": a toll, not an assassination
            if _stopover_with_object(pattern, obj):
                continue
            if pattern.compose and composed is None and depth < 3:
                composed = self._compose(verb, pattern, state, subjects, depth)
                if composed:
                    continue
            if pattern.sources:
                srcs = self._prep_actors(verb, obj, pattern.sources, state) or self._givers(
                    [obj, *contents] if obj is not None else [], state
                )
                tgts = subjects if subjects is not None else self._subjects(verb, state, passive)
            else:
                srcs = subjects if subjects is not None else self._subjects(verb, state, passive)
                if not srcs and subjects is None and retained is not None:
                    # "was granted a bailout by the IMF": the parser hangs the giver on the gift
                    srcs = state.actors(_prep_object(retained, ("by",)))
                if not srcs and subjects is None and passive and obj is not None:
                    srcs = self._own_forces(obj, pattern, state)
                if goods is not None and _object_fits(goods, pattern.objects):
                    tgts = state.targets(obj)  # "supplied Russia with drones"
                else:
                    tgts = self._targets(verb, obj, pattern, state, passive)
                if not tgts and recipient is not None and _takes_recipient(pattern):
                    tgts = state.targets(recipient)
                for content in contents if fitting is contents and not tgts else ():
                    tgts = self._targets(verb, content, pattern, state, passive)
                    if tgts:
                        break
            if pattern.objects and pattern.code.startswith(FORCE_ROOTS):
                if self._fought_thing(obj, state):
                    continue  # "stepped up its fight against inflation": no foe at all
            if not tgts and "to" in pattern.targets and obj is not None:
                tgts = self._destination(verb, obj, state)
            if not tgts and let is not None and pattern.objects:
                # "allowed aid trucks to enter Gaza": where the allowed may go
                tgts = state.targets(_object_of(let, False)) or self._prep_actors(
                    let, None, ("into", "to", "in"), state, lenient=True
                )
            if not tgts and state.context and subjects is None:
                tgts = state.context
            if not tgts and pattern.code.startswith(VICTIM_ROOTS):
                tgts = self._domestic_opponents(obj, srcs, state, pattern.code)
                for aimed in _aimed_at(verb, obj, pattern.targets) if not tgts else ():
                    # "fired tear gas at protesters": the people the act is aimed at
                    tgts = self._domestic_opponents(aimed, srcs, state, pattern.code)
                    if tgts:
                        break
            if (
                pattern.code in HOME_RULE_CODES
                and {a.country for a in tgts} <= {a.country for a in srcs}
                and not _disaster(verb)
            ):
                tgts = _home_country(srcs)  # "declared martial law": over its own country
            hurt: set[int] = set()
            if (
                pattern.code.startswith(FORCE_ROOTS)
                and _bare_places(tgts)
                # "stormed into the town": a pattern whose own phrase is missing is no match
                and (tgts or "object" in pattern.targets or bool(pattern.objects))
            ):
                if victims is None:
                    victims = self._victims(verb, obj, state, tgts)
                found, via = victims
                if (
                    found
                    and {a.country for a in tgts} <= {a.country for a in found}
                    and not (tgts and any(set(a.roles) & SECURITY_ROLES for a in found))
                ):
                    # "shelled the town, killing five civilians"; soldiers killed in a town
                    # leave the town's country as what was attacked
                    tgts, hurt = found, via
            if (
                not tgts
                and obj is not None
                and "object" in pattern.targets
                and self.d.is_place_target(pattern.code)
                and pattern.code not in TERRITORY_CODES  # "seized cocaine at the port"
                and not _is_measure(obj)
            ):
                tgts = self._site_of(verb, obj, state)
            if not tgts and obj is not None and pattern.code.startswith(FORCE_ROOTS):
                tgts = self._pronoun_owners(verb, obj, state)
            if not tgts and len(srcs) > 1 and _reciprocal_argument(verb, obj):
                tgts = srcs  # "Armenia and Azerbaijan accused each other"
            if (
                not tgts
                and len(srcs) > 1
                and self.d.is_reciprocal(pattern.code)
                and (
                    _joint(obj)
                    or not (
                        _other_actor_in_clause(verb, state)
                        and not (
                            pattern.code.startswith((MEET_ROOT, FIGHT_ROOT))
                            and _only_venues(verb, state, pattern.code.startswith(MEET_ROOT))
                        )
                    )
                )
                and not self._acts_on_people(obj, pattern)
                and not _backs_a_cause(verb, obj, pattern)
            ):
                tgts = srcs  # "Israel and Hamas agreed a ceasefire": each towards the other
            if (
                not tgts
                and subjects is None
                and pattern.code in HOME_TARGET_CODES
                and (not pattern.objects or HOME_TARGET_CODES[pattern.code])
            ):
                tgts = _homelands(srcs, HOME_TARGET_CODES[pattern.code])
            if not srcs or not tgts:
                continue
            if self._goods_received(verb, obj, pattern, state):
                continue
            score = pattern.specificity
            if best is None or score >= best[0]:
                used = {obj.i} if obj is not None and pattern.objects else set()
                if let is not None and pattern.objects:
                    used.add(let.i)  # "allowed inspectors to visit": the visit is the letting
                if self._lends_event(verb) and _third_party(srcs, tgts, pattern):
                    used = set()  # "Qatar brokered a truce": the truce is coded as well
                used |= hurt
                best = (score, pattern, srcs, tgts, used)
        if composed is not None:
            if best is None or composed.pattern.specificity + 2 >= best[0]:
                return composed
        if best is None:
            return None
        _, pattern, srcs, tgts, used = best
        code = (self._topic_code(verb, pattern.code) if pattern.objects else None) or pattern.code
        if code == PROTECTION_CODE and _to_frontier(verb, obj):
            code = BUILDUP_CODE
        if code.startswith(FORCE_ROOTS) and _joint(obj) and tgts is srcs:
            code = JOINT_FORCE_CODE  # "launched a joint offensive against insurgents": allies
        if mass and _civilians_killed(verb, code, tgts):
            code = MASS_KILLING_CODE
        if _no_longer(verb):
            # "will no longer send weapons to Ukraine": stopping aid, not giving it
            code = self._lookup(HALT_KIND, code)
            if code is None:
                return None
            negated = False
        elif negated:
            code = pattern.negated or self._lookup("negate", code)
            if code is None:
                return None
        return Match(verb, pattern, srcs, tgts, code, negated, _modality(verb), used | {verb.i})

    def _own_forces(self, obj: Token, pattern: VerbPattern, state: _State) -> list[Actor]:
        """ "Nepalese peacekeepers were deployed to South Sudan": forces sent with no sender
        named are sent by their own state, which the forces stand for."""
        if not pattern.objects or "object" in pattern.targets:
            return []
        return [a for a in state.actors(obj) if SECURITY_ROLES.intersection(a.roles)]

    def _inflicted(self, verb: Token, state: _State) -> Match | None:
        """ "hit Russia with sanctions", "slapped China with tariffs": the `with` noun is the
        action, the verb's object its target; the verb itself is no attack."""
        obj = _object_of(verb, False)
        noun = _prep_object(verb, ("with",))
        if obj is None or noun is None or _is_negated(verb):
            return None
        plain = [p for p in self.d.nouns.get(noun.lemma_.lower(), []) if not p.objects]
        if not plain:
            return None
        targets = state.targets(obj)
        sources = self._subjects(verb, state, False)
        if not targets or not sources:
            return None
        pattern = plain[-1]
        consumed = {verb.i, noun.i, obj.i}
        return Match(
            verb, pattern, sources, targets, pattern.code, False, _modality(verb), consumed
        )

    def _match_adjective(self, adjective: Token, state: _State) -> Match | None:
        """ "China is unwilling to provide support to Russia" 122, "Poland is ready to hand
        over jets to Ukraine" 0332: the adjective composes with its infinitive as "refuse
        to" / "agree to" do; the infinitive is no event of its own."""
        if adjective.dep_ not in ("acomp", "ROOT", "conj", "ccomp"):
            return None
        if _complement(adjective) is None:
            return None
        kind = ADJECTIVE_COMPOSE[adjective.lower_]
        copula = adjective.head if adjective.dep_ == "acomp" else adjective
        if _is_negated(copula) or (copula.i != adjective.i and _is_negated(adjective)):
            if kind != "intent":
                return None  # "not unwilling": no stance either way
            kind = "reject"
        subjects = self._subjects(copula, state, False)
        if not subjects:
            return None
        pattern = VerbPattern(
            trigger=adjective.lower_,
            is_noun=False,
            code=str(self.compose.get(kind, {}).get("default") or ""),
            compose=kind,
            origin="grammar:adjective",
        )
        return self._compose(adjective, pattern, state, subjects, 0)

    def _arresting_raid(self, noun: Token) -> bool:
        """A raid or sweep in which people are arrested or detained is how the arrest was
        made, not an attack of its own."""
        if noun.lemma_.lower() not in RAID_NOUNS or noun.dep_ != "pobj":
            return False
        prep = noun.head
        if prep.lower_ not in RAID_PREPS or prep.head.pos_ != "VERB":
            return False
        verb = prep.head
        return any(p.code == ARREST_CODE for p in self.d.verbs.get(verb.lemma_.lower(), ()))

    def _armed_subject(self, verb: Token) -> bool:
        """Whether the subject is a weapon or an attack: "Russian missiles hit Kyiv", "a
        Houthi drone hit Tel Aviv", "an airstrike hit a school"."""
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None:
            return False
        lemma = subject.lemma_.lower()
        return (
            lemma in ATTACK_NOUNS
            or lemma in self.d.instruments
            or self._instrument_phrase(subject) is not None
        )

    def _fought_thing(self, obj: Token | None, state: _State) -> bool:
        """A fight, war or campaign waged against something that is no actor ("its fight
        against inflation", "a war on drugs") is a figure of speech, whoever owns it. People
        are a foe even unnamed: "an offensive against jihadists"."""
        if obj is None:
            return False
        foe = _prep_object(obj, FOE_PREPS)
        return (
            foe is not None
            and foe.pos_ == "NOUN"
            and self.finder.role_of(foe) is None
            and not state.targets(foe)
        )

    def _domestic_opponents(
        self, obj: Token | None, sources: list[Actor], state: _State, code: str = ""
    ) -> list[Actor]:
        """ "Myanmar soldiers and police shot dead 100 protesters": protesters named without
        a country, put down by a country's police or army, are that country's own. So are
        the people a state coerces at home: "the Taliban government banned women from
        attending universities" AFGCVL."""
        role = self.finder.role_of(obj) if obj is not None else None
        if obj is not None and role is None and obj.pos_ == "PROPN" and obj.i not in state.mentions:
            # "detained opposition activist Freddy Superlano": a name we do not know is
            # what its title says
            title = next(
                (c for c in obj.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None
            )
            role = self.finder.role_of(title) if title is not None else None
        if obj is None or role is None or role == "BASE":
            return []
        # groups of people, not one suspect: "arrested a man" is crime, not coercion
        coerced = (
            code.startswith(HOME_COERCION) and role in COERCED_ROLES and obj.tag_ in ("NNS", "NNPS")
        )
        if role != OPPOSITION_ROLE and not coerced:
            return []
        named = (t for left in obj.lefts for t in left.subtree)
        if any(t.i in state.mentions for t in named):
            return []  # "pro-Iranian protesters": a name of their own, not plainly domestic
        countries = {a.country for a in sources}
        if len(countries) != 1 or None in countries:
            return []
        security = all(set(a.roles) & SECURITY_ROLES for a in sources)
        state_made = all(not a.roles or a.roles[0] in STATE_ROLES for a in sources)
        # "Georgian authorities detained an opposition leader": a state coercing the
        # opposition coerces its own, whichever arm of it acts
        home_opposition = role == OPPOSITION_ROLE and code.startswith(COERCE_ROOT)
        if not security and not ((coerced or home_opposition) and state_made):
            return []
        country = next(iter(countries))
        return [Actor(country + role, obj.text, country, None, (role,))]

    def _match_stance(self, adjective: Token, state: _State) -> Match | None:
        """ "Qatar's prime minister was optimistic that Israel and Hamas would reach a deal":
        a stance towards the actors of the clause it is about, coded as expressing the
        matching noun ("express optimism") is; the clause itself is no event."""
        clause = next((c for c in adjective.children if c.dep_ == "ccomp"), None)
        if adjective.dep_ != "acomp" or clause is None or _is_negated(adjective.head):
            return None
        noun = STANCE_NOUNS[adjective.lower_]
        pattern = next(
            (p for p in self.d.verbs.get("express", []) if _object_fits_lemma(noun, p.objects)),
            None,
        )
        if pattern is None:
            return None
        sources = self._subjects(adjective.head, state, False)
        targets = self._clause_subjects(clause, state) or self._ties_partner(clause, state)
        if not sources or not targets:
            return None
        return Match(
            adjective, pattern, sources, targets, pattern.code, False, "asserted", {adjective.i}
        )

    def _ties_partner(self, clause: Token, state: _State) -> list[Actor]:
        """ "confident that relations with China were back on track": a clause about ties
        is about the partner they are with."""
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.lemma_.lower() not in TIES_NOUNS:
            return []
        return state.targets(_prep_object(subject, ("with",)))

    def _acts_on_people(self, obj: Token | None, pattern: VerbPattern) -> bool:
        """ "Soldiers and police shot dead 100 protesters": the action falls on people the
        object names (of no known country), not on the subjects each other."""
        return not pattern.objects and obj is not None and self.finder.role_of(obj) is not None

    def _owner_of_pronoun(self, token: Token, state: _State) -> Actor | None:
        """ "Turkish officials said their government ...", "a visit by its foreign minister":
        an agent noun owned by a pronoun belongs to the subject of the clause above it."""
        pronoun = next((c for c in token.lefts if c.dep_ == "poss"), None)
        if pronoun is None or pronoun.lower_ not in POSSESSIVE_PRONOUNS:
            return None
        if not _owner_position(token):
            return None  # "took its crew hostage": the owner may be any noun before it
        role = self.finder.role_of(token)
        verb = governing_verb(token)
        if role is None or role == "BASE" or verb is None:
            return None
        if token.i in {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}:
            verb = _matrix_verb(verb)  # the noun is this clause's own subject
            if verb is None:
                return None
        owners = self._subjects(verb, state, _is_passive(verb))
        if len(owners) != 1 or owners[0].country is None:
            return None
        if pronoun.lower_ in ("his", "her") and not owners[0].roles:
            return None  # a person's, and the subject is a country
        country = owners[0].country
        return Actor(country + role, token.text, country, None, (role,))

    def _lends_event(self, verb: Token) -> bool:
        """Whether the verb's object noun names an event that took place ("brokered a
        truce"), not one asked for or refused ("demanded a truce")."""
        return not self.d.light_verbs or verb.lemma_.lower() in self.d.light_verbs

    def _compose(
        self,
        verb: Token,
        pattern: VerbPattern,
        state: _State,
        subjects: list[Actor] | None,
        depth: int,
        governed: Token | None = None,
    ) -> Match | None:
        """A governing verb plus the action it governs: intent, appeal, demand, refusal, threat."""
        kind = str(pattern.compose)
        complement = governed if governed is not None else _complement(verb)
        if kind in ("appeal", "demand") and _reports_to(verb, complement):
            return None
        noun = None
        requested: str | None = None
        purpose: set[int] = set()
        if kind == "appeal" and complement is not None:
            if self._requested(_prep_object(verb, ("for",))) is not None:
                # "asked allies for air defence systems to protect cities": the infinitive
                # says what the thing asked for is for
                purpose = {t.i for t in complement.subtree}
                complement = None
        if complement is None:
            # "threatened Russia with sanctions", "called for a ceasefire"
            noun = _prep_object(verb, ("with", "for", "of"))
            if noun is None and kind == "appeal":
                noun = _asked_for(verb)
            if noun is None and kind == "intent":
                noun = _assured_of(verb)
            if noun is None and state.context:
                noun = _object_noun(verb)  # "pledging $500 million in military aid"
            requested = self._requested(noun) if kind == "appeal" else None
            if noun is None or (noun.lemma_.lower() not in self.d.nouns and requested is None):
                return None
        passive = _is_passive(verb)
        matrix_subjects = subjects if subjects is not None else self._subjects(verb, state, passive)
        if not matrix_subjects:
            return None
        addressees: list[Actor] = []
        addressee = _object_of(verb, passive)
        if kind in ("appeal", "demand"):
            if addressee is None and complement is not None:
                addressee = next((c for c in complement.children if c.dep_ in SUBJECT_DEPS), None)
            if addressee is None:
                addressee = _prep_object(verb, ("on", "to", "upon"))
        # "assured Zelensky of continued support": the one assured receives what is promised
        # "invited Trump to visit Ukraine": the one invited is the target
        promised = kind == "intent" and (
            noun is not None or (complement is not None and complement.dep_ == "xcomp")
        )
        if addressee is not None and (kind in ("appeal", "demand", "threaten") or promised):
            addressees = state.targets(addressee) or self._antecedent(verb, addressee, state)
        inner_subjects = addressees or None if kind in ("appeal", "demand") else matrix_subjects
        if complement is not None:
            action = self._action(complement, state, inner_subjects, depth)
        elif noun.lemma_.lower() in self.d.nouns:
            action = self._match_noun(noun, state, inner_subjects)
        else:
            action = None
        negated = _is_negated(verb)
        if kind == "threaten" and not addressees:
            if action is None or not _names_actor(complement, state):
                # "threatened to close the strait if the US blocked its exports"
                addressees = self._condition_subjects(verb, state)
        if action is None and addressees and not negated:
            # "urged Iran to release the detainees": the governed action names no actor,
            # the addressee is the target
            bare = self._bare_code(complement if complement is not None else noun)
            if bare is not None or requested is not None:
                code = (
                    _finer(requested, self._lookup(kind, bare)) if bare is not None else requested
                ) or self.compose.get(kind, {}).get("default")
                if code:
                    consumed = {verb.i, (complement if complement is not None else noun).i}
                    consumed |= purpose
                    return Match(
                        verb,
                        pattern,
                        matrix_subjects,
                        addressees,
                        str(code),
                        False,
                        _modality(verb),
                        consumed,
                    )
        if action is None:
            if complement is None:
                return None
            if kind in ("appeal", "demand") and addressees and pattern.code and not negated:
                return Match(
                    verb,
                    pattern,
                    matrix_subjects,
                    addressees,
                    pattern.code,
                    False,
                    _modality(verb),
                    {verb.i, complement.i},
                )
            if kind == "intent" and not negated:
                return self._accord(verb, pattern, complement, matrix_subjects, state)
            return None
        if action.negated:
            return None
        if negated:
            if kind != "intent":
                return None
            kind = "reject"
        code = self._lookup(kind, action.code) or self.compose.get(kind, {}).get("default")
        if not code:
            return None
        if complement is None:
            code = _finer(requested, str(code))
        elif kind == "intent" and code == self.compose.get(kind, {}).get("default"):
            # "agreed that the talks had been useful": a shared view, not an intention
            return self._accord(verb, pattern, complement, matrix_subjects, state)
        targets = (
            addressees
            if (kind in ("appeal", "demand", "threaten") or promised) and addressees
            else action.targets
        )
        modality = "intent" if kind == "intent" else _modality(verb)
        consumed = {verb.i, *action.consumed, *purpose}
        if complement is not None:
            consumed.add(complement.i)
        return Match(
            verb, pattern, matrix_subjects, targets, str(code), negated, modality, consumed
        )

    def _accord(
        self,
        verb: Token,
        pattern: VerbPattern,
        complement: Token,
        subjects: list[Actor],
        state: _State,
    ) -> Match | None:
        """ "Moscow and Beijing agreed that NATO should not expand": agreeing that something
        is so expresses accord (019) with the one agreed with, or between the agreeing sides."""
        if complement.dep_ != "ccomp" or any(
            c.dep_ == "aux" and c.lower_ == "to" for c in complement.children
        ):
            return None
        if not any(p.code == ACCORD_CODE for p in self.d.verbs.get(verb.lemma_.lower(), ())):
            return None
        partner = _prep_object(verb, ("with",))
        targets = state.targets(partner) if partner is not None else []
        if not targets and len(subjects) > 1:
            targets = subjects
        if not targets:
            return None
        consumed = {verb.i, complement.i}
        return Match(
            verb, pattern, subjects, targets, ACCORD_CODE, False, _modality(verb), consumed
        )

    def _conjoined_compose(self, verb: Token, state: _State) -> Match | None:
        """ "agreed to resume talks and to allow inspectors in": an infinitive coordinated
        with a governed one is governed by the same verb, not asserted on its own."""
        head = verb.head
        if verb.dep_ != "conj" or verb.tag_ != "VB" or head.dep_ != "xcomp" or head.i == verb.i:
            return None
        if any(c.dep_ in SUBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children):
            return None
        governor = head.head
        pattern = next(
            (
                p
                for p in self.d.verbs.get(governor.lemma_.lower(), ())
                if p.compose and not (p.particles and not _has_particles(governor, p.particles))
            ),
            None,
        )
        if pattern is None:
            return None
        match = self._compose(governor, pattern, state, None, 0, governed=verb)
        if match is None or match.code == self.compose.get(str(pattern.compose), {}).get("default"):
            return None  # the second action codes nothing of its own
        return match

    def _agreed_to_event(self, match: Match) -> bool:
        """A bare intention whose `to` / `on` phrase names an event noun: the noun is coded."""
        if match.pattern.compose != "intent" or match.code != match.pattern.code:
            return False
        if match.trigger.pos_ != "VERB" or _complement(match.trigger) is not None:
            return False
        noun = _prep_object(match.trigger, ("to", "on"))
        return noun is not None and noun.lemma_.lower() in self.d.nouns

    def _purpose_of_trip(self, trigger: Token) -> bool:
        """ "travelled to Russia's Far East to meet Putin", "arrived in Beirut for talks with
        Lebanese leaders": a meeting named as the purpose of a journey is what the traveller
        means to do, told before it happens."""
        head = trigger.head
        if trigger.dep_ == "pobj" and head.lower_ == "for":
            # "travelled to Washington for meetings with US officials": the same
            journey = head.head
            return journey.pos_ == "VERB" and any(
                p.code == VISIT_CODE for p in self.d.verbs.get(journey.lemma_.lower(), ())
            )
        if trigger.dep_ != "advcl" or trigger.pos_ != "VERB" or head.i == trigger.i:
            return False
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
            return False
        return any(p.code == VISIT_CODE for p in self.d.verbs.get(head.lemma_.lower(), ()))

    def _met_for_talks(self, trigger: Token) -> bool:
        """Whether a meeting verb's `for` phrase names negotiations, coded on their own."""
        if trigger.pos_ != "VERB":
            return False
        noun = _prep_object(trigger, ("for",))
        if noun is None:
            return False
        return any(
            p.code.startswith(NEGOTIATE_CODE) for p in self.d.nouns.get(noun.lemma_.lower(), ())
        )

    def _third_venue(self, match: Match, state: _State) -> str | None:
        """ "Trump and Kim met in Singapore" 044: a meeting in a country that is neither
        side's own is a meeting at a third location."""
        sides = {a.country for a in (*match.sources, *match.targets)}
        if not sides or any(not c or len(c) != 3 or c.startswith("IGO") for c in sides):
            return None
        heads = [match.trigger]
        if match.trigger.pos_ in ("NOUN", "PROPN"):
            governor = governing_verb(match.trigger)
            if governor is not None:
                heads.append(governor)
        for head in heads:
            for prep in head.children:
                if prep.dep_ != "prep" or prep.lower_ not in SCENE_PREPS:
                    continue
                # "met on the sidelines of the G20 meeting in New Delhi": the place may be
                # named inside the occasion
                for pobj in prep.subtree:
                    if pobj.dep_ != "pobj" or pobj.head.lower_ not in VENUE_PREPS:
                        continue
                    mention = state.mentions.get(pobj.i)
                    if mention is None or mention.actor.kind not in (*VENUE_KINDS, "country"):
                        continue
                    code = mention.actor.code_on(state.day)
                    if not code or code.startswith("IGO"):
                        return None
                    return THIRD_VENUE_CODE if code[:3] not in sides else None
        return None

    def _requested(self, noun: Token | None) -> str | None:
        """ "asked Germany for more tanks" 0232, "appealed to China for economic assistance"
        0231: what is asked for names the kind of appeal as it does for "requested tanks"."""
        if noun is None:
            return None
        best: VerbPattern | None = None
        for pattern in self.d.verbs.get(REQUEST_LEMMA, ()):
            if pattern.objects and _object_fits(noun, pattern.objects):
                if best is None or pattern.specificity >= best.specificity:
                    best = pattern
        if best is None:
            # "appealed to its allies for air defence systems": the aid the goods are
            aid = self._aid_kind(noun)
            return self._lookup("appeal", aid) if aid else None
        return best.code

    def _compose_noun(self, noun: Token, state: _State) -> Match | None:
        """ "rejected North Korea's demand to lift sanctions" 1054, "repeated its demand for
        a permanent ceasefire" 1056: a demand noun composes with the action it asks for as
        the verb does. Whoever rejects, meets or ignores the demand is the one it is made of;
        else the action's own target is."""
        pattern = self._compose_nouns[noun.lemma_.lower()][-1]
        kind = str(pattern.compose)
        inner = next(
            (
                c
                for c in noun.children
                if c.dep_ in ("acl", "relcl")
                and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            ),
            None,
        )
        asked = None if inner is not None else _prep_object(noun, ("for",))
        if inner is None and (asked is None or asked.lemma_.lower() not in self.d.nouns):
            return None
        sources = self._own_sources(noun, state)
        addressees: list[Actor] = []
        verb = noun.head
        if (
            noun.dep_ in ("dobj", "nsubjpass")
            and verb.lemma_.lower() in ANSWERING_VERBS
            and sources
        ):
            codes = {a.code for a in sources}
            addressees = [
                a for a in self._subjects(verb, state, _is_passive(verb)) if a.code not in codes
            ]
        if not sources and (
            any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in noun.children)
            or (noun.dep_ == "dobj" and noun.lemma_.lower() in READINESS_NOUNS)
        ):
            sources = self._subjects(verb, state, _is_passive(verb))  # "repeated its demand"
        if not sources:
            sources = self._noun_sources(noun, state)
        if not sources or _is_negated(verb):
            return None
        # "Turkey's willingness to mediate": the one who intends an act is who would do it
        doers = sources if kind == "intent" and not addressees else addressees or None
        if inner is not None:
            action = self._action(inner, state, doers, 0)
        else:
            action = self._match_noun(asked, state, addressees or None)
        governed = inner if inner is not None else asked
        if action is not None and not action.negated:
            if action.code == WITHDRAWAL_CODE and governed.lemma_.lower() in RETREAT_TRIGGERS:
                action.code = RETREAT_CODE  # a withdrawal one demands is from territory
            code = self._lookup(kind, action.code)
            # "its demand for an Israeli withdrawal": asked of the one who is to withdraw
            own = self._own_sources(asked, state) if asked is not None else []
            targets = addressees or own or action.targets
            consumed = {noun.i, governed.i, *action.consumed}
        else:
            bare = self._bare_code(governed)
            code = self._lookup(kind, bare) if bare else None
            targets = addressees or (self._noun_targets(asked, state) if asked is not None else [])
            consumed = {noun.i, governed.i}
        if not code or not targets:
            return None
        if noun.dep_ == "dobj" and noun.lemma_.lower() in READINESS_NOUNS:
            consumed.add(verb.i)  # "signalled readiness to talk": one intention, not two
        return Match(noun, pattern, sources, targets, code, False, _modality(verb), consumed)

    def _noun_targets(self, noun: Token, state: _State) -> list[Actor]:
        """Whom an event noun names as its target, whoever does it: "the lifting of US
        sanctions" names the US."""
        for pattern in self.d.nouns.get(noun.lemma_.lower(), ()):
            if not pattern.objects:
                found = self._prep_actors(noun, None, pattern.targets, state, lenient=True)
                if found:
                    return found
        return []

    def _condition_subjects(self, verb: Token, state: _State) -> list[Actor]:
        """ "Iran threatened to close the strait if the US blocked its exports": a threat
        with no addressee is aimed at whoever must not meet its condition."""
        complement = _complement(verb)
        heads = [verb] if complement is None else [verb, complement]
        for child in (c for head in heads for c in head.children):
            if child.dep_ in ("advcl", "ccomp") and any(
                m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in child.children
            ):
                return self._subjects(child, state, _is_passive(child))
        return []

    def _action(
        self, token: Token, state: _State, subjects: list[Actor] | None, depth: int
    ) -> Match | None:
        """The coded action a complement clause expresses, following "continue to", "seek to"."""
        ceasing = False
        for _ in range(3):
            if token.lemma_.lower() in CESSATION_VERBS and _complement(token) is not None:
                ceasing = True
                token = _complement(token) or token
                continue
            if token.lemma_.lower() in self.d.verbs:
                match = self._match_verb(token, state, subjects, depth + 1)
                if match:
                    return _ceased(match) if ceasing else match
            if token.pos_ == "NOUN" and token.lemma_.lower() in self.d.nouns:
                return self._match_noun(token, state, subjects)
            match = self._coordinated_action(token, state, subjects, depth)
            if match:
                return match
            nxt = _complement(token)
            if nxt is None:
                obj = _object_of(token, False)
                if obj is not None and obj.lemma_.lower() in self.d.nouns:
                    match = self._match_noun(obj, state, subjects)
                    if match and token.lemma_.lower() in ENDING_VERBS:
                        return _ceased(match)  # "end its joint drills", "stop its attacks"
                    return match
                return None
            token = nxt
        return None

    def _coordinated_action(
        self, verb: Token, state: _State, subjects: list[Actor] | None, depth: int
    ) -> Match | None:
        """ "agreed to abandon its weapons programmes and to allow inspectors into the
        country": when the first of coordinated infinitives codes nothing, the next does."""
        for other in verb.children:
            if (
                other.dep_ == "conj"
                and other.pos_ == "VERB"
                and other.tag_ == "VB"  # an infinitive, as the first one is
                and other.lemma_.lower() in self.d.verbs
                and not any(c.dep_ in SUBJECT_DEPS for c in other.children)
            ):
                match = self._match_verb(other, state, subjects, depth + 1)
                if match:
                    return match
        return None

    def _bare_code(self, token: Token) -> str | None:
        """The code a trigger's own pattern gives, whoever the target: for actions whose
        target is the addressee of an appeal or threat."""
        lemma = token.lemma_.lower()
        if token.pos_ in ("NOUN", "PROPN"):
            patterns = [p for p in self.d.nouns.get(lemma, []) if not p.objects]
            return patterns[-1].code if patterns else None
        ended = _complement(token) if lemma in CESSATION_VERBS else None
        if ended is not None:
            # "demanded that NATO stop expanding": ending an act, whatever act it is
            inner = self._bare_code(ended) or ""
            return DEESCALATE_CODE if inner.startswith(ESCALATION_ROOTS) else POLICY_CHANGE_CODE
        obj = _object_of(token, _is_passive(token))
        best: VerbPattern | None = None
        for pattern in self.d.verbs.get(lemma, []):
            if pattern.compose or pattern.sources:
                continue
            if pattern.particles and not _has_particles(token, pattern.particles):
                continue
            if pattern.objects and not _object_fits(obj, pattern.objects):
                continue
            if best is None or pattern.specificity >= best.specificity:
                best = pattern
        if lemma in RETREAT_TRIGGERS and obj is None and (best is None or not best.objects):
            ground = _prep_object(token, ("from",))
            if ground is not None and ground.lemma_.lower() in HELD_GROUND:
                return RETREAT_CODE  # "demanded that Israel withdraw from five positions"
        if (best is None or not best.objects) and lemma in ENDING_VERBS and obj is not None:
            # "demanded that Seoul end its joint drills": the drills end, whoever holds them
            inner = self._bare_code(obj) if obj.lemma_.lower() in self.d.nouns else None
            if inner:
                return DEESCALATE_CODE if inner.startswith(ESCALATION_ROOTS) else POLICY_CHANGE_CODE
        return best.code if best else None

    def _may_react(self, pattern: VerbPattern, negated: bool) -> bool:
        """Whether a pattern can give a reaction code, as itself or composed, or negated."""
        code = (pattern.negated or self._lookup("negate", pattern.code) or "") if negated else ""
        return bool(pattern.compose) or any(
            c.startswith(REACTION_ROOTS) for c in (pattern.code, code)
        )

    def _lookup(self, kind: str, code: str) -> str | None:
        table = self.compose.get(kind, {}).get("map", {})
        for n in range(len(code), 1, -1):
            hit = table.get(code[:n])
            if hit:
                return str(hit)
        return None

    # ------------------------------------------------------------------ nouns
    def _match_noun(
        self, noun: Token, state: _State, subjects: list[Actor] | None = None
    ) -> Match | None:
        if _is_measure(noun) or (_background(noun) and not self._own_sources(noun, state)):
            return None  # "after talks": background; "after Israeli strikes": still news
        if self._arresting_raid(noun):
            return None  # "arrested 25 Palestinians in overnight raids": the arrest is the act
        best: tuple[int, VerbPattern, list[Actor]] | None = None
        host = _occurrence(noun)
        stoppage = _stoppage(noun)
        for pattern in self.d.nouns.get(noun.lemma_.lower(), []):
            if stoppage and pattern.code.startswith(FORCE_ROOTS):
                continue  # "went on hunger strike against the government": no attack
            if pattern.objects:
                # "the pause of military aid to Ukraine": what is paused decides the code
                inner = next(
                    (t for t in _noun_objects(noun) if _object_fits(t, pattern.objects)), None
                )
                tgts = self._prep_actors(noun, inner, pattern.targets, state, lenient=True)
                if inner is None or not tgts:
                    continue
            else:
                tgts = self._prep_actors(noun, host, pattern.targets, state, lenient=True)
            if tgts and (best is None or pattern.specificity >= best[0]):
                best = (pattern.specificity, pattern, tgts)
        if best is None or _bare_places(best[2]):
            best = self._patient_event(noun, state) or best
        if best is None:
            best = self._domestic_noun(noun, state, subjects)
        srcs: list[Actor] | None = None
        if best is None and state.context and subjects is not None:
            plain = [p for p in self.d.nouns.get(noun.lemma_.lower(), []) if not p.objects]
            if plain:
                best = (plain[-1].specificity, plain[-1], state.context)
        if best is None and subjects is None:
            best, srcs = self._mediation(noun, state)
        if best is None:
            best = self._subject_event(noun, state)
        if best is None:
            # "US and Philippine troops began joint exercises": reciprocal, no target named
            reciprocal = [
                p
                for p in self.d.nouns.get(noun.lemma_.lower(), [])
                if not p.objects and self.d.is_reciprocal(p.code)
            ]
            if not reciprocal or self._names_counterpart(noun, state):
                return None  # "agreements to normalise relations with Israel": not each other
            srcs = subjects if subjects is not None else self._noun_sources(noun, state)
            if len(srcs) < 2:
                return None
            best = (0, reciprocal[0], srcs)
        _, pattern, tgts = best
        if srcs is None:
            srcs = subjects if subjects is not None else self._noun_sources(noun, state)
        if (
            len(tgts) > 1
            and any(_prep_object(t, ("between",)) is not None for t in (noun, host) if t)
            and not any(c.dep_ == "poss" for c in noun.children)
            and (not srcs or self.d.is_reciprocal(pattern.code))
        ):
            # "fighting between the army and the RSF", "Egypt brokered a truce between
            # Israel and Hamas": the sides act towards each other
            srcs = tgts
        mutual = False
        if not srcs and self.d.is_reciprocal(pattern.code):
            srcs = self._passive_side(noun, state)
            mutual = bool(srcs)
        if not srcs:
            return None
        governor = governing_verb(noun)
        if governor is not None and _is_negated(governor):
            return None
        modality = _modality(governor) if governor is not None else "asserted"
        code = pattern.code
        if code == AID_CODE:
            code = self._aid_kind(noun) or code
        return Match(noun, pattern, srcs, tgts, code, False, modality, {noun.i}, mutual)

    def _aid_kind(self, noun: Token) -> str | None:
        """The kind of aid an aid noun names, read as what "provide" would take as object:
        "emergency food aid" 073, "the delivery of Eurofighter jets" 072, "humanitarian
        assistance" 073. One table of goods serves the verb and its nouns."""
        found: VerbPattern | None = None
        goods = [noun, *_noun_objects(noun)]
        for pattern in self.d.verbs.get(AID_VERB, ()):
            if pattern.code == AID_CODE or not pattern.objects:
                continue
            if found is not None and pattern.specificity < found.specificity:
                continue
            if any(_object_fits(g, pattern.objects) for g in goods):
                found = pattern
        return found.code if found is not None else None

    def _domestic_noun(
        self, noun: Token, state: _State, subjects: list[Actor] | None
    ) -> tuple[int, VerbPattern, list[Actor]] | None:
        """ "Iran's deadly crackdown on protesters": the people a state's coercion falls on,
        named without a country, are its own."""
        patterns = self.d.nouns.get(noun.lemma_.lower(), [])
        for pattern in patterns:
            if pattern.objects or not pattern.code.startswith(COERCE_ROOT):
                continue
            people = _prep_object(noun, pattern.targets)
            if people is None:
                continue
            srcs = subjects if subjects is not None else self._noun_sources(noun, state)
            tgts = self._domestic_opponents(people, srcs, state, pattern.code)
            if tgts:
                return (pattern.specificity, pattern, tgts)
        return None

    def _call_frame(self, noun: Token, state: _State) -> Match | None:
        """ "urged Zelensky in a phone call to investigate", "In a phone call with Erdogan,
        Putin thanked ...": a call named as the frame of another act is a contact of its
        own, between the act's subject and whom it speaks to."""
        pattern = next(
            (p for p in self.d.nouns.get(noun.lemma_.lower(), ()) if p.code == PHONE_CODE), None
        )
        prep = noun.head
        if pattern is None or noun.dep_ != "pobj" or prep.lower_ not in CALL_FRAME_PREPS:
            return None
        verb = prep.head
        if verb.pos_ != "VERB" or prep.dep_ != "prep":
            return None
        partner = _prep_object(noun, ("with",))
        targets = state.targets(partner) if partner is not None else []
        if not targets and any(c.lower_ in PHONE_WORDS for c in noun.lefts):
            obj = _object_of(verb, _is_passive(verb))
            if obj is not None:
                targets = state.targets(obj) or self._antecedent(verb, obj, state)
        sources = self._subjects(verb, state, _is_passive(verb))
        if not targets or not sources:
            return None
        return Match(noun, pattern, sources, targets, PHONE_CODE, False, _modality(verb), {noun.i})

    def _praised_support(self, match: Match) -> bool:
        """ "praised Pyongyang's unwavering support for Moscow's war": support that is the
        object of praise or thanks is what the praise is about, not news of its own."""
        noun = match.trigger
        if not match.code.startswith(SUPPORT_CODE) or noun.dep_ != "dobj":
            return False
        patterns = self.d.verbs.get(noun.head.lemma_.lower(), ())
        return any(p.code.startswith(SUPPORT_CODE) for p in patterns)

    def _described_ties(self, match: Match) -> bool:
        """ "underlined the deepening partnership between Russia and China": a state of
        relations named in passing is a description; it is news only when someone forms,
        begins or seals it ("forged a partnership", "a thaw began")."""
        if match.code != TIES_CODE:
            return False
        governor = governing_verb(match.trigger)
        return governor is None or governor.lemma_.lower() not in self.d.light_verbs

    def _noun_compose(self, noun: Token, state: _State) -> Match | None:
        """ "Seoul's offer of talks" 036, "an offer by Turkey to mediate with Hamas" 039, "a US
        proposal for a ceasefire" 0256: a noun of offering or proposing with its own source
        composes with what it offers, toward whoever receives, accepts or rejects it."""
        pattern = next((p for p in self.d.nouns.get(noun.lemma_.lower(), ()) if p.compose), None)
        if pattern is None:
            return None
        kind = str(pattern.compose)
        sources = self._own_sources(noun, state)
        if not sources:
            return None
        clause = next(
            (
                c
                for c in noun.children
                if c.dep_ == "acl"
                and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            ),
            None,
        )
        inner = clause if clause is not None else _prep_object(noun, ("of", "for"))
        if inner is None and kind == "appeal":
            inner = _asked_for(noun)
        if inner is None:
            return None
        if clause is None:
            inner = _unwrap(inner)  # "an offer of $2 billion in aid"
        requested = self._requested(inner) if kind == "appeal" and clause is None else None
        if clause is not None:
            action = self._action(clause, state, sources, 0)
        elif inner.lemma_.lower() in self.d.nouns:
            action = self._match_noun(inner, state, sources)
        elif requested is not None:
            action = None  # "Kyiv's request for air defence systems"
        else:
            return None
        bare = action.code if action is not None else self._bare_code(inner)
        code = _finer(requested, self._lookup(kind, bare) if bare else None)
        if code is None:
            return None
        own = {a.code for a in sources}
        receivers = [a for a in self._receivers(noun, state) if a.code not in own]
        targets = list(receivers)
        if kind == "intent" or not targets:
            targets += [a for a in (action.targets if action else []) if a.code not in own]
        if not targets:
            return None
        consumed = {noun.i, inner.i, *(action.consumed if action else ())}
        governor = governing_verb(noun)
        modality = "intent" if kind == "intent" else "asserted"
        if governor is not None and _is_negated(governor) and not receivers:
            return None  # "Russia made no offer of talks"
        return Match(noun, pattern, sources, targets, code, False, modality, consumed)

    def _receivers(self, noun: Token, state: _State) -> list[Actor]:
        """Whom an offer is made to: its `to` phrase, else who accepts or rejects it."""
        to = _prep_object(noun, ("to",))
        if to is not None:
            found = state.targets(to)
            if found:
                return found
        verb = noun.head
        if noun.dep_ == "pobj" and verb.lower_ == "to" and verb.head.pos_ == "VERB":
            # "agreed to a US proposal for a ceasefire"
            return self._subjects(verb.head, state, _is_passive(verb.head))
        if verb.pos_ != "VERB" or noun.dep_ not in ("dobj", "nsubjpass"):
            return []
        found = self._subjects(verb, state, noun.dep_ == "nsubjpass")
        # "was ready to accept a US proposal": the subject of the adjective's clause
        holder = verb.head
        for _ in range(2):
            if found or verb.dep_ != "xcomp" or holder.pos_ != "ADJ":
                break
            copula = holder.head if holder.dep_ == "acomp" else holder
            found = self._subjects(copula, state, False)
        return found

    def _passive_side(self, noun: Token, state: _State) -> list[Actor]:
        """ "Twenty Indian soldiers were killed in a clash with Chinese troops": those a
        passive verb happened to are a side of the fighting it happened in."""
        head = noun.head
        if noun.dep_ != "pobj" or head.dep_ != "prep" or head.lower_ not in ("in", "during"):
            return []
        verb = head.head
        if verb.pos_ != "VERB" or not _is_passive(verb):
            return []
        if _prep_object(verb, ("by",), deps=("agent", "prep")) is not None:
            return []
        patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        return state.actors(patient)

    def _subject_event(
        self, noun: Token, state: _State
    ) -> tuple[int, VerbPattern, list[Actor]] | None:
        """ "An Israeli air strike destroyed Iran's consulate": an event noun that is the
        subject of a verb acts on that verb's object."""
        verb = noun.head
        if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or _is_negated(verb):
            return None
        if verb.lemma_.lower() not in IMPACT_VERBS:
            return None  # "a Chinese company's attack on prices hurt its rivals"
        obj = _object_of(verb, False)
        patterns = [
            p
            for p in self.d.nouns.get(noun.lemma_.lower(), [])
            if not p.objects and p.code.startswith(FORCE_ROOTS)
        ]
        if obj is None or not patterns or state.actors(noun):
            return None  # "Russian occupiers shelled ...": an actor, not an event
        tgts = state.targets(obj)
        # "a drone strike killed commander Qassem Soleimani": what the verb does to such an
        # object (assassinate) says more than the attack noun does
        pattern = self._object_pattern(verb, obj) or patterns[-1]
        return (pattern.specificity, pattern, tgts) if tgts else None

    def _patient_event(
        self, noun: Token, state: _State
    ) -> tuple[int, VerbPattern, list[Actor]] | None:
        """ "Two Lebanese soldiers were wounded by Israeli fire", "was killed in an Israeli
        strike": an attack named as the means of a passive harm falls on whom it harmed."""
        head = noun.head
        if noun.dep_ != "pobj" or head.lower_ not in ("in", "by"):
            return None
        verb = head.head
        if verb.pos_ != "VERB" or not _is_passive(verb) or _is_negated(verb):
            return None
        if verb.lemma_.lower() not in HARMING_VERBS | IMPACT_VERBS:
            return None
        patterns = [
            p
            for p in self.d.nouns.get(noun.lemma_.lower(), [])
            if not p.objects and p.code.startswith(FORCE_ROOTS)
        ]
        patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if patient is None or not patterns or state.actors(noun):
            return None  # "killed by Israeli troops": the passive verb's own agent
        tgts = state.targets(patient, place=True)
        pattern = self._object_pattern(verb, patient) or patterns[-1]
        return (pattern.specificity, pattern, tgts) if tgts else None

    def _object_pattern(self, verb: Token, obj: Token) -> VerbPattern | None:
        """The verb's most specific act of force that asks for this very object."""
        fitting = [obj, *_titles(obj)]
        best: VerbPattern | None = None
        for pattern in self.d.verbs.get(verb.lemma_.lower(), ()):
            if not pattern.objects or pattern.particles or pattern.compose:
                continue
            if not pattern.code.startswith(FORCE_ROOTS):
                continue
            if any(_object_fits(t, pattern.objects) for t in fitting):
                if best is None or pattern.specificity >= best.specificity:
                    best = pattern
        return best

    def _mediation(
        self, noun: Token, state: _State
    ) -> tuple[tuple[int, VerbPattern, list[Actor]] | None, list[Actor] | None]:
        """ "A deal reached with Qatari mediation": a noun between sides that names its own
        source and no sides; the sides are those of the event it belongs to."""
        patterns = [p for p in self.d.nouns.get(noun.lemma_.lower(), []) if not p.objects]
        if not patterns or not all(set(p.targets) <= set(PARTY_PREPS) for p in patterns):
            return None, None  # "Moscow's war": a side's own action, not a go-between's
        if not (noun.dep_ == "pobj" and noun.head.lower_ in MEDIATED_PREPS):
            return None, None  # "rejected Turkish mediation": offered, not done
        srcs = self._own_sources(noun, state)
        if not srcs:
            return None, None
        codes = {a.code for a in srcs}
        tgts = [a for a in self._parties(noun, state) if a.code not in codes]
        if not tgts:
            return None, None
        return (patterns[-1].specificity, patterns[-1], tgts), srcs

    def _noun_sources(self, noun: Token, state: _State) -> list[Actor]:
        own = self._own_sources(noun, state)
        if own or _prep_object(noun, ("by",)) is not None:
            return own
        noun = _amount_of(noun)  # "held two days of talks": the talks stand where "days" does
        head = noun.head
        if (
            noun.dep_ in LIGHT_VERB_DEPS
            and head.pos_ in ("VERB", "AUX")
            and head.i != noun.i
            and (not self.d.light_verbs or head.lemma_.lower() in self.d.light_verbs)
        ):
            return self._subjects(head, state, _is_passive(head) and noun.dep_ != "nsubjpass")
        if (
            noun.dep_ == "pobj"
            and head.dep_ == "prep"
            and head.head.pos_ in ("VERB", "AUX")
            and head.lower_ not in CAUSE_PREPS
        ):
            verb = head.head
            if head.lower_ in GROUND_PREPS and self._blames(verb):
                return []  # "blamed Boko Haram for an attack": alleged, not told as done
            return self._subjects(verb, state, _is_passive(verb))
        return []

    def _blames(self, verb: Token) -> bool:
        """Whether a verb accuses or blames: the acts it names as grounds are alleged."""
        return any(
            p.code.startswith(DISAPPROVE_ROOT) for p in self.d.verbs.get(verb.lemma_.lower(), ())
        )

    def _own_sources(self, noun: Token, state: _State) -> list[Actor]:
        """The source a noun phrase names itself: possessive, country modifier, `by` phrase."""
        for child in noun.lefts:
            if child.dep_ == "poss":
                found = state.actors(child)
                if found:
                    return found
        for child in noun.lefts:
            if child.dep_ in ("amod", "compound", "nmod"):
                mention = state.mentions.get(child.i)
                if mention is not None:
                    actor = self.finder.resolve(child, state.mentions, state.day)
                    if actor is None and mention.actor.kind == "adjective":
                        code = mention.actor.code_on(state.day)
                        if code:
                            actor = Actor(code, child.text, code[:3])
                    if actor is not None:
                        return [actor]
        by = _prep_object(noun, ("by",))
        if by is not None:
            return state.actors(by)
        by = _owning_agent(noun)
        if by is not None:
            return state.actors(by)
        return []

    # ------------------------------------------------------------------ arguments
    def _subjects(self, verb: Token, state: _State, passive: bool, hops: int = 0) -> list[Actor]:
        if hops > 4:
            return []
        if passive:
            agent = _prep_object(verb, ("by",), deps=("agent", "prep"))
            for other in _shared_passives(verb) if agent is None else ():
                # "was captured and killed by rebels": the agent of both participles
                agent = _prep_object(other, ("by",), deps=("agent", "prep"))
                if agent is not None:
                    break
            if agent is None:
                # "a Russian-brokered deal": the adjective alone names the agent
                return state.targets(_hyphen_agent(verb))
            return state.actors(agent)
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS and child.lower_ != "each":
                # "each accusing the other": `each` stands for the subjects of the clause above
                if child.lower_ in RELATIVIZERS and verb.dep_ == "relcl":
                    return state.actors(verb.head)
                if child.lower_ in ANAPHORS and hops < 4:
                    # "Pakistan said it shot down two jets": `it` is the one who said so
                    matrix = _matrix_verb(verb)
                    if matrix is not None:
                        return self._subjects(matrix, state, _is_passive(matrix), hops + 1)
                found = state.actors(child)
                if not found and hops < 4 and verb.dep_ == "ccomp":
                    found = self._speakers_forces(verb, child, state, hops)
                return found
        if verb.dep_ == "relcl":
            return []
        if verb.dep_ == "acl" and (verb.tag_ == "VBG" or _misparsed_main(verb)):
            found = state.actors(verb.head)
            enactor = _enactor(verb.head)
            if not found and enactor is not None and hops < 4:
                # "passed a law banning the agency": the law acts for whoever passed it
                return self._subjects(enactor, state, _is_passive(enactor), hops + 1)
            return found
        if verb.dep_ in INHERITING_DEPS and verb.head.i != verb.i:
            head = verb.head
            if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in DOER_PREPS:
                head = head.head  # "responded by breaking relations": the one who responded
            if head.pos_ in ("VERB", "AUX"):
                if verb.dep_ == "xcomp":
                    # "told Putin to withdraw": the one told does the withdrawing
                    controller = _object_of(head, _is_passive(head))
                    if controller is not None and not self._means_object(controller, state):
                        found = state.actors(controller)
                        if found or head.lemma_.lower() not in MEANS_VERBS:
                            return found
                return self._subjects(head, state, _is_passive(head), hops + 1)
        return []

    def _speakers_forces(
        self, verb: Token, subject: Token, state: _State, hops: int
    ) -> list[Actor]:
        """Security forces a country's own voice reports on are its own: "Somalia said the
        army killed 20 fighters", "the Nigerian army said troops killed 30 militants"."""
        matrix = verb.head
        if matrix.lemma_.lower() not in SPEECH_VERBS or any(
            c.dep_ == "poss" for c in subject.children
        ):
            return []  # "his forces": whoever he is, not the speaker
        role = self.finder.role_of(subject)
        if role not in SECURITY_ROLES:
            return []
        out = []
        for speaker in self._subjects(matrix, state, _is_passive(matrix), hops + 1):
            if speaker.country and speaker.country.isalpha():
                code = speaker.country + role
                out.append(Actor(code, subject.text, speaker.country, None, (role,)))
        return out

    def _victims(
        self, verb: Token, obj: Token | None, state: _State, places: list[Actor]
    ) -> tuple[list[Actor], set[int]]:
        """Whom an attack killed or wounded, told in a participle or relative clause: "dropped
        bombs on Douma, killing dozens of civilians", "a roadside bomb that killed four US
        soldiers". The victims named are the target rather than the place."""
        clauses = [c for c in verb.children if c.dep_ in ("advcl", "conj") and c.tag_ == "VBG"]
        if obj is not None:
            clauses += [c for c in obj.children if c.dep_ in ("relcl", "acl")]
        for clause in clauses:
            if clause.lemma_.lower() not in HARM_VERBS or _is_negated(clause):
                continue
            harmed = _object_of(clause, False)
            if harmed is None or (obj is not None and harmed.i == obj.i):
                continue
            found = state.targets(harmed, place=True)
            countries = {a.country for a in places}
            if not found and len(countries) == 1 and self.finder.role_of(harmed) == CIVILIAN_ROLE:
                # "on the town of Douma, killing dozens of civilians": civilians of that place
                country = next(iter(countries)) or ""
                found = [Actor(country + CIVILIAN_ROLE, harmed.text, country, None, ("CVL",))]
            if found:
                return found, {clause.i}
        return [], set()

    def _means_object(self, obj: Token, state: _State) -> bool:
        """ "used water cannon to disperse the crowd": a thing, not a person, is the object,
        so the infinitive is the purpose of the subject, not an act of the object."""
        return (
            obj.pos_ == "NOUN"
            and obj.i not in state.mentions
            and self.finder.role_of(obj) is None
            and not any(t.i in state.mentions for t in obj.subtree)
        )

    def _targets(
        self, verb: Token, obj: Token | None, pattern: VerbPattern, state: _State, passive: bool
    ) -> list[Actor]:
        if pattern.code.startswith(DISAPPROVE_ROOT) and obj is not None:
            found = self._doers(obj, state)
            if found:
                return found
        found = self._direct_targets(verb, obj, pattern, state)
        if found:
            return found
        for where in pattern.targets:
            for holder in _purpose_prep_objects(obj, where):
                found = state.targets(holder)
                if found:
                    return found
        # "looking at options for an easing of sanctions against Russia": the target sits
        # in a prepositional chain under the argument that names no actor itself
        for where in pattern.targets:
            if where == "object":
                holders = [obj if not pattern.objects else None]
            elif where == "dative":
                holders = []
            else:
                # "eased restrictions on travel to Cuba on Monday": both "on" phrases
                holders = [_prep_object(verb, (where,))]
                holders += [_prep_object(obj, (where,))] if obj is not None else []
            for content in _amount_content(obj):
                # "1.3 trillion euros in reparations from Germany", "$6 billion in Iranian funds"
                found = state.targets(
                    content if where == "object" else _prep_object(content, (where,))
                )
                if found:
                    return found
            for holder in holders:
                found = _deep_actors(holder, state) if holder is not None else []
                if found:
                    return found
        if obj is not None and any(w in PARTY_PREPS for w in pattern.targets):
            return self._parties(obj, state)
        return []

    def _doers(self, event: Token, state: _State) -> list[Actor]:
        """ "condemned the killing of five soldiers by ELN guerrillas": disapproval of an act
        is aimed at whoever did it, not at its victims."""
        if event.lemma_.lower() not in self.d.nouns:
            return []
        doer = _prep_object(event, ("by",), deps=("prep", "agent"))
        return state.actors(doer) if doer is not None else []

    def _pronoun_owners(self, verb: Token, obj: Token, state: _State) -> list[Actor]:
        """ "Three Malian soldiers were killed when their convoy was ambushed by JNIM": an
        attack on what "their" owns falls on the actors of the clause it explains."""
        owned = any(c.dep_ == "poss" and c.lower_ in ("their", "its") for c in obj.lefts)
        if not owned or verb.dep_ not in ("advcl", "conj") or state.actors(obj):
            return []
        matrix = verb.head
        if matrix.pos_ not in ("VERB", "AUX"):
            return []
        if _is_passive(matrix):  # "were killed when ...": those it happened to
            patient = next((c for c in matrix.children if c.dep_ == "nsubjpass"), None)
            return state.actors(patient) if patient is not None else []
        return self._subjects(matrix, state, False)

    def _site_of(self, verb: Token, obj: Token, state: _State) -> list[Actor]:
        """ "stormed a hotel in Mogadishu", "bombed a market in Idlib": violence against a
        building or site that names no actor falls on the place it stands in."""
        if state.actors(obj) or self.finder.role_of(obj) is not None:
            return []
        for prep in (*obj.children, *verb.children):
            if prep.dep_ != "prep" or prep.lower_ not in VENUE_PREPS:
                continue
            for pobj in prep.children:
                found = state.targets(pobj, place=True) if pobj.dep_ == "pobj" else []
                if found:
                    return [_as_place(a) for a in found]
        return []

    def _goods_received(
        self, verb: Token, obj: Token | None, pattern: VerbPattern, state: _State
    ) -> bool:
        """A bare "received X" hosts a visit only if X is itself an actor; goods received
        from someone name the giver deeper in the phrase, who is no guest."""
        return (
            verb.lemma_.lower() in GUEST_VERBS
            and pattern.code == "043"
            and not pattern.objects
            and obj is not None
            and not state.actors(obj)
        )

    def _givers(self, goods: list[Token], state: _State) -> list[Actor]:
        """Who gave what was received, named on the goods: "received a shipment of vaccines
        donated by Britain", "accepted aid sent from Qatar", "received Iranian drones"."""
        inner = [_prep_object(noun, ("of",)) for noun in goods]
        for noun in [*goods, *(t for t in inner if t is not None)]:
            found = self._prep_actors(noun, None, ("from",), state)
            if found:
                return found  # "a batch of ambulances from Japan"
            for child in noun.children:
                if child.dep_ != "acl" or child.tag_ != "VBN":
                    continue
                found = self._prep_actors(child, None, GIVER_PREPS, state)
                if found:
                    return found
        for noun in goods:
            found = self._own_sources(noun, state)
            if found:
                return found  # "received Iranian drones": made and sent by Iran
        return []

    def _parties(self, event: Token, state: _State) -> list[Actor]:
        """The sides of the event a noun names, when no "between" phrase does: "a truce
        brokered by Qatar" is between whoever agreed to, signed or observes that truce."""
        between = _prep_object(event, PARTY_PREPS)
        if between is not None:
            return state.targets(between)
        counterpart = self._counterpart(event, state)
        if counterpart:
            return counterpart
        current = event
        for _ in range(6):
            if current.head.i == current.i:
                return []
            current = current.head
            if current.pos_ not in ("VERB", "AUX"):
                continue
            # the signers of "a pact" are its verb's own subjects, not those of the next
            # clause ("X and Y signed a pact, and Z signed a deal with W")
            found = []
            if event.dep_ == "dobj" and event.head.i == current.i:
                found = self._subjects(current, state, _is_passive(current))
                if len(found) > 1 and self._counterpart(current, state):
                    return []  # "X and Y signed deals to establish ties with Z"
            found = found if len(found) > 1 else self._clause_subjects(current, state)
            if found:
                return found
        return []

    def _names_counterpart(self, noun: Token, state: _State) -> bool:
        """Whether an agreement noun or the verb governing it names another party."""
        if self._counterpart(noun, state):
            return True
        governor = governing_verb(noun)
        return governor is not None and bool(self._counterpart(governor, state))

    def _counterpart(self, event: Token, state: _State) -> list[Actor]:
        """ "signed agreements to normalise relations with Israel": the side the agreement's
        own clause names is the other party, not the co-signers."""
        for child in event.children:
            if child.dep_ not in ("acl", "relcl", "advcl", "xcomp") or child.pos_ != "VERB":
                continue
            if child.dep_ in ("advcl", "xcomp") and not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in child.children
            ):
                continue  # only a purpose: "signed deals to establish ties with Israel"
            found = state.targets(_prep_object(child, ("with",)))
            if not found:
                obj = next((c for c in child.children if c.dep_ == "dobj"), None)
                found = state.targets(_prep_object(obj, ("with",))) if obj is not None else []
            if found:
                return found
        return []

    def _clause_subjects(self, verb: Token, state: _State) -> list[Actor]:
        """Subjects of a verb and of the verbs coordinated with it ("Hamas freed hostages
        and Israel released prisoners"), and the sides of a subject that is an event itself
        ("a ceasefire between Israel and Hamas came into effect")."""
        verbs = [verb]
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            verbs.append(verb.head)
        verbs.extend(c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
        found: list[Actor] = []
        for item in verbs:
            actors = self._subjects(item, state, _is_passive(item))
            if not actors:
                subject = next((c for c in item.children if c.dep_ in SUBJECT_DEPS), None)
                between = _prep_object(subject, PARTY_PREPS) if subject is not None else None
                actors = state.targets(between)
            found.extend(a for a in actors if a.code not in {f.code for f in found})
        return found

    def _antecedent(self, verb: Token, pronoun: Token, state: _State) -> list[Actor]:
        """ "Trump berated Zelensky, accusing him ...": an object pronoun in a participle
        or coordinated clause is the object of the clause it hangs on."""
        if pronoun.lower_ not in OBJECT_PRONOUNS:
            return []
        found = self._scene_subjects(verb, state)
        if found:
            return found
        if verb.dep_ not in ("advcl", "conj") or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            return self._nearest_antecedent(verb, pronoun, state)
        head = verb.head
        candidates = [_object_of(head, _is_passive(head)), _prep_object(head, ("with", "to"))]
        for candidate in candidates:
            # "spoke with Pezeshkian and urged him": the one spoken with
            if candidate is not None and candidate.i != pronoun.i:
                found = state.actors(candidate)
                if found:
                    return found
        return self._nearest_antecedent(verb, pronoun, state)

    def _scene_subjects(self, verb: Token, state: _State) -> list[Actor]:
        """ "met at the White House, where Trump hosted them": a pronoun in a clause on the
        place or time of another clause stands for that clause's subjects."""
        if verb.dep_ != "relcl" or not any(c.lower_ in SCENE_WORDS for c in verb.children):
            return []
        clause = governing_verb(verb.head)
        return self._subjects(clause, state, _is_passive(clause)) if clause is not None else []

    def _nearest_antecedent(self, verb: Token, pronoun: Token, state: _State) -> list[Actor]:
        """ "inspectors arrived after Tehran granted them access": a person for him/her, a
        plural group for them, named earlier in the sentence; only when just one fits, and
        never the verb's own subject."""
        kinds = PRONOUN_KINDS.get(pronoun.lower_)
        if kinds is None:
            return []
        own = {a.code for a in self._subjects(verb, state, _is_passive(verb))}
        fits: dict[str, Actor] = {}
        for token in state.doc[: pronoun.i]:
            if token.pos_ not in ("NOUN", "PROPN") or token.dep_ in ("compound", "poss"):
                continue
            mention = state.mentions.get(token.i)
            named = mention is not None and mention.actor.kind in kinds
            plural = pronoun.lower_ == "them" and token.tag_ in ("NNS", "NNPS")
            if not named and not plural:
                continue
            for actor in state.actors(token):
                if actor.code not in own:
                    fits.setdefault(actor.code, actor)
        return list(fits.values()) if len(fits) == 1 else []

    def _direct_targets(
        self, verb: Token, obj: Token | None, pattern: VerbPattern, state: _State
    ) -> list[Actor]:
        found: list[Actor] = []
        for where in pattern.targets:
            if where == "object":
                if obj is not None:
                    # with an object list too: "expel Russian diplomats" names the target
                    place = pattern.code.startswith(VICTIM_ROOTS)
                    venues = self._between_sides(pattern.code)
                    found = state.targets(obj, place, venues) or self._antecedent(verb, obj, state)
            elif where == "dative":
                dative = next(
                    (
                        c
                        for c in verb.children
                        if (c.dep_ == "dative" and c.pos_ != "ADP") or c.dep_ == "iobj"
                    ),
                    None,
                )
                if dative is not None:
                    found = state.targets(dative) or self._antecedent(verb, dative, state)
            elif where in VENUE_PREPS and self._between_sides(pattern.code):
                found = self._counterpart_in(verb, obj, where, state)
            else:
                place = pattern.code.startswith(VICTIM_ROOTS)
                found = self._prep_actors(verb, obj, (where,), state, lenient=True, place=place)
            if found:
                return found
        return self._requested_from(obj, pattern, state)

    def _requested_from(
        self, obj: Token | None, pattern: VerbPattern, state: _State
    ) -> list[Actor]:
        """ "requested the extradition of a general from Argentina": the one asked is named
        after the person the asked-for act is about; "sought Japan's help": the one whose
        help is sought is asked for it."""
        if obj is None or "from" not in pattern.targets or not pattern.objects:
            return []
        owner = next((c for c in obj.children if c.dep_ == "poss"), None)
        asking = pattern.code.startswith(ASKING_ROOTS)
        if asking and owner is not None and owner.lower_ not in POSSESSIVE_PRONOUNS:
            found = state.targets(owner)
            if found:
                return found
        inner = _prep_object(obj, ("of",))
        return state.targets(_prep_object(inner, ("from",))) if inner is not None else []

    def _between_sides(self, code: str) -> bool:
        """Acts done with a counterpart (talks, deals, truces), not to a place."""
        return self.d.is_reciprocal(code) and not self.d.is_place_target(code)

    def _counterpart_in(
        self, verb: Token, obj: Token | None, prep: str, state: _State
    ) -> list[Actor]:
        """ "sanctions in Syria" names Syria; "signed a ceasefire in Jeddah" names only where
        it was signed: a city is a venue for acts other than visits and violence."""
        for owner in (verb, obj):
            pobj = _prep_object(owner, (prep,)) if owner is not None else None
            if pobj is None:
                continue
            mention = state.mentions.get(pobj.i)
            if mention is not None and mention.actor.kind in VENUE_KINDS:
                continue
            found = state.targets(pobj)
            if found:
                return found
        return []

    def _prep_actors(
        self,
        head: Token,
        obj: Token | None,
        preps: tuple[str, ...],
        state: _State,
        lenient: bool = False,
        place: bool = False,
    ) -> list[Actor]:
        for owner in (head, obj):
            if owner is None:
                continue
            pobj = _prep_object(owner, preps)
            if pobj is not None:
                found = state.actors(pobj, lenient, place)
                if found:
                    return found
        return []

    # ------------------------------------------------------------------ stances and reactions
    def _judgements(
        self, predicates: list[Token], state: _State, consumed: set[int]
    ) -> list[Match]:
        """Verbs whose complement says what their subject holds against someone: naming
        ("called X a war criminal"), reported faults ("said Iran had made a mistake"),
        warnings of one's own acts, court rulings. Read before the verbs themselves, so
        that "called" is no phone call and "warned" no bare warning."""
        found: list[Match] = []
        for token in predicates:
            lemma = token.lemma_.lower()
            if lemma in NAMING_VERBS and _naming_predicate(token) is not None:
                consumed.add(token.i)  # "called Germany a partner": no phone call
                judge = self._naming
            elif lemma in FAULT_VERBS or lemma == "be":
                judge = self._faulted
            elif lemma in WARNING_VERBS:
                judge = self._own_threat
            elif lemma in RULING_VERBS:
                judge = self._ruling
            else:
                continue
            state.day = state.role_day(token)
            match = judge(token, state)
            if match:
                found.append(match)
                consumed |= match.consumed
        state.day = state.pub
        return found

    def _allegations(
        self, nominals: list[tuple[Token, str, str]], state: _State, consumed: set[int]
    ) -> list[Match]:
        """ "rejected Washington's accusation that ...": what is rejected still accuses."""
        found: list[Match] = []
        for token, pos, lemma in nominals:
            if pos == "NOUN" and lemma in ALLEGATION_NOUNS:
                state.day = state.role_day(token)
                match = self._alleged(token, state)
                if match:
                    found.append(match)
                    consumed |= match.consumed
        state.day = state.pub
        return found

    def _reacting(
        self,
        predicates: list[Token],
        verbs: list[Token],
        matches: list[Match],
        consumed: set[int],
        state: _State,
    ) -> list[Match]:
        """What the events found say about each other: protests and their aims, reactions
        to the clause before, the grounds of a warrant, shows of force."""
        matches = self._protests(verbs, matches, consumed, state)
        responses = [
            t
            for t in predicates
            if t.pos_ == "VERB"
            and t.lemma_.lower() in RESPONSE_VERBS
            and t.lemma_.lower() not in self.d.verbs
        ]
        if len(state.mentions) > 1:  # a reaction aimed elsewhere needs a second actor
            matches.extend(self._reactions(verbs + responses, matches, consumed, state))
        for match in matches:
            self._answered(match)
            self._halted_talks(match)
        matches = self._legal_grounds(matches)
        return self._posture(matches, state)

    # ------------------------------------------------------------------ naming and faulting
    def _naming(self, verb: Token, state: _State) -> Match | None:
        """ "called the strike a flagrant violation", "described Iran, Iraq and North Korea
        as an axis of evil", "a move the United States called provocative": naming someone
        or their act with a word of blame criticizes them (111)."""
        predicate = _naming_predicate(verb)
        code = self._fault_code(predicate) if predicate is not None else None
        if code is None:
            return None
        passive = _is_passive(verb)
        obj = _object_of(verb, passive)
        sources = self._subjects(verb, state, passive)
        if obj is None or not sources:
            return None
        targets = self._blamed(obj, state, {a.code for a in sources})
        return self._criticism(verb, sources, targets, code)

    def _faulted(self, verb: Token, state: _State) -> Match | None:
        """ "Trump said Iran had made a very big mistake", "the ministry said Russia's
        annexation was illegal": a reported fault criticizes who committed it (111)."""
        matrix = verb.head
        if verb.dep_ != "ccomp" or matrix.lemma_.lower() not in SPEECH_VERBS:
            return None
        if _is_negated(verb) or _is_negated(matrix):
            return None
        lemma = verb.lemma_.lower()
        used: tuple[int, ...] = ()
        if lemma in FAULT_VERBS:
            fault = _object_of(verb, False)
            if fault is None or fault.lemma_.lower() not in FAULT_NOUNS:
                return None
            faulty = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            code: str | None = CRITICIZE_CODE
        elif lemma == "be":
            # "said Moscow was behind the attack", "said a misfired rocket was to blame"
            blame = next(
                (c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() == "blame"),
                None,
            )
            behind = _prep_object(verb, ("behind",))
            fault = next((c for c in verb.children if c.dep_ in ("attr", "acomp")), None)
            if blame is not None:
                code, used = ACCUSE_CODE, (blame.i,)
            elif behind is not None:
                code = self._grounds_code(list(behind.subtree)) or ACCUSE_CODE
            else:
                code = self._fault_code(fault) if fault is not None else None
            faulty = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        else:
            return None
        sources = self._subjects(matrix, state, _is_passive(matrix))
        if code is None or faulty is None or not sources:
            return None
        if faulty.lower_ in ANAPHORS:
            return None  # "said it had made a mistake": an admission, not blame
        targets = self._blamed(faulty, state, {a.code for a in sources})
        return self._criticism(verb, sources, targets, code, used)

    def _blamed(self, noun: Token, state: _State, own: set[str]) -> list[Actor]:
        """Who a word of blame falls on: the actors named ("called Netanyahu a war
        criminal"), the author of an act ("Russia's annexation", "the Israeli strike"),
        or, for "a move"/"a step" in apposition, whoever did what it stands for."""
        found = state.actors(noun) or self._own_sources(noun, state)
        if not found and noun.dep_ == "appos":
            verb = governing_verb(noun)
            if verb is not None:
                found = self._subjects(verb, state, _is_passive(verb))
        return [a for a in found if a.code not in own]

    def _fault_code(self, predicate: Token) -> str | None:
        """ "responsible for the cyberattack" accuses (112, or what the grounds name);
        "a flagrant violation", "illegal" criticizes (111); other words do neither."""
        if predicate.lemma_.lower() in CULPABLE:
            phrase = _prep_object(predicate, ("for", "of"))
            grounds = self._grounds_code(list(phrase.subtree)) if phrase is not None else None
            return grounds or ACCUSE_CODE
        return CRITICIZE_CODE if _pejorative(predicate) else None

    def _criticism(
        self,
        trigger: Token,
        sources: list[Actor],
        targets: list[Actor],
        code: str = CRITICIZE_CODE,
        used: tuple[int, ...] = (),
    ) -> Match | None:
        if not targets:
            return None
        pattern = VerbPattern(
            trigger=trigger.lemma_.lower(), is_noun=False, code=code, origin="grammar:naming"
        )
        return Match(
            trigger, pattern, sources, targets, code, False, _modality(trigger), {trigger.i, *used}
        )

    def _drawn(self, noun: Token, state: _State) -> Match | None:
        """ "drawing condemnation from Japan", "drew a rebuke from Washington", "faced
        criticism from Brussels": the `from` phrase names who disapproves, and the one who
        drew it (or the author of what drew it) is the target."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in DRAWING_VERBS or _is_negated(verb):
            return None
        plain = [p for p in self.d.nouns.get(noun.lemma_.lower(), ()) if not p.objects]
        if not plain or not plain[-1].code.startswith("11"):
            return None
        origin = _prep_object(noun, ("from",)) or _prep_object(verb, ("from",))
        sources = state.actors(origin)
        if not sources:
            return None
        own = {a.code for a in sources}
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            targets = self._blamed(subject, state, own)
        else:
            targets = [a for a in self._subjects(verb, state, False) if a.code not in own]
        if not targets:
            return None
        pattern = plain[-1]
        used = {noun.i, verb.i}
        return Match(noun, pattern, sources, targets, pattern.code, False, _modality(verb), used)

    # ------------------------------------------------------------------ reactions
    def _reactions(
        self, verbs: list[Token], matches: list[Match], consumed: set[int], state: _State
    ) -> list[Match]:
        """ "Pakistan carried out air strikes, and the Taliban government vowed to
        retaliate"; "India revoked Kashmir's status, and Pakistan said it would lodge a
        protest": a reaction that names no target of its own is aimed at whoever acted in
        the clause before it."""
        done = {m.trigger.i for m in matches} | consumed
        found: list[Match] = []
        for verb in verbs:
            if verb.i in done:
                continue
            state.day = state.role_day(verb)
            # "said it would never recognise the new state": a refusal, aimed like any other
            response = None if _is_negated(verb) else self._response(verb, matches, state)
            match = response or self._prior_reaction(verb, matches, state)
            if match is not None:
                found.append(match)
                done |= match.consumed
        state.context = []
        state.day = state.pub
        return found

    def _response(self, verb: Token, matches: list[Match], state: _State) -> Match | None:
        """ "vowed to retaliate", "would respond decisively if Russia used a nuclear weapon":
        a response announced is a threat, of force when it answers force (138)."""
        if verb.lemma_.lower() not in RESPONSE_VERBS:
            return None
        governor = verb.head if verb.dep_ in ("xcomp", "ccomp") else None
        vowed = governor is not None and governor.lemma_.lower() in VOWING_VERBS
        if not vowed and _modality(verb) == "asserted":
            return None  # "Israel retaliated": an act, coded by what was done
        sources = self._subjects(verb, state, _is_passive(verb))
        if not sources:
            return None
        own = {a.code for a in sources}
        targets = self._prep_actors(verb, None, ("against", "to", "on"), state, lenient=True)
        prior = None
        if not targets:
            targets = self._condition_subjects(verb, state)
        if not targets:
            prior = _previous_clause(governor if vowed and governor is not None else verb)
            targets = self._clause_subjects(prior, state) if prior is not None else []
        targets = [a for a in targets if a.code not in own]
        if not targets:
            return None
        forceful = prior is not None and self._answers_force(prior, matches)
        code = FORCE_THREAT_CODE if forceful else THREAT_CODE
        pattern = VerbPattern(
            trigger=verb.lemma_.lower(), is_noun=False, code=code, origin="grammar:response"
        )
        used = {verb.i} | ({governor.i} if vowed and governor is not None else set())
        modality = _modality(governor) if vowed and governor is not None else _modality(verb)
        return Match(verb, pattern, sources, targets, code, False, modality, used)

    def _answered(self, match: Match) -> None:
        """ "threatened to retaliate against US tariffs" 1312, "vowed to respond to any
        attack" 1384: a threatened response is a threat of the kind of what it answers."""
        if not match.code.startswith("13"):
            return
        doc = match.trigger.doc
        for i in sorted(match.consumed):
            response = doc[i]
            if response.lemma_.lower() not in RESPONSE_VERBS:
                continue
            answered = _prep_object(response, ("against", "to", "for"))
            if answered is None:
                return
            plain = [p for p in self.d.nouns.get(answered.lemma_.lower(), ()) if not p.objects]
            code = self._lookup("threaten", plain[-1].code) if plain else None
            if code is not None:
                match.code = code
            return

    def _halted_talks(self, match: Match) -> None:
        """ "threatened to cancel its summit with the United States", "to pull out of the
        talks": a threat to break off a meeting or negotiations (134), not relations."""
        if not match.code.startswith("131"):
            return
        doc = match.trigger.doc
        for i in match.consumed:
            obj = _object_of(doc[i], False) or _prep_object(doc[i], ("of", "from"))
            if obj is not None and obj.lemma_.lower() in MEETING_NOUNS:
                match.code = HALT_TALKS_CODE
                return

    def _answers_force(self, clause: Token, matches: list[Match]) -> bool:
        """Whether the clause answered was an act of force: coded as one, or told by a verb
        of force whose target went unnamed ("struck what New Delhi said was a camp")."""
        if _holds_force(clause, matches):
            return True
        plain = [p for p in self.d.verbs.get(clause.lemma_.lower(), ()) if not p.objects]
        return bool(plain) and all(p.code.startswith(FORCE_ROOTS) for p in plain)

    def _prior_reaction(self, verb: Token, matches: list[Match], state: _State) -> Match | None:
        """A disapproval, refusal, threat or show of force (11-15) without a target, aimed
        at whom it is meant for ("as a warning to Taipei"), at who must not meet its
        condition ("threatened sanctions if Iran ..."), at who acted in the clause it
        follows ("put its forces on alert after North Korea fired a missile"), or at the
        actors of the clause coordinated before it."""
        if verb.lemma_.lower() in WARNING_VERBS:
            return None  # "and Egypt warned of a catastrophe": a warning, aimed at no one
        negated = _is_negated(verb)
        if verb.lemma_.lower() not in (
            self._negated_reaction_lemmas if negated else self._reaction_lemmas
        ):
            return None  # no pattern of the verb can code a reaction
        prior = _previous_clause(verb)
        state.context = (
            self._home_opposition(verb, state)
            or self._signalled(verb, state)
            or self._condition_subjects(verb, state)
            or self._cause_subjects(verb, state)
        )
        if not state.context and prior is not None:
            state.context = self._clause_subjects(prior, state)
        if not state.context:
            return None
        match = self._match_verb(verb, state)
        state.context = []
        if match is None or not match.code.startswith(REACTION_ROOTS):
            return None
        obj = _object_of(verb, False)
        if match.negated and not (
            obj is None or obj.lower_ in OBJECT_PRONOUNS or obj.lemma_.lower() in OUTCOME_NOUNS
        ):
            return None  # "and Egypt said it would not open the border": not aimed at Israel
        match.targets = [t for t in match.targets if t.code not in {s.code for s in match.sources}]
        if not match.targets:
            return None
        if (
            match.code == THREAT_CODE
            and obj is not None
            and obj.lemma_.lower() in RESPONSE_NOUNS
            and prior is not None
            and self._answers_force(prior, matches)
        ):
            match.code = FORCE_THREAT_CODE  # "struck Iran ..., and Tehran vowed a harsh response"
        return match

    def _home_opposition(self, verb: Token, state: _State) -> list[Actor]:
        """ "Yoon ... accusing the opposition of anti-state activities": "the opposition"
        named without a country by a state's own leaders is that state's (protesters so
        named are not: they may be anyone's)."""
        obj = _object_of(verb, _is_passive(verb))
        if obj is None or self.finder.role_of(obj) != OPPOSITION_ROLE:
            return []
        if "opposition" not in (obj.lemma_.lower(), obj.doc[obj.i - 1].lower_ if obj.i else ""):
            return []
        if any(t.i in state.mentions for t in obj.subtree):
            return []
        sources = self._subjects(verb, state, _is_passive(verb))
        countries = {a.country for a in sources}
        if len(countries) != 1 or None in countries:
            return []
        if not all(not a.roles or STATE_ROLES & set(a.roles) for a in sources):
            return []
        country = next(iter(countries))
        assert country is not None
        return [Actor(country + OPPOSITION_ROLE, obj.text, country, None, (OPPOSITION_ROLE,))]

    def _signalled(self, verb: Token, state: _State) -> list[Actor]:
        """Whom an act is "a warning to", "a signal to", "a message to"."""
        signal = _prep_object(verb, ("as",))
        if signal is None or signal.lemma_.lower() not in SIGNAL_NOUNS:
            return []
        # "as a signal to NATO", the parser hanging "to NATO" on the noun or on the verb
        for head in (signal, verb):
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ == "to":
                    found = [a for p in prep.children for a in state.targets(p)]
                    if found:
                        return found
        return []

    def _cause_subjects(self, verb: Token, state: _State) -> list[Actor]:
        """Who acted in the clause a reaction follows: "after North Korea fired a missile"."""
        for child in verb.children:
            if child.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in CAUSE_MARKS for m in child.children
            ):
                return self._subjects(child, state, _is_passive(child))
        return []

    def _own_threat(self, verb: Token, state: _State) -> Match | None:
        """ "Iran warned Israel that it would strike back", "warning that Moscow could
        strike Western countries": a warning of what the warner itself will do is a threat
        of that act; a warning of what others may do is not ("warned that Russia could
        attack NATO")."""
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if clause is None or _is_negated(verb) or _modality(clause) == "asserted":
            return None
        faced = self._faced(verb, clause, state)
        if faced is not None:
            return faced
        warners = self._subjects(verb, state, _is_passive(verb))
        doers = self._subjects(clause, state, _is_passive(clause))
        if not warners or not doers:
            return None
        if not {a.code[:3] for a in doers} <= {a.code[:3] for a in warners}:
            return None
        addressee = _object_of(verb, False)
        addressees = state.targets(addressee) if addressee is not None else []
        action = self._action(clause, state, warners, 0)
        if action is not None:
            base = action.code
            targets = addressees or action.targets
        else:
            bare = self._bare_code(clause)
            if bare is None:
                return None
            base, targets = bare, addressees
        code = self._lookup("threaten", base)
        own = {a.code for a in warners}
        targets = [a for a in targets if a.code not in own]
        if code is None or not targets:
            return None
        pattern = VerbPattern(
            trigger=verb.lemma_.lower(), is_noun=False, code=code, origin="grammar:warning"
        )
        used = {verb.i, clause.i} | (action.consumed if action is not None else set())
        return Match(verb, pattern, warners, targets, code, False, _modality(verb), used)

    def _ruling(self, verb: Token, state: _State) -> Match | None:
        """ "The ICJ ruled that Serbia had violated its obligation", "found Russia liable":
        a court's finding against a party named in its ruling (116)."""
        pattern = next(
            (p for p in self.d.verbs.get(verb.lemma_.lower(), ()) if p.code == RULING_CODE), None
        )
        if pattern is None or _is_negated(verb):
            return None
        sources = self._subjects(verb, state, _is_passive(verb))
        if not sources or not all(_judicial(a) for a in sources):
            return None
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        verdict = next((c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp")), None)
        if verdict is not None and verdict.lemma_.lower() in CULPABLE:
            # "found Russia liable", parsed with Russia as the object or the verdict's subject
            party = _object_of(verb, False) or next(
                (c for c in verdict.children if c.dep_ in SUBJECT_DEPS), None
            )
            targets = state.targets(party)
        elif clause is not None and self._adverse(clause):
            targets = self._subjects(clause, state, _is_passive(clause))
        else:
            return None
        own = {a.code for a in sources}
        targets = [a for a in targets if a.code not in own]
        if not targets:
            return None
        return Match(verb, pattern, sources, targets, RULING_CODE, False, "asserted", {verb.i})

    def _adverse(self, clause: Token) -> bool:
        """Whether a ruling's clause puts a duty or a breach on its subject: "must take
        measures", "had violated its obligation", not "has the right to"."""
        if _is_negated(clause):
            return False
        if any(c.dep_ == "aux" and c.lower_ in OBLIGING_AUX for c in clause.children):
            return True
        patterns = self.d.verbs.get(clause.lemma_.lower(), ())
        return any(p.code[:2] in ADVERSE_ROOTS for p in patterns)

    def _legal_grounds(self, matches: list[Match]) -> list[Match]:
        """ "issued an arrest warrant for Putin over the deportation of children": a warrant
        on grounds that name an accusation is that accusation (1124); what the grounds name
        is not an event of the court's."""
        grounds: set[int] = set()
        for match in matches:
            if match.code != LEGAL_CODE:
                continue
            trigger = match.trigger
            holders = [trigger]
            obj = _object_of(trigger, False) if trigger.pos_ in ("VERB", "AUX") else None
            if obj is not None:
                holders.append(obj)
            if not any(h.lemma_.lower() in WARRANT_NOUNS for h in holders):
                continue
            for holder in holders:
                for prep in holder.children:
                    if prep.dep_ != "prep" or prep.lower_ not in GROUNDS_PREPS:
                        continue
                    code = self._grounds_code([t for t in prep.subtree if t.i != prep.i])
                    if code is not None and len(code) > 3:
                        match.code = code
                        grounds |= {t.i for t in prep.subtree}
        if not grounds:
            return matches
        return [m for m in matches if m.trigger.i not in grounds]

    def _grounds_code(self, words: list[Token]) -> str | None:
        lemmas = " " + " ".join(t.lemma_.lower() for t in words) + " "
        texts = " " + " ".join(t.lower_ for t in words) + " "
        for needle, code in self._grounds_phrases:
            if needle in lemmas or needle in texts:
                return code
        return None

    # ------------------------------------------------------------------ force posture
    def _posture(self, matches: list[Match], state: _State) -> list[Match]:
        """Shows of force: troops and ships moved are the military's ("Russia massed troops"
        RUSMIL); "ahead of an opposition march" names whom police are deployed against;
        "sent warships ... as a warning to Taipei" is a show of force aimed at Taipei, not
        aid to where the ships went."""
        shown: set[int] = set()
        for match in matches:
            if match.code == THREAT_CODE and match.trigger.lemma_.lower() in SIGNAL_NOUNS:
                verb = _shown_by(match.trigger)
                if verb is not None and self._military_object(verb):
                    match.code = POSTURE_CODE
                    shown.add(verb.i)
            if not match.code.startswith("15"):
                continue
            verb = (
                match.trigger if match.trigger.pos_ in ("VERB", "AUX") else _shown_by(match.trigger)
            )
            if verb is None:
                continue
            if self._military_object(verb):
                match.sources = [_military(a) for a in match.sources]
            facing = _ahead_of(verb)
            if facing is not None:
                targets = state.targets(facing) or _opposition_of(facing, match.sources)
                if targets:
                    match.targets = targets
        if not shown:
            return matches
        return [m for m in matches if m.trigger.i not in shown]

    def _military_object(self, verb: Token) -> bool:
        obj = _object_of(verb, _is_passive(verb))
        if obj is None:
            return False
        return obj.lemma_.lower() in MILITARY_NOUNS

    def _faced(self, verb: Token, clause: Token, state: _State) -> Match | None:
        """ "warned protesters that they would face the death penalty": what the warned
        will face is what they are threatened with (137); the sanction names the code as it
        does after "threatened"."""
        if clause.lemma_.lower() not in FACING_VERBS or _is_negated(clause):
            return None
        penalty = _object_of(clause, False)
        if penalty is None:
            return None
        best: VerbPattern | None = None
        for pattern in self.d.verbs.get("threaten", ()):
            if pattern.objects and _object_fits(penalty, pattern.objects):
                if best is None or pattern.specificity >= best.specificity:
                    best = pattern
        if best is None:
            return None
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        addressee = _object_of(verb, False)
        if subject is None or subject.lower_ in ANAPHORS:
            targets = state.targets(addressee) if addressee is not None else []
        else:
            targets = state.targets(subject)
        sources = self._subjects(verb, state, _is_passive(verb))
        own = {a.code for a in sources}
        targets = [a for a in targets if a.code not in own]
        if not sources or not targets:
            return None
        used = {verb.i, clause.i, penalty.i}
        return Match(verb, best, sources, targets, best.code, False, _modality(verb), used)

    def _alleged(self, noun: Token, state: _State) -> Match | None:
        """ "Tehran rejected Washington's accusation that it had supplied Russia with
        drones": the accusation's owner accuses the subject of its clause, and "it" there is
        whoever answers the accusation."""
        if noun.lemma_.lower() not in ALLEGATION_NOUNS:
            return None
        clause = next(
            (c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")),
            None,
        )
        if clause is None or not any(m.lower_ == "that" for m in clause.children):
            return None
        sources = self._own_sources(noun, state)
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        if not sources or subject is None:
            return None
        if subject.lower_ in ANAPHORS:
            answer = governing_verb(noun)
            targets = self._subjects(answer, state, _is_passive(answer)) if answer else []
        else:
            targets = state.actors(subject)
        own = {a.code for a in sources}
        targets = [a for a in targets if a.code not in own]
        plain = [p for p in self.d.nouns.get(noun.lemma_.lower(), ()) if not p.objects]
        if not targets or not plain:
            return None
        pattern = plain[-1]
        modality = "asserted"
        return Match(noun, pattern, sources, targets, pattern.code, False, modality, {noun.i})

    # ------------------------------------------------------------------ protests
    def _protests(
        self, verbs: list[Token], matches: list[Match], consumed: set[int], state: _State
    ) -> list[Match]:
        """A protest is aimed at the protesters' own government unless it names someone
        else, and what it demands makes it specific: "marched demanding the resignation of
        the government" 1411, "a strike against the pension reform" 1432. The demand it
        makes is part of the protest, not an event of its own."""
        done = {m.trigger.i for m in matches} | consumed
        # what a protest demands, and a protest named in its aim ("rallied to protest
        # against ..."), are that protest itself
        demands = {m.trigger.i: m for m in matches if m.code.startswith(("10", "14"))}
        found: list[Match] = []
        dropped: set[int] = set()
        for match in matches:
            if match.code.startswith("14"):
                self._aim_protest(match, demands, dropped, state)
        for verb in verbs:
            if verb.i in done or not self._protest_verb(verb):
                continue
            state.day = state.role_day(verb)
            match = (
                self._struck(verb, state)
                or self._placed_protest(verb, state)
                or self._untargeted_protest(verb, demands, state)
            )
            if match is not None:
                demands[verb.i] = match
                found.append(match)
        for match in found:
            self._aim_protest(match, demands, dropped, state)
        for match in (*matches, *found):
            if match.code == PROTEST_CODE:
                match.code = _strike_kind(match.trigger) or match.code
        if not dropped:
            return matches + found
        return [m for m in matches + found if m.trigger.i not in dropped]

    def _protest_verb(self, verb: Token) -> bool:
        return verb.lemma_.lower() in self._protest_lemmas

    def _placed_protest(self, verb: Token, state: _State) -> Match | None:
        """ "Anti-Japanese protesters rallied outside Japan's embassy in Beijing": protesters
        named without a country are of the place where they protest."""
        sources = self._placed(verb, state)
        if not sources:
            return None
        match = self._match_verb(verb, state, sources)
        return match if match is not None and match.code.startswith("14") else None

    def _placed(self, verb: Token, state: _State) -> list[Actor]:
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or self._subjects(verb, state, _is_passive(verb)):
            return []
        role = self.finder.role_of(subject)
        if role is None or role in STATE_ROLES or role == "BASE":
            return []
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in SITE_PREPS):
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                # "in Beijing", or "outside Japan's embassy in Beijing"
                place = pobj if prep.lower_ in PROTEST_PLACE_PREPS else None
                place = place or _prep_object(pobj, PROTEST_PLACE_PREPS)
                mention = state.mentions.get(place.i) if place is not None else None
                if mention is None or mention.actor.kind not in PLACE_KINDS:
                    continue
                country = next((a.country for a in state.actors(place) if a.country), None)
                if country is not None:
                    return [Actor(country + role, subject.text, country, None, (role,))]
        return []

    def _untargeted_protest(
        self, verb: Token, demands: dict[int, Match], state: _State
    ) -> Match | None:
        """ "French unions staged a strike against the pension reform": a protest with an
        aim but no target of its own is aimed at whom its demand addresses, else at the
        protesters' own government."""
        aim = _aim_words(verb)
        if _aim_digit(aim) is None or _is_negated(verb):
            return None
        sources = self._protesters(verb, self._subjects(verb, state, _is_passive(verb)), state)
        sources = sources or self._placed(verb, state)
        demand = next((demands[t.i] for t in aim if t.i in demands), None)
        own = _own_government(sources)
        # a demand aimed back at the protesters names no one ("to demand the withdrawal
        # of a bill"): the protest then goes to their own government
        codes = {a.code for a in sources}
        asked = [a for a in demand.targets if a.code not in codes] if demand is not None else []
        targets = asked or ([own] if own is not None else [])
        obj = _object_of(verb, _is_passive(verb))
        best: VerbPattern | None = None
        for pattern in self.d.verbs.get(verb.lemma_.lower(), ()):
            if not pattern.code.startswith("14") or pattern.compose or pattern.sources:
                continue
            if pattern.particles and not _has_particles(verb, pattern.particles):
                continue
            if pattern.objects and not _object_fits(obj, pattern.objects):
                continue
            if best is None or pattern.specificity >= best.specificity:
                best = pattern
        if best is None or not sources or not targets:
            return None
        if obj is not None and not best.objects:
            return None  # "workers assembled iPhones for export": no protest at all
        used = {obj.i} if obj is not None and best.objects else set()
        return Match(
            verb, best, sources, targets, best.code, False, _modality(verb), used | {verb.i}
        )

    def _struck(self, verb: Token, state: _State) -> Match | None:
        """ "went on hunger strike", "are on strike": striking named by a phrase, not a
        verb or object; aimed like any other protest."""
        if verb.lemma_.lower() not in STRIKE_VERBS:
            return None
        strike = _prep_object(verb, ("on",))
        if strike is None or strike.lemma_.lower() != "strike":
            return None
        hunger = any(c.lower_ == "hunger" for c in strike.lefts)
        aim = _aim_words(verb)
        sources = self._subjects(verb, state, _is_passive(verb))
        own = _own_government(sources)
        targets = [own] if own is not None and _aim_digit(aim) is not None else []
        if not targets:
            # "went on hunger strike against the government": whom the strike is against
            against = _prep_object(verb, ("against",)) or _prep_object(strike, ("against",))
            targets = state.targets(against) if against is not None else []
        if not sources or not targets:
            return None
        pattern = VerbPattern(
            trigger=verb.lemma_.lower(),
            is_noun=False,
            code=HUNGER_STRIKE_CODE if hunger else STRIKE_CODE,
            origin="grammar:strike",
        )
        code = pattern.code
        return Match(verb, pattern, sources, targets, code, False, _modality(verb), {verb.i})

    def _protesters(self, trigger: Token, sources: list[Actor], state: _State) -> list[Actor]:
        """ "Thousands of Cubans took to the streets": a people named as protesting are the
        country's opposition, not the country."""
        verb = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None) if verb else None
        if subject is None:
            return sources
        peoples = {
            mention.actor.code_on(state.day)
            for t in subject.subtree
            if (mention := state.mentions.get(t.i)) is not None and mention.actor.kind == "people"
        }
        return [
            Actor(a.code + OPPOSITION_ROLE, a.name, a.country, a.group, (OPPOSITION_ROLE,))
            if a.code in peoples and not a.roles
            else a
            for a in sources
        ]

    def _aim_protest(
        self, match: Match, demands: dict[int, Match], dropped: set[int], state: _State
    ) -> None:
        aim = _aim_words(match.trigger)
        for token in aim:
            demand = demands.get(token.i)
            if demand is not None:
                dropped.add(token.i)
        match.sources = self._protesters(match.trigger, match.sources, state)
        own = _own_government(match.sources)
        if own is not None:
            # "rallied in Tbilisi against the bill": the own country stands for its government
            match.targets = [own if t.code == own.country else t for t in match.targets]
        digit = _aim_digit(aim)
        if match.code[:3] in PROTEST_BASES and digit is not None:
            match.code = match.code[:3] + digit


class _State:
    """Per-sentence caches: actor resolution and date expressions."""

    def __init__(
        self,
        doc: Doc,
        pub: dt.date,
        mentions: dict[int, Mention],
        finder: ActorFinder,
        owner_of_pronoun: Callable[[Token, _State], Actor | None] | None = None,
        text: str | None = None,
    ) -> None:
        self.doc = doc
        self.pub = pub
        self.mentions = mentions
        self._actors: dict[tuple[int, bool, bool, bool, dt.date], list[Actor]] = {}
        #: the day dated roles are resolved at: the event's own date when its clause names
        #: one ("in 2015, Zelensky ..."), else the publication date
        self.day = pub
        self._dates: dict[bool, list[DateMention]] = {}
        self.finder = finder
        self.owner_of_pronoun = owner_of_pronoun
        self._resolving: set[int] = set()
        #: targets lent by the clause above to a participle that names none of its own
        self.context: list[Actor] = []
        self.text = doc.text if text is None else text
        #: whether any actor named here holds a role only between dates; when none does, the
        #: day never matters and the sentence's dates need not be read for it
        self._dated = any(
            m.actor.codes and any(c.start or c.end for c in m.actor.codes)
            for m in mentions.values()
        )

    def actors(
        self,
        token: Token | None,
        lenient: bool = False,
        place: bool = False,
        venues: bool = False,
    ) -> list[Actor]:
        if token is None:
            return []
        key = (token.i, lenient, place, venues, self.day)
        cached = self._actors.get(key)
        if cached is not None:
            return cached
        occupants = _occupants(token) if lenient else None
        if occupants is not None:
            found = self.actors(occupants, lenient, place, venues)
            if found:
                # "bases housing US troops": the attack is aimed at those housed there
                self._actors[key] = found
                return found
        out: list[Actor] = []
        items = _listed(token, self.mentions)
        for item in items:
            found = self.finder.resolve_all(item, self.mentions, self.day, lenient, place, venues)
            if len(found) == 1 and not found[0].roles and item.i != items[-1].i:
                elided = self.finder.elided_head(item, items[-1], self.mentions, self.day)
                found = [elided] if elided is not None else found
            if not found and item.i != items[0].i:
                # "Russian politicians, oligarchs and companies": one adjective for all
                shared = self.finder.shared_modifier(items[0], item, self.mentions, self.day)
                found = [shared] if shared is not None else []
            for actor in found:
                if actor.code not in {a.code for a in out}:
                    out.append(actor)
        if not out and _is_pair_phrase(token):
            out = self._pair(token)
        if not out and self.owner_of_pronoun is not None and token.i not in self._resolving:
            self._resolving.add(token.i)
            owner = self.owner_of_pronoun(token, self)
            self._resolving.discard(token.i)
            out = [owner] if owner is not None else []
        self._actors[key] = out
        return out

    def _pair(self, phrase: Token) -> list[Actor]:
        """The two actors "both sides", "the two leaders" stand for: the last coordinated
        actors before the phrase, else the only two countries named before it."""
        singles: list[Actor] = []
        pair: list[Actor] = []
        verb = governing_verb(phrase)
        own = (
            {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
            if verb is not None
            else set()
        )
        for token in self.doc[: phrase.i]:
            if token.pos_ not in ("NOUN", "PROPN") or token.dep_ == "conj" or token.i in own:
                continue
            if _is_pair_phrase(token):
                continue
            found = self.actors(token)
            if len({a.code for a in found}) >= 2:
                pair = found
            for actor in found:
                if actor.code[:3] not in {a.code[:3] for a in singles}:
                    singles.append(actor)
        if pair:
            return pair
        return singles if len(singles) == 2 else []

    def targets(
        self, token: Token | None, place: bool = False, venues: bool = False
    ) -> list[Actor]:
        """Actors an event is aimed at; `place` for violence, whose victims named without a
        country are of the place it happens in ("killed civilians in a village in Mali");
        `venues` for acts between sides, which a city only hosts ("a treaty in Pyongyang")."""
        return self.actors(token, lenient=True, place=place, venues=venues)

    def role_day(self, trigger: Token) -> dt.date:
        """The day a trigger's actors hold their roles on. A date named only as a year or
        month stands for its middle, so that a role begun on 20 January still covers "in
        2021"; never after publication, when nobody's role is known yet."""
        if not self._dated or not self._has_dates():
            return self.pub
        day, precision = self.date_for(trigger, "asserted")
        if day == self.pub:
            return day
        if precision == "year":
            day = dt.date(day.year, 7, 1)
        elif precision in ("month", "quarter"):
            day = day.replace(day=15)
        return min(day, self.pub)

    def _has_dates(self) -> bool:
        if False not in self._dates:
            self._dates[False] = find_dates(self.text, self.pub, False)
        return bool(self._dates[False])

    def date_for(self, trigger: Token, modality: str) -> tuple[dt.date, str]:
        future = modality in ("future", "intent")
        if future not in self._dates:
            self._dates[future] = find_dates(self.text, self.pub, future)
        mentions = self._dates[future]
        if not mentions:
            return self.pub, "day"
        best = self._clause_date(_clause_head(trigger), mentions)
        if best is None:
            return self.pub, "day"
        return best.date, best.precision

    def _clause_date(self, own: Token, mentions: list[DateMention]) -> DateMention | None:
        """The first date the sentence gives inside the clause headed by `own`."""
        for mention in mentions:
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and _clause_head(span.root).i == own.i:
                return mention
        return None

    def framing_date(self, trigger: Token) -> dt.date | None:
        """The date of the past clause an undated past clause hangs on: "fought a war in 1995
        before signing a treaty three years later", "invaded Kuwait in 1990, prompting a
        coalition to expel" date the signing and the expelling too."""
        mentions = self._dates.get(False)
        if mentions is None:
            mentions = self._dates[False] = find_dates(self.text, self.pub, False)
        clause = _clause_head(trigger)
        for _ in range(3):
            if (
                clause.dep_ not in FRAMED_DEPS
                or clause.head.i == clause.i
                or not _told_past(clause)
            ):
                return None
            clause = _clause_head(clause.head)
            mention = self._clause_date(clause, mentions)
            if mention is not None:
                return mention.date
        return None


PAIR_NOUNS = frozenset(
    "side party country nation leader government neighbour neighbor rival foe capital".split()
)


def _occupants(token: Token) -> Token | None:
    """The people a place is said to hold: "two Iraqi bases housing US troops"."""
    for child in token.children:
        if child.dep_ == "acl" and child.lemma_.lower() in HOUSING_VERBS:
            return next((c for c in child.children if c.dep_ == "dobj"), None)
        if child.dep_ == "acl" and child.lemma_.lower() in FREQUENTING_VERBS:
            # "a hotel frequented by government officials": those who use it
            return _prep_object(child, ("by",), deps=("agent", "prep"))
    return None


def _names_actor(clause: Token | None, state: _State) -> bool:
    """Whether a clause's object or prepositional objects name an actor by themselves, not
    only a place ("the Strait of Hormuz", "operations in Gaza")."""
    if clause is None:
        return False
    words = [c for c in clause.children if c.dep_ in ("dobj", "dative")]
    words += [
        p
        for c in clause.children
        if c.dep_ == "prep" and c.lower_ not in VENUE_PREPS
        for p in c.children
    ]
    return any(w.dep_ in ("dobj", "dative", "pobj") and state.actors(w) for w in words)


def _asked_for(trigger: Token) -> Token | None:
    """What an appeal asks for when the parser hangs the `for` phrase on the one asked:
    "appealed to Western allies for air defence systems"."""
    addressee = _prep_object(trigger, ("to",))
    return _prep_object(addressee, ("for",)) if addressee is not None else None


def _bare_participle(verb: Token) -> bool:
    """ "..., pledging $500 million": a participle clause with no subject of its own."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in verb.children)
    )


def _aiming_participles(trigger: Token) -> list[Token]:
    """ "sanctions ..., targeting Russian banks": participles that say at whom the event of
    the clause is aimed."""
    heads = [trigger]
    if trigger.pos_ in ("NOUN", "PROPN"):
        verb = governing_verb(trigger)
        if verb is not None:
            heads.append(verb)
    return [
        c
        for head in heads
        for c in head.children
        if c.dep_ in ("advcl", "acl") and c.tag_ == "VBG" and c.lemma_.lower() in AIMING_VERBS
    ]


def _object_noun(verb: Token) -> Token | None:
    """The event noun a verb's object names, through an amount: "$500 million in aid"."""
    obj = _object_of(verb, False)
    if obj is None:
        return None
    if obj.pos_ == "NUM" or obj.lemma_.lower() in ("million", "billion"):
        inner = _prep_object(obj, ("in", "of"))
        return inner if inner is not None else obj
    return obj


def _owner_position(token: Token) -> bool:
    """Whether a noun stands where an actor acts: a subject, or a `by`/`of` agent."""
    if token.dep_ in ("nsubj", "nsubjpass"):
        return True
    return token.dep_ == "pobj" and token.head.lower_ in ("by", "of")


def _is_pair_phrase(token: Token) -> bool:
    """ "both sides", "the two countries", "both leaders"."""
    if token.lemma_.lower() not in PAIR_NOUNS:
        return False
    return any(c.lower_ in ("both", "two") for c in token.children if c.i < token.i)


def _listed(token: Token, mentions: dict[int, Mention]) -> list[Token]:
    """The token's conjuncts, with countries the parser hung on it as appositions: in "The
    United States, Britain, Canada and the EU agreed" Britain is read as apposition."""
    items = conjuncts(token)
    extra: list[Token] = []
    for item in items:
        own = mentions.get(item.i)
        if own is None or own.actor.kind != "country":
            continue
        for child in item.children:
            named = mentions.get(child.i)
            if child.dep_ == "appos" and named is not None and named.actor.kind == "country":
                extra.extend(conjuncts(child))
    if not extra:
        return items
    return sorted({*items, *extra}, key=lambda t: t.i)


def _other_actor_in_clause(trigger: Token, state: _State) -> bool:
    """Whether the trigger's phrase names an actor besides its subjects: then "X and Y
    signed agreements with Israel" is not something X and Y did with each other."""
    subjects = {t.i for c in trigger.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    return any(
        t.i in state.mentions for t in trigger.subtree if t.i not in subjects and t.i != trigger.i
    )


def _personnel(match: Match) -> bool:
    """Whether those who travel are forces or working staff (troops, police, inspectors),
    whose arrival is a deployment or a mission, not a visit."""
    subject = next((c for c in match.trigger.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.pos_ == "PROPN":
        return False  # a named commander's trip is a visit
    if subject.lemma_.lower() in ENVOY_NOUNS or any(
        c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children
    ):
        return False  # "the army chief, General Asim Munir", "a delegation of the army"
    if all(set(a.roles) & SECURITY_ROLES for a in match.sources):
        return True
    return subject.lemma_.lower() in STAFF_NOUNS


def _what_it_called(naming: Token) -> Token | None:
    """ "denounced what it called provocations by the Philippines": the object is what the
    naming clause names, or whoever did it when a `by` phrase says so."""
    children = list(naming.children)
    if not any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubj") for c in children):
        return None
    doer = _prep_object(naming, ("by",))
    if doer is not None:
        return doer
    return next((c for c in children if c.dep_ in ("oprd", "dobj") and c.lower_ != "what"), None)


def _owning_agent(noun: Token) -> Token | None:
    """ "a car bomb claimed by al-Shabaab", "a roadside bomb planted by PKK militants": whoever
    owns up to an attack, or set it, is the one who made it."""
    for child in noun.rights:
        if child.dep_ == "acl" and child.lemma_.lower() in OWNING_VERBS:
            return _prep_object(child, ("by",), deps=("agent", "prep"))
    return None


def _fights_back(match: Match) -> bool:
    """ "Colombian troops clashed with ELN guerrillas": a clash or exchange of fire is
    fought by both sides, whichever of them the sentence makes its subject."""
    trigger = match.trigger
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in MUTUAL_FIGHT_VERBS:
        return False
    if not match.code.startswith(FIGHT_ROOT):
        return False
    side = _prep_object(trigger, ("with",)) or _prep_object(
        _object_of(trigger, False) or trigger, ("with",)
    )
    if side is None:
        return False
    # the `with` phrase names the other side, not a weapon ("clashed with sticks")
    words = side.doc[side.left_edge.i : side.i + 1].text
    return any(a.name in words for a in match.targets)


def _sides_are_sources(match: Match) -> bool:
    """Whether the targets are just the countries of the several sources."""
    if len(match.sources) < 2 or match.code.startswith(FORCE_ROOTS):
        return False
    countries = {a.country for a in match.sources}
    return None not in countries and countries == {a.country for a in match.targets}


def _past(verb: Token) -> bool:
    """ "did not meet", "has not met": a negated act told as past fact, not as a refusal."""
    return any(c.dep_ == "aux" and c.lemma_.lower() in ("do", "have") for c in verb.children) and (
        verb.tag_ in ("VBN",) or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children)
    )


def _only_venues(trigger: Token, state: _State, talks: bool = False) -> bool:
    """ "Pashinyan and Aliyev met at the White House": the only other names are where the
    sides met, which makes no third party of them; nor, for `talks`, what they talked about
    ("talked about the G20 summit"), while "fought over Karabakh" stays a war's stake."""
    subjects = {t.i for c in trigger.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    # clauses of their own ("hosted by Kazakhstan's president") name their own actors
    subjects |= {
        t.i
        for c in trigger.subtree
        if c.i != trigger.i and c.dep_ in OTHER_CLAUSE_DEPS
        for t in c.subtree
    }
    if talks:
        # "talked by telephone about the EAC summit": on the verb or on its means
        subjects |= {
            t.i
            for p in trigger.subtree
            if p.dep_ == "prep" and p.lower_ in TOPIC_PREPS and p.head.i != p.i
            for t in p.subtree
        }
    frames = [p for p in trigger.children if p.dep_ == "prep" and p.lower_ in SCENE_PREPS]
    venues = {t.i for prep in frames if prep.lower_ in VENUE_PREPS for t in prep.subtree}
    places = {pobj.i for prep in frames for pobj in prep.children if pobj.dep_ == "pobj"}
    # "on the sidelines of the G20 summit": a body named inside the frame is its occasion
    occasions = {t.i for prep in frames for t in prep.subtree if t.i not in places}
    for t in trigger.subtree:
        if t.i in subjects or t.i == trigger.i or t.i not in state.mentions or t.i in occasions:
            continue
        if t.i not in venues or state.mentions[t.i].actor.kind not in (*VENUE_KINDS, "country"):
            return False
    return True


def _reciprocal_argument(verb: Token, obj: Token | None) -> bool:
    """ "each other", "one another", or "the other" after a subject `each`."""
    candidates = [obj] if obj is not None else []
    candidates += [
        p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
    ]
    each_subject = any(c.dep_ in SUBJECT_DEPS and c.lower_ == "each" for c in verb.children)
    for token in candidates:
        before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
        if token.lower_ == "other" and (before == "each" or (before == "the" and each_subject)):
            return True
        if token.lower_ == "another" and before == "one":
            return True
    return False


def _leisure_context(trigger: Token, mentions: dict[int, Mention]) -> bool:
    """Whether the trigger's own arguments put it in sport or culture: "hosted Brazil in a
    friendly", "will host the World Cup", "beat Ukraine 3-1". Actor names do not count:
    "the Arab League" is an actor, not a league."""
    heads = [trigger]
    if trigger.pos_ in ("NOUN", "PROPN"):
        verb = governing_verb(trigger)
        if verb is not None:
            heads.append(verb)  # "a Russian strike on Kyiv is the subject of a documentary"
    words: list[Token] = []
    for head in heads:
        for child in head.children:
            if child.dep_ not in OTHER_CLAUSE_DEPS:
                words.extend(child.subtree)
    for word in words:
        if word.i in mentions or word.lemma_.lower() not in LEISURE_NOUNS:
            continue
        if word.pos_ in ("NOUN", "PROPN") or word.dep_ in ("pobj", "dobj"):
            return True  # "in a friendly" is tagged as an adjective
        if _is_score(word.text):
            return True
    return False


def _is_score(text: str) -> bool:
    """A match score: "3-1", "78-70"."""
    left, dash, right = text.partition("-")
    return bool(dash) and left.isdigit() and right.isdigit() and max(len(left), len(right)) <= 3


def _believed(trigger: Token) -> bool:
    """Whether the trigger is in a clause someone is only optimistic, confident or sceptical
    about: "he was optimistic that Israel and Hamas would reach an agreement"."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
    for _ in range(3):
        if verb is None or verb.head.i == verb.i:
            return False
        if verb.dep_ == "ccomp" and verb.head.pos_ == "ADJ":
            return True
        if verb.dep_ not in ("xcomp", "conj"):
            return False
        verb = verb.head
    return False


def _in_condition(trigger: Token) -> bool:
    """Whether the trigger is the condition of an "if"/"unless" clause."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
    if verb is None:
        return False
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in verb.children)


def _spoken(trigger: Token) -> bool:
    """Whether the trigger happens in a speech, interview or post: then "attacked" and
    "hammered" are words, not force."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "during", "on", "at"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() in SPEECH_NOUNS:
                    return True
    return False


def _private_contact(source: Actor, code: str) -> bool:
    """Tourists visiting, residents welcoming, investors hopeful: comments (01), meetings and
    visits (04) are events between representatives, not between private people."""
    return code.startswith(("01", "04")) and source.roles == ("CVL",)


#: nouns that count money: "1.3 trillion euros in reparations", "$6 billion in funds"


#: nouns that measure goods: "record volumes of Russian crude", "tonnes of grain"
MEASURE_NOUNS = frozenset(
    "volume amount quantity barrel ton tonne cargo shipment load consignment supply".split()
)


def _backs_a_cause(verb: Token, obj: Token | None, pattern: VerbPattern) -> bool:
    """ "Chile and Peru reaffirmed their support for a two-state solution": support or
    praise given to a cause the sentence names is not given to each other."""
    if not pattern.code.startswith(SUPPORT_ROOT) or "for" not in pattern.targets:
        return False
    return _prep_object(verb, ("for",)) is not None or (
        obj is not None and _prep_object(obj, ("for",)) is not None
    )


def _retained_object(verb: Token) -> Token | None:
    """The thing given in a passive of giving, "Ghana was granted a bailout by the IMF": its
    subject is then the one who receives."""
    return next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)


def _takes_recipient(pattern: VerbPattern) -> bool:
    """Only a pattern that gives to someone lets the passive subject receive."""
    return any(where in RECIPIENT_SLOTS for where in pattern.targets)


def _stopover_with_object(pattern: VerbPattern, obj: Token | None) -> bool:
    """ "stopped in Cairo" is a visit, "stopped its operations in Kurdistan" is not: a visit
    named by where one goes takes no direct object."""
    return (
        pattern.code == VISIT_CODE
        and obj is not None
        and not pattern.objects
        and "object" not in pattern.targets
    )


def _amount_content(obj: Token | None) -> list[Token]:
    """What a sum of money is in, what a measure is of: "euros in reparations" ->
    reparations, "record volumes of Russian gas" -> gas."""
    if obj is None:
        return []
    lemma = obj.lemma_.lower()
    if obj.pos_ == "NUM" or lemma in MONEY_UNITS:
        inner = _prep_object(obj, ("in",))
    elif lemma in MEASURE_NOUNS:
        inner = _prep_object(obj, ("of",))
    else:
        return []
    return [inner] if inner is not None else []


#: verbs that name the receiver as object and the goods with "with": "supplied Russia with"
SUPPLY_WITH_VERBS = frozenset({"supply", "provide", "furnish", "equip", "arm", "resupply"})


def _supplied_with(verb: Token, obj: Token | None) -> Token | None:
    """The goods of "supplied Russia with drones"; the object is then who receives them."""
    if obj is None or verb.lemma_.lower() not in SUPPLY_WITH_VERBS:
        return None
    return _prep_object(verb, ("with",)) or _prep_object(obj, ("with",))


#: modifiers by which an act is done together: "joint patrols near Alaska" are the
#: subjects' act with each other, whatever place or third actor the clause names
JOINT_MODIFIERS = frozenset({"joint", "combined"})


#: generic aid, refined by what is given as "provide" would be by its object
AID_CODE = "070"
AID_VERB = "provide"

#: what sides that fight together do with each other: military cooperation
JOINT_FORCE_CODE = "062"


def _joint(obj: Token | None) -> bool:
    return obj is not None and any(c.lower_ in JOINT_MODIFIERS for c in obj.lefts)


#: verbs whose object may be parsed as the subject of their clause: "allowed UN inspectors
#: to visit the site"
LETTING_VERBS = frozenset({"allow", "permit", "let", "help"})


def _let_clause(verb: Token) -> Token | None:
    """The clause of "allowed X to do", "helped X recover": its subject X is the one
    allowed or helped."""
    if verb.lemma_.lower() not in LETTING_VERBS:
        return None
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp") and any(c.dep_ == "nsubj" for c in child.children):
            return child
    return None


def _halted(verb: Token) -> bool:
    """ "stopped supplying gas": an act governed by a verb of stopping ends ("no longer" is
    `_no_longer`'s). In a demand or an intention ("demanded that X stop arming") the
    governing verb takes the ending in; here the act is the clause's own."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in CESSATION_VERBS:
        return not _is_negated(verb.head)
    return False


def _purposes(trigger: Token) -> list[int]:
    """The infinitive clauses saying what an act was for ("summoned X to protest ...")."""
    return [
        c.i
        for c in trigger.children
        if c.dep_ in ("advcl", "xcomp")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]


def _fighting_purpose(trigger: Token) -> Token | None:
    """The purpose clause of troops sent to fight for a side: "to support its war", "to
    fight in Ukraine", "to help the army"."""
    for purpose in trigger.children:
        if (
            purpose.dep_ in ("advcl", "xcomp")
            and purpose.lemma_.lower() in FIGHTING_PURPOSES
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in purpose.children)
        ):
            return purpose
    return None


def _armed_backing(match: Match) -> bool:
    """ "M23 rebels backed by Rwandan troops", "Iranian forces backed the Houthis": one
    armed force backing another in the field aids it militarily."""
    if match.trigger.lemma_.lower() not in BACKING_VERBS or not match.sources:
        return False
    if not all(MILITARY_ROLE in a.roles for a in match.sources):
        return False
    return bool(match.targets) and all(set(a.roles) & ARMED_ROLES for a in match.targets)


def _deployed(match: Match) -> bool:
    """ "Kenyan police officers arrived in Haiti to lead a UN-backed mission": security
    forces that come to take part in a mission are deployed, not on a visit."""
    if not match.sources or not all(set(a.roles) & SECURITY_ROLES for a in match.sources):
        return False
    for purpose in match.trigger.children:
        if purpose.dep_ not in ("advcl", "xcomp") or purpose.pos_ != "VERB":
            continue
        obj = _object_of(purpose, False)
        if obj is not None and obj.lemma_.lower() in MISSION_NOUNS:
            return True
    return False


def _to_frontier(verb: Token, obj: Token | None) -> bool:
    """ "rushed troops to its border with Pakistan": forces sent up to a frontier are massed
    against the country beyond it (154), not lent to it for its protection (074)."""
    place = _prep_object(verb, ("to", "toward", "towards")) or (
        _prep_object(obj, ("to", "toward", "towards")) if obj is not None else None
    )
    return place is not None and place.lemma_.lower() in FRONTIER_NOUNS


def _homelands(actors: list[Actor], role: str) -> list[Actor]:
    """The countries of office-holders and groups ("Bolivia's president" -> Bolivia), or
    their governments; a country itself has no homeland to act toward."""
    found: dict[str, Actor] = {}
    for actor in actors:
        if actor.country and actor.roles and actor.code != actor.country:
            code = actor.country + role
            roles = (role,) if role else ()
            found.setdefault(code, Actor(code, code, actor.country, None, roles))
    return list(found.values())


def _ceased(match: Match) -> Match | None:
    """ "stop arming Taiwan": to end an act is to change a policy (0832), or to
    de-escalate (087) when the act is one of force. A negated act does not end."""
    if match.negated:
        return None
    match.code = DEESCALATE_CODE if match.code.startswith(ESCALATION_ROOTS) else POLICY_CHANGE_CODE
    return match


def _probe_topics(dictionaries: Dictionaries) -> list[tuple[str, str]]:
    """The objects of the specific investigation patterns (091-094), as phrases that name
    what a generic investigation is about."""
    found: dict[str, str] = {}
    for pattern in dictionaries.verbs.get(PROBE_VERB, ()):
        if pattern.code == PROBE_CODE or not pattern.code.startswith(PROBE_CODE[:2]):
            continue
        for modifier, head in pattern.objects:
            phrase = f" {modifier} {head} " if modifier else f" {head} "
            found.setdefault(phrase, pattern.code)
    return list(found.items())


def _unarmed(actor: Actor) -> bool:
    """Whether an actor is only refugees, civilians or a trade: people who can enter a
    country, not occupy it."""
    return bool(actor.roles) and set(actor.roles) <= UNARMED_ROLES


def _restates(noun: Token, triggers: set[int]) -> bool:
    """ "accused Israel of genocide ... in his harshest criticism of Israel since the war
    began": an event noun, owned by a pronoun for the doer, that frames an act already
    coded names that act again."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in FRAME_PREPS or prep.head.i not in triggers:
        return False
    return any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in noun.children)


def _commerce(source: Actor, target: Actor) -> bool:
    """Firms suing, buying from or signing deals with firms, tourists attacking a waiter: what
    private people and companies do to each other, with no political actor on either side, is
    no event ("Volkswagen sued a Chinese supplier", "a billionaire sued a newspaper")."""
    return all(a.roles and set(a.roles) <= PRIVATE_ROLES for a in (source, target))


def _third_party(sources: list[Actor], targets: list[Actor], pattern: VerbPattern) -> bool:
    """Whether the source acts on an event between others (a mediator), rather than
    taking part in it: then that event stands as an event of its own sides."""
    if not any(w in PARTY_PREPS for w in pattern.targets):
        return False
    if pattern.code.startswith(PARTY_ROOT):
        return False  # signing or deepening ties: the subject is a side, not a go-between
    return not {a.code for a in sources} & {a.code for a in targets}


def _not_news(trigger: Token, state: _State) -> bool:
    """Whether the trigger states no act happening now (see `states_no_act`), or one dated
    long before publication."""
    return states_no_act(trigger) or _historical(trigger, state)


def _historical(trigger: Token, state: _State) -> bool:
    """ "Germany's invasion of Poland in 1939", "the 1979 Soviet invasion": dated years
    before publication, the act is history recalled, not news."""
    limit = state.pub.year - HISTORY_YEARS
    if trigger.pos_ in ("NOUN", "PROPN"):
        for child in trigger.lefts:
            if (
                child.dep_ in ("nummod", "compound", "amod", "nmod")
                and year_of(child.text) <= limit
            ):
                return True
    if not _YEAR_TEXT.search(state.text):
        return False
    day, _ = state.date_for(trigger, "asserted")
    if day.year <= limit:
        return True
    framed = state.framing_date(trigger) if day == state.pub else None
    return framed is not None and framed.year <= limit


def _told_past(clause: Token) -> bool:
    """Whether a clause is told in a past or non-finite form with no present or modal
    auxiliary: "before signing", "prompting ... to expel", "and then withdrew"."""
    if clause.tag_ not in PAST_FORM_TAGS:
        return False
    return not any(c.dep_ in ("aux", "auxpass") and c.tag_ in PRESENT_TAGS for c in clause.children)


def _as_place(actor: Actor) -> Actor:
    return Actor(actor.code[:3], actor.name, actor.country, actor.group, ())


# ---------------------------------------------------------------------- parse helpers
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


def _deep_actors(token: Token, state: _State, depth: int = 3) -> list[Actor]:
    """Actors in prepositional phrases below `token` or below what is coordinated with it
    ("remittances and travel to Cuba"), and in a participle on it ("vehicles imported from
    China", "a group set up by Iran")."""
    if depth == 0:
        return []
    for item in conjuncts(token):
        for child in item.children:
            if child.dep_ in ("prep", "agent") and child.lower_ in DEEP_PREPS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found = state.targets(pobj) or _deep_actors(pobj, state, depth - 1)
                        if found:
                            return found
            elif child.dep_ == "acl" and child.tag_ == "VBN":
                agent = _prep_object(child, ("by",), deps=("agent", "prep"))
                found = state.actors(agent) if agent is not None else []
                if not found and _prep_object(child, ORIGIN_PREPS) is not None:
                    found = state.targets(_prep_object(child, ORIGIN_PREPS))
                if found:
                    return found
    return []


def _amount_of(noun: Token) -> Token:
    """The amount an event noun is counted in ("two days of talks" -> days), else itself."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return noun
    amount = prep.head
    lemma = amount.lemma_.lower()
    if lemma in SERIES_NOUNS or (
        lemma in AMOUNT_NOUNS and any(c.dep_ == "nummod" for c in amount.children)
    ):
        return amount
    return noun


def _background(noun: Token) -> bool:
    """ "agreed to a ceasefire after talks brokered by the US": an event noun in a phrase of
    time is the background of the clause's own event, told before, not news here."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ in BACKGROUND_PREPS:
        return True
    # "swapped captives in a deal mediated by the UAE": the frame of the clause's own event;
    # "in defiance of" is an idiom, "were killed in a clash" names the event itself
    return (
        prep.lower_ in FRAME_PREPS
        and prep.head.pos_ == "VERB"
        and not _is_passive(prep.head)
        and any(c.dep_ == "det" for c in noun.children)
    )


def _is_measure(noun: Token) -> bool:
    """ "China's exports to Russia rose 20 percent": the subject of a verb of rising or
    falling is a quantity, not an event."""
    head = noun.head
    return noun.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() in CHANGE_VERBS


@per_sentence
def _is_passive(verb: Token) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass", "csubjpass") for c in verb.children):
        return True
    if _bare_conjoined_participle(verb) and _is_passive(verb.head):
        return True  # "was captured and killed by rebels": "killed" shares the passive
    if _passive_participle(verb):
        return True
    return verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN" and not _misparsed_main(verb)


def _bare_conjoined_participle(verb: Token) -> bool:
    """A past participle coordinated after another verb with no subject or auxiliary of its
    own: "killed" in "was captured and killed"."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and verb.head.i != verb.i
        and verb.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    )


def _shared_passives(verb: Token) -> list[Token]:
    """Participles coordinated with a passive verb that share its subject and agent."""
    return [c for c in verb.children if _bare_conjoined_participle(c)]


def _passive_participle(verb: Token) -> bool:
    """ "met in Almaty, hosted by Kazakhstan's president": a past participle clause with
    a `by` agent is passive, and its patient is the subject of the clause it hangs on."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or verb.head.pos_ != "VERB":
        return False
    agent = _prep_object(verb, ("by",), deps=("agent",))
    # a named agent ("by Bill Clinton", "by Kazakhstan's president"), not a means ("backed
    # by US-supplied tanks")
    return agent is not None and (
        agent.pos_ == "PROPN"
        or any(c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" for c in agent.children)
    )


def _misparsed_main(verb: Token) -> bool:
    """A finite verb the parser attached to the subject noun as a modifier: "The US and 20
    other countries expelled 100 diplomats." (no other verb heads the sentence)."""
    head = verb.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if verb.dep_ != "acl" or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN"):
        return False
    return verb.tag_ == "VBD" or any(c.dep_ == "dobj" for c in verb.children)


def _hyphen_agent(verb: Token) -> Token | None:
    """The agent joined to an attributive participle by a hyphen: "a US-brokered plan"."""
    if verb.dep_ != "amod":
        return None
    for child in verb.lefts:
        nxt = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
        if (
            child.dep_ in ("npadvmod", "compound", "nmod", "amod")
            and nxt is not None
            and nxt.text == "-"
        ):
            return child
    return None


def _breaks_truce(trigger: Token) -> bool:
    """Whether the act is said to break a truce: "in violation of the ceasefire"."""
    obj = _object_of(trigger, False) if trigger.pos_ == "VERB" else None
    owners = [trigger] if obj is None else [trigger, obj]
    for prep in (c for owner in owners for c in owner.children):
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "despite"):
            continue
        for breach in prep.children:
            if breach.lemma_.lower() not in BREACH_NOUNS:
                continue
            truce = _prep_object(breach, ("of",))
            if truce is not None and truce.lemma_.lower() in TRUCE_NOUNS:
                return True
    return False


def _enactor(noun: Token) -> Token | None:
    """The verb that enacted a law, decree or order that is its object: "passed a law"."""
    if noun.lemma_.lower() not in ENACTED_NOUNS or noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = noun.head
    return verb if verb.lemma_.lower() in ENACTING_VERBS else None


def _home_country(sources: list[Actor]) -> list[Actor]:
    """The one country the sources rule, as the place their measure falls on."""
    countries = {a.country for a in sources}
    if len(countries) != 1 or None in countries:
        return []
    country = next(iter(countries)) or ""
    return [Actor(country, country, country, None, ())]


def _disaster(verb: Token) -> bool:
    """ "declared a state of emergency as wildfires spread": emergency rule against nature."""
    return any(
        t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in DISASTER_NOUNS for t in verb.sent
    )


def _occurrence(noun: Token) -> Token | None:
    """The verb an event noun happens through, which may carry the sides: "fighting broke
    out between the army and the RSF", "clashes erupted between police and protesters"."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in OCCURRING_VERBS:
        return None
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if verb.lemma_.lower() == "break" and particles != {"out"}:
        return None  # "talks broke down between ...": they ended, the sides are not opponents
    return verb


def _abduction(source: Actor, target: Actor, code: str) -> str:
    """An armed group does not arrest: its taking people captive is abduction (181)."""
    if code != ARREST_CODE or REBEL_ROLE not in source.roles:
        return code
    # "Hezbollah captured two Israeli soldiers"; a civil war's own captives stay detainees
    return ABDUCTION_CODE if target.country != source.country else code


def _repression(source: Actor, target: Actor, code: str) -> str:
    """A country's police or army shooting or beating its own protesters is violent
    repression (175), not combat or assault: "soldiers shot dead 100 protesters"."""
    if not code.startswith(REPRESSED_ROOTS) or target.roles != (OPPOSITION_ROLE,):
        return code
    if source.country != target.country or not set(source.roles) & SECURITY_ROLES:
        return code
    return REPRESSION_CODE


def _bare_places(actors: list[Actor]) -> bool:
    """No target, or only countries as places (a capital struck is the country): victims
    named elsewhere say more."""
    return all(len(a.code) == 3 or a.code[3:] == "GOV" for a in actors)


def _aimed_at(verb: Token, obj: Token | None, preps: tuple[str, ...]) -> list[Token]:
    """Objects of the target prepositions on the verb, its object, or a noun coordinated
    with either ("fired tear gas and birdshot at protesters")."""
    owners = [verb] if obj is None else [verb, *conjuncts(obj)]
    owners += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    found: list[Token] = []
    for owner in owners:
        pobj = _prep_object(owner, preps)
        if pobj is not None:
            found.append(pobj)
    return found


def _no_longer(verb: Token) -> bool:
    """ "no longer sends", "will not supply arms any longer", "not ... anymore": an act that
    stops, which is a reduction of what was done before rather than a refusal."""
    for child in verb.children:
        if child.dep_ != "advmod" or child.lower_ not in CEASING_ADVERBS:
            continue
        if child.lower_ == "anymore" or any(c.lower_ == "no" for c in child.children):
            return True
        if child.i > 0 and verb.doc[child.i - 1].lower_ == "no":
            return True
        if any(c.dep_ == "neg" for c in verb.children):
            return True
    return False


def _is_negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


@per_sentence
def _object_of(verb: Token, passive: bool) -> Token | None:
    if passive:
        for child in verb.children:
            if child.dep_ in ("nsubjpass", "csubjpass"):
                if child.lower_ in RELATIVIZERS and verb.dep_ == "relcl":
                    return verb.head
                return child
        if verb.dep_ in ("acl", "amod"):
            return verb.head
        if _passive_participle(verb):
            # "began talks at Camp David, hosted by Clinton": those the clause is about
            return next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
        if verb.dep_ == "conj":
            # "Blinken arrived in Kyiv and was received by Zelensky": the shared subject;
            # "was captured and killed": the shared passive subject
            shared = (*SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS)
            return next((c for c in verb.head.children if c.dep_ in shared), None)
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "obj"):
            if child.lower_ in RELATIVIZERS and verb.dep_ == "relcl":
                return verb.head
            return _unwrap(child)
    for child in verb.children:
        if child.dep_ == "oprd" and child.pos_ == "PROPN":
            return child  # "Macron called Zelensky on Saturday": a name taken for a predicate
        if child.dep_ == "ccomp" and child.lemma_.lower() in NAMING_VERBS:
            named = _what_it_called(child)
            if named is not None:
                return named
        if child.dep_ == "xcomp" and child.lemma_.lower() in NEIGHBOUR_LEMMAS:
            # "accused neighbouring Guyana": the parser takes the adjective for a verb
            found = next((c for c in child.children if c.dep_ in ("dobj", "obj")), None)
            if found is not None:
                return found
    if verb.dep_ == "relcl" and not any(c.dep_ in ("dobj",) for c in verb.children):
        # "the sanctions that Washington imposed": relativiser dropped or tagged oddly
        if any(c.dep_ in SUBJECT_DEPS and c.lower_ not in RELATIVIZERS for c in verb.children):
            return verb.head
    return None


def _unwrap(token: Token) -> Token:
    from eventdb.etl.coder.actors import _unwrap_quantity

    return _message_of(_amount_in(_unwrap_quantity(token)))


def _purpose_prep_objects(obj: Token | None, prep: str) -> list[Token]:
    """ "signed agreements to normalise relations with Israel": the party an agreement is
    with may be named in the infinitive that says what the agreement is for."""
    if obj is None:
        return []
    found: list[Token | None] = []
    for clause in obj.children:
        if clause.dep_ in ("acl", "relcl") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in clause.children
        ):
            found.append(_prep_object(clause, (prep,)))
            inner = _object_of(clause, False)
            if inner is not None:
                found.append(_prep_object(inner, (prep,)))
    return [f for f in found if f is not None]


def _names_as(verb: Token) -> bool:
    """ "called Netanyahu a disgrace", "calling officials \"the enemy\"": an object with a
    predicate names what the object is said to be; the verb is no contact with it."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    if any(c.dep_ in ("oprd", "xcomp") and c.pos_ in ("NOUN", "ADJ") for c in verb.children):
        return True
    return any(
        c.dep_ == "appos" and any(q.is_quote for q in c.children) for c in obj.children
    ) or any(c.dep_ == "punct" and c.is_quote for c in verb.children)


def _finer(refined: str | None, code: str | None) -> str | None:
    """The more specific of two codes when one refines the other ("0231" under "023")."""
    if refined and (code is None or (refined.startswith(code) and len(refined) > len(code))):
        return refined
    return code


def _message_of(token: Token) -> Token:
    """ "sent a message of condolence": a message carries the sentiment its `of` phrase
    names (a "message of support" stays a message: "send support" is aid)."""
    if token.lemma_.lower() not in MESSAGE_NOUNS:
        return token
    inner = _prep_object(token, ("of",))
    if inner is None or inner.lemma_.lower() not in SENTIMENT_NOUNS:
        return token
    return inner


def _assured_of(verb: Token) -> Token | None:
    """ "assured Zelensky of continued support": what a person is assured of, parsed on
    the person."""
    obj = _object_of(verb, False)
    if obj is None or obj.pos_ not in ("PROPN", "PRON"):
        return None
    return _prep_object(obj, ("of",))


def _amount_in(token: Token) -> Token:
    """ "pledged $200 million in humanitarian aid": a sum counts what its `in` phrase names,
    and that noun says what kind of aid, loan or purchase the act is."""
    if token.pos_ != "NUM" and token.lemma_.lower() not in MONEY_UNITS:
        return token
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "in":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN":
                    return pobj
    return token


def _shared_clauses(verb: Token) -> list[Token]:
    """Verbs coordinated after `verb` that share its subject (no subject of their own)."""
    if verb.pos_ != "VERB":
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ == "VERB"
        and not any(g.dep_ in SUBJECT_DEPS for g in c.children)
    ]


def _downs(verb: Token) -> bool:
    """ "shot down", "brought down": the object is what fell, not what was fired."""
    return any(c.dep_ == "prt" and c.lower_ in DOWNING_PARTICLES for c in verb.children)


def _titles(obj: Token) -> list[Token]:
    """Title nouns on a name: "Hezbollah leader Hassan Nasrallah", "Nasrallah, the group's
    leader". A pattern that asks for a leader is met by the person who holds the title."""
    if obj.pos_ != "PROPN":
        return []
    found: list[Token] = []
    for child in obj.children:
        if child.dep_ in ("compound", "appos") and child.pos_ == "NOUN":
            found.append(child)
    return found


def _amount(verb: Token, obj: Token) -> list[Token]:
    """The count a plural object is given in, which can make the act a mass one:
    "expelled hundreds of thousands of Afghan refugees" (201)."""
    raw = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if raw is None or raw.i == obj.i or raw.lemma_.lower() not in MASS_AMOUNTS:
        return []
    return [raw]


def _mass_count(obj: Token | None) -> bool:
    """ "deported more than 276,000 Haitians": a count in figures that makes the act a
    mass one, as "thousands of" does in words."""
    if obj is None or obj.tag_ not in ("NNS", "NNPS"):
        return False
    for child in obj.children:
        if child.dep_ != "nummod" or not child.like_num:
            continue
        if any(t.lemma_.lower() in MASS_AMOUNTS for t in child.subtree):
            return True  # "1.2 million Afghans"
        digits = child.text.replace(",", "")
        if digits.isdigit() and int(digits) >= MASS_COUNT:
            return True
    return False


def _body_count(obj: Token | None) -> bool:
    """Whether the object is counted as a group of three or more ("seven dissidents"),
    which no single targeted killing names."""
    if obj is None or obj.tag_ not in ("NNS", "NNPS"):
        return False
    for child in obj.children:
        if child.dep_ == "nummod" and child.like_num:
            digits = child.text.replace(",", "")
            if child.lower_ in FEW_WORDS or (digits.isdigit() and int(digits) < BODY_COUNT):
                continue  # "two senior commanders": still a targeted killing
            return True  # "seven", "dozens", "12"
    return False


def _civilians_killed(verb: Token, code: str, targets: list[Actor]) -> bool:
    """ "killed 1,500 civilians": thousands of civilians killed are a mass killing (202),
    while thousands of soldiers killed are still combat."""
    return (
        verb.lemma_.lower() in KILLING_VERBS
        and code.startswith(("18", FIGHT_ROOT))
        and bool(targets)
        and all(CIVILIAN_ROLE in a.roles for a in targets)
    )


def _noun_objects(noun: Token) -> list[Token]:
    """What an event noun acts on: "suspension of military aid", "a freeze on funding", "a
    halt to arms deliveries" (and what those deliveries carry)."""
    found: list[Token] = []
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in NOUN_OBJECT_PREPS:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    found += [pobj, *_contents(pobj)]
    return found


def _contents(obj: Token) -> list[Token]:
    """What a shipment, delivery or supply carries: "deliveries of tanks and shells"."""
    if obj.lemma_.lower() not in CARRIER_NOUNS:
        return []
    inner = _prep_object(obj, ("of",))
    return conjuncts(inner) if inner is not None else []


def _object_fits_lemma(lemma: str, objects: tuple[tuple[str | None, str], ...]) -> bool:
    return any(modifier is None and head == lemma for modifier, head in objects)


def _object_fits(obj: Token | None, objects: tuple[tuple[str | None, str], ...]) -> bool:
    if obj is None:
        return False
    lemma = obj.lemma_.lower()
    lower = obj.lower_
    for modifier, head in objects:
        if head not in (lemma, lower):
            continue
        if modifier is None:
            return True
        if any(c.lemma_.lower() == modifier or c.lower_ == modifier for c in obj.lefts):
            return True
    return False


@per_sentence
def _has_particles(verb: Token, particles: tuple[str, ...]) -> bool:
    present = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "prep", "dobj")}
    if verb.i + 1 < len(verb.doc):
        # "handed over 32 prisoners": the particle parsed as part of the number after it
        present.add(verb.doc[verb.i + 1].lower_)
    return all(p in present for p in particles)


@per_sentence
def _prep_object(
    token: Token, preps: tuple[str, ...], deps: tuple[str, ...] = PREP_DEPS
) -> Token | None:
    """The object of a preposition on `token`, or on its particle ("pulled out of X")."""
    children = list(token.children)  # spaCy makes a new Token per visit: walk them once
    found = _own_prep_object(token, preps, deps, children)
    if found is not None:
        return found
    for child in children:
        if child.dep_ in ("prt", "advmod"):
            found = _own_prep_object(child, preps, deps)
            if found is not None:
                return found
    # "pulled out of UNESCO": the parser makes "out" a preposition with "of" below it
    for child in children:
        if child.dep_ == "prep" and _bare_preposition(child):
            found = _own_prep_object(child, preps, deps)
            if found is not None:
                return found
    for child in children:
        if child.dep_ == "prt" and child.lower_ in preps and _childless(child):
            return _shared_object(token)  # "fired on and seized", parsed as a particle
    return None


def _childless(token: Token) -> bool:
    return token.n_lefts + token.n_rights == 0


def _bare_preposition(prep: Token) -> bool:
    """A preposition with a preposition but no object below it: "out" in "out of"."""
    if _childless(prep):
        return False
    return all(c.dep_ == "prep" for c in prep.children)


def _own_prep_object(
    token: Token,
    preps: tuple[str, ...],
    deps: tuple[str, ...],
    children: list[Token] | None = None,
) -> Token | None:
    for child in token.children if children is None else children:
        if child.dep_ in deps and child.lower_ in preps:
            for pobj in child.children:
                if pobj.dep_ in ("pobj", "pcomp"):
                    return _unwrap(pobj)
            if _childless(child):
                return _shared_object(token)
    return None


def _shared_object(verb: Token) -> Token | None:
    """ "fired on and seized three vessels": a stranded preposition takes the object of
    the verb coordinated after it."""
    for child in verb.children:
        if child.dep_ == "conj" and child.pos_ == "VERB":
            obj = next((c for c in child.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return _unwrap(obj)
    return None


def _reports_to(verb: Token, complement: Token | None) -> bool:
    """ "told reporters that Russia shelled Kharkiv": a verb of asking or telling with a
    listener and a finite clause reports what was said; only "told X to V" is a demand."""
    if complement is None or complement.dep_ != "ccomp":
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in complement.children):
        return False
    return any(c.dep_ in ("dobj", "obj", "dative") for c in verb.children)


def _complement(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("xcomp", "ccomp") and child.pos_ in ("VERB", "AUX"):
            return child
        if child.dep_ == "advcl" and _dated_infinitive(child):
            return child
    for child in verb.children:
        if child.dep_ in ("prep",) and child.lower_ in ("to", "for", "on"):
            for pcomp in child.children:
                if pcomp.dep_ == "pcomp" and pcomp.pos_ == "VERB":
                    return pcomp
    return None


def _dated_infinitive(clause: Token) -> bool:
    """ "threatened on Monday to slap sanctions": a date put between a verb with no object
    and its infinitive makes the parser take the infinitive for a clause of purpose."""
    to = next((c for c in clause.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i == 0 or clause.i < clause.head.i:
        return False
    if any(c.dep_ in ("dobj", "obj") for c in clause.head.children):
        return False  # "called Netanyahu on Tuesday to discuss": a call made for a purpose
    before = clause.doc[to.i - 1]
    return before.lower_ in DATE_WORDS


def _modality(verb: Token) -> str:
    chain = [verb]
    if verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        chain.append(verb.head)
    for v in chain:
        auxes = {c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")}
        if any(m.lower_ in CONDITIONAL_MARKS for m in v.children if m.dep_ == "mark"):
            return "conditional"
        if v.dep_ == "advcl" and any(m.lower_ in CONDITIONAL_MARKS for m in v.children):
            return "conditional"
        if auxes & FUTURE_AUX or ("going" in auxes):
            if any(
                c.dep_ == "advcl" and any(m.lower_ in CONDITIONAL_MARKS for m in c.children)
                for c in v.children
            ):
                return "conditional"
            return "future"
        if auxes & POSSIBLE_AUX:
            return "possible"
    return "asserted"


def _matrix_verb(verb: Token) -> Token | None:
    """The verb of the clause that reports or governs `verb` ("X said it would ...")."""
    current = verb
    for _ in range(3):
        if current.dep_ not in ("ccomp", "xcomp", "advcl", "conj") or current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


def _clause_head(token: Token) -> Token:
    current = token
    for _ in range(12):
        if current.pos_ in ("VERB", "AUX") and current.dep_ != "aux":
            return current
        if current.head.i == current.i:
            return current
        current = current.head
    return current


def _stoppage(noun: Token) -> bool:
    return noun.lemma_.lower() == "strike" and any(
        c.lower_ in STOPPAGE_MODIFIERS for c in noun.lefts
    )


def _strike_kind(trigger: Token) -> str | None:
    """ "went on a hunger strike to protest against the government": a protest told as the
    purpose of a strike is that strike (142 hunger strike, 143 strike)."""
    if trigger.dep_ not in ("advcl", "xcomp"):
        return None
    holder = trigger.head
    strike = _prep_object(holder, ("on",)) or _object_of(holder, False)
    if strike is None or strike.lemma_.lower() != "strike":
        return None
    return HUNGER_STRIKE_CODE if any(c.lower_ == "hunger" for c in strike.lefts) else STRIKE_CODE


def _aim_words(trigger: Token) -> list[Token]:
    """The words by which a protest names what it wants: a clause of demanding ("demanding
    the resignation", "to demand their release") or an `against`/`for` phrase on the
    trigger or its object ("a strike against the pension reform")."""
    heads = [trigger]
    if trigger.pos_ in ("NOUN", "PROPN"):
        verb = governing_verb(trigger)
        if verb is not None:
            heads.append(verb)
    else:
        obj = _object_of(trigger, False)
        if obj is not None:
            heads.append(obj)
    words: list[Token] = []
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in AIM_PREPS:
                words.extend(child.subtree)
            elif child.dep_ in ("advcl", "xcomp", "acl"):
                # "chanting slogans and demanding the resignation": the demanding one
                for clause in conjuncts(child):
                    if clause.lemma_.lower() in AIM_VERBS:
                        words.extend(clause.subtree)
    return words


def _naming_predicate(verb: Token) -> Token | None:
    """What a verb of naming calls its object: "called X a criminal" (oprd), "described X
    as illegal" (an `as` phrase)."""
    lemma = verb.lemma_.lower()
    if lemma not in NAMING_VERBS:
        return None
    found = next((c for c in verb.children if c.dep_ == "oprd"), None)
    if found is None:
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "as":
                found = next(
                    (c for c in child.children if c.dep_ in ("pobj", "amod", "acomp")), None
                )
                break
    if lemma == "hold" and (found is None or found.lemma_.lower() not in CULPABLE):
        return None  # "held them hostage", "held the talks open"
    return found


def _pejorative(predicate: Token) -> bool:
    """Whether a predicate is a word of blame, not negated ("no threat")."""
    words = list(predicate.subtree)
    if any(w.lower_ in ("no", "not", "never") for w in words):
        return False
    return any(w.lemma_.lower() in PEJORATIVES or w.lower_ in PEJORATIVES for w in words)


def _previous_clause(verb: Token) -> Token | None:
    """The clause coordinated before the one a verb is in ("X struck Y, and Z said it
    would ..." -> "struck"), when that one has a subject of its own."""
    current = verb
    for _ in range(3):
        if current.dep_ in ("xcomp", "ccomp") and current.head.pos_ in ("VERB", "AUX"):
            current = current.head
        else:
            break
    if current.dep_ != "conj" or current.head.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ in SUBJECT_DEPS for c in current.children):
        return None  # "struck X and killed Y": one clause, one actor
    return current.head


def _holds_force(clause: Token, matches: list[Match]) -> bool:
    """Whether an act of force was coded in this clause or one coordinated with it."""
    heads = {clause.i} | {c.i for c in clause.children if c.dep_ == "conj"}
    for match in matches:
        if not match.code.startswith(FORCE_ROOTS):
            continue
        trigger = match.trigger
        verb = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
        if verb is not None and verb.i in heads:
            return True
    return False


def _judicial(actor: Actor) -> bool:
    return "JUD" in actor.roles or actor.code in COURT_CODES


def _shown_by(noun: Token) -> Token | None:
    """The verb a noun is the stated purpose of: "deployed a carrier as a warning"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "as" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return prep.head


def _military(actor: Actor) -> Actor:
    """A country that moves troops or ships acts as its military."""
    if len(actor.code) != 3 or actor.country is None:
        return actor
    return Actor(actor.code + "MIL", actor.name, actor.country, actor.group, ("MIL",))


def _ahead_of(verb: Token) -> Token | None:
    """The unrest a deployment comes before: "ahead of an opposition march"."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ == "ahead":
            found = _prep_object(child, ("of",))
        elif child.dep_ == "prep" and child.lower_ == "before":
            found = _prep_object(verb, ("before",))
        else:
            continue
        if found is not None and found.lemma_.lower() in UNREST_NOUNS:
            return found
    return None


def _opposition_of(unrest: Token, sources: list[Actor]) -> list[Actor]:
    """Those who march or rally without a country of their own are the deploying
    country's opposition."""
    countries = {a.country for a in sources}
    if len(countries) != 1 or None in countries:
        return []
    country = next(iter(countries))
    assert country is not None
    return [Actor(country + "OPP", unrest.text, country, None, ("OPP",))]


def _aim_digit(aim: list[Token]) -> str | None:
    """CAMEO's fourth protest digit for what the aim words demand, if they name it."""
    lemmas = {t.lemma_.lower() for t in aim} | {t.lower_ for t in aim}
    for digit, words in PROTEST_AIMS:
        if not lemmas.isdisjoint(words):
            return digit
    return None


def _own_government(sources: list[Actor]) -> Actor | None:
    """The government of protesters, unionists or activists of one country."""
    countries = {a.country for a in sources}
    if len(countries) != 1 or None in countries:
        return None
    if not all(a.roles and not STATE_ROLES & set(a.roles) for a in sources):
        return None
    country = next(iter(countries))
    assert country is not None
    return Actor(country + "GOV", "government", country, None, ("GOV",))
