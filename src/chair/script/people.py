"""Who takes the floor at a cue, and how: name, role, speech or action, one person or a group.

`请部门经理陈静发言` -> 陈静, 部门经理, a speech; `请区委书记梁志远宣布开工` -> 梁志远, 区委书记, an
action; `由各位班组长依次述职` -> a group, no name; `请XXX同志发言` -> a name to fill in. Every
pattern runs on the normalised text (simplified, one punctuation), bounded, left to right.
"""

from __future__ import annotations

from collections.abc import Callable

from chair.dataclass_lite import dataclass
from chair.model import CueKind
from chair.script import cached_re as re  # `re`, the compiled patterns kept between runs
from chair.script.normal import normalise

SPEECH_VERBS = (
    r"座谈发言|协商发言|发言|讲话|致辞|致词|致[^，。；！？]{1,6}?(?:[辞词]|寄语)|致以?[^，。；！？]{0,8}?(?:祝福|问候|敬意)|(?:送上|献上)[^，。；！？]{0,8}?(?:祝福|祝愿)|讲几句|报告|汇报|述职|(?<!选票)(?<!写票)说明|总结|小结|表[个一下]{0,2}态|带(?:领)?(?:我们|大家)(?:一起|逐条|逐句|逐段|认真)?(?:回顾|了解|走进|认识|解读|学习)|(?:进行|作|做)(?:业务|专题|集中)?培训|(?:作|做)(?:一个|一下|个)?(?:简要)?(?:分析|解释)|传达|领学|(?<=[给向为]大家)回顾|回顾(?=[^，。；！？]{0,20}?(?:情况|工作|历程|成绩|一年))|分析(?=[^，。；！？]{0,20}?(?:情况|成绩|形势|考试|数据))|发出[^，。；！？]{0,6}?倡议|(?<=[给为]同学们)上[^，。；！？]{0,10}?课|"
    r"领读|解读|点评|讲解|介绍|简介|主讲|提出(?:批评)?(?:意见建议|意见和建议)(?=[。！，；]|$)|(?<=工作)回顾(?=[，。；！？]|$)|解释(?=一下|说明)|(?<=[给向为]大家)解释|(?<=作)解释|推介(?!会)|通报|发布(?!会|主题|内容|的)|辅导|授课|讲课|讲授|分享|党课|作指示|提要求|对照检查|检视|交流|讲评|答辩|讲座|进行分析|"
    r"演讲|演说|宣讲|讲述|演示|发表意见|发表|寄语|陈述|回答(?![^，。；！？]{0,6}?的是)|补充|提出要求|提出希望|剖析|批评(?!指正|帮助)|作承诺|致谢|先讲|先说|先开始|开讲|[讲说](?:清楚|明白)|讲(?=[。！，；]|$)|讲(?=[^，。；！？]{1,20}?(?:情况|打算|体会|经验|做法|安排|标准|办法|注意事项|要求|要点|技巧|方法|任务|风险|预防|处置|知识|流程|规定|政策))|部署|表明(?:态度|决心|立场)|(?:进行|作出?|做出?)(?:具体|工作|专门)?安排(?![人好])|(?<!运)动员|训话|回应|答复|谈体会|谈心得|谈一?谈|讲一?讲|说一?说|聊一?聊|[谈讲说聊](?:一下|几句|两句|[一两三几]?点|些)|提[一两三几]点|作答|表决发言|自评|互评|交底"
)
"""A turn the speaker timer runs for."""
ACTION_VERBS = (
    r"宣读|颁奖|捐赠|颁发|授旗|授牌|授予|颁证|领誓|宣誓|宣布|启动|培土|奠基|揭牌|揭幕|剪彩|签约|签订|签字|"
    r"签署|递交|回赠|献花|升旗|点亮|抽奖|抽出|抽取|报(?:一下)?(?:表决|选举|统计)?结果|念(?=[一两]遍|一下|一念)|敬献|按下|开启|授课证|发证|监誓|揭晓|开球|鸣锣|鸣笛|敲钟|植树|挥锹|检验(?=确认|钢板|[。！，]|$)|检查(?=票箱)|(?<=对票箱进行)检查|"
    r"奠基|点睛|开机|颁授|授证|授衔|呼号|切(?:生日)?蛋糕|送上(?=[^，。；！？]{0,6}?(?:寿礼|慰问品|慰问金))|授警衔|戴花|佩戴|重温|领唱|领诵|公布|赠送|主持投票|主持选举|主持(?=本环节|这一环节|本轮|圆桌|对话|讨论|研讨)|授帽|点燃(?!手中|自己)(?=[^，。；！？]{0,10}?(?:之灯|火炬|圣火|蜡烛|烛))|主持宣誓|主持签约|主持大会|主持会议|拨穗"
    r"|授(?=“[^”]{1,16}”(?:队|会|团)?旗|[队会团校厂]旗|扇)|行拜师礼|拜寿|展示(?=[^，。；！？]{0,6}?(?:班旗|队旗|团旗|旗帜))|喊出(?=[^，。；！？]{0,10}?口号)|敬(?:拜师)?茶|奉茶|转动(?=[^，。；！？]{0,6}?(?:阀门|转盘|舵轮))"
    r"|发放(?=[^，。；！？]{0,8}?(?:慰问品|慰问金|奖品|奖金|证书|红包|礼品|纪念品|分红|助学金|奖学金|款(?![项式])))"
    r"|交接(?=[^，。；！？]{0,10}?(?:证书|钥匙|会旗|印章|文书|接力棒))"
    r"|移交(?=[^，。；！？]{0,10}?(?:会旗|印章|钥匙))|献上(?=[^，。；！？]{0,4}?(?:感谢信|锦旗|哈达))"
    r"|穿上(?=[^，。；！？]{0,6}?(?:白大衣|白大褂|白衣|制服|警服))|(?:栽植|种植|栽下)(?=[^，。；！？]{0,10}?树)"
)
"""A step by another person, with a name and no timer by default."""
_STAND = r"台(?:[前上下旁边处后侧，。、；！？：\s]|$)"
"""发言台前 / 宣誓台上: the verb names a stand, not a turn (通报台山市… / 汇报台账… are turns)."""
_NEGATED = r"(?<!不)(?<!不再)(?<!无需)(?<!不必)(?<!不用)(?<!已)(?<!已经)(?<!接受)"
"""这里不再宣读 / 无需说明: an act the sentence says will not happen is nobody's turn; 表决器已经启动
/ 名单已宣读: one that has happened is nobody's turn now; 接受授帽: the act is done to them."""
_VERB = (
    "(?<!分)" + _NEGATED + "(?:" + SPEECH_VERBS + "|" + ACTION_VERBS + ")"
    "(?!人(?!事)|[者石嘉仪音词厅席的员笔后誓]|时(?=[要应紧注力请务尽不])|典(?!型|范)|"
    + _STAND
    + "|领导(?!小组)|中心|页面|环节|[导老教]师|专家|(?<=[态言报流])(?:企业|单位)|(?<=签约)(?:企业|单位|项目|双方|代表|客商)|部(?!署|门)|团(?!队|结)|(?<=报)关(?!于)"
    "|[^“”，。；！？]{0,30}”|[^《》，。；！？]{0,40}》)"
)
_SPEECH_RE = re.compile(SPEECH_VERBS)
_VERB_RE = re.compile(_VERB)
_ACTION_RE = re.compile(ACTION_VERBS)
_CLAUSE_END = r"(?=[，。；！？：\s…（]|\.(?![0-9])|$)"
_WHO = r"(?P<who>(?:[^，。；！？：（]|（[^（），。]{1,10}）){1,60}?)"
_REST = r"(?P<rest>[^。；！？]{0,80}?)"
_VERB_AND_REST = r"(?P<verb>" + _VERB + r")" + _REST + _CLAUSE_END
"""A turn's verb and the words after it, to the end of its clause: the tail of most cue patterns."""
TURN_ORDINAL = (
    r"(?:第[一二三四五六七八九十0-9]{1,3}(?:位|个|名|组)|[一二三四五六七八九十0-9]{1,2}号)"
)
"""第一位 / 第二个 / 3号: a turn's place in the order of turns."""
_PLACE_IN_ORDER = r"(?:" + TURN_ORDINAL + r"[^，。；！？：]{0,8}?[，：])?"
"""请第一位，城南派出所所长蓝志坚述职 / 有请第二位选手，…: the place in the order before the
person, not the person."""

_CUE_PATTERNS = (
    (
        "ask_rep",  # 请"幕后英雄"代表，道具组组长田桂香老师说几句获奖感言: whom for, then who
        re.compile(r"(?<![邀申提])(?:有)?请[^，。；！？：]{2,16}?代表[，]" + _WHO + _VERB_AND_REST),
    ),
    (  # 下面进入圆桌对话环节，有请省社科院研究员钱立国主持。(…主持，有请各位嘉宾上台): the host
        "moderator",
        re.compile(
            r"(?:有请|(?<![邀申提])请)(?P<who>(?:(?!上台)[^，。；！？：]){2,30}?)(?:女士|先生|同志|教授|老师)?"
            r"(?P<verb>主持)(?P<rest>)(?=[。！，；]|$)"
        ),
    ),
    (
        "invite",
        re.compile(
            r"(?:有请|掌声请|掌声有请|掌声欢迎)"
            + _PLACE_IN_ORDER
            + r"(?P<who>(?:[^，。；！？：（]|（[^（），。]{1,4}）){1,40}?)"
            r"(?:同志|先生|女士)?"
            r"(?:(?P<verb>"
            + _VERB
            + r")"
            + _REST
            + _CLAUSE_END
            + r"|(?=[，。；！？：…]|（(?![^（），。]{1,4}）[^，。；！？：\s])|$))"
        ),
    ),
    (  # 请…局长钟少军同志受县人民政府委托，作关于…的报告: on behalf of another, a long report
        "entrusted",
        re.compile(
            r"(?<![邀申提])请(?!假)(?P<who>[^，。；！？：（]{2,40}?)受[^，。；！？]{1,24}?委托[，]?"
            r"(?:向[^，。；！？]{1,8}?)?(?:作|做)(?P<rest>[^。；！？]{0,80}?)(?P<verb>报告|汇报|说明)"
            + _CLAUSE_END
        ),
    ),
    (  # 县长扎西平措同志受县人民政府委托，向大会作政府工作报告: the same, told without 请
        "entrusted_told",
        re.compile(
            r"(?:^|(?<=[。：]))\s*+(?P<who>[^，。；！？：（请]{2,40}?)受[^，。；！？]{1,24}?委托[，]?"
            r"(?:向[^，。；！？]{1,8}?)?(?:作|做)(?P<rest>[^。；！？]{0,80}?)(?P<verb>报告|汇报|说明)"
            + _CLAUSE_END
        ),
    ),
    (
        "ask",
        re.compile(r"(?<![申提])请(?!到|了|假)" + _PLACE_IN_ORDER + _WHO + _VERB_AND_REST),
    ),
    (  # 有请冯董事长上台，与…一起，举杯为新年祝福: one named called up to lead the toast
        "toast",
        re.compile(
            r"有?请(?P<who>[^，。；！？：（]{2,30}?)(?:同志|先生|女士)?上台[，]?"
            r"(?:[^。；！？]{0,20}?[，])?[^，。；！？]{0,6}?举杯[，]?(?P<rest>[^，。；！？]{0,16}?)"
            r"(?P<verb>祝福|祝酒|敬酒)"
        ),
    ),
    (
        "ask_list",
        re.compile(
            r"(?<![邀申提])请(?!假)(?P<who>[^，。；！？：（]{1,40}?(?:先生|女士|同志)"
            r"(?:，[^，。；！？：（]{1,40}?(?:先生|女士|同志))+)(?:上台|上前|共同|一起)?"
            + _VERB_AND_REST
        ),
    ),
    (  # 请…顾海峰同志与…钱丽萍同志，代表双方签订《集体合同》: who, a comma, then for whom
        "ask_sides",
        re.compile(
            r"(?<![邀申提])请(?!假)(?P<who>[^，。；！？：（]{2,40}?)，(?:代表[^，。；！？]{0,6}?双方|共同|一起)"
            r"(?P<verb>" + ACTION_VERBS + r")" + _REST + _CLAUSE_END
        ),
    ),
    (  # 有请对话主持人，河北省杂技团副团长韩冬梅女士，以及…嘉宾上台: the one who hosts, an act
        "moderator",
        re.compile(
            r"有请(?:本场|本次|本环节的?|今天的?)?(?:对话|圆桌|论坛|沙龙|讨论|圆桌对话|圆桌论坛)?的?主持人[，、：]?\s*+"
            r"(?P<who>(?![和与及])[^，。；！？：]{2,30}?)(?:女士|先生|同志)?(?:上台(?:主持)?)?"
            r"(?P<verb>)(?P<rest>)(?=[，。；！？]|$)"
        ),
    ),
    (
        "ask_pair",
        re.compile(
            r"(?<![邀申提])请(?!假)(?P<who>[^，。；！？：（]{2,30}(?:，[^，。；！？：（]{2,30}){1,3}?)"
            r"(?:上台|上前|共同|一起|为[^，。；！？]{1,12}?)(?P<verb>"
            + _VERB
            + r")"
            + _REST
            + _CLAUSE_END
        ),
    ),
    (
        "ask_up",
        re.compile(
            r"(?<![邀申提])请(?!假)(?P<who>(?:[^，。；！？：（]|，(?=以及|和|及)){2,80}?)"
            r"(?:上台|到[^，。；！？]{1,10}?(?:台前|台上)(?:就位)?)，"
            r"(?:共同|一起|一同)?"
            r"(?:为[^，。；！？]{1,40}?|向[^，。；！？]{1,40}?(?=捐赠|颁|授)|进行[^，。；！？]{0,4}?)?"
            r"(?P<verb>" + ACTION_VERBS + r")" + _REST + _CLAUSE_END
        ),
    ),
    (
        "ask_up",  # 请…梁振宇上台，作表态发言: called up, then to speak
        re.compile(
            r"(?<![邀申提])请(?!假)(?P<who>[^，。；！？：（]{2,40}?)(?:同志|先生|女士)?上台[，]"
            r"(?:作|做|发表)[^，。；！？]{0,6}?(?P<verb>"
            + SPEECH_VERBS
            + r")"
            + _REST
            + _CLAUSE_END
        ),
    ),
    (
        "oath",
        re.compile(
            r"(?<![邀申提])请(?!假)(?P<who>[^，。；！？：（]{2,40}?)(?:同志|先生|女士)?上台，"
            r"(?P<rest>面向(?:国旗|党旗|团旗|警旗|队旗)|[左右]手[^。；！？]{0,60}?进行(?:宪法)?宣誓)(?P<verb>)"
        ),
    ),
    (
        "listen",
        re.compile(
            r"(?:收听|聆听|(?:让我们|下面|我们一起)[，]?(?:来)?(?:听听|听一听))"
            + _WHO
            + r"的?(?P<verb>讲话|致辞|发言|报告|(?:获奖)?感言|心里话)"
            + _REST
            + _CLAUSE_END
        ),
    ),
    (
        "hear",
        re.compile(
            r"听取(?P<who>(?:(?!关于)[^，。；！？：（和]){2,30}?(?:同志|(?:(?<=长)|(?<=主任)|(?<=书记))(?!会议|工作|办公)[\u4e00-\u9fff]{2,3}(?=作|关于)))"
            r"(?:受[^，。；！？]{1,20}?委托)?所?(?:作|做)?的?"
            r"(?P<rest>[^。；！？]{0,80}?)(?P<verb>报告|汇报|说明)[》”]?" + _CLAUSE_END
        ),
    ),
    (
        "give",
        re.compile(
            r"(?<![邀申提])请(?!假)(?P<who>[^，。；！？：（]{1,60}?)(?<![工合协创操写著所早多])(?P<verb>作|做)"
            r"(?![为出好到者准业用风品息战家训法])" + _REST + _CLAUSE_END
        ),
    ),
    (
        "ask_far",
        re.compile(
            r"(?<![邀申提])请(?!假)(?P<who>[^，。；！？：（]{1,30}?(?:同志|先生|女士)"
            r"|[^，。；！？：（]{3,30}?(?=，(?:就|围绕|结合|针对|从)))(?![的们])"
            r"[^。；！？]{0,60}?[，]并?(?:为大家|为我们|向大家|给大家)?(?:(?:就|对|围绕|结合|针对|从)[^。；！？]{1,40}?)?"
            r"(?:(?:向[^，。；！？]{1,8}?)?(?:作|做)[^，。；！？]{0,30}?)?(?P<verb>"
            + SPEECH_VERBS
            + r")"
            + _REST
            + _CLAUSE_END
        ),
    ),
    (
        "invited",
        re.compile(
            r"(?:邀请(?:到了?|了)|(?<!邀)请[到来]了)(?P<who>[^，。；！？：（]{2,40}?)(?:同志|先生|女士)?[，]?(?:他|她)?(?:将)?"
            r"(?:(?:为|给|向|和)(?:大家|我们|各位[^，。；！？]{0,6}?|全体[^，。；！？]{0,6}?|同学们|家长们)"
            r"|通过[^，。；！？]{1,10}?(?=授课|讲课|讲授|作|做)"
            r"|(?=作(?!为)|做(?!为)|进行)|(?:他|她)的(?=报告|讲座|演讲))(?:(?:作|做|进行)[^，。；！？]{0,20}?)?(?P<verb>"
            + SPEECH_VERBS
            + r")"
            + _REST
            + _CLAUSE_END
        ),
    ),
    (
        "up_with",
        re.compile(
            r"(?<![邀申提])请[^，。；！？：]{1,40}?上台[，](?:与|同)"
            r"(?P<who>[^，。；！？：（]{2,40}?(?:同志|先生|女士)?)(?:共同|一起)?(?P<verb>"
            + ACTION_VERBS
            + r")"
            + _REST
            + _CLAUSE_END
        ),
    ),
    (
        "up_then",
        re.compile(
            r"(?<![邀申提])请(?![^，。；！？]*?(?:[一二三四五六七八九十两几]位|们|各|全体|、(?![^，。；！？、]{1,12}的)|和))"
            r"(?P<who>[^，。；！？：（请]{2,40}?)(?:同志|先生|女士|同学|老师)?上台[，]\s*+"
            r"(?:(?:为|给|和|跟|向)(?:大家|我们)|代表[^，。；！？]{1,16}?)?(?P<verb>"
            + SPEECH_VERBS
            + r")"
            + _REST
            + _CLAUSE_END
        ),
    ),
    (
        "up_act",
        re.compile(
            r"(?<![邀申提])请(?P<who>[^，。；！？：（请]{2,60}?)上台[，]\s*+"
            r"(?:代表[^，。；！？]{1,16}?|共同|一起)?(?P<verb>"
            + ACTION_VERBS
            + r")"
            + _REST
            + _CLAUSE_END
        ),
    ),
    (
        "ask_with",
        re.compile(
            r"(?<![邀申提])请(?!假)(?P<who>[^，。；！？：（]{1,30}?(?:同志|先生|女士)|[^，。；！？：（]{2,30}?(?=代表))(?![的们])"
            r"[^，。；！？]{0,20}?[，](?:与|同)[^，。；！？]{1,50}?(?:上台|共同|一起)?(?P<verb>"
            + ACTION_VERBS
            + r")"
            + _REST
            + _CLAUSE_END
        ),
    ),
    (  # 请…柏玉洁结合事故案例，讲一讲…: who, what the talk draws on, then the talk
        "ask_about",
        re.compile(
            r"(?<![邀申提])请(?!假)(?P<who>[^，。；！？：（]{2,30}?)(?:结合|围绕|针对|对照)[^，。；！？]{1,30}?[，]"
            r"(?:通过[^，。；！？]{1,8}?|用[^，。；！？]{1,6}?|现场|简要|重点|详细)?"  # (…，通过视频演示…)
            r"(?P<verb>" + SPEECH_VERBS + r")" + _REST + _CLAUSE_END
        ),
    ),
    (
        "ask_then",  # 请…魏春花老师，把…给大家作一个分析: who, then what to do
        re.compile(
            r"(?<![邀申提])请(?!假)(?P<who>[^，。；！？：（]{2,40}?)[，]"
            r"(?:把[^，。；！？]{1,30}?)?(?:给|为|向)(?:大家|我们|全体|各位|家长们|同学们|同志们)"
            r"(?:[^，。；！？]{0,4}?)(?P<verb>" + SPEECH_VERBS + r")" + _REST + _CLAUSE_END
        ),
    ),
    (
        "moderates",  # 本环节…由县融媒体中心主任符晓东先生主持: the round's moderator, a step
        re.compile(
            r"(?:环节|对话|讨论|沙龙|论坛)[^。！？]{0,40}?由(?P<who>[^，。；！？：（我]{2,30}?)"
            r"(?:同志|先生|女士|老师)?(?P<verb>主持)(?P<rest>)(?=[，。；！]|$)"
        ),
    ),
    (
        "ask_and",
        re.compile(
            r"(?<![邀申提])请(?!假)(?P<who>[^，。；！？：（]{1,30}?)(?:给|为|向)[^，。；！？]{1,12}[，]"
            r"(?:并|并且|同时)(?P<verb>" + SPEECH_VERBS + r")" + _REST + _CLAUSE_END
        ),
    ),
    (
        "by_give",
        re.compile(
            r"(?:^|[，。；！：\s]|下面|接下来|首先|现在|然后|先|报告|汇报|说明|讲话)由"
            r"(?P<who>[^，。；！？：（]{1,60}?)"
            r"(?<![工合协创操写著所])(?P<verb>作|做)(?![为出好到者准业用风品息战家法])"
            + _REST
            + _CLAUSE_END
        ),
    ),
    (
        "host",
        re.compile(
            r"(?:环节|对话|讨论|沙龙|座谈|仪式|宣誓|签约|颁奖|评议|问答|互动|研讨)由"
            + _WHO
            + r"(?P<verb>主持)(?![人词稿])"
            + _REST
            + _CLAUSE_END
        ),
    ),
    (
        "act_first",
        re.compile(
            r"(?:^|(?<=[，。；！？\s]))(?:第[一二三四五六七八九十]{1,2}位|首先|最后)?"
            r"(?:为[^，。；！？]{1,12}?|作[^，。；！？]{0,6}?)?(?P<verb>"
            + SPEECH_VERBS
            + "|"
            + ACTION_VERBS
            + r")"
            r"[^，。；！？的]{0,12}?的(?:是|为)(?P<who>[^，。；！？：（]{2,40}?)(?:同志|先生|女士)?"
            r"(?P<rest>)(?=[，。；！？]|$)"
        ),
    ),
    (  # 第二位演讲嘉宾是…院长岳晓薇教授，题目是《…》，掌声欢迎！ / …，有请！: the guest introduced,
        # then welcomed with no name (有请伍博士！ names them again: that request is the turn)
        "act_first",
        re.compile(
            r"(?:^|(?<=[。！？\s]))(?:第[一二三四五六七八九十]{1,2}位|下一位|最后一位)"
            r"(?P<verb>演讲|发言|报告|主讲|分享)(?:嘉宾|人|专家)(?:是|为)"
            r"(?P<who>[^，。；！？：（]{2,40}?)(?:同志|先生|女士)?(?P<rest>)"
            r"(?=[，](?:[^。！？]{0,40}?[，])?(?:(?:请大家|让我们)?(?:以热烈的)?掌声欢迎|有请)[！。])"
        ),
    ),
    ("welcome", re.compile(r"欢迎" + _WHO + _VERB_AND_REST)),
    (  # 请…领誓，周海燕、方可、冷雪松三位同志宣誓: those listed act together, one step (the first)
        "doers",
        re.compile(
            r"^\s*+(?P<who>[\u4e00-\u9fff]{2,4})(?:、[\u4e00-\u9fff]{2,4}){1,8}"
            r"(?:[两二三四五六七八九十]位)?(?:同志|先生|女士)"
            r"(?P<verb>宣誓|签字|签约)(?P<rest>)[。！]?$"
        ),
    ),
    (  # 由…郝梦瑶领誓，新任学生会主席秦朗同学监誓。: the second office of the oath, told
        "oath_office",
        re.compile(
            r"^\s*+(?P<who>[^，。；！？：由请（(]{2,30}?)(?:同志|同学|先生|女士)?"
            r"(?P<verb>监誓|领誓)(?P<rest>)(?:[。！，]|\s*+$)"  # (…监誓。请全体…跟随领誓人宣誓。)
        ),
    ),
    (
        "by",
        re.compile(
            r"(?:^|[，。；！：\s]|下面|接下来|接着|首先|其次|现在|然后|随后|最后|再|先|仪式|宣誓|签约|颁奖"
            r"|报告|决定|名单|奖(?=由[^，。；！？]{1,20}?(?:先生|女士|同志))|课"
            r"|^\s*+[^，。；！？由]{1,10}?(?:街道|镇|乡|村|社区|公司|部门))由"  # 龙泉镇由副镇长…发言
            + _WHO
            + _VERB_AND_REST  # (二等奖由总裁周蔓女士抽取; 由大屏幕滚动抽取 names no one)
        ),
    ),
)
_REQUEST_WHO = re.compile(r"(?<![邀申提])请(?!假)(?P<who>[^，。；！？：（]{1,30})")
_ACTION_AHEAD = re.compile(
    r"[^。；！？]{0,40}?"
    + _NEGATED
    + r"(?P<verb>"
    + ACTION_VERBS
    + r")(?![人者石嘉仪典音词笔的]|"
    + _STAND
    + r"|领导(?!小组)|中心|页面|环节|确认)"
)
"""请各位领导和嘉宾移步奠基石前，为项目奠基培土: a group acting, the verb past a comma."""
_BARE_GROUP = re.compile(
    r"^(?:[0-9]{1,2}[、.]|[^。；！？]{0,40}?[，：])?(?:请(?=其他|其余))?(?P<who>(?:其他|其余|各|全体|与会|参会|部分)"
    r"(?:(?!要|应|务必|需要)[^，。；！？：]){1,16}?)"
    r"(?:依次|自由|集体|分别|逐一)?(?:作|进行)?(?:交流|表态|自由)?(?P<verb>发言|述职|汇报|交流|讨论|(?<=依次|逐一|轮流)进行)"
    + _CLAUSE_END
)
"""其他企业家自由发言 / 与会代表交流发言: a group's turn announced without 请."""
_ASKED_ON = re.compile(r"请$")
"""请其余党员同志依次进行: the rest asked on is their turn; told in passing (其余同志按座次依次
进行, or a heading that says so) it is not."""
OTHERS_CRITICISE = r"(?:其他|其余)(?:同志|党员|成员|委员)(?=再?提出?批评意见[。！]?$)"
"""其他同志提出批评意见。 — the others asked for their criticism, the end of a sentence that
asks a member's check first: the room's turn (here, where the sentence is cut, and in the
limits, which leave it at no member's limit)."""
_ALL_SPEAK = re.compile(
    r"(?:^|(?<=[。！？])|(?<= ))[^。；！？]{0,12}?(?:请|欢迎)"  # (after a clause blanked as past)
    r"(?P<who>大家|(?:各位|与会|参会)[^，。；！？请对]{0,6}?|[^，。；！？请对]{0,6}?们"
    r"|(?:常委会|常务委员会)?组成人员)"
    r"(?:对[^，。；！？]{1,30}?(?:进行)?(?:讨论|审议)，)?(?:(?:围绕|就)[^，。；！？]{2,30}?)?"
    r"(?:继续|自由|踊跃|积极|充分|讨论|畅所欲言，?)?"
    r"(?P<verb>发言|交流|发表意见|(?<=组成人员)(?:对[^，。；！？]{1,20}?)?(?:进行)?审议)"
    + _CLAUSE_END
)
"""请大家自由发言 / 请与会党员对…进行讨论，充分发表意见 / 请各位代表围绕…问题充分发表意见 /
…还有没有想说的？欢迎大家继续发言: everyone's turn, a group (请大家讨论 alone is the room
talking it over: no turn)."""
_ROOM_TIMED = re.compile(
    r"(?:^|(?<=[。；！？]))[^。；！？]{0,30}?(?:请|(?<=[，。])\s*+(?=大家可以|各位[^，。；！？请]{0,6}?可以))"
    r"(?P<who>大家|(?:各位|与会|参会)[^，。；！？请]{0,6}?)[^，。；！？]{0,30}?"
    r"(?P<verb>讨论|审议|议一议|(?<=可以)(?:即席|自由)发言)[，。](?=[^。；！？]{0,12}?每(?:人|位|名|次)[^。；！？]{0,12}?"
    r"(?:不超过|不得超过|控制|限时|以内))"
)
"""请大家讨论，每人讲话不超过3分钟 / 请大家讨论。每位代表发言尽量不超过3分钟。 / 下面，大家可以即席
发言，每次发言请控制在3分钟以内。: a discussion where each one's words are timed is the room's
turn."""
_OTHERS_SPEAK = re.compile(
    r"^(?:其他|其余)[^。；！？]{0,16}?请(?P<who>大家|各位)(?P<verb>畅所欲言)" + _CLAUSE_END
)
"""其他老同志…也请大家畅所欲言: the others' turn after those named (请大家畅所欲言 alone, in a
discussion, is the room talking it over)."""
_OTHERS_FREE = re.compile(
    r"(?:^|(?<=[。；！？]))(?:\s*+[^，。；！？]{0,12}[，]|[^，。；！？]{0,16}?后|现场|另外|此外"
    r"|\s*+[甲乙男女AB][：:])?"
    r"(?P<who>其他|其余|还有哪|还有(?=要|想|补充|意见)|大家还|剩下)"
    r"(?:[^。；！？]{0,24}?(?:可以|可|请|欢迎|的，)(?:[^，。；！？]{0,8}?[，])?[^，。；！？]{0,8}?"
    r"(?P<verb>自由发言|发言|补充|接着[讲说谈]|[谈讲说]一?[谈讲说]|(?<=可以)[讲说谈](?=[。！]|$))"
    r"|位[^。；！？]{0,8}?(?:(?:要|想)(?:说说?|讲讲?|谈谈?|发言|补充)|有补充)[^，。；！？]{0,4}?[？?]"
    r"|位[^，。；！？]{0,8}?(?:要|想)(?:上来|上台)(?:说说?|讲讲?|谈谈?|发言|分享)[^，。；！？]{0,10}?[？?]"
    r"|位[^。；！？]{0,8}?(?:要|想)(?:说|讲|谈|发言|补充)的?[，][^。；！？]{0,12}?"
    r"(?:直接|尽管|就)(?:说|讲|谈|发言)"
    r"|[^。；！？]{0,10}?(?:(?:要|想)(?:说|讲|发言|补充)|补充意见|补充(?=的)|意见)[^，。；！？]{0,4}?"
    r"的?吗?[，？]?请(?P<hand>举(?:一下)?手|自由发言|踊跃发言)|[^。；！？]{0,8}?有没有(?:需要|要|想)(?:说|讲|发言|补充)的?[？?])"
)
"""其他同志有什么想说的，可以自由发言 / 其他几位企业家如果有补充，也可以接着讲 / 其他代表还有要
说的，请举手: the floor opened to the rest, a turn of theirs (after the named ones, the room's)."""
_ROOM_SPEAKS = re.compile(r"发言|交流|发表意见|审议")
_ROOM_ASKED = re.compile(
    r"有什么|有啥|有没有|有无|交给|提|批评|补充|发表|讨论|先(?:讲|说|来|发言)[？?]|改的?[？?]"
)
"""Words the room's turns cannot do without: a cheap test before the long patterns are tried."""
_ROOM_ASKS = re.compile(
    r"(?:^|(?<=[。；！？]))(?P<who>大家|[^，。；！？]{1,6}们)有什么(?:问题|意见|建议|想法)"
    r"(?:[^，。；！？]{0,6}?)(?:可以|请)(?:现在|现场|当场|直接)(?P<verb>提出来?|提问|说出来|讲出来)"
    r"|(?:^|(?<=[。；！？），]))(?P<who2>大家|[^，。；！？]{1,6}们|各位[^，。；！？对]{1,4}|[^，。；！？]{0,4}?(?:其他|其余)(?:同志|常委|委员|成员))"
    r"(?:对[^，。；！？]{1,12}?)?(?:还)?(?:有(?:什么|啥)|有没有(?:需要)?)"
    r"(?:[^，。；！？]{0,4}?)"
    r"(?:问题|疑问|意见|建议|想法|补充的?|(?:要|想)(?:说|讲|谈)的)(?:[，]|[？?]\s*+(?=请))(?:都|也)?(?:可以|请|尽管)?(?:大家)?(?:现在|直接|当场|现场|踊跃|积极|自由|[^，。；！？]{2,6}?地)?(?P<verb2>提出来?|提|讲(?:一讲)?|谈(?:一谈)?|说(?:一说)?|发表|发言)"
    r"(?=[，。！]|$)"
    r"|(?:^|(?<=[。；！？，]))(?:下面|接下来|现在)[，]?(?:把)?(?:时间|话筒)交给(?P<who3>大家|各位)"
    r"(?P<verb3>)"
    r"|(?:^|(?<=[。；！？，\s]))(?:下面|现在)?[，]?请(?P<who4>大家|同志们|各位|[^，。；！？请]{1,6}们)"
    r"(?:[^。；！？审时后]{0,16}?[，])?(?:对[^，。；！？]{1,20}?|给我)?"
    r"(?P<verb4>提出?(?:批评|意见|建议)[^，。；！？]{0,4}|发表(?:审议)?意见|批评(?=[。！]|$)|补充(?=[。！]|$))"
    r"(?=[，。！；]|$)"
    r"(?![^。！？]{0,20}会后)"
    r"|^\s*+(?P<who6>" + OTHERS_CRITICISE + r")"
    r"|(?:^|(?<=[。；！？]))(?:(?:同志们|各位[^，。；！？]{0,6}|[^，。；！？]{2,10}?[完毕束]了?"
    r"|(?![^，。；！？]*?(?:会后|如果|若|假如|下次))[^，。；！？]{2,20}?(?:印发|发给|送给)[^，。；！？]{0,10})[，])*"
    r"(?:对[^，。；！？]{1,12}?[，])?(?P<who5>大家|各位[^，。；！？]{0,4}?|同志们)"
    r"(?:对[^，。；！？]{1,30}?)?(?:还)?(?:有(?:没有)?什么|有没有|有无)(?P<verb5>意见|看法|建议|补充)"
    r"(?:和(?:意见|建议|看法))?(?:吗)?[？?]"
    r"|(?:^|(?<=[。；！？]))(?P<who7>)(?:还)?有没有(?:什么|别的|其他)?(?:意见|看法|建议)[？?]\s*+"
    r"有(?:什么)?(?:意见|看法|建议)[^。！？]{0,6}?提"
    r"|(?:^|(?<=[。；！？]))(?P<who8>)(?:今天|现在)?还有(?:什么|啥)(?:意见|看法|建议)的?[，]"
    r"(?:都)?(?:可以|请)(?:现在|当场|直接)?(?:提出来|提|说出来|讲出来)"
    r"|(?:^|(?<=[。；！？，]))(?P<who9>[^，。；！？]{1,8}?)还有(?:什么|啥)(?:不清楚|不明白|疑问|问题)的?[，]"
    r"(?:现在|当场)?(?:都)?(?:可以|请)(?:现在|当场|直接)?(?:提出来|提|问)"
    r"|(?:^|(?<=[。；！？]))\s*+(?P<who10>各位[^，。；！？对]{0,6}|同志们|大家)[，]?"
    r"(?:对[^。；！？]{1,30}?[，]?)(?:还)?(?:有没有|有什么|有无)(?:意见|看法)(?:和建议)?[？?]"
    r"|(?<=[，。；！？])\s*+(?P<who11>[^，。；！？]{1,3}们|大家|各位[^，。；！？对]{1,6})对[^，。；！？]{1,30}?"
    r"(?:还)?(?:有没有|有什么|有无)(?:意见|看法)(?:和建议)?[？?]"
    r"|(?:^|(?<=[。；！？]))\s*+(?P<who12>谁|哪位(?:[^，。；！？先]{1,4})?)先(?:讲|说|来|发言)[？?]"
    r"|(?:^|(?<=[。；！？]))\s*+(?P<who13>)对[^，。；！？]{1,20}?[，]?\s*+(?:大家)?(?:还)?"
    r"(?:有没有|有无|有什么)(?:意见|看法)[？?]"
    r"|(?:^|(?<=[。；！？]))\s*+(?![^。；！？]*?(?:会后|如果|若是|假如|下来|回去))(?:[^，。；！？]{2,30}?[，])?"
    r"(?P<who14>大家|同志们|[^，。；！？我咱他她它你]{1,3}?们|各位[^，。；！？对]{0,6}|(?:常委会)?组成人员)(?:对[^，。；！？]{1,30}?)?(?:还)?"
    r"(?:有(?:没有)?什么|有啥|有没有)(?:什么)?(?:(?:批评)?(?:意见|看法|建议|感想|体会)的?[？?]|补充的?[？?]\s*+(?=请)"
    r"|(?:批评)?(?:意见|看法|建议|补充)的?[，](?:可以|请|现在就?|都可以|尽管)[^，。；！？]{0,6}?(?:提|发表|讲|说))"
    r"|(?:^|(?<=[。；！？，]))\s*+(?:下面|现在)?[，]?请(?![^，。；！？]{0,12}?会后)(?P<who15>大家|同志们|与会[^，。；！？对]{0,4}|各位[^，。；！？对]{0,4})"
    r"对[^，。；！？]{1,30}?(?:进行)?(?:充分|认真)?(?P<verb15>讨论)(?=[，。！]|$)"
    r"|(?:^|(?<=[。；！？]))\s*+(?P<who16>(?:其他|其余)[^，。；！？还]{0,4})还有没有(?:想|要)"
    r"(?:交流|发言|说|讲|谈)[^，。；！？]{0,4}?的[？?]"
    r"|(?:^|(?<=[。；！？，]))\s*+(?P<who17>(?:其他|其余)[^，。；！？]{1,4}?)(?:如果)?(?:还)?有"
    r"[^。；！？]{0,20}?(?:意见|建议|做法|困惑|问题|想法)[，]\s*+(?:也)?(?:欢迎大家|可以|请)"
    r"(?:现在|直接|当场)?(?:提出来|说出来|讲出来)(?![^。！？]{0,12}会后)"
    r"|(?:^|(?<=[。；！？]))\s*+(?P<who18>大家|各位[^，。；！？看]{0,4})看(?:看)?(?:还有)?"
    r"(?:哪里|哪儿|哪些地方|什么地方)(?:要|需要|还要)(?:改|修改|补充)的?[？?]"
)
"""家长们有什么问题可以现在提出来 / 大家有什么批评意见，请提出来 / 下面时间交给大家 / 请同志们
对支委会提出批评意见 / 各位代表，对这个决议草案，有没有意见？ / 对这个名单，有没有意见？ /
对《选举办法（草案）》有没有意见？ / 谁先讲？ / 刚才的报告，大家有什么意见？ / 请与会党员对…进行
充分讨论 / 其他同志还有没有想交流的？ / 大家看还有哪里要改的？: the room asked for its questions or
views now, the room's turn (…可以会后提出来 is for later, no turn; 还有要说的，请举手 asks for the
floor; 有没有补充的？ only with a request after it; 请大家讨论 alone is the room talking it over)."""
_LISTED_GROUP = re.compile(
    r"^(?:[^，。；！？]{0,12}?[，：])?(?:有?请)?"
    r"(?P<who>[^，。；！？：、]{2,16}(?:[、，][^，。；！？：、]{2,16}){1,8})"
    r"(?:依次|分别|逐一|先后)(?:作|进行)?(?P<verb>发言|述职|汇报|交流|表态|报告)" + _CLAUSE_END
)
"""南湖街道、北岸街道、东山街道依次汇报: those listed take their turns, announced without 请 (or
asked, 请…经理蓬海涛,…经理房丽娟依次发言, with commas where 、 is meant)."""

_OUR_ORG = r"[校院局市县区省厂司所部委行社镇乡村会]"
"""我校 / 我院 / 我局: the speaker's own organisation before an office, not the chair."""
_NOT_A_PERSON = re.compile(
    r"^(?:大家|同志们|我(?!"
    + _OUR_ORG
    + r")|本人|咱们|我们|你们|他们|允许|参加|出席|来到|莅临|每(?:位|人|个|名)"
    r"|(?:各位|全体|与会)[^，。；！？]{0,6}?(?:审查|审议|审阅|听取))"
    r"|我(?!"
    + _OUR_ORG
    + r")|的(?!同志)|把|(?<!即)将|到来|光临|莅临|支持|认真|按照|抓好|落实|进一步|就座|"
    r"起立|鼓掌|举手|入场|坐下|注意|关闭|保持|把握|加强|带来|表演(?!教研|专业|系|学院|艺术|团|队|中心|部|组)|欣赏|观看|上台领|回座|留步|合影|提问|"
    r"^(?:踊跃|积极|大胆|主动|随时|自由(?!职业)|简要|简短)"
)
_GROUP = re.compile(
    r"^(?:各位|各|全体|与会|参会|其他|其余|部分|有关|相关|几位|在座|受表彰|获奖|新当选|"
    r"[0-9一二三四五六七八九十几两多Xx×*]+(?:位|名|个))"
    r"|们|依次|分别|逐一|先后|^按(?:照)?(?:顺序|次序|座次)|(?:有关|相关|各|承办|主办|协办|责任|牵头)(?:部门|单位)|班子|干部$|两委"
    r"|^支委$|组成人员"
    r"|^(?:部门|乡镇|单位|企业|村|社区)(?:[和、及](?:部门|乡镇|单位|企业|村|社区))*$"
    r"|^(?:常委|委员|代表|党员|成员)(?:[、和](?:常委|委员|代表|党员|成员))+$"  # 请常委、委员…发言
    r"|^[^、和]{2,8}(?:街道|镇|乡|村|社区)(?:[、和][^、和]{2,8}(?:街道|镇|乡|村|社区))+$"  # A街道和B镇
)
_COUNTED = re.compile(
    r"(?<![第每])(?:[两二三四五六七八九十几多]|[0-9]{1,2})(?:位|名|个|家)(?!小时|分钟)|^以下"
    r"|一位[^，。；！？]{1,8}?[和与及、]一位"
)
"""请三位村党组织书记… / 请以下两个单位… / 请一位家长和一位同学…: a count (or a list to
follow) makes the line a group's, whatever words a name could be cut from."""
_LOGISTICS = re.compile(
    r"上台|入场|就座|就位|起立|领奖|接旗|领旗|接牌|合影|退席|离场|移步|发放|分发|填写|举手|投票|回座|带回|"
    r"交换|落座|请坐|鼓掌"
)
_COMES_UP_OR_RECEIVES = re.compile(_LOGISTICS.pattern + "|接受")
"""The logistics, or receiving a gift (…接受捐赠): with no verb after it, no turn."""
_NAME_CUT = re.compile(
    r"(?<=[\u4e00-\u9fff])代表(?=全体|全校|全院|全市|全县|全区|所有|广大|大家|我们|全家|家人|家属|亲属|亲友|[孙晚子]辈|子女|儿女)|(?:同志|老?同学(?!代表(?![全各本我]|大家|所有|广大|在校|毕业|新生|学生|同学|班级|年级|学校))|老?先生|女士|(?<!老)师傅(?=$|[先再为与和向给])|校友(?=$|[先再为与和向给])|学[长姐](?=$|[先再为与和向给]))(?!的)|(?<![工合协创操写著制])作(?![社家者品协坊曲物训]|业(?!务))|(?<![工])做|进行|为大家|为我们|给大家|给我们|[给为向](?=[\u4e00-\u9fff]{1,4}们)|(?<=[\u4e00-\u9fff])(?<![她他])[和跟](?=大家|我们)|(?:统计|清点|核对|计票)(?:以|之)?后|一并|通过(?=视频|线上|连线|远程|网络|电话)|用(?=幻灯片|PPT|ppt|视频|图片|照片|短片)|在(?=[主分]会场|现场|线上|视频)|带领(?=[^，。；！？]{0,16}?(?:同学|同志|大家|全体|学员|队员|党员|们))|就(?!业(?!务)|职|读|医|餐|座|位|诊)|对(?!象)|围绕|结合|针对|聚焦|立足|从(?=[^，。；！？]{1,16}?(?:角度|方面|层面|出发|实际))|上台|上场|到(?=[^，。；！？]{1,8}?[台席桌]前)|把(?=[^，。；！？]{1,12}?(?:给|向|跟)(?:大家|我们))|"
    r"向(?=大家|大会|全体|与会|各位|你们|我们|同志|获|师傅|师父|老师|徒弟|弟子|[^，。；！？]{1,8}(?:集团|公司|单位|企业)$|[^，。；！？]{0,4}(?:们|代表)$)|依次|分别|先后|自由(?!职业)|座谈(?=发言|交流)|带头(?!人)|率先|讲(?=专题|党课|微党课|一堂)|简要|重点(?!实验室|工程|项目|企业|学科|中学|小学|大学|高中|实验)|专题(?![^，。；！？、]{0,6}?组)|集中|带领|组织(?=学习|大家|开展|观看|参观|全体|与会)|共同|一起|一同|(?<![自未])来(?!同志|先生|女士|、|$)|亲自|(?<=[记任长师员席理授])来$|(?<!任命)(?<!提名)(?<!推荐)(?<!拟任)(?<!选举)为|与"
    r"|现场(?=演示|讲解|指导|示范|教学|操作|回应|答复|回答|$)|当场|清点|开始(?=$|授课|讲课|上课|讲座|发言|讲话|演讲|致辞)|向(?=[^，。；！？]{1,10}?(?:授(?=[队会团校厂]旗|扇)|移交|献上))|(?<=[记任长师员表席理])[先再](?=$|作|做)|向(?=宪法|国旗|党旗|团旗|队旗)|在(?=宪法|誓词)"
    r"|先?用[0-9一二三四五六七八九十两]{1,3}分钟(?:左右)?的?(?:时间)?"
    r"|(?<=[\u4e00-\u9fff]{2})(?<!们)(?<!各.)(?<!各..)(?<!各...)先?把(?![关握手持控])"
)
"""Where the words naming a person end: an honorific, the act (作, 进行, 为大家…), how it is
done (依次, 共同…), or 先/再 after a post (刘明书记先发言; 请…副局长来回答: 来 too), or the
time and the matter put first (请…尹晓峰先用5分钟时间把方案…作个说明; 请各分公司把…传达到…
is an order to every one of them, no one's turn)."""
_LEAD = re.compile(
    r"^(?:下面|首先|接下来|现在|再|然后|最后|大会|会议|热烈|让我们|以热烈的掌声|掌声|我们的|咱们的)+"
)
PLACEHOLDER = re.compile(
    r"[*×✕╳○□_＿…]|某某|某|\$\{[^}]*\}|(?<![A-Za-z])[Xx]+(?![A-Za-z])|^\s+$|\s{2,}"
)
_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
    "向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌"
    "毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦"
    "麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩"
    "明佘池乐匡钮萧阎蔺茅晁盖邝钟楼郎冼訾鄢宣荆练揭竺权逯蔚暴郜晋危封贝闻阚扈储惠岩"
    "赖郁洪胥宓荀杭鞠伏钭衡弓奚帅邰郦颉綦钦巴阙裘"
    "计郗冶玄禹鄂屠隗邴濮殳宦芮羿汲糜仰伊厉戎祖束幸韶蓟薄宿索咸籍苍莘贡逄扶堵宰雍郤璩冀郏浦慕茹庾暨弘"
    "夔厍勾融乜蒯邸麻昝贲嵇滑沃桓燕凤傅迟栗粟谌仝漆狄苑嬴查尉谯"
)
"""Surnames a name is known by. Rarer ones of the 百家姓 are in too, except those that begin
common words after a post (从, 强, 双, 支, 干, 班, 谈, 劳…), where a false name costs more
than a missed one."""
_COMPOUND_SURNAMES = (
    "单于",
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "令狐",
    "司徒",
    "夏侯",
    "端木",
    "长孙",
    "宇文",
    "澹台",
    "南宫",
    "申屠",
    "东郭",
    "呼延",
    "钟离",
    "轩辕",
    "拓跋",
    "淳于",
    "赫连",
    "独孤",
    "闻人",
)
_POST = re.compile(
    r"(?:副|常务副?|执行)?(?:书记|班主任|主任|局长|[省市县区镇乡州旗盟次船机值舰团关场司段股园]长|机手|苏木达|嘎查达|网格员|部长|厅长|处长|科长|校长|院长|所长|站长|行长|社长|会长|"
    r"厂长|[大中支]?队长|组长|班长|馆长|台长|董事长|理事长|秘书长|总经理|经理|总监|总裁|主席|委员|常委|老师|教师|总指挥|指挥长|董事|理事|监事长|监事|助理|(?:研究)?馆员|群主|总?编辑|主编|标兵|能手|司钻|"
    r"教授|院士|博士|研究员|(?:一级|二级)?(?:巡视员|调研员)|(?:高级|正高级|助理)?(?:工程|农艺|畜牧|兽医)师|(?<=[会社村])财务|(?:总)?(?:会计|设计|审计|统计|经济)师|专责|(?<=[刻雕焊修艺墨])师傅|主管|专员|干事|总|长|师|对象|(?:介绍|申请|推荐|提名|联系|负责|召集|主持|合伙|传承|手艺)人|(?:农场|场|庄园|庄|园|店|摊|船|厂|矿|业|户)主|(?:舞美|灯光|服装|音响|平面|美术)设计|(?<=[行店厂场司铺])老板|主播|导游|主演|寨老|[木石铁瓦篾银]匠|(?:总)?编导|导演|编剧|制片人|艺术总监|演员|(?:零售|个体|养殖|种植|农|商|经营)户|[烟茶果菜蔗棉药蚕瓜蜂]农|绣娘|[渔牧]民|首席(?:指挥|舞者|演员|[小中大]提琴|长笛|[单双]簧管|圆号|小号|长号|竖琴|钢琴)?|(?:种植|养殖|种粮)?大户|候选人|(?:联合)?(?:创始人|创办人)|发起人|领誓人|监誓人|宣誓人|会计|[^党队学会社成委]员|书记员|(?<=[村社])文书|成员|(?:驻村)?干部|[站校村队厂]医|监票人|计票人|主委|秘书|领导|政委|警察|民警|指导员|骑手|司机|村民|居民|农民|工人|医生|护士|律师|记者|保安|厨师|庭长|检察长|医师|药师|技师|护士长|"
    r"(?:员|职)工|(?:电|焊|钳|铣|车|木|瓦|漆|技|矿|水|护|船|普|清扫|保洁|环卫|装卸|搬运|养护|巡护|维修|运行|运维|探伤|成型|装配|操作|包装|质检|叉车|机修|化验|分拣|炉前|钢筋|管道|测量|航标|榨油|挡车|纺织|起重|锅炉|仓储|司炉|采煤|掘进|巡检|炼钢|轧钢|喷漆|砌筑|配电)工|志愿者|支书|首席(?:科学家|专家|执行官|代表|工程师|经济学家|[信技财运数风合]\w{1,2}官)|[法警]官|检察官|[A-Z]{2,5})$"
)
_CHIEF = re.compile(r"首席(?:科学家|专家|代表|经济学家)$")
"""首席科学家 / 首席专家 / 首席代表: a post, though it ends like a kind of person."""
"""A post at the end of a role (or after a surname, 陈局长)."""


_NOT_GIVEN = set("员长记任委理监师席官总裁事部局处科副表商辈")
_NOT_IN_GIVEN = set("委局副部厅处科办党组织支级")
"""Characters that end an office, not a given name (党组成员 is no 成员)."""
_A_KIND_OF_STUDENT = re.compile(r"(?:毕业|研究|实习|大学|中学|小学|本科|留学|优秀)生")
"""毕业生 after 专业: a kind of student, though 毕 is a surname."""
_NOT_IN_LONG = set(
    "的和与及在为是代表作做政府县市区省乡镇村局委部厅承诺发言讲话汇报志导后票数统计清点时间优界业"
)
"""Characters of words, not of a long transliterated name (县长代表县政府, 代表员工作安全承诺,
计票人统计票数后, 全国优秀护士)."""
_WORK = re.compile(
    r"(?:项目|车间|年级|单位|部门|班级|科室|任课|外卖|快递|财务|销售|技术|生产|质量|安全|工程|行政|人事|人力资源|后勤|教务|"
    r"政教|德育|教研|采购|市场|运营|客服|法务|审计|宣传|组织|保卫|信息|党建|工会|团委|纪检|统战|工作|"
    r"学习|生活|文艺|体育|劳动)(?:常务)?副?$"
)
"""Words of work right before a post (项目经理, 车间主任, 支部宣传委员, 工作人员): no name (though
项, 车 and 宣 are surnames; 安全副总经理: the work, then the post)."""
_KIND_OF_PERSON = re.compile(
    r"(?:代表|党员|队员|学员|会员|职工|员工|群众|同学|学生|家长|青年|选手|嘉宾|人士|妻子|丈夫|老师傅|获得者|获奖者|届校友|带头人|后人|传人|"
    r"父亲|母亲|儿子|女儿|[长次]子|[长次小]女|[长小]?孙女|长孙|孙子|外孙|儿媳|女婿|侄[子女]|外甥|家属|(?<!医)生|裁判|运动员|教练|志愿者|[^大国专一全]家|专家)$"
)
"""Words before a name that say what kind of person, not an office (老党员殷长福)."""


def _given_name_in_xing(name: str) -> bool:
    """范景行: a given name ending in 行, where a bank's name ends 银行 / 支行 / 农行."""
    return (
        len(name) >= 3
        and name[-1] == "行"
        and not re.search(r"[银支分总农建工中交商进举执实履运推先同一步飞发流通旅]行$", name)
    )


_ORG_END = set('局委司厂部院校会办室所站队组班处科）)”"区县市镇乡村省行社馆团中心协联支点厅系')
"""The end of an organisation's name before a person's (县财政局李四, 高三（5）班杜浩然, 新塘村教学点
付春生; 村党总支书记: 党总支 is the branch, no one's name)."""


@dataclass
class Cue:
    """A cue found in a sentence: who, in which role, doing what."""

    name: str | None
    role: str | None
    kind: CueKind
    group: bool
    start: int
    verb: str
    people: tuple[tuple[str | None, str | None], ...] = ()
    """Everyone a group cue names (A和B分别作回应): each takes the floor in turn."""


def _kind(verb: str, rest: str) -> CueKind:
    if verb in ("主持", "检查"):
        return "action"  # 本环节由…主持: the host leads the panel; …对票箱进行检查: the box
    if verb in ("报告", "汇报", "通报") and re.match(
        r"^(?:[^，。；]{0,6}?(?:计票|选举|表决|投票|统计|测评|评议|评选|清点|监票))?结果|^[^，。；]{0,12}选票",
        rest,
    ):
        return "action"  # 请总监票人报告计票结果 / 报告发出选票和收回选票的情况: a count
    if verb == "发布" and re.match(
        r"^[^，。；]{0,32}?(?:《|名单|价格|案例|榜单|结果|清单|指数|排行|名录|书目|书单|目录|线路)"
        r"|^“[^”]{2,30}”",
        rest,
    ):
        return (
            "action"  # 请…庭长发布十大典型案例 / 发布《…白皮书》: a list or a document made public
        )
    if verb and _SPEECH_RE.fullmatch(verb) is None and _ACTION_RE.match(verb + rest):
        return "action"  # (点燃 is an act when what follows is a lamp: verb and rest together)
    if verb:
        return "speech"
    rest = rest.lstrip("， ")
    if re.match(r"为(?!大家|我们|全体|各位|与会|同学们)", rest):
        return "action"  # 有请…共同上台，为报告发布: done to a thing, not said to the room
    said, done = _SPEECH_RE.search(rest), _ACTION_RE.search(rest)
    if said and not (done and done.start() < said.start() and done.group() == "启动"):
        return "speech"  # (有请…上台，启动发布: the launch is the act, what it launches said after)
    return "action" if done else "speech"


_ELSEWHERE = re.compile(
    r"(?:^|(?<=[。；！？]))[^。；！？]{0,80}?(?:休会|到[^，。；！？]{0,8}?"
    r"(?:教室|会议室|房间|讨论室|分会场))[^。；！？]{0,200}"
    r"|(?:^|(?<=[。；！？]))\s*+刚才[^。；！？请由]{0,60}?了(?:(?!，(?:大家|同志们|各位|还有哪|其他|其余))[^。；！？请由]){0,200}"
)
"""下面休会，各代表团分别进行讨论 / 请各位家长到…教室，由班主任…交流 / 刚才，各代表团分别进行了
讨论: the room adjourns or goes elsewhere, or looks back at what was done: no turn here (…作了
通报，大家有什么补充的，请提出来: the room asked after it is)."""


def _here(norm: str) -> str:
    """`norm` with the sentences about elsewhere or the past blanked, and the colons and commas
    inside a title (《农业大模型：从实验室到田间地头》, 《赓续红色血脉，守护人民健康》) made
    plain, offsets kept."""
    if "《" in norm:
        norm = _TITLE.sub(lambda m: m.group().replace("：", "∶").replace("，", "、"), norm)
    if "们" in norm:
        norm = _OUR.sub(lambda m: " " * len(m.group()), norm)
    return _ELSEWHERE.sub(lambda m: " " * len(m.group()), norm)


_OUR = re.compile(r"(?<=请)(?:我们|咱们)(?=[^，。；！？的]{1,8}的)")
"""有请我们学校的褚建新校长: whose the speaker is, not who speaks (the chair is not asked)."""


_TITLE = re.compile(r"《[^《》。]{1,60}》")


_NEEDS = {"entrusted_told": "委托"}
"""A word a pattern cannot match without, for the patterns that open with no literal."""


_AFTER_MEETING = re.compile(r"会后[，]?\s*+$")
_CHAIR_IS_IT = re.compile(r"[，,]\s*+(?:也)?就是(?:由)?(?:我(?!们)|本人)(?:本人)?(?:来|自己)?")
_THE_CHAIR_HIMSELF = re.compile(
    r"[^，。；！？]{0,40}?[\u4e00-\u9fff]（(?:本人|主持人)）(?:同志)?(?:来)?"
    r"(?:" + ACTION_VERBS + "|" + SPEECH_VERBS + ")"
)
"""…常务主席邓国华（本人）监誓: the one named is the chair, marked so in the script."""
_CHAIR_LEADS = re.compile(r"[，,]\s*+(?:在我的带领下|跟(?:着)?我一起|由我(?:来)?带领(?:大家)?)")


_ROOM_MAY_ASK = re.compile(
    r"(?:大家|各位|[^，。；！？]{1,4}?们)[^，。；！？]{0,4}?有(?:什么)?问题[，]?\s*+(?:可以|请|都可以)"
    r"(?:当面|直接|现场|随时|举手)?向[^，。；！？]{1,12}?(?:请教|提问|提出|咨询)"
)


def _room_may_ask(norm: str) -> Cue | None:
    """大家有什么问题可以当面向阮局长请教 (after a lecture, or in its time for questions): the
    room's turn to ask."""
    m = _ROOM_MAY_ASK.search(norm)
    return Cue(None, None, "speech", True, m.start(), "提问") if m else None


_COMMA_LIST = re.compile(
    r"(?:有请|请)(?P<list>[^。；！？请，]{3,30}(?:，[^。；！？请，]{3,30}){1,5}?)"
    r"(?=(?:依次|分别|先后)(?:作|进行)?(?:表态)?(?:发言|汇报|述职|交流|报告|讲话|致辞)"
    r"|(?:共同|一起)?(?:签约|签订|签署|签字|揭牌|启动)(?:[。！]|$)"
    r"|上台[，](?:共同|一起)?(?:签约|签订|签署|签字|揭牌))"
)


def _listed_with_commas(norm: str) -> Cue | None:
    """请金桂社区调解员、“老娘舅工作室”负责人邹永福同志，碧水社区调解员聂晓丹同志先后交流: the
    people between the commas, each its posts and a name, take their turns, as those listed
    with 、 do (请…董事长贺一鸣，…局长温德胜签约 / 请…邓志坚同志，…黄丽娟同志上台，签订…: they act
    together, as with 、)."""
    m = _COMMA_LIST.search(norm)
    if m is None:
        return None
    parts = m["list"].split("，")
    for part in parts:
        name, role = split_name(re.sub(r"(?:同志|先生|女士)$", "", part))
        if name is None or not (_surname_and_given(name) or role and is_post(role)):
            return None
    listed = norm[: m.start("list")] + m["list"].replace("，", "、") + norm[m.end("list") :]
    return find_cue(listed)


def addressed(before: str) -> Split:
    """村务监督委员会主任龙大海，你们监委会审核过没有？ before 请你说一下: the one called by name at
    the start of the sentence just before (or of this one), else no one named."""
    for sentence in reversed(re.split(r"[。！？]", before)[-2:]):
        head = sentence.split("，")[0].strip()
        if not head or head == sentence.strip():
            continue
        name, role = split_name(head)
        if name and (_surname_and_given(name) or role and is_post(role)) and name in head:
            return name, role
    return None, None


def find_cue(norm: str) -> Cue | None:
    """The first cue in a (normalised) sentence, or None."""
    norm = _here(norm)
    if _no_one_acts(norm):
        return None
    best: Cue | None = None
    for how, pattern in _CUE_PATTERNS:
        if how in _NEEDS and _NEEDS[how] not in norm:
            continue  # (a pattern with no literal start is tried only where its word is)
        for m in pattern.finditer(norm):
            if best is not None and m.start() >= best.start:
                break
            cue = _cue_from(how, m)
            if cue is not None:
                best = cue
                break
    if best is None or best.start > 0 and BARE_INVITE.search(norm):
        best = _introduced(norm) or best
    if best is None:
        best = _group_cue(norm)
        if best is not None and not best.people:
            best = _listed_with_commas(norm) or best  # …同志，…同志先后交流。: those listed
    found = (
        best
        or _invited_last(norm)
        or _named_question(norm)
        or _handles(norm)
        or _acting_for(norm)
        or _named_act(norm)
        or _presenter(norm)
        or _counter_reports(norm)
        or _leads_the_oath(norm)
        or _asked_by_pronoun(norm)
        or _signers_up(norm)
        or _listed_with_commas(norm)
        or _room_may_ask(norm)
        or _listed_after_a_colon(norm)
    )
    if found is not None and not found.verb and found.kind == "speech":
        clause = norm[norm.rfind("，", 0, found.start) + 1 : found.start]
        if _ACT_TOLD.search(clause):  # 三等奖抽奖有请财务总监裘建军: the act told, then who
            found.kind = "action"
        act = _named_act(norm) if found.kind == "speech" else None
        if act is not None and act.name == found.name:  # 有请…欧阳建同志下达合龙指令
            found = act
    if found is not None and found.name in ("你", "您"):
        found.name, found.role = addressed(norm[: found.start])  # 龙大海，…？请你说一下
    if found is not None and _AFTER_MEETING.search(norm, 0, found.start):
        return None  # 同志们，会后请各单位…报县联社: for after the meeting, nobody's turn now
    if found is not None and found.name is None and "带回去" in norm:
        return None  # 请各位代表带回去，在本组里念一念: a task back home, nobody's turn now
    if found is not None and _no_turn_after_all(norm, found):
        return None
    if (
        found is not None
        and "请" not in norm
        and _TOLD_DONE.search(norm, *_sentence_of(norm, found.start))
    ):
        return None  # 上午，大会听取了…报告，各代表团进行了认真讨论: what was done, no turn now
        # (…主任会议已经进行了初步审议。…对任免事项，大家有什么意见？: the question is asked now)
    if found is not None and _CHAIR_IS_IT.search(norm, found.start):
        return None  # 请集团工会主席为他们颁奖，也就是由我来颁奖: the chair's own act
    if (
        found is not None
        and ("（本人）" in norm or "（主持人）" in norm)
        and _THE_CHAIR_HIMSELF.match(norm, found.start)
    ):
        return None  # 宣誓由…常务主席邓国华（本人）监誓: the chair's own act
    if found is not None and found.name is None and _SEVERAL.search(found.role or ""):
        found.role = None  # 请签约双方代表上台签约: both sides' people, no one's post
    if found is not None and found.group and found.kind == "action" and not found.people:
        who = _acting_group(norm, found.start)
        if who and found.verb and who.endswith(found.verb):
            who = who[: -len(found.verb)]  # 请新录用同志宣誓: the group, not its act
        first = re.split(r"[、，和]", who or "")[0]
        lead = _first_with_post(who or "")
        if who and _full_name(first):  # 请邬家明、戚建军、庞慧琴三位领导为他们颁奖: the first named
            found.name, found.group = first, False
        elif lead is not None:  # 请…主任邱海燕和两名新党员代表敬献花篮: the one named leads
            (found.name, found.role), found.group = lead, False
        elif found.name is None:
            found.role = found.role or who
    if found and found.kind == "action" and not found.verb and _WITNESSES.search(norm, found.start):
        return None  # 有请…先生，…先生上台见证签约: those who witness take no step of their own
    if (
        found
        and found.verb == "见证"
        and re.match(
            r"见证[^，。；！？并]{0,8}?(?:[。！]|$)", norm[norm.find("见证", found.start) :]
        )
    ):
        return None  # 请…董事长柯文渊同志见证。 after the signing asked: the witness, no step
    if found is not None and found.kind == "action" and not found.name:
        if _ROOM_ACTS.match(found.role or ""):
            return None  # 并请家长们签订《学生安全责任书》: the room does it, a direction
        return _named_after_the_colon(norm, found) or found
    return found


_ASKED_BY_A_COLON = re.compile(
    r"(?:^|(?<=[。！？）)]))\s*+(?:有)?请[^，。；！？：请]{1,16}?：(?!\s*+(?:请|由|有请))"
)


def _listed_after_a_colon(norm: str) -> Cue | None:
    """请第二组签约代表：…副主任邹立平先生和…总裁温思远先生，以及…上台签约。: those listed after the
    colon are the ones asked (the words before it only say which group)."""
    m = _ASKED_BY_A_COLON.search(norm)
    if m is None:
        return None
    found = find_cue("请" + norm[m.end() :])
    if found is None or not (found.name or found.people):
        return None
    found.start = norm.index("请", m.start())  # (the request starts at its 请, as asked)
    return found


def _named_after_the_colon(norm: str, found: Cue) -> Cue | None:
    """请第一批签约企业代表和…负责人上台签约：请…董事长贺一鸣，…局长温德胜签约。: the group's act,
    then, after its colon, the named who do it: their step, named by the first."""
    colon = norm.find("：", found.start)
    if (
        colon < 0
        or not norm.startswith(("请", "由"), colon + 1)
        or "。" in norm[found.start : colon]
    ):
        return None
    named = find_cue(norm[colon + 1 :])
    if named is None or named.kind != "action" or not (named.name or named.people):
        return None
    named.start = found.start  # (the request starts where the group was asked)
    return named


def _no_turn_after_all(norm: str, found: Cue) -> bool:
    """A request read as a turn that gives none here: the room talking in its groups elsewhere,
    an office's business told, how a turn is taken, a break, the room's act the chair leads."""
    if found.name is None and _CHAIR_LEADS.search(norm, found.start):
        return True  # 请全体党员起立，…在我的带领下重温入党誓词
    if _NAMED_TO_COUNT.search(norm, found.start):
        return True  # 请会计吴家伟、代表王金花两位同志担任计票人、监票人: named, no act yet
    if found.name is None and _ELSEWHERE_TALK.search(norm, 0, found.start + 24):
        return True  # 讨论时请代表们…畅所欲言 / 大会休息10分钟，请各代表团团长组织…
    office = _AN_OFFICE_TOLD.match(norm, found.start)
    if office and not found.name and (office.group("duty") or found.kind == "action"):
        return True  # 由市市场监管局颁发培训合格证书 / 由公司纪委负责答复
    sentence_end = _SENTENCE_END.search(norm, found.start)
    stop = sentence_end.end() if sentence_end else len(norm)
    return _HOW_ONE_SPEAKS.search(norm, found.start, stop) is not None  # 请他坐着讲 / 稍作休息


_NAMED_TO_COUNT = re.compile(
    r"(?:担任|当|作为)[^，。；！？]{0,4}?(?:总)?(?:计票人|监票人|唱票人|记票人)(?:[、和]|[。！]|$)"
)
"""请…两位同志担任计票人、监票人 / 请…石晓燕同志当监票人。: named for the count, no act yet."""
_ELSEWHERE_TALK = re.compile(
    r"(?:^|[，。])\s*+(?:(?:分组|分团)(?:讨论|审议)(?:时|中|期间)|讨论(?:时|期间))[，]?\s*+请"
    r"|休息[^，。；！？]{0,8}?[，]\s*+请各(?:代表团|小组|组)[^，。；！？]{0,6}?组织"
)
"""讨论时请代表们… / 分组审议时，请各位委员… / 大会休息10分钟，请各代表团团长组织本团代表…: how
the room talks in its groups, elsewhere, no turn here (审议中请大家…提出意见 is the room's turn now)."""


_AN_OFFICE_TOLD = re.compile(
    r"[，。；\s]*+由[^，。；！？]{2,20}?(?:社|局|委|厅|处|部|所|政府|机关|中心)(?P<duty>负责)?"
    r"(?=" + _VERB + r")"
)
"""由县供销合作联社颁发…证书 / 由县纪委监委启动问责程序: what an office does, told; no one's
turn (由…部负责答复 likewise)."""


_SENTENCE_END = re.compile(r"[。！？]")
_HOW_ONE_SPEAKS = re.compile(r"坐(?:着|在[^，。；！？]{1,8}?)讲|稍作休息|稍事休息")
"""请他坐着讲 / 请坐在座位上讲 / 请学员们稍作休息: how a turn is taken, or a break."""


_ACTING_GROUP = re.compile(
    r"请(?P<who>[^，。；！？：]{2,30}?)(?=移步|上台|走上|来到|到[^，。；！？]{1,10}?[前旁处上]|为|与|向|给"
    r"|[和同](?=[^，。；！？上]{1,14}?签)|共同|一起|依次|分别|按|敬献|[，。；！？]|$)"
)
_THE_ROOM_ALL = re.compile(r"^(?:大家|全体|全场|同学们|同志们|在座的?各位)")


def _acting_group(norm: str, start: int) -> str | None:
    """请各位领导和嘉宾移步奠基石前，为项目奠基培土: the group that acts, in its own words (the
    step's role, so the screen says who acts); the room (大家, 全体) is none."""
    m = _ACTING_GROUP.search(norm, start)
    if m is None:
        return None
    who = _LEAD.sub("", m.group("who")).strip()
    if len(who) < 2 or _THE_ROOM_ALL.match(who) or STAFF.search(who):
        return None
    return who


_TITLE_TURN = re.compile(
    r"代表(?:发言|致辞|表态|讲话)|辅导|讲座|[上讲][^，。；]{0,8}课|座谈发言|陈述|分享|汇报|介绍|点评"
    r"|述职|致辞|讲话|发言"
)
_TITLE_NO_TURN = re.compile(
    r"我|本人|主持人|书面|表决|审议|通过|测评|评议|投票|自由|分组|分班|回答|提问|互动|讨论|交流|总结"
)


def title_names_a_turn(title: str) -> bool:
    """教师代表发言 / 专题讲座 / 上开学安全第一课: an item whose title says someone speaks (not
    the chair, not the room, not a vote on a report), so one with no turn was likely misread."""
    norm = normalise(title)
    return _TITLE_TURN.search(norm) is not None and _TITLE_NO_TURN.search(norm) is None


CHAIR_SELF = re.compile(r"\s*+[（(]主持人(?:本人)?[）)]")
"""（主持人本人） after a turn: the chair is the one named, no cue."""
_SEVERAL = re.compile(r"[双各]方代表$")


def _sentence_of(norm: str, at: int) -> tuple[int, int]:
    """Where the sentence holding `at` starts and ends in `norm`."""
    start = max(norm.rfind(mark, 0, at) for mark in "。！？；") + 1
    ends = [k for k in (norm.find(mark, at) for mark in "。！？；") if k >= 0]
    return start, (min(ends) + 1 if ends else len(norm))


_TOLD_DONE = re.compile(
    r"(?:听取|审议|进行|聆听|收听|学习)(?:和审议|并审议)?了|(?:已|已经)(?:听取|审议|进行)"
)
"""听取了 / 审议了 / 进行了 / 已经听取: a turn told as done, reported, not asked for."""
_ACT_TOLD = re.compile(r"(?:" + ACTION_VERBS + r")[^，。；！？]{0,4}$")
_NAMED_ACT = re.compile(
    r"(?:(?<![邀申提])请|(?:^|(?<=[，。；！：\s]))由)(?P<who>[^，。；！？：（请由]{2,30}?)(?:同志|先生|女士)"
    r"(?P<act>(?!做|作|准备|注意|负责|留|稍|回|到|在|先|再|也|就|于|继续|前往|入|出|坐|站"
    r"|和|与|及|跟|同|[计监唱收发]票|清点|分发|把|将|会|放|等|帮|协助|配合|陪同|留|受|对|就)[\u4e00-\u9fff]{2})"
)
"""请护理部主任宁小娟同志点燃蜡烛，并将烛光传递给…: a named person asked to do something no
verb list names is that person's act, a step (the staff's and the room's moves excepted)."""


_PRESENTER = re.compile(
    r"(?P<act>"
    + ACTION_VERBS
    + r")(?:的)?(?:嘉宾|领导)(?:是|为|有|：)(?P<who>[^，。；！？：]{2,40}?)"
    r"(?:同志|先生|女士)?(?=[，。；！？]|$)"
)
"""…颁奖，颁奖嘉宾是市体育局局长韦振国同志 / 揭牌领导为…: the one the act is given to, a step."""
_LECTURER = re.compile(
    r"(?:^|(?<=[，。；！？\s]))(?:本讲|本课|本次讲座|今天)?的?(?P<act>主讲|授课)(?:人|嘉宾|老师|专家)?"
    r"(?:是|为|：)(?P<who>[^，。；！？：]{2,40}?)(?:同志|先生|女士)?(?=[，。；！？]|$)"
)
"""第二讲，…。主讲人是中心渠道管理部部长龙婷婷，一个小时左右: the one a lecture is given to."""
LECTURER_TOLD = "主讲"
"""The verb of a lecturer's turn told (主讲人是…), not asked for."""


_COUNTER_REPORTS = re.compile(
    r"(?<![邀申提])请(?P<who>总?[监计]票人(?:[^，。；！？请]{2,8}?(?=同志|委员|代表|清点))?)"
    r"[^。！？请]{0,24}?(?P<act>报告|宣布)"
)
"""请总监票人普布次仁同志清点到会人数，并报告选票发放情况: the count of a vote, read out."""


def _counter_reports(norm: str) -> Cue | None:
    m = _COUNTER_REPORTS.search(norm)
    if m is None:
        return None
    name, role = split_name(m.group("who"))
    named = name is not None and name != m.group("who")
    return Cue(
        name if named else None, role or m.group("who"), "action", False, m.start(), m.group("act")
    )


def _presenter(norm: str) -> Cue | None:
    m = _PRESENTER.search(norm)
    lecture = _LECTURER.search(norm) if m is None else None
    m = m or lecture
    if m is None:
        return None
    who = _LEAD.sub("", m.group("who"))
    name, role = split_name(who)
    if not name or name == who and _surname_len(name) == 0 or _NOT_A_PERSON.search(who):
        return None
    if re.match(r"各位|全体|有关|与会", who):
        return None  # 颁奖嘉宾是各位领导: no one by name
    if lecture:  # told, not asked: the invitation that may follow is the same turn
        return Cue(name, role, "speech", False, m.start("who"), LECTURER_TOLD)
    return Cue(name, role, "action", False, m.start("who"), m.group("act"))


_COMES_UP_TO_ACT = re.compile(
    r"(?<![邀申提])请(?P<who>[^，。；！？：（请]{2,40}?)(?:同志|先生|女士|(?=移步|移驾))"
    r"(?:移步|移驾)?(?:到|至|走到|来到|走上)[^，。；！？]{1,10}?(?:前|上|台|口|处)?[，、][^。！？]{0,40}?"
    r"(?:进行)?(?P<act>" + ACTION_VERBS + r")(?=[。！？，；]|$)"
)
"""请新当选的镇长蒋思远同志到宣誓台前，左手抚按宪法，…，进行宣誓。 / 恭请…次长、…馆长移驾至
观测站入口，共同为…揭牌: asked up to the front and then to do the act: that person's act (the
first one's, when several act together)."""


_NAMED_QUESTION = re.compile(
    r"(?:^|(?<=[，。；！？：）\s]))(?:现在)?请(?P<who>[^，。；！？：（请]{2,30}?)(?P<act>提问|询问|发问)(?=[。！，；]|$)"
)
"""请胡长安委员提问 / 请谢晓燕副主任提问: a member named and asked to put a question (专题询问),
a turn of their own; 请贵州日报的记者提问 names no one, and reporters' questions are no turn."""


_HANDLES = re.compile(
    r"(?:^|(?<=[，。；！：\s]))(?:现在|下面)?[^，。；！？请]{0,12}?请(?P<who>[^，。；！？：（请把将]{3,24}?)"
    r"(?:同志|先生|女士)?(?:把|将)[^，。；！？]{2,24}?(?P<act>放入|放进|送入|(?:交给|移交|递交)(?![^，。；！？]{0,8}?(?:工作人员|会务组|秘书处))|"
    r"插上|挂上|系上|装入|注入|倒入|埋入|安放)"
)
"""请副县长白玛央金将首批青稞种质放入冷库: a person named by post and name asked to put
something in its place, a step of the ceremony (no verb list names these; handing papers to
the staff, 把材料交给工作人员, is logistics)."""


def _handles(norm: str) -> Cue | None:
    m = _HANDLES.search(norm)
    if m is None or not _post_and_name(m.group("who")):  # (a post and a name, both)
        return None
    name, role = split_name(m.group("who"))
    return Cue(name, role, "action", False, m.start("who") - 1, m.group("act"))


def _named_question(norm: str) -> Cue | None:
    m = _NAMED_QUESTION.search(norm)
    if m is None:
        return None
    who = re.sub(r"(?:同志|委员|代表|常委)$", "", m.group("who"))
    name, role = split_name(who)
    if not name or not _surname_and_given(name) and not _named(who):
        return None
    return Cue(name, role, "speech", False, m.start(), m.group("act"))


def _named_act(norm: str) -> Cue | None:
    up = _COMES_UP_TO_ACT.search(norm)
    m = up or _NAMED_ACT.search(norm)
    if m is None or _LOGISTICS.search(norm[m.start("act") : m.end() + 12]):
        return None
    if up is None and m.group().startswith("由") and m.group("act") not in _TALKS_THROUGH:
        return None  # 由副主席…同志召集 / 由…同志带队: told who leads, no turn (由…安排…工作 is)
    who = _LEAD.sub("", m.group("who"))
    first = who.split("、", 1)[0]
    if up is not None and first != who and _surname_and_given(split_name(first)[0] or ""):
        who = first  # 林佳慧次长、郭俊贤馆长…移驾至…，共同为…揭牌: the first of those acting
    name, role = split_name(who)
    named = up is not None and name is not None and _surname_and_given(name)
    dotted = name is not None and _DOTTED.fullmatch(name) is not None  # 吾买尔江·阿不都
    if (
        name is None
        or not (named or dotted)
        and (not _names_someone(who) or _NOT_A_PERSON.search(who))
    ):
        return None  # 新当选的镇长蒋思远同志到宣誓台前: one person, named by the whole name
    if STAFF.search(who) or _GROUP.search(who) and not named:
        return None
    if named and role:
        role = role.rsplit("的", 1)[-1] or None  # 新当选的镇长: the post
    kind: CueKind = "speech" if m.group("act") in _TALKS_THROUGH else "action"
    return Cue(name, role, kind, False, m.start(), m.group("act"))


_TALKS_THROUGH = ("安排", "布置", "部署", "强调", "传达", "提问", "询问", "发问")
"""请…局长唐振华同志安排“三夏”生产工作: a word no verb list names that is a talk, not an act."""


_WITH_KIN = re.compile(r"(?:和|与|及)(?:他|她)的(?:妈妈|爸爸|父亲|母亲|家人|家长|爱人|妻子|丈夫)$")
_INTRODUCED = re.compile(
    r"(?:^|(?<=[，。；！？]))[^，。；！？]{0,8}?第[一二三四五六七八九十0-9]{1,3}位[^，。；！？是]{0,8}(?:[，]?是|，)"
    r"(?P<who>[^，。；！？]{2,50}?)(?:同志|先生|女士|教授|博士|同学|老师)?(?=[，。；！？])"
)
BARE_INVITE = re.compile(
    r"(?:^|[。！，])\s*+(?:(?:让我们)?(?:用|以)?(?:热烈的)?掌声)?有请(?P<short>[^，。；！？]{0,6})[！。]?\s*+$"
)
"""有请！ / 有请窦院士！ / 掌声有请！ closing the sentence that introduced the speaker."""


_LED_BY = re.compile(
    r"在(?P<who>[^，。；！？在]{2,30}?)(?:同志|老师|先生|女士)?的带领下[，]?\s*+(?:进行|重温|一起)?"
    r"[^，。；！？]{0,16}?(?:宣誓|誓词)"
)


def _leads_the_oath(norm: str) -> Cue | None:
    """全体同学在大队辅导员吴婷老师的带领下，进行…宣誓: the named one leads the oath."""
    m = _LED_BY.search(norm)
    if m is None:
        return None
    name, role = split_name(m.group("who"))
    if not name or name == m.group("who") or not has_surname(name):
        return None  # (在班主任的带领下: no one named)
    return Cue(name, role, "action", False, m.start(), "领誓")


_SPEAKS_NEXT = re.compile(
    r"(?:同志|先生|女士|教授|博士|同学|老师)?[，]\s*+请?[他她](?:将|要|会|来)?(?:给|为|和|跟|同|向)?(?:大家|我们)?"
    r"(?:讲讲|谈谈|说说|讲一讲|谈一谈|说一说|分享|介绍)"
)
"""…李梅，她给大家讲讲… / …刘秀英，请她谈谈… / …詹一帆，她分享的书是…: the one introduced speaks."""


def _introduced(norm: str) -> Cue | None:
    """第一位演讲嘉宾是…窦国强教授，… 有请窦院士！: the speaker a sentence introduces (第几位…是),
    invited by a bare 有请 after it (or told to speak, …，她给大家讲讲…), is the one named in
    the introduction."""
    intro, invite = _INTRODUCED.search(norm), BARE_INVITE.search(norm)
    if intro is None or invite is None and not _SPEAKS_NEXT.match(norm, intro.end()):
        return None
    who = _WITH_KIN.sub("", intro.group("who"))  # …付天朗小朋友和他的妈妈: the child named
    kin = _KIN.search(who)
    if kin and not _kin_named(kin.group("after").strip(" ，、")):
        return Cue(None, None, "speech", False, 0, "有请")  # 第一位是…袁可欣的妈妈，有请！
    name, role = split_name(kin.group("after").strip(" ，、") if kin else who)
    if not name or _surname_len(name) == 0:
        return None
    short = invite.group("short") if invite else ""
    if short and not short.startswith(name[: _surname_len(name)]):
        return None  # 有请李院士: someone else than the one introduced
    return Cue(name, role if role != name else None, "speech", False, 0, "有请")


_ACTING_FOR = re.compile(
    r"(?:(?<![邀申提])请(?!假)|(?:^|(?<=[，。；！：\s]))由)(?P<who>[^，。；！？：（]{1,40}?(?:(?:同志|先生|女士)，[^，。；！？：（]{1,40}?){0,3})"
    r"(?:同志|先生|女士)?为(?:他们|她们|获奖|受表彰|毕业|新|[^，。；！？]{1,4}们"
    r"|[^，。；！？]{1,10}?(?=颁奖|颁发|授牌|授旗|颁证))"
    r"[^，。；！？]{0,16}(?=[，。；！？]|$)"
)


def _acting_for(norm: str) -> Cue | None:
    """请校长方志远同志为他们拨穗 / 由院长司马静为毕业生拨穗: a named person doing something for
    those called up is an action by that person, whatever the act is called."""
    m = _ACTING_FOR.search(norm)
    if m is None:
        return None
    head = _LEAD.sub("", m.group("who").strip(" ，、："))
    name, role = split_name(head)
    if _LEADERS.match(head) and not _NOT_A_PERSON.search(head):
        return Cue(None, None, "action", True, m.start(), "")  # 请院领导和护士长为新护士授帽
    first = re.split(r"(?:同志|先生|女士)，", head)[0]
    if first != head and PLACEHOLDER.search(first):  # 请…董事长**同志，…总经理**同志为他们颁奖
        name, role = split_name(first)
        if role:
            return Cue(None, role, "action", False, m.start(), "")
    if not name or name == head and _surname_len(name) == 0 or _NOT_A_PERSON.search(head):
        return None
    return Cue(name, role, "action", False, m.start(), "")


_INVITED_LAST = re.compile(r"[，,]\s*+有请\s*+[！!。]?\s*+$")
_PERSON_END = re.compile(r"(?:同学|同志|老师|先生|女士|教授)(?=[，,])")


_NAMED_FIRST = re.compile(
    r"(?:(?:下面|接下来|接着|现在|最后|首先)[，]?)?(?P<who>[^，。；！？：]{3,16}?)"
    r"(?:也|将|会|要|来|再|还)*(?:专门|简要|重点|简单)?(?:给大家|为大家|为我们|给我们|向大家)?"
    r"(?:(?:作|做)[^，。；！？]{0,8}?)?(?P<verb>" + SPEECH_VERBS + r")"
)


def _named_first(norm: str) -> Cue | None:
    """尚立平主任也专门介绍一下…的情况，有请。: the person the sentence opens with, invited at its
    end."""
    last = max(norm.rstrip("。！？ ").rfind(c) for c in "。！？") + 1  # 谢谢邬庭长。尚立平主任…
    m = _NAMED_FIRST.match(norm, last)
    if m is None:
        return None
    name, role = split_name(m.group("who"))
    if not name or _surname_len(name) == 0 or name == m.group("who") and role is None:
        return None
    return Cue(name, role, "speech", False, m.start("who"), m.group("verb"))


def _invited_last(norm: str) -> Cue | None:
    """第一位分享者是…的郑可欣同学，…，有请！ / ____同学，有请。: the person named earlier in
    the sentence is invited at its end."""
    if len(norm) > 160 or _INVITED_LAST.search(norm) is None:
        return None
    ends = list(_PERSON_END.finditer(norm))
    if not ends:
        return _named_first(norm)
    before = re.split(r"[，。；！？：]|是|的", norm[: ends[-1].start()])[-1].strip()
    if not before or PLACEHOLDER.fullmatch(before[-1]) or PLACEHOLDER.search(before):
        return Cue(None, None, "speech", False, ends[-1].start(), "有请")
    name, role = split_name(before)
    if not name or _surname_len(name) == 0:
        return None
    return Cue(name, role if role != name else None, "speech", False, ends[-1].start(), "有请")


_IN_GROUPS = re.compile(
    r"分(?:成)?[两二三四五六七八九十0-9几]?个?小?组"
    r"|到[^，。；！？]{0,8}?(?:教室|会议室|房间|讨论室|分会场)"
    r"|按照[^，。；！？]{0,12}?(?:地点|分组|安排)"
    r"|^各(?:个)?小?组(?!长|组长)"
    r"|组织(?:好|大家)?(?:讨论|审议)"
)
"""请各位组成人员分两个组…审议 / 各代表组分别到指定教室讨论: the room splits up or goes to other
rooms (分组审议/讨论), nobody takes the floor here."""
_ESCORTED = re.compile(r"在[^，。；！？]{1,12}?(?:的)?(?:引导|陪同|带领|指引|引领)下")
"""请各位领导在礼仪人员的引导下(上台颁奖): how they come up, not who they are."""


_AFTER_EACH = re.compile(r"(?:" + SPEECH_VERBS + r")(?:完毕|结束|完)?(?:之)?后[，,]?\s*+$")
"""述职后，由镇党委书记进行点评: a turn told to follow the others' turns, the procedure said."""


def _nobody_now(m: re.Match[str]) -> bool:
    """Words that name people and an act and still give nobody the floor now: the organisers,
    a turn told with the rules, a breakout, witnesses."""
    who = m.group("who")
    return bool(
        _HOSTED.search(who)  # 由省科协、闽江大学联合主办的论坛: the organisers
        or _AFTER_EACH.search(m.string[max(0, m.start() - 12) : m.start() + 1].rstrip("请由"))
        or _IN_GROUPS.search(who)  # 请各位组成人员分两个组对…进行审议: in other rooms
        # 请…上台见证签约: those who witness an act take no step of their own (见证并讲话: one)
        or re.search(r"见证(?![^，。；！？]{0,6}?(?:并|后|，)$)", who) is not None
        # 分组讨论由各组组长主持: each group's own host, elsewhere
        or (m.group("verb") == "主持" and bool(_GROUP.search(who)))
        or _procedure(m)
        or _each_time(m)
    )


_EACH_TIME = re.compile(r"[，]?每(?:次|场|轮)")


def _each_time(m: re.Match[str]) -> bool:
    """由分管副局长作简要点评，每次点评3分钟左右: a turn told as what happens each time, with
    no one named, the procedure (the turns come as each is asked)."""
    if not m.string.startswith("由", max(0, m.start("who") - 1)):
        return False
    if not _EACH_TIME.match(m.string, m.end()):
        return False
    name = split_name(m.group("who"))[0]
    return name is None or not _surname_and_given(name)


_FIRST_BY = re.compile(r"先(?:由|请)(?:$|[^，。；！？]{1,12}$)")
_THEN_BY = re.compile(r"[，；](?:再|然后|随后|之后)(?:由|请)")


def _procedure(m: re.Match[str]) -> bool:
    """先由党员本人发言，再由其他党员提出批评意见: the order of the turns told with no one named,
    the procedure, not a turn (先请张三同志发言，再请李四… names them: turns)."""
    before = m.string[max(0, m.start("who") - 3) : m.start("who")]
    first = _FIRST_BY.search(before) and _THEN_BY.search(m.string, m.end("who"))
    then = _THEN_BY.search(m.string[max(0, m.start("who") - 4) : m.start("who") + 1])
    if not first and not (then and _FIRST_BY.search(m.string[: m.start("who")].split("，")[0])):
        return False
    name = split_name(re.sub(r"本人$", "", m.group("who")))[0]
    return name is None or not _surname_and_given(name)


def _rest_of(m: re.Match[str], verb: str) -> str:
    """The words after the verb; with no verb (有请…为“…（某市）研究院”揭牌) the rest of the
    sentence, where the verb is."""
    if verb:
        return m.group("rest") or ""
    return re.split(r"[。；！？]|请", m.string[m.end() : m.end() + 60])[0]


_ENTRUSTED = re.compile(r"(?:同志)?(?:受[^，。；！？]{1,24}?委托|代为)$")
"""…王明受县人民政府委托(作…报告) / …骆思琪代为(述职): on whose behalf, not who."""


_WITNESSES = re.compile(r"^[^。；！？]{0,80}?(?:上台|上前)见证(?!并)")
_ROOM_ACTS = re.compile(
    r"(?:家长|同学|同志|老师|朋友|代表|委员|职工|员工|学员|队员)们|[^，。；！？]{0,8}?家属(?!代表)"
)
"""家长们 / 捐献者家属: the room, or the families after those who lead an act: no step."""
_HEADCOUNT = re.compile(r"[^，。；！？]{0,12}?(?:出席|到会|应到|实到)[^，。；！？]{0,12}?人数")
_SPEAKS_FOR = re.compile(r"代表[^，。；！？、代]{2,12}$")
_FOR_WHOM = re.compile(r"(?:界|们|员工|职工|群众|单位|企业|行业|部门|师生|家长|学生|党员|干部)$")
"""农业界 / 全体员工 / 获奖单位: those one speaks for, after 代表, never a person's name."""


def _honoured_name(words: str) -> bool:
    """华素琴老师 / 李明同志: a full name and a courtesy, no post."""
    m = re.fullmatch(r"(?P<n>[\u4e00-\u9fff]{2,4}?)" + _HONOURS_OR_TEACHER, words)
    return m is not None and _surname_and_given(m.group("n"))


def _a_name_not_a_sector(words: str, kind_before: bool = False) -> bool:
    """詹梓涵(同学) after 代表 is who it is; 农业界, 四家酒店, 理事会全体成员 whom one speaks for."""
    words = re.sub(_HONOURS + "$", "", words)
    if _FOR_WHOM.search(words):
        return False
    # 致富带头人代表才旦: a name with no Han surname, after a kind of person's 代表
    return _surname_and_given(words) or (
        kind_before and 2 <= len(words) <= 4 and _a_name_alone(words)
    )


_REPEATS_AFTER = re.compile(r"跟(?:着|随)?(?:领誓人|我|[他她])|跟读")
"""请全体党员跟随领誓人宣誓 / …跟着他一起宣誓: those who repeat the oath after the one leading it,
no step."""


_A_THING = re.compile(r"(?:项目|协议|合同|工程|基地|中心|奖|名单|决定)$")
"""首先签约的是…项目: what is signed or announced, where a person would be."""


def _cue_from(how: str, m: re.Match[str]) -> Cue | None:
    """The turn one request asks for, or None when it asks for no one's turn.

    The request's words are trimmed to the person asked (`_who_asked`, `_trimmed`), the
    person's own words found in them (`_the_one_asked`), then the turn is one of the room's
    forms (`_unnamed_turn`), nobody's (`_no_ones_turn`), or someone's (`_named_turn`)."""
    if _nobody_now(m) or _REPEATS_AFTER.search(m.groupdict().get("who") or ""):
        return None
    if how == "oath":
        return _oath_taker(m)
    if how == "toast":
        return _toast(m)
    if _names_no_one(how, m):
        return None
    verb = m.group("verb") or ""
    who = _who_asked(m, verb)
    rest = _rest_of(m, verb)
    if how == "invite" and _no_turn_invited(who, verb, rest, m.group()):
        return None
    if _asked_for_no_turn(who, verb, rest):
        return None
    who, rest, desk = _trimmed(who, verb, rest)
    kin = _KIN.search(who)
    if kin and not _kin_named(kin.group("after").strip(" ，、")):
        return Cue(None, None, _kind(verb, rest), False, m.start(), verb)  # 某同学的妈妈: unnamed
    if kin:
        who = kin.group("after").strip(" ，、")  # …同学的父亲、…外科主任卓建明: the one named
    head = _head(who)
    if head in ("个人", "本人", "自己", "他", "她"):
        return None  # 先由个人作对照检查发言 / 请他给大家讲讲: how it goes, or the one just asked
    head, named_part, of_kind = _the_one_asked(who, head)
    kind = _kind(verb, rest) if how != "moderator" else "action"
    if verb == "报告" and (re.search(r"[监计]票人", head) or _HEADCOUNT.match(rest)):
        kind = "action"  # 请总监票人报告到会人数 / …报告出席大会的委员人数: a count, read out
    unnamed = _unnamed_turn(m, who, head, kind)
    if unnamed is not None:
        return unnamed
    if _no_ones_turn(how, m, who, head, named_part, rest):
        return None
    return _named_turn(how, m, _Asked(who, head, of_kind, kind, rest, desk))


def _toast(m: re.Match[str]) -> Cue | None:
    """The one named who leads the toast has a turn, his words (the leaders all called up to
    raise their glasses together have none)."""
    name, role = split_name(_head(m.group("who")))
    if (
        not name
        or not _surname_len(name)
        or _is_group(m.group("who"), m.group("who"), "", name, role)
    ):
        return None
    return Cue(name, role, "speech", False, m.start(), m.group("verb"))


def _names_no_one(how: str, m: re.Match[str]) -> bool:
    """A request whose words name what is done, or several parts not all someone."""
    if how == "act_first" and m.string.startswith("，来自", m.end()):
        return True  # 第四位发言的是最美家庭代表，来自…的杭素琴同志: the one named after, in order
    if how == "act_first" and m.group("who")[:1] in '“"《「『':
        return True  # 首先揭晓的是“年度最佳新人”: what is announced, no one who acts
    if how == "act_first" and _A_THING.search(m.group("who")):
        return True  # 首先签约的是年产2万吨预制菜加工项目: what is signed, no one who acts
    pair = m.group("who").split("，") if how == "ask_pair" else []
    # 请副市长危志明，县委书记朱立成上台揭牌: each part names someone (…，请… asks again)
    return bool(pair) and not all(_named(p) and not p.startswith("请") for p in pair)


_BY_PRONOUN = re.compile(
    r"请(?P<who>[^，。；！？请]{2,24}?)(?:同志|先生|女士|同学|老师)[^，。；！？]{0,12}?[，；]\s*+"
    r"(?:再|然后)?请(?:他|她)(?P<rest>[^。；！？]{2,30})"
)


def _asked_by_pronoun(norm: str) -> Cue | None:
    """请覃春生同志回到会场，请他作表态发言。: the one named before, asked again as 他 / 她."""
    m = _BY_PRONOUN.search(norm)
    if m is None:
        return None
    cue = find_cue("请" + m.group("who") + "同志" + m.group("rest"))
    if cue is None or cue.name is None:
        return None
    return Cue(cue.name, cue.role, cue.kind, False, m.start(), cue.verb)


_SIGNERS_UP = re.compile(
    r"请(?P<who>[^，。；！？请]{0,10}?签约[^，。；！？请]{0,6}?代表)上台[，；]\s*+"
    r"(?:有)?请[^。！？]{2,60}?上台见证"
)


def _signers_up(norm: str) -> Cue | None:
    """请签约双方代表上台，有请…上台见证: the signers asked up, the leaders to witness: the
    signing is the signers' act (the witnesses' is none)."""
    m = _SIGNERS_UP.search(norm)
    if m is None:
        return None
    return Cue(None, m.group("who"), "action", False, m.start(), "签约")


def _no_one_acts(norm: str) -> bool:
    """请两位领导将手放在启动球上，…启动！ (the gesture of the act asked before) / 有请…汪洋为我们
    带来歌曲《追光者》 (a performance) / …负责同志到会听取意见 (sent to the groups): a request,
    and no one's turn."""
    gesture = _GESTURE.match(norm)
    return (
        bool(gesture and not _named(gesture.group("who")))
        or bool(_PERFORMS.match(norm))
        or bool(_SENT_TO_LISTEN.search(norm))
        or bool(_ALL_RAISE_GLASSES.search(norm))
        or bool(_ALL_STAND_TO_SWEAR.search(norm))
    )


_ALL_RAISE_GLASSES = re.compile(
    r"请[^。！？请]{0,12}?(?:全体|各位)[^。！？请]{0,12}?上台[，]\s*+共同举杯"
)
"""有请公司全体高管上台，共同举杯，为大家送上新春祝福: a toast by all of them, no one's turn (the
one who leads it, 请董事长…带领大家共同举杯, acts; one called up to lead it with a wish,
有请…董事长上台…举杯…祝福, speaks: see the "toast" pattern)."""


_ALL_STAND_TO_SWEAR = re.compile(
    r"^(?:[^。；！？请]{0,16}?[，])?请全体[^，。；！？请]{0,8}?起立[，]\s*+(?:一起|共同)?"
    r"(?:重温|宣誓|诵读)[^，。；！？]{0,12}?(?:誓言|誓词)[。！]?\s*+$"
)
"""请全体护士起立，重温南丁格尔誓言: the room repeating its oath, no one's turn (the one who leads
it, 请…领誓, acts)."""


_SENT_TO_LISTEN = re.compile(
    r"请[^，。；！？请]{0,30}?(?:负责同志|负责人|同志)(?:分别)?(?:到|参加)"
    r"(?:会|各组|各小组|小组|分组|各代表团)[^，。；！？]{0,6}?听取(?:意见|审议意见|大家的意见)"
)
"""审议时请政府有关部门负责同志到会听取意见、回答询问 / …分别到各组听取意见: the departments sent to
sit in on the groups' review, no one's turn at the meeting."""


_PERFORMS = re.compile(
    r"^[^。！？]{0,12}?(?:请|有请)[^。！？请]{1,30}?(?:为|给)(?:我们|大家|各位)(?:带来|表演|演唱|演奏|献上)"
    r"[^。！？]{0,6}?(?:歌曲|舞蹈|节目|表演|演唱|独唱|合唱|朗诵|小品|相声|乐曲|歌舞|《)"
)
"""有请…汪洋为我们带来歌曲《追光者》: a performance, which the script stages and no one chairs."""
_GESTURE = re.compile(
    r"^[^，。；！？]{0,6}?请(?P<who>[^，。；！？请]{1,12}?)(?:共同)?[将把]手(?:掌)?(?:放|按|搭)(?:在|到|上)"
)
"""(请两位领导)将手放在启动球上: how those just asked do their act, no one's turn again (请林主任、
欧阳董事长共同将手按在启动球上 names them: their act)."""


def _who_asked(m: re.Match[str], verb: str) -> str:
    """The words for the person asked, without the lead-in, the escort or the one entrusted."""
    who = _ESCORTED.sub("", _LEAD.sub("", m.group("who").strip(" ，、：")))
    who = _ENTRUSTED.sub("", who)
    to = who.find("向", 2)
    if to > 0 and verb and _ACTION_RE.fullmatch(verb) and _named(who[:to]):
        who = who[:to]  # 请闵卫华部长向志愿服务总队授旗: to whom, not who
    invited = re.match(r"[到来]了|到", who)
    if invited and _named(who[invited.end() :]):
        who = who[invited.end() :]  # 有幸请到(了)…教授莫晓东: invited here, no part of the post
    return who


_FOR_ALL = re.compile(r"为(?:大家|我们|全体|各位|与会|同学们|主|副|首|第)")
"""为大家 / 为同学们: done for everyone (为 after a name, not a name's own 为)."""


def _trimmed(who: str, verb: str, rest: str) -> tuple[str, str, bool]:
    """(who, rest, at a desk): the person without for whom, where or on what paper they act."""
    at = who.find("为", 2)
    if at > 0 and not verb and not _FOR_ALL.match(who, at):
        who, rest = who[:at], who[at:] + rest  # 有请沈路遥院长为毕业生代表拨穗正冠: done for them
    elif at > 0 and verb and _FOR_ALL.match(who, at) and _named(who[:at]):
        who, rest = who[:at], who[at:] + rest  # 请…书记宋美玲为同学们颁发…: done for them all
    desk = _PAPERWORK.search(who) if verb in ("签字", "签名") else None
    if desk and desk.start() > 0:  # 请张明局长在承诺书上签字: who signs, then where
        who = who[: desk.start()]
    where = _AT_WHERE.search(who) if verb and not desk else None
    if where and where.start() > 1:  # 请李主任在学习会上讲话: who speaks, then where or when
        who = who[: where.start()]
    return who, rest, desk is not None


def _the_one_asked(who: str, head: str) -> tuple[str, str, str | None]:
    """(head, named part, kind as role): the person's own words, without for whom they speak
    or what they are known by."""
    named_part = head
    speaks_for = _SPEAKS_FOR.search(head)
    if (
        speaks_for
        and (_named(head[: speaks_for.start()]) or _honoured_name(head[: speaks_for.start()]))
        and not _a_name_not_a_sector(  # (毕业生代表詹梓涵 / 致富带头人代表才旦: who it is)
            speaks_for.group()[2:], _KIND_OF_PERSON.search(head[: speaks_for.start()]) is not None
        )
    ):
        head = named_part = head[: speaks_for.start()]  # …杜鹃代表农业界(作…发言): for whom
    if (len(head) == 1 or _NEWCOMERS.match(head)) and _KIND_OF_PERSON.search(who):
        head = named_part = who  # 请老同志代表发言: 老 is no one's name, the kind of person is
    of_kind = None
    if "的" in head and _NOT_A_PERSON.search(head.split("的")[0]) is None:
        kept = head.rsplit("的", 1)[1]
        if kept == "代表":
            of_kind = head  # 受表彰的代表: those honoured, as a kind (the role said whole)
        head = kept or head  # 分管教学的王秀兰副校长 / 沈心怡同学的家长沈卫东
    return head, named_part, of_kind


def _unnamed_turn(m: re.Match[str], who: str, head: str, kind: CueKind) -> Cue | None:
    """A turn for several people named together, or for a name left blank."""
    verb = m.group("verb") or ""
    joint = _joint(who) if kind == "speech" else ()
    if joint:
        return Cue(None, None, kind, True, m.start(), verb, joint)  # 请张三同志、李四同志发言
    if not head and (m.group("who").isspace() or PLACEHOLDER.search(m.group("who"))):
        return Cue(None, None, kind, False, m.start(), verb)  # 请    同志发言: a blank to fill in
    if not head and m.group("who").strip() == "同志":
        return Cue(None, None, kind, False, m.start(), verb)  # 请同志发言: the name left out
    return None


def _no_ones_turn(
    how: str, m: re.Match[str], who: str, head: str, named_part: str, rest: str
) -> bool:
    """A request that is the staff's logistics, one's own paperwork or badge, or a person
    named further on."""
    verb = m.group("verb") or ""
    if verb == "佩戴" and "为" not in m.string[m.start("who") : m.start("verb")] + rest[:1]:
        return True  # 请委员们佩戴委员证: wearing one's own badge, no one's step
    if STAFF.match(head) and verb != "宣读" and not _surname_and_given(split_name(head)[0] or ""):
        return True  # 请工作人员发放测评表 / 公布表决结果: the staff's logistics, no turn
    paperwork = who.startswith("在") and _PAPERWORK.search(who)  # 离开时请在签到表上签字
    if not head or paperwork or _NOT_A_PERSON.search(head) or head in ("先", "再", "务必", "一定"):
        return True  # 提问前请先通报… / 请在签到表上签字: an adverb, paperwork, nobody
    return bool(
        not verb
        and "的" in named_part
        and not _SPEECH_RE.search(rest.split("，请")[0])
        and not (how == "invite" and _names_someone(head) and len(head) <= 8)
    )  # 有请…的…: a speech further on, or a person named, makes it a turn


_BLANK_NAMED = re.compile(r"\S\s{2,}(?:同志|先生|女士)$")
"""监票人      同志: a run of spaces for the name, before the honorific."""


def _scrutineer_named(name: str | None, text: str) -> bool:
    """请总监票人柯建华检查票箱 / …次旺同志检查票箱: a scrutineer named (not 当众, 台前, 先)."""
    if not name:
        return False
    return has_surname(name) or "·" in name or f"{name}同志" in text or f"{name}委员" in text


@dataclass(frozen=True)
class _Asked:
    """What one request says of the person asked, once trimmed."""

    who: str
    head: str
    of_kind: str | None
    kind: CueKind
    rest: str
    desk: bool


def _named_turn(how: str, m: re.Match[str], asked: _Asked) -> Cue | None:
    """The turn of the person the request names: one person, the first of several who act
    together, or a group."""
    who, head, kind, rest, desk = asked.who, asked.head, asked.kind, asked.rest, asked.desk
    verb = m.group("verb") or ""
    name, role = split_name(head)
    if verb == "检查" and not (
        _scrutineer_named(name, m.string) or PLACEHOLDER.search(head) or _BLANK_NAMED.search(who)
    ):
        return None  # 请监票人当众检查票箱: the ballot's handling, no one named for it (a name
        # left to fill in, 请总监票人XX同志检查票箱 / 请监票人      同志检查票箱, names one)
    if name and role in ("候选人", "领誓人", "监誓人"):
        role = None  # 请候选人甘秀英 / 请领誓人次仁卓玛同志领誓: the part one plays today, no post
    if how == "invited" and m.group().startswith("请来了") and not _named(head):
        return None  # 请来了省里和县里的专家，给大家讲讲…: who will teach, told ahead, unnamed
    listed = _people(head) if kind == "action" and re.search(r"[、和]", head) else ()
    if listed and listed[0][0]:  # 请州人社局普丽华副局长、县委常委杨国栋副县长为…颁奖: the first
        name, role = listed[0]
    if how == "ask_then" and not (name and _surname_len(name)):
        return None  # 请各位家长，给孩子们讲一讲: the room, not one person asked and then told what
    if desk and not name:
        return None  # 请新党员在承诺书上签字: the room's paperwork, no one's step
    if _is_group(who, head, rest, name, role):
        if desk or _PAPERWORK.search(who) or _LIMIT_ASKED.match(rest):
            return None  # 请全体同志发言控制在5分钟以内: how long each may speak, no turn
        people = _people(head if _IN_TURN.search(who + rest) else "")
        if kind == "action" and people and people[0][0]:
            name, role = people[0]  # 请谭立群书记、邓建新副主任…依次上前献花: one act, the first
            return Cue(name, role, kind, False, m.start(), verb)
        return Cue(None, None, kind, True, m.start(), verb, people)  # 请学校领导和团委老师为…
    if re.search(r"负责(?:同志|人)?$", head) and "、" not in head:
        office = re.search(r"负责(?:同志|人)?", who)
        role = who[: office.end()].strip(" ，、：") if office else head
        return Cue(None, role, kind, False, m.start(), verb)  # 请大会秘书处负责同志说明
    if PLACEHOLDER.search(m.group("who")) and name == head:
        name, role = None, role or head  # 请上级党组织指导同志**讲话: the office, to fill in
    if asked.of_kind and not name and not role:
        role = asked.of_kind
    return Cue(name, role, kind, False, m.start(), verb)


_TELLS_WHO = re.compile(r"[^，。；！？]{0,12}?的(?:全体|所有|各位)")
"""请新党员和重温入党誓词的全体党员…站立: after the verb, 的全体…: the verb only says who is
asked (those renewing the oath), it is no act asked of them."""


def _asked_for_no_turn(who: str, verb: str, rest: str) -> bool:
    """A request with a person and a verb that still gives nobody the floor: the roll, the
    room's voting keys, what not to do, what is for after the meeting, the chair's own, a verb
    that only says when."""
    roll = re.match(r"(?:一下)?(?:参会|到会|出席|签到|实到)(?:情况|人数)", rest)
    return bool(
        # 请各分会场报告参会情况: the roll, not a report (the 监票人's count is a step)
        (verb in ("报告", "汇报") and roll and not re.search(r"[监计]票人", who))
        # 请常委会组成人员对报告进行审议: the report is what they review, not their act
        or (verb == "报告" and "组成人员" in who and rest.startswith(("进行审议", "审议")))
        # 请代表们按下表决器上的“出席”键: the room votes or checks in
        or (verb == "按下" and "表决器" in rest)
        # 请不要在表上做任何标记: a thing not to do
        or re.match(r"(?:不要|不得|不准|不能|不必|切勿|勿|别)", who)
        # 请各部门负责人会后马上传达 / 请各组长晚上组织… / 由我领誓 / …（主持人本人）: later, or
        # the chair's own
        or re.search(
            r"会后|课后|晚上|明天|明日|下周|回去(?:以)?后|回去(?=[跟给向和对把])"
            r"|回到[^，。；！？]{1,8}?(?:以)?后",
            who,
        )
        is not None  # (请各位代表回去跟农户讲清楚: a task back home)
        # 报道稿件请于今晚发布前送…审核: when, not who; …剩余1分钟时，请抓紧结束发言: how
        or re.match(r"[于在](?:今|明|当|本周|下周|[0-9一二三四五六七八九十])", who)
        or re.match(r"(?:抓紧|尽快|及时|准时|按时|务必|严格|自觉)", who)
        # 请家长们在孩子的“目标卡”上写下寄语: paperwork, not a word to the room
        or re.search(r"上(?:写下|写上|签下|写)$|(?:填写|写下|写上)$", who) is not None
        # 请各支部书记在述职时对照…查摆: what to do while they report, told ahead
        or (who.endswith("在") and rest.startswith(("时", "中", "过程中")))
        # 请新党员和重温入党誓词的全体党员…站立: the verb tells who stand, the room asked
        or _TELLS_WHO.match(rest)
        # 请各单位迅速传达，抓好落实: the word passed on after the meeting, by every unit
        or (
            verb == "传达"
            and re.match(r"各[^，。；！？]{1,8}?(?:迅速|及时|尽快|抓紧|立即|马上)$", who)
        )
        or re.fullmatch(r"\s*+(?:我|我们|本人)\s*+", who)
        or CHAIR_SELF.match(rest)
        # 由大会秘书处汇总后转财务处答复: paperwork passed on, nobody's turn now
        or re.search(r"汇总|整理后|收集后", who)
        # 请总监票人、监票人开启票箱，清点选票: the count's own business
        or (verb in ("开启", "打开") and rest.startswith("票箱"))
        # …书面表态 / 由中心每周通报 / 请相关部门在闭幕前予以答复: in writing, routinely, later
        or re.search(r"书面$|每(?:周|月|天|日|季度?|年)|在[^，。；！？]{1,10}?[前后]", who)
        # 请各代表团在审议政府工作报告时一并审查: done with another task, later, no turn now
        or re.search(
            r"在[^，。；！？]{2,16}?时(?:一并)?$|^各[^，。；！？在]{0,8}在(?:审议|讨论|审查)", who
        )
        # 请各乡镇对照通报中的…计划，认真抓好落实: the verb names what to follow, no turn
        or re.search(r"(?:对照|根据|按照|依照|结合|围绕|落实)$", who)
        # 请下一位发言代表提前到前排候场: the next one gets ready, nobody speaks yet
        or (who.startswith("下一位") and re.search(r"候场|准备|就位|等候", rest))
        # 请…戴明发言做准备: the one after gets ready, not his turn yet
        or re.match(r"[^，。；！？]{0,4}?(?:做|作)(?:好)?准备", rest)
        # 测评表请在所有述职结束后统一填写: the verb says when
        or (
            who.startswith("在")
            and re.match(r"(?:全部|都)?(?:结束|完毕|完成|完)?(?:之|以)?[后前]", rest)
        )
    )


def _no_turn_invited(who: str, verb: str, rest: str, said: str) -> bool:
    """有请 / 掌声欢迎 that invites nobody to a turn: people coming up, a performance, guests
    welcomed."""
    if not verb and _COMES_UP_OR_RECEIVES.search(who + rest) and not _VERB_RE.search(rest):
        return True  # 掌声有请获奖员工上台 / 有请学校校长…接受捐赠: they come up or receive
    if re.search(r"带来|表演|演唱|朗诵", who + rest) and not (
        re.search(r"带来[^，。；！？]{0,6}?(?:演讲|报告|分享|题目|主题)", rest)
    ):
        return True  # 有请市场部带来开场舞: a performance
    # 以热烈的掌声欢迎各位领导和来宾: a welcome, nobody's turn
    return not verb and said.startswith("掌声欢迎") and _GROUP.search(who) is not None


_LIMIT_ASKED = re.compile(
    r"\s*+(?:的)?(?:时间)?(?:要|应|请|均|一律|都|尽量)?"
    r"(?:控制|不超过|不得超过|不要超过|限时|限定|限制|最多)"
)
"""What follows a group's verb when the sentence asks how long each speaks (发言控制在…)."""


_NEWCOMERS = re.compile(r"^新近?(?:录用|入职|招录|招聘|提拔|提任|任职|入党|入团|转正|分配)")
"""新录用(同志) / 新入职(员工): the newcomers as a body (新 is also a surname)."""


def _is_group(who: str, head: str, rest: str, name: str | None, role: str | None) -> bool:
    """Whether the cue is several people's turn: kinds of people (各位…, 委员和企业代表,
    老同志们), people taking turns (依次, 分别) or offices joined without a name."""
    said = who.strip()
    honoured = name is not None and said.startswith(name)
    honoured = honoured and _HONOURED.match(said, len(name or "")) is not None
    honoured = honoured and _surname_and_given(name or "") and not _GROUP.search(head)
    named = name is not None and (name != head or honoured) and _surname_len(name) > 0
    # (获奖团队代表、组长邓超然; 罗佳同志…逐一点评: one person named)
    if _NEWCOMERS.match(head) and "代表" not in who:
        return True  # 请新录用同志…: those newly taken on, no one named
    if PLACEHOLDER.search(head[-3:]) and is_post(PLACEHOLDER.sub("", head).strip()):
        return False  # 受表彰代表、区人民医院护理部主任***: one person, the name to fill in
    return bool(
        (_GROUP.search(head) and not named)
        or (name is None and _BODIES.fullmatch(head) is not None)  # 请涟水县、桃源区作表态发言
        or _COUNTED.search(head)
        or ("的" in who and _COUNTED.match(who) is not None)  # 请三家县级中医院的院长分享
        # 请拟任职人员作拟任职发言: a kind of people, no one named (the staff are no group)
        or (head.endswith("人员") and not STAFF.search(head) and not _surname_and_given(name or ""))
        or (
            (_IN_TURN.search(who + rest) or "自由" in (who + rest).replace("自由职业", ""))
            and not _one_person(head, named)
        )
        or (name is None and "、" in (role or "") and re.search(r"[和及与]", head))
        or (name is None and _KINDS_TOGETHER.search(head))
        or re.search(r"(?:同志|同学|老师|代表|委员|朋友)们$", re.split(r"[为向给]", who.strip())[0])
        or re.search(r"、[^、]{1,20}负责(?:同志|人)?$", head)
    )


OATH_TAKER = re.compile(r"上台，面向(?:国旗|党旗|团旗|警旗|队旗)")
"""请新当选的副镇长樊静同志上台，面向国旗，…举起右拳: the one sworn in, the oath's step."""


def _oath_taker(m: re.Match[str]) -> Cue | None:
    """The named person called up to take the oath (no name, 请宣誓人上台, is a direction)."""
    head = _LEAD.sub("", _head(m.group("who").strip(" ，、：")))
    parts = re.split(r"[、，和]", head.rsplit("的", 1)[-1])
    # 局长、党组书记何晓东: the offices up to the name; 吴丽和周海: the first one named
    named = next((k for k, part in enumerate(parts) if _names_someone(part)), 0)
    head = "、".join(parts[: named + 1])
    name, role = split_name(head)
    named_alone = name == head and _surname_and_given(head)  # 请焦立伟同志上台，面向国旗…
    if not (_names_someone(head) or named_alone) or name is None or head.endswith(("人员", "们")):
        return None  # 请宣誓人员上台，面向国旗: those who swear behind the one leading, no step
    return Cue(name, role if role != name else None, "action", False, m.start(), "宣誓")


def _one_person(head: str, named: bool) -> bool:
    """请书记鲁建平同志逐一进行点评: one named person doing something to each, not a group."""
    return named and not re.search(r"[、，和及与]", head) and not _GROUP.search(head)


_HONOURS = r"(?:同志|老先生|老专家|老同学|老人家|(?<=..)老人|先生|女士|小姐|同学|小朋友|师傅|校友|法师|阿訇|学长|学姐)"
"""Words after a name that honour it (王小明同学, 卢颖诗小姐), no post: one list for every rule."""
_HONOURS_OR_TEACHER = r"(?:同志|先生|女士|小姐|同学|小朋友|师傅|老师)"
_HONOURED = re.compile(_HONOURS)


_ONE_OFFICE_JOINED = re.compile(
    r"(?:^|(?<=[省市县区州]))[^、，和与及·]{2,4}(?<![局委厅部办室会心])(?P<join>[和与及])"
    r"[^、，和与及]{1,10}?(?:委员会|工作委员会|委|局|厅|部|办公室|中心|协会|学会)"
    r"|(?:工业|住房|人力资源|文化|发展|自然资源|经济|教育|农业|监察)(?P<join2>和)"
    r"(?:信息化|城乡建设|社会保障|旅游|改革|规划|体育|农村|司法)"
)
"""农业和农村委员会 / 教育和体育局 / 湖南省工业和信息化厅: two words joined into the name of one
office (at the start, after a place, or one of the joined names offices commonly have)."""


def _parts(who: str) -> list[str]:
    """The people joined in `who` (、，和及与), but not the words joined inside one office's
    name (…工业和信息化厅厅长熊卫东、…副厅长黎春华: two people)."""
    inside = {
        m.start("join") if m.group("join") else m.start("join2")
        for m in _ONE_OFFICE_JOINED.finditer(who)
    }
    parts, start = [], 0
    for m in re.finditer(r"[、，和及与]", who):
        if m.start() not in inside:
            parts.append(who[start : m.start()])
            start = m.end()
    parts.append(who[start:])
    return [p for p in parts if p.strip()]


def _people(who: str) -> tuple[tuple[str | None, str | None], ...]:
    """The people a group cue names one by one (局长宣海涛和局长贾文斌), when each part of it
    names someone; else none. A count after the names (张三、李四两位同志) counts them."""
    who = re.sub(r"[两二三四五六七八九十]位(?=" + _HONOURS_OR_TEACHER + r"?$)", "", who.strip())
    parts = _parts(who)  # (农业和农村委员会主任石国梁: one committee's name, one person)
    found = [split_name(p) for p in parts]
    apart = not re.search(r"[和与及]", _ONE_OFFICE_JOINED.sub("", who))  # (监察和司法委员会)
    if len(parts) < 2 or not all(
        _named(p) or _full_name(p) or apart and _post_then_name(p) for p in parts
    ):
        return ()
    return tuple((name or "", role) for name, role in found)


def _post_then_name(part: str) -> bool:
    """综合艺术分队队长木文华: an office, then a name of two or three characters at the end,
    though its surname is not among those listed."""
    part = re.sub(_HONOURS_OR_TEACHER + "$", "", part.strip())
    name, role = split_name(part)
    if not name or not role or not part.endswith(name) or not part.startswith(role):
        return False  # (退休教师: a kind of work, no name after it)
    post = _POST.search(role)
    return (
        2 <= len(name) <= 3
        and post is not None
        and len(post.group()) >= 2  # (…监护室总带教: 总 alone is no office before a name)
        and not set(name) & (_NOT_IN_LONG | _ORG_END | _NOT_GIVEN)
        and not _A_KIND_OF_STUDENT.fullmatch(name)
    )


def _first_with_post(who: str) -> tuple[str, str | None] | None:
    """(name, post) of the one named with a post first among those joined by 和 / 同 / 与
    (…主任邱海燕和两名新党员代表, 库主任贺建新同各部门负责人), else None."""
    for part in re.split(r"和|同|与|及", who):
        if _named(part):
            name, role = split_name(part)
            return name or "", role
    return None


def _full_name(part: str) -> bool:
    """A name alone, after its honorific is dropped (张三、李四同志依次发言); a post that starts
    with a surname (董事长, 常务副…) is none."""
    part = re.sub(_HONOURS_OR_TEACHER + "$", "", part.strip())
    return _surname_and_given(part) and not is_post(part) and split_name(part)[0] is not None


_JOINT_APART = re.compile(
    r"(?:(?<=同志|同学|先生|女士|小姐|老师)|(?<=小朋友))(?:[、，]|以及|和|及|与)"
)


_PLACES_ONE_POST = re.compile(
    r"(?P<places>(?:[\u4e00-\u9fff]{1,6}?(?:村|社区|镇|乡|街道)、)+)"
    r"(?P<last>[\u4e00-\u9fff]{1,6}?(?:村|社区|镇|乡|街道))"
    r"(?P<post>(?:党支部|党总支|党委|党工委|村委会|居委会)?(?:书记|主任))"
)


def _one_post_each(who: str) -> tuple[tuple[str | None, str | None], ...]:
    """请柳塘村、新寨村、龙湾村党支部书记依次述职: places listed before the post they share, a
    turn for each place's holder, the names not given."""
    m = _PLACES_ONE_POST.fullmatch(who.strip())
    if m is None:
        return ()
    return tuple((None, m.group("post")) for _ in range(m.group("places").count("、") + 1))


_BLANK_END = re.compile(r"(?:[*×✕╳○□_＿…]{2,}|[Xx]{2,}|\s{2,})(?:同志|先生|女士)?$")
"""…______ / …××同志: a name left to fill in, at the end of one of those listed."""


def _joint(who: str) -> tuple[tuple[str | None, str | None], ...]:
    """请四（2）班丁一凡同学和五（1）班林可馨同学分享 / 请××同志、××同志发言: several people
    invited together to speak take a turn each (people acting together, 揭牌 or 颁奖, are one
    step: the caller asks only for speeches). A blank is a name to fill in."""
    cut = next((m for m in _NAME_CUT.finditer(who) if not _HONOURED.match(m.group())), None)
    who = who[: cut.start()] if cut else who
    each = _one_post_each(who)
    if each:
        return each
    parts = [p.strip(" ，、") for p in _JOINT_APART.split(who)]
    parts = parts[:-1] if len(parts) > 1 and not parts[-1] else parts
    posted = [p.strip() for p in re.split(r"、|和(?=[^、和]{2,20}$)", who)]
    if (
        len(parts) < 2
        and len(posted) >= 2
        and all(_named(p) or _BLANK_END.search(p) for p in posted)
    ):
        parts = posted  # 请市水务局局长邵志刚、市自来水有限公司总经理江雪峰作回应: each a turn
        # (请入党介绍人______、______同志介绍…: two names to fill in, two turns)
    if len(parts) < 2 or not all(parts):
        return _people(who) if re.search(r"[、和与及]", who) else ()
    out: list[tuple[str | None, str | None]] = []
    for part in parts:
        head = _head(part)
        if PLACEHOLDER.search(part) and not _names_someone(head):
            role = split_name(head)[1] if PLACEHOLDER.sub("", head).strip() else None
            out.append((None, role))  # 入党介绍人……同志: an office, the name to fill in
            continue
        name, role = split_name(head)
        dotted = name is not None and _DOTTED.search(name) is not None  # 艾合买提·依明: any length
        honoured = (  # 乌兰同志: no known surname needed (各支部同志 is no one's name)
            name is not None
            and part.endswith(name + "同志")
            and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name) is not None
            and name[-1] not in _ORG_END
            and not set(name) & (_NOT_IN_GIVEN | _NOT_IN_LONG)
            and not name.startswith(("各", "全", "其他", "其余", "有关", "部分"))
            and not is_post(name)
        )
        if not name or _surname_len(name) == 0 and not (dotted or honoured):
            return ()
        if len(name) > 4 and not dotted:
            return ()
        out.append((name, role))
    return tuple(out)


def _head(who: str) -> str:
    """The words that name the person: up to the first cut (同志, 作, 为…); when that cut is
    a character that also falls inside an organisation's name (市见义勇为基金会秘书长乔丽) and
    leaves no name, up to the next cut that leaves an office and a name."""
    cuts = [m.start() for m in _NAME_CUT.finditer(who)][:4]
    held = who.find("把", 2)
    if held > 0 and (not cuts or held < cuts[0]) and _post_and_name(who[:held].strip(" ，、：")):
        cuts = [held]  # 请村报账员占秀芳把…情况说一说: the one named, then what they tell
    first = (who[: cuts[0]] if cuts else who).strip(" ，、：")
    before = split_name(first[:-1])[0] or "" if first.endswith(("先", "再")) else ""
    if len(before) == 3 and _surname_and_given(before):
        first = first[:-1]  # 请县市场监管局局长吴彩霞先回应: 先 says when (王永先 is a name)
    listed = who.rfind("、")
    unnamed = cuts and not _surname_and_given(split_name(first)[0] or "")
    if unnamed and listed > cuts[0]:  # 得奖同学代表、…学生罗嘉欣同学 / 脱贫致富带头人、…余阿英
        later = [m.start() for m in _NAME_CUT.finditer(who, listed)]
        whole = who[: later[0] if later else len(who)].strip(" ，、：")
        if _surname_and_given(split_name(whole)[0] or ""):
            return whole
    polite = _SURNAME_POLITE.match(who[: cuts[0] + 2]) if cuts else None
    if polite and split_name(polite.group())[0] == polite.group("s") + polite.group("p"):
        return polite.group().strip(" ，、：")  # 请家长代表王先生发言
    if not cuts or who[cuts[0]] not in "为与来":
        return first
    if _HONOURED.match(who, cuts[0] + 1) and _named(who[: cuts[0] + 1]):
        return who[: cuts[0] + 1].strip(" ，、：")  # 村民蒋春来同志: the name ends in 来
    if _named(first):
        return first
    for at in [*cuts[1:], len(who)]:
        head = who[:at].strip(" ，、：")
        of = head.rsplit("的", 1)[-1] if "的" in head else ""
        of_named = not _a_kind_or_post(of) and not _A_KIND_OF_STUDENT.fullmatch(of)
        if of_named and (_surname_and_given(of) or len(of) == 4 and _a_name_alone(of)):
            return head  # 物理与电子学院的卓玛央金: the one named after 的
        if _named(head) or _names_someone(head):
            return head  # 计算机科学与技术学院博士研究生简欣然: 与 inside the school's name
    return first


def names_a_person(name: str) -> bool:
    """Whether a name split from the words before it can be a person's: four characters at
    most (or a name in the dotted form) and no act in it (王书记, 欧阳明; not 颁奖 split from
    …的第一批老师颁奖)."""
    dotted = "·" in name and _DOTTED.fullmatch(name) is not None  # 阿依努尔·哈森
    return (len(name) <= 4 or dotted) and _VERB_RE.search(name) is None


def _names_someone(head: str) -> bool:
    name = split_name(head)[0]
    return bool(name) and name != head and _surname_len(name or "") > 0 and len(name or "") <= 4


def _post_and_name(head: str) -> bool:
    """村报账员占秀芳: a post, then a name of two or three characters (a rarer surname too)."""
    name, role = split_name(head)
    return _named(head) or bool(name and role and 2 <= len(name) <= 3 and is_post(role))


def _named(head: str) -> bool:
    """Whether `head` names a person after an office (秘书长乔丽, 司长宋西·占塔冯)."""
    name, role = split_name(head)
    dotted = bool(name) and _DOTTED.fullmatch(name or "") is not None
    return bool(name and role) and (dotted or _surname_len(name or "") > 0 and len(name or "") <= 4)


_KINDS_TOGETHER = re.compile(
    r"[和及与、][^和及与、]{1,8}(?:代表|委员|同志|人员|们)(?:协商|交流|表态|集体|自由)?$"
)
"""委员和企业代表(协商发言): kinds of people taking turns together, a group, no one name."""


def _kin_named(after: str) -> bool:
    """…的家长沈卫东: the parent's name follows (…的妈妈和大家 names nobody)."""
    name = split_name(_head(after))[0] if after else None
    return bool(name) and _surname_len(name or "") > 0 and not re.match(r"[和与及]", after)


_CHILD = r"(?:同学|同志|学生|孩子|[\u4e00-\u9fff]{2,3})(?:的(?:妈妈|爸爸|母亲|父亲|家长|爷爷|奶奶|外公|外婆|爱人|妻子|丈夫|女儿|儿子)|之(?:子|女|孙女|孙|妻|夫))"
_KIN = re.compile(_CHILD + r"(?P<after>.*)")
UNNAMED_KIN = re.compile(_CHILD + r"$")
"""先请马一诺同学的妈妈，她是…: a parent named by the child only, a turn with no name."""
"""八（3）班宋雨桐同学的妈妈: a parent the script does not name (…的家长沈卫东 names one)."""
_HOSTED = re.compile(r"(?:主办|承办|协办|举办|指导)的")
STAFF = re.compile(r"(?:工作|礼仪|服务)人员")
"""The meeting's staff: they read a list aloud (宣读, an action), else run logistics."""
_PAPERWORK = re.compile(r"在[^，。；！？]{1,12}上$")
_AT_WHERE = re.compile(r"在[^，。；！？在]{1,12}?(?:会上|上|中|时)(?=(?:作|做)?$)")
"""请各位代表在会议记录上签字: paperwork by the room, not a step of the meeting."""


_IN_TURN = re.compile(r"依次|分别|逐一|轮流|先后|按(?:照)?顺序")
"""请A、B、C三位同志按顺序述职: each of those listed in turn."""


_LEADERS = re.compile(r"(?:[校院局市县区省镇乡村]|公司|集团|学校|医院)?领导(?!小组)")
"""请校领导上台，为毕业生颁发证书: the leaders as a body, acting together."""


_ROOM_WHO = (
    "who",
    "who2",
    "who3",
    "who4",
    "who5",
    "who6",
    "who7",
    "who8",
    "who9",
    "who10",
    "who11",
    "who12",
    "who13",
    "who14",
    "who15",
    "who16",
    "who17",
    "who18",
)
"""The groups of the room's patterns that say who is asked."""
_NOT_CALLED = re.compile(r"不(?:再)?(?:一一|逐一|逐个)?点名")


def _group_cue(norm: str) -> Cue | None:
    told = re.search(r"提请[^，。；！？]{0,6}?表决", norm)
    asked = r"[。！]\s*+[^。！？]*?有没有意见[？?]\s*+(?:没有[。！]?)?\s*+$"
    if told and not re.search(asked, norm[told.end() :]):
        return None  # …已经各代表团酝酿讨论，现在提请大会表决: the vote, no one's turn (a
        # question to the room after it, …提请本次会议表决。对这个草案，有没有意见？, still asks)
    bare = _BARE_GROUP.match(norm)
    if bare and _NOT_CALLED.search(norm):
        bare = None  # 其他党员按座次依次发言，就不再一一点名了: how the rest go on, told
    if bare and bare.group("verb") == "进行" and not _ASKED_ON.search(norm[: bare.start("who")]):
        bare = None  # 其余党员同志按座次依次进行: how the rest go on, told, no turn of its own
    m = (
        bare
        or _LISTED_GROUP.match(norm)
        or (_ROOM_SPEAKS.search(norm) and _ALL_SPEAK.search(norm))
        or _OTHERS_SPEAK.match(norm)
        or _OTHERS_FREE.search(norm)
        or (_ROOM_ASKED.search(norm) and _ROOM_ASKS.search(norm))
        or _ROOM_TIMED.search(norm)
    )
    found = m.groupdict() if m else {}
    who = next((found[g] for g in _ROOM_WHO if found.get(g)), "")
    said = norm[_sentence_of(norm, m.start())[0] : m.end() + 2] if m else ""
    if m and "书面" not in said and not _IN_GROUPS.search(who):  # (…已作了书面报告。…有什么意见？)
        people = _people(who)
        verb = (
            found.get("verb")
            or found.get("verb2")
            or found.get("verb4")
            or found.get("verb15")
            or "发言"
        )
        at = next(m.start(g) for g in _ROOM_WHO if found.get(g) is not None)
        return Cue(None, None, "speech", True, at, verb, people)
    for g in _REQUEST_WHO.finditer(norm):
        who = g.group("who")
        kind = who.split("的")[-1] if "的" in who[:16] else who  # 出席仪式的各位领导和嘉宾
        if not (_GROUP.search(kind) or _LEADERS.match(kind)) or re.search(r"大家|同志们", who):
            continue
        verb = _ACTION_AHEAD.match(norm, g.start("who"))
        if verb and _PAPERWORK.search(norm[g.start("who") : verb.start("verb")]):
            continue
        if verb and re.search(r"由(?:我|本人)$", norm[: verb.start("verb")]):
            continue  # 请全体党员起立，…，由我领誓: the chair leads, the room follows
        if verb and _TELLS_WHO.match(norm, verb.end("verb")):
            continue  # 请新党员和重温入党誓词的全体党员…站立: the verb tells who, none acts
        if verb and _REPEATS_AFTER.search(norm[g.start("who") : verb.start("verb")]):
            continue  # 请全体新警举起右拳，跟着领誓人一起宣誓: they repeat, the leader's is the step
        if (
            verb
            and verb.group("verb") == "佩戴"
            and "为" not in norm[g.start() : verb.start("verb")]
        ):
            continue  # 请委员们佩戴委员证: wearing one's own badge
        leader = _LEADS_THEM.match(who)
        name, role = split_name(leader.group("who")) if leader else (None, None)
        if verb and name and has_surname(name):  # 请邬小兰主任带领…同学们…宣读誓言: hers
            return Cue(name, role, "action", False, g.start(), verb.group("verb"))
        if verb:
            return Cue(None, None, "action", True, g.start(), verb.group("verb"))
    return None


_LEADS_THEM = re.compile(r"(?P<who>[^，。；！？]{2,16}?)(?:同志)?带领")


# --- names and roles ------------------------------------------------------------------------


def is_post(text: str) -> bool:
    return bool(text) and _POST.search(text) is not None


def has_surname(name: str) -> bool:
    """Whether `name` starts with a known surname or is in the dotted form: a name's shape."""
    return _surname_len(name) > 0 or _DOTTED.fullmatch(name) is not None


def is_surname(text: str) -> bool:
    """Whether `text` is a surname and nothing more (吴, 欧阳): how a host may be labelled."""
    return bool(text) and _surname_len(text) == len(text)


def _surname_len(text: str) -> int:
    """Length of the surname `text` starts with (2 for 欧阳), 0 if none."""
    if text[:2] in _COMPOUND_SURNAMES:
        return 2
    return 1 if text[:1] in _SURNAMES else 0


def _surname_and_given(name: str) -> bool:
    """A known surname and one or two more characters, all Chinese: a full name by its shape."""
    surname = _surname_len(name)
    return (
        surname > 0
        and 1 <= len(name) - surname <= 2
        and re.fullmatch(r"[\u4e00-\u9fff]+", name) is not None
        and name[-1] not in "病症"  # 艾滋病: a disease, though 艾 is a surname
    )


_AFTER_A_NAME = ("同志", "先生", "女士", "老师", "发言", "讲话", "致辞", *"，。、；：\n （(")
_ADDRESSED = ("同志", "先生", "女士", "老师")


def full_name(short: str, title: str, text: str) -> str | None:
    """钟经理 -> 钟国平 where the script names 分公司副经理钟国平 (or 吕建国校长, 裘伯钧老师)
    and no one else of that surname with that title: the person a surname and a title stand
    for, as a secretary writes them down; None when the script never gives the full name or
    gives two. (Read with `str.find`: a pattern made for each name would be kept among the
    parser's compiled patterns.)"""
    surname = short[: len(short) - len(title)]
    if not title or not short.endswith(title) or not is_surname(surname):
        return None
    found: set[str] = set()
    at = text.find(surname)
    while at >= 0:
        for given in (1, 2):
            end = at + len(surname) + given
            name = text[at:end]
            after_title = text[at - len(title) : at] == title and (
                end == len(text) or text.startswith(_AFTER_A_NAME, end)
            )
            addressed = text.startswith(_ADDRESSED, end)  # …博士生导师俞家明老师。 for 俞教授
            if text.startswith(title, end) or after_title or addressed:  # 吕建国校长 / 钟国平，
                found.add(name)
                break
        at = text.find(surname, at + 1)
    found = {n for n in found if _surname_and_given(n) and n[-1] not in _NOT_GIVEN}  # (施长河)
    return found.pop() if len(found) == 1 else None


def _tail_name(text: str) -> tuple[str, str] | None:
    """(rest, name) when `text` ends with a full name after a post or nothing (主任何丽萍).

    A name right after a post wins over one read with a longer surname (区长孙伟 is 孙伟
    after 区长, not 长孙伟 of 区)."""
    by_surname: tuple[str, str] | None = None
    for k in (3, 2, 4, 5, 6):
        if len(text) < k:
            continue
        name, rest = text[-k:], text[:-k]
        if is_post(name) or not re.fullmatch(r"[\u4e00-\u9fff]+", name):
            continue
        if k > 4 and (by_surname or _KIND_OF_PERSON.search(name) or set(name) & _NOT_IN_LONG):
            continue  # 书记阿不都热合曼 / 副苏木达宝音德力格尔: a long name only right after a post
        org = text.endswith("中心") or (
            name[-1] in _ORG_END and name[-1] not in "中心" and not _given_name_in_xing(name)
        )  # (卢振中; 范景行 a name, 城东支行 a bank)
        if org or name[-1] in _NOT_GIVEN or any(ch in _NOT_IN_GIVEN for ch in name[1:]):
            continue
        after_post = len(rest) > 1 and is_post(rest) and not is_post(rest + name[0])
        if (
            after_post
            and not is_post(text)
            and (k < 4 or by_surname is None or name[:2] in _COMPOUND_SURNAMES)
        ):
            # after a post the name needs no known surname (总经理阎秀英, 副县长贡保才让); a
            # compound one after it wins over a shorter read (博士生导师司马文博, not 马文博)
            return rest, name
        if (
            k == 4
            and rest.endswith("代表")
            and len(rest) > 2
            and not _surname_len(name)
            and not set(name) & _NOT_IN_LONG
            and not _NAME_CUT.search(name)  # (…的10个单位代表上台领奖: no one's name)
            and not _AN_ORGANISATION.search(name)  # (…负责人代表外包单位: for whom, no name)
            and name[-1] not in _ORG_END
            and split_name(rest[:-2])[0] is None
        ):
            return rest, name  # 高年级学生代表迪丽拜尔: a name after whom it stands for
        if k == 4 and rest.endswith("班") and _long_name_in_class(name):
            return rest, name  # 一（3）班达瓦次仁: a four-character name after the class
        if k >= 4 and _surname_len(name) != 2:
            continue
        if (
            by_surname is None
            and _surname_and_given(name)
            and not _A_KIND_OF_STUDENT.fullmatch(name)
            and (
                rest == ""
                or rest[-1] in _ORG_END
                or rest.endswith(("中学", "小学", "大学"))  # 县第一中学党钰
                or rest.endswith("专业")  # 智能制造专业郁凯: a student of a subject
                or _KIND_OF_PERSON.search(rest)
            )
        ):
            by_surname = rest, name
    return by_surname


def _long_name_in_class(name: str) -> bool:
    """达瓦次仁 / 阿依古丽 after a pupil's class: a name of four characters with no surname."""
    return (
        _surname_len(name) == 0
        and not set(name) & (_NOT_IN_LONG | _NOT_IN_GIVEN | _ORG_END)
        and not is_post(name)
        and not _KIND_OF_PERSON.search(name)
    )


def _role_of(parts: list[str]) -> str | None:
    """The role from the words before the name: offices kept, 代表 / a class / an org alone dropped."""
    kept = [
        p for p in parts if p and (_CHIEF.search(p) or not _KIND_OF_PERSON.search(p)) and is_post(p)
    ]
    whom_for = ("代表", "获得者", "获奖者")  # (终身荣誉奖获得者付德胜: the prize, said as who)
    if parts and parts[-1].endswith(whom_for) and len(parts[-1]) > 2 and parts[-1] not in kept:
        # 请新员工代表李想发言 / …经理、先进集体代表覃少华: whom the speaker stands for
        kept.append(parts[-1])
    return "、".join(kept) or None


def _person(segment: str) -> tuple[str | None, str | None] | None:
    """(name, post) of one 、-separated segment that names a person, else None."""
    found = _person_by_ends(segment)
    if found is None:
        name, post = segment[:3], segment[3:]  # 林文杰总干事 / 魏淑琴主任医师: a name, a post
        two_posts = is_post(post[:-2]) or _POST.fullmatch(post[1:]) is not None
        two_posts = two_posts and (post[0] in "总副首高主" or is_post(post[:2]))
        own = len(name) == 3 and name[-1] not in _ORG_END and not is_post(name)
        own = own and _WORK.search(name) is None  # (安全副总经理: the work, no name)
        if own and _surname_and_given(name) and 3 <= len(post) <= 6 and is_post(post) and two_posts:
            return name, post
    return found


def _person_by_ends(segment: str) -> tuple[str | None, str | None] | None:
    """`_person` read from the post at the segment's end and the name around it."""
    if _tail_name(segment):
        rest, name = _tail_name(segment)  # type: ignore[misc]
        return name, rest or None
    post = _POST.search(segment)
    if post and post.start() > 0 and _WORK.search(segment[: post.start()]) is None:
        head = segment[: post.start()]
        found = _tail_name(head) if len(post.group()) > 1 else None  # 医师 is no 医 + 师
        if found and post.group() == "老师":  # 年级教务员柴海燕老师: 老师 honours, as 先生
            return found[1], _role_of([found[0]])
        if found:  # 刘明书记 / 校长诸葛文华院士
            rest, title = found[0], post.group()
            if title in ("委员", "常委", "博士"):  # 请邱德明常委发言: a form of address
                return found[1], rest if is_post(rest) or rest.endswith("代表") else None
            if is_post(rest) and not rest.endswith(title):
                if title == "医生" or _KIND_OF_PERSON.search(title):  # 主任邢卫国医生: 医生 honours
                    return found[1], rest
                return found[1], f"{rest}、{title}"
            return found[1], rest if is_post(rest) else rest + title
        if head[-2:] in _COMPOUND_SURNAMES:  # 欧阳校长
            return head[-2:] + post.group(), (head[:-2] + post.group())
        long_name = (  # 扎西次仁主任 / 萨仁高娃委员: a four-character name needs no surname
            re.fullmatch(r"[\u4e00-\u9fff]{4}", head)
            and _surname_len(head) != 2  # (巴桑顿珠: 巴 is a surname, but no given name has three)
            and not set(head) & (_NOT_IN_LONG | _NOT_IN_GIVEN | _ORG_END | {"学"})
            and post.end() == len(segment)
            and not is_post(head)
            and not _KIND_OF_PERSON.search(head)
            and len(post.group()) > 1
        )
        if long_name:
            return head, None if post.group() == "委员" else post.group()
        if (
            re.fullmatch(r"[\u4e00-\u9fff]{2,3}", head)
            and not is_post(head)
            and not _SPEECH_RE.fullmatch(head)  # 授课老师 / 答辩秘书: what they do, no name
            and head[-1] not in _ORG_END
            and not any(ch in _NOT_IN_GIVEN for ch in head)
            and post.group() not in ("常委", "成员", "委员", "主委")
            and len(post.group()) > 1
            and not _IN_OFFICE.match(head)
            and (_surname_len(head) > 0 or not _PLACE_END.search(head))
        ):
            return head, post.group()  # 萧志远教授: a name right before a post
        sl = _surname_len(head[-1:]) if head else 0
        if sl and (len(head) == 1 or head[-2] in _ORG_END):  # 陈局长, 省委刘书记
            return head[-1] + post.group(), (head[:-1] + post.group())
    return None


_PLACE_END = re.compile(r"[湾港澳州江山河湖海岛]$")
"""台湾医师 / 香港律师: where the person is from before a post, not a name."""
_IN_OFFICE = re.compile(r"^(?:新任|现任|前任|原任|时任|首任|新当选|新)")
"""新任会长: when someone holds the post, not who (a name to fill in, the post alone)."""
_AN_ORGANISATION = re.compile(
    r"(?:街道|社区|公司|集团|单位|部门|学校|[工妇侨文残]联|科协|主席团|人民政府|[镇乡村局委厅])$"
)
"""城东街道 / 青山镇: an organisation, no one's name."""
_SURNAME_POLITE = re.compile(r"^(?P<r>[^，]{0,30}?)(?P<s>[\u4e00-\u9fff])(?P<p>先生|女士|师傅)$")
"""家长代表王先生 / 王女士: a surname and a courtesy title stand for the name."""
_GENERIC = re.compile(
    r"^(?:这位|那位|妈妈|爸爸|父亲|母亲|家长|爷爷|奶奶|代表|嘉宾|同学|老师|领导|主持人|组成人员|(?:离)?退休)$"
)
"""A kind of person, not a name (卢子涵同学的妈妈, 退休同志)."""


_BODY = r"(?:(?!书记|主任|长|委员|同志)[^、，和]){2,6}(?:县|区|市|镇|乡|街道|社区|人大|政协)"
_BODIES = re.compile(
    _BODY
    + r"(?:[、，和]"
    + _BODY
    + r")+|乡镇(?:人大|政府|党委)|(?:各)?(?:县(?:市)?区|区县|镇街|乡镇(?:街道)?)"
)
"""涟水县、桃源区 / 乡镇人大 / 县区: places or bodies asked to speak through their people, named by no one
(one of them asked alone, 请城东街道发言, is a turn of its own)."""


_PEOPLE_APART = re.compile(
    r"[、，,及]|和(?![^、，和]{0,6}?(?:局|厅|部|委员会|界别)(?![长员]))|—+"
    r"|(?<=[\u4e00-\u9fffA-Za-z])\s+(?=[\u4e00-\u9fff])"
)
"""Where one person's words end and the next one's begin: not the 和 inside an organisation's
name (市文化和旅游局局长晏春兰, 县发展和改革委员会主任)."""
_SURNAME_HE = re.compile(r"和(?P<g>[\u4e00-\u9fff]{1,2})$")
"""县政协主席和家顺: after an organisation's post, 和 and a given name to the end is a person
(和 a surname); after a bare post (委员和企业代表) it joins two kinds of people."""
_GIVEN_HE = re.compile(r"(?P<n>[\u4e00-\u9fff]{1,2}和)(?P<p>[^、，和]{0,8})$")
"""纪永和副市长: a name ending in 和 before a post, or at the end (副市长纪永和)."""
_A_SIDE = re.compile(r"(?:[甲乙丙丁劳资买卖双各]|企业|职工|用人单位|工会|院|校|村)方$")
"""企业方 / 职工方 / 甲方: a party to a contract, never a name."""
_ELDER = re.compile(r"(?:老人|大爷|大娘|大妈|奶奶|爷爷|阿姨|叔叔|伯伯|婆婆|阿婆|师傅|大姐|大哥)$")
"""How a younger speaker honours an elder, after the full name (王德福大爷)."""


_DOTTED = re.compile(
    r"[\u4e00-\u9fff]+(?P<first>)[·•・．][\u4e00-\u9fff]{1,8}(?:[·•・．][\u4e00-\u9fff]{1,8})*$"
)
"""阿不都拉·热合曼 / 古丽娜尔·买买提: a transliterated name, its parts apart by a dot."""
_DEPUTY = re.compile(r"(?:^|的)(?P<n>[\u4e00-\u9fff]{2,3})代表$")


def _a_kind_or_post(word: str) -> bool:
    """党员 / 职工 / 会长: what kind of person or which post, never a name though 党 is a surname."""
    return (
        _KIND_OF_PERSON.search(word) is not None or is_post(word) or _WORK.search(word) is not None
    )


_REP_THEN_NAME = re.compile(
    r"(?P<r>[\u4e00-\u9fff、，]{2,20}?代表)(?P<n>(?![全各本我所大在该其])[\u4e00-\u9fff]{2,6})"
)
"""致富带头人代表才旦 / 传承人代表夏吾才旦: a kind's representative, then a name with no Han
surname to know it by (a Tibetan or Mongolian name)."""


def _a_name_alone(word: str) -> bool:
    """才旦 / 夏吾才旦: a word that can be a name with no surname to tell it: no post, no kind of
    person, no organisation's end, no placeholder, no act (and, from three characters, none of
    the words of an office: 市人民政府)."""
    return not (
        (len(word) > 2 and set(word) & _NOT_IN_A_LONG_NAME)
        or _a_kind_or_post(word)
        or word[-1] in _NOT_GIVEN | _ORG_END
        or PLACEHOLDER.search(word)
        or _VERB_RE.search(word)
        or "某" in word
    )


_NOT_IN_A_LONG_NAME = _NOT_IN_LONG | _NOT_GIVEN
"""Characters no name of three or more characters without a surname holds (市人民政府)."""
_OFFICE_END = _ORG_END | {"署", "府"}
"""The end of an office's name before a dotted name (地区行署阿依古丽·吐尔逊)."""
_CHILD_NAMED = re.compile(
    r"(?:长子|次子|长女|次女|儿子|女儿|孙子|孙女|外孙|外孙女)(?P<n>[\u4e00-\u9fff]{2,3})"
)
_LATIN_AFTER_POST = re.compile(
    r"(?P<r>[^A-Za-z]*[\u4e00-\u9fff])\s*+(?P<n>[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*)+)"
)
"""A post in Chinese, then a name in Latin letters, given and family name (…首席执行官 David Ross)."""


Split = tuple[str | None, str | None]
"""(name, role) of one person named in a request; name None for a placeholder."""


def split_name(who: str) -> Split:
    """(name, role) of the person named in `who`; name None for a placeholder.

    The shapes are tried in turn, the narrow ones first: each rule below answers for the
    shape it knows, or returns None to pass `who` on to the next."""
    courtesy = _courtesy_only(who)
    if courtesy is not None:
        return courtesy
    who = re.sub(_HONOURS + "$", "", who.strip()).strip()
    if _GENERIC.match(who):
        return None, None
    if _BODIES.fullmatch(who):
        return None, who  # 请涟水县、桃源区作表态发言 / 请乡镇人大作…: places or bodies, no one
    for rule in _NAME_RULES:
        found = rule(who)
        if found is not None:
            if found[0] and PLACEHOLDER.fullmatch(found[0]):
                return None, found[1]  # 股长某某: a name to fill in
            return found
    return who, None


def _courtesy_only(who: str) -> Split | None:
    """家长代表王先生 / 会长刘先生: a surname and a courtesy title, no given name."""
    polite = _SURNAME_POLITE.search(who.strip())
    if not polite:
        return None
    rest = polite.group("r")
    tail = _tail_name(rest + polite.group("s"))
    if (
        polite.group("s") in _SURNAMES
        and (not rest or rest[-1] == "、" or _KIND_OF_PERSON.search(rest) or is_post(rest))
        and not (tail and is_post(tail[0]) and _surname_and_given(tail[1]))  # 董事长邱家明先生
    ):
        return polite.group("s") + polite.group("p"), _role_of(re.split(r"[、，]", rest))
    return None


def _kin_latin_or_sworn(who: str) -> Split | None:
    """A son named after his father, a Latin name after the post, the one sworn in."""
    kin = _CHILD_NAMED.fullmatch(who)
    if kin and _surname_and_given(kin.group("n")):  # (宋振邦同志的)长子宋立新: the son, by name
        return kin.group("n"), None
    latin = _LATIN_AFTER_POST.fullmatch(who)
    if latin and is_post(latin.group("r")):  # …秘书处首席执行官 David Ross (先生)
        return latin.group("n"), latin.group("r")
    sworn = re.match(r"宣誓人(?P<n>[\u4e00-\u9fff·]{2,12})$", who)
    if sworn and (_surname_and_given(sworn.group("n")) or _DOTTED.fullmatch(sworn.group("n"))):
        return sworn.group("n"), None  # 请宣誓人苏和同志上台宣誓: the one sworn in, by name
    return None


def _dotted_then_post(who: str) -> Split | None:
    """A name in the dotted form with the post or 代表 after it, or joined to another by 和."""
    dot = max(who.rfind(d) for d in "·•・．")
    for j in range(dot + 2, len(who) - 1) if dot > 0 else ():
        if _POST.fullmatch(who[j:]) and _DOTTED.search(who[:j]):  # 艾力·吐尔逊副县长
            name, role = split_name(who[:j])
            return name, "、".join(r for r in (role, who[j:]) if r)
    if (
        who.endswith("代表")
        and len(who) > 4
        and _DOTTED.search(who[:-2])
        and who[-3] not in "·•・．"
    ):
        return split_name(who[:-2])  # 总监票人吐尔逊·艾力代表: a deputy, addressed as such
    dotted = _DOTTED.search(who)
    joined = who.rfind("和", 0, who.find("·")) if dotted else -1
    if dotted and joined > 0:  # 副县长王海峰和理事长古丽娜尔·买买提: the first one named
        one = split_name(who[:joined])
        if one[0] and _surname_and_given(one[0]):
            return one
    return None


def _dotted_after_post(who: str) -> Split | None:
    """县财政局局长阿不都拉·热合曼: a name in the dotted form, after the post or the office."""
    dotted = _DOTTED.search(who)
    if not dotted:
        return None
    start = dotted.start()
    for k in range(dotted.start("first"), start, -1):
        if is_post(who[:k]) or k > 2 and who[:k].endswith("代表"):  # 毕业生代表阿依努尔·…
            return who[k:], _role_of(re.split(r"[、，]", who[:k]))
        opening = who[k : dotted.start("first")]
        if (
            k > 2
            and who[k - 1] in _OFFICE_END
            and 2 <= len(opening) <= 5
            and not set(opening) & (_NOT_IN_A_LONG_NAME | {"家"})
        ):
            return who[k:], None  # 地区行署阿依古丽·吐尔逊(副专员): the office, then the name
    before = who[:start].rstrip("、，的")
    named_before = who[start - 1 : start] == "、" and _person(before.split("、")[-1])
    if (start == 0 or who[start - 1] in "、，的") and not named_before:
        return who[start:], _role_of(re.split(r"[、，]", before))
    return None


def _a_deputy(who: str) -> Split | None:
    """A deputy (代表) addressed by name, with or without the post before the name."""
    deputy = _DEPUTY.search(who)
    if deputy and _surname_and_given(deputy.group("n")) and not _a_kind_or_post(deputy.group("n")):
        return deputy.group("n"), None  # 三组的马占山代表: a deputy addressed by name, no post
    if who.endswith("代表") and len(who) > 5:  # 综采一队队长卢永胜代表: the post, then the deputy
        name, role = split_name(who[:-2])
        if name and who[:-2].endswith(name) and not _a_kind_or_post(name) and name[0] != "和":
            after_post = is_post(role or "") and (  # 总监票人多布杰代表 / 召集人阿不都热合曼代表
                2 <= len(name) <= 4 or len(name) <= 6 and not set(name) & _NOT_IN_LONG
            )
            if _surname_and_given(name) or after_post:  # (局长和读者代表: no 和读者)
                return name, role
    elder = _ELDER.search(who)
    tail = _tail_name(who[: elder.start()]) if elder else None
    if elder and tail and 0 < _surname_len(tail[1]) < len(tail[1]):
        return split_name(who[: elder.start()])  # 退休教师郑国强伯伯: the full name before it
    return None


def _he_in_the_name(who: str) -> Split | None:
    """和 that ends or starts a name, or sits inside an office's name, not joining two people."""
    ends_he = _GIVEN_HE.search(who)
    before = who[: ends_he.start()] if ends_he else ""
    if (
        ends_he
        and _surname_and_given(ends_he.group("n"))
        and (not ends_he.group("p") or _POST.fullmatch(ends_he.group("p")))
        and (not before or before[-1] in "、，" or is_post(before))
    ):  # 纪永和副市长 / 副市长纪永和: 和 ends the name, no one comes after it
        role = ends_he.group("p") or _role_of(re.split(r"[、，]", before))
        return ends_he.group("n"), role or None
    he = _SURNAME_HE.search(who)
    office = who[: he.start()] if he else ""
    if (
        he
        and is_post(office)
        and not _POST.fullmatch(office)
        and not is_post(he.group("g"))
        and not _KIND_OF_PERSON.search(he.group("g"))  # 各位领导和嘉宾: 和 joins, no one's name
    ):
        return "和" + he.group("g"), _role_of(re.split(r"[、，]", who[: he.start()]))
    inside = _tail_name(who) if "和" in who else None
    if inside and "和" in inside[0] and is_post(inside[0]):
        before = inside[0][: inside[0].find("和")]
        last, named = before.split("、")[-1], _tail_name(before)
        named_after_post = named is not None and bool(named[0]) and is_post(named[0])
        if not (_POST.search(before) or named_after_post or _surname_and_given(last)):
            # 镇林业和草原服务中心主任李春梅: 和 inside the office's name, one person after it
            return inside[1], _role_of(re.split(r"[、，]", inside[0]))
    return None


def _first_listed(who: str) -> Split | None:
    """The one named among several parts: a representative's name after the kind, or the
    first part that names someone by office or surname."""
    rep = _REP_THEN_NAME.fullmatch(who)
    ahead = split_name(rep.group("r")[:-2])[0] if rep else None  # (一队代表: no one named)
    if rep and _a_name_alone(rep.group("n")) and (ahead is None or not _surname_len(ahead)):
        return rep.group("n"), _role_of(re.split(r"[、，]", rep.group("r")))  # 传承人代表夏吾才旦
    parts = re.split(_PEOPLE_APART, who)
    first: tuple[int, Split] | None = None
    for i, segment in enumerate(parts):
        found = _person(re.sub(_HONOURS + "$", "", segment.strip()))
        if (
            not found
            or PLACEHOLDER.search(found[0] or "")
            or found[0] == "单位"
            or (found[0] or "").startswith(("退休", "离休"))
        ):
            continue  # (请承办单位作回应: 单 is a surname, 单位 no one's name; 退休老干部: a kind)
        unnamed = len(found[0] or "") == 2 and not _surname_len(found[0] or "")
        if i < len(parts) - 1 and (
            (found[1] or "").endswith("户") or _A_SIDE.match(found[0] or "") or unnamed
        ):  # 种烟大户、…烟农房德顺 / 企业方首席代表、总经理邝文杰 / 援疆医生、…医师蒙佳:
            continue  # no one's name, the post's owner or a kind
        if first is None:
            first = i, found
            if found[1] is not None or _surname_len(found[0] or ""):
                break  # a name by its office or its surname: the one named
        elif found[1] is not None:
            first = i, found  # 得奖同学代表、…学生罗嘉欣同学: the first named by an office after
            break
    if first is None:
        return None
    i, (name, post) = first
    return name, _role_of([*parts[:i], post or ""])


def _from_or_on_behalf(who: str) -> Split | None:
    """来自…的杭素琴: where the person is from, then the name; 邢春燕老师代表…: the one who
    speaks on behalf of others, named before 代表."""
    of = who.rsplit("的", 1)[-1] if "的" in who[1:] else ""
    if _surname_and_given(of) and not _a_kind_or_post(of) and of[-1] not in _NOT_GIVEN:
        return of, None
    behalf = who.find("代表", 1)
    if behalf > 0 and who[behalf + 2 :]:  # 申丽娟副区长代表区政府 / 邢春燕老师代表毕业班老师
        name, role = split_name(who[:behalf])
        if name and (_surname_and_given(name) or role and len(name) == 4):  # (次仁罗布市长代表…)
            return name, role
    return None


def _no_name_given(who: str) -> Split | None:
    """No one's name: a blank to fill in, an office, a kind of person, words about someone,
    or a body that speaks through someone unnamed."""
    if PLACEHOLDER.search(who) or not who:
        honour = re.search(r"老师$", who) and PLACEHOLDER.search(who[-3:-2])  # 体育组XXX老师
        role = PLACEHOLDER.sub("", who[:-2] if honour else who).strip()
        kept = is_post(role) or _KIND_OF_PERSON.search(role)
        return None, role if kept else None  # 请××社区居民代表××发言
    if is_post(who) and not re.fullmatch(r"[A-Za-z ]+", who):
        return None, _role_of(re.split(_PEOPLE_APART, who))  # 请县委书记讲话: the name to fill in
    if _KIND_OF_PERSON.search(who):
        return None, who  # 请居民代表发言: a kind of person, no name
    if len(who) > 5 and re.fullmatch(r"[\u4e00-\u9fff]+", who):
        return None, who  # 上级党组织指导(同志): too long for a name, words about someone
    if len(who) > 2 and _AN_ORGANISATION.search(who):
        return None, None  # 请城东街道发言: the body speaks through someone unnamed
    return None


_NAME_RULES: tuple[Callable[[str], Split | None], ...] = (
    _kin_latin_or_sworn,
    _dotted_then_post,
    _dotted_after_post,
    _a_deputy,
    _he_in_the_name,
    _first_listed,
    _from_or_on_behalf,
    _no_name_given,
)
"""The rules `split_name` tries in turn; the order matters (narrow shapes first)."""


_TURN_LEAD = re.compile(
    r"^(?:(?:下面|首先|接下来|接着|现在|然后|最后|再)[，]?)*(?:让我们)?(?:以热烈的掌声)?"
    r"(?:掌声)?(?:有请|请|由|欢迎)"
)
_HONORIFIC_AFTER = re.compile("^" + _HONOURS_OR_TEACHER)
_ON_BEHALF = re.compile(
    r"^代表(?P<all>全体|全校|全院|全市|全县|全区|所有)?(?P<who>[^，。；！？]{1,8}?)"
    r"(?=发言|讲话|致辞|表态)"
)
_SECOND_OFFICE = re.compile(r"(?:^|[^党])(?:副|常委|委员|成员)|^常务")
"""A deputy's or a member's office: beside a principal one (区委副书记、区长), not the one
an agenda names."""


def turn_title(text: str) -> str | None:
    """The agenda's words for an item that is one person's turn, as a careful reader lists
    it: the office and the act, not the request or the name (请校长欧阳平致开学辞 -> 校长致开学辞;
    请教师代表、五年级语文老师汤雪梅发言 -> 教师代表发言). None when `text` opens with no turn."""
    norm = normalise(text)
    lead = _TURN_LEAD.match(norm)
    cue = find_cue(norm) if lead else None
    if lead is None or cue is None or cue.people or not cue.verb:
        return None
    if cue.group and not PLACEHOLDER.search(norm[lead.end() : lead.end() + 40]):
        return None  # 请各位代表依次发言: the room's turn, its words are the title
    start = lead.end()
    act_at = norm.find(cue.verb, start)
    if cue.name and (at := norm.find(cue.name, start)) >= 0:
        act_at = at + len(cue.name)
        honour = _HONORIFIC_AFTER.match(norm[act_at:])
        act_at += honour.end() if honour else 0
        act_at += _post_after(norm[act_at:], cue.verb)
    elif act_at > start and norm[act_at - 1] in "作做":
        act_at -= 1
    if act_at < 0 or act_at - start > 60:
        return None
    end = re.search(r"[，。；！？]|$", norm[act_at:])
    act = text[act_at : act_at + (end.start() if end else 0)]
    act = re.sub(r"^作(?:重要)?(?=讲话|指示)", "", act)
    if not act.strip():
        return None  # 请…理事长龙德贵，把方案给大家讲清楚: the act is past the clause
    office = _office(text[start:act_at], norm[start:act_at], cue.name)
    behalf = _ON_BEHALF.match(normalise(act))
    if behalf and (behalf.group("all") or not office):  # 代表全体教师发言: 教师代表发言;
        office, act = behalf.group("who") + "代表", act[behalf.end() :]  # else as said
    if cue.kind == "action" and re.match(r"宣读|宣布|公布", act):
        return _short_document(act)  # 宣读表彰决定: the document is the item, not its reader
    return office + act if office else None


def _post_after(rest: str, verb: str) -> int:
    """How long the post written after a name is (楼建平教授发言 -> 2), before the act."""
    if rest.startswith("代表"):
        return 0  # 钟海燕代表全体教师发言: on behalf of, not a post
    for k in range(6, 0, -1):
        after = rest[k + 1 :] if rest[k : k + 1] in ("作", "做") else rest[k:]
        if is_post(rest[:k]) and (rest[k:].startswith(verb) or after.startswith(verb)):
            return k
    return 0


def _office(who: str, who_norm: str, name: str | None) -> str:
    """The office in `who` once the name, honorifics and placeholders are gone; of several,
    a 代表 (whom the person stands for), else the first principal one (院党委书记、院长 -> 院党委
    书记; 区委副书记、区长 -> 区长), else the last."""
    if name and (at := who_norm.find(name)) >= 0:
        tail = who[at + len(name) :]
        cut = _HONORIFIC_AFTER.match(who_norm[at + len(name) :])
        tail = tail[cut.end() :] if cut else tail
        before = who_norm[:at].strip(" ，、")
        if before and (is_post(before) or _KIND_OF_PERSON.search(before)):
            tail = ""  # 化学学院楼建平教授: the office is already said before the name
        who = who[:at] + tail
    who = re.sub(_HONOURS + "$", "", PLACEHOLDER.sub("", who).strip()).strip()
    parts = [p for p in re.split(r"[、，,]", who) if p.strip()]
    if not parts:
        return ""
    for part in parts:
        at = normalise(part).find("代表")
        if at > 0 and not re.match(r"[工大团处委会队组]", normalise(part)[at + 2 : at + 3]):
            return part[: at + 2]
    principal = [p for p in parts if _SECOND_OFFICE.search(normalise(p)) is None]
    return _post(principal[0] if principal else parts[-1])


def _post(office: str) -> str:
    """The post an office ends in, without the organisation before it (区教育局科长 -> 科长,
    市中级人民法院院长 -> 院长, 学院党委副书记 -> 副书记): what an agenda names."""
    plain = normalise(office)
    for k in range(len(plain) - 2, 0, -1):
        if _is_post_word(plain[k - 1 :]):
            continue  # 班主任: the 班 belongs to the post, not to a class before it
        if plain[k - 1] in _ORG_END and is_post(plain[k:]) and _is_post_word(plain[k:]):
            return office[k:]
    return office


def _is_post_word(text: str) -> bool:
    """A post on its own (科长, 副书记, 董事长), not a word that only ends like one (长)."""
    return len(text) >= 2 and _POST.fullmatch(text) is not None


_DOCUMENT = re.compile(
    r"《[^《》]{0,30}?关于(?:(?P<topic>表彰|奖励)[^《》]{2,80}的(?P<kind>决定|通报|命令)"
    r"|[^《》]{2,80}的(?P<notice>通知))》"
)


def _short_document(act: str) -> str:
    """宣读《关于表彰2023年度…的决定》 -> 宣读表彰决定, 宣读《关于开展…活动的通知》 -> 宣读通知:
    a document named as agendas name it (a decision that honours, a notice); others keep
    their names (宣读《关于授予…学位的决定》)."""
    m = _DOCUMENT.search(normalise(act))
    if m is None:
        return act
    if m.group("notice"):
        return act[: m.start()] + act[m.start("notice") : m.end("notice")] + act[m.end() :]
    return (
        act[: m.start()]
        + act[m.start("topic") : m.end("topic")]
        + act[m.start("kind") : m.end("kind")]
        + act[m.end() :]
    )
