"""The patterns of a chair's script, on normalised text (simplified, one punctuation).

Every pattern is anchored or bounded (no nested unbounded repeats), so matching stays
linear in the length of a script however it is laid out.
"""

from __future__ import annotations

from chair.script import cached_re as re  # `re`, the compiled patterns kept between runs
from chair.script.normal import NUM, cn_number

ENUM = r"(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十0-9]{1,3}）|[0-9]{1,2}[、.．](?![0-9]))"
"""一、 / （一） / 1、 / 1. in front of a heading or a numbered line."""
_HOSTS = (
    r"(?:[（【][^（）【】]{1,4}[）】]|(?:主持人)?[甲乙男女合AB](?:、[甲乙男女AB])?[：:]|主持人[：:]"
    r"|主持人\s*+[（(][^（）()]{1,4}[）)]\s*+[：:])?"
)
"""(男) / (女) / （合） / 甲： / 主持人乙： / 甲、乙： / 主持人（男）：: which of two hosts reads the
line."""
LEAD_WORDS = (
    r"首先|其次|然后|接着|接下来|下面|现在|最后|再次|之后|随后|好|好的|同志们|各位|下一步|那么|"
    r"让我们|我们|以热烈的掌声|用热烈的掌声|热烈|掌声|再|先|[上下]午|晚上"
)
_VOCATIVE = r"(?!有?请)[^，。；！？：\s]{1,12}?(?:们|代表|委员|来宾|同仁|领导|常委|学员)(?=[，、])"
"""各位代表， / 老师们、同学们， before the words that matter."""
LEAD = (
    r"^[\s◆●■▲★☆◎○·•▶►◇□【\[]*+"
    + _HOSTS
    + r"\s*+(?:"
    + ENUM
    + r")?\s*+(?:(?:"
    + _VOCATIVE
    + r"|"
    + LEAD_WORDS
    + r")[，：、\s]*+)*+"
    r"(?:我们|让我们|大家)?(?:来|继续|开始|说|办|议)?\s*+"
)

_MASK = r"[×xX*]{1,3}"


def _ord(tag: str) -> str:  # pragma: no mutate block
    """An ordinal's pattern, its groups named by `tag`. Runs once, at import, where no mutant
    is switched on: the mutation run leaves it out; the patterns it builds are tested."""
    return (
        r"(?:第\s*+(?P<n"
        + tag
        + ">"
        + NUM
        + r"|"
        + _MASK
        + r")|(?P<m"
        + tag
        + ">"
        + _MASK
        + r"|最后一|下一))"
    )


ITEM_COUNTER = (
    r"(?:项|步|个?议程|个?议题|个?环节|个?阶段|个?篇章|个?板块|乐章|讲|个?部分|个?单元|个内容"
    r"|件事?|个事|个?程序)"
)
"""What numbers an agenda item, wherever one is told: 第二项 / 第二个环节 / 第二篇章 / 第二部分 /
第二讲 / 第二件事. One list, so that a counter read in an announcement is read in an overview's entry too."""
_ITEM_WORD = r"\s*+" + ITEM_COUNTER + r"(?:议程|议题|内容)?"
ITEM_STRONG = re.compile(
    LEAD
    + r"(?:(?:进行|进入|开始|转入|商量|商议|讨论|研究)\s*+(?:本次|今天|今晚|这次|大家[^，。；：！？\s第]{0,6}?(?=的))?\s*+"
    r"(?:会议|大会|典礼|仪式|活动|会)?\s*+(?:的)?\s*+"
    r"(?:议程)?(?:的)?(?:是)?\s*+"
    + _ord("1")
    + _ITEM_WORD
    + r"|[^，。；：！？\s]{1,8}?(?:进行|进入|转入)\s*+(?:到)?\s*+"
    + _ord("2")
    + _ITEM_WORD
    + r"|(?:进行|进入|开始|转入)\s*+(?:议程|环节)\s*+(?P<q>"
    + NUM
    + r")(?=[，：、。；\s]|$)"
    + r"|[^。；！？]{0,12}?迎来了?[^，。；：！？\s]{0,12}?"
    + _ord("3")
    + r"\s*+(?:个)?(?:环节|篇章|板块))"
)
"""进行会议第二项 / 典礼进行第二项 / 接着进行会议的第二议程 / 下面进行最后一项议程 / 进行××项议程 /
下面商量第二件事."""
ITEM_BARE = re.compile(
    LEAD
    + r"(?:(?:本次|今天|这次)?[^，。；：！？\s第]{0,8}?(?:会议|大会|典礼|仪式|活动|会|式|礼|论坛|赛|节)"
    r"(?:的)?\s*+)?"
    r"(?:议程)?(?:是|为)?\s*+"
    r"第\s*+(?P<n>"
    + NUM
    + r")\s*+"
    + ITEM_COUNTER
    + r"(?:议程|议题|内容)?(?=[，：、。；\s！“】）]|$|由|请|是|即)"
    r"|" + LEAD + r"(?:议程|环节)\s*+(?:[（【]?(?P<m>" + NUM + r")[）】]?\s*+[：，、.]"
    r"|(?<=【议程|【环节)(?P<b>" + NUM + r")】)"
    r"|^\s*+"
    + _HOSTS
    + r"\s*+(?:下面|接下来|现在|好)?[，\s]*+(?:(?:大会|会议|典礼|仪式)(?:的)?)?(?P<l>最后一)\s*+(?:项|个议程|个环节)(?:议程|议题)?\s*+[：，、]"
)
"""第十二项，由区长讲话 / 现在第二项，由… / 二、第二议程 / 开幕式第一项，… / 论坛第二项，… /
典礼最后一项，全体齐唱校歌。"""
OVERVIEW = re.compile(
    r"(?:共有|共分|共|有|包括|安排了?|分为|分|进行|做|办)\s*+(?P<n>" + NUM + r")\s*+(?:(?:项|个)"
    r"(?P<w>议程|议题|内容|任务|程序|环节|篇章|板块|阶段|部分|单元|方面的内容)|步(?=进行|走|[：:])|件事情?(?=\s*+[：:]))"
    r"|(?:议程|内容|议题)(?:主要|共|一共)?有\s*+(?P<k>" + NUM + r")\s*+(?:项|个)"
    r"|(?:共有|共分|共)\s*+(?P<j>" + NUM + r")\s*+项(?=\s*+[：:]|\s*+内容)"
    r"|议程(?:共有|共)\s*+(?P<g>" + NUM + r")\s*+项(?=[。，；]|$)"
    r"|安排了?\s*+(?P<s>" + NUM + r")\s*+个方面(?=\s*+[：:])"
    r"|(?:事(?:情|项)?(?:共)?有|(?<=[议办])|(?<=[议办]这)|(?<=讨论|研究|商量|商议|协商|决定))\s*+(?P<v>"
    + NUM
    + r")\s*+件(?:事情?)?(?=\s*+[：:])"
    r"|(?:今天|今晚|这次|本次)[^，。；！？]{0,8}?(?:说|议|办|商量|讨论|研究)\s*+(?P<t>"
    + NUM
    + r")\s*+件事情?(?=[。，；：:]|$)"
    r"|(?:会议|大会|会|仪式|典礼|活动)(?:的)?(?:议程)?有\s*+(?P<h>" + NUM + r")\s*+项(?=\s*+[：:])"
    r"|(?:程序|流程)(?:如下|是|为)\s*+[：:]|(?:环节|议程)?安排(?:如下|是|为)\s*+[：:]"
    r"|(?:今天|本次|这次)[^，。；：]{0,8}?的(?:安排|议程|流程)\s*+[：:]\s*+$"
    r"|(?:分(?:为|成)?|包括|包含)(?P<pre>[^，。；：]{1,30}?[、和及][^，。；：]{1,30}?"
    r"|(?:“[^“”，。；：]{1,10}”\s*+){2,8})(?P<p>" + NUM + r")\s*+个(?:环节|部分|篇章|板块|阶段)"
    r"|(?:会议|大会|典礼|仪式)?(?:的)?(?:主要)?议程(?:如下|是|为|有|[：:](?=\s*+(?:[（(]?[一二三四五六七八九十1-9]|第[一二三四五六七八九十1-9]|$)))"
    r"|安排了?(?:以下|这么|这样|如下)(?:几|[一两二三四五六七八九十])(?:项|个)(?:议程|内容|环节)?[：:](?=\s*+\S)"
    r"|(?:(?:有|包括|进行)以下|(?:有|包括)(?:这么|这样|如下))(?:(?P<few>几)|[一二三四五六七八九十])"
    r"(?:(?:项|个)(?:议程|内容|环节|程序)?|件事情?)[：:]"
)
ENTRY = re.compile(
    r"(?:^|(?<=[。；，：！\s]))\s*+(?:(?P<a>"
    + NUM
    + r")是|第(?P<b>"
    + NUM
    + r")"
    + ITEM_COUNTER
    + r"(?:议程|议题)?[，：、]?|第(?P<f>"
    + NUM
    + r")[，：、]"
    r"|(?P<c>[一二三四五六七八九十]{1,3})、|（(?P<d>[一二三四五六七八九十0-9]{1,3})）"
    r"|(?P<e>[0-9]{1,2})[.、．](?![0-9])|(?:议程|环节)(?P<g>" + NUM + r")[，：、])"
)
INLINE_HEADING = re.compile(
    r"(?<=[。！？；：])\s*+(?=(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)"
    r"[^。！？；：，\s]{1,20}(?:\s|[：:]))"
)
"""一、宣布大会开始 现在我宣布… inside a run-on paragraph: a heading that lost its line."""
HEADING = re.compile(
    r"^\s*+(?:(?P<a>[一二三四五六七八九十]{1,3})[、．.]|（(?P<b>[一二三四五六七八九十]{1,3})）|(?P<c>[0-9]{1,2})[、.．])\s*+"
    r"(?:(?P<t>[^。！？；]{1,64})[：:]?$|(?P<u>[^。！？；：，]{1,20})[：:]|(?P<v>[^。！？；：，\s]{1,20})\s+(?=\S))"
)
SALUTATION = re.compile(
    r"^"
    + _HOSTS
    + r"(?:尊敬的|亲爱的|各位)?[^。！？]{0,24}?(?:同志们|朋友们|女士们|先生们|老师们|同学们|"
    r"大家好|同事们|各位(?:领导|来宾|代表|同事|嘉宾|委员|同仁|企业家|家长))[^。？]{0,24}[：！，]?$"
)
SALUTATION_HEAD = re.compile(
    _HOSTS
    + r"(?:尊敬的|亲爱的)?[^。！？：]{0,30}?(?:同志们|朋友们|女士们|先生们|老师们|同学们|同事们|"
    r"各位(?:领导|来宾|代表|同事|嘉宾|委员|同仁))\s*+："
)
"""各位代表、同志们： at the start of a run-on paragraph: split there."""
DIRECTION_LINE = re.compile(r"^(?:[（【][^（）【】]{1,40}[）】]\s*+)+[。]?$")
DOC_STATUS = re.compile(
    r"^[（【](?:草案|试行|暂行|修订|修订稿|修订草案|征求意见稿|送审稿|讨论稿|代拟稿|审议稿|修正案|节选|摘要|"
    r"初稿|定稿|报批稿|第[一二三四五六七八九十0-9]+稿)[）】]$"
)
CLOSES_CUE = re.compile(r"毕|结束|完毕|讲完|之后|后）")
BEFORE_THE_AGENDA = re.compile(r"(?:会议|大会|议程)(?:正式)?(?:开始|进行)(?:之)?前[，,]")
"""在会议开始之前，首先请…宣读…: a turn the chair asks for before the agenda begins."""
FREE_FLOOR = re.compile(
    r"^[（(]\s*+(?:自由(?:发言|交流|讨论|提问)|座谈交流)[^（）()]{0,12}[）)]\s*+$"
)
"""（自由发言） / （自由交流约30分钟）: the stage direction for an open floor."""
ASKS_OUTRIGHT = re.compile(r"(?:现在开会[。，]\s*+)?(?:首先|先)[，,]?\s*+(?:有)?请")
"""现在开会。首先，请…: the chair's first request, said before the agenda is told."""
CLOSING = re.compile(
    r"(?:会议|大会|会|仪式|典礼|活动|晚会|年会|座谈会|[班业学幕]式|课程)(?:就|到此|到这里|圆满|胜利|就此)*(?:结束|闭幕|闭会)(?:了)?"
    r"(?=[。！，；\s!]|$)"
    r"|(?:^|[，。！\s])(?:现在|宣布)?散会(?=[。！，\s]|$)"
    r"|(?:今天的|今天)?(?:会议|会)就?开到这里(?=[。！，\s]|$)"
)
LIMIT = re.compile(
    r"(?<![0-9.])(?P<n>"
    + NUM
    + r"|[0-9]++(?:\.[0-9]+)?)\s*+(?:个)?\s*+(?P<u>分钟|分(?=\s*+(?:[0-9一二三四五六七八九十]+\s*+秒|[，。；！？）\s]|$))|min|小时)"
    r"(?:\s*+(?P<s>" + NUM + r")\s*+秒|(?<=小时)\s*+(?:零)?(?P<m>" + NUM + r")\s*+分钟?)?"
    r"|(?:(?P<h>[一两二三1-3])个)?(?P<half>半)(?:个)?小时"
)
LIMIT_CONTEXT = re.compile(
    r"发言|讲话|每人|每位|每个|每场|每次|各单位|限时|表态|汇报|述职|点评|控制|不超过|不得超过|以内|之内|"
    r"(?:报告|讲座|党课|分享|授课|讲课)(?!厅|会)(?:时间)?(?:约|大约|大概)|"
    r"寄语|致辞|(?<!会议)时间约?[0-9一二两三四五六七八九十半]|时间(?:大约|大概)[0-9一二两三四五六七八九十半]|"
    r"[，,]\s*+(?:大约|大概)[0-9一二三四五六七八九十](?:[^，。；]{0,3})分钟[。！]?$"
)
_HELD = re.compile(r"(?:召开|举行)[，,]\s*+(?:时间|历时|用时)")
LIMIT_EACH = re.compile(
    r"每人|每位|每个|每场|各单位|各位|每名|每一位|[两二三四五六七八九十几]位|均|一律"
)
LIMIT_MEETING = re.compile(r"全体|所有发言|本次会议|今天的会议|各项议程|全场")
WRITTEN = re.compile(r"书面发言|书面交流|书面材料|书面形式")
DATE_LINE = re.compile(
    r"^[（【]?\s*+(?P<d>[0-9零〇一二三四五六七八九]{4}\s*+年\s*+[0-9一二三四五六七八九十]{1,3}\s*+月"
    r"(?:\s*+[0-9一二三四五六七八九十]{1,3}\s*+日)?)\s*+[）】]?$"
)
CHAIR_LINE = re.compile(r"^[（【]?主持(?:人)?\s*+[：:]\s*+(?P<n>[^）】]{1,20})[）】]?$")
MD_HEADING = re.compile(r"^#{1,6}\s+")
ENUM_START = re.compile(
    r"^\s*+(?:第[一二三四五六七八九十0-9]{1,3}[，、：是]|[一二三四五六七八九十]{1,3}(?:是|、)|"
    r"（[一二三四五六七八九十0-9]{1,3}）|[0-9]{1,2}[.、．](?![0-9]))"
)
VOTE_CALL = re.compile(
    r"(?:同意|赞成)的?[^，。；！？]{0,8}?(?:请)?(?:举手|按)|举手表决|请举手|请按[^，。；]{0,6}键"
)
VOTE_KEY = re.compile(
    r"按键表决|表决器上按键|(?:^|[。！，])[^，。；！？]{0,12}请[^，。；！？]{0,12}"
    r"(?:按键|(?:按动?|使用)表决器|按下?表决键)(?:进行)?(?:表决)?(?:[。！]|(?<=键)：|$)"
)
"""请各位委员在表决器上按键 / 请各位委员按键表决 / 请代表们按表决器 / 请各位组成人员按下表决键：
赞成、反对、弃权: an electronic vote called, no words needed."""
VOTE_INTRO = re.compile(
    LEAD + r"(?:(?:如果?|若)?没有(?:不同)?意见(?:的话)?[，]\s*+(?:下面|现在|那么|我们)?[，]?)?"
    r"(?:请(?:各位|全体)[^，。；！？]{0,6}?(?:代表|委员|同志|党员|成员)?(?:对[^，。；！？]{1,30}?)?"
    r"|对[^，。；！？]{1,30}?(?=进行))?(?:进行)?(?:举手)?表决"
)
"""下面进行表决 / 如没有意见，下面进行表决 / 请各位代表对…进行表决 / 下面对任免名单进行表决: the
vote announced."""
VOTE_WORD = re.compile(r"同意(?!见)|赞成|反对|弃权")
LOGISTICS = re.compile(
    LEAD
    + r"(?:请|有请)?(?:大家|全体[^，。；！？]{0,6}|各位[^，。；！？]{0,10}|工作人员|礼仪人员|[^，。；！？]{0,12}?"
    r"(?:获奖|受表彰)[^，。；！？]{0,10}|双方|与会人员|同志们)?[^。！？]{0,20}?(?:起立|就座|坐下|请坐|入场|"
    r"退场|离场|退席|移步|上台|到(?:主席)?台前|回座|留步|合影|发放|分发|填写|投入|交换|握手|鼓掌|带回|静音|落座"
    r"|就位|行注目礼)"
    r"|" + LEAD + r"(?:请坐|礼毕|休息[0-9一二三四五六七八九十]{0,3}分钟|休会)"
)
_PAGE_PART = r"(?:篇[一二三四五六]|范文[一二三四五六]|第[一二三四五六]篇)[：:]?$"
CHROME = re.compile(
    r"^(?:首页|当前位置|您的位置|位置)[^。]{0,60}(?:>|›|»|\|)|^[^。，]{1,20}\s*+[>›»]\s*+[^。，]{1,20}\s*+[>›»]|"
    r"本站原创|转载请注明|范文(?:[0-9一二三四五六七八九十]+篇|大全|精选)|^【(?:精选|推荐|热门)】|^"
    + _PAGE_PART
    + r"|发布时间|发布日期|来源[：:]|作者[：:]|浏览[：:]?\s*+[0-9]|"
    r"阅读[：:]\s*+[0-9]|点击[：:]?\s*+[0-9]|【字体|字体[：:]|打印本页|关闭窗口|^第\s*+[0-9]+\s*+页|共\s*+[0-9]+\s*+页$|"
    r"^[0-9]{1,3}$|^分享(?:到)?[：:]?$|^[-—–]\s*+[0-9]{1,3}\s*+[-—–]$|^\s*+(?:[^|。]{1,8}\|){3,}"
    r"|(?:登录|登陆)\s*+[|｜/]\s*+注册|^分享到[：:]|本文共计?约?[0-9，,]+字|VIP(?:用户|会员)|下载Word"
)
"""Site chrome: breadcrumbs, bylines, view counts, page numbers, menu bars."""
CHROME_TAIL = re.compile(
    r"^"
    + _PAGE_PART
    + r"|^(?:上一篇|下一篇|相关文章|相关阅读|相关推荐|相关链接|推荐阅读|热门标签|标签[：:]|猜你喜欢|"
    r"Copyright|版权所有|返回列表|分享到|扫一扫|更多(?:精彩|内容|相关|范文|文章|资料))"
)
"""From here on the page is no longer the script."""
EMBEDDED_TITLE = re.compile(r"^(?P<t>[^。！？；：，]{4,60}?(?:主持词|主持稿|主持辞|串词))")
ATTENDANCE = re.compile(
    r"应到[^，。；]{0,8}?(?:[0-9一二三四五六七八九十]|\s|_)|(?<!落)实到[^，。；]{0,8}?(?:[0-9一二三四五六七八九十]|\s|_)|"
    r"(?:出席|参加|列席)(?:今天|本次|这次)?[^，。；！？]{0,10}?的(?:有|是|[^，。；！？]{0,4}领导)|列席|请假"
)
_PLACE_WORD = (
    r"(?:会议室|礼堂|大厅|体育馆|活动室|报告厅|会堂|广场|操场|中心|宾馆|酒店|基地|教室|会场|剧场|剧院|"
    r"厅|室|馆|楼|园|场|之家|中学|小学|大学|学校|学院|党校|书屋|祠堂|食堂|驿站)"
)
PLACE = re.compile(
    r"在(?P<p>[^，。；！？在]{2,20}?"
    + _PLACE_WORD
    + r")(?:[，为][^，。；！？]{0,40}?|隆重|集中|正式|联合|共同|盛大|集合，)?"
    r"(?:召开|举行|举办|开会|集会|开展|进行|开幕|设主会场|欢聚|相聚|齐聚|开(?=[，。；！]))"
    r"|(?:(?:相聚|欢聚|齐聚|聚集)(?:在|到|于)?|(?:设|欢迎(?:大家|各位)?来|(?<!邀)请)(?:在|到))(?P<r>[^，。；！？]{2,20}?"
    + _PLACE_WORD
    + r")(?<!的现场)(?=[，。；！])"  # (欢迎来到…论坛的现场: the event, not where it is)
    r"|这里是[^，。；！？]{0,30}?(?:现场|会场)[，—－-]{1,2}(?P<h>[^，。；！？]{2,20}?"
    + _PLACE_WORD
    + r")(?=[，。；！])"
    r"|(?:^|(?<=[\s，。；！次天]))[（(]?(?:会议|活动|培训|开班|仪式|典礼|论坛)?地点(?:[：:]|在|设在|是)\s*+(?P<q>[^，。；！？）)\s]{2,30})"
    r"|^[（(][^）)]{0,30}?(?:[，,]|[0-9日午时]\s)\s*+(?:[/|｜·]\s*+)?(?P<s>[^，,）)\s]{2,20}?"
    + _PLACE_WORD
    + r")(?<![上入退离出登]场)[）)]$"
)
"""在三楼会议室召开 / 在…大厅，隆重举行 / 主会场设在… / 会议地点：… / （2025年9月12日上午，学校体育馆）
/ （2026年1月15日上午9:00  县人民会堂） / 在…宴会厅欢聚一堂 / 这里是…的现场——临川大剧院 / 把大家请到
中心二楼活动室 / 培训地点在… / 先在学校报告厅集中开; not （…，主持人上场）, a host coming on."""
HEAD_PLACE = re.compile(
    r"^\s*+[（(]?\s*+(?:[0-9０-９]{2,4}年)?(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}日)?"
    r"(?:[上下]午|晚上)?(?:[0-9０-９]{1,2}[:：][0-9０-９]{2}|[0-9０-９]{1,2}[时点](?:[0-9０-９]{1,2}分?|半)?)?"
    r"[\s，,]*+(?P<t>[^，。；！？（）()\s请进入走向前往引导至到在为、]{2,20}?(?:\s[^，。；！？（）()\s]{1,12}?)?"
    r"(?:会议室|礼堂|大厅|体育馆|活动室|报告厅|会堂|广场|操场|剧场|剧院|宾馆|酒店|教室|[会展]厅|会议中心))"
    r"\s*+[）)]?\s*+$"
)
"""（省档案馆新馆一楼报告厅） / 2026年1月19日上午10:00  县会议中心大礼堂: a line near the top
that is only the place (after the date and time, if any), by a word only a room or a hall
ends with (not 党委办公室, the office that wrote the script, nor 一、开场)."""

FRONT_MATTER = re.compile(
    r"^(?:会议)?(?:时间|地点|主持人?|参加人员|出席人员|列席人员|记录人?)\s*+[：:]"
)
HOST_LINE = re.compile(
    r"^(?:主持人)?[甲乙男女合AB](?:、[甲乙男女AB])?[：:]|^[（(][男女合甲乙][）)]"
)
"""男： / （女）: a line the other host takes up, never the end of the line before."""
SCRIPT_TITLE_END = re.compile(
    r"(?:主持词|主持稿|主持辞|串词|主持提纲|主持人词)\s*+(?:[（(][^）)]{1,12}[）)])?$"
)
"""The end of a script's own title (a second one on the page starts a second script)."""
TITLE_END = re.compile(
    r"(?:主持词|主持稿|主持辞|串词|主持提纲|主持人词|议程)\s*+(?:[（(][^）)]{1,12}[）)])?$"
)


_AND_ANOTHER = re.compile(r"\s*+(?:和|与|及|、|至|到|—|~)\s*+第")
"""下午进行第九项和第十项议程: two items told together, neither announced now."""


def item_number(norm: str) -> tuple[int, bool] | None:
    """(number, strong) where the text announces an agenda item; 0 = masked, -1 = 最后一项."""
    m = ITEM_STRONG.match(norm)
    strong = True
    if not m:
        m = ITEM_BARE.match(norm)
        strong = False
    if not m or _AND_ANOTHER.match(norm, m.end()):
        return None
    raw = next((v for v in m.groupdict().values() if v), "")
    if raw == "最后一":
        return -1, strong
    if re.fullmatch(_MASK, raw) or raw == "下一":
        return 0, strong
    n = cn_number(raw)
    return (n, strong) if n else None


def item_end(norm: str) -> int:
    """Where the item announcement ends in `norm` (0 if there is none)."""
    m = ITEM_STRONG.match(norm) or ITEM_BARE.match(norm)
    return m.end() if m else 0


_PLANNED_TAIL = re.compile(
    r"[，,（(]\s*+(?:约|大约|大概)[^，。；！？（）()]{1,8}?(?:分钟|小时)(?:左右)?\s*+[）)]?\s*+[。！.]?\s*+$"
)
_ASKED = re.compile(r"(?<![邀申])请|由")
_TURN_SAID = re.compile(
    r"讲|报告|党课|授课|演示|总结|发言|致辞|汇报|介绍|分享|辅导|培训|解读|通报|说明|述职|点评|部署|动员"
)


def _planned_length(norm: str) -> int | None:
    """请…讲授专题党课，题目是《…》，约40分钟。 / …作工作总结，大家掌声欢迎！（约15分钟）: a
    turn asked for, its planned length at the sentence's end (or in brackets right after it)."""
    for sentence in re.split(r"(?<=[。？！])(?![（(])", norm):
        tail = _PLANNED_TAIL.search(sentence)
        if tail and _ASKED.search(sentence, 0, tail.start()) and _TURN_SAID.search(sentence):
            for m in LIMIT.finditer(tail.group()):
                return _seconds(m)
    return None


def _seconds(m: re.Match[str]) -> int | None:
    """The seconds one LIMIT match says, if a turn could last that long."""
    if m.group("half"):  # 半小时 / 一个半小时
        return 1800 + 3600 * (cn_number(m.group("h")) or 0 if m.group("h") else 0)
    n_text = m.group("n")
    value = float(n_text) if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", n_text) else cn_number(n_text)
    if not value:
        return None
    seconds = value * (3600 if m.group("u") == "小时" else 60)
    if m.group("s"):
        seconds += cn_number(m.group("s")) or 0
    if m.group("m"):  # 1小时40分钟
        seconds += 60 * (cn_number(m.group("m")) or 0)
    return round(seconds) if 0 < seconds <= 4 * 3600 else None


def find_limit(norm: str) -> int | None:
    """Per-speaker limit in seconds (每人发言时间控制在10分钟 -> 600), or None."""
    for clause in re.split(r"[。；！？]", norm):
        if not LIMIT_CONTEXT.search(clause) or _HELD.search(clause):
            continue  # 家长会在报告厅召开，时间大约一个半小时: how long the meeting runs
        for m in LIMIT.finditer(clause):
            said = clause[clause.rfind("，", 0, m.start()) + 1 : m.start()]
            hours = m.group("u") == "小时" or m.group("half") is not None
            if _MEETING_LENGTH.search(said) or hours and said.endswith(("讨论时间", "讨论")):
                continue  # 会议时间大约两个半小时，…每人尽量控制在6分钟以内: the meeting's length
                # (分三个代表组进行讨论，…。讨论时间一个半小时: the groups', elsewhere)
            seconds = _seconds(m)
            if seconds:
                return seconds
    return _planned_length(norm)


_MEETING_LENGTH = re.compile(r"(?:会议|座谈会|大会)(?:时间|时长|大约|预计|共|一共)|整个会议|全程")
"""会议时间大约… / 整个会议… before a length: how long the meeting runs, no one's limit."""


_KIND_OF_TURN = re.compile(r"表态|交流|汇报|报告|述职|点评|提问|回应|讲话|致辞|对照检查|检视|批评")


def find_kind_limits(norm: str) -> dict[str, int]:
    """Limits a sentence gives by kind of turn (交流发言每个村控制在6分钟以内，表态发言限时3分钟
    -> 交流 360, 表态 180), when it gives two or more that differ; else {}."""
    out: dict[str, int] = {}
    for sentence in re.split(r"[；。！？]", norm):
        said = ""  # (每名同志先作个人检视，时间控制在5分钟: the kind in the clause before)
        for clause in sentence.split("，"):
            word = _KIND_OF_TURN.search(clause)
            kind = word.group() if word else said
            limit = find_limit(clause) if kind else None
            if limit:
                out.setdefault(kind, limit)
            said = word.group() if word else ""
    return out if len(set(out.values())) >= 2 else {}
