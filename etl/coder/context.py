"""Context that says a sentence states no act happening now (history, questions, advice,
statistics, sport) or that its sides are private; and the codes of victims.

Cheap checks on a trigger's own parse neighbourhood, run once per candidate event.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdb.etl.coder.types import Actor

#: codes of travelling to a place
VISIT_CODES = frozenset({"042"})
#: what a company runs for its customers ("suspended flights to Beijing")
SERVICE_NOUNS = frozenset({"flight", "route", "service"})
#: roles of private people and companies: acts between two of them are no political event
PRIVATE_ROLES = frozenset({"BUS", "MED", "CVL", "LAB", "AGR", "EDU", "HLH"})
#: trades whose members, as victims of violence, are civilians ("shot three farmers")
CIVILIAN_TRADES = frozenset({"AGR", "LAB", "EDU", "HLH"})
#: words that count the time elapsed since an act ("two years since Hamas attacked")
ELAPSED_WORDS = frozenset("year month week day decade mark commemorate".split())
#: nouns by which a sentence remembers a past act ("the anniversary of the invasion")
MEMORIAL_NOUNS = frozenset(
    "anniversary commemoration remembrance memorial memory centenary centennial".split()
)
#: verbs whose clause is only imagined or doubted
IMAGINING_VERBS = frozenset("imagine envisage envision picture doubt wonder speculate".split())
#: modals under which an event noun as subject is only supposed ("a war would devastate")
HYPOTHETICAL_AUX = frozenset({"would", "could", "might"})
#: modals of advice: what someone should do has not been done
ADVICE_AUX = frozenset({"should", "ought"})
#: true auxiliaries; any other word the parser calls one is a misparsed main verb
AUXILIARIES = frozenset(
    "be have do will would shall should can could may might must ought to need dare get"
    " wo ca 'll 'd 's 've 're 'm".split()
)
#: eras that put an act in history ("during the Cold War")
PAST_ERAS = frozenset(
    {
        "cold war",
        "second world war",
        "first world war",
        "world war ii",
        "world war i",
        "world war two",
        "world war one",
        "great war",
        "vietnam war",
        "korean war",
        "napoleonic wars",
        "colonial era",
        "colonial period",
        "soviet era",
        "soviet period",
        "middle ages",
    }
)
ERA_NOUNS = frozenset({"war", "wars", "era", "period", "ages", "ii", "i", "two", "one"})
#: what a trade figure is measured against ("exports hit a record")
BENCHMARK_NOUNS = frozenset("record high low peak level percent".split())
#: verbs that give a quantity its size ("trade reached $7 billion", "stood at 4 percent",
#: "gold exports earned the country $3.4 billion")
TALLY_VERBS = frozenset(
    "reach total amount stand top exceed surpass account near approach equal earn fetch"
    " generate yield".split()
)
#: prepositions that size a change ("cut exports by a third", "boost trade to $15 billion")
SIZE_PREPS = frozenset({"by", "to"})
#: verbs of buying and selling, whose plain present is a trade that goes on, not news
TRADING_VERBS = frozenset("sell buy export import ship purchase".split())
#: words of a share or figure that are no number themselves ("cut exports by a third")
FIGURE_WORDS = frozenset("percent % third half quarter fifth tenth share fraction".split())
#: units of a margin of victory ("by 50 runs", "by seven wickets", "by 10 points")
MARGIN_NOUNS = frozenset("run wicket point goal stroke length innings".split())

#: verbs through which an event noun as subject happens, is planned or acts on something:
#: "talks resumed", "the visit comes as", "talks are set to begin", "an air strike killed"
HAPPENING_VERBS = frozenset(
    "break erupt rage flare occur continue resume intensify escalate spread start begin take"
    " come go get follow mark open proceed unfold kill hit target strike destroy damage injure"
    " wound leave claim include involve cover focus centre center aim seek coincide precede"
    " schedule plan set expect slate".split()
)
#: verbs of being and staying, whose present tense is plain ("talks remain frozen")
BEING_VERBS = frozenset("be remain stay seem appear look become".split())
#: verbs by which a planned event does not take place ("the trip was cancelled")
CALLING_OFF_VERBS = frozenset("cancel postpone scrap shelve defer".split())
#: predicates that doubt an event will happen ("a visit is unlikely this year")
DOUBTING_WORDS = frozenset("unlikely improbable doubtful uncertain".split())
#: words by which an event noun is said to be going on or coming ("talks are under way")
UNDERWAY_WORDS = frozenset("underway way ongoing due set scheduled planned expected slated".split())
#: nouns under which an event is only feared, hoped, rumoured, remembered or weighed: "fears
#: of a war between China and the US", "the prospect of a ceasefire", "the legality of the strikes"
SUPPOSING_NOUNS = frozenset(
    "fear hope risk danger threat spectre specter prospect possibility likelihood chance odds"
    " rumour rumor speculation talk idea notion scenario scare legacy memory history legality"
    " lawfulness debate myth".split()
)
#: words of feeling or guessing about an event: "investors worry about a trade war"
SUPPOSING_WORDS = frozenset(
    "worry fear speculate dream joke fantasize worried anxious nervous".split()
)
#: verbs whose object is an event only feared or foreseen
FORESEEING_VERBS = frozenset("fear dread predict foresee forecast anticipate expect".split())
#: prepositions that tie an event noun to what is said about it
ABOUT_PREPS = frozenset({"of", "for", "about", "over", "on", "in"})
#: adverbs that put an act in someone's record rather than in the news ("previously")
RECORD_ADVERBS = frozenset({"previously", "formerly", "historically"})
#: verbs of recognition: whether one state recognises another is a standing status
RECOGNISING_VERBS = frozenset({"recognise", "recognize", "acknowledge"})
#: negated verbs that still let their complement happen ("did not hesitate to strike")
AFFIRMING_NEGATIONS = frozenset("hesitate fail cease stop forget neglect shy wait".split())
#: verbs of a standing arrangement: "South Korea hosts 28,500 American troops"
STANDING_VERBS = frozenset("host house keep maintain station base have hold own possess".split())
#: what a country keeps for others rather than does to them ("hosts military bases for");
#: the parser gives "bases" the lemma "basis"
FACILITY_NOUNS = frozenset(
    "base basis facility installation garrison headquarters office bureau presence outpost"
    " camp".split()
)
#: verbs of having: an arrangement one has ("has a defence treaty with") stands, it is no act
HAVING_VERBS = frozenset({"have", "possess"})
#: event nouns that are had as they happen ("has talks with Xi on Friday")
HAPPENING_NOUNS = frozenset(
    "talk talks meeting summit negotiation call conversation discussion exchange".split()
)
#: verbs of opinion under which a "could" or "might" is only someone's guess
GUESSING_VERBS = frozenset("believe think suspect reckon guess".split())
#: modals of mere possibility
POSSIBILITY_AUX = frozenset({"could", "might", "may"})
#: verbs whose plain present passive tells how things stand: geography ("Lesotho is
#: surrounded by South Africa") and standing support ("the mission is funded by the EU")
STANDING_PASSIVE_VERBS = frozenset(
    "surround encircle enclose border flank ring fund finance bankroll sponsor arm back"
    " support supply".split()
)


def states_no_act(trigger: Token) -> bool:
    """Whether the trigger states no act happening now: an era or anniversary recalled, a
    question, something imagined, supposed or advised, a misparsed complement of a verb of
    opinion, a trade figure, or a margin of victory."""
    return (
        _in_past_era(trigger)
        or _remembered(trigger)
        or _questioned(trigger)
        or _imagined(trigger)
        or _hypothetical_subject(trigger)
        or _under_false_aux(trigger)
        or _advised(trigger)
        or _measured(trigger)
        or _sport_margin(trigger)
        or _under_negated(trigger)
        or _past_record(trigger)
        or _unrecognised(trigger)
        or _whether(trigger)
        or standing_arrangement(trigger)
        or possessed_event(trigger)
        or _guessed(trigger)
        or _standing_passive(trigger)
        or _habitual_trade(trigger)
    )


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above a token: the clause an event noun sits in."""
    current = token
    for _ in range(6):
        if current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


def _in_past_era(trigger: Token) -> bool:
    """ "During the Cold War, the Soviet Union armed North Vietnam": an act set in a past era."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
    if verb is None:
        return False
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("during", "in", "before"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and _decade(pobj.text):
                    return True  # "invaded the US market in the 1980s"
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() in ERA_NOUNS:
                    words = " ".join(t.lower_ for t in pobj.subtree if t.dep_ != "det")
                    if words in PAST_ERAS:
                        return True
    return False


def _decade(text: str) -> bool:
    """A past decade named by its digits: "1980s", "1990s" (this one and the last stay news)."""
    return len(text) == 5 and text.endswith("0s") and text[:4].isdigit() and text[:2] == "19"


def year_of(text: str) -> int:
    """The year a token names, or a year far in the future when it names none."""
    if len(text) == 4 and text.isdigit() and text[:2] in ("18", "19", "20"):
        return int(text)
    return 9999


def _remembered(trigger: Token) -> bool:
    """ "the fifth anniversary of Britain's exit from the EU", "two years since Hamas
    attacked Israel", "their first meeting since the two countries agreed on patrols": what
    is remembered or counted from is past. A "since" clause that starts what is reported now
    ("since Russia launched its war, the US has ...") stays."""
    if (
        trigger.pos_ in ("VERB", "AUX")
        and (trigger.head.lemma_.lower() in ELAPSED_WORDS or trigger.head.pos_ == "NOUN")
        and any(c.dep_ == "mark" and c.lower_ == "since" for c in trigger.children)
    ):
        return True
    token = trigger
    for _ in range(3):
        if token.dep_ != "pobj" or token.head.lower_ != "of":
            return False
        token = token.head.head
        if token.lemma_.lower() in MEMORIAL_NOUNS:
            return True
    return False


def _questioned(trigger: Token) -> bool:
    """ "Could China really blockade Taiwan?": a question asserts nothing."""
    doc = trigger.doc
    if "?" not in doc.text:
        return False
    for token in doc[trigger.i :]:
        if token.text in ("?", ".", "!", ";"):
            return token.text == "?"
    return False


def _imagined(trigger: Token) -> bool:
    """ "hard to imagine Israel ever recognising a Palestinian state": a clause under a verb
    of imagining or doubting is no fact."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
    for _ in range(2):
        if verb is None or verb.dep_ not in ("ccomp", "xcomp", "dobj") or verb.head.i == verb.i:
            return False
        verb = verb.head
        if verb.lemma_.lower() in IMAGINING_VERBS:
            return True
    return False


def _guessed(trigger: Token) -> bool:
    """ "Some diplomats believe Kenya could eventually mediate", "analysts expect Egypt to
    ask the IMF for more money": what someone thinks could happen, or expects of others, is
    a guess, not an act or a stated plan. "Lavrov is expected to meet Wang" is a schedule."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
    if verb is None or verb.dep_ not in ("ccomp", "xcomp") or verb.head.i == verb.i:
        return False
    head = verb.head
    lemma = head.lemma_.lower()
    if lemma in FORESEEING_VERBS:
        return any(c.dep_ == "nsubj" for c in head.children)
    if verb.dep_ != "ccomp" or lemma not in GUESSING_VERBS:
        return False
    return any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_AUX for c in verb.children)


def _standing_passive(verb: Token) -> bool:
    """ "Lesotho is entirely surrounded by South Africa", "the AU mission in Somalia is
    funded largely by the EU": lying around a place, or funding and backing, told in the
    plain present passive is how things stand, not a siege or a grant. "is being encircled"
    and "was funded" stay acts."""
    if verb.lemma_.lower() not in STANDING_PASSIVE_VERBS or verb.tag_ != "VBN":
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ in ("VBZ", "VBP")


def _hypothetical_subject(trigger: Token) -> bool:
    """ "a war between China and Taiwan would devastate the economy": an event noun that is
    the subject of what would or could happen is itself only supposed."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in trigger.head.children)


def _advised(verb: Token) -> bool:
    """ "The West should arm Ukraine faster, one general wrote": advice is an opinion, not
    an act."""
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ in ADVICE_AUX for c in verb.children
    )


def _under_false_aux(verb: Token) -> bool:
    """ "most Germans oppose sending weapons": the parser made the real verb an auxiliary of
    the complement; the complement is what they oppose, not what they do."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(
        c.dep_ == "aux" and c.is_alpha and c.lemma_.lower() not in AUXILIARIES
        for c in verb.children
    )


def _measured(noun: Token) -> bool:
    """ "Russian oil exports to India hit a record", "trade between Turkey and Azerbaijan
    reached $7.2 billion", "tariffs could cut Cambodia's exports by a third": a trade noun
    measured against a record or a figure, or changed by a share, is a statistic."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    head = noun.head
    if noun.dep_ == "dobj":
        return any(
            c.dep_ == "prep" and c.lower_ in SIZE_PREPS and any(_figure(p) for p in c.children)
            for c in head.children
        )
    if noun.dep_ != "nsubj":
        return False
    tally = head.lemma_.lower() in TALLY_VERBS
    for child in head.children:
        if child.dep_ in ("dobj", "attr") and child.lemma_.lower() in BENCHMARK_NOUNS:
            return True
        if tally and child.dep_ in ("dobj", "attr", "npadvmod") and _figure(child):
            return True
        if tally and child.dep_ == "prep" and any(_figure(p) for p in child.children):
            return True  # "stood at $4 billion", "accounted for 36 percent"
    return False


def _figure(token: Token) -> bool:
    """Whether a word is a figure: a number ("$7.2 billion", "3,000") or a share ("a third",
    "36 percent")."""
    return (
        token.like_num
        or token.lemma_.lower() in FIGURE_WORDS
        or any(c.like_num for c in token.children)
    )


def _sport_margin(trigger: Token) -> bool:
    """ "routed New Zealand by 50 runs", "won by seven wickets": a margin of victory."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            for pobj in child.children:
                if pobj.lemma_.lower() in MARGIN_NOUNS and any(
                    c.dep_ == "nummod" for c in pobj.children
                ):
                    return True
    return False


def home_visit(source: Actor, target: Actor, code: str) -> bool:
    """ "The Dutch king visited a tulip farm near Amsterdam", "Putin visited Kursk": a trip
    inside one's own country to a place, farm or firm is no visit between actors."""
    if code not in VISIT_CODES or source.country is None:
        return False
    return target.code[:3] == source.country and set(target.roles) <= PRIVATE_ROLES


def company_service(source: Actor, trigger: Token, code: str) -> bool:
    """ "Qatar Airways resumed flights to Tel Aviv", "Ethiopian Airlines flies to 20 cities
    in China": a company's own flights, routes and services are its business, not relations
    between states."""
    if source.roles != ("BUS",) or trigger.pos_ not in ("VERB", "AUX"):
        return False
    if code in VISIT_CODES and _plain_present(trigger):
        return True
    obj = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.lemma_.lower() in SERVICE_NOUNS


def business_force(source: Actor, target: Actor, code: str) -> bool:
    """ "The Chinese carmaker attacked the European market": a company attacking or invading
    a thing (a market, not forces or a country) is competing, not using force."""
    if source.roles != ("BUS",) or not code.startswith(("18", "19", "20")) or target.roles:
        return False
    last = target.name.rsplit(" ", 1)[-1]
    return last.islower()


def with_role(actor: Actor, role: str) -> Actor:
    return Actor(actor.code + role, actor.name, actor.country, actor.group, (role,))


def as_victim(actor: Actor) -> Actor:
    """Farmers, workers, teachers and doctors hurt by violence are its civilian victims: the
    conventions code victims by who they are to the fighting, not by their trade."""
    if len(actor.roles) == 1 and actor.roles[0] in CIVILIAN_TRADES and actor.country:
        return Actor(actor.code[:3] + "CVL", actor.name, actor.country, actor.group, ("CVL",))
    return actor


def _past_tense(verb: Token) -> bool:
    """Whether a clause is told in the past ("was", "had held", "stalled")."""
    return verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children
    )


def described_event(noun: Token, light_verbs: frozenset[str] | set[str]) -> bool:
    """ "The ceasefire has largely held since November", "sanctions have had little effect",
    "US aid to Ukraine accounts for a small share", "tariffs on China will hurt consumers": an
    event noun that is the subject of a present or future predicate of state or effect is
    described, not reported. News tells an event noun through a verb of happening, plan or
    impact ("talks resumed", "talks are under way", "an air strike killed"), or as what a
    light verb in the passive does ("talks are being held")."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if _milestone(verb) or _called_off(verb):
        return True
    if _past_tense(verb) or not _present_marked(verb):
        return False
    lemma = verb.lemma_.lower()
    if lemma in HAPPENING_VERBS or (noun.dep_ == "nsubjpass" and lemma in light_verbs):
        return False
    for child in verb.children:
        if child.dep_ in ("acomp", "attr", "prep", "advmod", "xcomp") and any(
            t.lower_ in UNDERWAY_WORDS or (t.pos_ == "VERB" and t.lemma_.lower() in HAPPENING_VERBS)
            for t in child.subtree
        ):
            return False  # "talks are under way", "strikes appear to have intensified"
    return True


def _called_off(verb: Token) -> bool:
    """ "The trip to Beijing was cancelled", "a visit to Pakistan was unlikely": an event noun
    whose predicate calls it off or doubts it names an event that did not happen, whatever
    the tense."""
    if verb.lemma_.lower() in CALLING_OFF_VERBS:
        return True
    return verb.lemma_.lower() == "be" and any(
        c.dep_ == "acomp" and c.lower_ in DOUBTING_WORDS for c in verb.children
    )


def _present_marked(verb: Token) -> bool:
    """Whether a clause is surely present or future: an auxiliary ("has held", "will hurt"),
    a third-person "-s", or a verb of being ("remain"); a bare "hurt" may be past."""
    return (
        verb.tag_ == "VBZ"
        or verb.lemma_.lower() in BEING_VERBS
        or any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _milestone(verb: Token) -> bool:
    """ "The invasion of Ukraine entered its fourth year", "the war reached its 1,000th day":
    a count of time since an act is no act."""
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in ELAPSED_WORDS
        and any(m.dep_ in ("amod", "nummod") for m in c.children)
        for c in verb.children
    )


def standing_arrangement(verb: Token) -> bool:
    """ "South Korea hosts about 28,500 American troops", "Japan keeps 50,000 US troops": a
    counted presence kept in the present tense is how things stand, not an act."""
    if verb.lemma_.lower() not in STANDING_VERBS or not _plain_present(verb):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    if obj.lemma_.lower() in FACILITY_NOUNS:
        return True  # "Djibouti hosts military bases for the US, France and China"
    return any(t.dep_ == "nummod" or t.like_num for t in obj.subtree if t.i < obj.i)


def _plain_present(verb: Token) -> bool:
    """Whether a verb is in the simple present with no auxiliary: what goes on as a rule."""
    return verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children
    )


def _habitual_trade(verb: Token) -> bool:
    """ "Mongolia sells most of its coal to Beijing", "India buys Russian oil": buying and
    selling told in the plain present is trade that goes on, not an act of the day."""
    return verb.lemma_.lower() in TRADING_VERBS and _plain_present(verb)


def possessed_event(noun: Token) -> bool:
    """ "The Philippines has a mutual defence treaty with the United States": an agreement
    or tie that someone has, told in the present, is a standing arrangement, not an act.
    Talks and calls are had as they happen ("has talks with Xi on Friday") and stay."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in HAVING_VERBS:
        return False
    return noun.lemma_.lower() not in HAPPENING_NOUNS and _plain_present(verb)


def _under_negated(trigger: Token) -> bool:
    """ "had never considered resigning", "did not try to stop the convoy": what a negated
    verb governs did not happen. "did not hesitate to strike" still strikes."""
    if trigger.pos_ not in ("VERB", "AUX") or trigger.dep_ != "xcomp":
        return False
    head = trigger.head
    return head.lemma_.lower() not in AFFIRMING_NEGATIONS and any(
        c.dep_ == "neg" for c in head.children
    )


def supposed_event(noun: Token) -> bool:
    """ "Fears of a war between China and the US have grown", "the prospect of a ceasefire
    looked dim", "questions over the legality of the strikes", "no reports of strikes":
    an event noun that is only what someone fears, hopes, rumours, remembers or weighs, or
    whose existence is denied, is no event."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in FORESEEING_VERBS:
        return True  # "residents fear a Russian offensive on Kharkiv"
    token = noun
    for _ in range(3):
        prep = token.head
        if token.dep_ != "pobj" or prep.i == prep.head.i:
            return False
        head = prep.head
        if head.dep_ == "dobj" and head.head.lemma_.lower() in FORESEEING_VERBS:
            return True  # "analysts fear a return to fighting between Armenia and Azerbaijan"
        if prep.lower_ not in ABOUT_PREPS:
            return False
        lemma = head.lemma_.lower()
        if head.pos_ in ("VERB", "ADJ"):
            return prep.lower_ == "about" and lemma in SUPPOSING_WORDS
        if head.pos_ not in ("NOUN", "PROPN"):
            return False
        if _singular(lemma) in SUPPOSING_NOUNS or any(
            c.dep_ == "det" and c.lower_ == "no" for c in head.children
        ):
            return True
        token = head
    return False


def _singular(word: str) -> str:
    """A noun's singular when the parser took a capitalised plural for a name ("Memories")."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _past_record(verb: Token) -> bool:
    """ "Hungary, which has blocked EU aid to Ukraine in the past", "Turkey previously bought
    Russian missiles": an act told as part of someone's record is background."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in RECORD_ADVERBS:
            return True
        if child.dep_ == "prep" and child.lower_ == "in":
            if any(p.dep_ == "pobj" and p.lower_ == "past" for p in child.children):
                return True
    return False


def _unrecognised(verb: Token) -> bool:
    """ "Serbia does not recognise Kosovo", "Israel, which does not recognise the court": a
    recognition withheld in the present tense is a standing status, not a refusal made now.
    "refused to recognise" and "will not recognise" stay acts."""
    if verb.lemma_.lower() not in RECOGNISING_VERBS or verb.tag_ not in ("VB", "VBP", "VBZ"):
        return False
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    return bool(auxes) and all(a.lemma_.lower() == "do" and a.tag_ in ("VBZ", "VBP") for a in auxes)


def _whether(trigger: Token) -> bool:
    """ "Nobody knows whether Putin will attack a NATO member", "asked whether China would
    send troops": a clause of "whether" asks, it does not assert."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
    return verb is not None and any(
        c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children
    )
