"""Loading the actor and verb dictionaries (YAML data files) into lookup structures.

The files are ours and users extend them with more files of the same shape (see
etl/dictionaries/README.md); nothing about actors or verbs is written in Python.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import pickle
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

import yaml

ROLE_CODES_EXTRA = frozenset({"REL", "PTY", "SEP"})
#: kinds of actor a definite class noun ("the group") may stand for across an article
ANAPHOR_KINDS = ("group", "organisation")


class DictionaryError(ValueError):
    """A dictionary file is malformed; the message names the file and entry."""


@dataclass(frozen=True, slots=True)
class DatedCode:
    code: str
    start: dt.date | None = None
    end: dt.date | None = None

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class NamedActor:
    """A country, organisation, group or person: the codes it takes on a given date."""

    key: str  # canonical name
    kind: str  # country | people | institution | adjective | organisation | group | person
    codes: tuple[DatedCode, ...]
    otherwise: str | None = None

    def code_on(self, day: dt.date) -> str | None:
        for dated in self.codes:
            if dated.covers(day):
                return dated.code
        return self.otherwise


@dataclass(frozen=True, slots=True)
class VerbPattern:
    trigger: str  # lemma
    is_noun: bool
    code: str
    particles: tuple[str, ...] = ()
    objects: tuple[tuple[str | None, str], ...] = ()  # (modifier, head)
    targets: tuple[str, ...] = ("object",)
    sources: tuple[str, ...] = ()
    compose: str | None = None
    negated: str | None = None
    origin: str = ""
    #: the head nouns of `objects`, for a quick test before the full one
    heads: frozenset[str] = field(default=frozenset(), compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "heads", frozenset(head for _, head in self.objects))

    @property
    def specificity(self) -> int:
        score = 1 + 2 * bool(self.objects) + len(self.particles)
        score += any(m for m, _ in self.objects)
        score += bool(self.sources)
        return score


def most_specific(patterns: Iterable[VerbPattern]) -> VerbPattern | None:
    """The most specific of `patterns`; of equals the last listed, as a later entry in a
    dictionary file refines an earlier one."""
    best: VerbPattern | None = None
    for pattern in patterns:
        if best is None or pattern.specificity >= best.specificity:
            best = pattern
    return best


@dataclass(slots=True)
class Dictionaries:
    names: dict[str, NamedActor] = field(default_factory=dict)  # surface name -> actor
    agents: dict[str, str] = field(default_factory=dict)  # lemma or "w1 w2" -> role
    verbs: dict[str, list[VerbPattern]] = field(default_factory=lambda: defaultdict(list))
    nouns: dict[str, list[VerbPattern]] = field(default_factory=lambda: defaultdict(list))
    compose: dict[str, dict[str, object]] = field(default_factory=dict)
    reciprocal: set[str] = field(default_factory=set)  # code prefixes done "with each other"
    place_targets: set[str] = field(default_factory=set)  # codes whose target is a place
    instruments: dict[str, str] = field(default_factory=dict)  # weapon lemma -> refined code
    refine_codes: set[str] = field(default_factory=set)  # codes the weapon may refine
    #: refined codes in the order `instruments` lists them: the first named wins a tie
    instrument_order: list[str] = field(default_factory=list)
    light_verbs: set[str] = field(default_factory=set)  # verbs that lend a noun their subject
    #: sub-code -> lemma phrases naming what an accusation is of ("war crime" 1124)
    accusations: dict[str, list[str]] = field(default_factory=dict)
    version: str = ""
    files: list[str] = field(default_factory=list)
    _full_names: dict[str, NamedActor] | None = None
    _full_name_re: re.Pattern[str] | None = None
    _class_name_re: re.Pattern[str] | None = None

    def is_reciprocal(self, code: str) -> bool:
        return any(code.startswith(prefix) for prefix in self.reciprocal)

    def is_place_target(self, code: str) -> bool:
        return any(code.startswith(prefix) for prefix in self.place_targets)

    def article_aliases(self, text: str) -> tuple[tuple[str, str], ...]:
        """Surnames that, within one article, stand for a person named there in full
        ("Brian Nelson ... Nelson will travel"), unless two such people share one."""
        if self._full_names is None:
            people = {
                name: actor
                for name, actor in self.names.items()
                if actor.kind == "person" and len(name.split()) >= 2
            }
            self._full_names = people
            pattern = "|".join(re.escape(n) for n in sorted(people, key=len, reverse=True))
            self._full_name_re = re.compile(rf"\b(?:{pattern})\b") if pattern else None
        if self._full_name_re is None:
            return ()
        found: dict[str, str | None] = {}
        for match in self._full_name_re.finditer(text):
            name = match.group(0)
            surname = name.split()[-1]
            if surname in self.names:
                continue
            previous = found.get(surname, name)
            found[surname] = name if previous == name else None
        people = tuple((s, n) for s, n in found.items() if n)
        return people + self._class_aliases(text)

    def _class_aliases(self, text: str) -> tuple[tuple[str, str], ...]:
        """ "the group" / "the organisation" -> the one armed group or organisation the
        article names, if it names exactly one: "Hezbollah ... the group blamed Israel".
        Keys hold a space, so readers that only look up single words ignore them."""
        if self._class_name_re is None:
            names = [n for n, a in self.names.items() if a.kind in ANAPHOR_KINDS]
            pattern = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
            self._class_name_re = re.compile(rf"\b(?:{pattern})\b" if pattern else r"(?!)")
        seen: dict[str, dict[str, str]] = {}
        for match in self._class_name_re.finditer(text):
            actor = self.names[match.group(0)]
            seen.setdefault(actor.kind, {}).setdefault(actor.key, match.group(0))
        return tuple(
            (f"the {kind}", next(iter(keys.values())))
            for kind, keys in seen.items()
            if len(keys) == 1
        )

    def pattern_count(self) -> int:
        return sum(len(v) for v in self.verbs.values()) + sum(len(v) for v in self.nouns.values())


def _date(value: object, where: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise DictionaryError(f"{where}: {value!r} is not an ISO date") from None


def _as_list(value: object) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """YAML 1.2 booleans: only true/false. In YAML 1.1 `on`, `off`, `no` and `yes` are
    booleans, which would turn the preposition in `target: [on]` into True and Norway's
    code `NO` into False."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


#: bump when `_Loader` changes what a file parses to, so that older cache entries go unused
_CACHE_FORMAT = b"eventdb-yaml-1"


def _cache_dir() -> Path | None:
    """Where parsed dictionary files are kept between runs: parsing the YAML is most of a
    coder's start-up. EVENTDB_CACHE_DIR chooses the place; set to an empty value, no cache."""
    chosen = os.environ.get("EVENTDB_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) / "yaml" if chosen else None
    root = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(root) / "eventdb" / "yaml"


def _load_yaml(path: Path, raw: bytes) -> object:
    """`raw`, the bytes of `path`, parsed (from the cache when this content was seen)."""
    cache = _cache_dir()
    entry = None
    if cache is not None:
        entry = cache / (hashlib.sha256(_CACHE_FORMAT + raw).hexdigest() + ".pickle")
        try:
            return pickle.loads(entry.read_bytes())  # our own file, named by the content
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
            pass
    try:
        data = yaml.load(raw.decode("utf-8"), Loader=_Loader)
    except yaml.YAMLError as exc:
        raise DictionaryError(f"{path}: invalid YAML: {exc}") from None
    except UnicodeDecodeError as exc:
        raise DictionaryError(f"{path}: not UTF-8 text: {exc}") from None
    if entry is not None:
        _store(entry, data)
    return data


def _store(entry: Path, data: object) -> None:
    """Best effort: a read-only or full disk only costs the next start-up its speed."""
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        partial = entry.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(partial, entry)
    except OSError:
        pass


class _Builder:
    def __init__(self) -> None:
        self.d = Dictionaries()
        self.digest = hashlib.sha256()

    def read(self, path: Path) -> object:
        """A dictionary file parsed, its bytes counted into the version digest."""
        raw = path.read_bytes()
        self.digest.update(raw)
        return _load_yaml(path, raw)

    def add_name(self, name: object, actor: NamedActor, where: str) -> None:
        text = str(name).strip()
        if text.lower().startswith("the "):
            text = text[4:]
        if not text:
            raise DictionaryError(f"{where}: empty name")
        self.d.names[text] = actor

    def countries(self, path: Path, data: object) -> None:
        if not isinstance(data, dict):
            raise DictionaryError(f"{path}: expected a mapping of country code -> entry")
        for code, entry in data.items():
            where = f"{path}: {code}"
            if not isinstance(entry, dict):
                raise DictionaryError(f"{where}: expected a mapping")
            code = str(code)
            names = _as_list(entry.get("names"))
            key = str(names[0]) if names else code
            # adjectives first: where "US" is both adjective and name, the name wins
            for name in _as_list(entry.get("adjectives")):
                self.add_name(name, NamedActor(key, "adjective", (DatedCode(code),)), where)
            for name in _as_list(entry.get("people")):
                self.add_name(name, NamedActor(key, "people", (DatedCode(code),)), where)
            country = NamedActor(key, "country", (DatedCode(code),))
            for name in names:
                self.add_name(name, country, where)
            institutions = entry.get("institutions") or {}
            if not isinstance(institutions, dict):
                raise DictionaryError(f"{where}: institutions must map name -> role code")
            for name, role in institutions.items():
                actor = NamedActor(str(name), "institution", (DatedCode(code + str(role)),))
                self.add_name(name, actor, where)

    def places(self, path: Path, data: object) -> None:
        if not isinstance(data, dict):
            raise DictionaryError(f"{path}: expected a mapping of country code -> place names")
        for code, names in data.items():
            actor = NamedActor(str(code), "place", (DatedCode(str(code)),))
            for name in _as_list(names):
                if str(name).strip() and str(name) not in self.d.names:
                    self.add_name(name, actor, f"{path}: {code}")

    def named(self, path: Path, data: object, kind: str) -> None:
        if not isinstance(data, list):
            raise DictionaryError(f"{path}: expected a list of named actors")
        for n, entry in enumerate(data, start=1):
            where = f"{path}: entry {n}"
            if not isinstance(entry, dict) or not entry.get("names"):
                raise DictionaryError(f"{where}: needs `names`")
            names = _as_list(entry["names"])
            if "code" in entry:
                codes: tuple[DatedCode, ...] = (DatedCode(str(entry["code"])),)
            else:
                roles = entry.get("roles")
                if not isinstance(roles, list) or not roles:
                    raise DictionaryError(f"{where} ({names[0]}): needs `code` or `roles`")
                codes = tuple(
                    DatedCode(
                        str(r["code"]),
                        _date(r.get("from"), where),
                        _date(r.get("to"), where),
                    )
                    for r in roles
                )
            otherwise = entry.get("otherwise")
            actor = NamedActor(str(names[0]), kind, codes, str(otherwise) if otherwise else None)
            for name in names:
                self.add_name(name, actor, where)

    def agents(self, path: Path, data: object) -> None:
        if not isinstance(data, dict):
            raise DictionaryError(f"{path}: expected a mapping of role -> lemmas")
        for role, lemmas in data.items():
            for lemma in _as_list(lemmas):
                self.d.agents[" ".join(str(lemma).lower().split())] = str(role)

    def verbs(self, path: Path, data: object) -> None:
        if data is None:
            return
        if not isinstance(data, list):
            raise DictionaryError(f"{path}: expected a list of patterns")
        allowed = {"verb", "noun", "code", "object", "target", "source", "compose", "negated"}
        for n, entry in enumerate(data, start=1):
            where = f"{path}: pattern {n}"
            if not isinstance(entry, dict):
                raise DictionaryError(f"{where}: expected a mapping")
            unknown = set(entry) - allowed
            if unknown:
                raise DictionaryError(f"{where}: unknown field(s) {sorted(unknown)}")
            if ("verb" in entry) == ("noun" in entry):
                raise DictionaryError(f"{where}: needs exactly one of `verb` or `noun`")
            if "code" not in entry:
                raise DictionaryError(f"{where}: needs `code`")
            is_noun = "noun" in entry
            words = str(entry["noun"] if is_noun else entry["verb"]).lower().split()
            if not words:
                raise DictionaryError(f"{where}: empty trigger")
            objects = []
            for obj in _as_list(entry.get("object")):
                parts = str(obj).lower().split()
                objects.append((parts[0], parts[-1]) if len(parts) > 1 else (None, parts[0]))
            if is_noun:
                lemma, particles = " ".join(words), ()
            else:
                lemma, particles = words[0], tuple(words[1:])
            pattern = VerbPattern(
                trigger=lemma,
                is_noun=is_noun,
                code=str(entry["code"]),
                particles=particles,
                objects=tuple(objects),
                targets=tuple(str(t).lower() for t in _as_list(entry.get("target"))) or ("object",),
                sources=tuple(str(s).lower() for s in _as_list(entry.get("source"))),
                compose=entry.get("compose"),
                negated=str(entry["negated"]) if entry.get("negated") else None,
                origin=f"{path.name}:{n}",
            )
            index = self.d.nouns if is_noun else self.d.verbs
            index[lemma].append(pattern)

    def load_folder(self, root: Path) -> None:
        actors = root / "actors"
        loaders = [
            (actors / "countries.yaml", lambda p, d: self.countries(p, d)),
            (actors / "organisations.yaml", lambda p, d: self.named(p, d, "organisation")),
            (actors / "groups.yaml", lambda p, d: self.named(p, d, "group")),
        ]
        loaders.append((actors / "places.yaml", lambda p, d: self.places(p, d)))
        people = sorted((actors / "people").glob("*.yaml")) if (actors / "people").is_dir() else []
        loaders += [(p, lambda p, d: self.named(p, d, "person")) for p in people]
        loaders += [
            (p, lambda p, d: self.agents(p, d)) for p in sorted(actors.glob("agents*.yaml"))
        ]
        verbs = sorted((root / "verbs").glob("*.yaml")) if (root / "verbs").is_dir() else []
        loaders += [(p, lambda p, d: self.verbs(p, d)) for p in verbs]
        for path, load in loaders:
            if path.is_file():
                self.d.files.append(str(path))
                load(path, self.read(path))
        conventions = root / "conventions.yaml"
        if conventions.is_file():
            data = self.read(conventions)
            if not isinstance(data, dict):
                raise DictionaryError(f"{conventions}: expected a mapping")
            self.d.reciprocal.update(str(v) for v in _as_list(data.get("reciprocal")))
            self.d.place_targets.update(str(v) for v in _as_list(data.get("place_targets")))
            self.d.refine_codes.update(str(v) for v in _as_list(data.get("refine_codes")))
            self.d.light_verbs.update(str(v).lower() for v in _as_list(data.get("light_verbs")))
            instruments = data.get("instruments") or {}
            if not isinstance(instruments, dict):
                raise DictionaryError(f"{conventions}: instruments must map code -> lemmas")
            for code, lemmas in instruments.items():
                if str(code) not in self.d.instrument_order:
                    self.d.instrument_order.append(str(code))
                for lemma in _as_list(lemmas):
                    self.d.instruments[str(lemma).lower()] = str(code)
            self._accusations(conventions, data.get("accusations") or {})
        compose = root / "compose.yaml"
        if compose.is_file():
            data = self.read(compose)
            if not isinstance(data, dict):
                raise DictionaryError(f"{compose}: expected a mapping")
            for key, value in data.items():
                if key == "reciprocal":
                    self.d.reciprocal.update(str(v) for v in _as_list(value))
                elif isinstance(value, dict) and key != "negate":
                    current = self.d.compose.setdefault(key, {"default": None, "map": {}})
                    current["default"] = value.get("default", current["default"])
                    current["map"].update(
                        {str(k): str(v) for k, v in (value.get("map") or {}).items()}
                    )
                elif key == "negate" and isinstance(value, dict):
                    current = self.d.compose.setdefault("negate", {"default": None, "map": {}})
                    current["map"].update({str(k): str(v) for k, v in value.items()})

    def _accusations(self, path: Path, data: object) -> None:
        """Later folders add phrases to a sub-code; a phrase moved to another sub-code
        leaves the one it was in."""
        if not isinstance(data, dict):
            raise DictionaryError(f"{path}: accusations must map code -> lemma phrases")
        for code, phrases in data.items():
            for phrase in _as_list(phrases):
                words = " ".join(str(phrase).lower().split())
                for listed in self.d.accusations.values():
                    if words in listed:
                        listed.remove(words)
                self.d.accusations.setdefault(str(code), []).append(words)


def shipped_folder() -> Path:
    return Path(str(files("eventdb.etl").joinpath("dictionaries")))


def load_dictionaries(
    extra: list[str | Path] | None = None, *, include_shipped: bool = True, use_env: bool = True
) -> Dictionaries:
    """Our dictionaries, then any folders in `extra` or $EVENTDB_DICTIONARIES (os.pathsep list)."""
    builder = _Builder()
    root = shipped_folder()
    if include_shipped:
        builder.load_folder(root)
    folders = list(extra or [])
    env = os.environ.get("EVENTDB_DICTIONARIES") if use_env else None
    if env:
        folders += [p for p in env.split(os.pathsep) if p]
    for folder in folders:
        path = Path(folder)
        if not path.is_dir():
            raise DictionaryError(f"{path}: dictionary folder does not exist")
        builder.load_folder(path)
    version_file = root / "version.txt"
    base = version_file.read_text().strip() if version_file.is_file() else "0"
    builder.d.version = f"{base}+{builder.digest.hexdigest()[:8]}"
    return builder.d
