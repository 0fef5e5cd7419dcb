"""A script's text in one form for matching: simplified characters, one kind of punctuation.

Only matching uses the normalised copy; the chair always sees the text as written. Every
mapping keeps the length, so a span found in the normalised copy is the same span of the
original (a name is cut out of the original text, traditional characters and all).

Traditional characters go through OpenCC (`t2s`), imported only when the text has some:
a simplified script, nearly every script, never pays for it.
"""

from __future__ import annotations

from functools import lru_cache

from chair.script import cached_re as re  # `re`, the compiled patterns kept between runs

_PUNCT = str.maketrans(
    "０１２３４５６７８９()[]:;,!?＊Ｘｘ\u3000",
    "0123456789（）【】：；，！？*Xx ",
)

_TRADITIONAL_HINT = re.compile(
    "[們會議請發講話說這個時為國進項結開閉歡鐘間過題報達現場書長員裡後畢聲體總節對關於將動來並單點"
    "兩參傳學習區縣聽與決選舉條範辦門計劃務審職幹黨機構設彙準備記錄論層級屆號讓謝陳張劉趙黃鄭導領統"
    "協調應當評績東車廠經濟領頒獎誓啟簽約]"
)
"""Characters that only traditional text uses, frequent in any script: when none of them
is there, the text is taken as simplified and OpenCC is not loaded."""


def has_traditional(text: str) -> bool:
    """Whether the text looks traditional (and needs OpenCC to be matched)."""
    return _TRADITIONAL_HINT.search(text) is not None


@lru_cache(maxsize=1)
def _converter():  # noqa: ANN202 - opencc has no type hints
    import opencc  # imported here: only scripts in traditional characters need it

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """The text in simplified characters, same length (per character where a phrase
    conversion would change the length, which OpenCC's t2s almost never does)."""
    converter = _converter()
    out = converter.convert(text)
    if len(out) == len(text):
        return out
    chars = [converter.convert(ch) for ch in text]
    return "".join(c if len(c) == 1 else ch for c, ch in zip(chars, text, strict=True))


def normalise(text: str, traditional: bool | None = None) -> str:
    """Same length, same positions: only for matching, never shown."""
    if traditional is None:
        traditional = has_traditional(text)
    if traditional:
        text = to_simplified(text)
    text = text.translate(_PUNCT)
    return _HALF_STOP.sub("。", text) if "." in text else text


_HALF_STOP = re.compile(r"(?<=[\u4e00-\u9fff）”》」\")])\.(?=[\u4e00-\u9fff“《（\"\s]|$)")
"""发言.章先生… / …二十多年了. at a line's end / 签署"…协议".有请…: a half-width full stop after
Chinese or a closing quote, a sentence's end like 。 (1.5 and 2.0 stay)."""


# --- numbers ------------------------------------------------------------------------------

NUM = r"(?:[0-9]{1,3}|[零〇一二两三四五六七八九十百]{1,5})"
_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}


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
