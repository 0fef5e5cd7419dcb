"""A chair's script (主持词) as text -> `Meeting`.

The parser reads patterns, not examples: any 主持词 follows the same conventions —
a title line, a salutation (同志们：), often an agenda overview (共有三项议程，一是……),
items announced with 项/议程 wording (进行会议第二项), speaker cues (请…发言, 有请…,
由…讲话, 欢迎…作重要讲话), stage directions in parentheses (（发言毕）), time limits
(每人发言时间控制在10分钟), and a closing (本次会议结束 / 散会). What it cannot place
stays a plain passage: the chair must still see every line.

Matching runs on a *normalised* copy of each passage (traditional -> simplified for the
few structural characters, full-width digits and ASCII punctuation mapped to one form).
The mapping is one character to one character, so a match's span is also a span of the
original text, which is what the chair sees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

from chair.model import DEFAULT_LIMIT_S, Item, Meeting, Passage, SpeakerCue, Step

# --- normalising for matching only -----------------------------------------------------

_TRAD = (
    "進會議項請發講話結開閉歡鐘時間內過為題報說達現場書們長員這裡個後畢聲國體總節對關於"
    "將動來並單點兩萬參傳學習區縣聽與決選舉條範辦門計劃務財審職幹黨機構設彙匯準備議記錄"
    "論層級屆歲號嗎麼讓謝掌陳張劉趙黃鄭導領統協調應當請評績誌訊"
)
_SIMP = (
    "进会议项请发讲话结开闭欢钟时间内过为题报说达现场书们长员这里个后毕声国体总节对关于"
    "将动来并单点两万参传学习区县听与决选举条范办门计划务财审职干党机构设汇汇准备议记录"
    "论层级届岁号吗么让谢掌陈张刘赵黄郑导领统协调应当请评绩志讯"
)
_PUNCT_FROM = "0123456789()[]:;,!?*ＸＸｘ×　"
_PUNCT_TO = "0123456789（）【】：；，！？*XXx× "
_NORMAL = str.maketrans(
    _TRAD + "０１２３４５６７８９" + "()[]:;,!?＊Ｘｘ",
    _SIMP + "0123456789" + "（）【】：；，！？*Xx",
)
assert len(_TRAD) == len(_SIMP)


def normalise(text: str) -> str:
    """Same length, same positions: only for matching, never shown."""
    return text.translate(_NORMAL)


# --- numbers ------------------------------------------------------------------------------

NUM = r"(?:[0-9]{1,3}|[零〇一二两三四五六七八九十百]{1,5})"
_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}


def cn_number(text: str) -> int | None:
    """'十二' -> 12, '二十' -> 20, '一百零五' -> 105, '3' -> 3; None if not a number."""
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch in _DIGITS:
            current = _DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    total += current
    return total or None


# --- the patterns -------------------------------------------------------------------------

_FINAL = "。！？!?；;…"
"""Sentence-final punctuation: a line ending in one of these is not broken mid-sentence."""
_CLOSERS = "”’」』）)】》\"'"

_LEAD = (r"^\s*(?:(?:首先|其次|然后|接着|接下来|下面|现在|最后|再次|之后|随后|好|好的|同志们|各位|"
         r"各位领导|下一步)\s*[，：、\s]*)*(?:我们|让我们|大家)?(?:来|继续|开始)?\s*")
_ITEM_STRONG = re.compile(
    _LEAD + r"(?:(?:进行|进入|开始|转入)\s*(?:本次|今天|这次)?\s*(?:会议|大会|会|的)?\s*(?:的)?\s*"
    r"(?:议程)?\s*第\s*(?P<a>" + NUM + r")\s*(?:项|个议程|个议题)"
    r"|(?:会议|大会|本次会议|今天会议)(?:的)?\s*(?:进行|进入|开始)\s*第\s*(?P<b>" + NUM + r")\s*(?:项|个议程|个议题))"
    r"(?:议程|议题|内容)?"
)
_ITEM_BARE = re.compile(
    _LEAD + r"(?:(?:会议|大会)(?:的)?\s*)?(?:议程)?\s*第\s*(?P<a>" + NUM + r")\s*(?:项|个议程|个议题)"
    r"(?:议程|议题|内容)?(?=[，：、。；\s！]|$|由|请|是|即)"
    r"|" + _LEAD + r"议程\s*(?P<b>" + NUM + r")\s*[：，、.]"
)
_OVERVIEW = re.compile(
    r"(?:共有|共|有|包括|安排了?|分为)\s*(?P<n>" + NUM + r")\s*(?:项|个)(?:议程|议题|内容|任务|程序)"
    r"|(?:会议|大会)?(?:的)?(?:主要)?议程(?:如下|是|为|有)"
)
_ENTRY = re.compile(
    r"(?:^|(?<=[。；，：！\s]))\s*(?:(?P<a>" + NUM + r")是|第(?P<b>" + NUM + r")项(?:议程|议题)?[，：、]?"
    r"|(?P<c>[一二三四五六七八九十]{1,3})、|（(?P<d>[一二三四五六七八九十0-9]{1,3})）|(?P<e>[0-9]{1,2})[.、．](?![0-9]))"
)
_SALUTATION = re.compile(
    r"^(?:尊敬的|亲爱的|各位)?[^。！？]{0,24}?(?:同志们|朋友们|女士们|先生们|老师们|同学们|大家好|"
    r"各位(?:领导|来宾|代表|同事|嘉宾|委员|同仁))[^。？]{0,24}[：！，]?$"
)
_DIRECTION_LINE = re.compile(r"^(?:[（【][^（）【】]{1,40}[）】]\s*)+[。]?$")
_DOC_STATUS = re.compile(
    r"^[（【](?:草案|试行|暂行|修订|修订稿|修订草案|征求意见稿|送审稿|讨论稿|代拟稿|审议稿|修正案|节选|摘要|"
    r"初稿|定稿|报批稿|第[一二三四五六七八九十0-9]+稿)[）】]$"
)
_CLOSES_CUE = re.compile(r"毕|结束|完毕|讲完|之后|后）")
_CLOSING = re.compile(
    r"(?:会议|大会|会|本次会议|今天的会议|活动)(?:就|到此|到这里|圆满|胜利|就此)*(?:结束|闭幕)(?:了)?(?=[。！，；\s]|$)"
    r"|(?:^|[，。！\s])(?:现在|宣布)?散会(?=[。！，\s]|$)"
)
_LIMIT = re.compile(
    r"(?P<n>" + NUM + r"|[0-9]+(?:\.[0-9]+)?)\s*(?:个)?\s*(?P<u>分钟|分|min|小时)(?:\s*(?P<s>" + NUM + r")\s*秒)?"
    r"|(?P<half>半)(?:个)?小时"
)
_LIMIT_CONTEXT = re.compile(r"发言|讲话|每人|每位|每个|各单位|限时|表态|汇报|控制|不超过|不得超过|以内|之内")
_WRITTEN = re.compile(r"书面发言|书面交流|书面材料|书面形式")
_DATE_LINE = re.compile(
    r"^[（【]?\s*(?P<d>[0-9零〇一二三四五六七八九]{4}\s*年\s*[0-9一二三四五六七八九十]{1,3}\s*月"
    r"(?:\s*[0-9一二三四五六七八九十]{1,3}\s*日)?)\s*[）】]?$"
)
_CHAIR_LINE = re.compile(r"^[（【]?主持(?:人)?\s*[：:]\s*(?P<n>[^）】]{1,20})[）】]?$")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_ENUM_START = re.compile(
    r"^\s*(?:第[一二三四五六七八九十0-9]{1,3}[，、：是]|[一二三四五六七八九十]{1,3}(?:是|、)|"
    r"（[一二三四五六七八九十0-9]{1,3}）|[0-9]{1,2}[.、．](?![0-9]))"
)

# Speaker cues ---------------------------------------------------------------------------

_VERBS = (r"发言|讲话|致辞|致词|讲几句|报告|汇报|宣读|传达|领学|领读|解读|点评|表态|述职|讲解|介绍|宣布|"
          r"通报|说明|总结|辅导|授课|讲课|分享|讲党课|致欢迎辞|作指示|提要求")
_SPEECH = r"(?:" + _VERBS + r")"
_OBJECT = r"[^，。；！？]{0,40}?"
_AFTER_SPEECH = r"(?=[，。；！？：\s…（]|$)"
_WHO = r"(?P<who>[^，。；！？：（]{1,40})"
_CUE_PATTERNS = (
    re.compile(r"(?:有请|掌声请|掌声欢迎)" + r"(?P<who>[^，。；！？：（]{1,40}?)(?:同志)?(?:" + _SPEECH + _OBJECT + r")?" + _AFTER_SPEECH),
    re.compile(r"(?<![邀申提])请" + _WHO + _SPEECH + _OBJECT + _AFTER_SPEECH),
    re.compile(r"欢迎" + _WHO + _SPEECH + _OBJECT + _AFTER_SPEECH),
    re.compile(r"(?:^|[，。；！\s]|下面|接下来|首先|现在|然后)由" + _WHO + _SPEECH + _OBJECT + _AFTER_SPEECH),
)
_NOT_A_SPEAKER = re.compile(
    r"^(?:大家|全体|同志们|与会|各位|在座|全场|我|本人|咱们|我们|你们|他们|各|全|同志)"
    r"|的|把|将|认真|按照|抓好|落实|进一步|就座|起立|鼓掌|入场|坐下|注意|关闭|保持|把握|加强"
)
_NAME_CUT = re.compile(r"同志|作|做|进行|代表|为大家|为我们|给大家|给我们|就|对|围绕|结合|上台|上场|向|依次|分别|"
                       r"简要|重点|专题|集中|带领|来|" + _VERBS)
_PLACEHOLDER = re.compile(r"[*×✕╳○□_＿…]|某|(?<![A-Za-z])[Xx]+(?![A-Za-z])")
_NAME_LEAD = re.compile(r"^(?:下面|首先|接下来|现在|再|然后|最后|大会|会议|热烈)+")


@dataclass
class _Cue:
    name: str | None


def find_cue(norm: str) -> _Cue | None:
    """A speaker cue in a (normalised) passage, with the speaker's name or None."""
    for pattern in _CUE_PATTERNS:
        for m in pattern.finditer(norm):
            who = _NAME_LEAD.sub("", m.group("who").strip(" ，、："))
            cut = _NAME_CUT.search(who)
            name = (who[: cut.start()] if cut else who).strip(" ，、：")
            if not name or _NOT_A_SPEAKER.search(name):
                if not (name == "" and pattern is _CUE_PATTERNS[0]):
                    continue
            if len(name) > 24:
                continue
            return _Cue(None if not name or _PLACEHOLDER.search(name) else name)
    return None


def _original_name(text: str, norm: str, name: str | None) -> str | None:
    """The name as written (traditional stays traditional): same span in the original."""
    if name is None:
        return None
    at = norm.find(name)
    return text[at: at + len(name)] if at >= 0 else name


# --- limits -------------------------------------------------------------------------------


def find_limit(norm: str) -> int | None:
    """Per-speaker limit in seconds (每人发言时间控制在10分钟 -> 600), or None."""
    for clause in re.split(r"[。；！？]", norm):
        if not _LIMIT_CONTEXT.search(clause):
            continue
        for m in _LIMIT.finditer(clause):
            if m.group("half"):
                return 1800
            n_text = m.group("n")
            value = float(n_text) if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", n_text) else cn_number(n_text)
            if not value:
                continue
            unit = m.group("u")
            seconds = value * (3600 if unit == "小时" else 60)
            if m.group("s"):
                seconds += cn_number(m.group("s")) or 0
            if 0 < seconds <= 4 * 3600:
                return round(seconds)
    return None


# --- passages -----------------------------------------------------------------------------


@dataclass
class _Line:
    text: str
    line: int


_ODD_BREAKS = str.maketrans({c: " " for c in "\x85\u2028\u2029\x0b\x0c\x1c\x1d\x1e"})


def _lines(text: str) -> list[_Line]:
    """Non-empty lines, trimmed, markdown heading marks dropped; None marks a blank line."""
    out: list[_Line] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        # Separators some tools treat as line ends (NEL, LS, PS, VT, FF) are spaces here:
        # line numbers follow `\n` as every editor counts them, and YAML keeps the text.
        raw = raw.translate(_ODD_BREAKS)
        stripped = _MD_HEADING.sub("", raw.strip().replace("\u3000", " ").strip())
        out.append(_Line(stripped, number))
    return out


def _item_number(norm: str) -> tuple[int, bool] | None:
    """(number, strong) where the passage announces an agenda item; strong = 进行…第N项."""
    m = _ITEM_STRONG.match(norm)
    strong = True
    if not m:
        m = _ITEM_BARE.match(norm)
        strong = False
    if not m:
        return None
    n = cn_number(m.group("a") or m.group("b"))
    return (n, strong) if n else None


def _is_direction(text: str) -> bool:
    norm = normalise(text.strip())
    return bool(_DIRECTION_LINE.match(norm)) and not _DOC_STATUS.match(norm.rstrip("。"))


def _starts_structure(text: str) -> bool:
    """Whether a line opens something new, so the line before it is not joined to it."""
    norm = normalise(text)
    if _item_number(norm) or _is_direction(text) or _SALUTATION.match(norm):
        return True
    if _ENUM_START.match(norm) or _OVERVIEW.search(norm[:20]):
        return True
    cue = re.match(_LEAD + r"(?:请|有请|由)", norm)
    if cue and find_cue(norm[:40]):
        return True
    return bool(_CLOSING.match(norm))


def _join_char(left: str, right: str) -> str:
    """Nothing between CJK text; a space between words of Latin script."""
    if left and right and left[-1].isascii() and right[0].isascii() and left[-1].isalnum() and right[0].isalnum():
        return " "
    return ""


def _passages(lines: list[_Line], join: bool) -> list[_Line]:
    """Logical passages: PDF hard breaks inside a sentence joined, first line's number kept.

    Linear in the length of the text: joined lines are collected in parts and the state
    that decides on the next join (last character, open 《, length) is kept as it grows.
    """
    out: list[_Line] = []
    parts: list[list[str]] = []
    open_ = False  # whether the last passage may continue on the next line
    depth = 0  # 《 not yet closed by 》 in the last passage
    length = 0
    for ln in lines:
        if not ln.text:
            open_ = False
            continue
        if join and open_ and out and not _starts_structure(ln.text):
            glue = _join_char(parts[-1][-1], ln.text)
            parts[-1].append(glue + ln.text)
            length += len(glue) + len(ln.text)
        else:
            out.append(_Line(ln.text, ln.line))
            parts.append([ln.text])
            depth, length = 0, len(ln.text)
        norm = normalise(ln.text)
        depth = max(0, depth + norm.count("《") - norm.count("》"))
        last = ln.text[-1]
        ends_open = last in "，、,：:" and last not in "：:"
        ends_final = last in _FINAL + _CLOSERS + "：:" and not depth
        open_ = not ends_final and (ends_open or bool(depth) or (length >= 12 and not _is_direction(ln.text)))
        if len(out) == 1 and len(parts[0]) == 1 and not ends_open:
            open_ = False  # the title line is never continued by the body
    for passage, pieces in zip(out, parts, strict=True):
        passage.text = "".join(pieces)
    return out


# --- the overview -------------------------------------------------------------------------


def _entries(norm: str, text: str) -> list[str]:
    """Titles listed as 一是…二是… / 第一项… / 一、… / （一）… / 1. … in sequence."""
    marks: list[tuple[int, int, int]] = []  # (number, start, end)
    expected = 1
    for m in _ENTRY.finditer(norm):
        raw = next(g for g in m.groups() if g)
        n = cn_number(raw)
        if n == expected:
            marks.append((n, m.start(), m.end()))
            expected += 1
    titles: list[str] = []
    for i, (_, _start, end) in enumerate(marks):
        stop = marks[i + 1][1] if i + 1 < len(marks) else len(text)
        titles.append(_clause(text[end:stop]))
    return titles


def _clause(text: str) -> str:
    """The first sentence of `text`, without the punctuation around it."""
    text = text.strip(" ，、：；,;:")
    m = re.search(r"[。！？!?]", text)
    if m:
        text = text[: m.start()]
    return text.strip(" ，、：；。,;:")


def _title_from_line(text: str, norm: str, number: int) -> str:
    """An item's title from its own line: the words after 第N项, up to the sentence end."""
    m = _ITEM_STRONG.match(norm) or _ITEM_BARE.match(norm)
    rest = text[m.end():] if m else text
    rest = re.sub(r"^[\s，、：:。是即为]+", "", rest)
    title = _clause(rest)
    if len(title) > 40:
        cut = max(title.rfind("，", 0, 40), title.rfind("、", 0, 40))
        title = title[:cut] if cut > 8 else title[:40]
    return title or f"第{number}项"


# --- the whole script ---------------------------------------------------------------------


def parse(
    text: str,
    *,
    source: str | None = None,
    default_limit_s: int = DEFAULT_LIMIT_S,
    join_lines: bool = True,
) -> Meeting:
    """Parse a whole script. Never fails: what has no place becomes a plain passage."""
    passages = _passages(_lines(text), join_lines)
    meeting = Meeting(title="", source=source)
    if not passages:
        meeting.warnings = review(meeting)
        return meeting
    norms = [normalise(p.text) for p in passages]

    # The title: the first line, when it reads like one (short, not a sentence).
    first = passages[0]
    start = 0
    if (len(first.text) <= 60 and first.text[-1] not in "。！？；，：:" and not _item_number(norms[0])
            and not _SALUTATION.match(norms[0]) and not _is_direction(first.text)):
        meeting.title = first.text
        start = 1
    elif source:
        meeting.title = PurePath(source).stem
    else:
        meeting.title = _clause(first.text)[:30] or first.text[:30]

    # Item candidates and the overview.
    candidates: list[tuple[int, int, bool]] = []  # (passage index, number, strong)
    for i in range(start, len(passages)):
        found = _item_number(norms[i])
        if found:
            candidates.append((i, found[0], found[1]))

    overview_at: set[int] = set()
    promised: int | None = None
    titles: list[str] = []
    first_strong = next((c[0] for c in candidates if c[2]), len(passages))
    for i in range(start, first_strong):
        m = _OVERVIEW.search(norms[i])
        if not m or i in {c[0] for c in candidates}:
            continue
        overview_at.add(i)
        promised = cn_number(m.group("n")) if m.group("n") else None
        titles = _entries(norms[i][m.end():], passages[i].text[m.end():])
        if not titles:  # the entries follow, each on a line of its own
            j = i + 1
            while j < len(passages):
                entry = _ENTRY.match(norms[j])
                if not entry or cn_number(next(g for g in entry.groups() if g)) != len(titles) + 1:
                    break
                titles.append(_clause(passages[j].text[entry.end():]))
                j += 1
            run = set(range(i + 1, j))
            later = [c for c in candidates if c[0] >= j]
            listed_as_items = any(c[0] in run for c in candidates)
            # Lines that look like items are the overview only when the items follow.
            if run and (not listed_as_items or (later and later[0][1] <= len(titles))):
                overview_at |= run
                candidates = [c for c in candidates if c[0] not in run]
        break

    # Accept items in increasing order; a bare 第N项 only when it follows on.
    items_at: dict[int, int] = {}
    last = 0
    for i, n, strong in candidates:
        if i in overview_at:
            continue
        if (strong and n > last) or (not strong and (n == last + 1 or last == 0)):
            items_at[i] = n
            last = n
    if promised and len(titles) < promised:
        titles += [f"第{k}项" for k in range(len(titles) + 1, promised + 1)]
    placeholder_titles = {k for k in range(1, len(titles) + 1) if titles[k - 1] == f"第{k}项"}
    meeting.overview = titles

    # The closing: after the last item (or in the second half of a script without items).
    closing_at = len(passages)
    after = max(items_at) + 1 if items_at else max(start, len(passages) // 2)
    for i in range(after, len(passages)):
        if _CLOSING.search(norms[i]) and not _is_direction(passages[i].text):
            closing_at = i
            break

    # Walk the passages into opening / items / closing.
    meeting_limit: int | None = None
    item_limit: int | None = None
    current: list[Step] = meeting.opening
    item_cues: list[tuple[SpeakerCue, bool]] = []  # cues of the current item: own limit?
    written: list[str] = []
    written_overview: list[str] = []

    def close_item() -> None:
        limit = item_limit or meeting_limit or default_limit_s
        for cue, own in item_cues:
            if not own:
                cue.limit_s = limit
        item_cues.clear()

    # Always a title step first (the YAML form restores it the same way); when the
    # script has no title line, the name comes from the file and is not read aloud.
    meeting.opening.append(Passage(meeting.title, first.line, "title"))
    for i in range(start, len(passages)):
        p, norm = passages[i], norms[i]
        if i == closing_at:
            close_item()
            item_limit = None
            current = meeting.closing
        if i in items_at:
            close_item()
            item_limit = None
            n = items_at[i]
            title = titles[n - 1] if n <= len(titles) and n not in placeholder_titles else (
                _title_from_line(p.text, norm, n))
            item = Item(number=n, title=title, line=p.line)
            meeting.items.append(item)
            current = item.steps
        limit = find_limit(norm) if i not in overview_at else None
        for sentence in re.split(r"(?<=[。；！？])", p.text):
            if _WRITTEN.search(normalise(sentence)) and sentence.strip():
                (written_overview if i in overview_at else written).append(_clause(sentence) or sentence.strip())
        date = _DATE_LINE.match(norm)
        if date and current is meeting.opening and i <= start + 2:
            meeting.date = meeting.date or re.sub(r"\s+", "", date.group("d"))
            current.append(Passage(p.text, p.line, "direction"))
            continue
        if _is_direction(p.text):
            prev = current[-1] if current else None
            if isinstance(prev, SpeakerCue) and prev.after is None and _CLOSES_CUE.search(norm):
                prev.after = p.text
                continue
            current.append(Passage(p.text, p.line, "direction"))
            continue
        if i in overview_at:
            current.append(Passage(p.text, p.line, "overview"))
            continue
        chair = _CHAIR_LINE.match(norm)
        if chair and current is meeting.opening and i <= start + 3:
            meeting.chair = meeting.chair or p.text[chair.start("n"): chair.end("n")].strip()
            current.append(Passage(p.text, p.line, "direction"))
            continue
        cue = find_cue(norm) if i != closing_at else None
        if cue is not None:
            step = SpeakerCue(p.text, p.line, name=_original_name(p.text, norm, cue.name))
            current.append(step)
            if current is meeting.opening or current is meeting.closing:
                step.limit_s = limit or meeting_limit or default_limit_s
            else:
                if limit and i not in items_at:
                    step.limit_s = limit
                    item_cues.append((step, True))
                else:
                    item_cues.append((step, False))
            if limit and i in items_at:
                item_limit = limit
            continue
        if limit:
            if current is meeting.opening:
                meeting_limit = limit
            elif current is not meeting.closing:
                item_limit = item_limit or limit
        if current is meeting.closing:
            kind = "closing"
        elif _SALUTATION.match(norm) and len(p.text) <= 40:
            kind = "salutation"
        else:
            kind = "text"
        current.append(Passage(p.text, p.line, kind))
    close_item()
    meeting.written_statements = list(dict.fromkeys(written or written_overview))
    meeting.warnings = review(meeting)
    return meeting


def review(meeting: Meeting) -> list[str]:
    """Warnings that follow from the agenda itself, so a script and its YAML agree."""
    warnings: list[str] = []
    if not meeting.items:
        warnings.append("未找到议程项，全文按段落显示 / no agenda items found: the script is shown as passages")
    if meeting.overview and len(meeting.overview) != len(meeting.items):
        warnings.append(
            f"概述列出 {len(meeting.overview)} 项议程，正文有 {len(meeting.items)} 项 / "
            f"the overview lists {len(meeting.overview)} items, the text has {len(meeting.items)}"
        )
    numbers = [item.number for item in meeting.items]
    if numbers and numbers != list(range(1, len(numbers) + 1)):
        shown = ", ".join(str(n) for n in numbers)
        warnings.append(f"议程编号不连续：{shown} / item numbers are not consecutive: {shown}")
    if not meeting.title.strip():
        warnings.append("没有标题 / no title")
    return warnings
