"""A chair's script (主持词) as text -> `Meeting`, in named passes over one small state.

1. `segment`: lines (PDF hard breaks joined) cut into sentences, the sentences grouped into
   *units*: a unit starts wherever something new starts (an item, a cue, a vote, the closing,
   a stage direction that ends a turn) — never because a line starts, so a script that lost
   its line breaks reads like one that kept them.
2. `find_title`: site chrome (来源, 发布时间, page numbers) dropped, the title found (a line of
   its own, or the head of a run-on paragraph), the page's tail (相关文章, a second script) cut.
3. `classify`: every unit's cue (who, role, speech or action), vote, direction, limit.
4. `find_overview`: 共有三项议程，一是…二是… (or lines 1、2、), the items the script promises.
5. `find_items`: 进行第二项 in every framing; else `一、` headings; else the overview's titles
   found in the text; an item the overview promises and the text runs without its number.
6. `find_closing`: 本次会议结束 / 散会 after the last item.
7. `assemble`: the steps, limits governing their item's cues, attendance, place, decisions.

What has no place stays a plain passage: the chair must still see every line.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import field
from pathlib import PurePath
from typing import Literal

from chair.dataclass_lite import dataclass
from chair.model import (
    DEFAULT_LIMIT_S,
    CueKind,
    Decision,
    Item,
    Meeting,
    Passage,
    PassageKind,
    SpeakerCue,
    Step,
)
from chair.script import cached_re as re  # `re`, the compiled patterns kept between runs
from chair.script import patterns as P
from chair.script.normal import cn_number, has_traditional, normalise
from chair.script.patterns import find_limit, item_end, item_number
from chair.script.people import (
    ACTION_VERBS,
    CHAIR_SELF,
    LECTURER_TOLD,
    OATH_TAKER,
    OTHERS_CRITICISE,
    PLACEHOLDER,
    SPEECH_VERBS,
    STAFF,
    TURN_ORDINAL,
    UNNAMED_KIN,
    Cue,
    addressed,
    find_cue,
    full_name,
    has_surname,
    is_post,
    is_surname,
    names_a_person,
    split_name,
    title_names_a_turn,
    turn_title,
)

__all__ = ["cn_number", "find_limit", "normalise", "parse", "review"]


Role = Literal["text", "chrome", "title", "overview", "heading", "cue", "vote", "direction"]
"""What the passes made of a unit."""
_SHOWN_AS: dict[Role, PassageKind] = {
    "overview": "overview",
    "heading": "heading",
    "vote": "vote",
    "direction": "direction",
}
"""Units whose role is also the kind of passage they are shown as."""


@dataclass
class Unit:
    """A sentence or a few: the smallest piece that becomes a step."""

    text: str
    norm: str
    line: int
    line_start: bool
    """Whether the unit begins a line of the source (headings and titles must)."""
    role: Role = "text"
    cue: Cue | None = None
    limit: int | None = None
    kind_limits: dict[str, int] = field(default_factory=dict)
    """Limits by kind of turn (交流发言…6分钟，表态发言…3分钟), when the unit gives several."""


@dataclass
class ParseState:
    """What the passes share: the units and what each pass found in them."""

    units: list[Unit]
    meeting: Meeting
    default_limit_s: int
    title_at: int | None = None
    body_end: int = 0
    overview_at: set[int] = field(default_factory=set)
    promised: int | None = None
    titles: list[str] = field(default_factory=list)
    items_at: dict[int, int] = field(default_factory=dict)
    item_titles: dict[int, str] = field(default_factory=dict)
    """Titles found apart from the unit's own words (首先，… inside a longer unit)."""
    headings: set[int] = field(default_factory=set)
    listed: set[int] = field(default_factory=set)
    """Units that are turns because a request named them as those listed (请以上单位依次发言)."""
    closing_at: int = 0
    plan: bool = False
    """Whether the overview was told as a plan (先…，然后…) rather than counted."""
    traditional: bool = False
    """Whether the script is in traditional characters (its titles matched simplified)."""
    decided: set[tuple[int, str, str, str]] = field(default_factory=set)
    kind_limits: dict[str, int] = field(default_factory=dict)
    """The meeting's limits by kind of turn (每项报告不超过10分钟，…汇报每人不超过5分钟)."""
    meeting_limit_word: str = ""
    invited_again: set[tuple[int, str]] = field(default_factory=set)
    """(line, text) of invitations that repeat the turn before (有请巩老师！): a planned length
    after one is that turn's."""
    """The one kind of turn the meeting's limit names, when it names one (每个…述职时间不超过5分钟)."""

    def plain(self, title: str) -> str:
        """A title the overview gave, in the form the units are matched in."""
        return normalise(title, self.traditional)

    def decide(self, unit: Unit | Step, what: str, detail: str = "") -> None:
        """Record a decision once: passes that reach the same one again say nothing new."""
        key = (unit.line, _short(unit.text), what, detail)
        if key not in self.decided:
            self.decided.add(key)
            self.meeting.decisions.append(Decision(*key))


def _short(text: str, width: int = 24) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


# --- 1. segment ---------------------------------------------------------------------------

_FINAL = "。！？!?；;…"
_CLOSERS = "”’」』）)】》\"'"
_ODD_BREAKS = str.maketrans({c: " " for c in "\x85\u2028\u2029\x0b\x0c\x1c\x1d\x1e"})
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_VENDOR = re.compile(r"##[A-Za-z_0-9]{1,40}##")
_SENTENCE_END = re.compile(
    r"[。！？；]+[”’」』】》\"']*|(?<=[\u4e00-\u9fff）》”」』])\.(?=[\u4e00-\u9fff（“《])"
    r"|(?<!下面)(?<!首先)(?<!接下来)(?<!现在)(?<!然后)(?<!最后)(?<!接着)(?<!好)"
    r"，(?=(?:(?:接着|接下来|然后|随后|之后|再|下面|最后|其次)，?)?(?:有请)"
    r"|(?:接着|接下来|然后|随后|之后|再|下面|最后|其次)，?(?:请|由))"
)
_PAREN_HEAD = re.compile(r"\s*+[（【][^（）【】]{1,30}[）】]")


@dataclass
class _Line:
    text: str
    line: int
    breaks: list[tuple[int, int]] = field(default_factory=list)
    """(offset, line) where each joined source line starts inside `text`."""


def _lines(text: str) -> list[_Line]:
    """Every line, trimmed, markdown heading marks and vendor markers dropped."""
    out: list[_Line] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        raw = _VENDOR.sub("", _INVISIBLE.sub("", raw.translate(_ODD_BREAKS)))
        stripped = P.MD_HEADING.sub("", raw.strip().replace("\u3000", " ").strip())
        out.append(_Line(stripped, number))
    return out


def _is_direction(norm: str) -> bool:
    norm = norm.strip()
    return bool(P.DIRECTION_LINE.match(norm)) and not P.DOC_STATUS.match(norm.rstrip("。"))


def _bracketed_item(norm: str) -> bool:
    """【第一个环节 致辞】 on a line of its own: the item's heading in brackets, no direction."""
    return norm.lstrip().startswith("【") and item_number(norm) is not None


def _starts_line_structure(text: str) -> bool:
    """Whether a line opens something new, so the line before it is not joined to it."""
    norm = normalise(text)
    if item_number(norm) or _is_direction(norm) or P.SALUTATION.match(norm):
        return True
    first = re.search(r"[。！？；]", norm)
    if first and first.start() <= 6 and not P.ENUM_START.match(norm):
        return False  # 务。会议共有三项议程: the end of the sentence broken on the line before
    if P.ENUM_START.match(norm) or P.OVERVIEW.search(norm[:20]) or P.CLOSING.match(norm):
        return True
    if P.CHROME.search(norm) or P.CHROME_TAIL.match(norm) or P.EMBEDDED_TITLE.match(norm):
        return True
    if P.FRONT_MATTER.match(norm) or P.DATE_LINE.match(norm) or P.HOST_LINE.match(norm):
        return True
    return _cue_at_start(norm[:60]) or _post_and_name(norm)


def _join_char(left: str, right: str) -> str:
    """Nothing between CJK text, nor inside a number the page broke (…时间为2 / 5分钟); a space
    between words of Latin script."""
    if left[-1:].isdigit() and right[:1].isdigit():
        return ""
    if left[-1:].isascii() and right[:1].isascii() and left[-1:].isalnum() and right[:1].isalnum():
        return " "
    return ""


_POST_COLON_NAME = re.compile(r"[^，。；！？：:]{2,30}[：:]\s*+[\u4e00-\u9fff·]{2,5}")


def _open_after(line: str, depth: int, length: int) -> bool:
    """Whether a passage ending with `line` may go on on the next line (a PDF hard break)."""
    last = line[-1] if line[-1] != "." else normalise(line[-2:])[-1]  # (…二十多年了.: its end)
    if last in "，、," and not depth:
        return True
    if last in _FINAL + _CLOSERS + "：:" and not depth:
        return False
    if last in "第的和与及在对把将是为请由":
        return True  # 下面进行第 / 二项议程: a word broken across lines
    norm = normalise(line)
    if P.HEADING.match(norm) or _is_direction(norm) or P.CHROME.search(norm):
        return False
    if _post_and_name(norm) or _POST_COLON_NAME.fullmatch(norm.strip()):
        return False  # 南丰县中医院院长　曾国栋 / …党委书记：冯立强: a line of a list, whole
    if P.TITLE_END.search(norm) or (
        P.FRONT_MATTER.match(norm) and not re.search(r"[。！？]", norm)
    ):
        return False  # 主持人：张三 is front matter; 主持人：…a host's long line goes on
    return (
        bool(depth)
        or length >= 12
        or bool(re.match(r"^(?:(?:下面|首先|接下来|最后)，?|接着|然后)?(?:请|有请|由)", norm))
    )


_PAGE_NUMBER = re.compile(
    r"^(?:[-—–]\s*+[0-9]{1,3}\s*+[-—–]|第\s*+[0-9]{1,3}\s*+页(?:\s*+共\s*+[0-9]{1,3}\s*+页)?)$"
)


_STRAY_STOP = re.compile(r"\s*+[。！？；，、）)」』”]{1,3}\s*+")


def _beside_a_page_number(lines: list[_Line], k: int) -> bool:
    """Whether the nearest lines with text before or after the blank line `k` is a page
    number (- 1 -)."""
    after = next((ln.text for ln in lines[k + 1 :] if ln.text), "")
    before = next((ln.text for ln in reversed(lines[:k]) if ln.text), "")
    return bool(_PAGE_NUMBER.match(after) or _PAGE_NUMBER.match(before))


def _passages(lines: list[_Line], join: bool, labels: re.Pattern[str] | None = None) -> list[_Line]:
    """Logical passages: PDF hard breaks inside a sentence joined (linear: parts collected); a
    line a host's label starts is never the end of the line before."""
    out: list[_Line] = []
    parts: list[list[str]] = []
    open_, depth, length = False, 0, 0
    for k, ln in enumerate(lines):
        if not ln.text:
            if not (join and open_ and _beside_a_page_number(lines, k)):
                open_ = False  # (a blank line around - 1 -: the page turns inside a sentence)
            continue
        if join and open_ and _PAGE_NUMBER.match(ln.text):
            continue  # - 2 - between the two halves of a sentence: the PDF's page, not the script
        labelled = labels is not None and labels.match(normalise(ln.text)) is not None
        stray = bool(_STRAY_STOP.fullmatch(ln.text))  # 。 alone: the line before's own stop
        if (
            join
            and (open_ or stray)
            and out
            and not labelled
            and (
                not _starts_line_structure(ln.text)
                or _listing(parts[-1])
                or _CONNECTIVE_END.search(parts[-1][-1]) is not None
            )
        ):
            glue = _join_char(parts[-1][-1], ln.text)
            out[-1].breaks.append((length + len(glue), ln.line))
            parts[-1].append(glue + ln.text)
            length += len(glue) + len(ln.text)
        else:
            out.append(_Line(ln.text, ln.line, [(0, ln.line)]))
            parts.append([ln.text])
            depth, length = 0, len(ln.text)
        depth = max(0, depth + ln.text.count("《") - ln.text.count("》"))
        open_ = _open_after(ln.text, depth, length)
        if len(out) == 1 and len(parts[0]) == 1 and ln.text[-1] not in "，、,":
            open_ = _title_goes_on(ln.text, lines[k + 1 : k + 2])  # never by the body
    for passage, pieces in zip(out, parts, strict=True):
        passage.text = "".join(pieces)
    return out


_CONNECTIVE_END = re.compile(r"[，,]\s*+(?:然后|再|接着|随后)$")
"""…，然后 / 请有关部门…: a line broken after the word that joins the next step of a plan."""


def _listing(parts: list[str]) -> bool:
    """…三项议程：首先是述职，其次是测评， / 最后请…讲话。: an overview's sentence broken
    before its last entry goes on, though that entry looks like a turn."""
    last = parts[-1]
    return last[-1:] in "，、" and P.OVERVIEW.search(normalise(last)) is not None


def _title_goes_on(text: str, after: list[_Line]) -> bool:
    """…竞聘上岗演讲 / 会主持词: a title broken inside a word, its end on the next line."""
    return (
        bool(after)
        and 0 < len(after[0].text) <= 12
        and not P.SCRIPT_TITLE_END.search(text)
        and P.SCRIPT_TITLE_END.search(after[0].text) is not None
    )


def _pieces(norm: str) -> list[int]:
    """Offsets where sentences start: after 。！？；, and around a parenthesis that opens one."""
    starts = [0]
    for m in _SENTENCE_END.finditer(norm):
        if m.end() < len(norm):
            starts.append(m.end())
    starts += [m.start() for m in _HOST_TURN.finditer(norm)]
    starts = sorted(set(starts))
    starts = _split_after_asides(norm, starts)
    starts = _split_second_requests(norm, starts)
    starts = _split_announcements(norm, starts)
    starts = sorted({*starts, *(m.end() for m in P.INLINE_HEADING.finditer(norm))} - {len(norm)})
    out: list[int] = []
    for i, s in enumerate(starts):
        out.append(s)
        end = starts[i + 1] if i + 1 < len(starts) else len(norm)
        title = P.EMBEDDED_TITLE.match(norm, s, end) if s == 0 else None
        if title and title.end() < end and _HEAD_AFTER_TITLE.match(norm, title.end(), end):
            out.append(title.end())
            s = title.end()
        head = _PAREN_HEAD.match(norm, s, end) or P.SALUTATION_HEAD.match(norm, s, end)
        if head and head.end() < end and norm[head.end() : end].strip():
            out.append(head.end())
    return out


_HOST_TURN = re.compile(r"(?<=[，~～\s）”」】])(?:主持人)?[甲乙男女合](?:、[甲乙男女])?：")
"""…亲爱的同事们，乙：大家晚上好！ / …哦~男：: the other host takes up, a sentence of its own."""

_HEAD_AFTER_TITLE = re.compile(
    r"\s*+(?:" + P.SALUTATION_HEAD.pattern + r"|[（(]|尊敬|各位|同志们|亲爱)"
)
"""What follows a title run into the text (…主持词各位代表、同志们：): where the body starts."""


_ITEM_HINT = re.compile(
    r"(?:[，,]|—{1,2}|-{2})(?=[^，。；]{0,14}?(?:第\s*+[0-9一二三四五六七八九十×xX*]|最后一项|下一项))"
)


def _split_announcements(norm: str, starts: list[int]) -> list[int]:
    """刚才张三作了报告，下面进行第二项 / 最激动人心的时刻——典礼进行第五项 / 共有四项议程，首先进行
    第一项: an item announced after a comma or a dash starts there, unless it is an entry of the
    list an overview opens with a colon (共有四个篇章：第一篇章…，第二…)."""
    out: list[int] = []
    bounds = list(zip(starts, [*starts[1:], len(norm)], strict=True))
    for a, b in bounds:
        out.append(a)
        for m in _ITEM_HINT.finditer(norm, a, b):
            if (
                m.start() > a
                and item_number(norm[m.end() : b])
                and not item_number(norm[a:b])
                and not _lists_entries(norm[a : m.start()])
            ):
                out.append(m.end())
                break
    return out


def _lists_entries(head: str) -> bool:
    """Whether `head` holds an overview that opens a list (共有四个篇章：…)."""
    overview = P.OVERVIEW.search(head)
    return overview is not None and re.search(r"[：:]", head[overview.start() :]) is not None


_ASIDE_END = re.compile(r"[）】]|…{1,2}|\.{3,6}")
_TURN_DONE = re.compile(
    r"^[（(][^（）()]{0,4}?(?:" + SPEECH_VERBS + "|" + ACTION_VERBS + r")[^（）()]{0,6}[）)]$"
)
"""（介绍） / （表态发言） / （颁发任命书）: a stage direction naming the turn just invited closes
it, as （介绍毕） does; what follows is another unit."""


def _split_after_asides(norm: str, starts: list[int]) -> list[int]:
    """……（各方阵解说词略）开幕式进行第二项：: after a bracket or an ellipsis, an item or a
    turn starts a sentence of its own although no full stop ends the one before."""
    out: list[int] = []
    bounds = list(zip(starts, [*starts[1:], len(norm)], strict=True))
    for a, b in bounds:
        out.append(a)
        for m in _ASIDE_END.finditer(norm, a, b):
            at = m.end()
            if a < at < b and (
                item_number(norm[at : min(b, at + 200)])
                or _cue_at_start(norm[at : min(b, at + 80)])
            ):
                out.append(at)
    return out


def _split_second_requests(norm: str, starts: list[int]) -> list[int]:
    """请金鑫同志汇报…，请姜海同志发表意见: two cues in one sentence, two units; and
    经过认真讨论，代表们普遍认为…，请副秘书长汇报…: a long remark, then a turn after a comma."""
    out: list[int] = []
    bounds = list(zip(starts, [*starts[1:], len(norm)], strict=True))
    for a, b in bounds:
        out.append(a)
        for m in _SECOND_REQUEST.finditer(norm, a, b):
            at = m.start()
            head, tail = norm[max(out[-1], at - 200) : at], norm[at + 1 : min(b, at + 200)]
            if _EACH_TIME_AFTER.search(head):
                continue  # 每位同志述职后，由…进行点评 / 开班仪式结束后，…由…讲授: told ahead
            if find_cue(tail) is not None and (
                find_cue(head) is not None
                or (_late_request(head) and _cue_at_start(tail))
                or (P.LOGISTICS.match(head) and _cue_at_start(tail))
            ):
                out.append(at + 1)
        for m in _THEN_BALLOT.finditer(norm, a, b):
            if find_cue(norm[max(out[-1], m.start() - 200) : m.start()]) is not None:
                out.append(m.start() + 1)  # 请总监票人…检查票箱，然后开始投票: his act, the ballot
                break
    return out


_THEN_BALLOT = re.compile(r"[，](?=(?:然后|随后|接着|再)?(?:开始|进行)(?:无记名)?投票)")


_SECOND_REQUEST = re.compile(
    r"(?<!后)，(?=" + OTHERS_CRITICISE + r")"
    r"|；(?=[^，。；！？]{1,6}，请)|[，；：](?=(?:并|先|再|还|同时|然后)?请|由|[^，。；！？]{1,12}?有请"
    r"|(?:其他|其余)[^，。；！？]{1,8}?(?:自由|依次|也)[^，。；！？]{0,4}?发言"
    r"|[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4}){1,8}[^，。；！？]{0,3}(?:同志|先生|女士)"
    r"(?:宣誓|签字|签约)[。！]?$"
    r"|[^，。；！？由请（(]{2,30}?(?:同志|同学|先生|女士)?(?:监誓|领誓)(?:[。！]?$|，))"
)
"""，请… / ，由… / ；第三轮，请… / ，优秀团队奖有请… / ，周海燕、方可、冷雪松三位同志宣誓 /
，…秦朗同学监誓 / ，…副主任监誓，其他宣誓人跟诵: where a second request (or the act of those
listed, or the oath's other office, a clause of its own) may start."""


_EACH_TIME_AFTER = re.compile(
    r"每(?:位|个|名|人)[^，。；！？]{0,12}?(?:后|之后|结束后|完毕后)$"
    r"|(?:会议?|典礼|仪式)(?:结束|闭幕)(?:后|以后|之后)[，][^。！？]{0,30}$"
)
"""每位同志述职后， / 开班仪式结束后，…， before ，由…: what comes after, told ahead (no second unit)."""


def _late_request(head: str) -> bool:
    """Whether the words before ，请 are a remark of their own (not 首先 / 进行第二项 /
    同意的 / 为…颁奖): long, and neither an item, a vote nor an announcement."""
    return (
        len(head) - len(re.match(P.LEAD, head).group()) >= 16  # type: ignore[union-attr]
        and "，" in head
        and not item_number(head)
        and not P.VOTE_WORD.search(head)
        and not P.OVERVIEW.search(head)
    )


_LABEL = re.compile(r"^(?P<who>[\u4e00-\u9fff]{1,4})\s*+[：:]")
_NOT_A_HOST = re.compile(
    r"们$|^(?:时间|地点|主持|主持人|议程|会议|参加|出席|列席|记录|内容|备注|附|注)"
)


def _host_labels(lines: list[_Line]) -> re.Pattern[str] | None:
    """许诺：… / 骆一帆：… / 吴：…: hosts who take turns by their own names or surnames (each
    starting two lines or more, four in all; one host's three) are labels as 甲： is: the
    words after matter."""
    seen: dict[str, int] = {}
    for line in lines:
        m = _LABEL.match(line.text)
        who = m.group("who") if m else ""
        if m and (len(who) > 1 or is_surname(who)) and not _NOT_A_HOST.search(who):
            seen[m.group("who")] = seen.get(m.group("who"), 0) + 1
    least = 2 if sum(n for n in seen.values() if n >= 2) >= 4 else 3  # two hosts, or one
    names = sorted((w for w, n in seen.items() if n >= least), key=len, reverse=True)
    if not names:
        return None
    return re.compile(r"(?:^|(?<=[。！？；!?;）).\s]))(?:" + "|".join(names) + r")\s*+：")


def _unlabelled(norm: str, labels: re.Pattern[str] | None) -> str:
    """The normalised text with the hosts' name labels marked as a bullet, same length."""
    if labels is None:
        return norm
    return labels.sub(lambda m: "·" * len(m.group()), norm)


_TOLD_AHEAD = re.compile(
    r"(?:安排|程序|步骤|流程)(?:是|为|如下)?(?:这样的|这样)?(?:进行)?[：:]\s*+"
    r"(?:先|首先|一是|第一|[（(][1一][）)]|[1一][、.])[^。！？]*+"
    r"|(?:^|(?<=[。！？]))先由[^。！？]{1,30}?[，；](?:再|然后|随后)由[^。！？]*+"
    r"|(?:共有|共|有)[一二三四五六七八九十两]项议程。\s*+先(?:由|请)[^。！？]{1,30}?[，；]"
    r"(?:再|然后|随后|接着)(?:由|请)[^。！？]*+"
    r"|(?:^|(?<=[。！？]))我们(?:先)?请[^。！？]{1,40}?[，；][^。！？]{0,30}?(?:然后|再|之后)[^。！？]*+"
    r"|分(?:为)?[两二三]个(?:阶段|部分)[：:]\s*+第一(?:阶段|部分)[^。！？]*+"
)
"""今天的安排：先请社区书记介绍情况，再请居民代表发言，最后请…讲几句。 / 共有三项议程。先由…，
再请…，最后请…。 / 按以下程序进行：（1）…
（4）与会党员…讨论；: the plan or the procedure told ahead, one sentence, its requests no turns
yet; 先由党员本人发言，再由其他党员… / 我们请…先谈一谈，…，然后大家可以自由交流: the procedure
told, one sentence."""


def _outside_plans(norm: str, starts: list[int]) -> list[int]:
    """The unit starts, none inside a plan told ahead."""
    plans = [(m.start(), m.end()) for m in _TOLD_AHEAD.finditer(norm)]
    return [s for s in starts if not any(a < s < b for a, b in plans)]


def segment(text: str, join_lines: bool) -> list[Unit]:
    """Pass 1: the text as units, each starting where something new starts."""
    traditional = has_traditional(text)
    units: list[Unit] = []
    lines = _lines(text)
    labels = _host_labels(lines)
    for passage in _passages(lines, join_lines, labels):
        norm = _unlabelled(normalise(passage.text, traditional), labels)
        starts = _outside_plans(norm, _pieces(norm))
        bounds = list(zip(starts, [*starts[1:], len(norm)], strict=True))
        current: Unit | None = None
        after_close = False
        for a, b in bounds:
            piece, pnorm = passage.text[a:b], norm[a:b]
            if not piece.strip():
                continue
            line = _line_at(passage.breaks, a)
            closes = _is_direction(pnorm) and bool(
                P.CLOSES_CUE.search(pnorm) or _TURN_DONE.match(pnorm.strip())
            )
            heading = a > 0 and P.INLINE_HEADING.match(norm, a) is not None
            if (
                current is None
                or after_close
                or closes
                or heading
                or _starts_unit(pnorm, current.norm, norm, a)
            ):
                current = Unit(piece.strip(), pnorm.strip(), line, a == 0 or heading)
                units.append(current)
            else:
                current.text += piece.rstrip() if current.text[-1:] in _FINAL + _CLOSERS else piece
                current.norm = _unlabelled(normalise(current.text, traditional), labels)
            after_close = closes or _is_head(pnorm.strip())
    return _join_votes(units)


_VOTE_ON = re.compile(
    r"^[^，。；]{0,8}?(?:不同意|不赞成|反对|弃权)[^，。；]{0,8}?(?:[，]\s*+请)?(?:举手|按)"
)


def _join_votes(units: list[Unit]) -> list[Unit]:
    """反对的请举手 / 弃权的… on a line of its own goes on with the vote before it."""
    out: list[Unit] = []
    for unit in units:
        prev = out[-1] if out else None
        if prev is not None and P.VOTE_CALL.search(prev.norm) and _VOTE_ON.match(unit.norm):
            prev.text += unit.text
            prev.norm += unit.norm
            continue
        out.append(unit)
    return out


def _is_head(piece: str) -> bool:
    """A title or salutation cut off a run-on paragraph: what follows starts a new unit."""
    return P.SALUTATION_HEAD.fullmatch(piece) is not None or (
        P.EMBEDDED_TITLE.fullmatch(piece) is not None and len(piece) <= 60
    )


def _line_at(breaks: list[tuple[int, int]], offset: int) -> int:
    line = breaks[0][1]
    for start, number in breaks:
        if start > offset:
            break
        line = number
    return line


def _cue_at_start(norm: str) -> bool:
    """A cue that opens the sentence (after 下面， / 首先 / 2、 / (男) / 下面进行宪法宣誓， / 其他常委
    有补充意见的，), not one inside it."""
    cue = find_cue(norm)
    if cue is None:
        return False
    lead = re.match(
        P.LEAD + r"(?:进行[^，。；！？]{1,12}[，：])?"
        r"(?:(?:[^，。；！？]{1,16}的|如[^，。；！？]{1,12}|第[一二三四五六七八九十]{1,2}[轮批场][^，。；！？]{0,6}"
        r"|(?:针对|对于|围绕|结合)[^，。；！？]{1,16})，)?"
        r"(?:[^，。；！？]{0,12}?(?:由|请|有请|欢迎))?",
        norm,
    )  # 其他常委有补充意见的，请大家自由发言 / 第三轮，请…: the request after whom or when it is for
    return cue.start <= (lead.end() if lead else 0) + 1


_VOTE_FOR = re.compile(r"^[^，。；]{0,8}?(?:同意|赞成)")
_BARE_INVITE = re.compile(r"\s*+有请[^，。；！？]{0,6}[！。]?\s*+")


def _introduces(text: str) -> bool:
    """Whether `text` introduces a speaker and then invites them (第二位…是…。有请！)."""
    cue = find_cue(text)
    return cue is not None and cue.start == 0 and cue.verb == "有请"


_SECTION_START = re.compile(
    P.LEAD
    + r"(?:进入|开始|进行|是)[^，。；！？]{1,16}?(?:环节|阶段|篇章|板块)(?![^，。；！？]{0,4}(?:结束|圆满))"
)


def _runs_after_overview(current: str, end: int, piece: str) -> bool:
    """共有两项议程。第一项，经验交流。: the overview closed with its count and the first item
    runs; 二是…；三是请…讲话 (or 第一项，…；) goes on with the overview."""
    number = item_number(piece)
    if current[end:].strip() == "，" and number and number[0] == 1:
        return piece.rstrip().endswith(("。", "！")) and find_cue(piece) is not None
    if not current.rstrip().endswith("。") or number is None:
        return False  # (共有五项议程，第一项，请…介绍…。: the count, then the first item run)
    marks = list(P.ENTRY.finditer(current, end, end + 2000))
    listed = [cn_number(next(g for g in m.groups() if g)) or 0 for m in marks]
    if listed and number[0] == max(listed) + 1 and _entries_are_turns(current, marks, piece):
        return True  # 有三项议程：第一项，请…。第二项，请…。 the entries are the items, run
    if listed:  # 1.甲；2.乙。第一项，…: the numbering starts again, the items run
        return (item_number(piece) or (0,))[0] in range(1, max(listed) + 1)
    return piece.rstrip().endswith(("。", "！"))


def _entries_are_turns(current: str, marks: list[re.Match[str]], piece: str) -> bool:
    """第一项，请…介绍…。 then 第二项，请…发言。: each entry a whole sentence asking one person for
    a turn; the overview's count said, the entries run."""
    entry = current[marks[-1].start() :]
    whole = re.fullmatch(r"[^。！？]+[。！]\s*+", entry) and re.fullmatch(
        r"[^。！？]+[。！]\s*+", piece
    )
    if not whole:
        return False
    cues = [find_cue(entry), find_cue(piece)]
    return all(c is not None and c.name and not c.group for c in cues)


_NAMED_NEXT = re.compile(
    r"^\s*+(?:先|再|首先|接着|然后|下面|最后)?[，]?(?:请|有请)(?P<who>[^，。；！？：]{2,40}?)"
    r"(?:同志|同学|先生|女士|老师|教授|阿姨|叔叔|大姐|大哥)?[。！；]?\s*+$"
)


def _named_next(piece: str) -> bool:
    """先请上站站务班班长覃小燕。: a sentence that only names who comes next."""
    m = _NAMED_NEXT.match(piece)
    if m is None:
        return False
    who = m.group("who")
    name, role = split_name(who)
    listed = role is not None and piece.rstrip().endswith("；")  # …；再请…负责人哈斯巴根；
    known = has_surname(name or "") or listed
    return bool(name) and who.endswith(name or "") and known and len(who) <= 30


_ASKS = re.compile(r"请|有什么|有没有|还有|交给|有问题")
"""Words no turn is asked without: a cheap test before the cue is looked for."""


_BALLOT_STEP = re.compile(r"^\s*+请[^，。；！？]{0,10}?(?:写票|投票|填写选票)")


def _sentence_end(norm: str, at: int) -> int:
    """Where the sentence that starts at `at` ends (after its 。！？ or ；)."""
    end = _STOP.search(norm, at)
    return end.end() if end else len(norm)


_STOP = re.compile(r"[。！？；]")


def _starts_unit(piece: str, current: str, whole: str = "", at: int = 0) -> bool:
    """Whether a sentence starts a new unit rather than going on with the one before. `piece`
    starts at `at` in `whole`, where the sentence it begins is read when it matters
    (第一个环节， then 有请…宣布获奖名单。)."""
    if _ENUM_ONLY.fullmatch(current.strip()) and (item_number(piece) or P.VOTE_INTRO.match(piece)):
        return False  # （一）第一讲：… / （二）表决…: the number that heads the line, one heading
    if _PLAN_HEAD.search(current[-120:]) and re.match(r"(?:然后|再)(?:请|由)", piece):
        return False  # 我们先请大家自由交流，…，再请书记讲话。: one sentence, a plan
    if _BARE_INVITE.fullmatch(piece) and _introduces(current + piece):
        return False  # 第一位嘉宾是…窦国强教授，…。有请窦院士！: the one just introduced
    overview = P.OVERVIEW.search(current)
    if overview and current[max(0, overview.start() - 2) : overview.start()] in ("本项", "这项"):
        overview = None  # 本项议程有两个报告，先请…；再请…: this item's turns, not the agenda
    if overview and P.ENTRY.match(piece):
        sentence = whole[at : _sentence_end(whole, at)] if whole else piece
        return _runs_after_overview(current, overview.end(), sentence)
    if overview and not item_number(piece) and current.rstrip()[-1:] in ("，", "、", "；"):
        if current.rstrip()[-1] != "；" or _THEN.match(piece):
            return False  # 首先是…，其次是…；最后请…讲话: the overview's sentence goes on
        listed = "。" not in current[overview.end() :] and re.search(r"[：:]\s*+\S", current)
        if listed and P.VOTE_INTRO.match(piece) and not P.VOTE_CALL.search(piece):
            return False  # 议程是：补选副镇长；表决大会决议；…: an entry of the list, no vote
    if overview and current.rstrip()[-1:] == "。" and _TRANSITION.match(piece):
        return True  # …四是书记讲话。首先，观看专题片。: the overview said, the items run
    if (
        current.endswith("，")
        and item_number(current)
        and not re.search(r"[。！？]", current)
        and find_cue(current[-200:]) is None
    ):
        return False  # 开始第三项，有请…: the item and its cue, one sentence
    if item_number(piece) or _cue_at_start(piece[:80]) or P.VOTE_INTRO.match(piece):
        return True
    if _BALLOT_STEP.match(piece) and find_cue(current[-200:]) is not None:
        return True  # 请总监票人…检查票箱。请各位代表写票。: the ballot begins after his act
    if (
        _named_next(piece)
        and (  # 由三个班组长代表表态发言…。先请…班长覃小燕。 / 第五项，
            find_cue(current[-200:]) is not None
            or _named_next(current)  # 先请…艾力·买买提；再请…哈斯巴根；
            or (item_number(current) is not None and _TURNS_TOLD.search(current) is not None)
        )
    ):
        return True  # 新生代表发言。有请…张雨萱同学。: the turn told, then who takes it
    if _SECTION_START.match(piece) or _STEP_AHEAD.match(piece):
        return True  # 接下来进入年度表彰环节 / 首先，请全体起立…: a step of the programme opens
    if _room_asked_before_the_vote(piece, current):
        return True  # 对这个名单，大家有没有意见？ then 没有意见的请举手: the room's turn, then the vote
    call = P.VOTE_CALL.search(piece[:60])
    clause_for = call and _VOTE_FOR.match(piece[piece.rfind("，", 0, call.start()) + 1 :])
    if call and (call.start() < 24 or clause_for):
        if not (_VOTE_FOR.match(piece) or clause_for) or _VOTE_ON.match(piece):
            return False  # 不同意的请举手 / 弃权的…: the same vote goes on
        return not (P.VOTE_INTRO.match(current) and not P.VOTE_CALL.search(current))
    if P.OVERVIEW.search(piece[:24]) or P.CLOSING.search(piece[:30]):
        return _ENUM_ONLY.fullmatch(current.strip()) is None  # （七）会议结束: one heading
    if P.SALUTATION_HEAD.match(piece) or P.EMBEDDED_TITLE.match(piece):
        return len(current) > 0 and not P.VOTE_CALL.search(current)
    if current.rstrip().endswith("；") and re.match(r"\s*+同时[，]?\s*+请", piece):
        if find_cue(piece) is not None and find_cue(current[-200:]) is not None:
            return True  # 请…校长和…董事长上台签约；同时，请…其他5家企业的代表依次签约: two steps
    if _REVIEWING.match(piece.strip()) and _REVIEW_ASKED.search(current):
        return True  # 请各位委员进行审议。 then （审议） on the same line: the direction apart
    rest = whole[at + len(piece) :] if whole else ""
    if _REVIEW_THEN_SAID.match(piece) and _REVIEW_SAID.match(rest):
        return find_cue(current[-200:]) is not None  # …作报告。请各位委员进行审议。（审议）
    return _second_turn(piece, current)


_REVIEW_THEN_SAID = re.compile(r"[^。！？]{0,16}?请[^，。；！？]{0,16}?审议[。！]\s*+$")
_REVIEW_SAID = re.compile(r"\s*+[（(]\s*+(?:委员|代表|常委)?审议")
"""对这两个报告，请各位委员进行审议。（审议） after a report's request: the room's turn (the
request with the direction that says the room speaks), a unit of its own."""


_NONE_THEN_VOTE = re.compile(
    r"^\s*+没有(?:意见|异议)?的?(?:话)?[，]?\s*+(?:请举手|我们|下面|现在|就|进行)"
)


def _room_asked_before_the_vote(piece: str, current: str) -> bool:
    """…大家有没有意见？ then 没有意见的请举手 / 没有的话，下面进行表决: a question to the room (not
    还有没有不同意见) ends its own unit, the room's turn, before the vote."""
    asked_at = current.rfind("？")
    if asked_at < 0 or not _NONE_THEN_VOTE.match(piece):
        return (
            False  # (大家看还有哪里要改的？（讨论）有代表提出，…。 then 没有的话，…表决: asked too)
        )
    asked = current[:asked_at]
    start = max(asked.rfind(mark) for mark in "。！？") + 1
    cue = find_cue(current[start : asked_at + 1])
    return cue is not None and cue.group and cue.name is None and not cue.people


def _second_turn(piece: str, current: str) -> bool:
    """请…作报告。对这两个报告，各位委员有什么意见和建议，请发言。: a sentence that asks for a turn
    of its own after a sentence that asked for one is a unit of its own, as each turn is."""
    if current.rstrip()[-1:] not in ("。", "！", "？") or not _ASKS.search(piece):
        return False
    second = find_cue(piece)
    first = find_cue(current[-200:]) if second is not None else None
    if first is None or second is None:
        return False
    if not second.group and "请" not in piece[max(0, second.start - 12) : second.start + 1]:
        return False  # 首先签约的是…与…等4家企业: who is next, told, not asked
    told_again = bool(second.name and second.name in current or first.name and first.name in piece)
    if told_again and not second.group:
        return False  # 由…邝振东同志作报告。报告已印发，请邝振东同志作简要报告: one turn
    return not (first.name is None and second.name is None and first.role == second.role)


# --- 2. title and site chrome --------------------------------------------------------------


_ENUM_ONLY = re.compile(r"[（(][一二三四五六七八九十0-9]{1,3}[）)]")
"""（七） alone: a heading's number, waiting for its words."""


def _title_like(unit: Unit) -> bool:
    norm = unit.norm
    return (
        len(unit.text) <= 60
        and unit.text[-1] not in "。！？；，：:!?;,"
        and unit.line_start
        and not item_number(norm)
        and not P.SALUTATION.match(norm)
        and not _is_direction(norm)
        and not P.CHROME.search(norm)
    )


def _split_embedded_title(state: ParseState, at: int) -> None:
    """A run-on paragraph that begins with the title (…主持词各位代表、同志们：…): cut it off."""
    unit = state.units[at]
    m = P.EMBEDDED_TITLE.match(unit.norm)
    if not m or m.end() >= len(unit.norm):
        return
    rest, rest_norm = unit.text[m.end() :], unit.norm[m.end() :]
    state.units[at] = Unit(unit.text[: m.end()], unit.norm[: m.end()], unit.line, True)
    state.units.insert(at + 1, Unit(rest.strip(), rest_norm.strip(), unit.line, False))
    state.decide(state.units[at], "title_split")


_PAGE_TAG = re.compile(r"【[^【】]{1,6}】")
"""【热门】 / 【推荐】 above the title: the site's tag, not the script."""


def find_title(state: ParseState) -> None:
    """Pass 2: drop the page around the script, find the title."""
    units = state.units
    first_body = 0
    while first_body < len(units) and P.CHROME.search(units[first_body].norm):
        units[first_body].role = "chrome"
        first_body += 1
    candidates: list[int] = []
    i = first_body
    while i < len(units) and i < first_body + 8:
        u = units[i]
        titled = any(P.TITLE_END.search(units[c].norm) for c in candidates)
        after_chrome = i > 0 and units[i - 1].role == "chrome" and units[i - 1].line == u.line
        if (
            P.CHROME.search(u.norm)
            or (_PAGE_TAG.fullmatch(u.norm.strip()) and not titled)
            or (after_chrome and _is_direction(u.norm))
        ):
            u.role = "chrome"  # 【推荐】 above the title; 【开场】 under it opens the script;
            # 【推荐】…主持词（附…流程）: the link's own words
        elif _title_like(u):
            candidates.append(i)
        else:
            break
        i += 1
    if i < len(units) and P.EMBEDDED_TITLE.match(units[i].norm) and not item_number(units[i].norm):
        _split_embedded_title(state, i)
        candidates.append(i)
    marked = [c for c in candidates if P.TITLE_END.search(units[c].norm)]
    if candidates:
        state.title_at = marked[-1] if marked else candidates[0]
        units[state.title_at].role = "title"
        for c in candidates:
            if c < state.title_at:
                units[c].role = "direction"
    for u in units[:first_body]:
        state.decide(u, "chrome")
    _cut_tail(state)


_PLENARY = re.compile(r"第[一二三四五六七八九十0-9]{1,3}次全体会议")


def _next_sitting(state: ParseState, title: Unit) -> bool:
    """Whether a title after the close is the same session's next sitting (…第五次会议第一次全体
    会议 then …第五次会议第二次全体会议主持词): its agenda goes on, one meeting."""
    first = state.units[state.title_at].norm if state.title_at is not None else ""
    a, b = _PLENARY.search(first), _PLENARY.search(title.norm)
    if a is None or b is None:
        return False
    return a.start() >= 8 and first[: a.start()] == title.norm[: b.start()]


def _part_told_at_the_close(state: ParseState, closed_at: int, at: int) -> bool:
    """开幕式到此结束。…合影后进入主旨报告环节。 then 主旨报告主持词: the title of the part the close
    said comes next, the day's script going on (not a second script on the page)."""
    part = P.SCRIPT_TITLE_END.sub("", state.units[at].norm).strip()
    if len(part) < 2:
        return False
    return any(part in u.norm for u in state.units[closed_at:at])


def _cut_tail(state: ParseState) -> None:
    """相关文章, 上一篇, a second script's title after the first one closed: not the script."""
    units = state.units
    state.body_end = len(units)
    closed, closed_at = False, 0
    start = (state.title_at or 0) + 1
    for i in range(start, len(units)):
        u = units[i]
        if P.CHROME_TAIL.match(u.norm) and i > start + 2 and (closed or len(u.norm) <= 30):
            break
        if closed and u.line_start and _title_like(u) and P.SCRIPT_TITLE_END.search(u.norm):
            if _next_sitting(state, u):  # …第一次全体会议 then …第二次全体会议主持词: one meeting
                u.role, closed = "chrome", False
                state.decide(u, "next_sitting")
                continue
            if _part_told_at_the_close(state, closed_at, i):
                u.role, closed = "chrome", False  # …合影后进入主旨报告环节。 then 主旨报告主持词
                state.decide(u, "next_part")
                continue
            state.decide(u, "second_script")
            break
        if P.CLOSING.search(u.norm):
            closed, closed_at = True, i
        if P.CHROME.search(u.norm) and len(u.norm) <= 40:
            u.role = "chrome"
    else:
        return
    state.body_end = i
    for u in units[i:]:
        u.role = "chrome"
    if not any(d.what == "second_script" for d in state.meeting.decisions):
        state.decide(units[i], "chrome")


# --- 3. classify ---------------------------------------------------------------------------


_TITLED = re.compile(r"《[^《》]{1,80}》")


_ASKED_AS_YOU = re.compile(r"^\s*+(?:有)?请[你您](?!们)")


def classify(state: ParseState) -> None:
    """Pass 3: each unit's cue, vote, direction and limit (overview and items come after)."""
    in_point = False  # inside a paragraph that opens 二要… / 第一，要…: the chair's own point
    for i, u in enumerate(state.units):
        runs_on = i > 0 and state.units[i - 1].norm.rstrip().endswith("，")  # (a hard break)
        in_point = bool(_MUST.match(u.norm)) or (in_point and (not u.line_start or runs_on))
        if u.role != "text":
            continue
        if _is_direction(u.norm):
            u.role = "heading" if _bracketed_item(u.norm) else "direction"
            continue
        u.limit = find_limit(u.norm)
        u.kind_limits = P.find_kind_limits(u.norm) if u.limit else {}
        said = _TITLED.sub("《》", u.norm)  # 宣读《关于同意…的批复》: a document's words, no vote
        if P.VOTE_CALL.search(said) and P.VOTE_WORD.search(said) or P.VOTE_KEY.search(said):
            u.role = "vote"
            continue
        plan = _TOLD_AHEAD.search(u.norm)
        cue = find_cue(u.norm[plan.end() :] if plan else u.norm)
        if cue is None and i > 0 and not plan:
            cue = _request_goes_on(state.units[i - 1], u)
        if plan and cue is not None:
            cue = None  # 安排：先请…，再请…: the plan told ahead; each turn comes when invited
        if (
            cue is not None
            and cue.group
            and u.limit is None
            and _TALKED_OVER.search(u.norm)
            and not _VIEWS_ASKED.search(u.norm)
        ):
            cue = None  # 请各位委员…谈一谈贯彻意见。（讨论）: the room talks it over, no turn
        if cue is not None and cue.name is None and not cue.people and _POINT.match(u.norm):
            cue = None  # 第一，请各位委员会后…: a point of the chair's own remarks, nobody's turn
        if cue is not None and in_point:
            cue = None  # 二要挂图作战。…由院长在下月的推进会上作说明: what the chair asks of all
        if cue is not None and (
            P.CLOSING.search(u.norm, 0, cue.start)
            or ("后" in u.norm and _AFTER_THE_MEETING.search(u.norm, 0, cue.start))
        ):
            cue = None  # 开班式到此结束。稍事休息后，由…讲授第一课: after the close, not a turn
        if cue is not None and _told_not_asked(state, i, cue):
            cue = None  # 下午2点30分，由…讲授第二讲，请大家准时参加: a turn told, not asked now
        if cue is not None and cue.name is None and i > 0 and _ASKED_AS_YOU.match(u.norm):
            name, role = addressed(state.units[i - 1].norm)  # 主任龙大海，…审核过没有？ 请你说一下
            cue = Cue(name, role, cue.kind, cue.group, cue.start, cue.verb, cue.people)
        if cue is not None and not (i == state.title_at):
            u.cue = cue
            u.role = "cue"
        elif P.LOGISTICS.match(u.norm) and len(u.norm) <= 80 and not item_number(u.norm):
            u.role = "direction"
            state.decide(u, "direction")
    _announced_turns(state)
    _listed_inline(state)
    _order_chain(state)
    _the_listed_asked(state)
    _the_listed_below(state)
    _turns_in_order(state)
    _invited_again(state)
    _full_names(state)
    _told_ahead(state)
    _parent_welcomed(state)
    _asked_bare(state)
    _same_act_said_again(state)
    _oath_asked_by_its_part(state)


def _oath_asked_by_its_part(state: ParseState) -> None:
    """请新任命的…局长邹文斌同志进行宪法宣誓，由…监誓。…请宣誓人宣誓。: the one asked by name,
    asked again by the part he plays: one turn, the first."""
    sworn = False
    for u in state.units:
        if item_number(u.norm):
            sworn = False
        c = u.cue if u.role == "cue" else None
        if c is None or c.verb != "宣誓":
            continue
        if c.name and not c.group:
            sworn = True
        elif sworn and not c.name and c.role == "宣誓人":
            u.role, u.cue = "text", None
            state.decide(u, "oath_again", c.role)


def _request_goes_on(before: Unit, unit: Unit) -> Cue | None:
    """先请第一代表团团长…姜永华汇报；(a break) 第二代表团团长卞春燕汇报；: the request before,
    ending on a semicolon, goes on to the next one named for the same turn."""
    asked = before.cue
    if before.role != "cue" or asked is None or not before.norm.rstrip().endswith("；"):
        return None
    cue = find_cue("请" + unit.norm.lstrip())
    if cue is None or not cue.name or cue.group or cue.verb != asked.verb:
        return None
    return Cue(cue.name, cue.role, cue.kind, cue.group, 0, cue.verb, cue.people)


def _same_act_said_again(state: ParseState) -> None:
    """请各学院院长…为本学院的毕业生拨穗。请各学院毕业生依次起立，(a break) 由学院院长逐一拨穗
    正冠。: the act a group was just asked for, told again with no one new named, is the same
    step."""
    last: Unit | None = None
    for u in state.units:
        if u.role != "cue" or u.cue is None:
            continue
        c, before = u.cue, last.cue if last is not None else None
        if (
            last is not None
            and before is not None
            and before.group
            and c.group
            and not c.people
            and c.kind == before.kind == "action"
            and c.verb == before.verb
            and c.name is None
            and (c.role is None or c.role == before.role)
            and u.line - last.line <= 1
        ):
            u.role, u.cue = "text", None
            state.decide(u, "same_act", c.verb)
            continue
        last = u


_BARE_ASK = re.compile(r"^\s*+(?:好，)?请(?P<verb>点评|讲评|回应|回答|作答|讲话|发言)[。！]\s*+$")
"""请点评。: the turn asked with no one named, as the ones before it were."""


def _asked_bare(state: ParseState) -> None:
    """请××同志述职。请镇党委书记点评。 … 请…述职。请点评。: a bare request for the turn a person
    was asked for just before in the same round (点评 after each 述职) is that kind of turn
    again, the one who takes it not named."""
    for i, u in enumerate(state.units):
        m = _BARE_ASK.match(u.norm) if u.role == "text" else None
        if m is None:
            continue
        before = [v for v in state.units[max(0, i - 8) : i] if v.role == "cue" and v.cue]
        if any(v.cue is not None and v.cue.verb == m["verb"] for v in before):
            u.cue = Cue(None, None, "speech", False, u.norm.index("请"), m["verb"])
            u.role = "cue"
            state.decide(u, "asked_bare", m["verb"])


_INLINE_LIST = re.compile(
    r"(?:依次|分别|顺序|按顺序)(?:是|为)[：:]\s*+(?P<list>[^。；！？：]{4,200}?)[。；]"
)
"""请乡镇代表作表态发言。依次是：…吕晓峰同志、…马玉兰同志、…: those asked, named in one sentence."""


_ORDINAL_ENTRY = re.compile(
    r"第(?P<n>[一二三四五六七八九十])位[，、：:]\s*+(?:[^；。，]{0,30}的)?(?P<who>[^；。，的]{2,30}?)"
    r"(?:同志|先生|女士)?[；。]"
)


def _ordinal_entries(norm: str) -> list[str]:
    """请拟任人员作供职发言。第一位，拟任…委员的谭慧同志；第二位，…郭一鸣同志。: the ones named
    after 第一位, 第二位… in order (what they are to be, before 的, is no post they hold)."""
    entries = list(_ORDINAL_ENTRY.finditer(norm))
    if [cn_number(m["n"]) for m in entries] != list(range(1, len(entries) + 1)):
        return []
    return [m["who"] for m in entries]


def _listed_one(part: str) -> tuple[str | None, str | None]:
    """综采一队队长巴图孟和: the post, then the whole rest as the name (a list entry ends there)."""
    name, role = split_name(part)
    if role and part.startswith(role) and 2 <= len(part) - len(role) <= 4:
        name = part[len(role) :]
    return name, role


def _listed_inline(state: ParseState) -> None:
    """A request to a kind of people, then 依次是： and each one named by post and name, in the
    same paragraph: a turn each, in that order. A later 请巴图孟和同志先开始 is the first of them."""
    for k, unit in enumerate(state.units):
        cue = unit.cue
        if unit.role != "cue" or cue is None or cue.name is not None or cue.people:
            continue
        m = _INLINE_LIST.search(unit.norm, cue.start)
        if m is not None:
            parts = [
                re.sub(r"(?:同志|先生|女士)$", "", p.strip())
                for p in re.split(r"[、，,]", m["list"])
            ]
        else:
            parts = _ordinal_entries(unit.norm[cue.start :])
        people = [_listed_one(p) for p in parts if p]
        if len(people) < 2 or not all(
            n and names_a_person(n) and (has_surname(n) or "·" in n) for n, _ in people
        ):
            continue
        unit.cue = Cue(None, None, cue.kind, True, cue.start, cue.verb, tuple(people))
        state.decide(unit, "listed_inline", str(len(people)))
        first = people[0][0] or ""
        for later in state.units[k + 1 : k + 3]:
            if later.role == "cue" and later.cue and first.startswith(later.cue.name or "\0"):
                later.role, later.cue = "direction", None  # 请巴图孟和同志先开始
                break


_CHAIN_NEXT = re.compile(
    r"[；，]\s*+(?:然后|接着|之后|随后|其后|再|最后)(?:是|请|由)(?P<who>[^，。；！？请]{2,30}?)"
    r"(?:同志|先生|女士)?(?:发言|讲|谈)?(?=[，。；！？]|$)"
)
"""…先请…夏立新发言；然后是…总经理唐雪梅，之后请…董事长于浩。: the next ones, in order."""


def _order_chain(state: ParseState) -> None:
    """先请A发言；然后是B，之后请C。 (or 然后是B、C。) in one sentence: A's turn, then B's and C's,
    each a turn (a post and a name each), in that order."""
    for unit in state.units:
        cue = unit.cue
        if unit.role != "cue" or cue is None or cue.group or not cue.name or cue.people:
            continue
        found = list(_CHAIN_NEXT.finditer(unit.norm, cue.start))
        if not found or len(found) > 12:
            continue
        people = [_listed_one(who) for m in found for who in m["who"].split("、")]
        # (然后是…总经理池莉、…董事长戈振东: two more, in that order)
        if not all(
            n and names_a_person(n) and r and (has_surname(n) or is_post(r)) for n, r in people
        ):
            continue  # (然后请大家…: no one named; a name without its post: not such a list)
        chain = ((cue.name, cue.role), *people)
        unit.cue = Cue(None, None, cue.kind, True, cue.start, cue.verb, chain)
        state.decide(unit, "order_chain", str(len(chain)))


_GATHER_FOR_THEN = re.compile(
    r"(?:[上下]午|晚上)[^，。；！？]{0,8}?[，]\s*+请[^，。；！？]{0,8}?准时(?:到|参加)"
    r"[^，。；！？]{1,12}?(?:参加[^，。；！？]{1,30}?)?[，]\s*+$"
)


def _gathered_for_then(state: ParseState, i: int) -> bool:
    """下午2:30，请大家准时到三楼研讨室， then 由…讲授第二讲: the turn is at the time told."""
    before = state.units[i - 1] if i > 0 else None
    return (
        before is not None
        and before.line == state.units[i].line
        and _GATHER_FOR_THEN.search(before.norm) is not None
    )


_TOLD_FOR_THEN = re.compile(
    r"请(?:大家|各位|学员们?|各位学员)?[^，。；！？准按]{0,8}?[准按]时(?:参加|到场|出席|参会|到课|到校|到[^，。；！？]{0,6}?(?:上课|集合|听课|教室|课堂|报告厅))"
    r"|[，]时间为?(?:今天|明天)?(?:上午|下午|晚上)[0-9０-９：:]+"
)
"""…由詹少杰同志讲授第二讲，请大家准时参加 / …请各位学员下午2:30准时到报告厅上课 / 请各位学员按时
参加 / 请大家按时到课 / 请学员们按时到教室 / 下午第二讲，由…讲授…，时间为下午2:30到4:30: a turn at
another time, told now."""


_FOR_LATER = re.compile(
    r"[，,]\s*+(?:后面|稍后|待会儿?|等一下|一会儿)(?:再)?请[^，。；！？]{2,20}?[。！]\s*+$"
)
"""…，后面请有关部门回应。: a remark that tells of a turn to come."""


_AFTER_EACH_TURN = re.compile(
    r"(?:述职|发言|汇报|报告)(?:结束)?后[，,]\s*+"
    r"由[^，。；！？]{2,30}?(?:逐一|分别|逐个|依次)?(?:进行)?(?:点评|评议|提问|打分)"
)
"""…述职后，由镇党委书记兰志坚同志逐一进行点评: what follows each turn, told ahead; each
comment is asked for in its place (请兰书记点评)."""


def _told_not_asked(state: ParseState, i: int, cue: Cue) -> bool:
    """The turn unit `i` names is told, not asked now: for later (下午2点30分，由…讲授第二讲，请大家
    准时参加 / …，后面请有关部门回应。), or as how each turn goes (…述职后，由…逐一进行点评)."""
    u = state.units[i]
    return bool(
        _TOLD_FOR_THEN.search(u.norm, cue.start)
        or _gathered_for_then(state, i)
        or _FOR_LATER.search(u.norm, max(0, cue.start - 8))
        or _after_each_turn(state, i)
    )


def _after_each_turn(state: ParseState, i: int) -> bool:
    """Unit `i` tells what follows each turn (on its own, or after a hard break in the
    sentence: …述职后， then 由…逐一进行点评)."""
    before = state.units[i - 1].norm if i > 0 else ""
    told = _AFTER_EACH_TURN.search(before + state.units[i].norm)
    return told is not None and told.end() > len(before)


_KIN_CALLED = re.compile(r"^[\u4e00-\u9fff](?P<kin>爸爸|妈妈|爷爷|奶奶|外公|外婆)$")


def _parent_welcomed(state: ParseState) -> None:
    """下面有请家长发言。今天发言的是…张子涵小朋友的爸爸。… then 有请张爸爸！: the parent the
    turn introduced, welcomed by the child's surname, is that one turn."""
    units = state.units
    for i, u in enumerate(units):
        called = _KIN_CALLED.match(u.cue.name or "") if u.cue is not None else None
        if called is None:
            continue
        for v in reversed(units[max(0, i - 4) : i]):
            if v.cue is not None and v.cue.name is None and "的" + called.group("kin") in v.norm:
                u.role, u.cue = "text", None
                state.decide(u, "told_then_asked", called.group())
                break


_PLANNED = re.compile(r"(?:会议|大会|会上|仪式)(?:最后|结束前)|届时")
"""会议最后进行民主测评，并请局党组书记、局长讲话: what the meeting will do, told ahead."""
_LATER = re.compile(r"(?:待会儿?|等会儿?|一会儿|稍后)[，]?\s*+$")
"""具体情况，待会儿请滕晓雨同志专门通报: a turn told for later in the chair's own words."""


def _told_ahead(state: ParseState) -> None:
    """会议最后…，并请局党组书记、局长讲话 in the opening words, then 请局党组书记、局长喻光明同志
    讲话 in its place (or …待会儿请滕晓雨同志专门通报, then 请…滕晓雨同志通报…): a turn told
    ahead and asked for later is one turn, the later."""
    units = state.units
    for i, u in enumerate(units):
        c = u.cue
        if c is None or c.group:
            continue
        later = c.name is not None and _LATER.search(u.norm, 0, c.start) is not None
        planned = not c.name and c.role and _PLANNED.search(u.norm, 0, c.start)
        if not (later or planned):
            continue
        for v in units[i + 1 : state.body_end or None]:
            d = v.cue
            if d is None or not d.name or d.kind != c.kind:
                continue
            if d.name == c.name or not c.name and (c.role or "") in (d.role or ""):
                u.role, u.cue = "text", None
                state.decide(u, "told_then_asked", c.name or c.role or "")
                break


def _full_names(state: ParseState) -> None:
    """请钟经理…颁奖 where the script named 分公司副经理钟国平: a surname and a title stand for the
    one person of that surname the script names with it, by full name."""
    text = "\n".join(u.norm for u in state.units[: state.body_end or None])
    known: dict[tuple[str, str], str | None] = {}  # (the text is read once for each short form)

    def fuller(name: str | None, role: str | None) -> str | None:
        if not name or not role:
            return name
        if (name, role) not in known:
            known[name, role] = full_name(name, role, text)
        return known[name, role] or name

    for u in state.units:
        c = u.cue
        elder = (
            c is not None
            and c.role is None
            and len(c.name or "") == 2
            and (c.name or "")[1] == "老"
        )
        if c is None or not c.name or not (c.role or elder):
            continue  # (吕老: a surname and 老 stand for the elder the script names 吕伯钧老先生)
        people = tuple((fuller(n, r), r) for n, r in c.people)
        name = fuller(c.name, c.role or "老")
        if name != c.name or people != c.people:
            role = None if c.role == "老师" else c.role
            u.cue = Cue(name, role, c.kind, c.group, c.start, c.verb, people)
            state.decide(u, "full_name", f"{c.name} → {name}")


def _announced_turns(state: ParseState) -> None:
    """An item told by who does what (第五项议程：…会长钟瑞林接旗并发言。) and nobody asked after
    it, up to the next item: the announcement is that person's turn."""
    units = state.units
    for i, u in enumerate(units):
        if u.role != "text" or i == state.title_at:
            continue
        heard = _report_heard(u.norm)
        if heard is not None and not any(_gives_the_report(heard, v) for v in _in_item(units, i)):
            u.cue, u.role = heard, "cue"  # 听取…局长王志刚…所作的…报告。（报告毕）: his report
            continue
        cue = _turn_in_announcement(u.norm)
        if cue is None:
            continue
        if any(v.cue is not None or v.role == "vote" for v in _in_item(units, i)):
            continue
        u.cue, u.role = cue, "cue"


def _in_item(units: list[Unit], i: int) -> Iterator[Unit]:
    """The units after `i` up to the next item's announcement, read only as far as asked."""
    return itertools.takewhile(lambda v: not item_number(v.norm), units[i + 1 :])


_REPORT_HEARD = re.compile(
    r"第[一二三四五六七八九十0-9]{1,3}项(?:议程|议题)?[，：]\s*+听取(?:和审议|并审议)?"
    r"(?P<who>[^，。；！？：]{3,30}?)(?:同志)?(?:受[^，。；！？]{1,16}?委托)?所?(?:作|做)的"
    r"[^，。；！？]{0,60}?(?:报告|说明)》?[。！]"
)


def _report_heard(norm: str) -> Cue | None:
    """进行第一项议程，听取…局长王志刚受…委托所作的…报告。: the item names who reports; with a
    name and a post, that is the report's turn (听取…总经理所作的报告 names nobody)."""
    m = _REPORT_HEARD.search(norm)
    if m is None or re.search(r"请|由", norm[m.end() :]):
        return None  # (…报告。请…同志作报告。: asked in the words after)
    name, role = split_name(m.group("who"))
    if not name or not role or not names_a_person(name) or PLACEHOLDER.search(name):
        return None
    return Cue(name, role, "speech", False, m.start("who"), "报告")


def _gives_the_report(heard: Cue, unit: Unit) -> bool:
    """A later request that is the report itself: its reporter named, or a report asked for
    of nobody named (another one named gives another report: 审查结果的报告 after the budget's)."""
    return unit.cue is not None and (
        unit.cue.name == heard.name
        or not (unit.cue.name and has_surname(unit.cue.name))
        and re.search(r"(?:作|做)[^，。；！？]{0,40}?报告", unit.norm) is not None
    )


_THE_ABOVE_ASKED = re.compile(
    r"^\s*+(?:下面[，,]?|现在[，,]?)?请以上(?P<who>同志|单位|[几两二三四五六七八九十]?位(?:同志)?|各位|各单位|人员)"
)
_LIST_NUMBER = re.compile(
    r"^\s*+(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．]|[一二三四五六七八九十]、"
    r"|第[一二三四五六七八九十]{1,2}位[，、：])\s*+"
)


_LISTED_POSTS = r"(?:长|书记|主任|经理|总监|主席|委员|代表|总裁|董事长|工程师|经济师|会计师|总师)"
"""How a post on a list's line ends (站长, 党委书记, 总经理…)."""
_MASKED_AFTER_POST = re.compile(
    r"(?P<post>[^，。；！？\s]{2,30}?" + _LISTED_POSTS + r")\s*+"
    r"(?:某某|[×xX*＊]{1,3}|_{2,}|……|\s{2,})"
)
"""××精细化工有限公司总经理 ____: a list's line with the name to fill in."""
_NAME_ADDRESSED = re.compile(r"(?P<n>[\u4e00-\u9fff·]{2,12}?)(?:常委|委员|代表|老师)")
_POST_END = re.compile(_LISTED_POSTS + "$")


def _listed_line(norm: str, units_too: bool) -> tuple[str | None, str] | None:
    """（一）东城管理站站长 吕春生 / （二）库车市人民政府: a list's line naming a post and a name,
    or (where units are asked) a unit alone; None for anything else."""
    line = _LIST_NUMBER.sub("", norm, count=1)
    line = line.strip().rstrip("；;。，,")
    line = re.sub(r"(?<=\S)[：:]\s*+(?=[\u4e00-\u9fff·]{2,5}$)", "", line)  # …党委书记：冯立强
    line = re.sub(r"[（(][^（）()]{1,30}[）)]\s*+$", "", line).strip().rstrip("；;。，,")
    line = re.sub(
        r"(?<=[\u4e00-\u9fff])[（(][\u4e00-\u9fff]{2,8}[）)](?=\S)", "", line
    )  # 副处长（主持工作）…
    if line.startswith(("请", "有请", "由")):
        return None  # 请现场业主举手表决: a request, no line of a list
    if _post_and_name(line) or _listed_person(line):
        name, role = split_name(re.sub(r"\s+", "", line))
        return (name, role or "") if name else None
    bare = re.sub(r"\s+", "", line)
    masked = _MASKED_AFTER_POST.fullmatch(line)
    if masked:  # ××石化有限公司安全总监 某某: the post, the name to fill in
        return None, re.sub(r"^(?:[×xX*＊]{1,3}|某某)", "", masked.group("post")) or masked.group(
            "post"
        )
    addressed = _NAME_ADDRESSED.fullmatch(bare)
    if addressed and has_surname(addressed.group("n")):
        return addressed.group("n"), ""  # 罗永刚常委: a member addressed, no post
    name, role = split_name(bare) if len(bare) <= 30 else (None, None)
    if re.search(SPEECH_VERBS + "|" + ACTION_VERBS, name or ""):
        return None  # 五、县委书记讲话: a heading, not a name
    if name and role and bare == f"{role}{name}" and _POST_END.search(role):
        return name, role  # 青龙乡乡长尼玛卓嘎: a name with no Han surname, listed as asked
    if (
        units_too
        and re.fullmatch(r"[\u4e00-\u9fff]{3,20}", line)
        and not re.search(SPEECH_VERBS, line)
        and not P.CLOSING.search(line)
    ):
        return None, line
    return None


_BELOW_ASKED = re.compile(
    r"请以下(?:[几两二三四五六七八九十]位)?[^，。；！？：]{0,12}?(?:依次|分别|逐一|按(?:照)?顺序)"
    r"|(?:发言|述职|汇报|表态)顺序(?:为|是|如下)[：:]\s*+$"
)
_IN_THIS_ORDER = re.compile(
    r"(?P<verb>述职|发言|汇报|表态)[^。！？]{0,30}?[。，]\s*+请按(?:照)?以下顺序(?:依次)?进行[：:]\s*+$"
)
"""班子其他成员个人述职。每人…。请按以下顺序进行：: the kind of turn told, then the ones listed."""
_LISTED_HONOUR = re.compile(r"(?<=[\u4e00-\u9fff·]{2})(?:同志|先生|女士)(?=[；;。，,]?\s*+$)")


def _the_listed_below(state: ParseState) -> None:
    """请以下三位车间主任依次表态…： then 轧花车间主任马国庆同志； lines: each line listed after
    the request is a turn of the kind it asks, the request only announces them."""
    for i, u in enumerate(state.units):
        if u.role == "cue" and u.cue is not None and _BELOW_ASKED.search(u.norm):
            at = range(i + 1, len(state.units))
            _turns_of_the_listed(state, i, _list_lines(state, at, "单位" in u.norm))
        elif u.role == "text" and (order := _IN_THIS_ORDER.search(u.norm)):
            # 班子其他成员个人述职。…请按以下顺序进行： then the lines: a turn of that kind each
            u.cue = Cue(None, None, "speech", True, order.start(), order.group("verb"))
            _turns_of_the_listed(
                state, i, _list_lines(state, range(i + 1, len(state.units)), False)
            )
            u.cue = None


def _the_listed_asked(state: ParseState) -> None:
    """（一）东城管理站站长 吕春生 …（七）综合办公室主任 上官慧 then 请以上同志按顺序述职。: a
    request naming those listed just before is a turn for each of them, of the kind it asks."""
    for i, u in enumerate(state.units):
        m = _THE_ABOVE_ASKED.match(u.norm) if u.role == "cue" else None
        if m is not None and u.cue is not None:
            at = range(i - 1, -1, -1)
            listed = _list_lines(state, at, "单位" in m.group("who"))
            if len(listed) < 2 and i > 0:
                _turns_of_one_line(state, i)
            else:
                _turns_of_the_listed(state, i, listed)


def _turns_of_one_line(state: ParseState, i: int) -> None:
    """综采一队队长卢永胜，掘进二队队长贺志勇，…骆建平。 then 请以上同志按顺序汇报。: the list
    run together on one line, a turn for each of them."""
    v, asked = state.units[i - 1], state.units[i].cue
    if v.role != "text" or asked is None:
        return
    parts = [p for p in re.split(r"[，、；]", v.norm.strip().rstrip("。；，")) if p.strip()]
    listed = [_listed_line(p, False) for p in parts]
    if len(listed) < 2 or len(listed) > 30 or not all(got and got[0] for got in listed):
        return
    people = tuple((got[0], got[1] or None) for got in listed if got)
    v.role, v.cue = "cue", Cue(None, None, asked.kind, True, 0, asked.verb, people)
    state.listed.add(i - 1)
    for name, _ in people:
        state.decide(v, "listed_turn", name or "")
    state.units[i].role, state.units[i].cue = "text", None


def _list_lines(
    state: ParseState, at: range, units_too: bool
) -> list[tuple[int, tuple[str | None, str]]]:
    """The list's lines at `at`, in that order, up to the first line that is none."""
    listed: list[tuple[int, tuple[str | None, str]]] = []
    for k in at:
        v = state.units[k]
        if v.role == "chrome":
            continue  # - 2 - between two lines of the list: the page turns, the list goes on
        line = _LISTED_HONOUR.sub("", v.norm)
        got = _listed_line(line, units_too) if v.role == "text" else None
        if got is None or not v.line_start or item_number(v.norm):
            break
        listed.append((k, got))
    return listed


def _turns_of_the_listed(
    state: ParseState, i: int, listed: list[tuple[int, tuple[str | None, str]]]
) -> None:
    """Two or more listed lines become turns of the kind the request at `i` asks; the request
    only names them."""
    asked = state.units[i].cue
    if len(listed) < 2 or asked is None:
        return
    if _each_asked_later(state, listed):  # 请以下同志按顺序述职： the list, then 首先，请第一党支部
        state.units[i].role, state.units[i].cue = "text", None  # 书记××同志述职: each asked
        return
    for k, (name, role) in sorted(listed):
        v = state.units[k]
        state.listed.add(k)
        v.role = "cue"
        v.cue = Cue(name, role or None, asked.kind, False, 0, asked.verb)
        state.decide(v, "listed_turn", name or role)
    state.units[i].role, state.units[i].cue = "text", None


def _each_asked_later(state: ParseState, listed: list[tuple[int, tuple[str | None, str]]]) -> bool:
    """Whether every one listed is asked again, by name or by the same post, before the next
    item is announced: the list only told who would speak."""
    later: list[Cue] = []
    for k in range(max(k for k, _ in listed) + 1, state.body_end):
        v = state.units[k]
        if item_number(v.norm):
            break
        if v.role == "cue" and v.cue is not None:
            later.append(v.cue)

    def asked(name: str | None, role: str) -> bool:
        return any(
            (c.name == name) if name else bool(role and c.role and role in c.role) for c in later
        )

    return all(asked(name, role) for _, (name, role) in listed)


_ANNOUNCED_TURN = re.compile(
    r"第[一二三四五六七八九十0-9]{1,3}项(?:议程|议题|内容)?[：:，]\s*+"
    r"(?!听取|审议|关于|我|本人)(?P<who>[^，。；！？：请由（]{4,40}?)(?:同志)?"
    r"(?:作[^，。；！？]{0,12}?|接[旗牌]并|进行(?:宪法)?(?=宣誓))?"
    r"(?P<verb>" + SPEECH_VERBS + "|" + ACTION_VERBS + r")(?P<what>[^，。；！？]{0,12})"
    r"(?:[，][^，。；！？]{0,12}?分钟(?:以内|之内|左右)?)?"
    r"(?:[。！]\s*+(?:请?大家|让我们以?热烈的?)?(?:掌声)?欢迎[！。]?)?"
    r"(?:[。！]?\s*+$|(?<=宣誓)。(?=宣誓由))"
)


def _turn_in_announcement(norm: str) -> Cue | None:
    """进行第五项议程：下届承办城市律师协会会长钟瑞林接旗并发言。(…作表态发言，请控制在5分钟
    以内。): an item told by who does what,
    nobody asked; a named person with a post is that person's turn (a kind of person, 教师代表
    发言, is asked for in the lines after)."""
    m = _ANNOUNCED_TURN.search(norm)
    if m is None:
        return None
    verb = m.group("verb")
    what = m.group("what")
    if what and not re.fullmatch(ACTION_VERBS, verb) and not re.fullmatch(SPEECH_VERBS, what):
        return None  # …签订目标责任书: an act names what it is done to; a speech ends it (表态发言)
    office = re.split(r"[与同和]", m.group("who"))[0]
    if (
        re.fullmatch(ACTION_VERBS, verb)
        and split_name(office) == (None, office)
        and is_post(office)
    ):
        return Cue(None, office, "action", False, m.start("who"), verb)  # 第三项，乡党委书记与
    name, role = split_name(m.group("who"))  # 各村党支部书记签订目标责任书: an office's act
    if not name or not role or not names_a_person(name) or PLACEHOLDER.search(name):
        return None
    kind: CueKind = "action" if re.fullmatch(ACTION_VERBS, verb) else "speech"
    return Cue(name, role, kind, False, m.start("who"), verb)


_AFTER_THE_MEETING = re.compile(
    r"(?:^|[。！，])\s*+(?:本次|今天的?)?(?:[^，。；！？]{0,4}?会议?|典礼|[^，。；！？]{0,4}?仪式)(?:结束|闭幕)(?:后|以后|之后)|散会后"
    r"|(?:^|[。！])\s*+会后[，]"
    r"|(?:^|[。！])\s*+(?:分团|分组)?讨论(?:结束|完毕)(?:后|以后|之后)[，]"
)
"""大会结束后，请各位领导移步…，为…活动启动 / 讨论结束后，请各代表团团长向主席团汇报: what
comes after the meeting, or after the room has gone to talk elsewhere, no turn in it."""
_POINT = re.compile(r"^\s*+第[一二三四五六七八九十]{1,2}[，,、]")
_MUST = re.compile(
    r"^\s*+(?:第[一二三四五六七八九十]{1,2}[，、]\s*+|[一二三四五六七八九十]{1,2}(?=要))"
    r"要[^，。；！？请]{1,16}[。，；！]"
)
"""一要迅速行动。/ 三要协同联动。/ 第一，要迅速传达…: a point of what the chair asks of everyone,
no turn in it."""
_TALKED_OVER = re.compile(r"[（(](?:集体|分组|自由)?讨论[）)]")
_VIEWS_ASKED = re.compile(
    r"(?:有(?:什么|没有)(?:意见|看法)[^，。；！？]{0,6}？(?:请(?:大家)?讨论。)?|(?:进行讨论，)?(?:充分)?发表意见。"
    r"|(?:哪里|哪儿|哪些地方|什么地方)(?:要|需要|还要)(?:改|修改|补充)的?？)"
    r"\s*+[（(](?:集体)?讨论[）)]"
)
"""还有什么意见和建议？（讨论） / 请与会党员对…进行讨论，发表意见。（讨论） / 大家看还有哪里要改的？
（讨论）: the room asked for its views, and giving them: its turn."""
_ORDER_MARK = (
    r"(?P<numbered>[0-9]{1,2}[、.．](?![0-9])|[（(](?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[）)]"
    r"|[①-⑳]|[一二三四五六七八九十]{1,2}是)"
    r"|(?P<ordinal>(?:" + TURN_ORDINAL + r"(?!议|环节|部分|阶段|篇章|板块|单元|内容|事)|下一位)"
    r"[^，。；！？是]{0,6}?|(?:首先|最先|接下来|接着|然后|最后)(?:发言|汇报|述职|交流|演讲|分享)的)"
    r"|(?:接下来|接着|然后|随后|再(?!次)|最后|下面|首先|先|其次)"
)
_IN_ORDER = re.compile(
    r"^\s*+(?P<mark>" + _ORDER_MARK + r")?[，、：\s]*+"
    r"(?P<ask>是|请|有请|由|(?:让我们)?(?:以热烈的掌声|用热烈的掌声)?欢迎)?[，：]?"
    r"(?:(?P<behalf>[^，。；！？：（]{2,12}?代表)[，、](?=来自))?"
    r"(?P<who>(?:[^，。；！？：（]|（[^（），。]{1,4}）){2,40}?)(?:同志|先生|女士|委员|教授|博士)?"
    r"(?:(?:(?:作|做)[^，。；！？]{0,8}?)?(?P<verb>(?:" + SPEECH_VERBS + r"){1,2})"
    r"|[，](?P<about>(?:[^，。；！？]{0,4}(?:题目|主题)|[他她](?:将|要|是|来?讲|谈|说)|(?:汇报|介绍|报告|谈|讲))"
    r"[^。；！？]{0,80})"
    r"|[：](?P<work>《[^》]{1,60}》)(?:[（(][^（）()]{1,12}[）)])?)?"
    r"(?P<note>[（(][^（）()]{4,30}[）)])?\s*+[；;。！!：]?(?:有请\s*+[！!。]?)?$"
)
"""1. 合成车间主任夏建军表态发言； / 接下来是…总经理万婷婷； / 第二位，…教师褚振宇。 / 1号，…总经理倪卫国。
/ 下面请英语教师祁亮。 / 1．邬家骏教授：《经方…的应用》（40分钟） / 1．镇渔业办主任郑国平，汇报…: a
line that names only the next person in order (and their topic, or the talk's title as a
programme gives it)."""
_POST_THEN_NAME = re.compile(
    r"^\s*+(?P<post>[^\s，。；！？：]{2,30})\s++(?P<name>[\u4e00-\u9fff·]{2,8})\s*+$"
)


def _post_and_name(norm: str) -> bool:
    """南丰县中医院院长　曾国栋: a line holding a post, a gap and a name, as a list sets them."""
    m = _POST_THEN_NAME.match(norm)
    return m is not None and split_name(m.group("post") + m.group("name")) == (
        m.group("name"),
        m.group("post"),
    )


def _listed_person(norm: str) -> bool:
    """检修一班班长吕新民； on a line of its own under an item that told the turns: a post and
    a name, as a list sets them, nothing else."""
    line = norm.strip().rstrip("；;。，,")
    line = re.sub(r"[（(][^（）()]{2,8}[）)]$", "", line)  # …田永福（视频连线）: a note on how
    if len(line) > 30 or not re.fullmatch(r"[\u4e00-\u9fff·（）()]+", line):
        return False  # (a sentence, not a list's line: the split is not tried)
    name, role = split_name(line)
    return bool(name and role) and line == f"{role}{name}" and has_surname(name or "")


_TURNS_TOLD = re.compile(SPEECH_VERBS)
_FIRST_SENTENCE = re.compile(r"[^。！？]{4,60}[。！]")
_BARE_INVITE_END = re.compile(r"(?:掌声)?有请\s*+[！!。]?\s*+$")
_ASKED = re.compile(r"请|由|[:：]")
"""After the sentence naming the next one, a word about them is no request; a 请 or 由 is."""


_THE_ROOM = re.compile(r"(?:各位|全体|与会|参会|在座|大家|[^，。；！？]{0,6}们)")
"""各位常委 / 全体代表 / 委员们: the room, many people, never the one next in order."""


def _next_in_order(norm: str, told: tuple[str, str] | None) -> Cue | None:
    """The turn a line gives when it names only who comes next: after a turn, a group's cue
    or a sentence that tells of the turns (述职顺序为：), led by an order word or number; a
    numbered line naming a person and a speech (1. 车间主任夏建军表态发言) even without one."""
    m = _IN_ORDER.match(norm)
    first = _FIRST_SENTENCE.match(norm) if m is None else None
    if first and not _ASKED.search(_BARE_INVITE_END.sub("", norm[first.end() :])):
        m = _IN_ORDER.match(first.group())  # 第三位，…民警仇丹丹同志。仇丹丹同志从警八年…有请。
        if m is not None and not m.group("ordinal"):
            return None  # 一是人员到岗。…: a point of the chair's own, not the next one in order
    labelled = told is not None and (  # 第一税务分局局长裘海燕： / 南丰县中医院院长　曾国栋
        norm.rstrip().endswith("：") or _post_and_name(norm) or _listed_person(norm)
    )
    if m is None or not (m.group("mark") or m.group("ask") or labelled):
        return None
    if told is None and not (m.group("numbered") and m.group("verb") or m.group("ordinal")):
        return None  # 第一位发言的是… / 3号，…: the order says it is a run of turns
    kind, verb = told or ("speech", m.group("verb"))
    if m.group("work"):  # 本环节由…主持 then 1．…教授：《…》: the talks the moderator hosts
        kind, verb = "speech", m.group("verb") or "报告"
    if told is not None and UNNAMED_KIN.search(m.group("who")):
        return Cue(None, None, kind, False, m.start("who"), m.group("verb") or verb)  # type: ignore[arg-type]
    if m.group("about") and not (m.group("ordinal") or m.group("numbered")):
        return None
    # 我代表局党组领导班子作对照检查 / …作个人对照检查（主持人本人）: the chair's own turn
    if m.group("who").startswith(("我", "本人")) or CHAIR_SELF.search(norm):
        return None
    if re.search(
        r"[到去回][^，。；！？]{0,10}?[室台处场前位席]|上台|举手|[计唱监验]票$", m.group("who")
    ):
        return None  # 请监票人、计票人到计票室计票 / …代表上台领奖 / 请监票人计票: the count
    if re.search(r"记者(?:朋友)?(?:提问|发问)?$", m.group("who")):
        return None  # 请云南日报的记者提问: a reporter's question, no one's turn
    if re.match(r"(?:听取|审议|审查|表决|通过|进行|举行)", m.group("who")):
        return None  # （一）听取并审议总经理工作报告 / 下面进行成果发布: a heading or a part of
        # the agenda, no one named
    if re.search(r"(?:时刻|时候|环节|节目|时间|阶段)$", m.group("who")):
        return None  # 接下来是最激动人心的时刻: a moment of the programme, no one next
    if _THE_ROOM.match(m.group("who")) or STAFF.match(m.group("who")):
        return None  # 请各位常委审议 / 请礼仪人员引导: the room or the staff, nobody next in order
    who = re.sub(r"(?:同学|老师)$", "", m.group("who"))
    honoured = who != m.group("who")  # 高三（1）班的王小明同学: a person, named after 的
    who = who.rsplit("的", 1)[-1] if honoured else who
    name, role = split_name(who)
    if m.group("behalf") and name and name != who:  # 是最美家庭代表，来自…的杭素琴同志
        role = m.group("behalf")
    titled = re.match(r"同志|先生|女士|教授|博士", norm[m.end("who") :]) is not None
    bare = name == who and not (honoured or titled)  # a word alone, no one's name (请冼美华女士 is)
    if not name or bare or PLACEHOLDER.search(name) or not names_a_person(name):
        return None
    if re.search(r"(?:讨论|审议|协商|座谈|" + SPEECH_VERBS + ")$", name):
        return None  # （三）协商讨论: a sub-heading naming the activity, no one's name
    if re.match(r"总?[监计]票人", m.group("who")) and not has_surname(name):
        return None  # 请监票人检查票箱: the counters' task, 检查票箱 no name
    return Cue(name, role, kind, False, m.start("who"), m.group("verb") or verb)  # type: ignore[arg-type]


_INVITED_AGAIN = re.compile(
    r"^\s*+(?:好[，,]?|下面[，,]?|现在[，,]?)?(?:让我们)?(?:以|用)?(?:热烈的)?(?:掌声)?(?:有请|欢迎)"
    r"(?P<who>[^，。；！？]{1,8}?|[^，。；！？]{2,5}·[^，。；！？]{2,8}?)"  # (阿卜杜拉·热合曼主任)
    r"(?:为(?:我们|大家))?(?:授课|讲课|讲座|讲话|致辞|发言|作报告)?"
    r"(?:[，]\s*+(?:请)?大家(?:掌声)?欢迎)?[！!。]?\s*+$"
)
_ADDRESS = re.compile(
    r"(?:老师|先生|女士|同志|同学|教授|院士|博士|专家|总|[^，。；！？]{0,3}?[长任记席理师编])$"
)


def _invited_again(state: ParseState) -> None:
    """…邀请到…巩晓梅老师，为大家作专题讲座。有请巩老师！ / …欢迎黎教授授课。: a bare invitation
    of the person the turn just before named (by name, or by surname and title) is that turn,
    not a second."""
    last: Unit | None = None
    for u in state.units:
        if u.role == "cue" and u.cue is not None:
            m = _INVITED_AGAIN.match(u.norm)
            named = last.cue.name if last is not None and last.cue is not None else None
            if m and named and _same_person(named, m.group("who")):
                u.role, u.cue = "text", None
                state.invited_again.add((u.line, u.text))
                continue
            up = last.cue if last is not None else None
            if last is not None and up is not None and _heard_then_asked(last, up, u):
                c = u.cue  # 听取…院长林建峰同志作…报告。请林建峰同志作报告。: one turn, his post
                u.cue = Cue(c.name, c.role or up.role, c.kind, c.group, c.start, c.verb, c.people)
                last.role, last.cue = "text", None
            elif last is not None and up is not None and _asked_again_in_brief(last, up, u):
                c = u.cue  # 请…副镇长邱丽萍同志作…报告。书面报告已印发…，请邱副镇长作简要说明
                u.cue = Cue(up.name, up.role, c.kind, c.group, c.start, c.verb, c.people)
                last.role, last.cue = "text", None
            elif last is not None and up is not None and _said_again_on_the_line(last, up, u):
                u.role, u.cue = "text", None  # …钱鹏汇报（…由钱鹏代为汇报） / …请一帆说两句
                continue
            elif last is not None and up is not None and _called_up_then_asked(last, up, u):
                # 有请…副总编辑阚立新先生…上台。有请阚总主持！: called up, then asked to act
                c = u.cue
                u.cue = Cue(up.name, up.role, c.kind, c.group, c.start, c.verb, c.people)
                last.role, last.cue = "text", None
                last = u
                continue
            if m and last is not None and _told_before(last, u):
                # 第一位发言的是…，发言人是…严立华委员。有请严立华委员。: the invitation is the turn
                last.role, last.cue = "text", None
            told = _lecture_told(last)
            said = u.cue.name or u.cue.role or ""  # (请起老师…: a surname not listed)
            if last is not None and told is not None and _same_person(told.name or "", said):
                # 授课老师是…柴文华老师。… 欢迎柴文华老师授课 / 请柴老师授课: the lecturer told,
                c = u.cue  # then invited (请谭老师: the courtesy, no role)
                role = c.role if c.name and c.role != "老师" else None
                u.cue = Cue(
                    told.name, role or told.role, c.kind, c.group, c.start, c.verb, c.people
                )
                last.role, last.cue = "text", None
            last = u
        elif item_number(u.norm):
            last = None


def _heard_then_asked(last: Unit, told: Cue, unit: Unit) -> bool:
    """进行第一项议程，听取…院长林建峰同志作…工作报告。 then 请林建峰同志作报告。: the item says
    whose report it hears, the request asks for it: one turn, at the asking."""
    asked = unit.cue
    return bool(
        asked is not None
        and told.name
        and asked.name == told.name
        and asked.kind == told.kind
        and "听取" in last.norm[: told.start + 4]
        and "请" in unit.norm[: asked.start + 2]
    )


_IN_BRIEF = re.compile(r"(?:书面)?(?:报告|材料)[^，。；！？]{0,8}?(?:已|已经)?印发")


def _asked_again_in_brief(last: Unit, told: Cue, unit: Unit) -> bool:
    """请…副镇长邱丽萍同志作…的报告。 then, on the same line, 书面报告已印发各位代表，请邱副镇长作
    简要说明: the report asked for is given in brief, by the same person: one turn."""
    asked = unit.cue
    return bool(
        asked is not None
        and told.name
        and not told.group
        and unit.line == last.line
        and asked.kind == told.kind == "speech"
        and _same_person(told.name, asked.name or "")
        and _IN_BRIEF.search(unit.norm, 0, asked.start)
    )


def _asked_again_by_given_name(last: Unit, told: Cue, unit: Unit) -> bool:
    """请…组长覃一帆分享获奖感言，时间有限，请一帆说两句: the one just asked, asked again on the
    same line by the given name alone: one turn."""
    asked = unit.cue
    return bool(
        asked is not None
        and told.name
        and len(told.name) == 3
        and not told.group
        and unit.line == last.line
        and asked.kind == told.kind == "speech"
        and asked.name == told.name[1:]
    )


def _said_again_on_the_line(last: Unit, told: Cue, unit: Unit) -> bool:
    """The one just asked, named again on the same line for the same turn."""
    return _asked_again_by_given_name(last, told, unit) or _done_by_the_same(last, told, unit)


_BY_THE_SAME = re.compile(r"^\s*+由(?P<who>[^，。；！？]{2,8}?)(?:同志)?(?:代为|代|一并|统一)")


def _done_by_the_same(last: Unit, told: Cue, unit: Unit) -> bool:
    """请…赵建国同志介绍情况。另一名介绍人…出差，…由赵建国同志一并说明: the one just asked,
    told again on the same line as doing it for someone else too: the same turn, not a second."""
    asked, m = unit.cue, _BY_THE_SAME.match(unit.norm)
    return bool(
        m is not None
        and asked is not None
        and told.name
        and unit.line == last.line
        and _same_person(told.name, m.group("who"))
    )


def _called_up_then_asked(last: Unit, up: Cue, unit: Unit) -> bool:
    """A named person only called up (no verb), then, in the next sentence, asked by surname
    and title to act or speak: one turn."""
    asked = unit.cue
    return bool(
        asked is not None
        and up.name
        and not up.verb
        and not up.group
        and asked.verb
        and asked.name
        and asked.name != up.name
        and last.line in (unit.line, unit.line - 1, unit.line - 2)
        and _same_person(up.name, asked.name)
    )


def _lecture_told(unit: Unit | None) -> Cue | None:
    """The named lecturer `unit` tells (主讲人是… / 这一课由…起文芬老师授课), if it tells one."""
    if unit is None or unit.cue is None or not unit.cue.name:
        return None
    return unit.cue if unit.cue.verb == LECTURER_TOLD or "课由" in unit.norm else None


_SPEAKER_TOLD = re.compile(r"发言人(?:是|为)|第[一二三四五六七八九十]{1,2}位发言的是")


def _told_before(last: Unit, invite: Unit) -> bool:
    """A turn told with no one's name for it (a party's, a unit's), naming its speaker in passing,
    then a bare invitation of that speaker: the invitation is the turn."""
    if last.cue is None or invite.cue is None or not invite.cue.name:
        return False
    return invite.cue.name in last.norm and _SPEAKER_TOLD.search(last.norm) is not None


def _same_person(name: str, said: str) -> bool:
    """巩晓梅 / 巩老师 / 巩晓梅老师 / 巩院长: the name itself, or its surname and a title."""
    said = said.strip()
    if said.startswith(name):
        return True
    surname = name[: max(1, len(name) - 2)]
    rest = said[len(surname) :]
    return said.startswith(surname) and bool(rest) and _ADDRESS.fullmatch(rest) is not None


def _invited_next(state: ParseState, k: int, name: str | None) -> bool:
    """Whether the unit after `k` (past directions) is a cue for the person `name` introduces."""
    if name is None:
        return False
    for u in state.units[k + 1 : k + 3]:
        if u.role == "direction":
            continue
        return u.role == "cue" and u.cue is not None and u.cue.name == name
    return False


def _heads_the_next(state: ParseState, k: int, name: str | None) -> bool:
    """Whether the numbered line at `k` heads the request for someone else right after it."""
    if not P.HEADING.match(state.units[k].norm):
        return False
    after = next((u for u in state.units[k + 1 : k + 3] if u.role != "direction"), None)
    asked = after.cue if after is not None and after.role == "cue" else None
    return asked is not None and has_surname(asked.name or "") and asked.name != name


def _for_the_act_told(cue: Cue, told: tuple[str, str] | None) -> Cue:
    """有请两位嘉宾上台，共同启动…。有请梁家豪先生、陈咏欣女士。: a bare invitation right after
    the act was told is that act, one step, by the first one named."""
    if told is None or told[0] != "action" or cue.verb or cue.kind != "speech":
        return cue
    name, role = cue.people[0] if cue.people else (cue.name, cue.role)
    return Cue(name, role, "action", cue.group and not cue.people, cue.start, told[1])


def _turns_in_order(state: ParseState) -> None:
    """首先由…姜学敏发言；接下来是…万婷婷；第三位是…韩守信； / 请各学科备课组长分别作指导：
    1. 语文备课组长倪红老师； 2. …: lines that name only the next person are the next turns,
    of the kind the turn or the sentence before them told."""
    told: tuple[str, str] | None = None
    for k, u in enumerate(state.units):
        if u.role == "cue" and u.cue is not None:
            u.cue = _for_the_act_told(u.cue, told)
            told = (u.cue.kind, u.cue.verb)
            continue
        cue = _next_in_order(u.norm, told) if u.role == "text" else None
        if cue is not None and _invited_next(state, k, cue.name):
            continue  # …黎文静女士。黎女士扎根公益…。 then 有请黎文静秘书长分享: one turn, the next
        if cue is not None and _heads_the_next(state, k, cue.name):
            continue  # （三）项目部代表 then 请…项目经理廖俊同志作表态发言: a sub-heading over him
        if cue is not None:
            u.role, u.cue = "cue", cue
            state.decide(u, "listed_turn", cue.name or "")
            told = told or (cue.kind, cue.verb)
            continue
        cue = _named_on_its_own(state, k) if u.role == "text" else None
        if cue is not None:  # 第二项：合作方代表致辞。 then 江东水利水电大学副校长  萧长庚
            u.role, u.cue = "cue", cue
            state.decide(u, "listed_turn", cue.name or "")
            continue
        said = _TURNS_TOLD.search(u.norm[-80:]) if u.norm.endswith("：") else None
        heading = P.HEADING.match(u.norm) if u.line_start and not said else None
        said = said or (_ACT_ANNOUNCED.search(u.norm) if heading else None)
        if not said and u.role == "text" and item_number(u.norm):
            said = _TURNS_TOLD.search(u.norm)  # 会议进行第二项，党员个人对照检查…依次进行
        if u.role == "text" and said:  # 述职顺序为： / 四、获奖代表发言 then 1．导师代表褚文涛（…）
            told = ("speech", said.group())
        elif u.role != "direction" and not _HOW_LONG.match(u.norm):
            told = None  # (…对照检查。每人5分钟。 then 请郭建明同志。: how long, the turns go on)


_HOW_LONG = re.compile(
    r"^\s*+(?:每人|每位|各人|时间)[^。！？]{0,16}?分钟[^。！？]{0,6}?[。！]?\s*+$"
)
"""每人5分钟。 / 各人控制在三分钟。: how long each turn runs, said between the turns."""
_NAME_LINE = re.compile(
    r"^\s*+(?P<who>[\u4e00-\u9fff、（）][\u4e00-\u9fff、（） ]{1,34}?)\s*+(?:同志|先生|女士)?\s*+$"
)
_ACT_ANNOUNCED = re.compile(r"(?P<verb>" + SPEECH_VERBS + "|" + ACTION_VERBS + r")[。！]?\s*+$")


def _named_on_its_own(state: ParseState, k: int) -> Cue | None:
    """仪式进行第二项：合作方代表致辞。 then a line holding only 江东水利水电大学副校长  萧长庚: an
    item announcing a turn with nobody asked, and the next line only a post and a name, is
    that person's turn."""
    u = state.units[k]
    m = _NAME_LINE.match(u.text) if u.line_start and k > 0 else None
    before = state.units[k - 1]
    if m is None or before.cue is not None or not item_number(before.norm):
        return None
    act = _ACT_ANNOUNCED.search(before.norm)
    if act is None:
        return None
    name, role = split_name(re.sub(r"\s+", "", m.group("who")))
    if not name or name == m.group("who") or not names_a_person(name):
        return None
    kind: CueKind = "action" if re.fullmatch(ACTION_VERBS, act.group("verb")) else "speech"
    return Cue(name, role, kind, False, 0, act.group("verb"))


# --- 4. overview ---------------------------------------------------------------------------


def _clause(text: str) -> str:
    """The first sentence of `text`, without the punctuation around it."""
    text = text.strip(" ，、：；,;:")
    m = re.search(r"[。！？!?]|(?<=[\u4e00-\u9fff）》”])\.(?![0-9])", text)
    if m:
        text = text[: m.start()]
    return text.strip(" ，、：；。,;:")


def _entries(norm: str, text: str, first: int = 1) -> list[str]:
    """Titles listed as 一是…二是… / 第一项… / 一、… / （一）… / 1. … in sequence."""
    marks: list[tuple[int, int]] = []
    expected = first
    for m in P.ENTRY.finditer(norm):
        n = cn_number(next(g for g in m.groups() if g))
        if n == expected:
            marks.append((m.start(), m.end()))
            expected += 1
    titles: list[str] = []
    if len(marks) < 2:
        marks = _run_together(norm) or marks
    if not marks:  # 有三项议程：甲；乙；丙。 — the entries apart only by semicolons
        clauses = [c for c in re.split(r"[；;]", _first_sentence_run(text)) if c.strip()]
        return [_clause(c) for c in clauses] if len(clauses) >= 2 else []
    for i, (_start, end) in enumerate(marks):
        stop = marks[i + 1][0] if i + 1 < len(marks) else len(text)
        words = re.split(r"[；;]", text[end:stop])[0]
        if norm[end - 1 : end] not in ("、", "，", "：", "）", "．", ".", "是"):
            words = _TOLD_AS.sub("", words)  # 第一部分为开幕致辞, not 六、为新任命的…颁发任命书
        titles.append(_clause(words))
    last = _LAST_ENTRY.match(text, marks[-1][1])
    if last:  # 第一部分为…；第二部分为…；最后是… : the unnumbered last entry counts too
        titles.append(_clause(last.group("t")))
    return titles


_TOLD_AS = re.compile(r"^\s*+(?:为|是|為)(?=\S)")
"""第一部分为开幕致辞: the title after the 为 that joins it to its number (with no stop between)."""
_LAST_ENTRY = re.compile(
    r"[^；;。！？!?]*[；;]\s*+(?:最后|最後)(?:一项|一个环节)?(?:是|为|為)?[，：,:]?(?P<t>[^；;。！？!?]{1,30})[。！!]"
)
"""…；第三项为圆桌对话；最后是项目路演。 — a last entry told by 最后 in the same sentence."""


_RUN_STYLES = ("{c}、", "（{c}）", "（{d}）", "{d}、", "{d}.")
"""How entries run together are numbered: 一、 （一） （1） 1、 1."""


def _run_together(norm: str) -> list[tuple[int, int]]:
    """一、甲二、乙三、丙 / （1）甲（2）乙: entries run together with nothing between them,
    found in order, in the way of numbering that finds most."""
    best: list[tuple[int, int]] = []
    for style in _RUN_STYLES:
        marks: list[tuple[int, int]] = []
        at = 0
        for n in range(1, 10):
            mark = style.format(c="一二三四五六七八九"[n - 1], d=n)
            found = norm.find(mark, at, at + 200)
            if found < 0:
                break
            marks.append((found, found + len(mark)))
            at = found + len(mark)
        if len(marks) > len(best):
            best = marks
    return best if len(best) >= 2 else []


_LIST_APART = re.compile(r"[、，,]|(?:以及|及|和)(?=[^、，,]{1,12}$)|(?<=”)(?=“)")
"""Where listed titles part: 、 and the last 和, or nothing between quoted ones (“致辞篇”“荣耀篇”)."""


def _listed(text: str, promised: int | None) -> list[str]:
    """分为四个篇章：领导致辞、年度颁奖、文艺表演和幸运抽奖: short titles apart by 、 (the
    last by 和), taken only when they are exactly as many as the count promises (有这么几项内容：
    promises no count: two to eight)."""
    run = _first_sentence_run(text)
    run = re.split(r"(?<=[\u4e00-\u9fff])\.(?![0-9])", run)[0]
    told = _PLAN_APART.split(run) if re.match(r"\s*+(?:首先|先)(?:请|由)", run) else []
    raw = [p.strip() for p in (told if len(told) > 1 else _LIST_APART.split(run)) if p.strip()]
    parts = [_THEN.sub("", p) for p in raw]
    parts = [p[1:-1] if re.fullmatch(r"“[^“”]+”", p) else p for p in parts]  # “致辞篇”
    counted = len(parts) == promised if promised else 2 <= len(parts) <= 8
    longest = 30 if raw and all(_THEN.match(p) for p in raw) else 16  # 首先由…，然后…
    if not counted or any(len(p) > longest or not p for p in parts):
        return []
    return parts


_THEN = re.compile(r"^(?:(?:首先|其次|然后|接着|再次|最后|先|再)(?:是|请|由)?|还有)")
_PLAN_APART = re.compile(r"[，；](?=(?:再|然后|接着|其次|随后|最后)(?:请|由|是)?)")
"""先请局里通报…，再请各位代表谈想法、提建议，最后请…讲话: a plan's steps, apart only where the
next one is told (its 、 inside a step)."""


def _first_sentence_run(text: str) -> str:
    """The text up to the first 。 (semicolons kept), after a leading colon."""
    text = text.lstrip(" ：:，,")
    m = re.search(r"[。！？!?]", text)
    return text[: m.start()] if m else text


_ONE = re.compile(r"只有一项|(?:共有|共|有)一(?:项|个)")
"""预备会议只有一项任务: one thing to do, not an agenda to count items by."""


_A_YEARS_PLAN = re.compile(r"(?:今年|全年|本年度?|年度)(?:(?!大会|会议)[^，。；！？]){0,10}?$")
"""今年县政协确定的协商议题 before 共有8项: the year's plan (今年大会的事情有四件 is the meeting's)."""


def _overview_candidate(state: ParseState, stop: int) -> tuple[int, re.Match[str]] | None:
    """The unit announcing the agenda: 议程 wording beats 任务, 阶段 and 部分 (主要任务有两项,
    分两个阶段进行 and 分为两个部分 are not the agenda when its items are counted too)."""
    found: list[tuple[int, re.Match[str]]] = []
    for i in range(len(state.units[:stop])):
        u = state.units[i]
        if u.role in ("chrome", "title") or item_number(u.norm):
            continue
        m = P.OVERVIEW.search(u.norm)
        if u.role == "direction" and (_is_direction(u.norm) or not m or m.start() > 24):
            continue  # …共有四项议程：一、全体起立，奏唱国歌；…: an overview, not a request
        if m and _A_YEARS_PLAN.search(u.norm, max(0, m.start() - 16), m.start()):
            continue  # 今年县政协确定的协商议题共有8项: the year's plan, not this meeting's
        if m and not _ONE.search(u.norm[max(0, m.start() - 2) : m.end()]):
            found.append((i, m))
    if not found:
        return None
    agenda = [f for f in found if f[1].group("w") not in ("任务", "阶段", "部分")] or found
    counted = [f for f in agenda if _counts_the_agenda(f[1])]
    if counted and not _counts(agenda[0][1]):
        return counted[0]  # 日程安排是：上午…；下午… then 本次会议共有七项议程：一、…
    return agenda[0]


_COUNT_GROUPS = ("n", "k", "j", "h", "p", "g", "s", "v", "t")
"""The groups of `P.OVERVIEW` that hold a count (共有三项 / 议程有三个 / 安排三个方面…)."""


def _count_of(m: re.Match[str]) -> str | None:
    """The count an overview's match says, as written, if it says one."""
    return next((m.group(g) for g in _COUNT_GROUPS if m.group(g)), None)


def _counts(m: re.Match[str]) -> bool:
    return _count_of(m) is not None


def _counts_the_agenda(m: re.Match[str]) -> bool:
    """共有七项议程 / 议程共三项: a count of the agenda itself, by its name."""
    return _counts(m) and "议程" in m.group()


def find_overview(state: ParseState) -> None:
    """Pass 4: the agenda overview and the titles it promises."""
    units = state.units
    first_strong = next(
        (
            i
            for i, u in enumerate(units[: state.body_end])
            if (found := item_number(u.norm)) and found[1]
        ),
        state.body_end,
    )
    candidate = _overview_candidate(state, first_strong)
    if candidate is None:
        _plan(state, first_strong)
        return
    _read_overview(state, *candidate)


_NO_ENTRY = re.compile(r"进行|举行|开展|展开|完成|组成|构成")
"""分三个篇章进行: a verb where an overview's first entry would be, so it names none."""


def _read_overview(state: ParseState, at: int, m: re.Match[str]) -> None:
    """The count and the titles of the overview at unit `at` (`m` its match)."""
    units = state.units
    state.overview_at.add(at)
    units[at].role = "overview"
    units[at].cue = None
    count = _count_of(m)
    state.promised = cn_number(count) if count else None
    state.titles = _entries(units[at].norm[m.end() :], units[at].text[m.end() :])
    if m.group("pre") and state.promised:  # 分为开幕致辞、主旨演讲和圆桌对话三个环节
        pre = units[at].text[m.start("pre") : m.end("pre")]
        quoted = re.findall(r"“([^“”]+)”", pre)  # 分为“回顾”“荣耀”“欢聚”三个篇章
        whole = len(quoted) == state.promised and re.fullmatch(r"(?:\s*+“[^“”]+”)+\s*+", pre)
        state.titles = quoted if whole else _listed(pre, state.promised)
    elif not state.titles and (state.promised or m.group("few") or m.group().endswith("：")):
        state.titles = _listed(units[at].text[m.end() :], state.promised)
    if state.titles and _NO_ENTRY.fullmatch(state.titles[0].strip()):
        state.titles = []  # 分三个篇章进行，中间穿插…: how it runs, no entries named
    if not state.titles:
        _overview_lines(state, at)
    if not state.titles:
        _overview_by_steps(state, at, m.end())
    _overview_goes_on(state, at)
    _first_part_counted(state, at)
    last = max(state.overview_at)
    after = last + 1
    if after < state.body_end and _TOLD_FOR_LATER.search(units[last].norm):
        if not units[after].line_start:  # …其次，宣布学员管理规定。开班式后，进行第一讲专题辅导。
            units[after].role, units[after].cue = "overview", None  # what comes after: no item
            state.overview_at.add(after)


_PART_COUNTED = re.compile(
    r"^\s*+(?P<part>[^，。；：！？\s]{2,8}?)(?:共|一共)?有\s*+(?P<n>[二两三四五六七八九])\s*+项"
    r"(?:内容|议程|议题)?[：:]"
)
"""开幕式有三项内容： after the overview of the parts: the first part's own count."""


def _first_part_counted(state: ParseState, at: int) -> None:
    """本次论坛分为开幕式、主旨演讲、圆桌对话三个环节。开幕式有三项内容：一是…；二是…；三是…。: the
    first part's own items, counted and named right after, are the items before the other parts."""
    titles, after = state.titles, max(state.overview_at) + 1
    if not (2 <= len(titles) == state.promised) or after >= state.body_end:
        return
    unit = state.units[after]
    m = _PART_COUNTED.match(unit.norm)
    if m is None or m.group("part") != titles[0].strip():
        return
    entries = _entries(unit.norm[m.end() :], unit.text[m.end() :])
    if len(entries) != cn_number(m.group("n")):
        return
    state.titles = [*entries, *titles[1:]]
    state.promised = len(state.titles)
    state.overview_at.add(after)
    unit.role, unit.cue = "overview", None


_STEP_WORD = re.compile(
    r"(?:^|(?<=[；;。，]))\s*+(?:首先|其次|接下来|接着|然后|再次|最后|[先再](?=由|请))[，,：:]?\s*+"
)


def _overview_by_steps(state: ParseState, at: int, end: int) -> None:
    """主要有这么几项内容：首先，由我…；接下来，请…；然后，请…；最后，大家自由交流。: the
    overview's entries told by the words that move the meeting on, its line cut at each ；."""
    units = state.units
    span = [at]
    while (
        span[-1] + 1 < state.body_end
        and not units[span[-1] + 1].line_start
        and units[span[-1] + 1].line == units[at].line
    ):
        span.append(span[-1] + 1)
    norm = units[at].norm[end:] + "".join(units[k].norm for k in span[1:])
    text = units[at].text[end:] + "".join(units[k].text for k in span[1:])
    if len(norm) != len(text):
        return
    marks = list(_STEP_WORD.finditer(norm))
    if marks and marks[0].start() > 0 and not norm[: marks[0].start()].strip("。"):
        # 共有三项议程。先由…，再请…，最后请…。: the entries in the sentence after the count
        own = len(units[at].norm) - end  # (the overview's own unit, not the lines after it)
        stop = norm.find("。", marks[0].start())
        stop = own if stop < 0 else stop
        marks = [m for m in marks if m.start() < stop] if stop <= own else []
        span = [at]
    elif marks and marks[0].start() > 0:
        return
    if len(marks) < 2:
        return
    bounds = [*(m.start() for m in marks[1:]), len(text)]
    state.titles = [
        _clause(re.split(r"[；;。]", text[m.end() : stop])[0])
        for m, stop in zip(marks, bounds, strict=True)
    ]
    state.promised = len(state.titles)
    for k in span:
        state.overview_at.add(k)
        units[k].role, units[k].cue = "overview", None


_TOLD_FOR_LATER = re.compile(r"[。；！]\s*+[^，。；！？]{1,10}?(?:后|之后|结束后)[，]\s*+$")
"""开班式后，进行第一讲 in the overview's paragraph: what follows the meeting, told ahead."""


def _overview_goes_on(state: ParseState, at: int) -> None:
    """一是…；二是…； on one line, 三是…；四是… on the next (a hard break after a semicolon):
    the entries the count promised go on in the units after the overview. Without a count,
    主要议程有：A；B；C；请督导组领导讲话。 ends on its own line: the last entry is one too."""
    last = state.units[at + 1] if at + 1 < state.body_end else None
    if (
        not state.promised
        and state.titles
        and last is not None
        and not last.line_start
        and last.line == state.units[at].line
        and state.units[at].norm.rstrip().endswith("；")
    ):
        state.titles.append(_clause(re.sub(r"^\s*+请", "", last.text)))
        last.role, last.cue = "overview", None
        state.overview_at.add(at + 1)
        return
    j = at + 1
    while state.promised and 0 < len(state.titles) < state.promised and j < state.body_end:
        u = state.units[j]
        entry = P.ENTRY.match(u.norm)
        n = len(state.titles) + 1
        if not entry or cn_number(next(g for g in entry.groups() if g)) != n:
            return
        more = _entries(u.norm, u.text, n)
        if not more:
            return
        state.titles += more
        u.role, u.cue = "overview", None
        state.overview_at.add(j)
        j += 1


_PLAN_HEAD = re.compile(
    r"(?:^|[。！])\s*+(?:今天|本次)[^，。；！？]{0,12}?[，]?\s*+(?:我们)?先[^。！？]*$"
)
_PLAN = re.compile(
    r"(?:^|[。！])\s*+(?:今天|本次)[^，。；！？]{0,12}?[，]?\s*+(?:我们)?先(?P<a>[^，。；！？]{2,30})"
    r"[，](?:[^。；！？]{0,30}?[，])?(?:然后|再)(?P<b>[^，。；！？]{2,30})[。；！]"
)
"""今天的座谈会，我们先请大家自由交流，…，再请团市委书记讲话。: an overview told as a plan."""


_PLAN_START = re.compile(
    r"(?:^|[。！])\s*+(?:今天|本次)[^，。；！？]{0,12}?[，]?\s*+(?:我们)?(?=先|首先[^，。；！？]{4,40}；)"
    r"|(?:安排|程序|流程)(?:是|为)?(?:这样的|这样|如下)?[：:]\s*+(?=首?先)"
    r"|有(?:这样|以下)?几项(?:安排|程序)[，：:]\s*+(?=先)"
    r"|(?:顺序|程序|步骤)进行[。：:]\s*+(?=先)"
    r"|(?:这样|以下|如下)(?:几个|的)?(?:环节|步骤|程序)进行[：:]\s*+(?=首先|先)"
)
"""今天的仪式，先… / 座谈会的安排是这样的：先… / 会议有这样几项安排，先… / …按照先汇报、再座谈、
最后讲话的顺序进行。先由… / 按这样几个环节进行：首先…；接着…: where a plan told as 先…再…最后…
begins."""
_ORDER_TOLD = re.compile(r"(?:顺序|程序|步骤)进行[。：:]\s*+$")
_ACT_OR_TALK = SPEECH_VERBS + "|" + ACTION_VERBS
_PLAN_STEP = re.compile(r"(?:首先|先|再|然后|接着|随后|之后|最后)[，]?")
_PLAN_END = re.compile(r"[。！？]|；(?!\s*+(?:再|然后|接着|随后|之后|最后))")


def _plan_steps(norm: str, text: str) -> list[str]:
    """今天的仪式，先请…致辞，再请…发言，然后举行揭牌和授牌，最后请大家参观…。: the steps of a plan
    told as 先…再…然后…最后…, three or more, each after its word (the text as written)."""
    for start in _PLAN_START.finditer(norm):
        parts = _steps_from(start.end(), norm, text)
        if parts:
            return parts
    return []


def _steps_from(at: int, norm: str, text: str) -> list[str]:
    """The plan's steps from `at` to the end of its sentence, if three or more: a step per
    clause where ； parts them (先由…汇报…；再请大家座谈发言，提意见；最后请…)."""
    end = _PLAN_END.search(norm, at)
    stop = end.start() if end else len(norm)
    parts: list[str] = []
    told_in = norm[at:stop]
    separator = "；" if "；" in told_in else "[，；]"
    for piece in re.split(separator, told_in):
        step = _PLAN_STEP.match(piece)
        if step is None or not piece[step.end() :]:
            return []
        told = text[at + step.end() : at + len(piece)]
        if separator == "；":  # 再请企业家代表发言，大家敞开谈，…；: the step, not what it is for
            told = told.split("，")[0] if told.find("，") > 1 else told
        both = told.split("、")
        if len(both) == 2 and all(re.search(_ACT_OR_TALK, normalise(b)) for b in both):
            parts.extend(both)  # 然后签订责任书、员工代表宣誓: two steps told as one
        else:
            parts.append(told)
        at += len(piece) + 1
    return parts if len(parts) >= 3 else []


def _plan(state: ParseState, stop: int) -> None:
    """Two items promised as what comes first and what then, when no overview counts them."""
    units = state.units
    for i, u in enumerate(units[:stop]):
        if u.role in ("chrome", "title") or item_number(u.norm):
            continue
        span = [i]  # …然后举行揭牌和授牌， then 最后请大家参观…。 cut off as a unit of its own
        if i and _ORDER_TOLD.search(units[i - 1].norm) and u.norm.lstrip().startswith("先"):
            span = [i - 1, i]  # …按照先汇报、再座谈、最后讲话的顺序进行。 then 先由…；再请…；
        end = u.norm.rstrip()[-1:]
        head = "".join(units[k].norm for k in span)
        goes_on = end == "，" or (end == "；" and _PLAN_START.search(head) is not None)
        while (
            goes_on
            and span[-1] + 1 < stop
            and (
                not units[span[-1] + 1].line_start
                or re.match(r"\s*+最后[，]?(?:请|由|是)", units[span[-1] + 1].norm)
            )
        ):  # (…然后请…回应， then 最后请… on the next line: the plan's last step)
            span.append(span[-1] + 1)
            if units[span[-1]].norm.rstrip()[-1:] not in "，；":
                break
        norm = "".join(units[k].norm.strip() for k in span)
        text = "".join(units[k].text.strip() for k in span)
        parts = _plan_steps(norm[:400], text[:400])
        m = _PLAN.search(u.norm[:300]) if not parts else None
        if m is None and not parts:
            continue
        parts = parts or [u.text[m.start(g) : m.end(g)] for g in ("a", "b")]  # type: ignore[union-attr]
        state.titles = [  # (请…泽仁拉姆副部长和扎西顿珠县长讲话: both names kept, either opens it)
            ("和" not in p and turn_title(p)) or re.sub(r"^(?:请|由)(?:大家)?", "", p)
            for p in parts
        ]
        state.promised = len(parts)
        state.plan = True
        for k in span if len(parts) > 2 else [i]:
            state.overview_at.add(k)
            units[k].role, units[k].cue = "overview", None
        return


def _goes_on(before: str, text: str) -> bool:
    """Whether `text` is the rest of an overview entry `before` broken mid-line (no stop at the
    break, and the rest short and ending as an entry does)."""
    before, text = before.rstrip(), text.strip()
    return (
        len(before) >= 24  # a line as wide as the page, cut where the page ended
        and before[-1] not in "；;。：:！？"
        and len(text) <= 60
        and text[-1:] in "；;。"
        and not re.match(r"[（(]?[一二三四五六七八九十0-9]{1,2}[）)、.．]", text)
        and not re.match(P.LEAD + r"(?:请|由|有请)", text)
        and not item_number(normalise(text))
    )


def _numbering_goes_on(state: ParseState, j: int, n: int, kind: str | None = None) -> bool:
    """Whether a later line at a line's start goes on with entry number `n` (二、 after
    一、 and its words) numbered the same way: then the entries were headings, not a list
    (a list of people 1. 2. … under 第一项 goes on with nothing)."""
    for u in state.units[j + 1 : state.body_end]:
        entry = P.ENTRY.match(u.norm)
        if not entry or not u.line_start or kind is not None and entry.lastgroup != kind:
            continue
        number = cn_number(next(g for g in entry.groups() if g))
        if number == 1:
            return False  # 1.请…委员发言 … 5.请…: a list of its own numbered from 1 again
        if number == n:
            return not item_number(u.norm)
    return False


def _host_entry(norm: str) -> tuple[re.Match[str] | None, int]:
    """An overview entry on a line one of two hosts reads (女：第一项，…): the entry and where
    the host's mark ends."""
    host = P.HOST_LINE.match(norm)
    at = host.end() if host else 0
    return P.ENTRY.match(norm[at:]), at


def _overview_lines(state: ParseState, at: int) -> None:
    """Entries on units of their own after the overview (1、… 2、…), when items follow them."""
    units = state.units
    j = at + 1
    titles: list[str] = []
    kind: str | None = None
    while j < state.body_end:
        if units[j].role == "chrome" and titles:
            j += 1  # - 1 - between two entries: the page turns, the list goes on
            continue
        entry, host = _host_entry(units[j].norm)
        if not entry and titles and _goes_on(units[j - 1].text, units[j].text):
            titles[-1] = _clause(re.split(r"[；;]", titles[-1] + units[j].text)[0])
            j += 1  # （二）听取…《中华人民共和国传染 / 病防治法》…报告；: an entry broken mid-line
            continue
        if not entry or cn_number(next(g for g in entry.groups() if g)) != len(titles) + 1:
            break
        kind = entry.lastgroup
        inline = _entries(units[j].norm, units[j].text, len(titles) + 1) if not host else []
        if len(inline) >= 2:  # 一是宣读表彰决定；二是颁奖；三是…: the entries on one line
            titles.extend(inline)
            j += 1
            continue
        words = units[j].text[host + entry.end() :]
        if not words.strip() and j + 1 < state.body_end:
            j += 1  # （4） then 请镇领导讲话。 cut off as a cue of its own: the entry's words
            words = units[j].text
        titles.append(_clause(re.split(r"[；;]", words)[0]))
        j += 1
    if not titles or _numbering_goes_on(state, j, len(titles) + 1, kind):
        return  # 一、传达…（its words）二、…: headings with the chair's words, not a list
    later = [item_number(u.norm) for u in units[j : state.body_end] if not _PART_RUN.match(u.norm)]
    later_numbers = [f[0] for f in later if f]
    headings_after = sum(
        1 for u in units[j : state.body_end] if P.HEADING.match(u.norm) and u.line_start
    )
    listed = [k for k in range(at + 1, j) if units[k].role != "chrome"]
    listed_as_items = any(item_number(units[k].norm) for k in listed) or all(
        units[k].role == "cue" and units[k].norm.rstrip().endswith("。") for k in listed
    )  # 第一，请…讲话。第二，请…: each entry a turn run in full, the items themselves
    announced = bool(re.search(r"(?:[：:]|如下)$", units[at].norm.rstrip("。 ")))
    if listed_as_items and later_numbers and later_numbers[0] == len(titles) + 1:
        return  # 仪式共三项： then 第一项，奏唱国歌。 … 第二项，…: the items run, counted on
    if (
        listed_as_items
        and not announced
        and not (later_numbers and later_numbers[0] <= len(titles))
    ):
        return  # 第一项，请…: the items themselves, not a list of them
    if (
        later_numbers
        or headings_after >= 2
        or announced  # 议程如下： and the list right under it
        or kind == "e"  # 1、传达文件精神 2、请书记讲话: numbers a list, not the body's headings
        or not all(P.HEADING.match(units[k].norm) for k in listed)
    ):
        state.titles = titles
        for k in listed:
            units[k].role = "overview"
            units[k].cue = None
            state.overview_at.add(k)


# --- 5. items ------------------------------------------------------------------------------


def find_items(state: ParseState) -> None:
    """Pass 5: the agenda items, by number, by heading, or by the overview's titles."""
    _numbered_items(state)
    _numbering_changes_style(state)
    if state.plan and len(state.items_at) > (state.promised or 0):
        state.titles, state.promised = [], None  # 先集中开会，然后到班级: parts, not the items
    _parts_not_items(state)
    numbered, titles = dict(state.items_at), list(state.titles)
    state.items_at.clear()
    _heading_items(state)
    if len(state.items_at) <= len(numbered):  # headings only where they name more items
        _undo_headings(state)
        state.items_at.update(numbered)
        state.titles = titles
    if not state.items_at and len(state.titles) >= 2:
        _anchored_items(state)
    _listed_and_run(state)
    if not state.titles:
        _tagged_items(state)
    if not state.items_at and state.promised and not state.titles:
        _entries_run(state)
    _steps_before_the_lectures(state)
    only_last = _only_the_last_numbered(state)
    if not state.items_at or only_last:
        _stepped_items(state)
        if only_last and len(state.items_at) <= 1:
            state.items_at = only_last
    if state.items_at:
        _run_before_the_close(state)
        _sitting_before(state)
        _part_before_the_items(state)
        _opening_above_the_headings(state)
        _opening_and_close_tags(state)
        _unnumbered_first_item(state)
        _unnumbered_first_two(state)
        if not _sitting_runs_these(state):
            _unnumbered_last_items(state)
            _part_after_the_last(state)
            _reconcile(state)
            _numbered_gap(state)
        _leaders_act_after_the_last(state)


_LEADERS_ALL = re.compile(r"领导|嘉宾|来宾")
_LEADERS_ACT = re.compile(r"培土|奠基|剪彩|植树|挥锹|揭牌|揭幕|启动|按下|开启")


def _leaders_act_after_the_last(state: ParseState) -> None:
    """…第五项，请市长…讲话，并宣布…正式通车！ then 请各位领导和嘉宾移步彩带前，为通车剪彩: the
    leaders present asked to join an act after the last one's named act is a step of its own."""
    last_at = max(state.items_at)
    n = state.items_at[last_at]
    if state.headings or state.promised and state.promised <= n or 0 < len(state.titles) <= n:
        return  # (仪式有五项议程 and the fifth run, or the headings or the overview all run:
        # they hold the act in the last item)
    named_act = False
    for k in range(last_at, state.body_end):
        unit = state.units[k]
        if k > last_at and (P.CLOSING.search(unit.norm) or k in state.items_at):
            return
        cue = unit.cue if unit.role == "cue" else None
        if cue is None:
            continue
        if cue.name and not cue.group and (cue.kind == "action" or _THEN_ACTS.search(unit.norm)):
            named_act = True  # (…讲话，并宣布…正式通车: his speech, then his act)
        elif (
            named_act
            and cue.kind == "action"
            and cue.group
            and not cue.name
            and _LEADERS_ALL.search(cue.role or "")
            and _LEADERS_ACT.search(cue.verb or "")
        ):
            state.items_at[k] = n + 1
            state.decide(unit, "unnumbered", str(n + 1))
            return


def _steps_before_the_lectures(state: ParseState) -> None:
    """首先，请…。下面，请…。最后，请…。开班式到此结束。 then 今天上午的第一讲，…: the opening's
    steps, run without numbers before its close, are the items before the lectures found after
    it."""
    lectures = sorted(state.items_at)
    if not lectures or state.titles or state.promised:
        return
    if not all(_lecture_number(state.units[i].norm) for i in lectures):
        return
    close = next(
        (
            i
            for i in range(lectures[0] - 1, -1, -1)
            if _CEREMONY_CLOSED_FIRST.match(state.units[i].norm)
        ),
        None,
    )
    if close is None:
        return
    body_end = state.body_end
    state.items_at, state.body_end = {}, close
    _stepped_items(state)
    steps = sorted(state.items_at)
    state.body_end = body_end
    state.items_at = {i: n for n, i in enumerate([*steps, *lectures], start=1)}


def _listed_and_run(state: ParseState) -> None:
    """开班仪式有以下几项： then 第一项，请…介绍…。 第二项，请…发言。: the list under the count is
    the agenda run, each line its item's request, when nothing else opens these items (a
    lecture after the close, 下面开始第一讲, comes after them)."""
    lines = sorted(k for k in state.overview_at if P.OVERVIEW.search(state.units[k].norm) is None)
    numbers = [found[0] if (found := item_number(state.units[k].norm)) else None for k in lines]
    if lines and lines[0] - 1 in state.overview_at and _counts_and_runs(state.units[lines[0] - 1]):
        # 有三项议程：第一项，请…。 then 第二项，请…。: the items run from the count's own unit
        lines.insert(0, lines[0] - 1)
        numbers.insert(0, 1)
    if len(lines) < 2 or numbers != list(range(1, len(lines) + 1)):
        return
    _drop_elided_run(state, lines[-1])
    if any(n <= len(lines) or i < lines[-1] for i, n in state.items_at.items()):
        return
    for n, k in enumerate(lines, start=1):
        unit = state.units[k]
        cue = find_cue(unit.norm)
        unit.role, unit.cue = ("cue", cue) if cue is not None else ("text", None)
        state.overview_at.discard(k)
        state.items_at[k] = n
        state.decide(unit, "listed_and_run", str(n))


def _counts_and_runs(unit: Unit) -> bool:
    """开班式有三项议程：第一项，请…介绍…。: the count, and the first item run after its colon."""
    count = P.OVERVIEW.search(unit.norm)
    if count is None:
        return False
    first = re.match(r"[^：:。]{0,4}[：:]\s*+第一项[，、：]", unit.norm[count.end() :])
    cue = find_cue(unit.norm[count.end() :]) if first else None
    return cue is not None and bool(cue.name) and not cue.group


def _drop_elided_run(state: ParseState, after: int) -> None:
    """…第四项，请县长…讲话。 then 下面进行第一项…… and the close: the list says the whole
    agenda, and the one item announced after it leaves its running out; it opens nothing."""
    run = [i for i in state.items_at if i > after]
    if len(run) != 1 or state.items_at[run[0]] != 1:
        return
    unit = state.units[run[0]]
    rest = unit.norm[item_end(unit.norm) :]
    if not _ELIDED.fullmatch(rest.strip(" 。，：:")) or any(
        state.units[k].role == "cue" for k in range(run[0], state.body_end)
    ):
        return
    del state.items_at[run[0]]
    unit.role, unit.cue = "text", None


_RUN_ENTRY = re.compile(r"^\s*+(?P<n>[一二三四五六七八九十]{1,3})是[，：、]?")


def _entries_run(state: ParseState) -> None:
    """会议有四项议程。 then 一是，请站长…讲话。…… 二是，请…: the overview counted the items and
    named none; lines that open 一是, 二是 … in order, with the chair's words between them,
    are the items run."""
    start = max([*state.overview_at, -1]) + 1
    found: dict[int, int] = {}
    for i in range(start, state.body_end):
        u = state.units[i]
        m = _RUN_ENTRY.match(u.norm) if u.line_start else None
        if m and cn_number(m.group("n")) == len(found) + 1:
            found[i] = len(found) + 1
    if len(found) == state.promised and len(found) >= 2:
        gaps = sorted(found)
        if all(b - a >= 2 for a, b in zip(gaps, gaps[1:], strict=False)):
            for i, n in found.items():
                state.items_at[i] = n
                entry = _RUN_ENTRY.match(state.units[i].norm)
                state.item_titles[i] = _clause(state.units[i].text[entry.end() :]) if entry else ""
                state.decide(state.units[i], "anchored", str(n))


def _next_turn_moves_on(state: ParseState, at: int) -> bool:
    """The next turn after `at` is asked with a word that moves the meeting on (接下来，请…):
    the item at `at` held one turn (a room's turn between keeps the next request in it)."""
    nxt = next((k for k in range(at + 1, state.body_end) if state.units[k].role == "cue"), None)
    return nxt is not None and _STEP_AHEAD.match(state.units[nxt].norm) is not None


def _only_the_last_numbered(state: ParseState) -> dict[int, int]:
    """最后一项，有请… the only number in a script run by 首先 / 接下来, or 进行会议第一项议程 (one
    person's turn, the next turn asked with 接下来) the only one: no more evidence than the
    words that move it on; the items found so far, cleared, when so."""
    found = dict(state.items_at)
    if len(found) != 1 or state.headings:
        return {}
    (at,) = found
    number = item_number(state.units[at].norm)
    first = (
        number is not None
        and number[0] == 1
        and not state.titles
        and not state.promised
        and _one_named_turn(state.units[at])  # (…第一项，请上级领导讲话。首先，请…: its turns)
        and _next_turn_moves_on(state, at)
    )
    if number != (-1, False) and not first:
        return {}
    state.items_at.clear()  # (进行会议第一项议程 and no number after it: the same)
    return found


_PART = re.compile(P.LEAD + r"第\s*+[一二三四五六七八九十0-9]{1,3}\s*+(?:个)?(?:篇章|乐章|板块)")


def _parts_not_items(state: ParseState) -> None:
    """颁奖分为…五个篇章。第一篇章：助人为乐 under an overview of 四项议程: numbered parts of
    one item, not the agenda, when they are not as many as the overview promises."""
    found = list(state.items_at)
    if not state.promised or not found or len(found) == state.promised:
        return
    if all(_PART.match(state.units[i].norm) for i in found):
        state.items_at.clear()


_NEXT_ONE = re.compile(r"下一(?:项|个议程|议程)")


def _numbered_items(state: ParseState) -> None:
    """进行第N项 in increasing order; a bare 第N项 only when it follows on; numbered from 1
    again after a second overview (预备会议 then 正式会议), going on from the last."""
    last = offset = lectures = 0
    parts = closed = False
    part_at: int | None = None
    lectures_one_item = any(_LECTURES_TOGETHER.search(t) for t in state.titles)
    last_strong = next(
        (
            i
            for i in range(state.body_end - 1, -1, -1)
            if _strong_item(state.units[i]) and not _lecture_number(state.units[i].norm)
        ),
        -1,
    )  # (下面进行第二讲 is a lecture itself, no item the first one is part of)
    for i in range(len(state.units[: state.body_end])):
        u = state.units[i]
        closed = closed or bool(
            (
                last
                or state.promised
                or _CEREMONY_CLOSED.match(u.norm)
                or not state.titles
                and _CEREMONY_CLOSED_FIRST.match(u.norm)
            )
            and u.role == "text"
            and (
                P.CLOSING.search(u.norm)
                or _LESSONS_NEXT.search(u.norm)
                or _OPENING_DONE.search(u.norm)
            )
        )  # (开班式到此结束。 after steps run without numbers: the lectures after it count too)
        if last and u.role == "text" and _second_agenda(state, i, last):
            offset = last
            continue
        if u.role in ("chrome", "title", "overview", "direction"):
            continue
        numbered = item_number(u.norm) if not _SITTING_PHASE.search(u.norm) else None
        found = numbered or (
            _lecture_number(u.norm, talks=not state.titles or parts)
            if closed and (parts or not lectures_one_item) and i > last_strong
            else None
        )  # (第一课 before 进行第三项 is a part of the item it is in; 第一场报告 inside a part
        # the overview names, 分为开幕式、主旨报告…四个部分, is that part's, unless the first
        # part ran as numbered items: 第一项 … 第五项, then 进入第二部分：主旨报告。第一个主旨报告…)
        if not found or _told_after_the_close(state, i) or _TOLD_FOR_THEN.search(u.norm):
            continue  # (下午2:30，我们进行第二讲，…请大家准时到教室上课: told for later)
        if _lecture_number(u.norm) and _lecture_opened_later(state, i, found[0]):
            continue  # …休息十分钟后，开始第一讲。… 下面开始第一讲。: told, then opened
        n, strong = found
        if n == 0 and not last and state.titles and _NEXT_ONE.search(u.norm):
            continue  # 首先，请…通报… … 好，没有的话进行下一项。: the overview's items are run
            # unnumbered, and "the next one" counts from one the overview will find
        if n == 1 and strong and last - offset >= 2 and numbered and _restarts(state, i):
            offset = last  # 预备会议 (第一项 … 第三项), then 正式会议: 现在进行大会第一项议程
            state.decide(u, "counted_again", str(last))
        n += offset if n > 0 else 0
        if n == -1 and _last_said_again(state, i, last):
            continue  # 【第八项】 then 男：最后一项，…: the tagged item, called the last one
        if state.items_at and _right_after(state, max(state.items_at), i) and n in (0, last):
            before = max(state.items_at)
            if n and (item_number(state.units[before].norm) or (None,))[0] == 0:
                del state.items_at[before]  # 大会进行下一项议程。 then 进行大会第六项议程：…:
                state.items_at[i] = n  # the one that names it is the item
                said = (state.units[before].line, _short(state.units[before].text), "masked")
                state.meeting.decisions = [
                    d for d in state.meeting.decisions if (d.line, d.text, d.what) != said
                ]
            continue  # 二、第二议程 / 下面进行××项议程: the same item, announced twice
        if 0 < n <= last and strong and _PART_RUN.match(u.norm) and _overview_of_parts(state):
            n, parts = last + 1, True  # 开幕式有三项议程 … then 下面进行第二部分，主旨报告
            part_at = i
            state.decide(u, "part_after_items", str(n))
        elif 0 < n and (n <= last or not last) and _lecture_number(u.norm) and closed:
            # (下午开始第二讲 goes on from the first; a ceremony's items run without numbers
            # are the overview's, before the first lecture)
            if (
                not lectures
                and part_at is not None
                and not any(state.units[k].role == "cue" for k in range(part_at, i))
            ):
                lectures = last - n  # 下面进入第二部分：主旨报告。… then 第一个主旨报告，有请…:
                continue  # the part's opening is its first talk's
            lectures = lectures or (last + 1 - n if last else state.promised or 0)
            n += lectures  # 开班仪式到此结束。… 下面开始第一讲：…: the course's first lecture
            state.decide(u, "part_after_items", str(n))
        if n == 0:
            n = last + 1
            state.decide(u, "masked", str(n))
        elif n == -1:
            n = max(last + 1, state.promised or len(state.titles) or 0)
        if n > last and (strong or u.line_start or n == last + 1 or last == 0):
            state.items_at[i] = n
            last = n
    if parts:  # the overview counted the parts, and one part was run as items of its own
        state.titles, state.promised = [], None


_SITTING_PHASE = re.compile(
    r"(?:进行|开始|召开|进入)第[一二三四五六七八九十]{1,2}阶段(?:的)?(?:会议|全体会议)"
)
"""下面进行第一阶段会议。 then 首先进行第一项议程: a sitting, whose items are numbered within."""


_LESSONS_NEXT = re.compile(
    r"(?:仪式|开班式|典礼)结束后[，,]?(?:马上|随即|接着|立即|就)?开始第[一1](?:课|讲|堂课)"
)
"""开班仪式结束后，马上开始第一课。: the ceremony told as over before the course begins."""
_OPENING_DONE = re.compile(r"(?:开班式|开班仪式|开学典礼|开幕式)(?:就|到此)?到这里")
"""开班式就到这里。: the opening over, in plain words, before the course's lectures."""


def _restarts(state: ParseState, i: int) -> bool:
    """Whether the meeting starts over before unit `i` (a sitting's close, then a new opening or
    agenda): 预备会议到此结束。… 正式会议 … 本次大会的议程是：… 现在进行大会第一项议程."""
    back = max(state.items_at, default=0)
    between = state.units[back + 1 : i]
    return any(P.CLOSING.search(u.norm) for u in between) and any(
        P.OVERVIEW.search(u.norm) or u.role == "heading" or _title_like(u) for u in between
    )


def _lecture_opened_later(state: ParseState, i: int, n: int) -> bool:
    """The next lecture on a line of its own after unit `i` is the one numbered `n` there: the
    first only told it ahead."""
    line = state.units[i].line
    for k in range(i + 1, state.body_end):
        v = state.units[k]
        lecture = _lecture_number(v.norm) if v.line_start or v.line != line else None
        if lecture:  # (现在开始上课。第一讲：《…》。 on a later line: that line's lecture)
            return lecture[0] == n
    return False


def _told_after_the_close(state: ParseState, i: int) -> bool:
    """开班式到此结束。稍事休息10分钟后，进行第一讲专题辅导。 ending the script: what comes after
    the meeting, told at its close and not run here, is no item of it."""
    if state.units[i].line_start or i == 0 or not P.CLOSING.search(state.units[i - 1].norm):
        return False
    return not any(v.role in ("cue", "vote") for v in state.units[i : state.body_end])


_PART_RUN = re.compile(
    P.LEAD + r"[^，。；！？]{0,8}?第\s*+[一二三四五六七八九十]{1,2}\s*+个?(?:部分|阶段)"
)
"""下面进行第二部分: a part of the meeting, counted apart from its items."""
_LECTURE = re.compile(
    r"(?:" + P.LEAD + r"|^(?:感谢[^。！？]{1,20}?[！。]\s*+)?(?:今天)?[上下]午"
    r"|^(?:同志们|学员们|各位学员)[，]\s*+)"
    r"(?:(?:马上|现在)?开始上课[。，])?[^，。；！？]{0,10}?"
    r"第\s*+(?P<n>[一二三四五六七八九十]{1,2}|[0-9]{1,2})\s*+(?:讲|次?课|堂课|节课"
    r"|(?P<talk>场(?:主旨|专题|学术)?(?:报告|讲座|演讲)|个(?:主旨|专题|学术)(?:报告|讲座|演讲)))"
    r"(?![程件本文])"
    r"(?!(?:就|到此|到这里)*+(?:结束|完毕))"
)
"""下面开始第一讲 / 下面开始上课。今天上午是第一讲： / 同志们，现在开始上课。今天上午的第一讲，是《…》
/ 第一堂课由…讲授 / 感谢贺老师的精彩授课！今天下午的第二讲，请… after the opening ceremony
closed: the course goes on, its lecture an item (第一讲到此结束 closes one)."""


_LECTURES_TOGETHER = re.compile(r"授课|讲座|课程|上课|专题")
"""开班式、专题授课、现场实操 in the overview: the lectures are one item, each a part of it."""


def _strong_item(unit: Unit) -> bool:
    """进行第三项 (a strong announcement), not a bare 第三项 nor an overview's entry."""
    found = item_number(unit.norm) if unit.role not in ("chrome", "title", "overview") else None
    return found is not None and found[1]


def _lecture_number(norm: str, talks: bool = True) -> tuple[int, bool] | None:
    """The number of the lecture `norm` opens (第一讲, 第一次课, 第二堂课; 第一场报告 only with
    `talks`), if it opens one."""
    m = _LECTURE.match(norm)
    n = cn_number(m.group("n")) if m and (talks or not m.group("talk")) else 0
    return (n, True) if n else None


def _overview_of_parts(state: ParseState) -> bool:
    """Whether an overview before the items counted the meeting's parts (分为开幕式和主旨报告两个
    部分), as the agenda or beside it."""
    for u in state.units[: min(state.items_at, default=state.body_end)]:
        m = P.OVERVIEW.search(u.norm)
        if m and (m.group("w") in ("部分", "阶段") or re.search(r"个(?:部分|阶段)$", m.group())):
            return True
    return False


def _second_agenda(state: ParseState, at: int, last: int) -> bool:
    """Whether unit `at` is a second agenda (本次大会共有八项议程：… after the 预备会议's items,
    with 第一项 again after it); if so, its count and titles are read as going on from item
    `last`."""
    norm = state.units[at].norm
    m = P.OVERVIEW.search(norm) if "议程" in norm else None
    if m is None or not (_counts_the_agenda(m) or m.group("few") and "议程" in m.group()):
        return False  # (有以下几项议程：一是…；二是…: counted by its entries)
    following = (item_number(u.norm) for u in state.units[at + 1 : state.body_end])
    if next((f[0] for f in following if f), None) != 1:
        return False
    titles, promised = state.titles[:last], state.promised
    state.titles = []
    _read_overview(state, at, m)
    more = state.promised or len(state.titles)
    state.titles = titles + [""] * (last - len(titles)) + state.titles
    state.promised = last + more if promised or state.promised else None
    state.decide(state.units[at], "counted_again", str(last))
    return True


_NUMBERED_LINE = re.compile(
    r"^\s*+(?:(?P<a>[一二三四五六七八九十]{1,3})、|（(?P<b>[一二三四五六七八九十]{1,3})）"
    r"|(?P<c>[0-9]{1,2})[、.．](?![0-9]))\s*+[^。！？；]{2,30}[。：]?\s*+$"
)
"""3、学员代表表态发言。: a short numbered line of its own, a heading whatever its stop."""


def _numbering_changes_style(state: ParseState) -> None:
    """第一项，… 第二项，… then 3、学员代表表态发言 on a line of its own: a draft's numbering
    that changes its style, taken as the next items while the overview promises more."""
    if not state.items_at or not state.promised:
        return
    last_at, last = max(state.items_at.items(), key=lambda kv: kv[1])
    if last != len(state.items_at):
        return
    for i in range(last_at + 1, state.body_end):
        if last >= state.promised:
            return
        u = state.units[i]
        m = _NUMBERED_LINE.match(u.norm) if u.line_start and u.role in ("text", "heading") else None
        number = next((g for g in m.group("a", "b", "c") if g), None) if m else None
        if number and cn_number(number) == last + 1:
            state.items_at[i] = last = last + 1
            state.decide(u, "numbering_style", str(last))


def _last_said_again(state: ParseState, i: int, last: int) -> bool:
    """最后一项 right after an item's bare announcement, when that one was the count's last or a
    【第N项】 tag: the same item (共有三项议程。…进行第二项。下面进行最后一项 is the third)."""
    if not state.items_at or not _right_after(state, max(state.items_at), i):
        return False
    tagged = _ITEM_TAG.match(state.units[max(state.items_at)].norm) is not None
    return tagged or 0 < (state.promised or 0) <= last


def _right_after(state: ParseState, at: int, i: int) -> bool:
    """Whether unit `at` only announces its item (二、第二议程) and only stage directions
    stand between it and unit `i`."""
    unit = state.units[at]
    if re.sub(r"[\W_]", "", unit.norm[P.item_end(unit.norm) :]):
        return False
    return all(state.units[k].role == "direction" for k in range(at + 1, i))


def _heading_items(state: ParseState) -> None:
    """A script laid out as 一、… headings (or （一）…, or 1、… with the chair's words under
    each): the headings are the agenda. Headings that end like a sentence (一、观看专题片。)
    only when they are as many as the overview promises."""
    found = _heading_run(state, loose=False)
    if not found and state.promised:
        loose = _heading_run(state, loose=True)
        found = loose if len(loose) == state.promised else []
    elif not found and not state.titles:  # 一、请董事长介绍…。二、请…发言。: numbered turns
        loose = _heading_run(state, loose=True, lists=True)
        roles = [state.units[i].role for i, _, _ in loose]
        turns = roles.count("cue")
        found = loose if turns >= 2 and "direction" not in roles and turns * 2 >= len(roles) else []
    if found and len(found) > len(state.titles):
        state.titles = []  # 一、宣布会议开始 heads an item the overview (五项议程) leaves out
    for i, n, title in found:
        state.items_at[i] = n
        state.headings.add(i)
        unit = state.units[i]
        head = P.HEADING.match(unit.norm.rstrip("。"))
        if head and head.group("t") and unit.role != "cue":  # 二、颁奖：请…颁奖 keeps its cue
            unit.role, unit.cue = "heading", None
        if len(state.titles) < n:
            state.titles.append(title)
    if found:
        state.decide(state.units[found[0][0]], "headings", str(len(found)))


def _tagged_items(state: ParseState) -> None:
    """【开场】 / 【第一篇章  坚守】 / 【结束】 on lines of their own, three or more, and no overview
    or only some of them numbered: the script is laid out by its sections' names; they are the
    items, as headings are."""
    tags = [
        i
        for i, u in enumerate(state.units[: state.body_end])
        if u.line_start and _TAG.match(u.norm.strip()) and u.role not in ("title", "chrome")
    ]
    talks = all(_lecture_number(state.units[i].norm) for i in state.items_at)
    if len(tags) < 3 and talks and len(bare := _bare_parts(state)) >= 3:
        tags = bare  # 开幕式 / 主旨报告 / 圆桌对话 / 闭幕 on lines of their own (第二场报告 inside)
        state.items_at.clear()
    if len(tags) < 3 or state.items_at and not set(state.items_at) < set(tags):
        return  # numbered items stay, unless all are tags and the tags name more
    first, rest = state.units[tags[0]], [state.units[i] for i in tags[1:]]
    if state.items_at and _numbered_tags_wrapped(state, tags):
        return  # 【开场】【第一项】…【第七项】【结束】 / 【会前准备】【第一项 通报情况】…【结束】: the
        # pair only wraps the numbered items
    if (
        _OPENING_TAG.match(first.norm.strip())
        and all(_chapter_or_heading(u) for u in rest)
        and not any(_CLOSE_TAG.match(u.norm.strip()) for u in rest)
    ):
        tags = tags[1:]  # 【开场】 alone above 【第一篇章 回望】 …: the opening, no item
    state.items_at.clear()
    for n, i in enumerate(tags, start=1):
        state.items_at[i] = n
        _tag_heading(state, i)
    state.decide(state.units[tags[0]], "headings", str(len(tags)))


_PART_ALONE = re.compile(
    r"(?:开幕式?|闭幕式?|开场|结束语?|主旨(?:报告|演讲)|主题(?:报告|演讲)|圆桌(?:对话|论坛|讨论)"
    r"|专题(?:报告|讲座|研讨)|(?:平行|专题)?分论坛|颁奖(?:典礼|仪式)?|签约仪式|揭牌仪式|启动仪式"
    r"|文艺(?:演出|表演)|互动(?:交流|环节)|交流研讨|自由交流|总结讲话|大会总结|会议总结)"
)
"""开幕式 / 主旨报告 / 圆桌对话 / 闭幕: the name of a part of the day, alone on its line."""


def _bare_parts(state: ParseState) -> list[int]:
    """The lines that are only a part's name (开幕式 … 主旨报告 … 闭幕): the sections, as 【…】
    tags are, where there are three or more."""
    return [
        i
        for i, u in enumerate(state.units[: state.body_end])
        if u.line_start
        and "\n" not in u.text.strip()
        and _PART_ALONE.fullmatch(u.norm.strip())
        and u.role not in ("title", "chrome")
    ]


_ITEM_TAG = re.compile(r"^【\s*+第[一二三四五六七八九十0-9]{1,3}项")


def _numbered_tags_wrapped(state: ParseState, tags: list[int]) -> bool:
    """Whether the tags between the first and the last all number agenda items (【第一项 …】)
    and those two do not: the first and the last wrap the items, as an opening and a close."""
    said = [state.units[i].norm.strip() for i in tags]
    return (
        len(said) >= 4
        and all(_ITEM_TAG.match(t) for t in said[1:-1])
        and not _ITEM_TAG.match(said[0])
        and not _ITEM_TAG.match(said[-1])
    )


def _tag_heading(state: ParseState, i: int) -> None:
    """【领导致辞】 at unit `i` (or 开幕式 alone on its line), a heading titled by the words inside
    its brackets."""
    unit = state.units[i]
    said = unit.text.strip()
    state.item_titles[i] = said[1:-1].strip() if said.startswith(("【", "[")) else said
    unit.role, unit.cue = "heading", None
    state.headings.add(i)


def _heading_run(state: ParseState, loose: bool, lists: bool = False) -> list[tuple[int, int, str]]:
    """The first kind of headings (一、 / （一） / 1、) that runs 1, 2, 3… at least twice
    (1、2、3、 one line after another only when `lists`: numbered turns, not rules)."""
    for kind in ("a", "b", "c"):
        found = _headings_of(state, kind, loose, lists)
        if (
            kind == "c"
            and not lists
            and any(b - a < 2 for (a, _, _), (b, _, _) in zip(found, found[1:], strict=False))
        ):
            continue  # 1、2、3、 one after another: a list (rules of the meeting), not headings
        if len(found) >= 2:
            return _the_run_inside(state, found, loose, lists) if kind == "a" else found
    return []


def _the_run_inside(
    state: ParseState, found: list[tuple[int, int, str]], loose: bool, lists: bool
) -> list[tuple[int, int, str]]:
    """一、仪式前 / 二、仪式议程 （一）…（五） / 三、仪式结束: when every turn is under one top
    heading and that heading holds a run of （一） headings, the top ones only wrap the
    agenda; the run inside is the agenda."""
    runs = _runs_under_each(state, found, loose, lists)
    if runs:
        return runs
    inner = _headings_of(state, "b", loose, lists)
    if len(inner) < 3:
        return found
    turns = [i for i in range(state.body_end) if state.units[i].role == "cue"]
    if not turns:
        return found
    starts = [i for i, _, _ in found] + [state.body_end]
    for k, (at, _, _) in enumerate(found):
        end = starts[k + 1]
        if at < inner[0][0] and inner[-1][0] < end and at < turns[0] and turns[-1] < end:
            return inner
    return found


def _runs_under_each(
    state: ParseState, found: list[tuple[int, int, str]], loose: bool, lists: bool
) -> list[tuple[int, int, str]]:
    """一、开场 二、开班式 （一）…（三） 三、专题讲座 （一）（二） 四、结束: each top heading that
    holds turns holds a run of （一） headings of its own, every turn under one of them; the top
    headings wrap the parts, the runs inside them, one after another, are the agenda."""
    starts = [i for i, _, _ in found] + [state.body_end]
    inner: list[tuple[int, int, str]] = []
    holding = 0
    for k, (at, _, _) in enumerate(found):
        turns = [i for i in range(at, starts[k + 1]) if state.units[i].role == "cue"]
        if not turns:
            continue
        run = _headings_of(state, "b", loose, lists, (at + 1, starts[k + 1]))
        if not run and k == len(found) - 1:
            continue  # 四、结束 … 下午…由…授课: a turn told for later, in the close
        if len(run) < 2 or turns[0] < run[0][0]:
            return []
        holding += 1
        inner += run
    if holding < 2 or holding == len(found):
        return []
    return [(i, n, title) for n, (i, _, title) in enumerate(inner, start=1)]


def _undo_headings(state: ParseState) -> None:
    """Headings that lost to numbered items are text again."""
    for i in state.headings:
        state.units[i].role = "text"
    state.headings.clear()
    state.items_at.clear()
    state.meeting.decisions = [d for d in state.meeting.decisions if d.what != "headings"]


def _headings_of(
    state: ParseState,
    kind: str,
    loose: bool = False,
    lists: bool = False,
    within: tuple[int, int] | None = None,
) -> list[tuple[int, int, str]]:
    """(unit, number, title) of the headings of one kind, numbered 1, 2, 3… in order (in the
    units `within`, if given); with `lists`, a numbered line's first sentence is its heading
    (3．为优秀队员颁奖。请…)."""
    found: list[tuple[int, int, str]] = []
    for i in range(*(within or (0, len(state.units[: state.body_end])))):
        u = state.units[i]
        norm = u.norm.split("。")[0] if lists else u.norm.rstrip("。") if loose else u.norm
        m = P.HEADING.match(norm)
        if (
            not m
            or not u.line_start
            or u.role in ("overview", "title", "chrome")
            or not m.group(kind)
            or i in state.listed
        ):
            continue
        if kind == "c" and len(u.norm) > 24 and not lists:
            continue
        if cn_number(m.group(kind)) == len(found) + 1:
            g = next(k for k in ("t", "u", "v") if m.group(k))
            title = u.text[m.start(g) : m.end(g)].strip()
            found.append((i, len(found) + 1, turn_title(title) or title))
    return found


def _bigrams(title: str) -> set[str]:
    """The title's pairs of characters, matched on the normalised text (simplified)."""
    title = re.sub(r"[^\w]", "", normalise(title))
    return {title[k : k + 2] for k in range(len(title) - 1)}


def _bigram_share(title: str, text: str) -> float:
    grams = _bigrams(title)
    return sum(1 for g in grams if g in text) / len(grams) if grams else 0.0


def _bare(text: str) -> str:
    return re.sub(r"[^\w]", "", text)


def _may_open_item(unit: Unit) -> bool:
    """Whether an item may start at this unit: not the page, not the overview, not a stage
    direction in brackets (请全体起立，奏国歌 may be an item the overview names)."""
    if unit.role == "vote":  # 最后，进行表决。同意的请举手…: a vote announced opens an item
        return bool(_TRANSITION.match(unit.norm) or P.VOTE_INTRO.match(unit.norm))
    if unit.role in ("chrome", "overview", "title"):
        return False
    return unit.role != "direction" or not _is_direction(unit.norm) or bool(_TAG.match(unit.norm))


_TAG = re.compile(r"^【(?P<t>[^【】]{2,32})】$")
"""【领导致辞】 on a line of its own: a section's name, as a heading is."""


def _reconcile(state: ParseState) -> None:
    """The overview names more items than numbers and headings found: each missing one is
    looked for by its title's words between the items found before and after it; the ones
    still missing take the turns of a gap that holds exactly as many of them."""
    titles = state.titles
    if not 2 <= len(titles) <= 40 or len(state.items_at) >= len(titles):
        return  # (an overview of forty entries is a list of something else)
    found = {n: i for i, n in state.items_at.items()}
    start = max([*state.overview_at, state.title_at or 0]) + 1
    for by_title in (True, False):
        for n in range(1, len(titles) + 1):
            if n in found:
                continue
            lo = max([start, *(i + 1 for m, i in found.items() if m < n)])
            hi = min([state.body_end, *(i for m, i in found.items() if m > n)])
            at = (
                _best_match(state, titles[n - 1], lo, hi)
                if by_title
                else _lone_turn(state, found, n, lo, hi)
            )
            if at is not None:
                found[n] = at
                state.items_at[at] = n
                state.decide(state.units[at], "anchored", str(n))


_PART_OPENS = re.compile(
    P.LEAD
    + r"(?:首先|下面|现在)?[，]?(?:进行|举行)(?:本次|今天的?)?(?:论坛)?(?P<part>开幕式|开班式|启动仪式)[。！]?$"
)
"""首先进行开幕式。: the first part of a meeting counted in parts, run before the other's items."""


def _close_between(state: ParseState, lo: int, hi: int) -> int | None:
    """The first unit in [lo, hi) that closes a sitting or a ceremony (开班式到此结束)."""
    return next((i for i in range(lo, hi) if P.CLOSING.search(state.units[i].norm)), None)


def _run_first(state: ParseState, first: list[int], why: str) -> None:
    """The units `first` are the first items, in that order; the items found go after them."""
    run = sorted(state.items_at, key=lambda i: state.items_at[i])
    state.items_at = {i: n for n, i in enumerate([*first, *run], start=1)}
    for n, i in enumerate(first, start=1):
        state.decide(state.units[i], why, str(n))


def _run_before_the_close(state: ParseState) -> None:
    """开班式共有三项议程。首先，请…。接下来，请…。最后，请…。开班式到此结束。 then 下面开始第一课:
    the count's items run by the words that move the meeting on, before the close; the lessons
    found after it come after them."""
    promised = state.promised or 0
    if promised < 2 or not state.overview_at or len(state.titles) > 0:
        return
    over, first = max(state.overview_at), min(state.items_at)
    close = _close_between(state, over + 1, first)
    if close is None:
        return
    steps = [
        i
        for i in range(over + 1, close)
        if state.units[i].role == "cue" and _STEP_AHEAD.match(state.units[i].norm)
    ]
    if len(steps) != promised:
        return
    _run_first(state, steps, "stepped")


def _part_before_the_items(state: ParseState) -> None:
    """本次论坛分为开幕式和主旨演讲两个部分。首先进行开幕式。请…致辞；… then 第一讲，第二讲…:
    the opening part, with its turns, is the item before the numbered ones."""
    first = min(state.items_at)
    if not _overview_of_parts(state):
        return
    talks = all(_lecture_number(state.units[i].norm) for i in state.items_at)
    parts = state.promised or 0
    if not talks and (
        len(state.items_at) == parts
        or any(
            _PART_RUN.match(state.units[i].norm) or 1 < n <= parts
            for i, n in state.items_at.items()
        )
    ):
        return  # (分为开幕式、主旨报告和圆桌对话三个部分 … 下面进入最后一个部分: the parts are the items)
    start = max([*state.overview_at, state.title_at or 0]) + 1
    opens = next((i for i in range(start, first) if _PART_OPENS.match(state.units[i].norm)), None)
    if opens is None or not any(state.units[k].role == "cue" for k in range(opens, first)):
        return
    _run_first(state, [opens], "unnumbered")


_OPENING_PART = re.compile(r"^\s*+(?:开幕式|开幕仪式|开班式|开班仪式|启动仪式|开场)\s*+$")
"""开幕式 on a line of its own, above the greeting: the opening part's heading."""


def _opening_above_the_headings(state: ParseState) -> None:
    """开幕式 (its greeting and turns under it) then 一、主旨演讲 二、圆桌对话…: the opening part,
    headed in words but not numbered, is the item before the numbered headings."""
    if not state.headings:
        return
    first = min(state.items_at)
    start = (state.title_at if state.title_at is not None else -1) + 1
    opens = next(
        (
            i
            for i in range(start, first)
            if state.units[i].line_start and _OPENING_PART.match(state.units[i].norm)
        ),
        None,
    )
    if opens is None or not any(_one_named_turn(state.units[k]) for k in range(opens, first)):
        return
    state.units[opens].role = "heading"
    state.headings.add(opens)
    if state.titles:  # the headings' titles, by number: this one comes first
        state.titles.insert(0, state.units[opens].text.strip())
    _run_first(state, [opens], "opening_heading")


_CHAPTER_TAG = re.compile(r"^【第[一二三四五六七八九十\d]{1,3}(?:篇章|乐章)")
_OPENING_TAG = re.compile(r"^【(?:开场|开篇|序章|(?:大会)?开幕)】$")
_CLOSE_TAG = re.compile(r"^【(?:结束|结束语|尾声|结语|(?:大会)?闭幕)】$")


def _chapter_or_heading(unit: Unit) -> bool:
    """【第一篇章 回望】 / 一、听取和审议…: a numbered chapter's tag, or a top heading."""
    norm = unit.norm.strip()
    return bool(
        _CHAPTER_TAG.match(norm)
        or unit.role == "heading"
        and re.match(r"[一二三四五六七八九十]{1,3}、", norm)
    )


def _opening_and_close_tags(state: ParseState) -> None:
    """【开场】 … 【第一篇章 回望】 … 【第三篇章 启航】 … 【结束】 (or 一、… 六、… headings between
    them): with a tag for the opening and another for the close beside the numbered chapters,
    the two are items as well (a lone 【开场】 above the chapters stays the opening)."""
    items = sorted(state.items_at)
    if not items or not all(_chapter_or_heading(state.units[i]) for i in items):
        return
    tagged = [i for i in range(state.body_end) if state.units[i].line_start]
    opens = [i for i in tagged if i < items[0] and _OPENING_TAG.match(state.units[i].norm.strip())]
    closes = [i for i in tagged if i > items[-1] and _CLOSE_TAG.match(state.units[i].norm.strip())]
    if len(opens) != 1 or len(closes) != 1:
        return
    for i in (*opens, *closes):
        _tag_heading(state, i)
    if state.titles:  # the overview's titles, by number: the opening first, the close last
        state.titles = [state.item_titles[opens[0]], *state.titles, state.item_titles[closes[0]]]
    _run_first(state, opens, "headings")
    state.items_at[closes[0]] = len(state.items_at) + 1
    state.decide(state.units[closes[0]], "headings", str(len(state.items_at)))


def _sitting_before(state: ParseState) -> None:
    """预备会议有两项议程：一是…；二是…。首先，请…。…预备会议结束。 then 大会第一项，…: the
    overview is the first sitting's, run without numbers before its close; the numbered items
    are the next sitting's and come after its items (lectures after an opening ceremony's
    close, 下面开始第一讲, are numbered after them already)."""
    if not state.titles or not state.overview_at or len(state.titles) > 10:
        return
    first = min(state.items_at)
    over = max(state.overview_at)
    after_these = state.items_at[first] == len(state.titles) + 1  # 下面开始第一讲 as item 3
    if state.items_at[first] != 1 and not after_these or not over < first:
        return
    close = _close_between(state, over + 1, first)
    if close is None or not any(state.units[i].role == "cue" for i in range(over + 1, close)):
        return
    run = _aligned(state, over + 1, state.titles, close)
    if len(run) != len(state.titles):
        return
    run = _moved_on(state, run)  # 接下来，请…宣读大会议程（草案）。 before 现在对大会议程进行表决
    k = 0 if after_these else len(run)
    state.items_at = {i: n + k for i, n in state.items_at.items()}
    for n, i in run.items():
        state.items_at[i] = n
        state.decide(state.units[i], "anchored", str(n))
    state.promised = None  # (the count was the first sitting's)


def _numbered_gap(state: ParseState) -> None:
    """第一项，…；接下来，有请…推介…；下面进行第三项: a number skipped between two items found
    is the turn or the activity between them that the chair moves on to (接下来，有请… /
    接下来进行协商发言), run without it."""
    found = {n: i for i, n in state.items_at.items() if n > 0}
    promised = state.promised or 0
    for n in sorted(found):
        after = found.get(n + 2)
        if n + 1 in found or after is None or (promised and n + 1 > promised):
            continue
        for i in range(found[n] + 1, after):
            unit = state.units[i]
            step = _STEP_AHEAD.match(unit.norm)
            asked = unit.role == "cue" and unit.cue is not None and not unit.cue.group
            if step and (asked or (unit.role == "text" and step.group("what"))):
                state.items_at[i] = n + 1
                state.decide(unit, "unnumbered", str(n + 1))
                break
        else:  # 第五项… 上午的会议到此结束。下午进行分团讨论，… then 第七项: the overview's sixth
            named = _named_in_the_gap(state, n, found[n] + 1, after)
            if named is not None:
                state.items_at[named] = n + 1
                state.decide(state.units[named], "anchored", str(n + 1))


def _named_in_the_gap(state: ParseState, n: int, lo: int, hi: int) -> int | None:
    """The unit in [lo, hi) that opens the overview's item `n + 1` (its words best, else its
    whole title said, as in 上午的会议到此结束。下午进行分团讨论，…)."""
    if len(state.titles) <= n:
        return None
    title = state.plain(state.titles[n])
    named = _best_match(state, state.titles[n], lo, hi)
    if named is None and len(title) >= 3:
        named = next((i for i in range(lo, hi) if title in state.units[i].norm), None)
    return named


_SITTING = re.compile(
    r"(?:今天|今日|本次|这次)[上下]?午?的?(?:全体会议|大会|会议)[，]?[^，。；！？]{0,6}?(?:有|共有|共)"
    r"(?P<n>[一二三四五六七八九十0-9]{1,3})项"
)


def _sitting_runs_these(state: ParseState) -> bool:
    """共十项：… then 今天上午的全体会议，有三项议程 and three items run: the session's overview
    names more than this sitting runs, and no more are looked for. The count is said between
    the overview and the first item."""
    start = max([*state.overview_at, state.title_at or 0]) + 1
    for unit in state.units[start : min(state.items_at)]:
        m = _SITTING.search(unit.norm)
        if m:
            return cn_number(m.group("n")) == len(state.items_at) < len(state.titles)
    return False


def _lone_turn(state: ParseState, found: dict[int, int], n: int, lo: int, hi: int) -> int | None:
    """Item `n`, missing between two found items with nothing else missing there, and one
    turn in the gap, a person's or the room's: that turn (请副市长蒋涛讲话 for 市领导讲话)."""
    if any(m not in found for m in (n - 1, n + 1) if 1 <= m <= len(state.titles)):
        return None
    turns = [i for i in range(lo, hi) if state.units[i].role == "cue"]
    return turns[0] if len(turns) == 1 else None  # 请大家发表意见 for 与会党员讨论 too


def _best_match(state: ParseState, title: str, lo: int, hi: int) -> int | None:
    """The unit in [lo, hi) whose opening words share most of the title's pairs (two at
    least, or nearly half of them), the first of equals."""
    grams = _bigrams(state.plain(title))
    best, best_count = None, 0
    for i in range(lo, hi):
        unit = state.units[i]
        if not _may_open_item(unit) or P.CLOSING.search(unit.norm[:30]):
            continue
        count = sum(1 for g in grams if g in unit.norm[:80])
        if count > best_count:
            best, best_count = i, count
    if best is None or (best_count < 2 and best_count < 0.45 * len(grams)):
        return None
    return best


def _anchored_items(state: ParseState) -> None:
    """Items the overview names and the text runs without numbers: found by their titles."""
    start = max(state.overview_at) + 1 if state.overview_at else 0
    found = _aligned(state, start)
    for n, i in _moved_on(state, found).items():
        state.items_at[i] = n
        state.decide(state.units[i], "anchored" if found[n] == i else "moved_on", str(n))
    if len(state.items_at) < len(state.titles):
        _transition_items(state, start, found.get(1))
    if state.items_at and 1 not in state.items_at.values():
        first = next(
            (i for i in range(start, min(state.items_at)) if state.units[i].role != "direction"),
            None,
        )
        if first is not None:
            state.items_at[first] = 1
            state.decide(state.units[first], "anchored", "1")


_OKAY = r"\s*+(?:好(?:的)?[，,！!]\s*+)?"
"""好，下面请… : the chair's 好 before the words that move the meeting on."""
_MOVES_ON = re.compile(r"^\s*+" + P._HOSTS + _OKAY + r"(?:接下来|接着|下面|然后|其次|再次)")


def _moved_on(state: ParseState, found: dict[int, int]) -> dict[int, int]:
    """接下来，请黎卫华介绍…安保工作。请庄晓雯介绍…医疗保障工作。: the words that move the
    meeting on open the overview's next item, even when a later turn shares more words with
    its title: item `n` starts at the last such unit after item `n - 1`'s start, a turn or a
    part announced (接下来进入…环节), when it is more like title `n` than like title `n - 1`."""
    out = dict(found)
    for n in sorted(found)[1:]:
        here, title, before = found[n], state.titles[n - 1], state.titles[n - 2]
        if n - 1 not in out or _TRANSITION.match(state.units[here].norm):
            continue  # 下面，请…发言 opens its item itself
        if _TAG.match(state.units[here].norm):
            continue
        for i in range(here - 1, out[n - 1], -1):
            unit = state.units[i]
            if not _MOVES_ON.match(unit.norm) or not _may_open_item(unit):
                continue
            if unit.role != "cue" and not _SECTION.search(unit.norm[:40]):
                break  # 下面颁发“最美志愿者”奖: a step inside the item before
            this, last = _likeness(state.plain(title), unit), _likeness(state.plain(before), unit)
            if this > last or _of_its_kind(state, title, before, unit):
                out[n] = i
            break
    return out


def _of_its_kind(state: ParseState, title: str, before: str, unit: Unit) -> bool:
    """下面，请…总经理…部署…工作 between 员工代表宣誓 and 领导讲话: no pair of words shared
    with the last title, and a speech opens the speeches' item, not the act's."""
    if unit.cue is None or _bigram_share(state.plain(before), unit.norm[:120]) > 0:
        return False  # (a pair of the last title's words: still its item)
    kind = unit.cue.kind
    return _title_kind(state.plain(title)) == kind and _title_kind(state.plain(before)) not in (
        kind,
        None,
    )


def _title_kind(title: str) -> str | None:
    """What an overview's entry asks for: a speech, an act, or neither."""
    if re.search(ACTION_VERBS, title):
        return "action"
    return "speech" if re.search(SPEECH_VERBS, title) else None


def _evidence(title: str, unit: Unit) -> float:
    """How well a unit opens the item the overview calls `title`: its pairs of characters,
    its characters (市领导致辞 for 请某某市委常委、常务副市长某某某致辞), and whether the unit
    is a turn or opens with 首先/接下来…; nothing below a threshold."""
    score = _likeness(title, unit)
    return score if score >= 0.45 else 0.0


def _likeness(title: str, unit: Unit) -> float:
    """`_evidence` before its threshold: how much more a unit is like one title than another."""
    head = unit.norm[:120]
    tag = _TAG.match(unit.norm)
    if tag:  # 【年度表彰】 names its section, or opens nothing
        return 2.0 if _bare(tag.group("t")) == _bare(normalise(title)) else 0.0
    chars = set(re.sub(r"[^\w]", "", normalise(title)))
    char_share = sum(1 for c in chars if c in head[:80]) / len(chars) if chars else 0.0
    if _THANKS.match(unit.norm):
        return 0.0  # 刚才…的发言很好 / 感谢…: the turn before has ended, nothing opens here
    turn = unit.role == "cue" or bool(_TRANSITION.match(unit.norm))
    section = _SECTION.search(head[:40])
    score = 0.6 * _bigram_share(title, head) + 0.4 * char_share + (0.15 if turn else 0.0)
    if section and _bigram_share(title, section.group()) >= 0.5:
        score += 0.3
    return score


_THANKS = re.compile(r"^\s*+(?:刚才|感谢|谢谢|非常感谢|(?:让我们)?再一?次向)")
_FIRST = re.compile(r"^\s*+" + P._HOSTS + r"\s*+首先[，,]?\s*+(?:请(?!允许)|有请|由|进行)")


def _opening(first: bool, title: str, state: ParseState, unit: Unit) -> float:
    """The evidence that `unit` opens the overview's item `title`: its words, or a turn by the
    post and with the verb the title names; and for the first item a turn announced with 首先
    even when it shares no words with the title."""
    here = _evidence(state.plain(title), unit)
    cue = unit.cue if unit.role == "cue" else None
    if (
        cue is not None
        and cue.verb
        and cue.verb in title
        and cue.role
        and (cue.role[-2:] in title or len(cue.role) > 4 and cue.role[:-2] in title)
        and _TRANSITION.match(unit.norm)
    ):
        here = max(here, 0.6)  # 下面，请市工商联主席蒲晓峰同志通报情况 for 主席通报…运行情况
        # (下面，先请县发改局局长…通报有关情况 for 县发改局简要通报…: the office's body named)
    if cue is not None and cue.name and cue.role and not cue.group:
        plain = state.plain(title)
        if f"{cue.name[:1]}{cue.role[-2:]}" in plain:
            here = max(here, 0.65)  # 下面，请区长汤国伟同志讲话 for 请汤区长、滕书记讲话
        if len(cue.name) >= 2 and cue.name in plain:
            here = max(here, 0.8)  # (…泽仁拉姆副部长和扎西顿珠县长讲话: the one named, first)
    if (
        cue is not None
        and cue.group
        and cue.verb
        and cue.verb in title
        and _TRANSITION.match(unit.norm)
    ):
        here = max(here, 0.66)  # 下面，请企业家朋友们发言 for 请企业家代表发言，谈发展… (下面，请
        # …副局长侯慧敏、…局长韩东分别作回应 for 有关部门回应: those asked together, named)
    announced = _BARE_PART.match(unit.norm) if cue is None else None
    if announced and announced["what"] in state.plain(title):
        here = max(here, 0.7)  # 下面进行颁奖。 for 为受表彰的先进集体和先进个人颁奖
    if first and cue is not None and _FIRST.match(unit.norm):
        return max(here, 0.45) + 0.3
    return here


_BARE_PART = re.compile(
    r"^\s*+" + P._HOSTS + _OKAY + r"(?:下面|接下来|接着|现在)[，]?\s*+(?:进行|开始|举行)"
    r"(?!表决|投票|举手)(?P<what>[^，。；！？]{2,8})(?:[。！]|\s*+$)"
)
"""下面进行颁奖。 / 接下来，进行协商发言。今天安排了…: a part announced in a word or two."""


def _aligned(
    state: ParseState, start: int, titles: list[str] | None = None, end: int | None = None
) -> dict[int, int]:
    """The overview's titles matched to units in order, each to the unit whose evidence is
    best while the order holds (a title may stay unmatched): title's number -> unit."""
    first = 0 if titles is None else -1  # the bonus of 首先 is the first item's alone
    titles = state.titles if titles is None else titles
    end = state.body_end if end is None else end
    cand = [i for i in range(start, end) if _may_open_item(state.units[i])]
    if not titles or not cand or len(titles) * len(cand) > 40_000:
        return {}
    rows, cols = len(titles), len(cand)
    best = [[0.0] * (cols + 1) for _ in range(rows + 1)]
    for t in range(rows - 1, -1, -1):
        for c in range(cols - 1, -1, -1):
            here = _opening(t == first, titles[t], state, state.units[cand[c]])
            take = here + best[t + 1][c + 1] if here else 0.0
            best[t][c] = max(take, best[t + 1][c], best[t][c + 1])
    found: dict[int, int] = {}
    t = c = 0
    while t < rows and c < cols:
        here = _opening(t == first, titles[t], state, state.units[cand[c]])
        if here and abs(best[t][c] - (here + best[t + 1][c + 1])) < 1e-9:
            found[t + 1] = cand[c]
            t, c = t + 1, c + 1
        elif best[t][c] == best[t + 1][c]:
            t += 1
        else:
            c += 1
    return found


_TRANSITION = re.compile(
    r"^\s*+" + P._HOSTS + _OKAY + r"(?:首先|其次|再次|然后|接下来|接着|下面|最后)"
)
_SECTION = re.compile(
    r"(?:进入|开始|进行|是)[^，。；！？]{1,16}?(?:环节|阶段|篇章|板块|表演时间|互动时间)"
    r"|(?:是|进行)圆桌(?:对话|论坛|讨论)[，。]|(?:是|进入)文艺(?:表演|演出)[。！]"
)
"""下面进入主旨演讲环节 / 下面是圆桌对话，: a section announced in words."""


def _transition_items(state: ParseState, start: int, first: int | None = None) -> None:
    """首先，请…；接下来，请…；最后，请…: one turn per item the overview names, when the
    turns that open with such words are exactly as many as the items. A turn before the first
    of them found by the first item's title (先从我左手边开始，请…发言 then 下面请…发言) opens
    item 1: the first turn needs no word that moves the meeting on."""
    turns = [
        i
        for i in range(start, state.body_end)
        if state.units[i].role == "cue"
        and not state.units[i].cue.group  # type: ignore[union-attr]
        and _TRANSITION.match(state.units[i].norm)
    ]
    if len(turns) != len(state.titles):
        return
    if first is not None and first < turns[0] and state.units[first].role == "cue":
        turns[0] = first
    for k in range(1, len(turns)):
        asked = _group_asking(state, turns[k - 1] + 1, turns[k])
        if asked is not None:
            turns[k] = asked
    state.items_at = {i: n for n, i in enumerate(turns, start=1)}
    for i in turns:
        state.decide(state.units[i], "anchored", str(state.items_at[i]))


def _group_asking(state: ParseState, lo: int, at: int) -> int | None:
    """下面，请各位老领导、老同志发言。…接下来请…沙丽华同志发言: a request to a kind of people
    for the turn the one at `at` takes, between the item before and it, opens the item."""
    word = _turn_word(state.units[at].norm)
    for i in range(lo, at):
        unit = state.units[i]
        if (
            unit.role == "cue"
            and unit.cue is not None
            and unit.cue.name is None
            and _TRANSITION.match(unit.norm)
            and word
            and _turn_word(unit.norm) == word
        ):
            return i
    return None


_STEP_AHEAD = re.compile(
    r"^\s*+"
    + P._HOSTS
    + _OKAY
    + r"(?:(?:下面|现在)[，、]?\s*+(?=首先))?"
    + r"(?:首先|其次|再次|然后|接下来|接着|下面|随后|现在(?=[，、]?(?:进行|进入))|最后(?:一项(?:议程)?)?"
    r"|(?:会议|大会|今天)先(?=听取)"
    r"|(?P<ord>第[一二三四五六七八九十]{1,2}))[，、]?\s*+"
    r"(?:我们(?=(?:进行|进入|举行)[^，。；！？]{0,16}?(?:环节|仪式|签约|颁奖|揭牌)))?"
    r"(?:(?P<ask>先?请(?!允许)|有请|由|让我们)|(?:进行|进入|开始|就?是(?=[^，。；！？]{1,16}?(?:环节|阶段|板块|表演时间|互动时间)|文艺(?:表演|演出)[。！]|圆桌(?:对话|论坛|讨论)[，。])"
    r"|(?=审议|听取|[^，。；！？]{2,4}仪式开始[。！]|宣读|举行|发布《|(?:我们|大家|全体)?(?:一起|共同)?(?:观看|欣赏)|签订|为[^，。；！？]{2,30}?(?:揭牌|授牌|授旗|颁奖)[。！])"
    r"|是(?=[^，。；！？]{0,20}?(?:签订|签约|颁奖|授旗|揭牌|宣誓|启动仪式)))"
    r"(?P<what>[^，。；！？]{2,16}))"
)
"""首先，请… / 下面，首先请… / 第二，请… / 最后一项，有请… / 最后是圆桌讨论环节: a word that moves
the meeting on, or an ordinal that only counts (第二，), and what it moves on to."""


def _after_the_rooms_turn(state: ParseState, part: int, i: int) -> bool:
    """接下来是…分享环节。 its named turns, then 还有哪位朋友也想上来分享…？ and 下面，有请…老师讲一讲…:
    the part ended with the room's turn; one person asked after it is a step of its own."""
    u = state.units[i]
    if not _one_named_turn(u) or not re.match(
        r"^\s*+" + P._HOSTS + r"\s*+(?:下面|接下来|接着)", u.norm
    ):
        return False
    room = [k for k in range(part + 1, i) if _rooms_turn(state.units[k])]
    named = [k for k in range(part + 1, i) if _one_named_turn(state.units[k])]
    return bool(room and named) and max(named) < max(room)


def _rooms_turn(unit: Unit) -> bool:
    """A turn of the room's: a group asked, with no one and no kind of people named."""
    return (
        unit.role == "cue"
        and unit.cue is not None
        and unit.cue.group
        and not unit.cue.name
        and not unit.cue.people
        and not unit.cue.role
    )


def _ordinal_goes_on(state: ParseState, steps: list[int], ordinal: str) -> bool:
    """首先，请…宣读…。第二，请…发言。 then 第三，观看警示教育片…: an ordinal that goes on from the
    step before's (首先 counts as the first) is the next step, whatever it does."""
    if not steps:
        return False
    before = re.match(
        r"^\s*+(?:首先|第([一二三四五六七八九十]{1,2}))[，、]", state.units[steps[-1]].norm
    )
    if before is None:
        return False
    was = cn_number(before[1]) if before[1] else 1
    return was is not None and cn_number(ordinal[1:]) == was + 1


_ACT_OPENS = re.compile(
    r"^\s*+"
    + P._HOSTS
    + r"\s*+(?:下面|接下来|接着)[，]?(?:(?:进行|举行)[^，。；！？]{0,8}?(?=(?:签约|揭牌|授牌|授旗|抽奖|发布)[。！，])"
    r"|(?=发布《))(?P<act>签约|揭牌|授牌|授旗|抽奖|发布)"
)
"""下面进行项目签约。/ 下面进行第一轮抽奖， / 下面进行成果发布。/ 接下来，发布《…白皮书》。: an
act of the programme, which ends the part announced before it."""
_LAST_STEP = re.compile(r"^\s*+" + P._HOSTS + _OKAY + r"最后")


_SHOW_NEXT = re.compile(
    r"^\s*+" + P._HOSTS + r"\s*+(?:下面|接下来|接着)[，]?\s*+(?:请|让我们)?(?:一起)?欣赏"
)
_SHOW_PART = re.compile(r"表演|演出|节目|文艺")


def _show_after_a_part(part: Unit, norm: str) -> bool:
    """下面进入年度表彰环节。… then 下面请欣赏研发中心带来的舞蹈《代码之舞》: a show after a part
    that is no show is a step of the programme after the part (inside 下面进入文艺表演 it is the
    part's own)."""
    named = part.norm[: _sentence_end(part.norm, 0)]
    return _SHOW_NEXT.match(norm) is not None and _SHOW_PART.search(named) is None


def _act_opens_after(part: Unit, unit: Unit) -> bool:
    """下面进行第一轮抽奖，: an act of the programme after the part, unless the part is that act's
    own (下面是抽奖环节！…首先进行三等奖抽奖… 下面进行一等奖抽奖: the lottery's rounds)."""
    m = _ACT_OPENS.match(unit.norm)
    return m is not None and m.group("act") not in part.norm[: _sentence_end(part.norm, 0)]


def _another_act(part: Unit, unit: Unit) -> bool:
    """下面是签约环节。有请…签订… then 下面有请…共同上台，启动赛事报名通道 / 接下来，进行…上线
    仪式: an act the part's name does not name, asked or announced with a word that moves the
    meeting on, is a step after the part."""
    named = part.norm[: _sentence_end(part.norm, 0)]  # 下面进行论坛的重要环节——…集中签约。
    acts = re.findall(ACTION_VERBS, named)
    if not acts and _SECTION.search(named) and re.search(r"演讲|报告|发言|分享", named):
        return bool(  # 进入主旨演讲环节。… then 下面，请…发布《…报告》: an act after the speeches
            unit.cue is not None
            and unit.cue.kind == "action"
            and unit.cue.name
            and re.match(r"^\s*+" + P._HOSTS + r"\s*+(?:下面|接下来)", unit.norm)
        )
    if not acts or not _SECTION.search(named):
        return False
    if unit.cue is not None and unit.cue.kind == "action":
        done = re.search(ACTION_VERBS, unit.norm)
        return done is not None and done.group()[:1] not in "".join(acts)
    ceremony = re.match(
        r"\s*+(?:进行|举行)[^，。；！？]{2,20}?仪式", unit.norm[_lead_end(unit.norm) :]
    )
    return ceremony is not None and "仪式" not in named  # 接下来，进行…平台上线仪式。


_FIRST_ASKED = re.compile(r"^\s*+" + P._HOSTS + r"\s*+先(?:请|由)")
"""先请…: the first turn, asked with 先 alone."""
_ONE_ACT = r"(?:揭牌|授旗|授牌|颁奖|颁证|签约|宣誓|启动)(?:仪式)?[。！]?\s*+$"
"""…揭牌。 / …授旗仪式: an act named as the whole of a step, and nothing after it."""
_ACT_STEP = re.compile(r"^(?:进行|举行)?[^，。；！？]{0,10}?" + _ONE_ACT)
"""进行揭牌。 / 下面进行授旗。: a step that is an act and nothing more."""


def _speech_after_an_act(state: ParseState, step: int, i: int) -> bool:
    """下面进行授旗。请…为…授旗。 then, on a line of its own, 请志愿者代表…发言: a named person's
    speech after a step that is only an act (its act done, no speech in it) is the next step."""
    u, opened = state.units[i], state.units[step]
    if not (u.line_start and u.role == "cue" and u.cue is not None and u.cue.kind == "speech"):
        return False
    if u.cue.group or not u.cue.name or opened.role != "text":
        return False
    said = opened.norm[_lead_end(opened.norm) :].strip()
    between = [v for v in state.units[step + 1 : i] if v.role == "cue" and v.cue is not None]
    return (
        _ACT_STEP.match(said) is not None
        and bool(between)
        and all(v.cue is not None and v.cue.kind == "action" for v in between)
    )


_FIRST_OF_A_STEP = re.compile(r"^\s*+" + P._HOSTS + r"\s*+首先")
_NEXT_OF_LIST = re.compile(r"^\s*+" + P._HOSTS + r"\s*+(?:再|又|接着|然后)[，]?请")


def _turns_of_the_group_asked(state: ParseState, i: int) -> bool:
    """请拟任命人员作供职发言。首先请A…，然后请B…: a 首先 turn right after a group asked for turns
    of its kind (and the 然后 one beside it on its line) are that group's turns, no steps."""
    u = state.units[i]
    k = i - 1
    if _NEXT_OF_LIST.match(u.norm) and k >= 0 and state.units[k].line == u.line:
        u, i = state.units[k], k  # …，然后请B…: judged by the 首先 turn before it
        k = i - 1
    if not _FIRST_OF_A_STEP.match(u.norm) or u.cue is None:
        return False
    while k >= 0 and state.units[k].role == "direction":
        k -= 1
    group = state.units[k].cue if k >= 0 else None
    return (
        group is not None
        and group.name is None
        and group.kind == u.cue.kind
        and _turn_word(state.units[k].norm) == _turn_word(u.norm)
    )


_DRAW_PART = re.compile(r"(?P<act>抽奖)环节")
"""精彩的节目之后，是大家期待已久的抽奖环节: the draw, a part told after a clause."""


def _the_act_goes_on(step: Unit, unit: Unit) -> bool:
    """下面进行第一轮抽奖 (…之后，是…抽奖环节) then 最后，有请…抽出特等奖: the act the step opened,
    its last turn."""
    act = _ACT_OPENS.match(step.norm) or _DRAW_PART.search(step.norm, 0, 40)
    if act is None or unit.cue is None or unit.cue.kind != "action" or not unit.cue.verb:
        return False
    return _LAST_STEP.match(unit.norm) is not None and unit.cue.verb[0] in act.group("act")


def _planned_on_one_line(before: Unit, unit: Unit) -> bool:
    """A step that goes on the line of the one before, after its ；: the plan's next entry."""
    return (
        not unit.line_start
        and before.line == unit.line
        and before.norm.rstrip().endswith("；")
        and "\n" not in unit.text
    )


def _closed_here(state: ParseState, i: int, norm: str) -> bool:
    """Whether the unit at `i` closes the meeting (not a part of it: 开幕式结束, or 宣誓仪式结束
    with the meeting's own close after it)."""
    if (
        not P.CLOSING.search(norm)
        or _CEREMONY_CLOSED.match(norm)
        or _CEREMONY_CLOSED_THEN.match(norm)
    ):
        return False
    return not (_A_PART_OVER.search(norm) and _closes_later(state, i + 1))


def _stepped_items(state: ParseState) -> None:
    """首先，请…；接下来，请…；下面进行宪法宣誓…；最后，请…: a script with no numbers, headings
    or overview is laid out by the words that move it on; each opens an item when they open
    two or more turns, requests or named activities."""
    start = max([*state.overview_at, state.title_at or 0, -1]) + 1
    steps: list[int] = []
    in_part = False  # 下面进入颁奖环节: the turns after it are that part's, up to 最后
    shows = 0  # 请欣赏…: a step only where two or more others lay the script out
    for i in range(start, state.body_end):
        u = state.units[i]
        over = _CEREMONY_CLOSED_THEN.match(u.norm) if steps else None
        norm = u.norm[over.end() :] if over else u.norm  # 开幕式结束，下面进入主旨演讲环节。
        m = _STEP_AHEAD.match(norm)
        if m is None and steps and _ordinal_heads_a_turn(state, i):
            steps.append(i)  # 第二，事故案例警示教育。 then 请…剖析…
            continue
        after_show = bool(steps) and _SHOW_NEXT.match(state.units[steps[-1]].norm) is not None
        if m is None and (in_part or after_show) and _PART_AFTER_A_CLAUSE.search(u.norm[:40]):
            steps.append(i)  # 好，精彩的节目之后，下面进入大家最期待的抽奖环节！
            continue
        if m is None and not steps and u.role == "cue" and _FIRST_ASKED.match(u.norm):
            steps.append(i)  # 会议有这么几项内容。先请…通报… then 接下来，请…: the first step
            continue
        if m is None and steps and _speech_after_an_act(state, steps[-1], i):
            steps.append(i)  # 下面进行授旗。请…授旗。 then 请志愿者代表…发言: the next step
            continue
        if m is None and steps and _the_forms_after_the_turns(state, i):
            steps.append(i)  # 述职结束。请工作人员发放测评表: the evaluation, a step
            continue
        if steps and _closed_here(state, i, norm):
            break  # 揭牌仪式到此结束。下面，请各位领导和嘉宾参观…: after the close, no step
        if m is None or P.CLOSING.search(norm) or u.role in ("vote", "chrome"):
            continue
        what = m.group("what") or ""
        part_opens = bool(steps) and re.search(r"(?:宣誓|颁奖|签约|授牌|揭牌)仪式开始$", what)
        if what and re.search(r"(?:开始|开会|开幕)$|^(?:表决|投票)", what) and not part_opens:
            continue  # 下面，宣誓仪式开始: the meeting opens, no item (after a step: a part)
        if m.group("ord") and u.role != "cue" and not _ordinal_goes_on(state, steps, m["ord"]):
            continue  # 第一，请大家…: a point of the chair's remarks, not a step
        part = bool(_SECTION.search(u.norm[:40]))
        if (
            in_part
            and not part
            and not _LAST_STEP.match(u.norm)
            and not _act_opens_after(state.units[steps[-1]], u)
            and not _another_act(state.units[steps[-1]], u)
            and not _show_after_a_part(state.units[steps[-1]], norm)
            and not _after_the_rooms_turn(state, steps[-1], i)
        ):
            continue  # (下面进行项目签约。: an act of the programme ends the part before)
        if _LAST_STEP.match(u.norm) and steps and _last_of_a_run(state, steps[-1], i):
            continue  # 下面开始述职。首先，请A述职。…请B述职。…最后，请C述职。: the run's last
        if (
            _LAST_STEP.match(u.norm)
            and i > 0
            and _NEXT_OF_LIST.match(state.units[i - 1].norm)
            and (
                state.units[i - 1].line == u.line
                or _turn_word(u.norm) in ("", _turn_word(state.units[i - 1].norm))
            )
        ):
            continue  # 先请…；再请…；最后请…: the last one of those listed, not a step (最后，请…
            # 讲话 on the line after 然后请…作供职发言 is another turn: the next step)
        if i > 0 and _planned_on_one_line(state.units[i - 1], u):
            continue  # 今天的开班式，首先由…介绍…；其次请…；最后请…。: the plan, told
        if steps and steps[-1] >= i - 2 and _FIRST_OF_A_STEP.match(u.norm):
            continue  # 下面，进行表态发言。首先，请…发言: the first turn of the step just opened
        if steps and _turns_of_the_group_asked(state, i):
            continue  # 请拟任命人员作供职发言。首先请…，然后请…: the turns the group was asked for
        if steps and _one_of_the_group(state.units[steps[-1]], u):
            continue  # 下面请企业家代表发言。… 下面请…总裁童娟发言: one of those the step asked
        if steps and "最后" in state.units[steps[-1]].norm[:8] and not part:
            break  # 最后，审议通过… then 下面，请市政协主席讲话: the last step's own turn
        if steps and _the_act_goes_on(state.units[steps[-1]], u):
            continue  # 下面进行第一轮抽奖，… 最后，有请…抽出今晚的特等奖: the draw's last turn
        if what or u.role in ("cue", "direction") or m.group("ask") == "请":
            steps.append(i)  # 首先，请观看…短片 / 下面请欣赏…广场舞: a request opens a step too
            in_part = part
            if re.match(r"欣赏|收看", norm[m.start("what") if what else m.end() :]):
                shows += 1  # 下面请欣赏… / 接下来，欣赏…
        elif not steps and m.group("ask") and _cue_on_the_line_after(state, i):
            steps.append(i + 1)  # 首先，让我们以热烈的掌声，有请…致辞: the request after it
    if len(steps) - shows < 2:
        return  # (致辞, then 请欣赏舞蹈《春》: an evening's show, no agenda)
    opened = _turn_after_the_opening(state, start, steps[0])
    if opened is not None:
        steps.insert(0, opened)
    steps = _unmarked_steps(state, steps)
    for n, i in enumerate(steps, start=1):
        state.items_at[i] = n
        state.decide(state.units[i], "stepped", str(n))


_OPENS = re.compile(
    r"^\s*+(?:现在|下面)?[，]?\s*+[^，。；！？]{0,12}?(?:仪式|典礼|大会|会议)(?:现在)?(?:正式)?开始[。！]"
)


_FIRST_AFTER_THE_GREETING = re.compile(
    r"[。！？]\s*+(?:[^，。；！？]{0,8}?开始[，,]\s*+)?首先[，,]?\s*+(?:有请|请|由)"
)
"""…大家上午好！…。仪式开始，首先有请…致辞。 (one line): the first step, at the end of the
greeting's unit."""


def _last_of_a_run(state: ParseState, since: int, i: int) -> bool:
    """Whether the turn at `i` asks for what two or more turns of the step at `since` already
    did, each by another person (the last of a run of reports, not a step of its own)."""
    cue = state.units[i].cue if state.units[i].role == "cue" else None
    if cue is None or not cue.verb or cue.group or not cue.name:
        return False
    done = [
        c
        for k in range(since, i)
        if state.units[k].role == "cue" and (c := state.units[k].cue) is not None
    ]
    same = [c for c in done if c.verb == cue.verb and c.name != cue.name and not c.group]
    return len(same) >= 2


def _an_act(unit: Unit) -> bool:
    """Whether `unit` asks for an act (请领誓人领誓, named or not)."""
    return unit.role == "cue" and unit.cue is not None and unit.cue.kind == "action"


def _turn_after_the_opening(state: ParseState, start: int, first: int) -> int | None:
    """现在，宣誓仪式开始。… 请领誓人余晓东同志领誓 then 下面，请…发言: a named person's turn after
    the ceremony opens and before the first word that moves it on is its first step (which
    starts at the opening itself when 下面 announces it: 下面，宣誓仪式开始); so is
    one asked with 首先 at the end of the greeting (…。仪式开始，首先有请…致辞。), titled by its
    turn (the unit opens with the greeting)."""
    opened, announced = False, None
    for i in range(start, first):
        unit = state.units[i]
        if _OPENS.match(unit.norm):
            opened = True
            announced = i if unit.norm.lstrip().startswith("下面") else None
        elif opened and (_one_named_turn(unit) or announced is not None and _an_act(unit)):
            return i if announced is None else announced  # 下面，宣誓仪式开始: moved on there
        elif _one_named_turn(unit) and (asked := _FIRST_AFTER_THE_GREETING.search(unit.norm)):
            first_step = unit.text[unit.norm.index("首先", asked.start()) :]
            state.item_titles[i] = turn_title(first_step) or _clause(first_step)
            return i
    return None


_FORMS_HANDED_OUT = re.compile(
    r"\s*+(?:现在|下面)?[，]?请工作人员(?:分发|发放)[^，。；！？]{0,6}?(?:测评表|测评票|评议表|测评)"
)
_TURNS_OVER = re.compile(r"^\s*+(?:述职|发言|汇报|点评)(?:到此)?(?:结束|完毕)[。！，]\s*+")


def _the_forms_after_the_turns(state: ParseState, i: int) -> bool:
    """述职结束。请工作人员发放测评表，请大家…填写: the turns over, the evaluation is the next
    step of a script run by the words that move it on."""
    over = _TURNS_OVER.match(state.units[i].norm)
    return over is not None and bool(_FORMS_HANDED_OUT.match(state.units[i].norm, over.end()))


def _cue_on_the_line_after(state: ParseState, i: int) -> bool:
    """The unit after `i`, on the same line, is a turn asked for."""
    after = state.units[i + 1] if i + 1 < state.body_end else None
    return after is not None and after.role == "cue" and after.line == state.units[i].line


_PART_AFTER_A_CLAUSE = re.compile(
    r"(?:[，,]\s*+(?:下面|接下来|接着|现在)|(?:之后|过后)[，,]?\s*+)就?(?:进入|是|开始)"
    r"[^，。；！？]{0,12}?(?:环节|阶段|板块|演出时间|表演时间|文艺表演|文艺演出|文艺节目)"
    r"|^[^，。；！？]{0,12}?环节到了[！!。]"
)
"""好，精彩的节目之后，下面进入…抽奖环节 / 精彩的节目之后，是…抽奖环节 / 表彰之后，是…文艺演出时间
/ 激动人心的抽奖环节到了！: a part opened after a clause of the chair's own."""
_ORDINAL_HEAD = re.compile(
    r"^\s*+第[一二三四五六七八九十]{1,2}[，、]\s*+[^，。；！？请]{2,16}[。：]\s*+$"
)
"""第二，事故案例警示教育。: an ordinal and the name of what comes, on its own."""


def _ordinal_heads_a_turn(state: ParseState, i: int) -> bool:
    """第二，事故案例警示教育。 then 请…剖析…: a short ordinal line naming what comes, a request
    right after it: a step of the programme."""
    unit = state.units[i]
    after = state.units[i + 1] if i + 1 < len(state.units) else None
    return (
        unit.role == "text"
        and _ORDINAL_HEAD.match(unit.norm) is not None
        and not _MUST.match(unit.norm)
        and after is not None
        and after.role == "cue"
        and after.line == unit.line
    )


def _one_of_the_group(step: Unit, unit: Unit) -> bool:
    """`unit` asks one named person for the turn a step's group request asked its people for
    (企业家代表发言 then …总裁童娟发言)."""
    if step.role != "cue" or step.cue is None or step.cue.name:
        return False  # (企业家代表 / 各位委员: no one named)
    if not _one_named_turn(unit) or unit.cue is None or unit.cue.kind != step.cue.kind:
        return False
    word = _turn_word(step.norm)
    return bool(word) and word == _turn_word(unit.norm)


def _one_named_turn(unit: Unit) -> bool:
    """A request to one person by name (not a group, not a kind of person)."""
    return (
        unit.role == "cue" and unit.cue is not None and not unit.cue.group and bool(unit.cue.name)
    )


def _unmarked_steps(state: ParseState, steps: list[int]) -> list[int]:
    """首先，请局长介绍…。下面请…表态发言。接下来，请学生代表致辞。请区长讲话。: a step that is one
    person's turn is over when it is done; the next request, of another kind and with no word
    that moves the meeting on, is a step of its own (after any step but 最后). When the count
    (共有六项) asks for more, so is the next one of the same kind (请新入职教师代表…发言)."""
    out = _with_unmarked(state, steps, counted=False)
    if len(out) < (state.promised or 0):
        counted = _with_unmarked(state, steps, counted=True)
        if len(counted) == state.promised:
            return counted
    return out


def _with_unmarked(state: ParseState, steps: list[int], counted: bool) -> list[int]:
    """`steps` with the unmarked requests after each taken as steps of their own."""
    out: list[int] = []
    end = state.closing_at or state.body_end
    for k, first in enumerate(steps):
        out.append(first)
        if _LAST_STEP.match(state.units[first].norm):
            continue  # 最后，请…: nothing after the last
        until = steps[k + 1] if k + 1 < len(steps) else end
        alike = counted or (k > 0 and _a_lone_turn_alike(state, steps[k - 1], first))
        out.extend(_turns_after_a_step(state, first, until, k + 1 < len(steps), alike))
    return out


def _a_lone_turn_alike(state: ParseState, before: int, step: int) -> bool:
    """首先，请阮局长介绍… then 下面请闫副局长介绍…: the step before was one person's turn of
    the same kind, so each like it after this one is a step of its own too."""
    one, this = state.units[before], state.units[step]
    if not (_one_named_turn(one) and _one_named_turn(this)) or one.cue is None or this.cue is None:
        return False
    if any(state.units[k].role == "cue" for k in range(before + 1, step)):
        return False
    return one.cue.kind == this.cue.kind and _turn_word(one.norm) == _turn_word(this.norm)


def _turns_after_a_step(
    state: ParseState, first: int, until: int, between: bool, counted: bool
) -> list[int]:
    """The unmarked requests after the step at `first`, before `until`, each a step of its own
    (`between` two steps: only one person's, and not in a part, which holds its turns; of the
    same kind as the step only when `counted`)."""
    out = [first]
    for i in range(first + 1, until):
        unit, step = state.units[i], state.units[out[-1]]
        if P.CLOSING.search(unit.norm):
            break  # 开班式到此结束 then the first lecture: another part of the day
        if unit.role != "cue" or unit.cue is None or step.cue is None or not _one_named_turn(step):
            continue
        if unit.line == step.line and step.norm.rstrip().endswith("，"):
            continue  # 请领誓人…领誓，请院长…监誓。: two asked in one breath, one step
        if any(state.units[k].role == "cue" for k in range(out[-1] + 1, i)):
            break  # the step holds more turns than one: a list, whose next ones are its own
        if between and (
            _SECTION.search(step.norm[:40])
            or not _one_named_turn(unit)
            or _TO_THE_BATCH.search(unit.norm)
            or any("？" in state.units[k].norm for k in range(out[-1] + 1, i))
        ):
            break  # (下面进入表彰环节: a part holds its turns; a group coming up joins the act;
            # 宣读表彰决定 then 请…为她们颁奖: the award to those read, one step; 在座的哪位
            # 还想说几句？ then 好，请…讲几句: the one who answers the room)
        same = unit.cue.verb == step.cue.verb if unit.cue.kind == "action" else True
        if (
            unit.cue.kind == step.cue.kind
            and same
            and not _for_other_bodies(state, out[-1], i)
            and _turn_word(unit.norm) == _turn_word(step.norm)
            and not (counted and _one_named_turn(unit))
        ):
            break  # (宣布项目开工 then 为项目奠基培土: another act, a step)
        out.append(i)
    return out[1:]


_REPRESENTS = re.compile(r"请(?P<who>[^，。；！？、请]{1,10}?代表)[、，]")


def _for_other_bodies(state: ParseState, step: int, turn: int) -> bool:
    """请企业代表、…孟凡发言 then 请毕业生代表、…周雨桐同学发言: turns of one kind for different
    bodies are steps apart, unless the script names them together as one (入党介绍人代表和新党员代表
    发言)."""
    one = _REPRESENTS.search(state.units[step].norm[:40])
    other = _REPRESENTS.search(state.units[turn].norm[:40])
    if one is None or other is None or one.group("who") == other.group("who"):
        return False
    together = re.compile(
        re.escape(one.group("who")) + "[和、及与]" + re.escape(other.group("who"))
    )
    return not any(together.search(u.norm) for u in state.units[:step])


def _unnumbered_first_item(state: ParseState) -> None:
    """首先，请全体起立，奏唱国歌 before 进行典礼第二项: item 1, run without its number."""
    first = min(state.items_at)
    if state.items_at[first] != 2:
        return
    start = max([*state.overview_at, state.title_at or 0]) + 1
    for i in range(first - 1, start - 1, -1):
        u = state.units[i]
        first_step = re.search(r"(?:^|[。！？])\s*+(?:[（(][^）)]{1,4}[）)])?\s*+首先", u.norm)
        if first_step:
            state.items_at[i] = 1
            rest = u.text[first_step.end() :]
            if not state.titles:  # run as 首先 with no number: the overview's name, if any
                state.item_titles[i] = _clause(rest[_lead_end(u.norm[first_step.end() :]) :])
            state.decide(u, "unnumbered", "1")
            return
    opening = next((i for i in range(start, first) if _opens_the_first_item(state.units[i])), None)
    if opening is not None:  # 请全体起立，奏唱国歌。 then 大会进行第二项: that request is item 1
        state.items_at[opening] = 1
        state.decide(state.units[opening], "unnumbered", "1")


def _unnumbered_first_two(state: ParseState) -> None:
    """共有三项议程。首先，请…介绍…。下面，请…介绍…。第三项，回答记者提问: items 1 and 2, each a
    turn asked with a word that moves the meeting on, run without their numbers."""
    first = min(state.items_at)
    if state.items_at[first] != 3:
        return
    start = max([*state.overview_at, state.title_at or 0]) + 1
    asked = [
        i
        for i in range(start, first)
        if state.units[i].role == "cue"
        and (c := state.units[i].cue) is not None
        and not c.group
        and _STEP_AHEAD.match(state.units[i].norm)
    ]
    if len(asked) != 2 or not re.match(
        r"^\s*+" + P._HOSTS + r"\s*+首先", state.units[asked[0]].norm
    ):
        return
    for n, i in enumerate(asked, start=1):
        state.items_at[i] = n
        state.decide(state.units[i], "unnumbered", str(n))


def _opens_the_first_item(unit: Unit) -> bool:
    """A request to the room or a turn, not a bracketed stage direction, not a remark."""
    asked = re.match(
        P.LEAD + r"(?:(?:大会|会议|典礼|仪式)(?:现在)?开始[，：]\s*+)?(?:请|有请|欢迎)", unit.norm
    )
    return unit.role in ("cue", "direction") and asked is not None and not _is_direction(unit.norm)


_LAST_TURN_TOLD = re.compile(
    r"(?:^|[。；])\s*+(?:(?:另外|此外)[，]?)?"
    r"(?:会议结束前|会议最后|最后|(?:事情)?(?:都)?(?:议|商量|讨论)完(?:了|以后|之后)?)[，]?\s*+再?(?:请|由)"
    r"[^，。；！？]{2,20}?(?:讲几句|讲话|作总结|讲(?:一讲|讲)?(?=[^，。；！？]{0,30}[。！]?\s*+$))"
    r"[^，。；！？]{0,30}?[。！]?\s*+$"
)
"""…二是…。会议结束前，再请韦主任讲几句。 / 另外，会议最后请朱书记给大家讲一讲今年的…工作。 /
议完了，再请苏书记讲几句。 at the overview's end: one more turn, after the things it counts."""


def _last_turn_told(state: ParseState, i: int) -> bool:
    """Whether overview unit `i` ends with a last turn told (or the sentence after it, on its
    line, is one)."""
    after = state.units[i + 1] if i + 1 < len(state.units) else None
    said = state.units[i].norm
    if after is not None and after.line == state.units[i].line:
        said += after.norm
    return _LAST_TURN_TOLD.search(said) is not None


def _unnumbered_last_items(state: ParseState) -> None:
    """最后，请…讲话 after the last numbered item, when the overview promises one more."""
    promised = max(state.promised or 0, len(state.titles))
    if not state.plan and any(_last_turn_told(state, i) for i in state.overview_at):
        promised += 1  # 主要商议两件事：一是…；二是…。会议结束前，再请韦主任讲几句。
    last_at = max(state.items_at)
    n = state.items_at[last_at]
    own = _chair_last(state, last_at) if n + 1 == promised else None
    if own is not None:  # 最后，我讲几点意见。 the overview's last item, the chair's own turn
        state.items_at[own] = n + 1
        state.decide(state.units[own], "unnumbered", str(n + 1))
        return
    asked = _asked_as_told(state, last_at, n) if n + 1 == promised else None
    if asked is not None:  # 四是请…领导点评 then 下面，请蒋永和副部长点评 (not 刚才蒋部长的点评…)
        state.items_at[asked] = n + 1
        state.decide(state.units[asked], "unnumbered", str(n + 1))
        return
    if len(state.titles) > n:  # the overview names the items still to come: by their words
        tail = _aligned(state, last_at + 1, state.titles[n:])
        for k, i in tail.items():
            state.items_at[i] = n + k
            state.decide(state.units[i], "anchored", str(n + k))
        if tail:
            return
    # 第三项，请…总经理覃文斌先生发言。（发言毕）: his turn was the item, the next request is the
    # next item's (a thanks between says so too)
    announced = state.units[last_at].cue if _one_named_turn(state.units[last_at]) else None
    one_turn = announced is not None and announced.kind == "speech"
    seen_text = False
    for i in range(last_at + 1, state.body_end):
        if n >= promised:
            return
        u = state.units[i]
        if P.CLOSING.search(u.norm):
            return
        lead = re.match(
            r"^\s*+" + P._HOSTS + r"\s*+(?:[（(][^）)]{1,4}[）)])?\s*+"
            r"(?P<w>最后|下面|接下来|然后|现在[，,]\s*+我们)",
            u.norm,
        )
        if (
            u.role == "cue"
            and u.cue is not None
            and not u.cue.group
            and lead
            and (lead.group("w") == "最后" or seen_text)
        ) or (lead and u.role == "text" and _ACT_STEP_AFTER.match(u.norm, lead.end())):
            n += 1
            state.items_at[i] = n
            state.decide(u, "unnumbered", str(n))
            seen_text = False
        elif u.role == "text" and not P.WRITTEN.search(u.norm):
            seen_text = True  # 刚才…讲得很好 / 谢谢…: the item before has had its turn
        elif one_turn and u.role == "direction" and _SAID_DONE.search(u.norm):
            seen_text = True


_SAID_DONE = re.compile(r"^\s*+[（(][^）)]{0,6}?(?:毕|完毕|结束)[）)]")
"""（发言毕） / （讲话结束）: the turn before is over."""
_ACT_STEP_AFTER = re.compile(r"[，]?\s*+(?:进行|举行)[^，。；！？]{0,12}?" + _ONE_ACT)
"""下面进行最激动人心的时刻——揭牌。: an act announced as the next step."""


def _asked_as_told(state: ParseState, last_at: int, n: int) -> int | None:
    """四是请…领导点评 then 下面，请蒋永和副部长点评: the first named request after the last
    numbered item that asks for the very act the overview's last entry asks: that item."""
    if len(state.titles) <= n or not state.titles[n].startswith(("请", "由")):
        return None
    for i in range(last_at + 1, state.body_end):
        u = state.units[i]
        if P.CLOSING.search(u.norm):
            return None
        lead = re.match(r"^\s*+(?:下面|接下来|然后|最后)", u.norm)
        if u.role == "cue" and u.cue is not None and u.cue.name and not u.cue.group:
            verb = u.cue.verb
            return i if lead and len(verb) >= 2 and verb in state.titles[n] else None
    return None


_CHAIR_LAST = re.compile(
    r"^\s*+最后[，,]?\s*+(?:由)?我(?:代表[^，。；]{1,20}?)?(?:再|来|简单|就)*(?:讲|作|做|强调|谈|说)"
)
"""最后，我讲几点意见 / 最后，我代表党委作总结讲话: the chair's own last turn, run as the last item."""


def _chair_last(state: ParseState, after: int) -> int | None:
    """The unit after `after` where the chair opens their own last turn, if one does."""
    for i in range(after + 1, state.body_end):
        if _CHAIR_LAST.match(state.units[i].norm):
            return i if state.units[i].role == "text" else None
    return None


_PART_NAME = re.compile(
    P.LEAD + r"(?:进入|转入|是)(?:到)?(?P<name>[^，。；！？]{2,12}?)(?:环节|阶段|板块)"
)


_CHAPTER = re.compile(
    r"第[一二三四五六七八九十]{1,2}(?:篇章|乐章|板块|章)|进入[^，。；！？]{1,8}?(?:篇章|乐章)"
)
"""【第三篇章 展望】 / 下面进入欢聚篇章: a chapter of a gala, which holds the 环节 announced inside
it."""


def _part_after_the_last(state: ParseState) -> None:
    """接下来进入主旨演讲环节 after the last numbered item, with turns of its own: one more part
    of the meeting, an item (its name not the last item's, the last item's turns before it).
    Each part the script goes on to run is one more (…下面进入主旨演讲环节…下面是圆桌对话环节),
    after an opening ceremony's close too (开幕式结束。下面进入主旨演讲环节)."""
    past_ceremony = False
    while _one_more_part(state, past_ceremony):
        past_ceremony = True


_OPENING_CEREMONY = r"(?:开幕式|开幕仪式|开班式|开班仪式)"
_CEREMONY_OVER = r"^\s*+" + _OPENING_CEREMONY + r"(?:到此)?(?:结束|礼成)"
_CEREMONY_CLOSED = re.compile(_CEREMONY_OVER + r"[。！]?\s*+$")
"""开幕式结束。: the opening ceremony over, the day's parts to come."""
_CEREMONY_CLOSED_FIRST = re.compile(_CEREMONY_OVER + r"(?:[。！]|\s*+$)")
"""开幕式到此结束。请各位专家移步…合影。: the ceremony's close first on its line, for the lectures
after it (the close alone is `_CEREMONY_CLOSED`)."""
_CEREMONY_CLOSED_THEN = re.compile(_CEREMONY_OVER + r"[，,]\s*+(?=下面|接下来)")
"""开幕式结束，下面进入主旨演讲环节。: the close and the next part in one sentence."""


_QUESTIONS_PART = re.compile(r"互动|提问|答疑|问答|交流")
"""互动环节 / 提问环节 after a lecture: the lecture's own time for questions."""


def _one_more_part(state: ParseState, past_ceremony: bool) -> bool:
    """The part after the last item, made the next item: whether one was, so that more may
    follow."""
    last_at = max(state.items_at)
    n = state.items_at[last_at]
    if not any(state.units[i].role == "cue" for i in range(last_at, state.body_end)):
        return False
    closed = False
    for i in range(last_at + 1, state.body_end):
        u = state.units[i]
        norm = u.norm
        if not closed and (past_ceremony or n > 1):
            if _CEREMONY_CLOSED.match(norm):
                closed = True  # 开幕式结束。 then 下面进入主旨演讲环节
                continue
            over = _CEREMONY_CLOSED_THEN.match(norm)
            closed = over is not None
            norm = norm[over.end() :] if over else norm
        if P.CLOSING.search(norm) or i in state.items_at:
            return False
        m = _PART_NAME.match(norm)
        if m is None:
            continue
        if _CHAPTER.search(state.units[last_at].norm) and "环节" in u.norm:
            return False  # 【第三篇章 展望】 … 接下来是抽奖环节: a part of the last chapter
        # 第二讲：… then 下面进入互动环节，大家有什么问题…: the lecture's time for questions
        if _lecture_number(state.units[last_at].norm) and _QUESTIONS_PART.search(m.group("name")):
            return False
        title = _item_title(state, last_at, n)
        turns = any(state.units[k].role == "cue" for k in range(i, state.body_end))
        if turns and m.group("name") not in title and _bigram_share(m.group("name"), title) < 0.5:
            state.items_at[i] = n + 1
            cut = len(u.norm) - len(norm)
            state.item_titles[i] = u.text[cut + m.start("name") : cut + m.end()]
            state.decide(u, "unnumbered", str(n + 1))
            return True
        return False
    return False


# --- 6. closing ----------------------------------------------------------------------------


def find_closing(state: ParseState) -> None:
    """Pass 6: the closing, after the last item (or in the second half without items)."""
    state.closing_at = state.body_end
    if state.items_at:
        after = max(state.items_at) + 1
    else:
        after = max((state.title_at or 0) + 1, state.body_end // 2)
    for i in range(after, state.body_end):
        u = state.units[i]
        if u.role in ("text", "vote") and P.CLOSING.search(u.norm):
            if _A_PART_OVER.search(u.norm) and _closes_later(state, i + 1):
                continue  # 宪法宣誓仪式结束。…最后，请…讲话。…散会。: a part of the item is over
            state.closing_at = i
            return


_A_PART_OVER = re.compile(r"(?:宣誓|颁奖|颁证|揭牌|授牌|授旗|签约|入党)仪式(?:就|到此|到这里)*结束")


def _closes_later(state: ParseState, after: int) -> bool:
    """Whether the meeting closes after `after` (散会 / 会议到此结束)."""
    return any(
        P.CLOSING.search(state.units[k].norm) and not _A_PART_OVER.search(state.units[k].norm)
        for k in range(after, state.body_end)
    )


# --- 7. assemble ---------------------------------------------------------------------------


@dataclass
class _Section:
    """Where steps go while assembling, and the limits that govern its cues."""

    steps: list[Step]
    kind: str  # opening | item | closing
    cues: list[tuple[SpeakerCue, int | None]] = field(default_factory=list)
    limit: int | None = None
    limit_count: int | None = None
    """How many turns the item's limit is for, when it counts them (有6位同志作重点发言)."""
    limit_from: int | None = None
    """The first of the item's cues its limit surely governs: the turns before it only when
    they are the kind of turn it speaks of (发言, not the 报告 before the members' 发言)."""
    limit_word: str = ""
    limit_whom: str = ""
    """Whom the item's limit names (每位常委发言… -> 常委): it governs their turns only."""
    kind_limits: dict[str, int] = field(default_factory=dict)


def _original(unit: Unit, value: str | None, start: int) -> str | None:
    """A name or role as written (traditional stays traditional): its span in the original."""
    if not value:
        return value
    at = unit.norm.find(value, start)
    if at < 0:
        at = unit.norm.find(value)
    return unit.text[at : at + len(value)] if at >= 0 else _pieced(unit, value)


def _pieced(unit: Unit, value: str) -> str:
    """A role put together from words apart in the sentence (越南平阳省工商协会 … 会长), each
    word as written: the longest piece found at each step, a character left as it is."""
    out: list[str] = []
    rest = value[:60]
    while rest:
        for k in range(len(rest), 0, -1):
            at = unit.norm.find(rest[:k])
            if at >= 0:
                out.append(unit.text[at : at + k])
                rest = rest[k:]
                break
        else:
            out.append(rest[0])
            rest = rest[1:]
    return "".join(out)


def _cue_steps(state: ParseState, unit: Unit) -> list[SpeakerCue]:
    """The turns of one cue: one, or one for each person a group cue names."""
    cue = unit.cue
    assert cue is not None
    if cue.people:
        state.decide(unit, "group")
        return [
            SpeakerCue(
                unit.text,
                unit.line,
                name=_original(unit, name, cue.start),
                kind=cue.kind,
                role=_original(unit, role, cue.start),
            )
            for name, role in cue.people
        ]
    step = SpeakerCue(
        unit.text,
        unit.line,
        name=_original(unit, cue.name, cue.start),
        kind=cue.kind,
        role=_original(unit, cue.role, cue.start),
        group=cue.group,
    )
    if cue.kind == "action":
        verb = cue.verb
        if not verb:  # 有请…上台，代表…签订…合同: the act named after who
            named = _ACT_NAMED.search(unit.norm, cue.start)
            verb = named.group() if named else ""
        state.decide(unit, "action", verb)
    elif cue.group:
        state.decide(unit, "group")
    one = bool(cue.name or (cue.role and not cue.group))  # (a name left blank: 董事长×××)
    then = _THEN_ACTS.search(unit.norm, cue.start) if cue.kind == "speech" and one else None
    if then is not None:  # 请…郁长青讲话并宣布“安全生产月”活动启动: the speech, then his act
        state.decide(unit, "action", then.group("act"))
        act = SpeakerCue(step.text, step.line, name=step.name, kind="action", role=step.role)
        return [step, act]
    again = _THEN_AWARDS.search(unit.norm, cue.start) if cue.kind == "action" and cue.name else None
    if (
        again is not None
        and cue.verb not in ("宣读", "宣布")  # (宣读获奖团队名单，并为获奖团队颁奖: one award)
        and not again.group("act").startswith(cue.verb[:1] or "\0")
    ):
        state.decide(unit, "action", again.group("act"))  # 发布《…清单》，并为…企业授牌
        second = SpeakerCue(step.text, step.line, name=step.name, kind="action", role=step.role)
        return [step, second]
    oath = _THEN_LEADS_OATH.search(unit.norm, cue.start) if cue.kind == "action" else None
    if oath is not None and (cue.name or cue.role) and cue.verb != "领誓":
        state.decide(unit, "action", oath.group("act"))  # 宣读安全承诺书，并带领…进行安全宣誓
        second = SpeakerCue(step.text, step.line, name=step.name, kind="action", role=step.role)
        return [step, second]
    after = (
        _THEN_SPEAKS.search(unit.norm, cue.start)
        if cue.kind == "action" and (cue.name or cue.role)
        else None
    )
    if after is not None and not (after.group("launch") and after.group("first") != "宣读"):
        # 请…马国栋宣读《…方案》并作具体安排: his act, then his speech (…，并宣布活动启动: an act)
        kind: CueKind = "action" if after.group("launch") else "speech"
        second = SpeakerCue(step.text, step.line, name=step.name, kind=kind, role=step.role)
        return [step, second]
    return [step]


_ACT_NAMED = re.compile(ACTION_VERBS)
"""The act a request names after who (for `chair check`'s line when the cue has no verb)."""
_THEN_ACTS = re.compile(
    r"(?:"
    + SPEECH_VERBS
    + r")[^，。；！？]{0,20}?[，]?并(?:为[^，。；！？]{1,20}?)?(?P<act>宣布|宣读|启动|揭牌|揭幕|颁奖|颁发|发放(?=[^，。；！？]{0,8}?(?:证书|聘书|证|奖|慰问品|慰问金|礼品|纪念品|红包))|授旗|按下|开启|发布(?=《|“))"
)
"""讲话并宣布…启动 / 作论坛总结并发布《…倡议》: one person's speech and then an act, two steps."""
_THEN_AWARDS = re.compile(
    r"[，,]\s*+并(?:为|向)[^，。；！？]{1,24}?(?P<act>授牌|颁奖|颁发|揭牌|授旗|颁证)(?=[。！，；]|$)"
)
"""发布《…清单》，并为首批…企业授牌: one person's act, then an award of their own, two steps."""
_THEN_LEADS_OATH = re.compile(
    r"[，,]\s*+并(?:带领|领着)[^，。；！？]{1,24}?(?:进行)?[^，。；！？]{0,6}?(?P<act>宣誓|重温[^，。；！？]{0,8}?誓词)"
)
"""宣读安全承诺书，并带领全体作业人员进行安全宣誓: one person's act, then the oath they lead."""
_THEN_SPEAKS = re.compile(
    r"(?P<first>宣读|宣布|颁发|颁奖|授旗|揭牌|念(?=[一两]遍|一下))[^，。；！？]{0,40}?(?:[，]?并|[，](?=汇报))"
    r"(?:(?:对|就)[^，。；！？]{1,24}?)?"
    r"(?:(?:作|做)[^，。；！？]{0,16}?(?:安排|说明|讲话|部署|动员)|(?:发表)?(?:讲话|致辞)(?=[。！，]|$)"
    r"|(?<=[并，])汇报(?=[^，。；！？]{2,30}?(?:情况|经历|体会|认识|动机))"
    r"|(?<=并)介绍(?=[^，。；！？]{2,30}?(?:情况|安排|做法|经验|考虑))"
    r"|(?<=并)说明(?=一下)"
    r"|提出?[^，。；！？]{0,6}?要求(?=[。！，]|$)"
    r"|(?P<launch>宣布)[^，。；！？]{0,12}?(?:启动|开始|开幕|开工))"
)
"""宣读《…方案》并作具体安排 / …，并对全年工作作具体安排部署 / 宣读…，并宣布活动启动 / 颁发…证书
并讲话 / 宣读入党志愿书，汇报对党的认识… / …，并就活动开展提出具体要求 (提几点要求) /
宣布培训纪律，并介绍…课程安排 / 把…念一遍，并说明一下…: one
person's act and then a speech (or a second act), two steps."""


def _place_limit(state: ParseState, section: _Section, i: int, meeting_limit: list[int]) -> bool:
    """A limit sentence: the meeting's (opening, or 全体), its item's (每人…, or a group's turn),
    or one cue's (False: the cue at this unit keeps it as its own)."""
    unit = state.units[i]
    limit = unit.limit
    if limit is None:
        return True
    if unit.kind_limits:
        kinds = section.kind_limits if section.kind == "item" else state.kind_limits
        kinds.update(unit.kind_limits)
    if section.kind == "opening" or (section.kind == "item" and P.LIMIT_MEETING.search(unit.norm)):
        word = _limit_word(unit.norm)
        if state.meeting_limit_word and word != state.meeting_limit_word and word in _OWN_KIND:
            state.kind_limits.setdefault(word, limit)  # 每人述职…6分钟 then 每次点评…2分钟: each
            state.decide(unit, "limit_meeting", str(limit))  # kind keeps its own
            return True
        meeting_limit[0] = limit
        state.meeting_limit_word = word if word in _OWN_KIND or word == "发言" else ""
        state.decide(unit, "limit_meeting", str(limit))
        return True
    group = unit.cue is not None and unit.cue.group  # 由委员和企业代表发言…6分钟以内: each one's
    if section.kind == "item" and (unit.role != "cue" or group or P.LIMIT_EACH.search(unit.norm)):
        if section.limit is not None and unit.role == "cue" and limit != section.limit:
            return False  # …作简要回应，每个部门不超过3分钟 after the item's 8: that turn's own
        if section.limit is None:
            section.limit = limit
            section.limit_from = len(section.cues) if unit.role != "cue" or group else None
            section.limit_word = _limit_word(unit.norm)
            whom = _LIMIT_WHOM.search(unit.norm)
            section.limit_whom = (
                whom.group("who") if whom and whom.group("who") in _ADDRESSED else ""
            )
            counted = _COUNTED.search(unit.norm)
            section.limit_count = cn_number(counted.group("n")) if counted else None
        if unit.role == "cue" or section.cues:
            state.decide(unit, "limit_item", str(limit))
        return True
    return False


def _close_section(state: ParseState, section: _Section, meeting_limit: int) -> None:
    """Each cue of the section gets its own limit, else the item's, else the meeting's.

    A limit for the whole meeting (所有汇报发言的同志每位不超过6分钟) is for those who report
    and speak in turn, not for a leader's 讲话: that keeps the default; nor, when it names one
    kind of turn (述职), for the others. An item's limit for a counted few (有6位同志作重点发言，
    每人…) governs that many turns, not the replies after."""
    default, meeting_word = state.default_limit_s, state.meeting_limit_word
    if section.kind == "item" and not section.cues and section.kind_limits:
        for word, limit in section.kind_limits.items():  # 一、会议开始 …每位述职人述职不超过8分钟，
            state.kind_limits.setdefault(word, limit)  # 点评每次3分钟: for the items to come
    left = section.limit_count
    first = section.limit_from if section.limit_from is not None else 0
    later: list[Step] = [c for c, _ in section.cues]
    for k, (cue, own) in enumerate(section.cues):
        norm = normalise(cue.text)
        word = _turn_word(norm)
        other_kind = bool(meeting_word) and word != meeting_word  # 述职's limit, a 点评
        if meeting_word == "发言":  # 口头发言每人限时6分钟: not the 报告 nor the leader's 回应
            other_kind = word in _NOT_A_SPEECH_FROM_THE_FLOOR
        wide = default if word == "讲话" or other_kind else meeting_limit
        if k < first and not (section.limit_word and word == section.limit_word):
            cue.limit_s = own or wide  # 请院长作报告。…每人发言不超过8分钟: not a 发言
            continue
        if cue.name is None and _CRITICISM_OF.search(norm):
            # 请同志们批评: the room's round, not a member's check (相互批评每人每次3分钟: its own)
            by_kind = _by_kind(section.kind_limits, norm) or _by_kind(state.kind_limits, norm)
            cue.limit_s = own or by_kind or default
            continue
        item = section.limit if left is None or left > 0 else None
        if item is None and left == 0 and _the_floor_after_them(cue):
            item = section.limit  # 共有4位常委发言，每人…。…其他常委还有什么意见建议，也可以…提出
        if section.limit_whom and left is None and not _one_of(cue, norm, section.limit_whom):
            item = None  # 每位常委发言不超过8分钟: not the official's reply after them
        if left is not None and not cue.group and not _announces(cue, later[k + 1 :]):
            left -= 1
        # an item's own limits win over the meeting's
        by_kind = _by_kind(section.kind_limits, norm) or item or _by_kind(state.kind_limits, norm)
        cue.limit_s = own or by_kind or wide
    section.cues.clear()


def _the_floor_after_them(cue: SpeakerCue) -> bool:
    """The room's own turn after the counted few an item's limit is for: the floor opened to
    the rest takes their limit (not an official's reply, which has a name or a post)."""
    return cue.name is None and cue.role is None and cue.kind == "speech"


_TURN = re.compile(r"讲话|对照检查|发言|汇报|述职|报告|致辞|回应|答复|点评")
_OWN_KIND = ("述职", "致辞", "回应", "答复", "点评", "对照检查")
"""Kinds of turn a meeting's limit keeps to when it names one (汇报 names any turn; 发言 any
but those below)."""
_NOT_A_SPEECH_FROM_THE_FLOOR = ("报告", "回应", "答复")
"""Turns a meeting's limit for 发言 does not cover: a report, a leader's reply."""
_COUNTED = re.compile(r"(?:有|安排|共)(?P<n>[0-9]{1,2}|[一二三四五六七八九十两]{1,3})\s*+(?:位|名)")


_LIMIT_WHOM = re.compile(
    r"每(?:位|名|一位)(?P<who>[\u4e00-\u9fff]{1,4}?)(?:同志)?的?"
    r"(?:发言|述职|汇报|表态|交流|点评|讲话|分享|时间|都|均|要|应|控制|不超过|不得|限)"
)
_ADDRESSED = ("常委",)
"""Those a limit may name who are called so by name (请邱德明常委发言): where the limit is
theirs, an official's reply after them keeps its own (for 每位代表 and the like, the
annotators' readings differ too much to tell whose turns are whose)."""


def _one_of(cue: SpeakerCue, norm: str, whom: str) -> bool:
    """Whether a cue is a turn of those a limit names (常委: 请邱德明常委发言, a 常委's role, or
    the room's own turn)."""

    def as_matched(value: str | None) -> str:  # (norm is cue.text position for position)
        at = cue.text.find(value) if value else -1
        return norm[at : at + len(value)] if value and at >= 0 else normalise(value or "")

    name, role = as_matched(cue.name), as_matched(cue.role)
    return whom in role or bool(name) and name + whom in norm or not name and whom in norm


def _by_kind(kinds: dict[str, int], norm: str) -> int | None:
    """The limit for the kind of turn a cue is (请…作表态发言 -> the 表态 limit), if one is set."""
    found = [(norm.find(word), limit) for word, limit in kinds.items() if word in norm]
    return min(found)[1] if found else None


def _limit_word(norm: str) -> str:
    """The kind of turn the clause that sets a limit speaks of (每位委员发言…5分钟 -> 发言)."""
    for clause in re.split(r"[。；！？]", norm):
        m = P.LIMIT.search(clause)
        if m and P.LIMIT_CONTEXT.search(clause):  # (…每人控制在15分钟以内，不要讲成述职报告)
            start = clause.rfind("，", 0, m.start()) + 1
            end = clause.find("，", m.end())
            own = clause[start : end if end >= 0 else len(clause)]
            return _turn_word(own) or _turn_word(clause[: m.start()]) or _turn_word(clause)
    return ""


def _turn_word(norm: str) -> str:
    """The first word in `norm` that names a kind of turn (发言, 讲话, 回应…), or ''."""
    m = _TURN.search(norm)
    return m.group() if m else ""


def _offices_named_after(role: str, after: list[Step], kind: str) -> bool:
    """请县人社局、县医保局的负责同志作回应。then 请县人社局副局长…回应。请县医保局副局长…回应。:
    the offices listed, then a turn for someone of two of them or more."""
    offices, _, who = role.rpartition("的")
    if not who.endswith(("负责同志", "负责人", "同志")):
        return False
    return _offices_answering(offices, after, kind)


_OFFICES_ASKED = re.compile(r"请(?P<offices>[^，。；！？请]{4,40}?)(?:作|进行|依次|分别)")
"""请县公安局、大坪镇、瑶山乡作表态发言: the offices themselves asked, no one in them named."""


def _offices_answering(offices: str, after: list[Step], kind: str) -> bool:
    """Two or more of the offices listed in `offices` (、 和 及) have someone of theirs take a
    turn of `kind` in `after`."""
    if not re.search(r"[、和及]", offices):
        return False
    listed = [o for o in re.split(r"[、和及]", offices) if len(o) >= 2]
    roles = [s.role or "" for s in after if isinstance(s, SpeakerCue) and s.kind == kind]
    answering = sum(1 for o in listed if any(r.startswith(o) for r in roles))
    return len(listed) >= 2 and answering >= 2  # (not every office need answer)


def _announces(step: SpeakerCue, after: list[Step]) -> bool:
    """请居民代表发言。请张大爷发言。请李阿姨发言。 / 请入党介绍人介绍。请…的入党介绍人邱雅琴
    同志介绍。… / 请第一介绍人…介绍: a kind of person without a name, then two or more named
    turns of that kind (a 代表, named by the same words, or in a role of the same post): the
    first only announces them."""
    role = step.role or ""
    if step.name is None and _LEADING_THE_WAY.search(normalise(step.text)):
        named = [s for s in after if isinstance(s, SpeakerCue) and s.name and s.kind == step.kind]
        return len(named) >= 2  # 首先请支部委员带头发言。请…陆雪梅同志发言。…: those who lead
    if step.name is None and _offices_named_after(role, after, step.kind):
        return True
    asked = _OFFICES_ASKED.search(normalise(step.text)) if not step.name and not role else None
    if asked and _offices_answering(asked.group("offices"), after, step.kind):
        return True  # 请县公安局、大坪镇、瑶山乡作表态发言。请县公安局副局长覃向东同志发言。…
    with_whom = _SIGNS_WITH.search(normalise(step.text))  # 请各乡镇乡镇长上台,与县长签订责任书
    if step.name is None and (step.role is None or with_whom) and step.kind == "action":
        nxt = after[0] if after else None  # (（签约） between: the act done, another batch next)
        if (
            isinstance(nxt, SpeakerCue)
            and nxt.name
            and nxt.kind == "action"
            and _same_act(nxt, step)
        ):
            return True  # 请市教育局与宁州理工大学签订…协议。有请庞雅琴局长、…上台签约: who signs
    if step.name is not None or not role.endswith(("代表", "人", "员", "嘉宾", "常委", "企业家")):
        return False
    if PLACEHOLDER.search(step.text):
        return False  # 请××社区居民代表××发言: one person, the name to fill in
    nxt = after[0] if after else None
    if isinstance(nxt, SpeakerCue) and nxt.name and (nxt.line, nxt.kind) == (step.line, step.kind):
        return (
            True  # 下面请企业代表发言。请…区域经理韦振宇谈谈…: the one who speaks for them, named
        )
    act = _ACTS.search(normalise(step.text)) if step.kind == "action" else None
    named = [
        s
        for s in after
        if isinstance(s, SpeakerCue)
        and (s.name or PLACEHOLDER.search(s.text))  # 请老兵代表×××发言: a name to fill in
        and s.kind == step.kind
        and (
            role.endswith(("代表", "企业家"))  # 请企业家发言。…请…董事长曾德胜发言: one of them
            or role in s.text
            or role[-3:] in (s.role or "")
            or (act is not None and act.group() in normalise(s.text))  # 请颁奖嘉宾…颁奖
        )
    ]
    return len(named) >= 2


_ACTS = re.compile(ACTION_VERBS)
_SIGNS_WITH = re.compile(r"与(?P<them>[^，。；！？]{1,20}?)签")


def _signs_with_them(turn: SpeakerCue, group: SpeakerCue) -> bool:
    """由各镇（街道）递交…责任书。请贺副区长…与各镇（街道）主要负责同志签订…: the named one
    signs with those the group request asked, whose part is in that act."""
    with_whom = _SIGNS_WITH.search(normalise(turn.text))
    them = with_whom.group("them") if with_whom else ""
    them = re.sub(r"的?(?:主要)?(?:负责同志|负责人|领导|代表|同志|党委书记|书记)$", "", them)
    return len(them) >= 2 and them.startswith("各") and them in normalise(group.text)


_THE_REST_ASKED = re.compile(r"还有(?:哪|谁|什么(?:要|想)(?:说|讲|谈))")
_LEADING_THE_WAY = re.compile(r"带头|率先")
_ALONGSIDE = re.compile(r"献花|献上鲜花|佩戴|戴花|绶带")
"""Flowers, sashes: what others add to a named person's act, no step of their own."""
_COMES_UP = re.compile(
    r"(?:上台|到主席台前?|到台前|在[主分]会场)[^，。；！？]{0,6}?(?P<act>" + ACTION_VERBS + r")"
)


_CHAIR_ACTS = re.compile(r"(?:由我|我将|我来)[^。！？]{0,30}?(?P<act>" + ACTION_VERBS + r")")
"""由我代表县政府，与各乡镇…签订目标责任书: the chair's own act, whose other side then comes up."""


_TOGETHER = re.compile(r"共同|一起|一同")
"""…，请公司领导班子成员上台，共同按下启动球: those who join the act just asked for."""


def _counterpart(step: SpeakerCue, before: list[Step]) -> bool:
    """请镇长与各村书记签订责任书。请各村书记按顺序上台签订。: the group coming up for the
    act the named person just led is that act's other side, not a step of its own; so are the
    unnamed who join it in the same breath (…颁发证书，请学生代表为老师们献花). `step` has no
    name (or one character the split took for one, 被)."""
    prev = _first_turn(reversed(before))
    if prev is None and step.kind == "action" and before:
        own = _CHAIR_ACTS.search(normalise(before[-1].text))  # 由我代表县政府，与…签订责任书
        text = normalise(step.text)
        return own is not None and any(a[0] == own.group("act")[0] for a in _ACTS.findall(text))
    if prev is None or prev.group or prev.kind != "action" or step.kind != "action":
        return False
    if (
        step.name is None
        and before[-1:] == [prev]
        and prev.name
        and prev.line == step.line
        and _ALONGSIDE.search(normalise(step.text))
    ):
        return True  # 有请校长雷振华为老师们颁发证书，请学生代表为老师们献花: alongside his act
    text = normalise(step.text)
    if step.group and prev.name and prev.line == step.line and _TOGETHER.search(text):
        theirs = {a[0] for a in _ACTS.findall(normalise(prev.text))}
        if any(a[0] in theirs for a in _ACTS.findall(text)):
            return True  # 请岳国栋书记宣布…启动，请公司领导班子成员上台，共同按下启动球: his act
    up = _COMES_UP.search(text)
    # 签订 then 上台签字 / 签署: the same act in another word (its first character)
    acts = {a[0] for a in _ACTS.findall(normalise(prev.text))}
    if step.group and up is not None:  # (…组长和科室主任上台签订: two sides, a signing of its own)
        two = _TWO_SIDES.search(text[: up.start()])
        return up.group("act")[0] in acts and (two is None or _the_other_side(prev, two.group()))
    if up is not None:
        return False  # 请签约双方代表上台签约 after the first batch: the next batch's own step
    # 请签约单位负责同志依次上台 / 请被签约单位负责人按座位顺序上台: the other side, named by the act
    told = re.match(r"[^。！？]*?(?=(?:依次|按[^，。；！？]{0,8}?顺序)(?:依次)?上台)", text)
    return told is not None and any(a in told.group() for a in acts)


_CRITICISM_OF = re.compile(
    r"对[^，。；！？我]{1,12}?(?:同志|书记|主任|局长)[^，。；！？]{0,10}?提出?[^，。；！？]{0,6}?(?:批评|意见)"
    r"|请(?:大家|同志们|各位(?:同志)?|(?<!然后请)(?:班子(?:其他)?成员|其他班子成员))(?:对[^，。；！？]{1,12}?)?(?:提出?)?批评(?:意见)?[。！]?"
    r"(?:[（(][^（）()]{0,8}[）)])?$"
    r"|^\s*+请?" + OTHERS_CRITICISE
)
"""请同志们对何建民同志提出批评意见: the room asked about the one who just spoke, a turn of its
own, announcing no one after it."""
_TWO_SIDES = re.compile(r"请[^，。；！？]{2,24}?[和与][^，。；！？]{2,24}$")
"""请各专项工作组组长和科室主任 (上台签订): both sides of the act are named."""
_SIGNED_WITH = re.compile(r"与(?P<with>[^，。；！？]{2,40}?)(?:签订|签署|签约|签字)")


def _the_other_side(prev: SpeakerCue, group: str) -> bool:
    """…代表县指挥部与各乡镇（街道）、各国有林场签订… then 请各乡镇（街道）主要负责同志和各林场
    场长依次上台签订: the two joined by 和 are both the side the act named, not two sides."""
    signed = _SIGNED_WITH.search(normalise(prev.text))
    if signed is None:
        return False
    sides = re.split(r"[和与]", group.removeprefix("请"))
    return all(_bigrams(side[:6]) & _bigrams(signed.group("with")) for side in sides)


_OTHERS = re.compile(r"请(?:其他|其余)[^，。；！？]{0,8}?对|^[^，。；！？请]{0,4}?(?:其他|其余)")


def _until_vote(steps: list[Step]) -> list[Step]:
    """The steps before the item's next vote: a turn after a vote (请赵一鸣同志表态) is not one
    of those a group's turn before it announced."""
    end = next((k for k, s in enumerate(steps) if getattr(s, "kind", None) == "vote"), len(steps))
    return steps[:end]


_ALL_SWEAR = re.compile(
    r"^(?:[^，。；！？]{0,6}[，])?请全体[^。；！？]{0,30}?进行[^，。；！？]{0,8}宣誓"
)
"""最后，请全体志愿者面向队旗，进行志愿者宣誓，由…领誓: all who take the oath behind its leader."""


def _led_oath(step: SpeakerCue, steps: list[Step]) -> bool:
    """请宣誓人骆振宇同志上台，面向国旗… then 请…领誓: the one who leads the oath is its step
    (阎静副主任监誓。请宣誓人上台，面向国旗…: the office named first is a step of its own)."""
    text = normalise(step.text)
    if not any(
        isinstance(s, SpeakerCue) and s is not step and "领誓" in normalise(s.text) for s in steps
    ):
        return False
    following = "誓词" in text or _ALL_SWEAR.match(text)
    if step.name is None and following and not re.search(r"监誓|领誓", text):
        return True  # 请全体老党员起立，重温入党誓词，由…阎振华同志领誓: those who follow him
    taker = OATH_TAKER.search(text)
    return taker is not None and not re.search(r"监誓|领誓", text[: taker.start()])


_FLOOR_AGAIN = re.compile(r"^\s*+(?:请|欢迎)大家(?:踊跃|自由|积极)发言")
"""请大家踊跃发言 right after the room was asked whether anyone has more: the same turn."""
_REVIEWED = re.compile(r"审议|讨论|提问|质询|发表意见|自由发言|意见|建议")
_ANSWERED = re.compile(
    r"补充说明|说明|回应|答复|解答|回答|就[^，。；！？]{1,20}?(?:意见|建议|问题)[^，。；！？]{0,4}?作"
)


def _first_turn(steps: Iterable[Step]) -> SpeakerCue | None:
    """The first turn among `steps` (pass `reversed(before)` for the last one before)."""
    return next((s for s in steps if isinstance(s, SpeakerCue)), None)


def _answers_the_room(after: list[Step]) -> bool:
    """The next turn answers what the room raised (请邱区长先作个回应): an official's, not one of
    the room taking the floor (好，请郑玉华老师讲 after 还有哪位老同志想讲的？ is the room's turn
    itself, the question only announcing it)."""
    nxt = _first_turn(after)
    return nxt is not None and bool(_ANSWERED.search(normalise(nxt.text)))


def _same_act(turn: SpeakerCue, group: SpeakerCue) -> bool:
    """A speech, or an act in the words of the group's own (签署 then 签字): one the group's
    line may announce; 请各会员企业负责人依次上台签署公约 then 请…宣读承诺书 is another act."""
    if group.kind != "action":  # (请组成人员进行审议 then 请…副县长就…问题作补充说明: the answer)
        reviewed = _REVIEWED.search(group.text) and not _ANSWERED.search(group.text)
        return not (reviewed and _ANSWERED.search(turn.text))
    theirs = {a[0] for a in _ACTS.findall(normalise(group.text))}
    own = _ACTS.findall(normalise(turn.text))  # (有请梁家豪先生、陈咏欣女士。: the act told before)
    return not theirs or not own or any(a[0] in theirs for a in own)


def _talked_about(turn: SpeakerCue, group: SpeakerCue) -> bool:
    """A group's turn, or the turn of the one the group's line talks about (请与会党员对伍晓燕
    同志…进行讨论 then 请伍晓燕同志表个态): not one of those the group line announces."""
    if turn.group:
        return True
    at = group.text.find(turn.name) if turn.name else -1
    return at > 0 and "对" in re.split(r"[，。；！？]", group.text[max(0, at - 10) : at])[-1]


def _drop_group_cues(state: ParseState, items: list[Item]) -> None:
    """A group cue followed by the group's own cues (…依次发言。请张三发言。) only announces them.
    The room's turn a stage direction says was taken (（村民代表提问）) announces nobody."""
    taken = {(d.line, d.text) for d in state.meeting.decisions if d.what == "free_floor"}
    for item in items:
        steps = item.steps
        for k, step in enumerate(steps):
            if isinstance(step, SpeakerCue) and _group_then_colon(step, steps[k + 1 : k + 2]):
                steps[k] = Passage(step.text, step.line, "text")
                _group_dropped(state, step)
                continue
            if isinstance(step, SpeakerCue) and _settled_first(state, steps, k, taken):
                continue
            if isinstance(step, SpeakerCue) and _led_oath(step, steps):
                steps[k] = Passage(step.text, step.line, "direction")
                state.meeting.decisions = [
                    d for d in state.meeting.decisions if (d.line, d.what) != (step.line, "action")
                ]
                state.meeting.decisions.append(Decision(step.line, _short(step.text), "oath_led"))
                continue
            if (
                isinstance(step, SpeakerCue)
                and len(step.name or "") < 2  # no name, or 被 taken for one
                and _counterpart(step, steps[:k])
            ):
                steps[k] = Passage(step.text, step.line, "direction")
                state.meeting.decisions.append(
                    Decision(step.line, _short(step.text), "group_dropped")
                )
                continue
            after = _until_vote(steps[k + 1 :])
            nxt = steps[k + 1] if k + 1 < len(steps) else None
            if _room_asked_twice(step, nxt, taken):
                steps[k] = Passage(step.text, step.line, "text")
                state.meeting.decisions.append(
                    Decision(step.line, _short(step.text), "asked_twice")
                )
                continue
            if isinstance(step, SpeakerCue) and _CRITICISM_OF.search(normalise(step.text)):
                following = _first_turn(after)
                if following is not None and _CRITICISM_OF.search(normalise(following.text)):
                    steps[k] = Passage(step.text, step.line, "text")  # …请大家批评。请大家对我
                    state.meeting.decisions.append(  # 提出批评意见。: asked twice, one turn
                        Decision(step.line, _short(step.text), "asked_twice")
                    )
                continue  # 请同志们对何建民同志提出批评意见: the room's turn on the one before
            if _OTHERS.search(normalise(step.text)) and any(
                isinstance(s, SpeakerCue) and s.name for s in steps[:k]
            ):
                continue  # 请其他同志对焦红英同志提出批评意见: the others' turn after hers
            if isinstance(step, SpeakerCue) and _group_named_after(step, item, after):
                steps[k] = Passage(step.text, step.line, "text")
                state.meeting.decisions.append(
                    Decision(step.line, _short(step.text), "group_dropped")
                )
                continue
            if _THE_REST_ASKED.search(normalise(step.text)) and _answers_the_room(after):
                continue  # 还有哪位企业家想说的？…请邱区长先作个回应: the room's turn, then the answer
            if isinstance(step, SpeakerCue) and (
                step.group or _announces(step, after) or _opens_its_item(step, item, after)
            ):
                if any(
                    isinstance(s, SpeakerCue)
                    and s.kind == step.kind
                    and (_same_act(s, step) or _signs_with_them(s, step))
                    and not _talked_about(s, step)
                    for s in _until_next_batch(step, after)
                ) and not _answered_as_directed(step, after):
                    # (请公司领导为他们颁奖 then 请先进个人代表发言: the speech is no one they announce)
                    steps[k] = Passage(step.text, step.line, "text")
                    _group_dropped(state, step)


def _group_dropped(state: ParseState, step: SpeakerCue) -> None:
    """The check's word for a group line that only announces the turns after it (its 'group'
    decision goes: the line is no turn)."""
    state.meeting.decisions = [
        d for d in state.meeting.decisions if (d.line, d.what) != (step.line, "group")
    ]
    state.meeting.decisions.append(Decision(step.line, _short(step.text), "group_dropped"))


def _group_then_colon(step: SpeakerCue, after: list[Step]) -> bool:
    """请签约双方代表上台签约： then 请××副县长××同志和××先生签订…协议；: the group's line ends on
    a colon that opens the list of those who do it; each of them is a turn, the group's is none."""
    return (
        not step.name
        and not step.role
        and step.text.rstrip().endswith(("：", ":"))
        and bool(after)
        and isinstance(nxt := after[0], SpeakerCue)
        and nxt.kind == step.kind
    )


def _answered_as_directed(step: SpeakerCue, after: list[Step]) -> bool:
    """谁先讲？老覃，你先说说。 then （覃德贵发言）: the room asked a question, and a stage
    direction names the one of it who spoke first; the room's turn and his, both kept."""
    nxt = _first_turn(after)
    return bool(
        step.group and "？" in step.text and nxt is not None and _is_direction(normalise(nxt.text))
    )


_NEXT_BATCH = re.compile(
    r"上台(?:领奖|领取|受奖|接受表彰)|获得[^，。；！？]{1,24}?的[^，。；！？]{0,10}?上台"
    r"|(?:下面|接下来|接着)[，]?为[^，。；！？]{1,24}?颁奖"
)
"""请获得…的老师上台领奖 / 请获得“最美教师”称号的10名老师上台 / 下面，为“最美教师”颁奖: the
next batch called up."""
_TO_THE_BATCH = re.compile(r"为(?:他们|她们|他|她)(?:颁奖|颁发|授牌|授旗)")


def _until_next_batch(step: SpeakerCue, after: list[Step]) -> list[Step]:
    """A group presenting to the batch just called (请…领导班子成员为他们颁奖) announces no one
    who presents to the next batch (请获得…的老师上台领奖。请方静部长为她们颁奖): the steps
    before that call. A group told to come up and present (请各位领导上台颁奖) may announce
    all the presenters."""
    if not _TO_THE_BATCH.search(normalise(step.text)):
        return after
    for j, s in enumerate(after):
        if isinstance(s, Passage) and _NEXT_BATCH.search(normalise(s.text)):
            return after[:j]
    return after


def _room_asked_twice(step: Step, nxt: Step | None, taken: set[tuple[int, str]]) -> bool:
    """还有哪位委员要补充发言？ then 请大家踊跃发言 / 与会党员进行讨论。 then 请大家…充分发表意见:
    the floor opened once, asked twice with nothing between (unless a direction showed the
    first taken, or the second asks for an answer)."""
    if not (isinstance(step, SpeakerCue) and isinstance(nxt, SpeakerCue)):
        return False
    if not (step.group and nxt.group) or step.name or nxt.name:
        return False
    if _FLOOR_AGAIN.search(normalise(nxt.text)):
        return True
    # 请大家对…提出批评意见。 then 下面请党员同志依次作个人对照检查。: the next round, not the same floor
    if _CRITICISM_OF.search(normalise(step.text)) and not _CRITICISM_OF.search(normalise(nxt.text)):
        return False
    return (
        step.role is None
        and nxt.role is None
        and step.kind == nxt.kind
        and (step.line, _short(step.text)) not in taken
        and not _ANSWERED.search(normalise(nxt.text))
    )


def _settled_first(
    state: ParseState, steps: list[Step], k: int, taken: set[tuple[int, str]]
) -> bool:
    """Whether the turn at `k` is settled before the group rules look at it: the room's turn a
    direction or a line of …… shows was taken is kept; an oath office asked after the one
    named for it, or the same people asked twice for one act, is a direction. A step made a
    direction is replaced in `steps`, with its decision."""
    step = steps[k]
    assert isinstance(step, SpeakerCue)
    if (step.line, _short(step.text)) in taken:
        return True
    if (
        step.group
        and _answered_here(steps[k + 1 : k + 2])
        and not _room_asked_just_before(steps[:k])
    ):
        return True  # 还有哪位老领导想讲一讲？ then ……: someone of the room spoke
    leader = _oath_office_named_before(step, steps[:k])
    if leader is not None:
        decision = Decision(step.line, _short(step.text), "told_then_asked", leader)
    elif _asked_to_act_again(step, steps[:k]):
        decision = Decision(step.line, _short(step.text), "asked_twice")
    else:
        return False
    steps[k] = Passage(step.text, step.line, "direction")
    state.meeting.decisions.append(decision)
    return True


def _oath_office_named_before(step: SpeakerCue, before: list[Step]) -> str | None:
    """宣誓由…向东方同志领誓，由院长黄志军同志监誓。…请领誓人领誓。 (or 请领誓人周文斌同志领誓,
    or the leader told with the name left blank): the leader told before, then asked: the turn
    already counted (the one told, by name or else by post; None when none was)."""
    text = normalise(step.text)
    office = normalise(step.role or "")
    if office in ("领誓人", "监誓人") and not step.name:
        act = office[:2]
    elif step.name and step.kind == "action" and re.search(r"请领誓人|请监誓人", text):
        act = "领誓" if "领誓人" in text else "监誓"
    else:
        return None
    for s in before:
        if not isinstance(s, SpeakerCue) or act not in normalise(s.text):
            continue
        if step.name and (s.name != step.name or before[-1] is s):
            continue  # (由…尹小川领誓。请领誓人尹小川同志领誓。 side by side: asked twice)
        if s.name or s.role:
            return s.name or s.role
    return None


def _asked_to_act_again(step: SpeakerCue, before: list[Step]) -> bool:
    """请各位领导和嘉宾移步至奠基石前，为项目奠基培土。…请各位领导和嘉宾执锹培土。: the same
    people, no one named, asked again for the same act: one step."""
    if step.kind != "action" or step.name or not step.role:
        return False
    prev = _first_turn(reversed(before))
    if prev is None or prev.kind != "action" or prev.name or not prev.role:
        return False
    if not _SEVERAL_AT_ONCE.match(step.role):
        return False  # (请工作人员宣读…名单 twice: two lists read)
    acts = set(_ACTS.findall(normalise(prev.text)))
    again = set(_ACTS.findall(normalise(step.text)))
    return prev.role[:4] == step.role[:4] and bool(acts & again)


_SEVERAL_AT_ONCE = re.compile(r"^(?:各位|全体)[^，。；！？]{0,8}?(?:和|与|及)")
"""各位领导和嘉宾: several people acting together, whom a script may ask twice for one act."""


def _room_asked_just_before(before: list[Step]) -> bool:
    """The turn before is the room's too (…请大家批评。（对照检查） 大家对我有什么批评意见，请提出
    来。（批评））: one turn asked twice."""
    prev = _first_turn(reversed(before))
    return prev is not None and prev.group and not prev.name


def _answered_here(after: list[Step]) -> bool:
    """The step after is …… alone (the script leaves out a speech given right there) or a
    stage direction of the room speaking (（自由发言）, （审议））."""
    if not after or not isinstance(after[0], Passage):
        return False
    text = _ELIDED.sub("", normalise(after[0].text))
    return not text.strip() or bool(
        P.FREE_FLOOR.match(text) or _THE_ROOM_SPEAKS.match(text) or _REVIEWING.match(text)
    )


def _group_named_after(step: SpeakerCue, item: Item, after: list[Step]) -> bool:
    """会议进行第三项，请有关部门回应。then 请市住建局、市交通局负责同志依次回应…: the item's own
    words ask a group, the next turn names who in it; one turn, the second."""
    if not step.group or step.name or step.line != item.line:
        return False
    if not item_number(normalise(step.text)):
        return False
    cues = [s for s in after if isinstance(s, SpeakerCue)]
    if len(cues) != 1 or not cues[0].group or cues[0].kind != step.kind:
        return False
    word = _turn_word(normalise(step.text))
    return bool(word) and word in normalise(cues[0].text)


def _opens_its_item(step: SpeakerCue, item: Item, after: list[Step]) -> bool:
    """大会进行第五项议程，请上级党组织领导讲话。首先，请…辛海峰同志讲话。下面，请…龙佳同志讲话。:
    a nameless turn in the words that announce the item, then two or more named turns of its
    kind (or blanks to fill in; or, for the leaders, one who does the same), is the item's
    title, said as a request."""
    if step.name is not None or step.line != item.line or PLACEHOLDER.search(step.text):
        return False
    if not item_number(normalise(step.text)):
        return False  # the item announced before, in words of its own
    named = [
        s
        for s in after
        if isinstance(s, SpeakerCue)
        and (s.name or PLACEHOLDER.search(s.text))
        and s.kind == step.kind
    ]
    leaders = (step.role or "").endswith("领导")
    if len(named) == 1 and leaders:  # 请考核组领导进行点评。首先请罗佳同志…点评: one of them
        word = _turn_word(normalise(step.text))
        return bool(word) and word in normalise(named[0].text)
    return len(named) >= 2


_THEN_ASK = re.compile(r"(?:^|[，；])(?:然后|之后|随后|再)(?:请|由)")
"""…作个回应，然后请乔丽君主席讲话。: the order of what follows told ahead."""


def _drop_joint_announcements(state: ParseState, items: list[Item]) -> None:
    """请入党介绍人陈秀英、张德福同志介绍…。首先请陈秀英同志介绍。请张德福同志介绍。: people
    named together and then each invited by name: the joint line only announces them; so does a
    line that tells the order ahead (…回应，然后请乔丽君主席讲话, 1号，…吴德厚；) when the one it
    names is invited again later."""
    for item in items:
        steps = item.steps
        together: dict[tuple[str, int], list[int]] = {}
        last: dict[str | None, int] = {}
        for k, s in enumerate(steps):
            if isinstance(s, SpeakerCue):
                together.setdefault((s.text, s.line), []).append(k)
                last[s.name] = k
        for (text, _), at in together.items():
            names = [steps[k].name for k in at]  # type: ignore[union-attr]
            norm = normalise(text)
            listed = _IN_ORDER.match(norm)  # 1号，东坪村党支部书记吴德厚； then 请吴德厚同志述职
            # (讲话，并为…揭牌: one person's two steps in one line, not people named together)
            planned = len(set(names)) >= 2 or _THEN_ASK.search(norm) is not None
            planned = planned or (
                listed is not None and not listed.group("ask") and "请" not in listed.group("who")
            )  # (这个问题请奚国平局长回答: asked now, though 请奚局长回答 asks him again later)
            if (
                planned
                and all(n and last[n] > at[-1] for n in names)
                and all(
                    steps[k].kind == steps[last[steps[k].name]].kind  # type: ignore[union-attr]
                    for k in at  # (…刘建国同志监誓。… 请刘建国同志讲话: his two turns)
                )
            ):
                for k in at:
                    told, later = steps[k], steps[last[steps[k].name]]  # type: ignore[union-attr]
                    if isinstance(told, SpeakerCue) and isinstance(later, SpeakerCue):
                        later.role = later.role or told.role  # 请吴德厚同志述职: his post, told
                    steps[k] = Passage(told.text, told.line, "text")
                    state.decide(steps[k], "group_dropped")


_TOLD_ACT = {
    kind: re.compile(r"(?:同志|先生|女士)?(?:代为)?(?P<act>" + verbs + ")")
    for kind, verbs in (("action", ACTION_VERBS), ("speech", SPEECH_VERBS))
}
"""What follows the name in 由…同志领誓 / 由…代为述职 (the name is found without a pattern)."""
_NOT_TOLD = frozenset("，。；！？请")


def _told_act(step: Step) -> str | None:
    """The act (or turn) a sentence tells a named person will do, without asking (宣誓由索朗平措
    同志领誓 / 由副场长韩玉娥代为述职): 由, at most 30 characters with no stop and no 请, the
    name, the act. The name is looked for with `str.find`, never built into a pattern (every
    pattern the parser compiles is kept for good)."""
    if not isinstance(step, SpeakerCue) or not step.name:
        return None
    traditional = has_traditional(step.text)
    norm, name = normalise(step.text, traditional), normalise(step.name, traditional)
    after = _TOLD_ACT["action" if step.kind == "action" else "speech"]
    by = norm.find("由")
    while by >= 0:
        if "请" in norm[:by]:
            return None
        at = norm.find(name, by + 1)
        while 0 <= at <= by + 31 and not _NOT_TOLD.intersection(norm[by + 1 : at]):
            m = after.match(norm, at + len(name))
            if m:
                return m.group("act")
            at = norm.find(name, at + 1)
        by = norm.find("由", by + 1)
    at = norm.find(name)
    if "请" not in norm and at >= 0 and (m := after.match(norm, at + len(name))):
        return m.group("act")  # 院党组书记、院长龚建业同志领誓。: told, no one asked
    return None


def _told_then_asked(state: ParseState, items: list[Item]) -> None:
    """宣誓由索朗平措同志领誓… then 请索朗平措同志领誓 / 由杨再兴同志领誓… then 请领誓人领誓: an act
    told, then asked for, is one step, at the asking, with the name the telling gave."""
    for item in items:
        steps = item.steps
        for k, told in enumerate(steps):
            act = _told_act(told)
            if act is None or not isinstance(told, SpeakerCue):
                continue
            for later in steps[k + 1 :]:
                if not isinstance(later, SpeakerCue) or later.kind != told.kind:
                    continue
                said = normalise(later.text)
                if act not in said or "请" not in said:
                    continue
                if later.name == told.name or later.name is None and later.role == act + "人":
                    later.name, later.role = told.name, later.role if later.name else told.role
                    steps[k] = Passage(told.text, told.line, "text")
                    state.decide(steps[k], "told_then_asked", told.name or "")
                    break


def _ask_about_groups_before_names(state: ParseState, items: list[Item]) -> None:
    """A nameless turn kept before named turns of its item: where fresh scripts are most often
    miscounted (a group's line that only announces the named turns after it, counted beside
    them). `chair check` says so, for the chair to keep it or strike it out in `chair review`."""
    for item in items:
        cues = [s for s in item.steps if isinstance(s, SpeakerCue)]
        for k, cue in enumerate(cues):
            if cue.name or cue.kind != "speech" or cue.extra:
                continue
            if any(later.name for later in cues[k + 1 :]):
                state.decide(cue, "group_kept")


_BALLOT = re.compile(
    r"(?:开始|进行|现在|下面|依次|采用|以|用|通过|第[一二三四五六七八九十]，)(?:无记名)?投票|^[（(][^（）()]{0,8}投票"
    r"|^[（(][^（）()]{0,6}(?:表决票|选票)[^（）()]{0,6}投票"
    r"|表决票上"
)


def _ballots(state: ParseState) -> None:
    """下面开始投票 / （写票、投票、计票）: a ballot is the item's vote, taken once however many
    lines tell of it (the words the chair reads rather than the stage direction)."""
    for item in state.meeting.items:
        ballots = [
            s
            for s in item.steps
            if isinstance(s, Passage)
            and s.kind in ("text", "direction")
            and _BALLOT.search(normalise(s.text))
        ]
        if not ballots:
            continue
        step = next((s for s in ballots if s.kind == "text"), ballots[0])
        step.kind = "vote"
        state.decide(step, "ballot")


_LOOKING_BACK = re.compile(
    r"^[（(【]?\s*+(?:以上|上述|前面|(?P<n>[两二三四五六七八九十])位[^，。；！？]{0,12}?各)"
)


def _limits_looking_back(state: ParseState) -> None:
    """（以上每人发言不超过5分钟）: a limit for the turns just before it, however many items
    they span — back to the first step that is not a speech; （两位…发言时间各控制在5分钟）: for
    that many turns before it."""
    steps = [s for item in state.meeting.items for s in item.steps]
    for k, step in enumerate(steps):
        back = _LOOKING_BACK.match(step.text) if isinstance(step, Passage) else None
        if back is None:
            continue
        norm = normalise(step.text)
        limit = find_limit(norm) if P.LIMIT_EACH.search(norm) else None
        if limit is None:
            continue
        j, stop = k - 1, k - 1 - (cn_number(back.group("n")) or k) if back.group("n") else -1
        while j > stop and isinstance(steps[j], SpeakerCue) and steps[j].kind == "speech":
            steps[j].limit_s = limit  # type: ignore[union-attr]
            j -= 1
        if j < k - 1:
            state.decide(step, "limit_cue", str(limit))
    for item in state.meeting.items:
        _limit_after_the_turns(state, item.steps)


def _limit_after_the_turns(state: ParseState, steps: list[Step]) -> None:
    """1. …表态发言；2. …表态发言。每人表态控制在三分钟之内。: a limit for each, said after the
    item's turns with none after it, governs those turns (when nothing else set theirs)."""
    last = max((k for k, s in enumerate(steps) if isinstance(s, SpeakerCue)), default=-1)
    turns = [s for s in steps[: last + 1] if isinstance(s, SpeakerCue) and s.kind == "speech"]
    if not turns or any(s.limit_s != state.default_limit_s for s in turns):
        return
    for step in steps[last + 1 :]:
        norm = normalise(step.text) if isinstance(step, Passage) else ""
        limit = find_limit(norm) if P.LIMIT_EACH.search(norm) else None
        if limit is not None:
            for s in turns:
                s.limit_s = limit
            state.decide(step, "limit_cue", str(limit))
            return


def _passage_kind(section: _Section, unit: Unit) -> PassageKind:
    shown = _SHOWN_AS.get(unit.role)
    if shown is not None:
        return shown
    if section.kind == "closing":
        return "closing"
    if P.SALUTATION.match(unit.norm) and len(unit.text) <= 40:
        return "salutation"
    return "text"


def _front_matter(state: ParseState, section: _Section, i: int) -> bool:
    """The date and chair lines under the title: kept as directions, noted on the meeting."""
    unit, meeting = state.units[i], state.meeting
    near = section.kind == "opening" and i <= (state.title_at or 0) + 3
    date = P.DATE_LINE.match(unit.norm)
    chair = P.CHAIR_LINE.match(unit.norm)
    if near and date:
        meeting.date = meeting.date or re.sub(r"\s+", "", date.group("d"))
    elif near and chair:
        meeting.chair = meeting.chair or unit.text[chair.start("n") : chair.end("n")].strip()
    else:
        return False
    section.steps.append(Passage(unit.text, unit.line, "direction"))
    return True


def _notice(state: ParseState, unit: Unit) -> None:
    """Attendance, place and written statements: kept on the meeting as written."""
    meeting = state.meeting
    if unit.role in ("chrome", "title"):
        return
    for sentence in re.split(r"(?<=[。；！？])", unit.text):
        norm = normalise(sentence)
        if P.WRITTEN.search(norm) and sentence.strip() and unit.role != "overview":
            meeting.written_statements.append(_clause(sentence) or sentence.strip())
        if P.ATTENDANCE.search(norm) and len(sentence) <= 200 and unit.role != "cue":
            meeting.attendance.append(sentence.strip())
        place = P.PLACE.search(norm)
        if place and meeting.place is None:
            g = next(k for k, v in place.groupdict().items() if v)
            meeting.place = sentence[place.start(g) : place.end(g)].strip()
        head = P.HEAD_PLACE.match(norm) if unit.line <= _HEAD_LINES else None
        if head and meeting.place is None and unit.role not in ("cue", "vote"):
            meeting.place = sentence[head.start("t") : head.end("t")].strip()


_HEAD_LINES = 6
"""How near the top a line holding only the place is read as the meeting's place."""


def _lead_end(norm: str) -> int:
    m = re.match(P.LEAD, norm)
    return m.end() if m else 0


_RISE = re.compile(r"^(?:请)?全体(?:起立|肃立)[，,]\s*+(?=\S)")
"""请全体起立，奏唱国歌: the agenda names what is done, not the rising for it."""


_ACT_AFTER = re.compile(r"^[（(](?P<act>致辞|讲话|发言|报告|致欢迎辞)毕?[）)]$")


def _act_after(state: ParseState, i: int, unit: Unit) -> str:
    """有请区委书记许振华！ then （致辞）: the act the stage direction after it names, for a
    turn invited without a verb."""
    if unit.cue is None or unit.cue.verb or i + 1 >= len(state.units):
        return ""
    act = _ACT_AFTER.match(state.units[i + 1].norm.strip())
    return act.group("act") if act else ""


_ORDINAL_ONLY = re.compile(
    r"^【?(?:第\s*+)?[一二三四五六七八九十0-9]{1,3}\s*+(?:项|个)?(?:议程|议题|环节|项)?】?$"
)
"""一、第一议程 / 【第二项】: a heading that only numbers the item; its title is in the words
under it."""


_PART_ORDINAL = re.compile(
    r"[上下][半午]场第\s*+[一二三四五六七八九十0-9]{1,3}\s*+(?:项|个)?(?:议程|议题|环节|项)?"
)
"""上半场第一项: a part's item by number alone, its words in the request after it."""


_TIME_TAIL = re.compile(
    r"\s*+[（(](?:时间)?(?:约|大约|限时|控制在)?[^（）()]{0,8}?(?:分钟|小时)(?:左右|以内)?[）)]\s*+$"
    r"|[，]\s*+(?:每人|每位)(?:发言)?(?:时间)?(?:不超过|控制在|限时|约)?"
    r"[0-9一二三四五六七八九十两半]{1,3}\s*+分钟(?:左右|以内)?\s*+$"
)
"""所长介绍轮训安排（10分钟左右） / 请…作表态发言，每人3分钟: the planned length, no part of the
item's name."""


def _item_title(state: ParseState, i: int, n: int) -> str:
    title = _item_title_words(state, i, n)
    return _TIME_TAIL.sub("", title) or title


def _item_title_words(state: ParseState, i: int, n: int) -> str:
    if 0 < n <= len(state.titles) and state.titles[n - 1]:
        if not _ORDINAL_ONLY.match(state.titles[n - 1]):
            return state.titles[n - 1]
    title = state.item_titles.get(i) or ""
    if title and not _PART_ORDINAL.fullmatch(title):
        return title
    title = title or _own_title(state, i, n)
    if (_ORDINAL_ONLY.match(title) or _PART_ORDINAL.fullmatch(title)) and i + 1 < len(state.units):
        below = P.item_number(state.units[i + 1].norm)
        if (below and below[0] == n) or state.units[i].role == "heading":
            title = _own_title(state, i + 1, n)
        elif state.units[i + 1].role == "cue" and state.units[i].role == "text":
            cue = state.units[i + 1].text  # 首先，上半场第一项， then 有请…岑立航先生致新年辞
            title = turn_title(cue) or _clause(cue) or title
    return title


_LECTURE_NAMED = re.compile(
    r"第[一二三四五六七八九十\d]{1,3}(?:讲|课|堂课)(?:[，：]?\s*+(?:是|为|题目是)|[：]\s*+)"
    r"(?P<t>《[^《》]{2,40}》)"
)
"""…第一讲，是《基层党建实务》 / 下面开始第一讲：《…》，主讲人是…: the lecture's own name, its
title."""


_CLASS_BEGINS = re.compile(
    r"^(?:[^。！？]{0,12}?开始上课[。，！]|感谢[^。！？]{1,20}?[！。]\s*+)[^，。；！？]{0,10}?"
    r"(?P<l>第[一二三四五六七八九十\d]{1,3}(?:讲|次?课|堂课))"
)
"""同志们，现在开始上课。今天上午的第一讲，… / 下面开始上课。今天上午第一讲，… / 感谢贺老师的精彩
授课！今天下午的第二讲，…: titled 第一讲 (第二讲), not by the class beginning or the thanks."""


def _own_title(state: ParseState, i: int, n: int) -> str:
    """The title a unit announcing item `n` gives in its own words."""
    unit = state.units[i]
    end = P.item_end(unit.norm) or _lead_end(unit.norm)
    over = _CEREMONY_CLOSED_THEN.match(unit.norm)
    if over and not P.item_number(unit.norm):  # 开幕式结束，下面进入主旨演讲环节。
        end = over.end() + _lead_end(unit.norm[over.end() :])
    rest = unit.text[end:]
    lecture_named = _LECTURE_NAMED.search(unit.norm)
    if lecture_named:  # …第一讲，是《…》: its own name
        return unit.text[lecture_named.start("t") : lecture_named.end("t")]
    class_begins = _CLASS_BEGINS.match(unit.norm)
    if class_begins:  # 同志们，现在开始上课。今天上午的第一讲，… / 感谢…！今天下午的第二讲，…
        return unit.text[class_begins.start("l") : class_begins.end("l")]
    lecture = re.search(r"第[一二三四五六七八九十\d]{1,3}(?:讲|课|堂课)$", unit.norm[:end])
    before = state.units[i - 1] if i > 0 else None
    begun = before is not None and before.line == unit.line and "开始上课" in before.norm
    if lecture and (begun or re.match(r"\s*+[。！]", unit.norm[end:])):
        return unit.text[lecture.start() : end]  # 下面开始第一讲。今天上午…: the lecture's name
        # (现在开始上课。第一讲，我们邀请到了…: titled 第一讲, as the class begun names it)
    rest = re.sub(
        r"^[\s，、：:。.是即为】]+|】\s*+$", "", rest
    )  # 【第一个环节 致辞】 / 进行第三项.
    said_below = bool(re.fullmatch(r"[—…\-\s]+", rest))  # …第四个环节—— then its name below
    rest = "" if said_below else rest
    if not _clause(rest) and i + 1 < len(state.units):
        here, below = P.item_number(unit.norm), P.item_number(state.units[i + 1].norm)
        if here and below and here[0] == below[0]:  # 下面进行第一项。 then 第一项，请全体起立…
            return _own_title(state, i + 1, n)
        after = state.units[i + 1]
        if here and after.role == "cue":  # 典礼第二项 on a line of its own, then 请…发言
            return turn_title(after.text) or _clause(after.text) or f"第{n}项"
        if here and after.line == unit.line and unit.text.rstrip().endswith("】"):
            named = _clause(after.text)  # 【议程四】表决: the name after the bracket
            if named and len(named) <= 16:
                return named
        if here and after.role == "text" and said_below:
            named = _clause(P.HOST_LINE.sub("", after.text.strip()))  # …环节—— 合：幸运大抽奖！
            if named and len(named) <= 16:
                return named
    title = _clause(rest) or _clause(re.sub("^" + P.ENUM, "", unit.text.strip()))
    title = turn_title(title + _act_after(state, i, unit)) or _RISE.sub("", title) or title
    if len(title) > 80:
        cut = max(title.rfind("，", 0, 80), title.rfind("、", 0, 80))
        title = title[:cut] if cut > 8 else title[:80]
    return title or f"第{n}项"


_OTHERS_TURN = re.compile(r"由[^，。；）]{1,20}?(?:进行|作)|提问|问答|讨论|互动")


def _direction_limit(state: ParseState, section: _Section, unit: Unit, prev: Step) -> None:
    """（党课约40分钟） right after a speech: how long that speech is planned to take."""
    if not isinstance(prev, SpeakerCue) or not prev.timed or not _is_direction(unit.norm):
        return
    if re.search(r"休息|休会", unit.norm) or _OTHERS_TURN.search(unit.norm):
        return  # （…述职后，由…委员进行现场提问，时间2分钟左右）: someone else's time
    m = P.LIMIT.search(unit.norm)
    seconds = find_limit("发言" + unit.norm[m.start() :]) if m else None
    if seconds:
        for k, (cue, _own) in enumerate(section.cues):
            if cue is prev:
                section.cues[k] = (cue, seconds)
        if section.kind != "item":
            prev.limit_s = seconds
        state.decide(unit, "limit_cue", str(seconds))


def _told_in_the_opening(state: ParseState, section: _Section, at: int) -> bool:
    """A request before the first item of a script with items is the chair telling what is to
    come (the overview's 三是请…讲话, 由…领誓 in the oath's procedure, 欢迎新同学), not a turn;
    unless the chair asks for it before the agenda begins (在会议开始之前，首先请…宣读…)."""
    unit = state.units[at]
    if section.kind != "opening" or not state.items_at or P.BEFORE_THE_AGENDA.search(unit.norm):
        return False
    asked_outright = P.ASKS_OUTRIGHT.match(unit.norm)  # 首先，请…: asked, not told (由…领誓)
    return not (state.overview_at and at < min(state.overview_at) and asked_outright)


def _step_for(state: ParseState, section: _Section, i: int, meeting_limit: list[int]) -> None:
    """One unit -> one step of the current section (or the `after` of the cue before it)."""
    unit = state.units[i]
    if unit.role == "direction" and section.steps:
        back = len(section.steps) - 1
        while (
            back > 0 and (section.steps[back].line, section.steps[back].text) in state.invited_again
        ):
            back -= 1  # …作专题辅导。让我们以热烈的掌声欢迎聂所长！（约60分钟）: his turn's length
        _direction_limit(state, section, unit, section.steps[back])
        prev = section.steps[-1]
        if isinstance(prev, SpeakerCue) and prev.after is None and P.CLOSES_CUE.search(unit.norm):
            prev.after = unit.text
            return
    if section.kind == "opening" and _front_matter(state, section, i):
        return
    own = not _place_limit(state, section, i, meeting_limit)
    if unit.role == "cue" and _told_in_the_opening(state, section, i):
        state.decide(unit, "opening_no_turn")
        unit.role, unit.cue = "text", None
    if unit.role == "cue" and i != state.closing_at:
        for step in _cue_steps(state, unit):
            section.steps.append(step)
            if section.kind == "item":
                section.cues.append((step, unit.limit if own else None))
            else:
                step.limit_s = (unit.limit if own else None) or meeting_limit[0]
        return
    section.steps.append(Passage(unit.text, unit.line, _passage_kind(section, unit)))


def assemble(state: ParseState) -> None:
    """Pass 7: units -> opening, items and closing; limits onto the cues they govern."""
    meeting = state.meeting
    meeting.opening.append(Passage(meeting.title, state.units[state.title_at or 0].line, "title"))
    meeting_limit = [state.default_limit_s]
    section = _Section(meeting.opening, "opening")
    for i, unit in enumerate(state.units):
        if unit.role in ("chrome", "title"):
            continue
        if i == state.closing_at or i in state.items_at:
            _close_section(state, section, meeting_limit[0])
            if i == state.closing_at:
                section = _Section(meeting.closing, "closing")
            else:
                n = state.items_at[i]
                item = Item(number=n, title=_item_title(state, i, n), line=unit.line)
                meeting.items.append(item)
                section = _Section(item.steps, "item")
        _notice(state, unit)
        _step_for(state, section, i, meeting_limit)
    _close_section(state, section, meeting_limit[0])
    _drop_group_cues(state, meeting.items)
    _drop_joint_announcements(state, meeting.items)
    _told_then_asked(state, meeting.items)
    _ask_about_groups_before_names(state, meeting.items)
    _ballots(state)
    _limits_looking_back(state)
    meeting.overview = list(state.titles)
    if state.promised and len(meeting.overview) < state.promised:
        meeting.overview += [
            f"第{k}项" for k in range(len(meeting.overview) + 1, state.promised + 1)
        ]
    meeting.written_statements = list(dict.fromkeys(meeting.written_statements))
    meeting.attendance = list(dict.fromkeys(meeting.attendance))
    meeting.decisions.sort(key=lambda d: d.line)


def _overview_turns(state: ParseState) -> None:
    """概述：一、请县卫健委副主任吕宗华介绍培训安排 … then 下面进行第一项议程。（介绍培训安排）:
    an item run with nobody asked, whose entry in the overview asks a named person (or a post
    with the name left blank), is that person's turn, at the words that announce it."""
    starts = sorted(state.items_at)
    for k, i in enumerate(starts):
        n = state.items_at[i]
        stop = starts[k + 1] if k + 1 < len(starts) else state.closing_at
        unit = state.units[i]
        if unit.role != "text" or not 0 < n <= len(state.titles):
            continue
        if any(u.role in ("cue", "vote") for u in state.units[i:stop]):
            continue
        title = normalise(state.titles[n - 1])
        cue = find_cue(title) if title.startswith(("请", "由")) else None
        if cue is None or cue.group:
            continue
        blank = not cue.name and cue.role and PLACEHOLDER.search(title)  # 请…局长____同志…
        if not (cue.name and has_surname(cue.name) or blank):
            continue
        unit.cue = Cue(cue.name, cue.role, cue.kind, False, 0, cue.verb, cue.people)
        unit.role = "cue"
        state.decide(unit, "overview_turn", cue.name or cue.role or "")


_OPEN_FLOOR_ITEM = re.compile(r"畅所欲言|有什么(?:意见|建议|想法|问题)|踊跃发言")
_THE_ROOM_SPEAKS = re.compile(
    r"^[（(](?![^（）()]*(?:分组|分团|记者|本人|主持人))\s*+(?:(?:各位|与会|全体|在座)?[^（）()，、\s]{0,4}?(?:代表|家长|党员|委员|群众|村民|居民|区队|同志们|大家))?"
    r"[^（）()]{0,4}?(?:提问|提出意见|提意见|发言|交流|讨论|批评)[^（）()]{0,12}[）)]\s*+$"
)
"""（代表提问） / （家长提问，交流） / （党员提出意见） / （讨论）: the room speaking, as a stage
direction (not （分组讨论） / （分团讨论）: the room away in groups, nobody's turn in the hall; nor
（记者提问）: reporters' questions are no turn)."""
_ELIDED = re.compile(r"^\s*+(?:…|\.{3}|。{3})+\s*+")
"""…… on a line of its own: the speech the script leaves out (someone spoke here)."""
_ASKED_ALOUD = re.compile(r"[？?]\s*+$|(?:提出来|可以提|都可以讲|请讲)[。！]?\s*+$")
"""还有哪位老领导想讲一讲？ then ……: the room asked, and someone answered."""
_REVIEWING = re.compile(r"^[（(]\s*+(?:委员|代表|常委)?审议(?:发言)?\s*+[）)]\s*+$")
"""（审议） / （审议发言） / （委员审议发言）: the room weighing a motion, as a stage direction."""
_REVIEW_ASKED = re.compile(
    r"请[^，。；！？]{0,16}?审议[。！]?\s*+$"
    r"|请(?:大家|各位)[^。；！？]{0,40}?审议[^。；！？]{0,40}[。！]?\s*+$"
)
"""请各位代表对草案进行审议。（审议） / 请大家结合调研情况审议，重点…提出意见建议。（审议）: the room
asked to weigh a motion, and the direction says it speaks; without the direction the request
is no turn."""
_ROOM_INVITED = re.compile(
    r"什么|吗[？?]|[？?]|提出来|请讲|畅所欲言|尽管说|如有[^，。；！？]{0,6}?问题|举手提问"
    r"|请(?:大家|各位|与会)[^。；！？]{0,12}?(?:议一议|提出[^。；！？]{0,4}?意见)|大家议一议|都可以[讲说谈提]"
)
"""Words that ask the room something: the passage before a direction of the room speaking."""
_THE_OTHERS_AFTER = re.compile(r"[。；！？][^。；！？]{0,4}?(?:其他|其余|还有哪)")


_DIRECTED_TURN = re.compile(
    r"^[（(](?P<who>[^（）()，,、。；\s]{2,14}?)(?:现场|上台|当场|简要|即兴)?"
    r"(?P<verb>" + SPEECH_VERBS + "|" + ACTION_VERBS + r"|获奖感言)[^（）()]{0,12}[）)]\s*+$"
)
"""（岩温现场讲述） / （领誓人蔺晓光领诵誓词，宣誓人员跟诵）: a stage direction naming who takes a turn."""
_NOT_ONE_PERSON = re.compile(r"作|做|个人|依次|分别|们|代表|主持人|大家|全体")


_CHAIR_OWN = re.compile(r"(?:^|[，。])\s*+(?:下面|接下来|现在)?[，]?\s*+(?:由我|我来|我代表|我先)")
"""下面，由我代表支委会介绍…: the chair speaking, no one's turn."""


def _directed_turns(state: ParseState) -> None:
    """A stage direction that names one person taking a turn no request before it gave them
    (the chair asked a question, or told who leads) is that person's turn."""
    if not state.items_at:
        return
    first, end = min(state.items_at), state.closing_at or len(state.units)
    for i in range(first + 1, end):
        unit, before = state.units[i], state.units[i - 1]
        m = _DIRECTED_TURN.match(unit.norm) if unit.role == "direction" else None
        room = (
            before.role == "cue"
            and before.cue is not None
            and before.cue.group
            and not before.cue.people  # (请…周国平、孙丽两位同志分别介绍 then （周国平介绍）)
        )
        named_before = (
            m is not None and before.role == "direction" and m.group("who") in before.norm
        )
        if m is None or before.role in ("cue", "direction") and not (room or named_before):
            continue  # (谁先讲？老覃，你先说说。 then （覃德贵发言）: the one the chair turned to;
            # …上台，分别…分享…。先请…龚一鸣。 then （龚一鸣分享）: the one that direction named)
        who = m.group("who")
        name, role = split_name(who)
        if not name or not has_surname(name) or not names_a_person(name):
            continue
        asked = (state.units[k].cue for k in range(max(0, i - 3), i))
        if any(cue is not None and cue.name == name for cue in asked):
            continue  # …请到了…教授卞春华…。下面，…欢迎卞教授授课！ then （卞春华授课）: asked already
        if room and not re.search(f"{name}|[老小]{name[0]}[，,]", before.norm):
            continue  # (…提出批评意见。（党员提出批评意见）: the room's, as asked)
        if _NOT_ONE_PERSON.search(who):
            continue  # （书记作个人对照检查） / （党员依次发言）: the step told, or the room's
        if before.role == "text" and _CHAIR_OWN.search(before.norm):
            continue  # 下面，由我代表支委会介绍…。 then （邝德明介绍）: the chair's own words
        if role in ("候选人", "领誓人"):
            role = None  # the part played today, no post
        verb = m.group("verb")
        said = re.fullmatch(SPEECH_VERBS, verb) or verb == "获奖感言"
        kind: CueKind = "speech" if said else "action"
        unit.role, unit.cue = "cue", Cue(name, role, kind, False, 0, verb)
        state.decide(unit, "directed_turn")


def _free_floor(state: ParseState) -> None:
    """其他朋友有什么想法，也请畅所欲言。（自由发言）: words to the room that the stage direction
    after them says are answered by whoever wants the floor are the room's turn, however they
    are worded."""
    if not state.items_at:
        return
    first, end = min(state.items_at), state.closing_at or len(state.units)
    for i in range(first + 1, end):
        unit, before = state.units[i], state.units[i - 1]
        aside = _ELIDED.sub("", unit.norm)  # ……（代表讨论）: the speech left out, then who spoke
        direction = unit.role == "direction" or unit.role == "text" and _is_direction(aside)
        free = direction and P.FREE_FLOOR.match(aside) is not None
        reviewed = direction and _REVIEWING.match(aside) is not None
        elided = unit.role == "text" and not aside.strip() and _ASKED_ALOUD.search(before.norm)
        if not (free or reviewed or elided) and not (direction and _THE_ROOM_SPEAKS.match(aside)):
            continue
        if reviewed and not _REVIEW_ASKED.search(before.norm):
            continue
        if i - 1 in state.overview_at:
            continue
        if i - 1 in state.items_at and not _OPEN_FLOOR_ITEM.search(before.norm):
            continue  # (进行第四项，自由交流。各位校友…都可以畅所欲言。: the item is the open floor)
        if before.role == "text" and (
            free or reviewed or elided or _ROOM_INVITED.search(before.norm)
        ):
            turn = before
        elif (
            before.role == "cue"
            and before.cue
            and before.cue.name
            and _THE_OTHERS_AFTER.search(before.norm)
        ):
            turn = unit  # 请…童大江发言。其他同志如果有话要讲，可以举手。（自由发言）: theirs after his
        else:
            continue
        turn.role = "cue"
        turn.cue = Cue(None, None, "speech", True, 0, "发言")
        state.decide(turn, "free_floor")


def _name_title(state: ParseState, source: str | None) -> None:
    """The meeting's title: the title unit, else the file's name, else the first words."""
    meeting = state.meeting
    if state.title_at is not None:
        meeting.title = state.units[state.title_at].text
    elif source:
        meeting.title = PurePath(source).stem
    else:
        first = next((u for u in state.units if u.role != "chrome"), state.units[0])
        meeting.title = _clause(first.text)[:30] or first.text[:30]


def parse(
    text: str,
    *,
    source: str | None = None,
    default_limit_s: int = DEFAULT_LIMIT_S,
    join_lines: bool = True,
) -> Meeting:
    """Parse a whole script. Never fails: what has no place becomes a plain passage."""
    state = ParseState(segment(text, join_lines), Meeting(title="", source=source), default_limit_s)
    state.traditional = has_traditional(text)
    if not state.units:
        state.meeting.warnings = review(state.meeting)
        return state.meeting
    find_title(state)
    classify(state)
    find_overview(state)
    find_items(state)
    find_closing(state)
    _overview_turns(state)
    _directed_turns(state)
    _free_floor(state)
    _name_title(state, source)
    assemble(state)
    state.meeting.warnings = review(state.meeting)
    return state.meeting


def review(meeting: Meeting) -> list[str]:
    """Warnings that follow from the agenda itself, so a script and its YAML agree."""
    warnings: list[str] = []
    if not meeting.items:
        warnings.append(
            "未找到议程项，全文按段落显示 / no agenda items found: the script is shown as passages"
        )
    if meeting.overview and len(meeting.overview) != len(meeting.items):
        warnings.append(
            f"概述列出 {len(meeting.overview)} 项议程，正文有 {len(meeting.items)} 项 / "
            f"the overview lists {len(meeting.overview)} items, the text has {len(meeting.items)}"
        )
    numbers = [item.number for item in meeting.items]
    if numbers and numbers != list(range(1, len(numbers) + 1)):
        shown = ", ".join(str(n) for n in numbers)
        warnings.append(f"议程编号不连续：{shown} / item numbers are not consecutive: {shown}")
    for item in meeting.items:
        if not item.speakers and title_names_a_turn(item.title):
            warnings.append(
                f"第{item.number}项“{item.title}”没有找到发言人（若由主持人自己讲，可不理会） / "
                f"item {item.number} ({item.title}) names a turn but has no speaker "
                "(if the chair speaks, ignore this)"
            )
    if not meeting.title.strip():
        warnings.append("没有标题 / no title")
    return warnings
