"""Build the project's own labelled corpus of Chinese group-chat messages (train/dev JSON Lines).

Every text is generated here from hand-written template families with slots; nothing is copied from
../shared/data (an external benchmark we must never train on). A family is one phrasing idea; the
train/dev split is by family, so dev measures generalisation to phrasings never seen in training.

Template mini-language (resolved innermost first):
  [a|b|]   pick one alternative (an empty one makes the piece optional)
  <a|b|c>  put all parts in a random order (clause shuffling)
  {slot}   filled by SLOTS[slot](rng) after the choices, never re-parsed

Run: python data/build_corpus.py [--out DIR]   (deterministic: same seed, same bytes)
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import opencc

SEED = 20200202
DEV_SHARE = 0.2
MIN_LEN, MAX_LEN = 8, 150
EVASION_RATE = 0.2
BENIGN_NOISE_RATE = 0.12
HARD_SUBTYPES = (
    "free_mask_notice",
    "pharmacy_restock",
    "antifraud_warning",
    "group_buy",
    "mask_chat",
    "official_sms",
)
# rows wanted per stratum (a stratum is a category, or a hard-negative subtype, or plain benign)
TARGETS = {
    "mask_scam": 1550,
    "victim_report": 760,
    "other_fraud": 1550,
    "benign_plain": 1500,
    **dict.fromkeys(HARD_SUBTYPES, 200),
}

Rng = random.Random


# ---------------------------------------------------------------- slot fillers


T = TypeVar("T")


def pick(rng: Rng, options: Sequence[T]) -> T:
    return options[rng.randrange(len(options))]


def maybe(rng: Rng, p: float, text: str) -> str:
    return text if rng.random() < p else ""


SURNAMES = list("张王李赵刘陈杨黄周吴徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾")
GIVEN = ["伟", "芳", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰",
         "霞", "平", "刚", "桂英", "建国", "海燕", "志强", "玉兰", "春梅", "国华", "文静", "晓东"]  # fmt: skip
CITIES = ["武汉", "温州", "义乌", "深圳", "广州", "东莞", "仙桃", "保定", "杭州", "成都", "西安", "长沙", "郑州",
          "合肥", "南昌", "石家庄", "济南", "青岛", "沈阳", "昆明", "南宁", "重庆", "天津", "苏州", "宁波"]  # fmt: skip
COMMUNITIES = ["幸福里社区", "东湖社区", "金桥社区", "长青社区", "和平社区", "新华社区", "南苑社区", "桃源社区",
               "百步亭社区", "光明社区", "向阳社区", "滨江社区", "花园街社区", "建设路社区"]  # fmt: skip
ESTATES = ["阳光花园", "锦绣家园", "翠湖苑", "金色家园", "丽景小区", "绿城小区", "万科城", "东方明珠苑", "幸福小区",
           "御景湾", "碧桂园", "康乐小区", "世纪新城", "桂花园", "职工宿舍", "电力小区"]  # fmt: skip
VILLAGES = ["李家村", "王庄", "河西村", "张湾村", "石桥村", "新民村", "后营村", "杨柳村", "大刘庄"]
PHARMACIES = ["老百姓大药房", "益丰大药房", "国大药房", "海王星辰", "同仁堂药店", "一心堂", "大参林", "九州通大药房",
              "漱玉平民", "小区门口的药店", "社区卫生服务站药房", "健之佳", "好药师大药房"]  # fmt: skip
MARKETS = ["永辉超市", "华润万家", "物美", "盒马", "小区门口超市", "中百仓储", "沃尔玛", "家乐福", "大润发"]
MASKS = ["口罩", "N95口罩", "KN95口罩", "医用外科口罩", "一次性医用口罩", "3M口罩", "3M 9501", "3M8210", "N95",
         "KN95", "儿童口罩", "防护口罩", "医用防护口罩", "外科口罩", "一次性口罩"]  # fmt: skip
DISINF = ["84消毒液", "75%酒精", "酒精", "消毒液", "免洗洗手液", "酒精喷雾", "酒精棉片", "84", "消毒水"]
GEAR = ["防护服", "护目镜", "额温枪", "医用手套", "防护面罩", "隔离衣", "测温枪"]
WAVE2 = ["抗原", "抗原试剂", "新冠抗原检测试剂盒", "连花清瘟", "连花清瘟胶囊", "布洛芬", "退烧药", "特效药",
         "Paxlovid", "血氧仪", "制氧机", "抗原自测盒"]  # fmt: skip
BRANDS = ["3M", "霍尼韦尔", "稳健", "振德", "可孚", "海氏海诺", "袋鼠医生", "欧杰", "蓝帆", "界面", "倍舒特"]
BANKS = ["工行", "农行", "建行", "中行", "招行", "邮储", "农商行", "工商银行", "建设银行", "农业银行", "交通银行",
         "邮政储蓄银行", "中国银行", "招商银行", "信用社"]  # fmt: skip
BANKNAMES = ["中国工商银行", "中国建设银行", "招商银行", "中国农业银行", "交通银行", "中国邮政储蓄银行", "中国银行",
             "平安银行", "浦发银行", "兴业银行"]  # fmt: skip
PLATFORMS = ["淘宝", "京东", "拼多多", "抖音", "快手", "美团", "支付宝", "唯品会", "饿了么"]
COURIERS = ["顺丰", "中通", "圆通", "韵达", "申通", "京东物流", "邮政EMS", "极兔", "德邦"]
MEETING_APPS = ["云视讯", "瞩目", "ZOOM", "会议宝", "小鱼易连", "视频会议", "全时云会议", "飞书会议"]
TASK_APPS = ["点点赚", "金豆任务", "乐享兼职", "悬赏宝", "众享客", "优品任务", "星火赚", "淘客联盟"]
SUBSIDIES = ["防疫补贴", "失业补助金", "养老金补发款", "医保返还金", "个税退税", "育儿补贴", "疫情生活补助",
             "社保补贴", "农机补贴", "高温补贴"]  # fmt: skip
SHOWS = ["《奔跑吧》", "《中国好声音》", "《王牌对王牌》", "《极限挑战》", "《快乐大本营》", "《星光大道》"]
GIFTS = ["电饭煲", "话费", "空气炸锅", "豆浆机", "蓝牙耳机", "加湿器", "食用油一桶", "体检套餐"]
CARRIERS = ["中国移动", "中国联通", "中国电信"]
COMPANIES = ["鼎盛", "汇丰达", "金泰", "盈利宝", "国泰恒信", "中润", "华鑫", "金石", "天鸿"]
VEG = ["蔬菜", "鸡蛋", "猪肉", "水果", "大米", "牛奶", "时令蔬菜包", "土鸡蛋", "草莓", "排骨", "面条", "豆腐"]
FRUITS = ["橙子", "草莓", "苹果", "砂糖橘", "车厘子", "芒果", "香蕉", "猕猴桃"]
LOCATIONS = ["小区门口", "健身器材旁边", "电梯里", "3号楼楼下", "快递柜旁边", "车棚", "花坛边上", "超市门口", "篮球场"]
SCAM_LIST = ["刷单返利", "网上贷款要先交钱", "冒充客服说要退款", "让你下载会议APP开屏幕共享", "说你涉嫌洗钱要转安全账户",
             "陌生人卖口罩要先转账", "说中奖了要先交手续费", "投资带单稳赚不赔", "要你验证码的"]  # fmt: skip
EMOJI = ["😊", "👍", "🙏", "🌸", "🌹", "☀️", "😷", "❤️", "👌", "😂", "🤝", "💪", "🎉", "🙂", "👏", "🔥", "✅"]
WX_EMOJI = ["[捂脸]", "[呲牙]", "[抱拳]", "[强]", "[玫瑰]", "[流泪]", "[发怒]", "[OK]", "[偷笑]", "[愉快]", "[大哭]",
            "[握手]", "[疑问]", "[叹气]"]  # fmt: skip
CN_DIGITS = "零一二三四五六七八九"


def name(rng: Rng) -> str:
    return pick(rng, SURNAMES) + pick(rng, GIVEN)


def nick(rng: Rng) -> str:
    s = pick(rng, SURNAMES)
    forms = [s + "姐", s + "哥", s + "阿姨", s + "叔", s + "大爷", "老" + s, "小" + s, s + "老师", s + "师傅",
             s + "奶奶", pick(rng, ["芳芳", "丽丽", "小雨妈妈", "豆豆妈", "乐乐爸", "阿强", "小胖"])]  # fmt: skip
    return pick(rng, forms)


def phone(rng: Rng) -> str:
    digits = pick(rng, ["13", "15", "17", "18", "19"]) + str(rng.randrange(10)) + f"{rng.randrange(10**8):08d}"
    style = rng.random()
    if style < 0.7:
        return digits
    sep = "-" if style < 0.85 else " "
    return f"{digits[:3]}{sep}{digits[3:7]}{sep}{digits[7:]}"


def luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return body + str((10 - total % 10) % 10)


def card(rng: Rng) -> str:
    prefix = pick(rng, ["622202", "622848", "621700", "622588", "621483", "622700", "623058", "621226", "622280",
                        "620200", "621799", "625965", "436742", "622262", "621661"])  # fmt: skip
    length = pick(rng, ["16", "19", "19", "19", "17", "18"])
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(int(length) - len(prefix) - 1))
    num = luhn_complete(body)
    if rng.random() < 0.25:
        return " ".join(num[i : i + 4] for i in range(0, len(num), 4))
    return num


def wechat_id(rng: Rng) -> str:
    letters = "abcdefghjkmnpqrstwxyz"
    word = "".join(pick(rng, letters) for _ in range(rng.randrange(2, 6)))
    num = str(rng.randrange(10, 999999))
    forms = [word + num, "wxid_" + word + num[:3], word + "_" + num, pick(rng, ["kz", "mask", "fh", "yy", "lily"]) + num,
             phone(rng).replace("-", "").replace(" ", ""), word.upper() + num]  # fmt: skip
    return pick(rng, forms)


def qq(rng: Rng) -> str:
    return str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(rng.randrange(5, 10)))


def alipay(rng: Rng) -> str:
    if rng.random() < 0.6:
        return phone(rng).replace("-", "").replace(" ", "")
    user = "".join(pick(rng, "abcdefghjkmnpqrstwxyz") for _ in range(rng.randrange(3, 7))) + str(
        rng.randrange(100, 9999)
    )
    return user + pick(rng, ["@163.com", "@qq.com", "@126.com", "@sina.com"])


def cn_number(n: int) -> str:
    """Small integers (<100000) in spoken Chinese: 2500 -> 两千五, 30000 -> 三万."""
    if n >= 10000:
        w, rest = divmod(n, 10000)
        head = ("两" if w == 2 else cn_number(w)) + "万"
        return head + (CN_DIGITS[rest // 1000] if rest and rest % 1000 == 0 else "")
    th, rest = divmod(n, 1000)
    hu = rest // 100
    out = ""
    if th:
        out += ("两" if th == 2 else CN_DIGITS[th]) + "千"
    if hu:
        out += CN_DIGITS[hu] if th else ("两" if hu == 2 else CN_DIGITS[hu]) + "百"
    return out or str(n)


def amount(rng: Rng) -> str:
    value = pick(rng, [200, 300, 450, 500, 600, 800, 880, 1000, 1200, 1500, 1680, 2000, 2500, 3000, 3600, 4800,
                       5000, 6000, 8000, 9800, 1350, 700, 960, 2200])  # fmt: skip
    style = rng.random()
    if style < 0.3:
        return f"{value}块"
    if style < 0.6:
        return f"{value}元"
    if style < 0.75 and value % 100 == 0:
        return cn_number(value) + pick(rng, ["块", "", "块钱"])
    if style < 0.85:
        return f"{value}"
    return pick(rng, ["¥", "￥"]) + str(value)


def amount_big(rng: Rng) -> str:
    w = pick(rng, [1, 2, 3, 5, 6, 8, 10, 12, 15, 18, 20, 30, 38, 50, 80])
    style = rng.random()
    if style < 0.45:
        return f"{w}万"
    if style < 0.6:
        return f"{w * 10000}元"
    if style < 0.75 and w < 10:
        return cn_number(w * 10000) + pick(rng, ["", "块"])
    if style < 0.93 and w < 10:
        return f"{w}.{rng.randrange(1, 10)}万"
    return f"{w}万" if style < 0.95 else f"{w}万多"


def price(rng: Rng) -> str:
    v = pick(rng, [25, 30, 35, 39, 45, 49, 50, 58, 68, 80, 88, 99, 120, 128, 150, 168, 180, 199, 200, 260, 280, 298,
                   350, 399, 450, 500, 580, 680, 800])  # fmt: skip
    return f"{v}{pick(rng, ['元', '元', '块', '', '块钱'])}"


def unit_price(rng: Rng) -> str:
    p = pick(rng, ["0.8", "1.2", "1.5", "1.8", "2", "2.5", "3", "3.5", "4.5", "5", "6", "8", "12", "15", "18", "25"])
    box = pick(rng, ["45", "60", "75", "88", "99", "120", "35", "50"])
    forms = [f"{p}元一只", f"{p}块一个", f"{p}/只", f"单价{p}", f"{p}元/片", f"一盒{box}元", f"{box}一盒",
             f"{box}块一盒", f"{p}一个", f"每只{p}元", f"{box}元/盒（50只）"]  # fmt: skip
    return pick(rng, forms)


def quantity(rng: Rng) -> str:
    return pick(rng, ["一箱", "50只", "一盒50只", "2000只", "1万只", "10万只", "一件", "200盒", "500片", "几十箱",
                      "20箱", "3000个", "5万只", "100盒"])  # fmt: skip


def deposit(rng: Rng) -> str:
    return pick(rng, ["30%定金", "一半定金", "500定金", "定金" + price(rng), "20%订金", "1000块定金", "全款", "预付款"])


def url(rng: Rng) -> str:
    path = "".join(
        pick(rng, "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(rng.randrange(5, 9))
    )
    if rng.random() < 0.45:
        return f"{pick(rng, ['http://', 'https://', ''])}{pick(rng, ['t.cn', 'dwz.cn', 'url.cn', 'suo.im', 'w.url.cn'])}/{path}"
    word = pick(rng, ["etc-rz", "gov-bt", "kz-yuyue", "vip-95", "yibao-rz", "ccb-kf", "ybrz", "sbbt", "jd-lp", "tb-kf",
                      "fangyi", "kouzhao", "hmyx", "zhongjiang", "app-dl"])  # fmt: skip
    return f"{pick(rng, ['http://', 'https://', ''])}{word}{rng.randrange(1, 99)}.{pick(rng, ['top', 'cc', 'xyz', 'vip', 'com', 'cn', 'icu'])}/{path[:4]}"


def benign_url(rng: Rng) -> str:
    path = "".join(
        pick(rng, "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(rng.randrange(5, 9))
    )
    host = pick(rng, ["t.cn", "dwz.cn", "u.jd.com", "m.tb.cn/h.", "mp.weixin.qq.com/s/", "v.douyin.com/", "b23.tv/"])
    sep = "" if host.endswith(("/", ".")) else "/"
    return f"{pick(rng, ['https://', 'https://', ''])}{host}{sep}{path}"


def date(rng: Rng) -> str:
    d = rng.randrange(1, 29)
    return pick(rng, [f"{rng.randrange(1, 13)}月{d}日", f"{rng.randrange(1, 13)}月{d}号", f"{d}号", "本周六", "下周一",
                      "这周五", "周日", f"{rng.randrange(1, 13)}月{d}日"])  # fmt: skip


def when(rng: Rng) -> str:
    return pick(rng, ["明天上午9点", "今天下午2点到5点", f"{rng.randrange(1, 29)}日上午8:30-11:30", "周六上午",
                      "晚上7点", "明早8点", "今天下午3点", "后天上午10点", "明天下午2:00", "上午9:00-12:00"])  # fmt: skip


def emo(rng: Rng) -> str:
    r = rng.random()
    if r < 0.55:
        return ""
    if r < 0.85:
        return pick(rng, EMOJI)
    return pick(rng, EMOJI) * rng.randrange(2, 4)


def wx_emoji(rng: Rng) -> str:
    return pick(rng, WX_EMOJI) if rng.random() < 0.6 else ""


def building(rng: Rng) -> str:
    n = rng.randrange(1, 30)
    return pick(
        rng, [f"{n}栋{rng.randrange(1, 5)}单元", f"{n}号楼", f"{n}幢", f"{n}栋", f"{n}号楼{rng.randrange(1, 4)}单元"]
    )


def room(rng: Rng) -> str:
    return f"{rng.randrange(1, 33)}0{rng.randrange(1, 5)}"


def balance(rng: Rng) -> str:
    v = rng.randrange(100, 200000)
    return f"{v:,}.{rng.randrange(100):02d}" if rng.random() < 0.5 else f"{v}.{rng.randrange(100):02d}"


def officer(rng: Rng) -> str:
    s = pick(rng, SURNAMES)
    return pick(
        rng,
        [
            s + "警官",
            "民警小" + s,
            s + "科长",
            s + "检察官",
            "警号" + str(rng.randrange(10000, 99999)) + "的" + s + "警官",
        ],
    )


def police(rng: Rng) -> str:
    c = pick(rng, CITIES)
    return pick(rng, [f"{c}市公安局", f"{c}市公安局刑侦支队", f"{c}市人民检察院", f"{c}市经侦大队", "最高人民检察院",
                      f"{c}市公安局反诈中心", f"{c}市中级人民法院"])  # fmt: skip


def pickup(rng: Rng) -> str:
    return pick(rng, [f"{rng.randrange(1, 20)}-{rng.randrange(1, 6)}-{rng.randrange(1000, 9999)}",
                      f"{rng.randrange(1000, 99999)}", f"A{rng.randrange(100, 999)}"])  # fmt: skip


def n_small(rng: Rng) -> str:
    return pick(rng, ["2", "2", "3", "3", "3", "4", "5", "5", "6", "8", "10", "12", "15", "20"])


def cheap(rng: Rng) -> str:
    return pick(rng, ["9.9元", "12.8元", "5块", "15元", "6块5", "18元", "3.5元", "25元", "8块", "19.9元"])


def fee(rng: Rng) -> str:
    return pick(rng, ["9.9元", "12元", "15块", "20元", "8元", "18元", "10块", "23元"])


def pension(rng: Rng) -> str:
    return f"{rng.randrange(1800, 5200)}.{rng.randrange(100):02d}元"


FORMAL_SLOTS: dict[str, Callable[[Rng], str]] = {
    "price": lambda r: f"{pick(r, [25, 39, 49, 58, 68, 88, 99, 128, 150, 199, 260, 298, 350, 580, 800])}元",
    "amt": lambda r: f"{pick(r, [200, 500, 800, 1000, 1500, 2000, 3000, 4800, 5000, 8000, 960, 1350])}元",
    "amtbig": lambda r: pick(r, [f"{w}万元" for w in (1, 2, 5, 10, 20, 30, 50)] + ["50000元", "200000元"]),
    "unitprice": lambda r: pick(r, ["1.2元/只", "1.5元/只", "2元/只", "每只1.8元", "3.5元/只", "每盒45元", "15元/只"]),
}


def percent(rng: Rng) -> str:
    return pick(rng, ["15%", "30%", "20个点", "翻倍", "8%", "50%", "5个点", "12%", "200%"])


SLOTS: dict[str, Callable[[Rng], str]] = {
    "name": name,
    "nick": nick,
    "surname": lambda r: pick(r, SURNAMES),
    "phone": phone,
    "card": card,
    "wx": wechat_id,
    "qq": qq,
    "ali": alipay,
    "amt": amount,
    "amtbig": amount_big,
    "price": price,
    "unitprice": unit_price,
    "qty": quantity,
    "dep": deposit,
    "url": url,
    "burl": benign_url,
    "date": date,
    "time": when,
    "emo": emo,
    "wxe": wx_emoji,
    "sad": lambda r: (
        pick(r, ["😭", "😢", "😡", "[流泪]", "[大哭]", "[发怒]", "[叹气]", "💔", "😤"]) if r.random() < 0.5 else ""
    ),
    "bldg": building,
    "room": room,
    "bal": balance,
    "officer": officer,
    "police": police,
    "pickup": pickup,
    "n": n_small,
    "pct": percent,
    "city": lambda r: pick(r, CITIES),
    "comm": lambda r: pick(r, COMMUNITIES),
    "estate": lambda r: pick(r, ESTATES),
    "village": lambda r: pick(r, VILLAGES),
    "pharm": lambda r: pick(r, PHARMACIES),
    "market": lambda r: pick(r, MARKETS),
    "mask": lambda r: pick(r, MASKS),
    "disinf": lambda r: pick(r, DISINF),
    "gear": lambda r: pick(r, GEAR),
    "prod": lambda r: pick(r, pick(r, [MASKS, MASKS, DISINF, GEAR])),
    "prod2": lambda r: pick(r, WAVE2),
    "brand": lambda r: pick(r, BRANDS),
    "bank": lambda r: pick(r, BANKS),
    "bankname": lambda r: pick(r, BANKNAMES),
    "platform": lambda r: pick(r, PLATFORMS),
    "courier": lambda r: pick(r, COURIERS),
    "app": lambda r: pick(r, MEETING_APPS),
    "tapp": lambda r: pick(r, TASK_APPS),
    "subsidy": lambda r: pick(r, SUBSIDIES),
    "show": lambda r: pick(r, SHOWS),
    "gift": lambda r: pick(r, GIFTS),
    "carrier": lambda r: pick(r, CARRIERS),
    "company": lambda r: pick(r, COMPANIES),
    "veg": lambda r: pick(r, VEG),
    "fruit": lambda r: pick(r, FRUITS),
    "loc": lambda r: pick(r, LOCATIONS),
    "scamlist": lambda r: pick(r, SCAM_LIST),
    "tail": lambda r: f"{r.randrange(10000):04d}",
    "code": lambda r: f"{r.randrange(10**6):06d}",
    "mmdd": lambda r: f"{r.randrange(1, 13):02d}月{r.randrange(1, 29):02d}日",
    "hhmm": lambda r: f"{r.randrange(8, 20):02d}:{r.randrange(60):02d}",
    "cheap": cheap,
    "share": lambda r: pick(r, ["38元", "25块", "68", "45.5元", "29.9", "58元", "16块", "88元", "120", "35"]),
    "fee": fee,
    "pension": pension,
    "hour": lambda r: pick(r, ["上午9点", "下午3点", "晚上7点", "上午8:30", "下午2点", "早上7点半", "上午10点"]),
    "clock": lambda r: pick(r, ["晚上8点", "下午5点", "中午12点", "晚上9点", "明天上午10点", "今晚10点"]),
    "month": lambda r: str(r.randrange(1, 13)),
    "year": lambda r: str(r.randrange(2020, 2024)),
    "hh": lambda r: str(r.randrange(10**9, 10**10)),
    "plate": lambda r: pick(r, ["鄂A", "浙C", "粤B", "冀F", "川A", "豫A"]) + f"·{r.randrange(10000, 99999)}",
    "flight": lambda r: pick(r, ["CA", "MU", "CZ", "HU", "3U"]) + str(r.randrange(1000, 9999)),
    "salary": lambda r: pick(r, ["3500-4500", "4000元", "5000左右", "3000底薪加提成", "4500包吃"]),
}


# ---------------------------------------------------------------- template rendering

_CHOICE = re.compile(r"\[([^\[\]<>]*)\]")
_SHUFFLE = re.compile(r"<([^\[\]<>]*)>")
_SLOT = re.compile(r"\{(\w+)\}")


def render(template: str, rng: Rng, formal: bool = False) -> str:
    text = template
    while True:
        m = _CHOICE.search(text) or _SHUFFLE.search(text)
        if m is None:
            break
        parts = m.group(1).split("|")
        if m.group(0).startswith("["):
            chosen = pick(rng, parts)
        else:
            rng.shuffle(parts)
            chosen = "".join(parts)
        text = text[: m.start()] + chosen + text[m.end() :]
    slots = {**SLOTS, **FORMAL_SLOTS} if formal else SLOTS
    return _SLOT.sub(lambda m: slots[m.group(1)](rng), text)


# ---------------------------------------------------------------- template families


@dataclass(frozen=True)
class Family:
    fid: str
    category: str
    templates: tuple[str, ...]
    tags: tuple[str, ...] = ()
    formal: bool = False  # notices and SMS keep their punctuation; chat gets casual noise

    @property
    def stratum(self) -> str:
        if self.category != "benign":
            return self.category
        return next((t for t in self.tags if t in HARD_SUBTYPES), "benign_plain")


FAMILIES: list[Family] = []


def fam(category: str, fid: str, *templates: str, tags: tuple[str, ...] = (), formal: bool = False) -> None:
    FAMILIES.append(Family(fid, category, templates, tags, formal))


def mask_scam(fid: str, *templates: str, tags: tuple[str, ...] = (), formal: bool = False) -> None:
    fam("mask_scam", "ms_" + fid, *templates, tags=tags, formal=formal)


W2 = ("wave2",)

mask_scam("stock_short",
    "[有|]{mask}现货，要的私[聊|我]{emo}",
    "{mask}有货[！|!|]需要的[私聊|私我|加我]",
    "现货{mask}，[量大从优|数量有限|先到先得]，私聊[{emo}|]",
    "[还有|有]{mask}[，|]要的[找我|私我][哦|]{emo}")  # fmt: skip
mask_scam("stock_wx",
    "[急售|出售|转让|出]{mask}[ |，|]{qty}，[{unitprice}|价格私聊|价格美丽]，[加我微信|加微信|微信]{wx}",
    "{brand}{mask}现货{qty}，有需要的加微信{wx}[，备注口罩|，备注群名|]",
    "[需要|要]{mask}的[朋友|家人们|亲]加[我|]微信{wx}，[现货|有现货]，[{unitprice}|便宜]")  # fmt: skip
mask_scam("factory_direct",
    "厂家直供{mask}，{unitprice}，[一万只起订|五千只起批|量大价优]，[先付{dep}|先打{dep}]安排发货，联系电话{phone}",
    "[我们是|本公司是]{city}[口罩厂|医疗器械厂|无纺布厂]，[日产|每天产]{n}万只{mask}，[厂家直供|一手货源]，需要的老板[加V|加微信]{wx}",
    "[源头工厂|工厂直销]，{mask}[日产量大|每天出货]，[{unitprice}|价格低于市场]，[款到发货|先款后货]，[电话|手机]{phone}")  # fmt: skip
mask_scam("overseas",
    "海外仓现货{mask}，[FDA认证|CE认证|欧盟标准]，[{unitprice}|价格美丽]，[代购|代发]全国，需要的私聊",
    "[日本|韩国|美国|德国]代购{brand}{mask}，[现货|已到海关]，先付全款[，到货即发|，三天到手]，微信{wx}",
    "[海外直邮|跨境]{mask}，[正品保证|原装进口]，[{qty}|数量不多]，[需先付款|先付款再下单]，[联系|V]{wx}")  # fmt: skip
mask_scam("prepay_alipay",
    "{mask}到货了，[数量有限|只剩{n}箱]，先付款先发货，支付宝{ali}[，转完截图给我|，付完发截图|]",
    "要{mask}的直接转支付宝{ali}，备注[姓名+电话|楼号+数量]，[明天统一发|今晚发货]",
    "[支付宝|ZFB]{ali}，{mask}[，| ]{unitprice}，[转账后|付完]私[信|聊]我[地址|发地址]")  # fmt: skip
mask_scam("prepay_card",
    "{mask}[，| ]{unitprice}，要的[把钱打到|转到]{bank}卡号{card}[，户名{name}|]，[到账发货|收到款马上发]",
    "[定|订]{mask}的[先交|先转]{dep}，卡号{card} {bank} {name}，[余款到货再付|发货前补齐尾款]",
    "{mask}[预订|预定]：[户名|收款人]{name}，{bank}{card}，[付款后|打款后][发截图|报数量]")  # fmt: skip
mask_scam("qr_code",
    "扫[下面|这个|图里的]二维码[下单|付款|进群]，{mask}[，| ]{unitprice}，[包邮|当天发]",
    "[要口罩的|需要防疫物资的]扫码[加我|付款]，[码在上面|图在群里]，[晚了就没了|数量不多]",
    "[二维码|收款码]已发，{mask}[{n}盒起|一盒起]，扫码付款[后|][备注地址|留电话]{emo}")  # fmt: skip
mask_scam("limited_pushy",
    "最后{n}箱{mask}！！[要的抓紧|手慢无|今晚截单]，[先转账|先付款]锁货",
    "[就剩|只剩]{n}盒了[，谁要|，要的快]，转[我|]{price}[就给你留|就发]",
    "[速度|抓紧]！{mask}[马上|快]没了，[付了款的|先转账的]优先发[，不等人|]")  # fmt: skip
mask_scam("group_private",
    "群里谁要{mask}？[我这有渠道|我朋友那有货]，[私聊我|加我好友]，别在群里说[，怕被群主踢|]",
    "[需要{mask}的|要口罩的]姐妹私我[，群里不方便说|，价格不公开]{emo}",
    "[有门路|有渠道]搞到{mask}，[要的|需要的]私[我|聊]，[先到先得|量不多]")  # fmt: skip
mask_scam("qq_contact",
    "{mask}现货批发，[QQ|扣扣]{qq}，[在线|24小时在线]，[先款后货|款到发货]",
    "[要|需要]{mask}的加[Q|QQ]{qq}，[现货|有货]，[{unitprice}|价格好说]")  # fmt: skip
mask_scam("daigou_estate",
    "帮{estate}的邻居统一代购{mask}，[每户限|每家]{n}盒，{unitprice}，先交{dep}到我微信{wx}，[到货通知|下周到]",
    "[我|我们]可以帮[大家|{estate}]代购{mask}，[先|要先]把钱转[我|给我]，[凑够|够]{n}户就下单")  # fmt: skip
mask_scam("disinfectant",
    "{disinf}现货[，一件{n}瓶|，{n}斤装]，[{price}一件|{price}一箱]，[要的加微信{wx}|电话{phone}]，先款后发",
    "75%酒精[、|和]84[大量|]现货，[医院同款|药监局备案]，[物流停了也能发|顺丰包邮]，[转账后|付款后]发货",
    "[消毒液|{disinf}][批发|现货]，[医用级|厂家直发]，[{price}一桶|{price}一箱]，[需要的|要的]微信{wx}[，先付款|，款到发]")  # fmt: skip
mask_scam("gear",
    "{gear}现货，[医用级|二级防护|医院同款]，[{price}一套|{price}一个]，[先付款|款到]发货，联系{phone}",
    "有[额温枪|测温枪]的[渠道|现货]，[小区|公司|工厂]复工必备，[{price}一把|{price}一台]，微信{wx}",
    "[护目镜|防护服|隔离衣][急出|现货]{n}[套|件]，[{price}一套|价格私聊]，[先打款|先转账][再发|后发]")  # fmt: skip
mask_scam("wave2_antigen",
    "抗原[试剂|检测盒]现货，[20人份|25人份|一盒5支]，[{price}一盒|{price}一件]，[先付款|先转账]后发货，[加V|加微信]{wx}",
    "[抗原|抗原自测盒]有货了，药店都断货了，我这还有{n}盒，要的[微信转|转]我{price}，[明天寄|快递发]",
    "[抗原|新冠抗原]{n}盒起[拍|卖]，[{price}一盒|一盒{price}]，[先款|款到]发货，[同城当天到|全国包邮]", tags=W2)  # fmt: skip
mask_scam("wave2_lianhua",
    "连花清瘟[胶囊|颗粒]有货，[一盒{price}|{price}一盒]，[限量|最后几箱]，先[付款|转账]后[发货|送货]，[电话|微信]{phone}",
    "[有|还有]连花清瘟[和布洛芬|]，[要的|需要的]报[数量|盒数]，[钱转我|先转钱]我[统一|]去拿", tags=W2)  # fmt: skip
mask_scam("wave2_paxlovid",
    "[辉瑞特效药|Paxlovid|新冠特效药]现货，[香港|海外]代购，[2万一盒|一盒1.8万|两万三一盒|一盒3万8]，[先付|先交]定金{price}，[微信|V]{wx}",
    "[特效药|新冠口服药][有渠道|能搞到]，[救命的药|家里有老人的看过来]，[先付一半|先交定金]，[到货|发货]再[付|结]尾款", tags=W2)  # fmt: skip
mask_scam("wave2_vaccine",
    "[九价|新冠|四价]疫苗[预约名额|插队名额]，[包约上|保证打上]，[一个{price}|{price}一针]，先转[定金|钱]再[帮你约|约]，[加我|私]",
    "帮忙抢疫苗[预约|号]，[内部渠道|医院有熟人]，[成功率100%|三天内约上]，费用{price}先付", tags=W2)  # fmt: skip
mask_scam("wave2_oximeter",
    "[血氧仪|制氧机]现货，[{price}|{price}一台|一台三千多]，[先付全款|先付一半]，[明天发|顺丰发]，需要的加{wx}",
    "[家里有老人的|阳了的]看过来，[血氧仪|制氧机][还有{n}台|现货]，[付款|转账]后[当天|马上]发", tags=W2)  # fmt: skip
mask_scam("price_list",
    "[今日报价|价格表]：{mask}[，| ]{unitprice}，{disinf}[ |，]{price}一箱，{gear}[ |，]{price}一套，[先款后货|款到发货]，[V|微信]{wx}",
    "[最新报价|报价]\n{mask}：{unitprice}\n{disinf}：{price}/箱\n[款到发货|先款后货]，[联系|电话]{phone}")  # fmt: skip
mask_scam("export_stock",
    "出口转内销{mask}，[FDA|CE]双认证，[库存|现货]{qty}，[不拆零|整箱出]，[{unitprice}|价格私聊]，[需先付|须付]{dep}",
    "外贸[尾单|库存]{mask}，[符合欧标|FFP2]，[{unitprice}|价格超低]，[量少|一人限购{n}盒]，[先付款|定金]，[V|vx]{wx}")  # fmt: skip
mask_scam("hospital_channel",
    "[我老公|我亲戚|我同学]在医院上班，能拿到[内部的|医用的]{mask}，[{unitprice}|每盒{price}]，要的[先转钱|先把钱给我]我统一去拿",
    "[我是{city}一家医院的护士|我在医院采购科]，[多订了|剩了]一批{mask}，[低价|原价]转[给大家|出]，[先转钱|先打款]，[名额|数量]有限")  # fmt: skip
mask_scam("friend_batch",
    "[朋友|朋友圈]刚到的一批{mask}，[{brand}正品|正规厂家]，[数量有限|只有{n}盒]，[转我微信|微信转账]就[发|寄]",
    "[刚到一批|新到]{mask}，[{brand}的|正品]，[{unitprice}|不贵]，[要的|想要的]直接转我[就行|，晚上发]")  # fmt: skip
mask_scam("no_cod",
    "{mask}现货，不[走|支持]货到付款，[先款后货|先付款]，[介意勿扰|不信任别加]，{wx}",
    "[只接受|只收]全款[预付|先付]，{mask}[保真|保质]，[磨叽的|砍价的]勿扰，[V|微]{wx}")  # fmt: skip
mask_scam("logistics_ready",
    "{mask}已经[到物流园|在路上]了，[要的今天把钱|今天之前把款]转[过来|给我]，明天[到|送]{estate}[门口|门卫]",
    "[这批|第二批]{mask}[后天|明天]到{city}，[没付款的|还没交钱的][抓紧|赶紧]转，[不付|没付]的[不留|不给留]")  # fmt: skip
mask_scam("pharmacy_sold_out",
    "药店都买不到{mask}，我[这里|手上]还有{qty}，[原价|成本价]出，{unitprice}，先付款，[自提|快递]也行",
    "[京东|淘宝|拼多多]都[断货|没货]了，我这[还有|有]{mask}，[比网上便宜|原价]，加[V|我]{wx}")  # fmt: skip
mask_scam("kids_mask",
    "儿童口罩现货[，卡通款|，独立包装]，[宝妈们|家长们]抓紧，[{price}一盒|一盒{price}]，[加微信下单|微信{wx}]，[付款后发货|先付后发]",
    "[宝宝|小孩]能戴的口罩[到了|有货]，[开学要用|开学必备]，[{price}一盒|{unitprice}]，[先转账|先付]登记[，名额有限|]")  # fmt: skip
mask_scam("bulk_boss",
    "[需要大量|工厂复工需要]{mask}的老板看过来，[手上有|现有]{n}万只，[{unitprice}|价格可谈]，[签合同|打定金]锁货，[电话|联系]{phone}",
    "[企业|工厂]复工[缺口罩|要口罩]的[找我|联系我]，{n}万只现货，[预付{dep}|先付{dep}]，[当天|24小时内]发车")  # fmt: skip
mask_scam("certified",
    "[有资质|三证齐全]，[医用外科口罩|N95|{mask}]现货，[可开发票|支持验货]，[先打{dep}|付{dep}]，[剩下|尾款]发货前付清",
    "[正规厂家|有注册证]，{mask}[检测报告齐全|带合格证]，[先付|预付]{dep}[安排生产|排单]，[联系人|联系]{name} {phone}")  # fmt: skip
mask_scam("spoken",
    "[哎|喂]大家[要|需要]口罩不[？|]我这[有|还有]好多[，|]便宜[卖|给]大家[，|]{unitprice}[，|]要的[赶紧|快点]微信转我",
    "[跟大家说个事|大家注意下]，我[这|这里][弄到|搞到]一批{mask}[，|]要的[话|]先[把钱|钱]转[过来|给我][哈|啊]",
    "口罩要不要[嘛|啊]？[真的有|有的]，[转钱|钱转过来]就[给你|给]发[嘛|]")  # fmt: skip
mask_scam("emoji_ad",
    "🔥🔥{mask}现货🔥🔥\n✅[{brand}正品|医用级]\n✅{unitprice}\n✅[先付款后发货|款到发货]\n☎️{phone}",
    "‼️[紧急|重要]‼️{mask}[到货|补货]啦\n👉[{unitprice}|数量有限]\n👉[加V|微信]{wx}\n👉[先款后货|付款发货]",
    "😷[防疫物资|口罩]现货😷 {mask}/{disinf}/{gear} 💰[先付款|款到发] 📱{phone}")  # fmt: skip
mask_scam("reply_thread",
    "[@{nick}|@楼上] [我这有|我有]{mask}[，|]私[你|聊]",
    "[@{nick} |]要{mask}吗？{qty}，[{unitprice}|便宜]，加我{wx}",
    "回复[{nick}|楼上]：口罩[我这有|有的]，[加我|私聊]，[先付款|转账]就发")  # fmt: skip
mask_scam("preorder_deposit",
    "下一批{mask}[{date}到|后天到]，[现在预定|提前订]的先交定金{price}，[不交|没交]定金的不留",
    "{mask}[预售|预订]中，[交定金|付定金]{price}[锁定|保留]名额，[到货|货到]通知[补尾款|付余款]")  # fmt: skip
mask_scam("fear_sell",
    "[疫情这么严重|病毒传染性很强]，没口罩[出不了门|很危险]，我这还有{mask}，[{unitprice}|便宜出]，[要的私我|加{wx}]",
    "[买不到口罩|没口罩]的[别慌|不要急]，我有{mask}，[价格公道|不赚大家钱]，[先转账|先付款][我|]就发")  # fmt: skip
mask_scam("charity_price",
    "[爱心|公益]价出{mask}，[不赚钱|只收成本]，[{unitprice}|每盒{price}]，[需要的|要的]转账到{ali}[，备注地址|]",
    "[献爱心|做好事]，{mask}[成本价|亏本]给[邻居们|大家]，[每户|每人]限{n}盒，[先转|转]{price}[到我|给我]")  # fmt: skip
mask_scam("wholesale_sms",
    "【防疫物资】{mask}、{disinf}、{gear}大量现货，[批发|零售]均可，[详询|咨询]{phone}[（微信同号）|同微信]",
    "【[口罩|物资]供应】[现货|大量]{mask}，[{unitprice}|价格优惠]，[订购|联系]{phone}，[款到即发|先款后货]", formal=True)  # fmt: skip
mask_scam("new_account",
    "[之前的|原来的]微信[满了|被封了]，[要口罩的|要货的]加[新号|这个号]{wx}，[付款|定金]转[这个号|新号]",
    "[我换号了|换微信了]，[订口罩|买口罩]的[朋友|]加{wx}，[原来的号|旧号][不用了|别转了]")  # fmt: skip
mask_scam("pay_code",
    "[收款码发群里了|付款码在上面]，要{mask}的扫码付{price}[，备注楼号|，付完截图]",
    "[要的|需要的]扫我的[收款码|码]，[一盒|每盒]{price}，[付了|扫完][说一声|报楼号]")  # fmt: skip
mask_scam("relative_pharma",
    "我[表哥|朋友|亲戚]在[药企|药厂]，能弄到{prod2}，要的[报数量|报名]，[钱|款]先转我统一[拿货|下单]",
    "[内部|厂里]价拿{prod2}，[比药店|比外面]便宜[一半|很多]，[名额|数量]有限，[先付钱|先转账][登记|下单]", tags=W2)  # fmt: skip
mask_scam("link_order",
    "{mask}[抢购|预约购买]链接：{url}，填写[身份证|姓名电话]并[付款|支付{price}]即可[到货|配送到家]",
    "[过年|开工]在即，{mask}[备好了吗|还没买？]，[现货|当天发]，{unitprice}，[点链接下单|链接下单]{url}")  # fmt: skip
mask_scam("sms_style",
    "【[防疫物资|口罩预约]】[您好|尊敬的用户]，[{mask}开放预约|口罩到货]，每人限购{n}盒，请[点击|登录]{url}[支付|预付]{price}[完成登记|锁定名额]",
    "【{city}口罩预约】[您已|恭喜您]获得购买资格，[请于今日|24小时内]登录{url}支付{price}，逾期[作废|取消资格]", formal=True)  # fmt: skip
mask_scam("bargain",
    "{mask}[原价|市场价]{price}，[今天|现在]只要{price}[！|，]{n}盒起[卖|拍]，[先转|先付][才|再]发[哦|的]",
    "[特价|清仓]{mask}，[买{n}送1|满{n}盒包邮]，[先付款|付款]后[发货|安排]")  # fmt: skip
mask_scam("middleman",
    "[帮朋友|帮厂家]出一批{mask}，[我就是个中间人|我只是帮忙]，[要的直接|]把钱转[厂家账户|他卡上]{card}",
    "[我是帮人转的|中间人]，{mask}[货在厂家|在仓库]，[款|钱]直接打[厂家|老板]{bank}{card}，[户名|收款人]{name}")  # fmt: skip
mask_scam("report_format",
    "[要口罩的|下单的]按格式报：姓名+电话+数量，[报完|报好]把钱转{ali}，[转了才算|付了才]登记",
    "{mask}登记：[私信我|发我]姓名、楼号、数量，[定金|钱]转[我微信|{wx}]，[转完|付完]才[算数|发货]")  # fmt: skip
mask_scam("fake_jielong",
    "口罩接龙：{mask}[，| ]{unitprice}\n1. {nick} {n}盒\n2. {nick} {n}盒\n[接龙后|报完]先转定金到[我私人微信|{wx}]，[货到|到了]再补",
    "{mask}预定接龙，[先付定金才算|定金{price}]，[陌生|外面]渠道[货紧|货少]，[付了|转了]的[排前面|先发]")  # fmt: skip
mask_scam("medical_staff",
    "[我是护士|我是医生|我在疾控上班]，[单位|医院]发的{mask}[用不完|多了]，[便宜|原价]出[给大家|]，[转账|先转钱]后[放门卫|快递]",
    "[医护|医院]渠道{mask}，[保真|绝对正品]，[每人|]限{n}盒，[先付款|转账]，[要的|需要的]私")  # fmt: skip
mask_scam("resell_extra",
    "{prod2}[急出|转让]，[买多了|家里用不完]，{price}[一盒|出]，[微信转我|先转]就寄",
    "[囤多了|多买了]{n}盒{prod2}，[原价转|便宜出]，[先转钱|钱到]发[顺丰|快递]", tags=W2)  # fmt: skip
mask_scam("cheap_claim",
    "[全网最低|比药店便宜一半]，{mask}[，| ]{unitprice}，[{qty}起|不限量]，先付款[，不退不换|，发货快]",
    "{mask}[超低价|白菜价]，[真的|绝对][有货|现货]，[要就|要的]转账，[不要|别]问[在不在|有没有]")  # fmt: skip
mask_scam("voucher_sale",
    "[口罩|防疫物资]预约[券|名额]出售，[凭券|凭码]到[药店|指定网点]取货，{price}一[张|个]，[微信|支付宝]转账",
    "[有|出]{n}个口罩[摇号|预约]名额，[中签的|抽中的][码|号]可以转给你，[每个|一个]{price}，[先转账|先付]")  # fmt: skip
mask_scam("multi_contact",
    "{mask} {disinf}现货 电话{phone} 微信{wx} [QQ|Q]{qq} [先款|款到]发货",
    "{prod} [现货|有货] [V|微]：{wx} [电|TEL]：{phone}")  # fmt: skip
mask_scam("trust_me",
    "[我在这个群{n}年了|都是邻居]，[不会骗大家的|放心]，{mask}[真的|确实]有货，[先把钱转我|先转账]，[到了|到货]马上给[你们|大家]送",
    "[我人就住{bldg}|我是{bldg}的]，[跑不了的|不会骗人]，{mask}[要的|]先[交钱|付款][我好|才能]订货")  # fmt: skip
mask_scam("very_short",
    "口罩 {unitprice} 先款 {wx}",
    "有[N95|KN95|口罩] 要的[转账|私]{emo}",
    "[KN95|N95|外科口罩] 现货 [加V|+V|加微] {wx}",
    "[出|有]{mask} [私|私聊] 先款")  # fmt: skip
mask_scam("hongbao_grab",
    "[拼手气抢口罩|口罩秒杀]，[发{price}红包|转{price}]给我[就能|即可]参与，[前{n}名|前{n}位]包邮",
    "[口罩福利|抢口罩]：[先|]转{price}[参与|报名]，[抽中|中签]的[发{n}盒|送口罩]，[没中|没抽中][退钱|全退]")  # fmt: skip
mask_scam("charity_channel",
    "[红十字会|慈善总会]内部渠道{mask}，[非卖品|捐赠剩余]，[工本费|手续费]{price}，[转账|付款]后[登记|安排]",
    "[政府|卫健委][调拨|下发]的{mask}[有剩余|多出来]，[内部价|工本价]给[大家|有需要的]，先[交钱|转钱]再[领|取]")  # fmt: skip
mask_scam("fever_meds",
    "[布洛芬|退烧药|对乙酰氨基酚]现货，[药店断货|全城缺货]，[{price}一盒|一盒{price}]，[先款|款到]发货，[同城闪送|当天到]，{wx}",
    "[退烧药|布洛芬][还有|有]{n}盒，[要的|急用的]转我{price}，[我|][放你门口|给你送过去]", tags=W2)  # fmt: skip
mask_scam("dm_followup",
    "[您好|你好]，看到你在群里问口罩，我这[有|还有]{mask}[ |，|]{qty}，{unitprice}，[你要的话|要的话]先转{price}定金，我[给你留着|马上发]",
    "[还要口罩吗|口罩还要不要]？[最后一批了|今天不要就没了]，[钱转了|转过来]我马上安排",
    "[亲|你好]，[刚看到|看到]你[问|要]{mask}，[我这|这边]有，[方便的话|要的话]加个微信{wx}")  # fmt: skip
mask_scam("shipping_fee_only",
    "{mask}[免费送|免费领]，[只需|只收]运费{fee}，[扫码付|微信转]运费就发",
    "[免费|0元]领{mask}[ |，]{n}盒，[仅需|只要]付[邮费|快递费]{fee}，[名额|数量]有限[，速领|]")  # fmt: skip
mask_scam("english_mix",
    "[KN95|N95|Mask] in stock，{unitprice}，[DM me|私聊]，[wechat|微信]: {wx}",
    "{mask} [ready stock|现货] [FDA/CE]，[先款|pay first]，[V|wechat] {wx}")  # fmt: skip
mask_scam("disinfect_service",
    "[上门消毒|小区消杀|家庭消杀]服务，[{price}一次|{price}每户]，[先付款预约|预约需先付定金]，[电话|联系]{phone}",
    "[专业|医用级]消杀[上门|到家]，[防病毒|杀菌99.9%]，[预约|登记]先[付|交]{price}，[加|V]{wx}")  # fmt: skip
mask_scam("goggles_thermo",
    "[额温枪|测温枪][到货|现货]，[{price}一把|{price}一个]，[复工|开学]必备，[付款|转账][后|]发货，[微信|V]{wx}",
    "[红外额温枪|进口额温枪|测温枪|护目镜][还剩|还有]{n}[台|个]，[谁要|要的]先转[钱|账]，[明天|马上]发[快递|货]")  # fmt: skip
mask_scam("relist_neighbors",
    "[邻居们|各位邻居]，[我托人|托朋友][从{city}|从外地]拿了一批{mask}，[{unitprice}|成本价]，[要的|需要的][先把钱转我|先转账]，[我好|方便我]报数",
    "[{estate}|咱小区]的[朋友|邻居]，{mask}[帮大家|可以]带，[每盒|一盒]{price}，[今天|今晚]前[转我|把钱给我]")  # fmt: skip
mask_scam("wave2_test_group",
    "[抗原|退烧药|N95][渠道|货源][稳定|充足]，[今天|今晚]下单[明天|后天]到，[先付款|钱先到]，[不接受|不支持]货到付款，{wx}",
    "[{prod2}|抗原和退烧药][现货|有货]，[家里有老人孩子的|阳了的]抓紧，[扫码|加V]付款[下单|]", tags=W2)  # fmt: skip
mask_scam("stranger_pm",
    "[加你一下|加个好友]，[我这|我]有{mask}[便宜|低价]出，[你|]要的话[先转|先付]{price}[定金|]",
    "[我是群里的|群友]，[看你|]需要口罩，{mask}[，| ]{unitprice}，[付款|转账]后[包邮|今天发]")  # fmt: skip
mask_scam("limited_time",
    "[今晚12点|今天{n}点]前[截单|截止]，{mask}[{unitprice}|特价]，[过时|过了]恢复原价，[要的|需要的][转账|付款]锁单",
    "{mask}[限时|最后]{n}小时，[付款|转账]即[锁货|留货]，[不付款|没付]不留[货|]")  # fmt: skip
mask_scam("shop_fake",
    "[本店|我们店]{mask}[到了一批|现货]，[不用|无需]排队，[微信|V信]下单[转账|付款]后[送货上门|快递到家]，[店主|联系]{phone}",
    "[{pharm}|药店]内部[员工|渠道]价{mask}，[不用排队|不用抢]，[转我|转给我]就[帮你拿|留]")  # fmt: skip


def victim(fid: str, *templates: str, tags: tuple[str, ...] = ()) -> None:
    fam("victim_report", "vr_" + fid, *templates, tags=tags)


NM = ("non_mask",)

victim("blocked_deposit",
    "我转了{amt}[定金|订金]，对方把我拉黑了[{sad}|，怎么办|]",
    "[定金|订金]{amt}[刚|昨天]转过去，[人就|对方就]把我[拉黑|删]了{sad}",
    "[买口罩的|口罩的]定金{amt}付了[，|][现在|结果][被拉黑了|对方拉黑我了]")  # fmt: skip
victim("not_shipped",
    "付了钱[三天|好几天|一个星期]了{mask}还没发，微信也不回[，是不是被骗了|]",
    "[钱|款]付了[两天|三天|五天]了，[口罩|货]影子都没有，[消息|微信]不回[电话|]不接",
    "{mask}的钱[早|都]转了，说好[昨天|前天]发货，[现在|到现在][还没|没]发[，人也找不到了|]")  # fmt: skip
victim("how_now",
    "被骗了怎么办[？|啊|，急{sad}]",
    "[在群里买口罩|买口罩]被骗了{amt}[，|]还能[追回来吗|要回来吗]",
    "[请问|问一下][被骗了|钱被骗了]报警有用吗？[转了|我转了]{amt}[买口罩|给卖口罩的]")  # fmt: skip
victim("name_payee",
    "大家[小心|注意]，[这个人|微信号]{wx}[是骗子|骗了我{amt}]，[我买口罩|说好发口罩]转了钱就拉黑",
    "[曝光|提醒]一下：微信{wx}，[收了我{amt}|骗了我{amt}]，[说有{mask}|卖口罩的]，[现在|已经]拉黑[我|了]")  # fmt: skip
victim("parent",
    "我[妈|爸|婆婆|奶奶]在群里[买了|订了]{mask}，转了{amt}给对方，现在[电话打不通|人找不到了]",
    "[家里老人|我家老爷子]被人[骗了|忽悠了]，[买口罩|说买{prod2}]转了{amt}，[东西|货]没收到[，人也没了|]")  # fmt: skip
victim("ask_others",
    "有没有人[也|]被那个卖口罩的骗了？[我转了{amt}|我也付了钱]，[一起报警吧|现在找不到人]",
    "[群里|]还有谁[也|]给[那个|]卖{mask}的转[钱|账]了？[我|]{amt}[没了|打水漂了]")  # fmt: skip
victim("card_payee",
    "[我把钱|钱]打到{bank}{card}了，[{amt}|整整{amt}]，[说好的口罩|货]一直没[到|发]，[对方|卖家]也[不接电话|失联了]",
    "[收款账户|对方卡号]{card}，[户名|名字]{name}，[我|]转了{amt}[买口罩|订货]，[人|卖家]跑了[，怎么办|]")  # fmt: skip
victim("alipay_payee",
    "[支付宝|微信]转了{amt}给{ali}，[买抗原|买连花清瘟|买口罩]的，[到现在|两天了]没[消息|发货]，[人也联系不上|把我删了]",
    "[对方|卖家]支付宝{ali}，[收了|拿了]我{amt}[就|然后]不[回|理]我了")  # fmt: skip
victim("fake_tracking",
    "[卖口罩的|那个人]给了我个快递单号，[查不到|查了是假的]，钱[{amt}|都]转过去了[，现在不回|，人也没了]",
    "[物流|快递单号]一直[不更新|查不到]，[问|催]他就说[在路上|快了]，[现在|今天]直接[不回了|把我删了]，{amt}[啊|]")  # fmt: skip
victim("pay_more",
    "[先付了|交了]{amt}定金，[又说要交|又让我付]运费[和|、]保证金，我[没再转|不转]，[他就|对方就]把我拉黑了",
    "[第一次|先]转了{amt}[，又让我|他说不够又让我]转了{amt}，[说是|说][系统卡了|要交押金]，[最后|结果]货也没有人也没了")  # fmt: skip
victim("angry",
    "[气死了|真是气死了]{sad}[！|，][口罩|]钱转了人[就|]没了，{amt}啊[！|]",
    "[太可恶了|什么人啊]，[口罩|抗原]没[见着|收到]，{amt}[就这么|]没了{sad}")  # fmt: skip
victim("crying",
    "[呜呜|哎]，[我被骗了|我上当了]，[那个|群里的]卖口罩的[收了钱|骗了我{amt}]就[跑了|消失了]",
    "[心里难受|好难过]{sad}，给卖口罩的转了{amt}，[现在|]人[不见了|拉黑了]")  # fmt: skip
victim("shuadan_withdraw",
    "[做刷单|刷单]做了{n}单，[第{n}单|后面]充了{amt}，[现在|]提不出来[了|]，客服[说还要|让我再]充{amt}才能[解冻|提现]",
    "[刷单|做任务][垫了|充了]{amt}，[说|客服说]要[连做|做完]{n}单才能[提现|返钱]，[现在|]钱[取不出来|提不了]", tags=NM)  # fmt: skip
victim("like_task",
    "[在网上|朋友介绍]做[点赞|刷单]兼职，[前面|开始]返了[几十块|{price}]，后来[投了|垫了]{amt}[就提不了现|就拿不回来了]",
    "[抖音点赞|关注]那个兼职[是骗人的|是假的]，[我|]垫了{amt}[进去|]，[群|任务群]解散了[，客服也不见了|]", tags=NM)  # fmt: skip
victim("fake_police",
    "[昨天|今天]有人[说是|冒充]公安局的，[说我|说我的卡]涉嫌洗钱，让我把钱转到安全账户，我转了{amtbig}[，现在才反应过来|，怎么办啊]",
    "[我爸|我公公|我家老爷子]接到'[警察|检察院]'的电话，[说|讲]他[涉案|涉嫌洗钱]，[按要求|让他]把{amtbig}转到[安全账户|指定账户]了", tags=NM)  # fmt: skip
victim("loan_fee",
    "[在网上|]申请贷款，[交了|先交了]{amt}[保证金|解冻费|手续费]，[贷款|钱]一直没下来，[客服也不理我|APP打不开了]",
    "[网贷|贷款]说[卡号填错了|流水不够]要[交|转]{amt}[解冻|验资]，[我转了|转完]之后[就再也联系不上了|又让我交]", tags=NM)  # fmt: skip
victim("customer_service",
    "[接到|]自称{platform}客服的电话，说[给我退款|帮我关闭百万保障]，我按他说的[操作|转了]{amt}，[钱没了|才知道被骗]",
    "[说是|一个]{platform}客服[打电话|加我]，[让我|叫我]开[屏幕共享|备用金]，[卡里|账户里]{amt}[被转走了|没了]", tags=NM)  # fmt: skip
victim("fake_relative",
    "有人[冒充|假装]我[儿子|孙子|外甥]，说[出事了|打架被抓]要钱，我[转了|给了]{amt}[，后来打电话给儿子才知道是假的|]",
    "[我奶奶|我外婆]接到电话[说|，说][孙子|我]出事了，[急急忙忙|着急][转了|给人转了]{amt}", tags=NM)  # fmt: skip
victim("fake_leader",
    "[冒充|假冒]我们[领导|老板]加我[QQ|微信]，让我[给客户转|先垫付]{amtbig}，我转了[，现在财务说没这回事|才发现是假的]",
    "[假领导|骗子冒充经理][让我|叫我]转了{amtbig}给'[客户|合作方]'，[怎么办|能追回吗]", tags=NM)  # fmt: skip
victim("invest",
    "[被拉进一个|加了个]投资群，[说|老师说]带单稳赚，我[投了|充了]{amtbig}，现在[平台打不开|提不了现]了",
    "[炒币|虚拟币|跟单]平台[跑路了|关了]，[我|我们]投了{amtbig}，[老师|带单的]也[联系不上|退群了]", tags=NM)  # fmt: skip
victim("game_trade",
    "[给孩子|帮孩子]买游戏[装备|账号]，[转了|付了]{amt}，[卖家|对方]就拉黑了",
    "[孩子|我儿子][私下|偷偷]给[游戏|卖皮肤的]转了{amt}，[对方|人]拉黑了[，能追回吗|]", tags=NM)  # fmt: skip
victim("where_report",
    "[请问|]被骗了{amt}[找哪个派出所|要带什么材料去报警]？[买口罩的|网上买东西]，[对方微信|对方账号]{wx}",
    "[转账|被骗]的钱[能报警吗|怎么报警]？[{amt}|钱不多]，[就|是]买口罩的时候[被骗的|转出去的]")  # fmt: skip
victim("screenshots",
    "[聊天记录|转账记录]都[截图了|留着]，[转了{amt}|一共转了{amt}]，[这个人|对方]就是{wx}，[求帮忙|谁能帮帮我]",
    "[截图|证据]都在，[他|对方]收了{amt}[不发货|就跑]，[帮我看看|大家帮忙看看]怎么[办|弄]{sad}")  # fmt: skip
victim("elder_speech",
    "[我老头|老伴]在[群里|手机上]看到[卖|便宜的]{mask}，[让我|非要]转了{amt}过去，[到现在|等了一星期]啥也没[收到|看到]",
    "[我一个老太婆|我们老年人]不懂[这些|手机]，[买口罩|买药]转了{amt}，[现在|][那人|对方]不理[我|我了]")  # fmt: skip
victim("still_waiting",
    "[{date}|上周]在[群里|朋友圈]订的{mask}，[说|讲好]{n}天[到|发货]，[到现在|现在]都[没动静|还没到]，[人也|消息也]不回",
    "[那个|卖口罩的][说|一直说]明天发[，都|已经]说了[一个星期|好多天]了，[我|]转的{amt}[是不是|怕是]要不回来了")  # fmt: skip
victim("customs_fee",
    "[对方|卖口罩的]说[货被海关扣了|货在路上被查了]，要我[再交|补交]{amt}[清关费|罚款]，我[已经|前面]转了{amt}了",
    "[说|卖家说]{mask}[卡在|扣在]{city}[了|]，[又要|还要]{amt}[手续费|疏通费]，[前面的钱|之前的]也不退")  # fmt: skip
victim("seller_left_group",
    "[那个卖口罩的|群里那个人]收了[好几个人|大家]的钱[就退群了|就跑了]，我[也|]转了{amt}",
    "[我们|楼里]好几户[都|]被[那个卖口罩的|同一个人]骗了，[每家|有的]转了{amt}，[有的|还有人]转了{amtbig}")  # fmt: skip
victim("fake_subsidy",
    "[收到短信|有人打电话]说[可以领|有]{subsidy}，[我填了|我输了]银行卡[和|跟]验证码，[卡里|账上]的{amt}[就没了|被转走了]",
    "[点了|点开]短信里那个[领补贴|{subsidy}]的链接，[填了|输了]卡号密码，[第二天|马上][钱就少了|被扣了]{amt}", tags=NM)  # fmt: skip
victim("prize",
    "[说我中奖了|抽中了大奖]，要先交{amt}[手续费|税]，[交了|付了]之后[就联系不上了|人没了]",
    "[中奖|领奖]要[交|付]{amt}[保证金|个税]，[我|]交了，[奖品|奖金]没[见到|影]，[人|电话]也[打不通|没了]", tags=NM)  # fmt: skip
victim("credit_repair",
    "[找人|找网上的]修复征信，[先交了|交了]{amt}，[现在|]人[找不到|跑了]",
    "[说能|号称]消除[逾期|不良]记录，[收了我|我付了]{amt}，[征信|记录]一点没变[，人也不回了|]", tags=NM)  # fmt: skip
victim("antigen_paid",
    "买的抗原[钱|{amt}]付了，[快递|货]一直没[发|到]，[卖家|对方]说[缺货|再等等]，[现在|][直接|干脆]不回了",
    "[连花清瘟|布洛芬|退烧药]转了{amt}，[说|讲好]当天送，[结果|现在][人|号]都[找不到|没了]", tags=W2)  # fmt: skip
victim("spoken",
    "[我跟你们说|哎呀]我[上当了|被骗了]，[就是|那个]群里[卖口罩的|说有口罩的]，[钱|{amt}]转[了|过去]就[没影了|找不到人了]",
    "[你们说|我真是]傻[啊|]，[口罩|]没看到[货|东西]就[把钱|]转了{amt}，[现在|]人[没了|不理我]")  # fmt: skip
victim("ask_refund",
    "[怎么|能不能]把[转出去的|付出去的]钱[追回来|要回来]？[微信|支付宝]转了{amt}，对方[拉黑|删了]我",
    "[刚|刚刚]转了{amt}给[一个|]卖[口罩|抗原]的，[现在|]对方[不回了|拉黑了]，[微信能冻结他吗|能止付吗]")  # fmt: skip
victim("short",
    "被骗了{amt}{sad}",
    "[钱|定金]付了，人没了{sad}[，怎么办|]",
    "[口罩|货]没收到，人[拉黑我了|跑了]",
    "[我|]被[卖口罩的|骗子]骗了{amt}[，气死|]")  # fmt: skip
victim("factory_victim",
    "[厂家直供|说是厂家]的{mask}，[交了|付了]{dep}，[到现在|一个月了]也没[发货|见到货]，[电话|厂家电话]{phone}[打不通|空号了]",
    "[公司|我们厂]订了{n}万只口罩，[预付|打了]{amtbig}，[对方|供货商][跑了|失联]，[合同|公章][是假的|查不到]")  # fmt: skip
victim("hongbao",
    "[说|他说][抢口罩|秒杀]要先[转|发红包]{price}，我转了[，名额也没有|，然后人就不见了]",
    "[发了|转了]{price}红包[说能|给]抢口罩，[结果|然后][啥也没有|被踢出群了]")  # fmt: skip
victim("shipping_fee",
    "[有个人|对方]说[口罩|货]到了[让我|叫我]先付运费{price}，[我付了|付完]之后[就|]再也[联系不上|没回复]",
    "[说免费送口罩|免费领口罩]，[只要|]付运费{price}，[付了|我付了][快一周|好几天][了|]，[啥|什么]也没[收到|来]")  # fmt: skip
victim("pension_code",
    "[我爸|我妈]接到[电话|短信]说[养老金|社保]要认证，[把|]验证码[告诉了对方|给了人家]，[卡里|存折里]{amt}[被转走了|没了]",
    "[我|我妈]把验证码[给了|告诉了]'{platform}客服'，[结果|然后]{bank}卡[被扣了|少了]{amt}", tags=NM)  # fmt: skip
victim("medical_insurance",
    "[说我医保卡|医保]被[冻结|盗刷]了，[转接|转给]'警察'，让我转钱[到安全账户|配合调查]，转了{amtbig}",
    "[电话里|他们]说[我|我的医保卡]涉嫌[骗保|违规]，[我害怕|吓坏了]就[按他说的|]转了{amtbig}", tags=NM)  # fmt: skip
victim("ask_group_help",
    "[群里有警察吗|有没有懂的]？[我刚被骗了|刚才被骗了{amt}]，[是买口罩|买连花清瘟]的",
    "[谁能帮帮我|求助]，[买口罩|买抗原]被骗了{amt}，[对方|那人]电话{phone}[打不通了|关机了]")  # fmt: skip
victim("for_parent",
    "[帮我妈问一下|替我爸问下]，[她|他]在[群里|网上]买口罩转了{amt}，[人|卖家]拉黑了，[应该|要]怎么[报警|办]",
    "[我妈|我婆婆][偷偷|]在群里[订了|买了]口罩，[转了|付了]{amt}，[今天|现在]才[告诉我|说]人[找不到了|拉黑了]")  # fmt: skip
victim("partial",
    "[说好|讲好]{n}盒{mask}，[只|才]收到[一盒|几只]，[剩下的钱|余下的{amt}]也不退，[人|卖家]也不回[了|]",
    "[收到的|寄来的]口罩[是假的|一捏就破|不是医用的]，[找他退钱|要退款][就|]把我拉黑了，{amt}[呢|啊]")  # fmt: skip
victim("warn_after",
    "[大家千万别|千万别]在群里买口罩[了|！]，我[昨天|前天]转了{amt}[给|给一个]{nick}[，|]今天就被拉黑了",
    "[别信|不要信]那个[卖口罩的|{wx}]，[我|]已经[被骗了|上当了]{amt}，[大家|你们]别[再|]转了")  # fmt: skip
victim("guarantee_fee",
    "[贷款|网贷]说要[验资|交保证金]，[我|先]转了{amt}，[然后|之后]又说[流水不够|银行卡号填错]要再交，我[才|]知道被骗",
    "[为了|想]贷{amtbig}，[前后|一共]交了{amt}[各种费|手续费]，[钱|贷款]一分没到[，客服|，人]也[不见了|拉黑我了]", tags=NM)  # fmt: skip
victim("ticket_rent",
    "[买|订]演唱会门票转了{amt}，[对方|黄牛][收钱后|转完就]拉黑",
    "[租房|订房]交了{amt}押金，[房东|对方][失联了|电话空号]", tags=NM)  # fmt: skip
victim("task_app",
    "[下了个|在]{tapp}[任务|做任务]APP，[充值|垫资]{amt}做任务，[现在|]说我[操作失误|卡单了]要[再充|充{amt}]才能[解冻|取出来]",
    "[{tapp}|那个APP]里[的钱|余额][显示|有]{amtbig}，[就是|但是]提不出来，[客服|导师]让我[交税|交保证金]", tags=NM)  # fmt: skip
victim("oximeter",
    "[买|订]的[血氧仪|制氧机]，{amt}转了[过去|]，[说|]{date}发货，[到现在|现在]没[影|音讯]，[电话|微信]也[不通|不回]",
    "[在群里|朋友圈]买[制氧机|血氧仪]给[老人|我爸]，[付了|转了]{amt}，[人|卖家][失联|跑]了", tags=W2)  # fmt: skip
victim("scammer_contacts",
    "[骗子|那人]电话{phone}，[微信|V信]{wx}，骗了我{amt}，[大家注意|别上当]",
    "[骗子信息|这人]：[手机|电话]{phone}，[收款|卡号]{card}，[卖假口罩|收钱不发货]，[我|我家]被骗{amt}")  # fmt: skip
victim("scan_paid",
    "[扫了|扫]他发的[码|二维码]付了{price}，[说好|讲好]的口罩[没了下文|一直没发]，再[发消息|问]就[显示不是好友了|被删了]",
    "[扫码|付款码]付了{price}[买口罩|订口罩]，[对方|那人][秒删|删了]我，[红色感叹号|发不出消息了]")  # fmt: skip
victim("money_tight",
    "[本来家里就困难|家里本来就困难|家里条件不好]，[买口罩|为了口罩]被骗了{amt}[，心里难受|，睡不着]{sad}",
    "{amt}[是|]我[半个月|一个月]的[退休金|工资]啊，[就这么|]被卖口罩的骗了{sad}")  # fmt: skip
victim("romance_invest",
    "[网上认识的|网友][说|带我]在[平台|网站]投资，[我前后|一共]充了{amtbig}，[现在|]平台[提不了现|关了]，[人也|他也]拉黑我了",
    "被[网恋的|认识半年的]'[男朋友|女朋友]'[骗去投资|带着投资]，[投了|转了]{amtbig}[，全没了|，都没了]", tags=NM)  # fmt: skip
victim("fake_teacher_fee",
    "[家长群里|冒充老师的][发了|发]收款码[收资料费|收书费]，我[扫了|付了]{price}，[后来|]班主任说[不是她发的|根本没收费]",
    "[骗子|有人]混进[班级群|家长群][冒充老师|改成老师头像]收费，[我们|好几个家长][都|]交了{price}", tags=NM)  # fmt: skip
victim("after_call",
    "[刚|刚刚][挂了电话|打完电话]，[对方|那人]说[是|]{platform}[客服|售后]，[我|]按[他|]说的[操作了|弄了][一下|]，[卡里|余额]少了{amt}",
    "[按|听]'客服'[说的|指导][下了|装了]{app}，[屏幕共享|开了共享]，[结果|然后]{bank}卡[里|上]的{amtbig}被转走了", tags=NM)  # fmt: skip
victim("deposit_and_goods",
    "[订了|买了]{n}盒{mask}，[付了|交了]{amt}，[说|结果][货被|口罩被][征用|扣]了[要等|让我等]，[问他退钱|要退钱][就|]不回了",
    "[卖家说|对方说][口罩|货]被[政府|防疫部门]征用了，[钱|{amt}]过几天退，[结果|现在][人|微信][都|]没了")  # fmt: skip
victim("police_already",
    "[我已经|已]报[警|案]了，[警察|民警]说[等通知|在查]，[买口罩|被骗]的{amt}[还能要回来吗|不知道能不能追回]",
    "[做了笔录|去派出所做了笔录]，[被骗了|转了]{amt}[给卖口罩的|买口罩]，[有没有|谁][一样的|也被骗了][一起|可以]联系我")  # fmt: skip
victim("confused",
    "[我是不是|是不是]被骗了[啊，|？][转了{amt}|付了钱][买|订]{mask}，[他|对方][一直|]说[明天发|在路上]，[今天|现在]就[不回|没回复]了",
    "[不知道|也不知道]是不是[被骗|上当]了，[钱|{amt}][付了|转了][好几天|三天]，[口罩|东西]没[来|到]，[人|卖家]也[没动静|找不到]")  # fmt: skip
victim("wave2_vaccine",
    "[交了|转了]{price}[说能|帮我]约[九价|疫苗]，[到现在|两个月了]也没约上，[钱|人]都[不退|找不到]了",
    "[那个|说能]插队[打疫苗|约疫苗]的[收了|拿了]{price}[就不见了|跑了]", tags=W2)  # fmt: skip
victim("borrowed",
    "[我|我也]是[借钱|找人借了钱]买的口罩，[转了|付了]{amt}，[现在|]人[跑了|拉黑了]，[怎么|咋]跟家里[交代|说]啊{sad}",
    "[为了给|给][家里|单位][囤口罩|买口罩][转了|付了]{amtbig}，[对方|厂家][收了钱|拿到钱][就|]不见[了|人影]")  # fmt: skip
victim("wechat_freeze",
    "[被骗|钱被骗了]能[找微信|让微信][冻结他的账户|封他的号]吗？[我|]转了{amt}[买口罩|给卖口罩的]",
    "[投诉|举报]了[他的|对方的]微信，[钱|{amt}]能[退回|追回]吗[？|]，[卖口罩|卖抗原]的[收了钱|骗了钱]就[拉黑|跑]")  # fmt: skip

victim("fake_pharmacy_clerk",
    "[说是|自称]{pharm}的[店员|员工]，[说|]口罩[可以预留|能留]，让我[先转|转了]{amt}[定金|]，[到店一问|去了药店][根本没这人|店里说没这回事]",
    "[有人|一个人][冒充|假装]{pharm}[加我|发消息]，说[口罩|抗原]到货[要|得]先[付款|转钱][预约|留货]，我转了{amt}[，店里说根本不卖给私人|，人就没了]")  # fmt: skip
victim("fake_neighbor",
    "[以为|还以为]是[邻居|群里的邻居]，[就|]转了{amt}买口罩，[结果|后来][发现|才知道][他|那人]根本不是[咱|我们]小区的",
    "[他说|那人说]住{bldg}，[我就|我才][信了|放心了]，[转了|付了]{amt}，[去敲门|问了物业][才知道|发现][没这个人|是假的]")  # fmt: skip
victim("sms_link_paid",
    "[点了|点开]短信[里|]的口罩[预约|抢购]链接，[付了|支付了]{price}，[口罩|预约][没影|也没约上]，[钱|{price}][也|]没退",
    "[在|点]{url}[上|][预约|买]口罩[付了|交了]{price}，[说|显示][预约成功|已付款]，[到现在|一直]没[人联系|消息][，网站也打不开了|]")  # fmt: skip


def fraud(fid: str, kind: str, *templates: str, formal: bool = False) -> None:
    fam("other_fraud", "of_" + fid, *templates, tags=(kind,), formal=formal)


fraud("police_launder", "impersonate_police",
    "[我是|这里是]{police}[的|]{officer}，[你的|您名下的]银行卡涉嫌洗钱，[需要|现要求你]配合资金清查，[请不要告诉任何人|此案保密]",
    "[你好|您好]，{police}，[有人|犯罪嫌疑人]用你的身份证[办了|开了]银行卡[洗钱|涉案{amtbig}]，[请|]配合调查[，不配合将|，否则]冻结[你|您]的账户")  # fmt: skip
fraud("police_safe_account", "impersonate_police",
    "[为证明|为了证明]你的资金清白，[请|需]将[卡内资金|存款]转入[安全账户|国家安全账户]{card}，[核查后|清查完]全额退还",
    "[资金清查|核查]期间，[把|请将][你|您]的[存款|钱][转到|存到]我们[指定的|]安全账户，[户名|账户名]{name}，[账号|卡号]{card}")  # fmt: skip
fraud("police_warrant", "impersonate_police",
    "[你已|您已]被列为[涉嫌洗钱案|非法集资案]嫌疑人，[通缉令|逮捕令]已[下发|生成]，[查看请点击|详见]{url}",
    "[你的|您的]通缉令[在|已经在]网上[公布|挂出来]了，[不信|]你[自己|可以][上|去]{url}[查一下|看看]，[输入|用]身份证号[查询|登录]")  # fmt: skip
fraud("police_meeting_app", "impersonate_police",
    "请[立即|马上]下载{app}，[开启|打开]屏幕共享，[配合|接受]{officer}[远程|视频]笔录，[不得|不要]挂断[电话|]",
    "[现在|马上][下一个|去下载]{app}，[会议号|房间号]{qq}，[打开|开]屏幕共享，[检察官|警官][要|会]核查[你的|]账户")  # fmt: skip
fraud("police_parcel", "impersonate_police",
    "您[有一个|寄往{city}的]快递[被海关查扣|涉及违禁品]，[内有|查出]{n}张[银行卡|护照]，[请按1|转{city}公安]处理",
    "[这里是|我是]{courier}[快递|客服]，您[寄的|的]包裹[里|中][查出|有][违禁品|银行卡]，[已经|]移交{police}[，请配合|，现在给您转接]")  # fmt: skip
fraud("police_medical_card", "impersonate_police",
    "您的医保卡在{city}[被盗刷|违规套现]{amt}，[已涉嫌|涉嫌]骗保，[现转接|请联系]{city}市公安局{officer}[处理|核实]",
    "[医保局|社保中心]通知：[您的|你的]医保卡[异常|被冒用]，[涉嫌|涉及]骗保[案件|]，[按9|请按9]转人工[，|]否则[停用|冻结]")  # fmt: skip
fraud("police_sms", "impersonate_police",
    "【{police}】[您涉嫌一起|您涉及]洗钱案件，[请于今日|限24小时内]联系{phone}，[逾期|否则]将[冻结|查封]您名下[全部|所有]账户",
    "【{police}】[关于|]您[名下账户|的银行卡]涉嫌[非法资金往来|洗钱]，[请|]登录{url}[查看|核对]传票[并配合调查|]", formal=True)  # fmt: skip
fraud("police_secrecy", "impersonate_police",
    "[这是|本案属于]机密案件，[你|您]不能[告诉家人|和任何人说]，[去|找]一个[宾馆|没人的地方]，[一个人|单独]接受调查",
    "[调查期间|这几天][不要|不准]接[家人|别人]电话，[也|]不要去银行[问|咨询]，[否则|不然]按[妨碍|泄密][处理|追责]")  # fmt: skip
fraud("loan_fast", "loan",
    "[无抵押|免抵押]贷款，[秒批|当天放款]，[额度|最高]{amtbig}，[黑户|征信不好]也能[下款|贷]，[详询|加]{wx}",
    "[急用钱|缺钱]找我，[凭身份证|身份证]就能[贷|借]，[不看征信|不查征信]，{amt}-{amtbig}[秒到|当天到]，[V|微信]{wx}")  # fmt: skip
fraud("loan_unfreeze", "loan",
    "[您的|你的]贷款已审批[通过|成功]，[但|因]银行卡[号填写错误|信息有误]，资金被冻结，[需|请]缴纳{amt}解冻费",
    "[您的|]{amtbig}[借款|贷款]已[到账|放款]但[被冻结|无法提现]，[原因|因为]您[填错了卡号|信用分不足]，[请|]缴纳{amt}[解冻|保证金]后[即可|马上]提现")  # fmt: skip
fraud("loan_verify", "loan",
    "[放款前|到账前]需要验资，[请|需]往[指定账户|你的卡里]转入{amt}[证明还款能力|刷流水]，[验资完|审核后]一并[退回|返还]",
    "[为了|为]确认[您|你]有还款能力，[先|需要][转|打]{amt}[到|进]{card}[验证|做验资]，[完成后|通过后][连同|和]贷款一起[到账|返还]")  # fmt: skip
fraud("loan_sms", "loan",
    "【{bankname}】[尊敬的客户|您好]，您有{amtbig}[借款额度|预审额度]待领取，[年化低至3.6%|日息低至0.02%|年化3.24%起]，[点击|戳]{url}[领取|提现]，回TD退订",
    "【[快贷|信用贷|闪电借]】[您的|你的][专属|]额度{amtbig}已[激活|生成]，[今日|24小时]内[有效|可用]，[立即|马上]提现{url} 拒收请回复R", formal=True)  # fmt: skip
fraud("credit_card", "loan",
    "[大额信用卡|信用卡提额]，[包下卡|保证下卡]，[额度|最高]{amtbig}，[先交|只收]{amt}[办理费|服务费]，[QQ|微信]{qq}",
    "[代办|内部渠道办]信用卡，[白户|无工作]也[能办|可以]，[额度|最低]{amtbig}起，[先付|下卡前付]{amt}[手续费|服务费]")  # fmt: skip
fraud("credit_repair", "loan",
    "[专业|]征信修复，[逾期记录|黑名单]{n}天[消除|洗白]，[内部渠道|银行内部]，[先付|定金]{amt}",
    "[征信花了|有逾期][贷不了款|买不了房]？[我们|]可以[帮您|]修复[征信|]，[不成功|无效][全额退款|退款]，[先交|预付]{amt}")  # fmt: skip
fraud("loan_student", "loan",
    "[学生|大学生]贷款[，|]不[查征信|看征信]，[凭身份证|身份证就]可[贷|借]{amt}，[需先交|先付]{price}[保证金|会员费]",
    "[学生党|宝妈]缺钱[看过来|找我]，[零门槛|无门槛][借款|贷款]，[开通会员|交{price}会员费][即可|就能][借|下款]{amt}")  # fmt: skip
fraud("cs_refund", "fake_customer_service",
    "[您好|你好]，我是{platform}客服，您[购买的|买的]商品[质量有问题|被检测出甲醛超标]，[现|将]给您[双倍|三倍]理赔，[请|需]添加[客服|专员]微信{wx}",
    "[亲|您好]，[您在{platform}买的|您购买的][衣服|宝贝|商品][有质量问题|已下架]，[我们|][给您|要给您]退款{price}，[麻烦|请][加一下|添加]理赔[QQ|专员]{qq}")  # fmt: skip
fraud("cs_baozhang", "fake_customer_service",
    "[您开通|您已开通]了{platform}百万保障[服务|会员]，[每月|下月]将扣费{price}，[如需|若要]关闭请[联系|拨打]{phone}",
    "[您的|你的]{platform}[百万保障|金牌会员]试用期[已到|结束]，[今晚|明天]起[每月|自动]扣费{price}，[不关闭|不取消]将[影响征信|持续扣费]")  # fmt: skip
fraud("cs_campus_loan", "fake_customer_service",
    "[您|你]在[大学时|学生时期]开通过校园贷，[现在|根据国家政策]需要注销，[否则|不然]会影响征信，[请|]下载{app}[配合|]操作",
    "[根据|按照][银保监会|银监会]要求，[您的|你的]学生账户[需要|必须][注销|清零]，[否则|不然][影响|会影响]征信，[请|]把[借呗|备用金]额度[取出来|转出]")  # fmt: skip
fraud("cs_beiyongjin", "fake_customer_service",
    "[请|您需要]打开[支付宝|微信]的备用金[和|、]借呗，[把额度|将钱]转到[对公|指定]账户{card}，[验证|核实]后[马上|立即]退还",
    "[您的|]微信[备用金|微粒贷]额度[需要|要]清零，[先|请]借出来[转到|打到][银行|我们的]对公账户，[系统|我们]核实后[退还|返回]")  # fmt: skip
fraud("cs_membership", "fake_customer_service",
    "【{platform}】您[的会员|开通的VIP]将[于今日|明天]自动续费{price}，[如非本人操作|如有疑问]请[致电|联系客服]{phone}",
    "【{platform}】[尊敬的|]会员[您好|]，[您的|]账户[已|]开通[年费|自动续费]服务[{price}/月|每月{price}]，[取消|退订]请[拨打|联系]{phone}", formal=True)  # fmt: skip
fraud("cs_courier_claim", "fake_customer_service",
    "[您好|亲]，[我是|这里是]{courier}[快递|理赔中心]，您的快递[丢失|破损]了，[给您|可以]理赔{price}，[加|请加]{wx}[办理|领取]",
    "[{courier}|快递]理赔[专员|中心]：您的[包裹|件][丢了|运输中损坏]，[赔付|理赔]{price}，[扫码|点击{url}][填写|登记]银行卡[领取|]")  # fmt: skip
fraud("cs_flight", "fake_customer_service",
    "[尊敬的旅客|您好]，您预订的{flight}航班因[机械故障|天气原因]取消，[改签可获|可获]{price}[补偿|的补偿]，[请|]致电{phone}[办理|]",
    "【[航班取消|航班延误]通知】[您|]乘坐的{flight}[已取消|无法起飞]，[退改|理赔]请联系{phone}，[需|]提供[银行卡|卡号][接收|]赔偿金", formal=True)  # fmt: skip
fraud("cs_account_risk", "fake_customer_service",
    "[您好|]，您的[银行卡|微信支付][存在风险|被限制]，[需|请][配合|进行]身份核验，[点击|登录]{url}[输入|填写]卡号和验证码",
    "[您的|]微信[账号|支付]因[违规|涉嫌诈骗]将被[冻结|封号]，[请|]点击{url}[申诉|解封]，[需|]输入[登录密码|支付密码]")  # fmt: skip
fraud("leader_newnum", "impersonate_acquaintance",
    "[我是|]{surname}[总|局|主任]，[这是我新号|换号了]，[加一下|存一下]。[明天上午|等会]到我办公室来一趟",
    "[小{surname}|{name}]，[我|我是]{surname}[局长|书记|处长]，[换了个号|这是我私人号]，[你|]存一下，[有事|过会儿]找你")  # fmt: skip
fraud("leader_transfer", "impersonate_acquaintance",
    "[在吗|在不在]？[我这边|我][在开会|不方便接电话]，[帮我|你先]给[客户|一个朋友]转{amtbig}，[我回头|稍后]给你",
    "[我|]{surname}总，[有个|一个][急事|事情]，[领导|朋友]那边要[周转|用钱]{amtbig}，你[先|帮忙][垫一下|转过去]，[账户|卡号]{card}")  # fmt: skip
fraud("leader_finance", "impersonate_acquaintance",
    "[我是你|我是]{surname}总，[你|]现在[给财务说一下|去财务]，[给这个账户|往这个卡]{card}打{amtbig}，[急|急用]",
    "[财务|会计][小{surname}|]，[合同|项目]款{amtbig}[今天|马上]要付[给对方|]，[先打|转]到{bank}{card}，[户名|收款人]{name}，[我|]在外面不方便接电话")  # fmt: skip
fraud("grandson", "impersonate_acquaintance",
    "[奶奶|爷爷]，是我[啊|呀]，[你听不出来了|声音有点哑]？我[在外面|跟人]打架[被抓了|进派出所了]，[急需|要交]{amt}[保释|赔偿]，[别告诉|不要跟]我爸妈",
    "[外婆|姥姥]，我[闯祸了|出事了]，[把人|]撞了人[要赔钱|要赔]{amt}，[你|]先[打给|转给][我同学|警察叔叔]{card}，[千万|]别[说|告诉]我妈")  # fmt: skip
fraud("relative_accident", "impersonate_acquaintance",
    "[你儿子|你女儿]在[学校|路上]出[车祸|事]了，[正在|现在在]医院抢救，[需要|急需]交{amtbig}[手术费|押金]，[转到|打到]{card}",
    "[我是|我是他]班主任，[你家孩子|{name}][突发|得了][急病|急性阑尾炎]，[急需|要][交|缴]{amt}[手术费|住院费]，[先|请]转[到我|到]这个[账号|卡]{card}")  # fmt: skip
fraud("friend_borrow", "impersonate_acquaintance",
    "[兄弟|老同学|姐]，[急用|手头紧]，[借|先借]我{amt}，[明天|过两天][就还|发工资还]你，[转到|打]我[这个卡|新卡]{card}",
    "[在吗|在不在]？[我|][微信|支付宝][被限额了|转不了]，[帮个忙|麻烦你][先|]帮我转{amt}给[这个人|我朋友]，[晚点|明天][还你|给你]")  # fmt: skip
fraud("old_classmate", "impersonate_acquaintance",
    "[还记得我吗|猜猜我是谁]？[我是你|]老同学[啊|]，[手机丢了|换号了]，[这段时间|最近][遇到点事|出了点事]，[能不能|可不可以]先[借|转]我{amt}",
    "[猜猜我是谁|听出我是谁了吗]？[这是我新号|我换号了]，[明天|过两天]去[你那|看你]，[对了|顺便]，[能不能|可以]先[借|转]我{amt}[急用|周转]")  # fmt: skip
fraud("teacher_fee", "impersonate_acquaintance",
    "[各位家长|家长您好]，[我是|]{nick}老师，[这学期|本学期][资料费|书本费]{price}，[请|]扫[下面|这个]二维码[缴纳|付款]，[交完|付完][截图|发我]",
    "[家长们请注意|通知]：[{nick}老师|班主任][换号了|新号]，[本期|下学期][辅导费|资料费]{price}，[加|请加]新号{wx}[转账|交费]")  # fmt: skip
fraud("task_like", "task_scam",
    "[在家|宝妈|学生]兼职，[给抖音|给视频]点赞[一个|一单]{price}，[日结|当天结算]，[日赚|一天]{amt}[轻松|不是问题]，[加|+]{wx}",
    "[招|急招][点赞|关注]员，[动动手指|用手机][就能|即可]赚钱，[一单|一个][3元|5块|8元|10元]，[日结|秒结]，[有手机就行|不收押金]")  # fmt: skip
fraud("task_shuadan", "task_scam",
    "[招|诚招][刷单|网店]兼职，[垫付|先垫]{amt}[返|返还]{amt}，[佣金|提成]{pct}，[手机就能做|动动手指]，[QQ|扣]{qq}",
    "[刷单|补单]返利，[本金|垫付的钱]{amt}[秒返|马上返]，[佣金|提成]{price}[一单|每单]，[一天|日赚]{amt}")  # fmt: skip
fraud("task_app", "task_scam",
    "[下载|注册]{tapp}，[完成|做]任务[即可|就能]提现，[新人|首单]送{price}，[每天|日]收益{amt}+",
    "[推荐|给大家推荐]一个[赚钱|兼职]APP[叫|：]{tapp}，[看视频|做任务][就能|能]提现，[我|]已经[提了|赚了]{amt}[了|]，[注册|下载]{url}")  # fmt: skip
fraud("task_typing", "task_scam",
    "[招聘|招]线上[打字员|好评员|评论员]，[时间自由|在家就能做]，[每天|一天]{price}，[不收任何费用|无需押金]，[联系|加]{wx}",
    "[居家|线上]手工[活|兼职]，[串珠子|做手工][日结|计件]，[先交|需交]{price}[材料费|押金]，[包回收|成品回收]")  # fmt: skip
fraud("task_group", "task_scam",
    "[欢迎新人|恭喜入群]，[今天|本群]第{n}[单|个任务]已[开始|发布]，[完成后|做完]截图给[接待|导师]领取{price}[佣金|红包]",
    "[福利任务|今日任务]：[关注|点赞]指定[账号|视频]，截图[发|给][接待员|财务]领{price}，[连续|做满]{n}单[送|额外返]{amt}")  # fmt: skip
fraud("invest_stock", "investment",
    "[我们是|]{company}[证券|投资][团队|研究院]，[免费|每天]推荐[牛股|涨停股]，[带单|跟单]稳赚，[上个月|上周][收益|赚了]{pct}，[进群|加老师]{wx}",
    "[股民朋友|各位群友]，{company}[老师|导师][明天|今天][免费|]直播[讲|推]票，[跟着|跟]老师[操作|买][稳赚|不亏]，[名额|位置]有限，[扫码进群|加{wx}]")  # fmt: skip
fraud("invest_crypto", "investment",
    "[USDT|比特币|虚拟币][量化|合约]交易，[日收益|每天]{pct}，[老师带单|导师带]，[稳赚不赔|零风险]，[注册|下载]{url}",
    "[数字货币|币圈][内部|]项目[刚上线|即将上所]，[现在|]进[场|去]{amt}[一个月|三个月][变|翻到]{amtbig}，[加|找]{wx}[入群|拿名额]")  # fmt: skip
fraud("invest_bonus", "investment",
    "[平台|APP]内部[漏洞|福利]，[充值|投资]{amt}[返|送]{amt}，[名额有限|仅限今天]，[错过|过时]不候",
    "[今天|本周][充值|入金]{amtbig}[送|返]{pct}，[平台|我们][保本|稳赚]，[提现|到账]秒到，[注册|链接]{url}")  # fmt: skip
fraud("invest_pension", "investment",
    "[养老|投资]项目，[国家扶持|政府背书]，[年化|年收益]{pct}，[保本|稳赚]，[投|投资]{amtbig}[三年|五年][翻倍|回本]，[专员|经理]微信{wx}",
    "[养老公寓|以房养老][认购|投资]，[每月|月月]返{pct}利息，[送|还送][鸡蛋|米面油]，[先交|认购]{amtbig}[锁定|保底]")  # fmt: skip
fraud("invest_forex", "investment",
    "[黄金|外汇|原油]投资，[带你|老师带]赚钱，[本金|资金]{amtbig}起，[月收益|每月][稳定|]{pct}，[开户|入金]请联系{phone}",
    "[跟着|和]{company}[导师|分析师][做|炒][黄金|原油]，[一周|一个月][收益|赚]{pct}，[入金|开户]{amt}[起|就行]")  # fmt: skip
fraud("invest_romance", "investment",
    "[哥哥|姐姐]，我[舅舅|叔叔]在[平台|博彩公司]内部，[这几天|今晚]有[漏洞|内幕]，[跟我一起|你也]充{amt}[试试|，保证赚]",
    "[宝贝|亲爱的]，[我舅舅|我]在[这个平台|网站]做[彩票|博彩]分析，[今晚|这期][稳中|必中]，[你|你也]充{amt}[跟我投|一起买]")  # fmt: skip
fraud("subsidy_sms", "fake_subsidy",
    "【[人社局|社保局]】[您有一笔|您的]{subsidy}[待领取|已到账]，请于{date}前[点击|登录]{url}[填写|输入][银行卡号|卡号]及验证码[领取|]",
    "【{city}[人社|财政]】[尊敬的市民|您好]，[您的|]{subsidy}{price}[待领取|可申领]，请[在|于]{date}[前|之前][访问|登录]{url}[办理|认证]", formal=True)  # fmt: skip
fraud("subsidy_pension", "fake_subsidy",
    "[老年人|退休人员]养老金[上调|补发]{price}，[需|请][本人|]提供银行卡号[和|、]身份证号，[我们|工作人员]帮您[登记|办理]",
    "[大爷|阿姨]您好，[我是|这边是][社保局|民政局]的，[您的|]养老金[有|要][补发|调整]，[把|请报一下][您的|]卡号和[手机上的|]验证码[告诉我|给我]")  # fmt: skip
fraud("subsidy_medical", "fake_subsidy",
    "[医保|社保]卡[年审|认证][今天|月底]截止，[不认证|逾期]将[停用|暂停报销]，[请|]点击{url}[完成认证|认证]",
    "【医保[局|中心]】[您的|]医保[账户|个人账户]{price}[即将清零|将于月底清零]，[请|]及时[登录|点击]{url}[转出|提现]到银行卡", formal=True)  # fmt: skip
fraud("subsidy_etc", "fake_subsidy",
    "【ETC】您的ETC[已失效|认证过期]，[为避免|以免]影响[通行|使用]，请[及时|尽快][登录|点击]{url}[重新认证|认证]",
    "【[高速ETC|ETC服务中心]】[尊敬的车主|您好]，[您的|]ETC[卡|设备]将于[今日|明日][停用|注销]，[请|]点击{url}[更新信息|办理]", formal=True)  # fmt: skip
fraud("subsidy_tax", "fake_subsidy",
    "[个税|退税][通知|提醒]：[您有|你有]{price}[个税退还|退税]待领取，[点击|请下载]{url}[申请|领取]，[需|]填写[卡号|银行卡信息]",
    "【[税务局|个税APP]】[您的|]{year}年度[个税|所得税][汇算|退税]{price}[未领取|待确认]，[逾期作废|请尽快][登录|访问]{url}", formal=True)  # fmt: skip
fraud("subsidy_epidemic", "fake_subsidy",
    "[防疫|疫情]补贴[开始|]发放[啦|了]，每人{price}，[在下方|扫码][登记|填写]姓名、身份证号、银行卡号[和|]验证码[即可领取|就发]",
    "[复工|失业]补贴[可以|开始]申领[了|]，[每人|每户]{price}，[扫描|扫]二维码[添加|进入][客服|{app}][领取|申请]，[截止|到]{date}")  # fmt: skip
fraud("prize_show", "fake_prize",
    "[恭喜您|恭喜]被{show}节目[抽中|选为]幸运观众，[获得|奖品为]{amtbig}[奖金|现金]和[苹果电脑|笔记本]一台，[领奖|查询]请[登录|访问]{url}",
    "【{show}】[尊敬的观众|您好]，[您|您的手机号]已被[抽为|选为]场外幸运观众，[奖金|获得]{amtbig}，[验证码|领奖码]{code}，[详情|]登录{url}", formal=True)  # fmt: skip
fraud("prize_tax", "fake_prize",
    "[您|你]的奖品[已|]寄出，[需|][先缴纳|先付]{amt}[个人所得税|手续费|保证金]才能[签收|领取]",
    "[恭喜|祝贺]您[在|于][本次|]{platform}[周年庆|抽奖]中[获得|抽中]{gift}[和|及]{amtbig}现金，[请先|需先]缴纳{amt}[公证费|手续费]")  # fmt: skip
fraud("prize_points", "fake_prize",
    "【{carrier}】[尊敬的用户|您好]，您的[积分|话费积分]{n}000[即将清零|今日到期]，[可兑换|兑换]{gift}，[点击|登录]{url}[兑换|领取]",
    "【{bankname}】[您的|]信用卡积分{n}860[即将|将于今日]过期，[可兑换|兑换]{price}[现金|礼品]，[登录|点击]{url}[办理|兑换]", formal=True)  # fmt: skip
fraud("prize_redpacket", "fake_prize",
    "[恭喜|您已]获得[平台|商家][红包|现金]{price}，[领取|提现]需[先|]验证银行卡，[点击|请访问]{url}",
    "[恭喜你|你好]，[你|您][在群里|参与的][抽奖|活动][中了|抽中]{gift}，[加|私聊]{wx}[领奖|登记]，[需|]付[邮费|运费]{fee}")  # fmt: skip
fraud("verify_code_friend", "impersonate_acquaintance",
    "[刚才|刚刚][发错了|不小心]，[你手机|你]收到[一个|的]验证码[麻烦|帮忙]发我一下，[谢谢|急用]",
    "[在吗|在不在]？[帮我|帮个忙][接|收]一下验证码，[我|]手机[没信号|坏了]，[收到后|]发[给我|我]就行")  # fmt: skip
fraud("game_trade", "other_scam",
    "[便宜出|低价出售]游戏[账号|装备]，[不要|别走]平台[交易|中介]，[私下|直接]转[我|微信]，[便宜|优惠]{price}",
    "[免费|0元]领[皮肤|点券]，[加|私]{qq}，[需要|先][交|付]{price}[激活费|认证费]")  # fmt: skip
fraud("ticket_scalper", "other_scam",
    "[演唱会|高铁|春运]票[代抢|内部票]，[稳出|保证出票]，[先交|先付]{price}[定金|抢票费]",
    "[{city}站|下周的|周末的]演唱会[内场|前排]票[原价|低价]转，[先付款|先转]{amt}，[我|][电子票|二维码]发你")  # fmt: skip
fraud("courier_reship", "other_scam",
    "【{courier}】您的快递[因地址不详|派送失败]，[请|]点击{url}[重新填写|更新]地址[并|，]支付{n}元[运费|补差]",
    "[您好|]，您的[快递|包裹][无法派送|被退回]，[请|]在{url}[填写|核对]收件信息，[逾期|超时][退回|销毁]", formal=True)  # fmt: skip
fraud("phone_stop", "other_scam",
    "[您的手机号|您的号码]因[实名认证|身份信息]未完善，[将于|]{n}小时后停机，[回复|请拨打]{phone}[办理|处理]",
    "【{carrier}】[您的号码|您的手机号][被举报|涉嫌诈骗]，将于[今日|2小时后][停机|销号]，[解除|申诉]请[登录|点击]{url}", formal=True)  # fmt: skip
fraud("bank_sms", "fake_customer_service",
    "【{bankname}】[您的|尊敬的客户，您的]账户[存在异常|已被冻结]，请[登录|点击]{url}[处理|激活]，[否则|逾期]将[影响使用|扣除年费]",
    "【{bankname}】[您的|]手机银行[证书|U盾]已过期，[请|]尽快登录{url}[更新|升级]，[以免|否则]影响[使用|转账]", formal=True)  # fmt: skip
fraud("charity_fake", "other_scam",
    "[爱心|慈善][捐款|募捐]：[{city}|某地][小朋友|老人]患[白血病|重病]急需手术费，[请|]好心人[转账|捐款]到{card}[，谢谢大家|]",
    "[转发|救救]这个孩子！[{name}|小朋友]{n}岁[患|得了][白血病|脑瘤]，[家里|父母][没钱|砸锅卖铁]，[捐款|爱心]请转支付宝{ali}")  # fmt: skip
fraud("fake_grid_fee", "impersonate_official",
    "[我是|]{comm}[网格员|工作人员]，[需要|]收[每户|一家]{price}[防疫|核酸|消杀]费，[转|打]到我[个人|]微信{wx}就行",
    "[各位居民|业主们]，[根据|按][上级|街道]要求，[每户|一户][缴纳|交]{price}[消杀费|防疫物资费]，[扫|用]我[的|]收款码[付|交]")  # fmt: skip
fraud("school_fee", "impersonate_official",
    "[{city}市第{n}中学|本校|实验小学]通知：[下学期|新学期][保险|学杂费]{price}，[请|]家长[点击|登录]{url}[缴费|填写银行卡]，[截止|逾期]{date}",
    "【[教育局|学校]】[学生|您孩子的][资助金|补助]{price}[已到|可领取]，[请|]家长[在|于]{url}[填写|提交]银行卡[和|及]验证码", formal=True)  # fmt: skip
fraud("overseas_job", "other_scam",
    "[高薪|出国]招聘，[月薪|包吃住][{amtbig}|3万]，[东南亚|柬埔寨]工作，[先交|需要交]{amt}[机票|办证]费，[微信|V]{wx}",
    "[轻松|高薪]工作，[月入|月薪]{amtbig}，[无需|不要]经验，[包机票|包吃住]，[到|去][迪拜|缅甸|泰国][打字|客服]，[先报名|先交]{amt}")  # fmt: skip
fraud("group_lottery", "fake_prize",
    "[群|本群]抽奖[活动|]，[中奖的|幸运的][朋友|群友]请[私聊|加]{wx}[领奖|登记]，[需|]缴纳[邮费|手续费]{fee}",
    "[恭喜|恭喜群友]{nick}[抽中|获得]{gift}，[请|]在{date}[前|之前][联系|加]{wx}[领取|登记][，需付运费{fee}|]")  # fmt: skip
fraud("gov_fake_official", "impersonate_official",
    "[我是|]{city}[民政局|卫健委]的，[你家|您家][符合|可申请][低保|困难补助]，[先交|需交]{price}[工本费|手续费]，[转|打]到{card}",
    "[街道|市里][给|为][老人|困难户][发|统一办][补贴|慰问金]，[需要|要][交|缴]{price}[办理费|档案费]，[交给|转给][我|工作人员][就行|即可]")  # fmt: skip
fraud("sms_link_only", "other_scam",
    "[你的|您的][照片|视频][被|已被]人[发到网上|上传了]，[快看|赶紧看]{url}",
    "[这是你吗|是你吧][？|]{url}",
    "[同学聚会|班级]照片[都在这|已上传]，[点开看看|快看]{url}")  # fmt: skip
fraud("insurance_refund", "fake_customer_service",
    "[您好|]，[我是|这边是][{city}|]医保[中心|局]，[您|您的][保险|医保][多扣了|重复扣费]{price}，[需要|要][退给您|退还]，[请|]提供卡号[和|及]验证码",
    "[您的|]车险[多收了|有退费]{price}，[加|请添加][专员|客服]{wx}[办理|领取]退费")  # fmt: skip
fraud("pig_butcher_chat", "investment",
    "[在干嘛呢|早安宝贝]，[我今天|今天又]在[平台|APP]上赚了{amt}，[要不要|你也]一起？[我教你|我带你]，[很简单|稳赚的]",
    "[认识这么久|我们这么熟]了，[相信我|你相信我一次]，[这个平台|这个项目][真的|绝对]能赚，[先|你先][充|投]{amt}[试试|看看]")  # fmt: skip
fraud("cash_out_card", "loan",
    "[信用卡|花呗][套现|提现]，[秒到账|当天到]，[手续费|费率]低，[额度|不限额]，[加|V]{wx}",
    "[花呗|白条|信用卡][额度|]能[提现|套出来]，[先|要先][交|付]{price}[手续费|服务费]，[联系|加]{qq}")  # fmt: skip
fraud("fake_refund_shop", "fake_customer_service",
    "[您在|您于]{platform}[购买的|下单的][商品|订单][因仓库|因系统][问题|原因][无法发货|丢失]，[我们|商家][给您|]退款{price}，[请|]点击{url}[办理|申请]",
    "[亲|您好]，[您的|]订单[异常|出现问题]，[需要|要]您[配合|]开通[退款通道|理赔通道]，[请|]打开[支付宝|微信][搜索|扫]{wx}")  # fmt: skip
fraud("blackmail_nude", "other_scam",
    "[我手里有你的|你的][视频|照片]，[不想|不想让]被[发给|传给][你的|]家人[朋友|同事]，[转|打]{amtbig}到{card}",
    "[你的|您的]手机[被我|已被]控制了，[通讯录|照片][都在|在]我这，{n}小时[内|之内][转|打]{amt}，[不然|否则][全发出去|发给你家人]")  # fmt: skip
fraud("fake_relief_fund", "fake_subsidy",
    "[国家|政府][发放|补发]{subsidy}，[每人|每户]{price}，[还没领的|没领的]加[工作人员|专员]微信{wx}[登记|领取]",
    "[{comm}|社区]通知：{subsidy}[开始发放|已下拨]，[请|]把[身份证|银行卡]照片[发给|私发]{nick}[统一|帮忙]登记")  # fmt: skip
fraud("shop_boss_fake_order", "other_scam",
    "[老板|您好]，[我|我们]是{city}[部队|武警|学校]的，[要订|要采购]{n}0[份|箱][盒饭|矿泉水]，[先|需要][帮我们|你先]垫付{amtbig}[买酒|的酒水]，[结账时|到时候]一起[给你|算]",
    "[您好|老板]，[我是|这里是][{city}|]医院[采购|后勤]，[要|需]订一批[口罩|防护服]，[有个|我们的][供应商|合作商]{phone}，[你先|先帮我]联系[打款|垫付]")  # fmt: skip


def hard(subtype: str, fid: str, *templates: str, formal: bool = False) -> None:
    fam("benign", f"hn_{fid}", *templates, tags=("hard_negative", subtype), formal=formal)


FM, PH, AF, GB, MC, OS = HARD_SUBTYPES

hard(FM, "comm_notice",
    "【{comm}通知】{time}在[社区服务中心|居委会门口|{estate}东门]免费发放口罩，每户限领{n}只，请携带[身份证|户口本|身份证和户口本][，排队保持一米距离|，勿聚集|]。",
    "【通知】{comm}[定于|将于]{time}[在|于][社区广场|居委会]免费发放[一次性医用口罩|口罩]，[凭身份证|凭户口本]领取，[每户|一户][{n}只|限领一次]，[不收取任何费用|全程免费]。", formal=True)  # fmt: skip
hard(FM, "village_loud",
    "[各位村民|村民们]注意了，[村委会|村部]{time}[免费发|发放]口罩，[一户|每户]{n}个，[带上|记得带]身份证[，不要钱|，免费的]",
    "[喇叭通知|通知一下]：[村里|{village}]{time}在[村部|大队部][发口罩|领口罩]，[每家|每户]来一个人[就行|]，[不收钱|免费]")  # fmt: skip
hard(FM, "registration",
    "[需要口罩的居民|需领取口罩的]请[在群里接龙|到楼栋长处]登记[姓名|门牌号]，[社区|居委会][统一|明天]发放，[免费|不收费]，[不需要|无需]转账",
    "[请|麻烦]各户[在群里|]报一下[家庭人数|门牌号和人数]，[社区|我们]按人头[免费|]发口罩，[不收一分钱|一分钱不收]，[有人让你付钱|要你转账的][是骗子|别信]")  # fmt: skip
hard(FM, "door_delivery",
    "[独居老人|行动不便的老人]不用[出门|排队]，[网格员|志愿者]{date}[上门|送到家门口][送|发]口罩和消毒液，[有需要|不在家]的请[回复|告诉]{nick}",
    "[社区|居委会][给|为]{bldg}[的|]老人[准备了|送来了]口罩和{disinf}，[挂在|放在]门把手上了，[免费的|不要钱]，[注意查收|记得拿]")  # fmt: skip
hard(FM, "chat_got_free",
    "[社区|居委会]发的口罩[领到了吗|大家领了没]？[我刚领了|我领了]{n}只，[带身份证就行|不要钱]{emo}",
    "[刚去|刚刚去][居委会|社区][领了|拿了]口罩，[每户|一家]{n}个，[人不多|没排队]，[还没领的|没领的]快去{emo}")  # fmt: skip
hard(FM, "official_sms",
    "【{city}[防疫指挥部|卫健委]】[市民|居民]可[通过|在][官方小程序|政务APP]预约[免费|平价]口罩，[凭身份证|每人]限[领|购]{n}只，[请勿|不要]相信[私人|网上]售卖。",
    "【{city}发布】[第{n}批|本周]免费口罩[开始|开放]登记，[请通过|请在][社区|居委会]或[官方|政务]小程序登记，[不收取任何费用|全程免费]，[谨防|警惕]诈骗。", formal=True)  # fmt: skip
hard(FM, "schedule",
    "[口罩发放安排|领取时间]：{bldg}[{time}|上午]，[其他楼栋|其余]{time}，[请|]按时[领取|下楼]，[带好|携带]身份证[原件|]。",
    "[明天|{date}]口罩[发放|领取]顺序：[1-5栋|单号楼]上午，[6-10栋|双号楼]下午，[地点|在]{comm}[服务站|党群服务中心]，[免费|]凭身份证")  # fmt: skip
hard(FM, "employer",
    "[公司|单位]给[每位|每个]员工[发放|准备了]{mask}[ |，]{n}只[和|、]{disinf}，[明天|复工当天][到前台|到行政处]领取[，签个字就行|，免费]",
    "[各部门|各位同事]注意：[复工|返岗]防疫物资已到，[每人|人均]口罩{n}只，[由|请][部门|各组]负责人[统一|]到[行政部|仓库]领取[，不用交钱|]")  # fmt: skip
hard(FM, "donation",
    "[爱心企业|{brand}公司][捐赠|捐了]{n}万只口罩给{comm}，[今天|{date}]起[免费|按户]发放，[请|]居民[凭|带]身份证[到|来]居委会[领取|领]",
    "[感谢|谢谢][爱心人士|{nick}][捐赠的|送来的]口罩，[已经|]按户[分好了|分装好]，[放在|在]门卫[那里|室]，[大家|各家][自取|去拿][，免费|]{emo}")  # fmt: skip
hard(FM, "volunteer",
    "[我是|]{estate}[志愿者|楼栋长]，[我们|]{bldg}[的|]口罩[我|]帮大家领回来了，[放在|在]门卫室，[报|说]门牌号[拿|取]就行[，不收钱|，免费的]",
    "[楼栋长|我][统一|]把[本栋|咱楼]的口罩[领回来了|拿回来了]，[每户|一家]{n}个，[挂|放]在[各家|大家]门口[了|]，[不用|无需]给钱")  # fmt: skip
hard(FM, "school",
    "[各位家长|家长们好]，[学校|班级][给每个孩子|为孩子们]准备了[免费|]口罩[和|、]测温[登记表|表格]，[开学当天|{date}][发放|领取]，[不收费|无需缴费]",
    "[开学|返校]当天[学校|班级][统一|]发放口罩，[每人|每生]{n}只，[家长|大家][不用|无需][另外买|交钱]，[请|]留意[班级群|群通知]")  # fmt: skip
hard(FM, "antigen_free",
    "[社区|居委会]{time}[免费|]发放[抗原|抗原试剂|退烧药]，[每户|一户]{n}[份|盒]，[65岁以上|有老人孩子的][家庭|]优先，[带身份证|凭身份证]领取",
    "[{comm}|社区][为|给][独居老人|重点人群][免费|]配发[抗原|退烧药|血氧仪]，[已经|]登记的[请|]在家等[网格员|工作人员][上门|送达]")  # fmt: skip
hard(PH, "restock_notice",
    "{pharm}到货通知：{mask}今日到货，{unitprice}，凭身份证每人限购{n}[只|盒]，请到店购买[，不接受预订|，不预约|]。",
    "【到货通知】{pharm}[今日|明天][上午|]{mask}[到货|补货]，[售价|价格]{unitprice}，[每人限购|限购]{n}[只|包]，[需|请][凭|出示]身份证[到店|现场]购买。", formal=True)  # fmt: skip
hard(PH, "queue",
    "[{pharm}|楼下药店][今天|明天]{hour}[开始卖|开售]口罩，[价格|]{unitprice}，[排队的人很多|去早点]，[记得|要]带身份证",
    "[药店|{pharm}][门口|外面][排队|排了好长的队]买口罩，[{unitprice}|价格没涨]，[一人|每人]{n}个，[要的|]早点去")  # fmt: skip
hard(PH, "neighbor_relay",
    "[刚路过|刚经过]{pharm}，[看到|门口贴着][口罩到了|说到货了]，[{unitprice}|价格不贵]，[限购|每人]{n}[只|包]，[要的赶紧去|快去]{emo}",
    "[告诉大家|跟大家说]，{pharm}[口罩|酒精|{disinf}][又|]到货了，[我|]刚买了{n}[包|瓶]，{cheap}[一包|一瓶]，[要身份证|得带身份证]")  # fmt: skip
hard(PH, "price_regulator",
    "[市场监管|物价]提醒：{pharm}{mask}[售价|价格]{unitprice}，[明码标价|平价供应]，[如有|发现]哄抬[价格|物价]请拨打12315[举报|]",
    "【{city}市场监管】[全市|本市][定点|重点]药店[口罩|防疫用品][平价|限价]供应，[医用外科口罩|{mask}][不超过|最高]{unitprice}，[哄抬价格|囤积居奇][一律|将]严查。", formal=True)  # fmt: skip
hard(PH, "lottery_booking",
    "[{city}|本市]口罩[预约|摇号]结果已公布，[中签|预约成功]的[市民|居民]请[于|在]{date}[凭|带]身份证[到|去]指定药店[购买|付款购买]，每人{n}只",
    "[我|我家]口罩[预约上了|摇中了]，[明天|{date}][去|到]{pharm}[拿|买]，[凭|带]身份证[和|跟]短信，[{unitprice}|价格正常]")  # fmt: skip
hard(PH, "member_notice",
    "[各位|亲爱的]会员[您好|]，[本店|{pharm}][消毒液|75%酒精|{disinf}]已到货，[{cheap}一瓶|{cheap}/瓶]，[到店|门店][购买|自取]，[不|概不][网上销售|接受转账预订]",
    "[{pharm}|本店]温馨提示：[{disinf}|口罩][货源|供应]充足，[请|]不要[抢购|囤积]，[只在|仅在]门店销售，[不通过|不在]微信[收款|卖货]，[谨防|小心]假冒。")  # fmt: skip
hard(PH, "antigen_restock",
    "{pharm}[抗原|布洛芬|连花清瘟]到[货|了]，[{share}一盒|一盒{share}]，[每人限购|限购]{n}盒，[到店|现场]购买，[医保卡|微信支付宝]都[可以|能]付",
    "[楼下|小区门口]药店[今天|刚][到了|上了][抗原|退烧药]，[我|]买了{n}盒，{share}[一盒|]，[还有|剩的][不多|不少]，[要的|需要的]快去")  # fmt: skip
hard(PH, "clinic",
    "[社区医院|卫生服务中心][药房|]明天[供应|有]{mask}，[{unitprice}|平价]，[凭就诊卡|带身份证]，[上午|8点到11点]",
    "[社区卫生服务站|卫生院][口罩|{disinf}][补货|到货]了，[{unitprice}|{cheap}一瓶]，[每人|一人]{n}[只|瓶]，[开门时间|营业时间][上午8点到下午5点|每天8:00-17:30]")  # fmt: skip
hard(PH, "official_app",
    "[京东|{platform}]自营[口罩|抗原]{time}[补货|上新]，[大家|需要的]可以[去APP|在官方APP]里[抢|下单]，[别在群里|不要找私人]买",
    "[{platform}|官方旗舰店][口罩|抗原][恢复|开始]供应[了|]，[{cheap}一盒|价格正常]，[在APP里|APP上][下单|付款]，[比找私人|比群里的][靠谱|放心]")  # fmt: skip
hard(PH, "chain_sms",
    "【{pharm}】[尊敬的会员|您好]，[门店|您常去的门店][{mask}|口罩][已到货|到货了]，[凭身份证|每人]限购{n}[只|盒]，[详询|咨询电话]{phone}[，回T退订|]",
    "【{pharm}】[{disinf}|抗原|退烧药][已到店|补货到店]，[会员价|售价]{price}，[每人|]限购{n}[盒|瓶]，[门店|到店]自提，回TD退订", formal=True)  # fmt: skip
hard(PH, "supermarket",
    "[{market}|小区门口超市][进了一批|到了]{disinf}[和|、]洗手液，[价格|]{cheap}一瓶，[没涨价|正常价]，[去买的|需要的]别[扎堆|聚集]",
    "[{market}|超市][今天|现在][有|在卖]口罩[了|]，[一包|10只装]{cheap}，[收银台|门口][排队|结账]，[戴好口罩|注意间隔]")  # fmt: skip
hard(AF, "police_short",
    "[警方提醒|{city}警方提醒|反诈提醒]：网上买口罩要求先转账的都是诈骗，[谨防上当|千万别信]！",
    "[提醒|注意]：[凡是|只要是]在[群里|网上][卖口罩|卖抗原|卖防疫物资]要[先转账|先付定金]的，[一律|都]是[骗子|诈骗]，[不要|别]转！")  # fmt: skip
hard(AF, "police_long",
    "【{police}反诈中心】[疫情期间|近期]不法分子[利用|借]口罩[等防疫物资|紧缺][实施诈骗|行骗]，[要求|让你]先付款、[付定金|交订金]后[拉黑|失联]，[请|]通过正规渠道购买[，被骗请拨110|，如被骗请及时报警|]。",
    "【警方提示】[近期|最近]出现[冒充|假冒][药店|厂家][在微信群|在朋友圈]销售口罩的诈骗，[对方|骗子][要求|让]先转账到个人账户，[收款后|收钱后][即|就]拉黑。[请大家|市民要][提高警惕|注意防范]。", formal=True)  # fmt: skip
hard(AF, "admin_kick",
    "[群主提醒|管理员提醒]：[刚才|群里]那个[卖口罩|发广告]的[已经|]被[踢出去了|移出群聊]，[大家|]别[加他|加他微信]，[更别|千万别]转账",
    "[本群|群里]禁止[发广告|卖东西]，[刚才|刚刚][有人|那个人][发|说]有口罩[卖|要先付款]，[已经|已][移出|踢了]，[有加他好友的|加了他的]赶紧删了")  # fmt: skip
hard(AF, "almost",
    "[差点|我差点]被骗[了|]！[有人|刚有个人]私[聊|信]我说有{mask}，[让我先付|要先转]{dep}，[幸好|还好]我[没转|没理他]",
    "[刚才|昨天]有人[加我|私聊我][卖口罩|说有N95]，[让我|要我]先[转钱|付款]，[我|]说[货到付款|见面交易][他就|就][不回了|把我删了]，[肯定是骗子|大家小心]")  # fmt: skip
hard(AF, "reported",
    "[刚才|群里]那个[卖口罩|卖抗原]的我[已经|]举报[给|到]派出所了，[大家别理他|警察说是骗子]，[没转钱的别转|有转钱的赶紧报警]",
    "[我|已经]把[那个人的|那个]微信号[{wx}|]举报[了|给警察了]，[他|那个人][在好几个群|到处][发|卖]口罩[骗钱|收定金]，[大家|]别上当")  # fmt: skip
hard(AF, "family_remind",
    "[爸妈|爸|妈]，[网上|群里]说有口罩[卖的|卖]，[要你先转钱的|要先付钱的][都是骗子|别信]，[要买|需要]我给你[买|寄]",
    "[外婆|奶奶][您|你][记住|记得]，[不管|无论]谁[打电话|发消息]让你[转账|说验证码]，[先|都先]给我打电话[问问|确认]，[别|不要]自己[转|操作]")  # fmt: skip
hard(AF, "hangup_police",
    "[接到|遇到]自称[公检法|警察]的电话，[让你转安全账户|说你涉嫌洗钱的]，[直接挂掉|马上挂]！[公安机关|警察][没有|不存在]安全账户，[拿不准|有疑问]就打96110或110",
    "[记住|请记住]：[公检法|公安局|检察院][不会|从来不会][电话办案|通过电话要你转账]，[更|也]不会让你[下载会议APP|开屏幕共享]，[遇到|碰到]直接挂")  # fmt: skip
hard(AF, "classroom",
    "[反诈小课堂|防骗知识]：[凡是|只要]{scamlist}，[都是诈骗|一律是诈骗]！[转发给|提醒]家里老人",
    "[反诈|防骗]口诀：[不听|不信][陌生电话|陌生人]，[不点|不开][陌生链接|来历不明的链接]，[不给|不说]验证码，[不转|不向陌生人]转账{emo}")  # fmt: skip
hard(AF, "app_promo",
    "[请大家|建议大家][下载|安装]国家反诈中心APP，[来电|遇到诈骗电话]能[预警|提醒]，[被骗了|不确定的]可以一键举报",
    "[社区|派出所]提醒：[还没装|没装]国家反诈中心APP的[抓紧|尽快]装一下，[不会装的|老人不会弄的][到|来]居委会[我们|工作人员]帮[装|忙]")  # fmt: skip
hard(AF, "bank_staff",
    "[银行|{bankname}]工作人员提醒：[银行|我们][不会|从来不会]通过[电话|短信|微信][让您|要求]提供验证码[或|、]转账，[遇到|接到]此类[情况|电话]请[拨打|联系]官方客服",
    "[我是|]{bank}[大堂经理|网点]的，[提醒|跟]大家[说一下|讲一下]：[最近|近期][很多|好几个]老人[来|到柜台][要|]转[大额|一大笔]钱给'[警察|公安]'，[遇到|碰到]这种[先|]报警")  # fmt: skip
hard(AF, "case_share",
    "[通报|案例]：{estate}{surname}[阿姨|先生|女士]在微信群[购买|买]口罩，[先付|转账]{amt}后被拉黑。[警方|民警]提醒：[不要|别]向陌生人转账[付款|]",
    "[真实案例|案例分享]：[某小区|{city}]居民[接到|遇到]'[客服|领导]'[电话|加好友]，[被骗|转了]{amtbig}。[民警提醒|提醒]：[先|多]核实[再说|身份]，[不要|别]轻信")  # fmt: skip
hard(AF, "broadcast",
    "[社区喇叭|小喇叭]广播：[口罩|抗原]只在[药店|社区]买，[微信群里|网上]卖的[别信|不要买]，[不认识的人|陌生人]让转账[就是骗子|一律不转]",
    "[{comm}|社区]温馨提醒：[近期|最近]有人[冒充|假冒][社区工作人员|网格员][收费|上门卖口罩]，[社区|我们][从不|不会][收取|收]任何[防疫|消杀]费用，[请|]注意识别")  # fmt: skip
hard(AF, "advice_after",
    "[警察说|民警说]被骗了[越早报警|第一时间报警][越好|越有可能追回]，[我同事|楼上大姐][报得早|报警快]，[钱|部分钱][追回来了|冻结住了]",
    "[万一|如果][被骗了|转错钱了][别慌|不要怕]，[马上|赶紧]打110[或|和]96110，[保存好|留好][聊天记录|转账记录]，[越快越好|别拖]")  # fmt: skip
hard(AF, "suspicious_question",
    "[群里|刚才]那个说有口罩的[靠谱吗|是真的吗]？[我|]还没转钱[，先问问|，怕被骗]",
    "[有人|有个人][加我|私聊]说[能贷款|有口罩|能退款]，[这种|这个][是不是|肯定是]骗子吧？[我|]没[理他|回]")  # fmt: skip
hard(GB, "jielong",
    "#接龙\n[明天|{date}]{veg}团购，[{share}一份|每份{share}]\n1. {nick} {n}份\n2. {bldg} {n}份\n3. {nick} 1份",
    "接龙 {veg}[团购|拼团] [{share}/份|{share}一份]\n1. {room} 1份\n2. {nick} {n}份\n3. {room} {n}份\n4. ")  # fmt: skip
hard(GB, "leader_collect",
    "[团购的|买菜的][邻居|朋友]们，[今天|本次]{veg}[一共|]{share}，[请|]把钱[微信|]转给团长[{nick}|我]，[转账|付款]备注门牌号",
    "[{veg}|今天的菜][钱|款][大家|各位][按接龙|按份数][转给我|转我]，[一份|每份]{share}，[转的时候|转账][写上|备注][楼号|{bldg}]")  # fmt: skip
hard(GB, "arrived",
    "[团购的|大家订的]{veg}到了，[在|放在][小区门口|{bldg}楼下|门卫室]，[自己去拿|按接龙自提|按名字拿]，[钱还没转的|没付款的][记得转|赶紧转]一下",
    "[{veg}|菜][已经|]到了[，|]{clock}[前|之前][到|去]{loc}[拿|取]，[按名字|对着接龙][拿|取]，[别拿错了|拿完说一声]")  # fmt: skip
hard(GB, "receipt",
    "[收到|已收]{nick}[转账|付款]{share}，[谢谢|谢谢亲]{emo}",
    "[{room}|{nick}]的{share}[收到了|收到]，[还有|还差][{n}户|几家]没转[，抓紧哈|]")  # fmt: skip
hard(GB, "member_paid",
    "[团长|{nick}]，[菜钱|{share}]我[微信|]转[你了|过去了]，[{bldg}|{room}]，[查收一下|收一下哈]",
    "[已转|转了]{share}，{room}，[{veg}|东西]{n}份[，谢谢团长|，辛苦了]{emo}")  # fmt: skip
hard(GB, "community_masks",
    "[社区|居委会]组织[平价|团购]口罩，[{unitprice}|每盒{share}]，[由|]{pharm}[供货|配送]，[需要的|要的]接龙，[到货后|货到了][再付款|统一付款]",
    "[居委会|社区][联系了|对接了]{pharm}，[平价|成本价]口罩[团购|统一订]，[接龙报数|报户数]，[货到|送到]后[当面|现场][扫药店的码|付给药店]")  # fmt: skip
hard(GB, "fruit",
    "[{fruit}|水果]团购[开团啦|开始了]🍊 [{share}一箱|{share}元/箱]，[{date}|后天]到，[要的接龙|接龙报数量]，[到了付钱|货到付款]",
    "[{fruit}|水果][拼团|团购]，[产地直发|果园直发]，[{share}一箱|一箱{share}]，[坏果包赔|包售后]，[接龙|报名]截止{clock}")  # fmt: skip
hard(GB, "rules",
    "[团购规则|说明]：[接龙截止|截单时间]{clock}，[付款方式|]微信或支付宝[转给团长|转群主]，[缺货|坏果]包退",
    "[本群|团购群]须知：[下单|接龙]后[当天|{clock}前]付款，[团长|{nick}]统一采购，[有问题|质量问题]找团长[退款|处理]，[不|概不][收定金|另外收费]")  # fmt: skip
hard(GB, "count",
    "[目前|现在][接龙|报名]{n}[份|户]了，[还差|再有]{n}[份|户]就[成团|够起送]，[要的抓紧|快来]",
    "[{veg}|团购][已经|]{n}[单|份]了，[满|够]{n}0份[商家|老板][免费|]送[上门|到楼下]")  # fmt: skip
hard(GB, "refund",
    "[今天|昨天]的{veg}[少了|缺了]{n}份，[没拿到的|缺货的]我[微信|]退钱[给你们|]了，[看一下|查收]",
    "[{nick}|{room}]，[你订的|]{veg}[没货了|缺货]，{share}[已经|]退[回你微信|给你]了，[不好意思|抱歉哈]")  # fmt: skip
hard(GB, "qr_code",
    "[团长收款码|收款码]在[上面|群公告]，[付款|转账]时[备注|写上]楼号和名字，[物业|团长]{nick}[核对|统一]发货",
    "[这次|本次]{veg}用[群收款|群里的收款],[每人|每份]{share}，[点一下|点开]就能付，[付完|付过的][不用|别]再转了")  # fmt: skip
hard(GB, "supplies_pack",
    "[{market}|超市]配送[米面油|生活物资]套餐，[{share}一套|{share}/份]，[{bldg}|每栋]楼栋长[统计|收集]，[货到|送到]后[付款|扫码付]",
    "[保供|封控期间][物资|蔬菜包]{share}一份，[由|]{market}[配送|供货]，[楼栋长|志愿者][登记|统计]，[送到门口|送到楼下]再[付钱|扫码]")  # fmt: skip
hard(GB, "after_sales",
    "[{fruit}|水果|鸡蛋][有坏的|坏了几个]的[拍照|拍个照片]发[我|团长]，[我|]给[你们|大家][退钱|补发]，[{share}以内|坏几个退几个]",
    "[上次|昨天]团的{veg}[大家|]觉得[怎么样|咋样]？[好的话|满意的话][下周|明天][再开一团|还团]，[价格|还是]{share}")  # fmt: skip
hard(MC, "where_buy",
    "[你们|大家]口罩[在哪买的|哪里能买到]？[药店|网上][都没了|断货了]{wxe}",
    "[请问|问一下][哪里|哪家药店]还有{mask}[卖|买]？[家里|我家][快用完了|只剩{n}个了]")  # fmt: skip
hard(MC, "bought",
    "[我|今天]在{pharm}买[到|了]{mask}[了|]，{unitprice}，[排了半小时队|人不多]",
    "[终于|总算]买到口罩[了|]，[在|是]{pharm}[买的|排队买的]，[一人|每人][只能|限]买{n}[只|个]{wxe}")  # fmt: skip
hard(MC, "share_spare",
    "[我家|我这]还有[几个|{n}个]{mask}，[谁家|哪家]老人[急用|要去医院][说一声|的]，[送你|不要钱]",
    "[谁家|哪家][缺口罩|没口罩]的[说一声|吱一声]，[我|][放|挂]{n}个在[门卫|{bldg}门口]，[自己拿|直接拿][就行|]，[不要钱|别客气]")  # fmt: skip
hard(MC, "price_talk",
    "现在[口罩|N95][好贵|涨价了]，[以前|原来]{cheap}一[包|盒]，[现在|]要{share}[了|]，[还是|]去[药店|正规药店]买[放心|靠谱]",
    "[网上|外面][的口罩|卖的][贵得离谱|太贵了]，[药店|{pharm}][还是|]{unitprice}，[就是|只是]要排队")  # fmt: skip
hard(MC, "reuse",
    "[口罩|N95][能不能|可以]重复[用|戴]啊？[我|我家]一个[戴了|用了]{n}天了{wxe}",
    "[医用口罩|一次性口罩][戴多久|多久]要换[啊|？][我|]看[说|网上说]{n}个小时[就要换|要换一个]")  # fmt: skip
hard(MC, "advice",
    "[出门|去超市]记得[戴口罩|戴好口罩]，[回家|到家][先|]洗手[，|]口罩[别乱扔|扔有害垃圾桶]",
    "[用过的|废弃]口罩[要|请][扔进|投放到][专用|有害]垃圾桶，[不要|别][随手扔|乱丢]，[谢谢|感谢配合]{emo}")  # fmt: skip
hard(MC, "family_buy",
    "[我儿子|我女儿|我闺女][在网上|在京东][给我|帮我]买了{mask}，[说|]{date}[到|能到]，[到了|到时候]分[你们|大家]几个",
    "[孩子|我闺女][从{city}|从外地][寄|邮]了[一盒|{n}盒]口罩[回来|过来]，[谁家|哪家][要|需要][来拿|说一声]")  # fmt: skip
hard(MC, "pay_neighbor",
    "[王姐|{nick}]，[上次|刚才]你[帮我带的|给我拿的]口罩[多少钱|是{share}吧]？我[微信|]转[你|给你]",
    "[{nick}|姐]，[你帮我买的|帮我带的]{mask}[钱|{share}]我[转你微信了|微信转你了]，[谢谢啦|麻烦你了]{emo}")  # fmt: skip
hard(MC, "disinfect",
    "84[消毒液|]兑水[比例|]是[多少|怎么兑]？[我买了|药店买了]{n}瓶，[不会用|怕兑多了]",
    "[酒精|75%酒精][别|不要][喷在身上|在厨房用]，[容易|会]着火，84[和|跟]洁厕灵[不能混|别混着用]")  # fmt: skip
hard(MC, "antigen",
    "[抗原|退烧药][你们|大家]囤了吗？[我|]在{pharm}买了{n}盒，{share}[一盒|]",
    "[抗原|试剂][两道杠|一道杠]是[阳|阴]吗？[我家|我]刚测[的|完]，[看不太清|有点淡]{wxe}")  # fmt: skip
hard(MC, "kid_mask",
    "[小孩|孩子]戴[大人的|成人]口罩[太大|不合适]，[儿童口罩|小号口罩][在|去]{pharm}[能买到|有卖]，{share}[一包|]",
    "[幼儿园|学校][要求|让]每天带[两个|{n}个]口罩，[家里|我家][得|要][多备点|囤一些]了")  # fmt: skip
hard(MC, "no_mask_out",
    "[今天|刚才]出门[忘戴口罩|没戴口罩]，[被|让][保安|门卫][拦下来了|劝回来了]{wxe}",
    "[小区门口|门卫][不戴口罩|没口罩][不让进|进不来]，[大家|]出门[记得|别忘了]带[口罩|一个]")  # fmt: skip
hard(OS, "bank_txn",
    "【{bankname}】您尾号{tail}的[储蓄卡|信用卡]{mmdd}{hhmm}[消费|支出|转账支出]{price}，[余额|可用余额]{bal}元。",
    "【{bankname}】您账户{tail}于{mmdd}{hhmm}[收入|存入|转入]{price}，[余额|账户余额]{bal}元。[对方户名|付款方]：{name}。", formal=True)  # fmt: skip
hard(OS, "verify_code",
    "【{platform}】[验证码|您的验证码]{code}，[用于|您正在进行][登录|支付|身份验证]，{n}分钟内有效。[切勿告诉他人|请勿泄露给他人]，[如非本人操作|非本人操作]请忽略。",
    "【{bankname}】[验证码|动态密码]：{code}，[您正在|您]进行[网上支付|转账|绑卡]操作，[金额|交易金额]{price}。[任何人|工作人员][索要|问你要]验证码都是诈骗，[切勿|请勿]告知他人。", formal=True)  # fmt: skip
hard(OS, "courier_pickup",
    "【[{courier}|菜鸟驿站|丰巢]】您的[快递|包裹]已到{estate}[菜鸟驿站|快递柜|驿站]，取件码{pickup}，[请及时取件|{clock}前取件]。",
    "【{courier}】[您的|]快递[已|]由[{name}|快递员]派送至[{estate}|小区][门卫|驿站]，[联系电话|派件员电话]{phone}，[取件码|凭取件码]{pickup}。", formal=True)  # fmt: skip
hard(OS, "carrier_bill",
    "【{carrier}】尊敬的客户，您{month}月[账单|消费]{price}，[当前余额|余额]{bal}元。[详询|查询请拨打][10086|10010|10000]。",
    "【{carrier}】[您的|]话费余额[不足|已低于]{n}元，[为避免停机|以免影响使用]，[请|]及时[充值|缴费]，[可通过|通过]官方APP或营业厅办理。", formal=True)  # fmt: skip
hard(OS, "marketing",
    "【{platform}】[年货节|618|双11][大促|狂欢]，[满{price}减{n}0|全场5折起]，[戳|点击]{burl}[抢购|查看]，回TD退订",
    "【{market}】[会员日|周末特惠]：[鸡蛋|猪肉|{fruit}][特价|低至]{cheap}，[到店|门店]即享，[详情|]{burl}，拒收请回复R", formal=True)  # fmt: skip
hard(OS, "wage",
    "【{bankname}】您尾号{tail}账户{mmdd}[收到|入账]工资{amtbig}，[余额|当前余额]{bal}元。",
    "【{bankname}】您尾号{tail}的账户[代发工资|工资入账]{amt}，[余额|账户余额]{bal}元，[如有疑问|详询]请致电[官方客服|客服热线]。", formal=True)  # fmt: skip
hard(OS, "refund_legit",
    "【{platform}】您的退款{price}已[原路退回|退回]到[支付宝|微信|银行卡]，[预计|]{n}个工作日内到账，[无需|不需要]您[提供任何信息|进行任何操作]。",
    "【{platform}】[您的|]订单[已取消|退货已完成]，[退款|款项]{price}[将|已][原路返回|退回原支付账户]，[客服|平台][不会|绝不会][以任何理由|主动][索要|要您提供]验证码。", formal=True)  # fmt: skip
hard(OS, "bank_antifraud",
    "【{bankname}】[温馨提示|反诈提醒]：[银行|我行]工作人员不会[索要|要求您提供]验证码[或|，不会]让您[转账到|转入]安全账户，谨防诈骗。",
    "【{bankname}】您[刚刚|正在]向[陌生账户|尾号{tail}的账户]转账{amt}，[请|]确认[收款人|对方]身份，[谨防|警惕]冒充[公检法|客服][诈骗|]。", formal=True)  # fmt: skip
hard(OS, "pension",
    "【{city}[人社|社保]】[您的|]{month}月养老金{pension}已发放[到您社保卡|至您的社保卡]，[请注意查收|请查收]。[如有疑问|咨询]请拨打12333。",
    "【{city}医保】[您的|][{year}年度|本年度]城乡居民医保[已|]缴费成功，[金额|缴费金额]{price}，[有效期|保障期]至[年底|12月31日]。", formal=True)  # fmt: skip
hard(OS, "utility",
    "【[国家电网|{city}水务|{city}燃气]】[户号|您户号]{hh}[本月|{month}月][电费|水费|燃气费]{price}，[请于|]{date}前[缴纳|交清]，[可通过|通过][官方APP|微信公众号]缴费。",
    "【[国家电网|供电公司]】[因线路检修|计划检修]，[您所在的|]{estate}[将于|]{date}{hour}[停电|暂停供电]，[请|]提前做好准备。", formal=True)  # fmt: skip
hard(OS, "hospital",
    "【{city}[人民医院|中心医院]】您已[成功|]预约{date}{hhmm}[内科|口腔科|眼科]门诊，[请|]携带[身份证|医保卡][就诊|准时就诊]。",
    "【{city}疾控】[您|您家人]的核酸检测结果[为阴性|已出]，[详情|]可在[官方|政务]小程序查询，[无需|不需要]点击任何链接。", formal=True)  # fmt: skip
hard(OS, "plan",
    "【{carrier}】您的[流量|话费]套餐已生效，[本月|当月]剩余流量{n}GB，[详情|]登录APP查看。回复TD退订。",
    "【{carrier}】[您已|]成功[办理|订购][{n}0元|宽带续费]套餐，[月费|费用]{price}，[次月生效|即日生效]。[如非本人办理|有疑问]请拨打官方客服。", formal=True)  # fmt: skip


def plain(fid: str, *templates: str, formal: bool = False, tags: tuple[str, ...] = ()) -> None:
    fam("benign", "bn_" + fid, *templates, tags=tags, formal=formal)


plain("greeting",
    "[早上好|大家早上好|早安|各位邻居早上好][🌹|☀️|🌸|{wxe}]，[今天|新的一天]也要[开开心心|平平安安][哦|]",
    "[晚安|大家晚安|晚上好][，|]{emo}[早点休息|明天见][哈|]",
    "[周末愉快|大家周末愉快][！|]{emo}[出门的|出去玩的][注意安全|戴好口罩]")  # fmt: skip
plain("weather",
    "[明天|今晚|这两天][降温|有大雨|刮大风|有雪]，[大家|]出门[记得|要][带伞|添衣服|注意保暖]{emo}",
    "[天气预报说|看预报]{date}[最高|气温][只有|降到]{n}度，[老人孩子|家里老人][多穿点|注意别感冒]",
    "[今天|外面][太热了|好晒]，[{n}度|三十几度]，[中午|下午][少出门|别出去]，[多喝水|注意防暑]")  # fmt: skip
plain("lost_found",
    "[谁|哪位邻居]的[钥匙|电动车钥匙|工牌|校牌|钱包]掉在{loc}了？[我|]放[门卫|物业]那[了|里了]，[去认领|自己去拿]",
    "[寻物启事|求助]：[今天|昨天][下午|上午]在{loc}[丢了|掉了][一串钥匙|一个黑色钱包|孩子的水杯]，[捡到的|看到的][请|麻烦][联系|打]{phone}，[谢谢|万分感谢]{wxe}",
    "[谁家|哪家]的[小狗|猫|小泰迪][跑到|在]{bldg}[楼道|门口]了，[快来|赶紧来][领|接][回去|一下]")  # fmt: skip
plain("property_fee",
    "[物业通知|各位业主]：[{year}年|本年度]物业费[开始收取|可以交了]，每平米[1.2元|1.5元|2元|0.9元|1.8元]，[可到|到]物业[前台|办公室][缴纳|交]，[也可以|或]微信扫码[缴费|支付]，[咨询电话|电话]{phone}",
    "[物业|管家][提醒|通知]：[还没交|未缴纳]{year}年物业费的[业主|住户][请|麻烦]尽快[缴纳|交一下]，[微信|支付宝]转给[管家|物业账户][或|、]到前台刷卡都行", formal=True)  # fmt: skip
plain("outage",
    "[停水通知|温馨提示]：[因管道维修|因二次供水清洗]，{date}{hour}[停水|暂停供水]，[请|]提前[储水|做好准备]，[给大家带来不便|敬请谅解]。",
    "【停电通知】[因|由于][线路改造|变压器检修]，{estate}{bldg}[将于|]{date}{hour}[停电|暂停供电]，[电梯|电梯暂停]，[请|]提前做好准备。", formal=True)  # fmt: skip
plain("village_meeting",
    "[各位村民|各户代表]，{date}[晚上7点|上午9点]在[村委会|大礼堂|村部]开会，[商量|讨论][修路|土地流转|医保缴费|人居环境整治]的事，[每户|一家]来一个人",
    "[通知|村委会通知]：{village}[全体|]党员{date}[上午|下午][到村部|在村委会][开会|学习]，[请|]准时参加，[有事|来不了]的[向|跟][支书|{nick}]请假")  # fmt: skip
plain("courier_phone",
    "[快递员|顺丰小哥|京东快递][电话|说]{phone}，[东西|快递][放门卫|放丰巢]了，[{bldg}|尾号{tail}]的[邻居|]去拿[一下|]",
    "[谁|哪位]的快递[放|在]我家门口了？[写的|单子上]{name} {phone}[，|]{room}[的|]来拿[一下|]",
    "[快递小哥|送快递的][打我电话|给我打电话]说[放驿站|放门口]了，[我|]不在家，{nick}[方便的话|有空]帮我[拿一下|带上来]{wxe}")  # fmt: skip
plain("repair",
    "[谁家|哪位]有[修水管的师傅电话？厨房漏水了|通下水道的师傅电话？厨房堵了|修空调的师傅电话？空调不制冷了|修热水器的师傅电话？热水器坏了]{wxe}",
    "[这个|我家用的]师傅[挺好的|靠谱|手艺不错]，电话{phone}，[上门费|收费]{price}[，你问问|左右]",
    "[{bldg}|楼上]漏水[漏到|渗到]我家了，[麻烦|请]{room}的[邻居|业主][看一下|回个电话]{phone}")  # fmt: skip
plain("food",
    "[今天|晚上][包饺子|做了红烧肉|炖了排骨汤][了|]，[香|好吃][得很|]{wxe}",
    "[红烧肉|可乐鸡翅|糖醋排骨][怎么做|咋做][好吃|才好吃][啊|？]，[求教|谁会][一下|]",
    "[谁家|哪位]有[酵母|老面][，|]借我[一点|一勺]，[明天|今天][蒸馒头|做包子]{emo}")  # fmt: skip
plain("school_parents",
    "[家长们|各位家长]，[明天|周一][返校|开学]，[记得|请]带[作业|体温记录表|暑假作业]，{hour}到校",
    "[今天的|今天]作业：[语文|数学][第{n}页|练习册第{n}课]，[英语|]背[单词|课文]，[请|]家长签字[后|]拍照[上传|发群里]",
    "[哪位家长|谁][知道|清楚][明天|这周五][要不要|用不用]穿校服？{wxe}")  # fmt: skip
plain("square_dance",
    "[今晚|明晚]广场舞[照常|暂停][，|][7点|7点半|八点][老地方|在小区广场]{emo}",
    "[姐妹们|各位姐妹][今晚|明晚][新学|跳]《[最炫民族风|小苹果|火红的萨日朗]》，[早点来|别迟到][哈|]{emo}")  # fmt: skip
plain("move_car",
    "{plate}的车主[挪一下车|麻烦挪下车]，[挡住|堵住][出口|我车了]，[谢谢|急]",
    "[门口|{bldg}楼下][那辆|停的][白色|黑色|红色][车|SUV]是谁家的？[挡|堵]住消防通道了，[物业|保安][在|正在]找")  # fmt: skip
plain("neighbor_money",
    "[{nick}|王姐]，[昨天|刚才][借你的|帮你垫的]{price}[不急|不着急]，[有空|方便时][微信|]转我就行",
    "[{nick}|姐]，[上次|前天][打麻将|买菜][欠你|差你]的{price}[我微信转你了|转过去了]，[看一下|收一下]",
    "[{nick}|李哥]，[帮我|麻烦你]从超市带[两瓶酱油|一袋米|一箱牛奶]，[回来|到时候][我|]转钱[给你|]{wxe}")  # fmt: skip
plain("secondhand",
    "[闲置|家里的][婴儿车|电风扇|自行车|跑步机|儿童座椅]，[{price}|便宜][出|卖]，{bldg}自提，[要的|有需要的]私[聊|我]",
    "[搬家|换新的了]，[旧|之前的][冰箱|洗衣机|沙发][送人|免费送]，[能|自己]搬走[就行|的来]，{room}")  # fmt: skip
plain("health",
    "[多喝水|勤洗手|开窗通风][，|]少[去人多的地方|聚集]，[身体|大家]健康[最重要|第一]{emo}",
    "[天冷|换季]了，[老人|家里老人][血压|心脏][不好的|不舒服的][注意|记得按时吃药]，[有事|不舒服][打120|给家里打电话]")  # fmt: skip
plain("nucleic",
    "[核酸检测|核酸]通知：{date}{hour}在[小区广场|{estate}北门][做核酸|检测]，[带好|请携带]身份证[或|、]手机[健康码|]，[免费|不收费]",
    "[今天|明天]的核酸[改到|在]{loc}[做|了]，[排队|人][不多|有点多]，[带好|准备好][健康码|身份证]{emo}")  # fmt: skip
plain("thanks",
    "[谢谢|感谢]{nick}[帮忙|送来的菜|帮我拿快递]{emo}",
    "[辛苦|感谢][志愿者们|楼栋长|物业的师傅们]了[，|]{emo}[这么冷的天|大晚上的][还在|还]忙[着|]")  # fmt: skip
plain("hospital_question",
    "[请问|谁知道]{city}[人民医院|中心医院|中医院][现在|这几天][还能|可以][挂号|看门诊]吗？",
    "[我妈|老人][要|得][去医院|复查][开药|拿药]，[医院|社区医院][周末|周六][上不上班|开不开门]啊？")  # fmt: skip
plain("transport",
    "[公交|地铁]{n}路[恢复|停运]了，[从{date}起|明天起][正常运营|暂停]，[出门的|上班的]注意[一下|]",
    "[明天|周末][去|回]{city}，[车上|还能]带{n}个人，[要的|顺路的]说一声[，油费AA|，不收钱]")  # fmt: skip
plain("elevator",
    "[{bldg}|我们楼]电梯[又|]坏了，[已经|]报[修|物业]了，[预计|说是][今天下午|明天上午|晚上]能[修好|恢复]",
    "[电梯|{bldg}电梯]{date}[年检|保养]，{hour}起[停用|暂停使用]，[请|]走楼梯")  # fmt: skip
plain("garbage",
    "[垃圾分类|垃圾]请[按时|定时]投放，[厨余|湿垃圾][沥干|要沥干水][再扔|再倒]，[谢谢大家配合|辛苦大家]",
    "[楼道里|走廊]别[堆|放][杂物|纸箱]了，[消防|物业][要|会]检查{emo}")  # fmt: skip
plain("congrats",
    "[恭喜|祝贺]{nick}[家孙子满月|乔迁新居|家闺女考上大学]{emo}{emo}",
    "[祝|恭喜]{nick}[生日快乐|福如东海|身体健康]🎂{emo}")  # fmt: skip
plain("shop_open",
    "[小区门口|楼下][理发店|早餐店|菜店|修鞋铺][开门了|恢复营业了]，[需要的|大家][去|可以去]{emo}",
    "[{market}|超市][营业时间|开门时间][改成|调整为][早上7点|上午8点]到晚上[8点|9点]，[买菜的|需要的]注意[时间|一下]")  # fmt: skip
plain("noise",
    "[楼上|{room}][装修|打电钻]能不能[别在|不要]中午[弄|搞]？[孩子|老人][在睡觉|要午休]{wxe}",
    "[晚上|半夜][谁家|哪家]狗一直叫，[麻烦|请][看一下|管一管]{wxe}")  # fmt: skip
plain("committee_vote",
    "[业委会|物业]通知：[关于|]{estate}[加装电梯|停车位改造|更换物业]的[投票|意见征集]，[请|]各户[在|于]{date}前[到|去]物业[签字|投票]",
    "[加装电梯|换物业公司]的事，[{bldg}|我们单元][同意的|签了字的]已经{n}户了[，还差几户|]{emo}")  # fmt: skip
plain("market_prices",
    "[菜市场|超市][今天|这两天][白菜|猪肉|鸡蛋|土豆][又涨了|便宜了]，{cheap}一斤[，|]{wxe}",
    "[{market}|超市][鸡蛋|大米|食用油][特价|打折]，{cheap}[一板|一袋|一桶]，[限购|每人限]{n}[份|个]")  # fmt: skip
plain("new_number",
    "[我|这是我]换[手机号|号]了，[新号|]{phone}，[邻居们|大家][存一下|备注一下][，我是{room}的|，{bldg}老{surname}]",
    "[我老号码|原来的号][不用了|停了]，[有事|以后][打|打这个]{phone}，[微信|]还是[原来的|不变]")  # fmt: skip
plain("family_chat",
    "[妈|爸]，[我到家了|车到了|下班了]{emo}",
    "[儿子|闺女]，[吃饭了吗|什么时候回来|周末回家吃饭不]？[妈|我][给你|]做[红烧鱼|饺子|你爱吃的]{emo}",
    "[爸|妈]，[我|]给你[转了|微信转了]{price}，[买点|自己买点][好吃的|水果]，[别省着|别舍不得]")  # fmt: skip
plain("how_to_transfer",
    "[微信|支付宝][怎么|咋]转账[啊|]？[我|]想给[孙子|外孙|闺女]发个红包{wxe}",
    "[点|打开]聊天[框|窗口]右下角[的加号|那个+]，[选|点]转账，[输|填][好|]金额[就行|就可以]了",
    "[孙子|孩子][教我|帮我][弄了|开通了]微信支付，[以后|现在]买菜[扫码|付款][就行|方便多了]{emo}")  # fmt: skip
plain("bank_visit",
    "[明天|今天]去银行[交|存|取]钱，{bank}几点开门[啊|？]",
    "[去银行|在{bank}][办事|排队][排了|等了][一上午|好久]，[人|老人][真多|太多了]{wxe}")  # fmt: skip
plain("medical_insurance_pay",
    "[城乡居民医保|医保][缴费|开始交了]，[每人|今年][350元|380元|320元|400块]，[可以|]在[医保公众号|支付宝市民中心|税务APP][缴|交][，|或者]找[村会计|网格员][帮忙交|代缴]",
    "[{year}年|明年的]医保[该交了|开始缴费了]，[{village}|村里的][在|去]村部[交|缴]，[带|拿]身份证[或|、]户口本，[380一个人|每人350|每人380元]")  # fmt: skip
plain("pension_chat",
    "[养老金|退休金][这个月|{date}][到了|发了]没？[我|]看[存折|卡里][多了|涨了][58块|一百多|72元|96块]",
    "[今年|这次]养老金[涨了|调整了]，[我们|我][每个月|每月]多[一百|八十|120|60块][左右|]，[你们|大家]涨了多少？")  # fmt: skip
plain("link_share",
    "[这篇文章|这个视频][讲得|说得][挺好|不错]，[大家|]看看{burl}",
    "[分享|转发][一个|]{city}[防疫|本地]新闻：{burl}",
    "[孩子学校|社区]公众号[发的|的]通知，[大家|家长][看一下|留意]{burl}")  # fmt: skip
plain("volunteer",
    "[招募|需要]志愿者[协助|帮忙][卡口值守|送菜上门|核酸登记]，[报名|有意的][联系|找]{nick}{phone}",
    "[我报名|报名]志愿者[了|]，[明天|{date}][{hour}|上午]在{loc}[值班|执勤]{emo}")  # fmt: skip
plain("festival",
    "[元宵节|中秋节|端午节|新年|春节]快乐[！|]{emo}[祝大家|祝各位邻居][身体健康|阖家幸福|万事如意]",
    "[过年|中秋][了|]，[{comm}|社区][给老人|给大家][送|准备了][月饼|汤圆|福字]，[{time}|明天][到|去]居委会[领|拿]")  # fmt: skip
plain("job_legit",
    "[{market}|小区超市|楼下饭店]招[收银员|理货员|服务员]，[月薪|工资]{salary}，[有意|感兴趣]的[到店面谈|打电话{phone}]",
    "[物业|我们小区][招|缺][保安|保洁|绿化工]，[{salary}|包午饭]，[年龄|]60岁以下，[联系|找][物业|]{nick}")  # fmt: skip
plain("loan_chat",
    "[房贷|车贷]利率[又降了|下调了]，[{bank}|银行][说|讲][老房贷|存量房贷]也能[调|降]，[你们|大家][去问了吗|办了没]",
    "[儿子|我][买房|装修][贷了|办了]{amtbig}[公积金贷款|房贷]，[每月|一个月][还|供][三千|四千五|5000|两千八][多|]{wxe}")  # fmt: skip
plain("stock_chat",
    "[今天|这两天]股市[涨了|跌得厉害]，[别|千万别][追高|乱买]，[咱们|我们]老年人[存银行|买国债][稳当|放心]",
    "[银行|{bank}][定期|大额存单][利息|利率][又降了|降了]，[三年期|一年期][才|只有][1.9|2.1|2.6]了{wxe}")  # fmt: skip
plain("reply_ack",
    "[收到|好的|明白|知道了][，|]谢谢[通知|{nick}|群主]{emo}",
    "[收到|OK|好的]👌[，|]{time}[准时到|会去的]",
    "[已|][接龙|登记][了|好了]，[谢谢|辛苦]{nick}{emo}")  # fmt: skip
plain("gas_check",
    "[燃气公司|燃气]{date}[入户安检|上门检查]，[工作人员|师傅][有|带][工作证|工牌]，[免费|不收费]，[家里留人|请家里留人]",
    "[燃气|天然气][表|卡][要充值|没气了]，[我|]在['{city}燃气'公众号|燃气APP]上[交的|充的]，[挺方便|很快][的|]")  # fmt: skip
plain("tv",
    "[昨晚|今晚]{show}[好看|看了没]？[笑死我了|太好看了]{wxe}",
    "[春晚|这个电视剧][的|]那个小品[真好笑|不错]{emo}")  # fmt: skip
plain("pets_plants",
    "[我家|阳台的][月季|三角梅|茉莉][开花了|开得真好]{emo}[拍给大家看看|分享一下]",
    "[小区|花园]里的[流浪猫|那只花猫][生了|下了][三|四|五]只小猫，[有人|谁][想领养|要养]吗")  # fmt: skip
plain("sport",
    "[明天|周六]早上[打羽毛球|打乒乓球|爬山|跑步]，[还差|缺]{n}个人，[有兴趣的|想去的][一起|来]{emo}",
    "[小区|球场][篮球场|健身器材][修好了|开放了]，[可以|大家][去|]锻炼[了|]")  # fmt: skip
plain("kid_tutoring",
    "[有没有|谁]知道[附近|小区里][好的|靠谱的][数学|英语|钢琴]老师？[孩子|我家孩子][一|二|三|四|五|六|初一|初二]年级{wxe}",
    "[暑假|寒假][托管班|兴趣班][多少钱|怎么收费][啊|？][一个月800|1200一个月|一个月两千|1500一个月][贵不贵|]")  # fmt: skip
plain("delivery_food",
    "[谁|哪位]点的外卖[放|在]门卫[那|了]？[都|快][凉了|放半天了]",
    "[外卖|美团][小哥|骑手][进不来|不让进]，[让|叫]我们[到门口|下楼][拿|取]{wxe}")  # fmt: skip
plain("elderly_help",
    "[{bldg}|我们楼]的{nick}[一个人住|腿脚不方便]，[谁|哪位][去超市|买菜][顺便|的时候][帮|给]她带[点|一点][菜|米]",
    "[谁会|谁懂][弄|设置][智能手机|健康码|微信视频]？[我妈|老人][不会|弄不来]{wxe}")  # fmt: skip
plain("wedding",
    "[{nick}|老{surname}家][儿子|闺女]{date}[结婚|办酒]，[在|地点]{city}[大酒店|饭店]，[大家|各位][有空|都来][捧场|喝喜酒]{emo}",
    "[喜酒|满月酒][的礼金|份子钱][一般|现在][随多少|给多少][啊|？][两百|三百|五百|600][够不够|行不行]")  # fmt: skip
plain("work_chat",
    "[今天|明天][加班|值班]，[晚点|晚上]回[家|来]，[饭|晚饭][不用等我|你们先吃]",
    "[复工|上班]了，[单位|公司][要求|让][每天|每天早上][测体温|报健康码]{wxe}")  # fmt: skip
plain("quarantine_notice",
    "[从|自]{date}起，[外地|{city}]返回人员[请|需][主动|及时]向[社区|居委会]报备，[联系电话|电话]{phone}",
    "[温馨提示|通知]：[进出小区|出入][请|要][出示|扫]场所码，[配合|请配合]门岗[测温|登记]，[谢谢|感谢理解]", formal=True)  # fmt: skip
plain("wechat_misc",
    "[我把|刚才把][群公告|通知][截图|转发]到[家族群|单位群][了|]，[让|叫][大家|家里人][都看看|注意下]",
    "[群里|这个群][消息|太多了][我设置了|开了]免打扰，[有事|重要的事][@我|打我电话]{phone}",
    "[{nick}|你]加[我|我一下]微信[吧|，]，[回头|到时候][把照片|把视频]发[你|给你]{emo}")  # fmt: skip
plain("bills_chat",
    "[这个月|上个月][电费|水费|燃气费]{price}，[比上月|比去年][多了|高了]不少{wxe}",
    "[交|缴][电费|话费][在|用][支付宝|微信|网上国网][就能交|就行]，[不用|别][跑营业厅|去营业厅]了")  # fmt: skip
plain("old_photos",
    "[翻到|找到][一张|几张][老照片|三十年前的照片]，[大家|你们][认得出|看看][是谁|哪个是我]吗{emo}",
    "[今天|刚才][在|去]{city}[公园|江边][拍的|照的]，[风景|花][真美|开得正好]{emo}")  # fmt: skip
plain("rent",
    "[{bldg}|我家][有|一套][房子|两室一厅][出租|要租出去]，[月租|租金][1500|2000|2800|1200|一千八][左右|]，[有意|需要]的[电话|联系]{phone}",
    "[想|打算]在[小区|附近]租[个|一套][房|一室一厅]，[谁家|哪位][有|要出租]的[说一下|联系我]{wxe}")  # fmt: skip
plain("vaccination",
    "[新冠|流感]疫苗[在|可以去]{comm}[卫生服务中心|卫生院][打|接种]，[免费|不要钱]，[带|拿]身份证[就行|，工作日上午]",
    "[我|我们][打了|接种了]第{n}针[了|]，[胳膊|有点][酸|没什么反应]{emo}")  # fmt: skip
plain("police_visit",
    "[派出所|社区民警]{date}[来|到]小区[做|开展]反诈宣传，[送|发][小礼品|宣传册]，[有空的|老人们][去听听|可以去]",
    "[社区民警|{surname}警官][的|]电话{phone}，[有事|遇到问题][可以|直接][找他|打给他]")  # fmt: skip
plain("short_chat",
    "[哈哈哈|哈哈]{wxe}[笑死|太逗了]",
    "[好的好的|没问题]，[谢谢|辛苦了]{nick}",
    "[在的|在呢]，[怎么了|啥事]{wxe}",
    "[吃了吗|吃饭没]{nick}[，|]{emo}")  # fmt: skip


def extend(fid: str, *templates: str) -> None:
    """Add (mostly long, 80-150 character) phrasings to an existing family."""
    i = next(i for i, f in enumerate(FAMILIES) if f.fid == fid)
    f = FAMILIES[i]
    FAMILIES[i] = Family(f.fid, f.category, f.templates + templates, f.tags, f.formal)


extend("ms_factory_direct",
    "各位老板好，我们是{city}{brand}合作工厂，专业生产{mask}，[日产|每天能出]{n}万只，有注册证和检测报告，现货{qty}，{unitprice}，一万只起批。合作流程：先付{dep}安排发货，见物流单号再付尾款。有意向的联系{name}，电话{phone}，微信同号。")  # fmt: skip
extend("ms_trust_me",
    "各位邻居，我是{bldg}的，平时大家都见过我。我[老公|家里亲戚]单位有渠道能拿到{mask}，正规厂家的，{unitprice}，比外面便宜多了。因为要提前给厂家打款，所以需要大家先把钱转给我，我统一下单，到货后挨家挨户送上门。要的在群里报数量，今晚12点前截止哈{emo}")  # fmt: skip
extend("ms_dm_followup",
    "[您好|你好]，我是群里的{nick}，看你在问口罩。我这边[朋友是做外贸的|有厂家的货]，{mask}还剩{qty}，{unitprice}，药店现在根本买不到。你要的话先转{dep}给我，我今天就让厂家安排，明天顺丰发出，单号发你。[数量不多|好几个人在问]，要就尽快哦。")  # fmt: skip
extend("ms_emoji_ad",
    "📢📢[防疫物资|口罩]大量现货📢📢\n1️⃣{mask} {unitprice}\n2️⃣{disinf} {price}一箱\n3️⃣{gear} {price}一套\n[全部现货|厂家直发]，[先款后货|款到发货]，[量大从优|可批发可零售]\n☎️{phone}（微信同号）\n[诚信经营|假一赔十]，[非诚勿扰|需要的抓紧]‼️")  # fmt: skip
extend("ms_wave2_antigen",
    "[家里有老人孩子的看过来|阳了别慌]，[抗原|{prod2}]现在药店都断货了，我这边有[正规渠道|厂家直供]，{n}盒起发，{price}一盒，[今天付款|今天下单]明天就能到。[因为太多人要了|货太紧]，只接受先付款，[转账|付款]后把地址发我，[不接受|不支持]货到付款，要的加{wx}。")  # fmt: skip
extend("vr_confused",
    "各位邻居帮帮忙，我{date}在群里看到有人卖{mask}，说是厂家直供，{unitprice}，我就加了他微信{wx}，他让我先付定金，我转了{amt}，说好第二天发货。结果到现在都没发，发消息不回，电话{phone}也关机了，今天一看已经把我拉黑了。我是不是被骗了，应该去哪里报警啊？")  # fmt: skip
extend("vr_for_parent",
    "[麻烦大家|想问问大家]，我妈[前几天|上周]在[咱们群里|一个群里]看到有人卖口罩，说[药店买不到|比药店便宜]，[就|]加了对方，[按对方说的|对方让她]先转了{amt}，[说|讲好]第二天送到小区门口。等了三天[没人来|啥也没有]，再发消息[发现|才知道]被拉黑了。老人[心里很难受|这两天都睡不好]，[请问|]这种情况报警还能追回来吗？{sad}")  # fmt: skip
extend("vr_shuadan_withdraw",
    "[我真是太傻了|说出来丢人]，[前几天|上个月][有人|一个网友]拉我[做兼职|做刷单]，说[动动手指|在家]就能赚钱。前[两单|几单][返了|确实返了]{price}，后面[让我|说要]做[连单|大单]，我[先后|一共]充了{amt}，现在[平台|APP]说我操作失误，要再充{amt}才能提现。我[不敢再充了|没再充]，钱还能要回来吗？")  # fmt: skip
extend("of_police_launder",
    "您好，这里是{police}，我是{officer}。经查，有不法分子冒用您的身份信息在{city}开设银行账户，涉嫌参与一起[特大洗钱案|非法集资案]，涉案金额{amtbig}。现需要您配合资金清查，请不要挂断电话，也不要告诉家人，否则将以妨碍司法处理。请[立即|马上]下载{app}，开启屏幕共享。")  # fmt: skip
extend("of_cs_refund",
    "[您好|亲亲]，这里是{platform}售后理赔中心，[很抱歉|非常抱歉]，您[之前|近期]购买的商品经检测[存在质量问题|被检出不合格]，已被[强制|]下架，我们将给您{price}[理赔款|赔偿]。因为系统升级，需要您[添加|加一下]理赔专员微信{wx}，按专员指引[操作|填写银行卡信息]后[即可|就能]到账。")  # fmt: skip
extend("of_task_group",
    "[欢迎新朋友|恭喜您]进入[福利任务|兼职任务]群！[本群|我们]是{platform}官方合作[商家|机构]，[每天|今天]发布[点赞关注|浏览收藏]任务，[做一单|每单]{price}，[完成截图|截图]发给接待员[即可|就能]领取佣金。[前三单|新人任务]是福利单，[后面|之后]的[连单|进阶]任务需要先垫付{amt}，[完成后|做完]本金和佣金一起返还。")  # fmt: skip
extend("of_subsidy_sms",
    "【{city}人社局】[尊敬的市民|您好]：根据[国家|人社部]最新政策，[您|您本人]符合[领取|申领]{subsidy}条件，标准为每人{price}。请于{date}前[点击|登录]{url}，填写姓名、身份证号、银行卡号及手机验证码完成[申领|登记]，逾期视为自动放弃。")  # fmt: skip
extend("of_grandson",
    "[奶奶|爷爷]，是我啊，我感冒了声音有点哑。我[今天|昨天]在外面跟人打架，把人打伤了，现在在派出所，警察说[要赔|得交]{amt}医药费才能放我出来，不然要拘留还要留案底。[你千万别|可别]告诉我爸妈，[他们|我爸]知道了会打死我的，你先转给[这个警察叔叔|我同学]，卡号{card}。")  # fmt: skip
extend("hn_comm_notice",
    "【{comm}通知】各位居民：为做好疫情防控，社区将于{time}在[社区服务中心|党群服务中心]免费发放一次性医用口罩，每户{n}只，请户主携带身份证和户口本到现场领取。领取时请戴好口罩、保持一米距离，不要聚集。行动不便的老人请联系网格员上门送达，电话{phone}。社区发放口罩不收取任何费用，请勿相信网上售卖信息。")  # fmt: skip
extend("hn_restock_notice",
    "【到货通知】{pharm}[医用外科口罩|一次性医用口罩]已于今日到货，售价{unitprice}，[每人|每位顾客]凭本人身份证限购{n}只，售完即止。本店只在门店现场销售，不接受电话、微信预订，不通过任何个人账户收款，请大家认准门店购买，谨防诈骗。营业时间：每天8:00-20:00。")  # fmt: skip
extend("hn_police_long",
    "【{police}提醒】近期[我市|辖区]发生多起[网上购买口罩|微信群买口罩]被骗案件。骗子在微信群、朋友圈发布[口罩现货|防疫物资]信息，以“厂家直供”“数量有限”为由，要求先付款或交定金，收款后立即拉黑。请广大群众通过正规药店、社区购买或领取，不要向陌生人转账，被骗后请立即拨打110报警。")  # fmt: skip
extend("hn_jielong",
    "#接龙\n[{date}|明天]社区团购：{veg}{share}/份，{fruit}{share}/箱，[鲜鸡蛋|牛奶]{share}/份\n[截单时间|截止]{clock}，货到后团长在群里通知，[大家|各位]到{loc}自提\n付款：[微信转团长|群收款]，备注楼号\n1. {nick} {veg}1份\n2. {room} {fruit}1箱\n3. ")  # fmt: skip
extend("bn_property_fee",
    "【物业通知】各位业主：{year}年度物业费即日起开始收取，收费标准为每平方米每月[1.2元|1.5元|1.8元]，可到物业服务中心前台现金或刷卡缴纳，也可通过物业公众号在线缴费。物业不会安排人员上门收取现金，也不会通过个人微信收款。如有疑问，请拨打物业服务电话{phone}。")  # fmt: skip
extend("hn_bank_txn",
    "【{bankname}】您尾号{tail}的账户于{mmdd}{hhmm}通过[手机银行|网上银行]向{name}转账{price}，余额{bal}元。如非本人操作，请立即拨打我行官方客服电话。温馨提示：我行不会以任何理由要求您向“安全账户”转账，也不会索要短信验证码。")  # fmt: skip
extend("hn_suspicious_question",
    "[问一下大家|想问下]，刚才有个人[加我好友|私聊我]，说是群里的邻居，[他家亲戚|他朋友]是开药店的，能拿到{mask}，让我先转{amt}给他，[说是|讲]明天送到家。我[心里有点没底|总觉得不对劲]，还没转，你们觉得靠谱吗？要不要问问社区？")  # fmt: skip
extend("bn_village_meeting",
    "[各位村民|各户代表]：{date}[晚上7点|上午9点]在村委会大院召开[全体|]村民代表大会，主要商量[村里修路|土地流转|新农合缴费|人居环境整治]的事情，每户至少来一个人，有意见建议的可以当面提。[来不了的|实在来不了的]提前跟村委会说一声，电话{phone}。")  # fmt: skip
extend("hn_qr_code",
    "[核对一下|说一下]付款方式：[这次|本次]团购[用|走]{market}的[官方|门店]二维码付款，[扫群公告里的二维码|扫公告里的码]就行，[不用|别]转给个人，[付完|付过的]截图[发群里|发我]{emo}")  # fmt: skip
extend("hn_classroom",
    "[反诈提醒|温馨提示]：[不认识的|来路不明的]二维码[不要扫|别乱扫]，[扫码|扫了以后]让[填银行卡|输密码]的[一律|都]是骗子，[转给家里老人|提醒家里老人]{emo}")  # fmt: skip
extend("bn_nucleic",
    "[做核酸|核酸]前[先|请先]扫[门口的|桌上的]二维码[登记|填信息]，[老人|不会弄的][没有手机|不会扫]的带身份证[就行|也可以]，[志愿者|工作人员][帮忙|会帮忙]登记")  # fmt: skip


# ---------------------------------------------------------------- noise and evasion

_S2T = opencc.OpenCC("s2t")
TYPOS = [("的", "得"), ("在", "再"), ("已经", "以经"), ("吗", "嘛"), ("账", "帐"), ("怎么", "咋么"), ("知道", "知到"),
         ("一下", "一哈"), ("什么", "神马"), ("没有", "木有")]  # fmt: skip
SEP_WORDS = ["口罩", "微信", "转账", "付款", "定金", "现货", "支付宝", "银行卡", "加我", "安全账户", "刷单", "返利", "贷款",
             "验证码", "抗原", "连花清瘟", "客服", "退款", "保证金", "拉黑", "被骗", "洗钱", "链接", "私聊", "先付",
             "卡号", "二维码", "N95", "KN95", "解冻", "提现", "理赔", "中奖"]  # fmt: skip
SEPARATORS = [".", "❤", " ", "\u200b", "*", "-", "丨", "/", "~", "、", "_", "🈶"]
HOMOPHONES: dict[str, list[str]] = {
    "加我微信": ["+V", "加V", "加vx", "+wx", "加薇"],
    "加微信": ["+V", "加V", "加VX", "+vx", "加威"],
    "微信": ["V信", "VX", "vx", "薇信", "威信", "wx", "徽信", "微❤", "卫星", "V"],
    "口罩": ["kou罩", "口zhao", "扣罩", "KZ", "k罩"],
    "支付宝": ["zfb", "ZFB", "支fu宝", "支附宝"],
    "转账": ["转zhang", "转帐", "zz", "转z"],
    "银行卡": ["yhk", "银h卡", "行卡"],
    "现货": ["现huo", "xian货", "现或"],
    "定金": ["订金", "定jin", "dj"],
    "付款": ["付kuan", "fu款", "付欵"],
    "刷单": ["刷dan", "shua单", "S单"],
    "贷款": ["贷kuan", "dai款", "带款"],
    "返利": ["返li", "反利"],
    "安全账户": ["安全帐户", "安全zh户", "安全账hu"],
    "验证码": ["验证ma", "yzm", "验 证 码"],
    "拉黑": ["拉hei", "lh"],
    "抗原": ["kang原", "抗yuan"],
    "QQ": ["扣扣", "企鹅", "qq"],
    "私聊": ["si聊", "私l", "私撩"],
    "二维码": ["二维ma", "码子", "ewm"],
    "连花清瘟": ["LH清瘟", "连花qw"],
    "洗钱": ["xi钱", "洗qian"],
    "保证金": ["保证jin", "bzj"],
    "被骗": ["被pian", "被P", "bei骗"],
}
_PHONE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")


def fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in text)


def casual(text: str, rng: Rng) -> str:
    """Punctuation habits and typos of people typing on a phone."""
    r = rng.random()
    if r < 0.18:
        text = text.replace("，", " ")
    elif r < 0.3:
        text = text.replace("，", ",")
    elif r < 0.36:
        text = text.replace("，", "。")
    if rng.random() < 0.15:
        text = text.replace("！", "!").replace("？", "?")
    if rng.random() < 0.4:
        text = text.rstrip("。")
    if rng.random() < 0.07:
        for right, wrong in rng.sample(TYPOS, len(TYPOS)):
            if right in text:
                text = text.replace(right, wrong, 1)
                break
    return text


def sep_words(text: str, rng: Rng) -> str:
    present = [w for w in SEP_WORDS if w in text]
    for word in rng.sample(present, min(len(present), rng.randrange(1, 3))):
        sep = pick(rng, SEPARATORS)
        chars = list(word)
        pos = rng.randrange(1, len(chars))
        spaced = sep.join(chars) if rng.random() < 0.4 else "".join(chars[:pos]) + sep + "".join(chars[pos:])
        text = text.replace(word, spaced, 1)
    return text


def homophone(text: str, rng: Rng) -> str:
    for word, subs in HOMOPHONES.items():  # longest phrases are listed first
        if word in text and rng.random() < 0.75:
            text = text.replace(word, pick(rng, subs))
    return text


def cn_phone(text: str, rng: Rng) -> str:
    yao = rng.random() < 0.4

    def spell(m: re.Match[str]) -> str:
        return "".join("幺" if d == "1" and yao else CN_DIGITS[int(d)] for d in m.group(0))

    return _PHONE.sub(spell, text, count=1)


def partial_fullwidth(text: str, rng: Rng) -> str:
    return fullwidth(text) if rng.random() < 0.6 else re.sub(r"\d+", lambda m: fullwidth(m.group(0)), text)


EVASIONS: list[Callable[[str, Rng], str]] = [
    lambda t, r: _S2T.convert(t),
    partial_fullwidth,
    sep_words,
    homophone,
    cn_phone,
]


def evade(text: str, rng: Rng) -> str:
    """One or two disguises a scammer uses to slip past keyword filters; always changes the text."""
    changed = 0
    for transform in rng.sample(EVASIONS, len(EVASIONS)):
        new = transform(text, rng)
        if new != text:
            text, changed = new, changed + 1
            if changed == 2 or rng.random() < 0.6:
                break
    return text


def benign_noise(text: str, rng: Rng) -> str:
    return _S2T.convert(text) if rng.random() < 0.5 else partial_fullwidth(text, rng)


# ---------------------------------------------------------------- generation and split


@dataclass
class Row:
    text: str
    category: str
    family: str
    tags: list[str]

    def as_json(self, rid: str) -> str:
        label = "benign" if self.category == "benign" else "scam"
        obj = {"id": rid, "text": self.text, "label": label, "category": self.category, "family": self.family,
               "tags": self.tags}  # fmt: skip
        return json.dumps(obj, ensure_ascii=False)


def dedupe_key(text: str) -> str:
    return re.sub(r"[\s\u200b\u200c\u200d\ufeff]+", "", text)


def quotas() -> dict[str, int]:
    by_stratum: dict[str, list[str]] = {}
    for f in FAMILIES:
        by_stratum.setdefault(f.stratum, []).append(f.fid)
    out: dict[str, int] = {}
    for stratum, fids in by_stratum.items():
        base, extra = divmod(TARGETS[stratum], len(fids))
        for i, fid in enumerate(fids):
            out[fid] = base + (1 if i < extra else 0)
    return out


def generate(rng: Rng) -> list[Row]:
    seen: set[str] = set()
    rows: list[Row] = []
    quota = quotas()
    for f in FAMILIES:
        need, got, attempts = quota[f.fid], 0, 0
        while got < need and attempts < need * 80:
            attempts += 1
            text = render(pick(rng, f.templates), rng, f.formal)
            if not f.formal:
                text = casual(text, rng)
            tags = list(f.tags)
            if f.category != "benign" and rng.random() < EVASION_RATE:
                text, tags = evade(text, rng), [*tags, "evasion"]
            elif f.category == "benign" and rng.random() < BENIGN_NOISE_RATE:
                text, tags = benign_noise(text, rng), [*tags, "noise"]
            text = text.strip()
            key = dedupe_key(text)
            if not MIN_LEN <= len(text) <= MAX_LEN or key in seen:
                continue
            seen.add(key)
            rows.append(Row(text, f.category, f.fid, tags))
            got += 1
        if got < need:
            print(f"warning: family {f.fid} produced only {got}/{need} distinct rows", file=sys.stderr)
    return rows


def dev_families() -> set[str]:
    """About DEV_SHARE of the families of every stratum (at least one), chosen with a fixed seed."""
    rng = Rng(SEED + 1)
    by_stratum: dict[str, list[str]] = {}
    for f in FAMILIES:
        by_stratum.setdefault(f.stratum, []).append(f.fid)
    dev: set[str] = set()
    for stratum in sorted(by_stratum):
        fids = sorted(by_stratum[stratum])
        rng.shuffle(fids)
        dev.update(fids[: max(1, round(len(fids) * DEV_SHARE))])
    return dev


def build() -> tuple[list[str], list[str], list[tuple[str, Row]]]:
    """Returns the train lines, the dev lines and every (split, row) for the statistics."""
    rows = generate(Rng(SEED))
    Rng(SEED + 2).shuffle(rows)
    dev = dev_families()
    train_lines: list[str] = []
    dev_lines: list[str] = []
    split_rows: list[tuple[str, Row]] = []
    for i, row in enumerate(rows, start=1):
        split = "dev" if row.family in dev else "train"
        (dev_lines if split == "dev" else train_lines).append(row.as_json(f"m{i:06d}"))
        split_rows.append((split, row))
    return train_lines, dev_lines, split_rows


def stats_table(split_rows: list[tuple[str, Row]]) -> str:
    counts: Counter[tuple[str, str]] = Counter()
    families: dict[str, set[str]] = {"train": set(), "dev": set()}
    for split, row in split_rows:
        families[split].add(row.family)
        counts[(split, row.category)] += 1
        counts[(split, "total")] += 1
        sub = next((t for t in row.tags if t in HARD_SUBTYPES), None)
        if sub:
            counts[(split, "hard_negative")] += 1
            counts[(split, f"  hard_negative/{sub}")] += 1
        for tag in ("evasion", "noise"):
            if tag in row.tags:
                counts[(split, f"tag {tag}")] += 1
    keys = ["mask_scam", "victim_report", "other_fraud", "benign", "hard_negative",
            *[f"  hard_negative/{s}" for s in HARD_SUBTYPES], "tag evasion", "tag noise", "total"]  # fmt: skip
    lines = ["| rows | train | dev | all |", "|---|---:|---:|---:|"]
    for k in keys:
        tr, dv = counts[("train", k)], counts[("dev", k)]
        lines.append(f"| {k.strip()} | {tr} | {dv} | {tr + dv} |")
    lines.append(f"| template families | {len(families['train'])} | {len(families['dev'])} | "
                 f"{len(families['train']) + len(families['dev'])} |")  # fmt: skip
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent, help="directory to write into")
    args = parser.parse_args(argv)
    train_lines, dev_lines, split_rows = build()
    args.out.mkdir(parents=True, exist_ok=True)
    for fname, lines in (("train.jsonl", train_lines), ("dev.jsonl", dev_lines)):
        (args.out / fname).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(stats_table(split_rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
