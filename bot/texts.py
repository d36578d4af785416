"""Every sentence a resident or officer reads. Short, plain, kind, never shaming.

Change wording here only; logic modules never assemble user-facing text. Mentions (@name) are added
by the channel from `mention_ids`, so texts never start with a name.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence

from bot.store import Case

ADVICE_MASK = "不要先转账，买口罩请到正规药店/社区。"
ADVICE_CALL = "遇到可疑请打 96110 或 110。"
REPLY_HINT = "回复：确认 {n} / 误报 {n} / 结案 {n}"

KIND_NAMES = {
    "phones": "电话",
    "bank_cards": "银行卡",
    "wechat_ids": "微信号",
    "qq": "QQ",
    "alipay": "支付宝",
    "urls": "链接",
}
CATEGORY_NAMES = {
    "mask_scam": "口罩诈骗",
    "victim_report": "群众被骗求助",
    "other_fraud": "其他诈骗",
    "benign": "正常消息",
}
# Keyword categories officers may name after 加词 (Chinese or internal name).
CATEGORY_ALIASES = {
    "口罩": "mask_scam",
    "口罩诈骗": "mask_scam",
    "诈骗": "other_fraud",
    "其他": "other_fraud",
    "被骗": "victim_report",
    "求助": "victim_report",
    "mask_scam": "mask_scam",
    "other_fraud": "other_fraud",
    "victim_report": "victim_report",
}


def _when(ts: float) -> str:
    return time.strftime("%m-%d %H:%M", time.localtime(ts))


def kind_name(kind: str) -> str:
    return KIND_NAMES.get(kind, kind)


# ---- group warnings -----------------------------------------------------------------------------

_GROUP_WHY = {
    "mask_scam": "温馨提醒：这条消息很像口罩诈骗，对方要求先转账给个人，付了钱常常就联系不上了。",
    "other_fraud": "温馨提醒：这条消息很像诈骗，对方要求先转账、加陌生人或点不明链接。",
}


def group_warning(category: str) -> str:
    """Posted in the group, mentioning the sender of the flagged message."""
    if category == "victim_report":
        return (
            "谢谢您告诉大家。被骗了请马上打 110 报警，或打 96110 反诈专线，越快越好，已通知民警。\n大家" + ADVICE_MASK
        )
    why = _GROUP_WHY.get(category, _GROUP_WHY["other_fraud"])
    return f"{why}\n大家{ADVICE_MASK}\n{ADVICE_CALL}"


def correction() -> str:
    """After an officer marks a warned message as 误报; mentions its sender."""
    return "更正：刚才对您这条消息的提醒是误报，您的消息没有问题。给您和大家添麻烦了，抱歉。"


def protect_private() -> str:
    """Private note to a resident who answered (or was @-ed by) a flagged offer."""
    return (
        "您好，我是群里的反诈助手。刚才群里那条卖口罩、要先转账的消息，很可能是诈骗。\n"
        "请千万不要转账给个人账户，买口罩请到正规药店或社区。\n"
        "如果已经转了钱，请马上打 110 或 96110，越快越有机会追回。"
    )


# ---- residents asking ---------------------------------------------------------------------------


def resident_verdict(action: str, category: str, case_opened: bool = False) -> str:
    """Plain-language answer to a resident who forwarded or pasted a message."""
    if category == "victim_report" and action != "ignore":
        tail = "我们已转告民警。" if case_opened else ""
        return (
            "如果您已经转账被骗，请马上打 110 报警，或打 96110 反诈专线，越快越有机会追回。\n"
            f"请保留聊天记录和转账凭证。{tail}"
        )
    if action == "ignore" or category == "benign":
        return "暂时没看出明显的诈骗迹象。\n不过请记住：不认识的人让先转账，一律不要转。拿不准就打 96110 问一问。"
    how = "这很像" if action == "escalate" else "这有点像"
    if category == "mask_scam":
        body = f"{how}口罩诈骗：要求先转账到个人账户，付款后往往就联系不上了。\n请{ADVICE_MASK}"
    else:
        body = f"{how}诈骗：要求先转账、加陌生人好友或点不明链接。\n请不要转账，也不要把验证码告诉别人。"
    return f"{body}\n{ADVICE_CALL}"


def lookup_known(value: str) -> str:
    return f"注意！{value} 已被民警标记为诈骗账号，千万不要转账！\n如已转账，请马上打 110 或 96110。"


def lookup_unknown(value: str) -> str:
    return f"没有查到 {value} 的诈骗记录。\n没有记录不代表安全：不认识的人让先转账，一律不要转。"


LOOKUP_UNRECOGNISED = "没看出这是电话、银行卡号、微信号或QQ号。请这样发：查询 13800138000"

OFFICER_ONLY = "这条命令只有民警能用。想举报可疑账号，请发“举报”加上那条消息；想查账号，请发“查询 账号”。"

REPORT_HOW_TO = "请发“举报”并引用可疑的消息，或在“举报”后面粘贴那条消息，例如：举报 口罩现货，先付款……"


def report_received(case_id: int) -> str:
    return f"收到您的举报，已转给民警（案件 {case_id}）。谢谢您！"


def help_resident(bot_name: str) -> str:
    return (
        f"我是{bot_name}，帮大家识别诈骗。\n"
        "· 把可疑消息转发或粘贴给我，我告诉您像不像诈骗\n"
        "· 发“查询 电话/卡号/微信号”，查是否被民警标记过\n"
        "· 发“举报”并引用可疑消息，我转给民警\n"
        f"{ADVICE_CALL}"
    )


HELP_OFFICER = (
    "民警命令（私聊发给我）：\n"
    "确认 N：确认诈骗，账号加入黑名单\n"
    "误报 N：标为误报，群里发更正\n"
    "结案 N：结案\n"
    "查 账号：查黑名单\n"
    "拉黑 账号：加入黑名单，立即生效\n"
    "加词 词 [口罩/诈骗/被骗]：加关键词，立即生效\n"
    "删词 词：停用关键词\n"
    "通报 文字：发到所有群\n"
    "统计：今日和本周数据\n"
    "帮助：本说明"
)

# ---- officer escalation -------------------------------------------------------------------------


def _accounts(case: Case) -> list[str]:
    grouped: dict[str, list[str]] = {}
    for kind, value in case.accounts():
        grouped.setdefault(kind, []).append(value)
    return [f"  {kind_name(kind)}：{'、'.join(values)}" for kind, values in grouped.items()]


def officer_escalation(case: Case, stage: int = 0) -> str:
    """One private message with everything an officer needs to act at once."""
    head = ""
    if stage == 1:
        head = "【未处理提醒】以下案件还没有民警处理。\n"
    elif stage == 2:
        head = "【转报】以下案件本群负责民警未处理，请协助。\n"
    urgent = "【紧急】" if case.urgent else ""
    lines = [
        f"{head}{urgent}案件 {case.id} · {CATEGORY_NAMES.get(case.category, case.category)}",
        f"群：{case.room_topic or case.room_id or '私聊'}",
        f"发送人：{case.sender_name or '未知'}（{case.sender_id or '未知'}）",
        f"时间：{_when(case.created)}",
        f"内容：{case.text}",
    ]
    if case.reporter_id:
        lines.append(f"举报人：{case.reporter_name}（{case.reporter_id}）")
    why = "；".join(case.reasons) or ("群众举报" if case.source == "report" else f"可疑分数 {case.score:.2f}")
    if case.source == "indicator":
        why = f"含黑名单账号；{why}"
    lines.append(f"为何标记：{why}")
    accounts = _accounts(case)
    if accounts:
        lines.append("涉及账号（紧急止付）：")
        lines.extend(accounts)
    if case.engaged:
        people = "、".join(f"{e['name']}（{e['id']}）" for e in case.engaged)
        lines.append(f"已回应的群众（请尽快联系）：{people}")
    lines.extend(campaign_lines(case))
    lines.append(REPLY_HINT.format(n=case.id))
    return "\n".join(lines)


# ---- officer command replies --------------------------------------------------------------------


def case_not_found(case_id: int) -> str:
    return f"没有找到案件 {case_id}。"


def confirmed(case_id: int, added: Sequence[tuple[str, str]]) -> str:
    if not added:
        return f"案件 {case_id} 已确认为诈骗。没有新的账号需要加入黑名单。"
    listed = "、".join(f"{kind_name(k)} {v}" for k, v in added)
    return f"案件 {case_id} 已确认为诈骗。已加入黑名单：{listed}。\n各群再出现这些账号会立即上报。"


def false_positive(case_id: int, corrected: bool) -> str:
    tail = "，群里已发更正" if corrected else ""
    return f"案件 {case_id} 已标为误报{tail}。谢谢！"


def closed(case_id: int) -> str:
    return f"案件 {case_id} 已结案。"


def officer_lookup(value: str, kind: str | None, case_id: int | None, by: str, at: float) -> str:
    if kind is None:
        return f"{value} 不在黑名单中。"
    source = f"案件 {case_id}" if case_id else "手动拉黑"
    return f"{value}（{kind_name(kind)}）在黑名单中：{source}，{by} 于 {_when(at)} 添加。"


def blacklisted(value: str, kind: str, new: bool) -> str:
    if not new:
        return f"{value} 已在黑名单中。"
    return f"已拉黑 {value}（{kind_name(kind)}），所有群立即生效。"


def account_unrecognised(value: str) -> str:
    return f"没认出“{value}”是电话、银行卡、微信号、QQ、支付宝或链接。"


def keyword_added(word: str, category: str) -> str:
    return f"已加关键词“{word}”（{CATEGORY_NAMES.get(category, category)}），立即生效。"


def keyword_removed(word: str, found: bool) -> str:
    return f"已停用关键词“{word}”。" if found else f"没有关键词“{word}”。"


def usage(command: str, example: str) -> str:
    return f"用法：{command}，例如：{example}"


def bulletin(text: str) -> str:
    return f"【警方通报】{text}"


def bulletin_sent(groups: int) -> str:
    return f"通报已发到 {groups} 个群。"


STATS_LABELS = (
    ("messages", "检查消息"),
    ("warnings", "群内提醒"),
    ("cases", "新开案件"),
    ("urgent", "其中紧急"),
    ("reports", "群众举报"),
    ("confirmed", "确认诈骗"),
    ("false_positive", "误报"),
    ("closed", "结案"),
    ("protected", "私下提醒群众"),
    ("questions", "群众咨询"),
)


def stats(today: Mapping[str, int], week: Mapping[str, int], pending: int) -> str:
    lines = ["统计（今日 / 本周）"]
    lines += [f"{label}：{today.get(key, 0)} / {week.get(key, 0)}" for key, label in STATS_LABELS]
    lines.append(f"待送达上报：{pending}")
    return "\n".join(lines)


# ---- joins and tips -----------------------------------------------------------------------------


def introduction(bot_name: str) -> str:
    return (
        f"大家好，我是{bot_name}，社区民警设置的反诈助手。\n"
        "我会提醒群里可疑的卖口罩、先转账等消息。\n"
        "拿不准的消息可以@我或私聊我，发“帮助”看用法。"
    )


def greeting() -> str:
    """Welcomes new members (mentioned)."""
    return "欢迎新朋友！提醒一句：买口罩请到正规药店/社区，不认识的人让先转账，一律不要转。"


TIP_PREFIX = "【防骗小贴士】"

DEFAULT_TIPS = (
    "买口罩请到正规药店或社区，网上个人卖“现货”要求先转账的，多是诈骗。",
    "不认识的人让先转账、扫码、发验证码，一律不要理。",
    "自称“卫健委”“药监局”发补贴、退款的，先打官方电话核实。",
    "遇到可疑，拨打 96110 反诈专线或 110。",
)


def tip(text: str) -> str:
    return f"{TIP_PREFIX}{text}"


# ---- campaigns (the same offer in several groups) and county packs -------------------------------

CAMPAIGN_MEMBERS_SHOWN = 20


def _groups_of(members: Sequence[Mapping[str, object]]) -> list[str]:
    return list(dict.fromkeys(str(m.get("room_topic") or m.get("room_id") or "私聊") for m in members))


def campaign_lines(case: Case) -> list[str]:
    """Added to a case ping when the same offer was also seen elsewhere: every group and sender, and
    the accounts named there (empty for a case seen once)."""
    members = case.campaign
    if len(members) < 2:
        return []
    lines = [f"【同一骗局·多群出现】{len(_groups_of(members))} 个群、{len(members)} 处："]
    for m in members[:CAMPAIGN_MEMBERS_SHOWN]:
        where = m.get("room_topic") or m.get("room_id") or "私聊"
        flag = f"，含黑名单账号 {'、'.join(map(str, bad))}" if (bad := m.get("known_bad")) else ""
        lines.append(f"  {where}：{m.get('sender_name') or '未知'}（{m.get('sender_id') or '未知'}）{flag}")
    if len(members) > CAMPAIGN_MEMBERS_SHOWN:
        lines.append(f"  ……另有 {len(members) - CAMPAIGN_MEMBERS_SHOWN} 处，见控制台")
    own = {(k, v) for k, v in case.accounts()}
    others: dict[str, list[str]] = {}
    for m in members:
        for kind, value in m.get("accounts", []):
            if (kind, value) not in own and value not in others.setdefault(kind, []):
                others[kind].append(value)
    found = [f"  {kind_name(kind)}：{'、'.join(values)}" for kind, values in others.items() if values]
    if found:
        lines.append("其他群出现的账号（确认后一并拉黑）：")
        lines.extend(found)
    return lines


def campaign_update(case: Case) -> str:
    """The one extra ping when an already reported offer keeps spreading (at 2, 5, 10 … groups)."""
    groups = len(_groups_of(case.campaign))
    lines = [
        f"【扩散提醒】案件 {case.id}（{CATEGORY_NAMES.get(case.category, case.category)}）已在 {groups} 个群出现。",
        f"内容：{case.text}",
        *campaign_lines(case),
        REPLY_HINT.format(n=case.id),
    ]
    return "\n".join(lines)


PACK_KEYWORD_REASON = "命中县反诈中心「{pack}」关键词「{word}」"
PACK_RULE_REASON = "{reason}（县反诈中心「{pack}」）"


def pack_indicator_lookup(value: str, kind: str, pack: str) -> str:
    return f"{value}（{kind_name(kind)}）在县反诈中心「{pack}」的涉诈名单中，请注意核查。"
