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
    "ordinary_sms",
    "advert",
)
# rows wanted per stratum (a stratum is a category, or a hard-negative subtype, or plain benign)
TARGETS = {
    "mask_scam": 2400,
    "victim_report": 880,
    "other_fraud": 2680,
    "benign_plain": 3420,
    **dict.fromkeys(HARD_SUBTYPES, 200),
    "ordinary_sms": 2560,
    "advert": 850,
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


# slots for everyday SMS and chat (carriers, banks, shops, travel, public services)
ROADS = ["解放路", "中山路", "人民路", "建设大道", "长江路", "和平街", "新华路", "黄河路", "友谊大道", "光谷大道", "文化路",
         "滨河路"]  # fmt: skip
DISTRICTS = ["江汉区", "洪山区", "高新区", "经开区", "滨湖区", "城关镇", "开发区", "新城区", "雁塔区", "天河区"]
AIRLINES = ["中国国航", "东方航空", "南方航空", "海南航空", "四川航空", "厦门航空", "春秋航空"]
HOTELS = ["汉庭酒店", "如家酒店", "全季酒店", "锦江之星", "7天酒店", "亚朵酒店", "维也纳酒店", "城市便捷酒店"]
INSURERS = ["中国人寿", "中国平安", "太平洋保险", "人保财险", "泰康人寿", "新华保险", "阳光保险"]
SHOPS = ["优衣库", "屈臣氏", "名创优品", "周大福", "苏宁易购", "瑞幸咖啡", "肯德基", "麦当劳", "海底捞", "蜜雪冰城",
         "安踏", "李宁", "老庙黄金", "永辉会员店"]  # fmt: skip
CARS = ["比亚迪", "吉利", "长安", "大众", "丰田", "本田", "五菱", "哈弗", "奇瑞", "别克"]
APPNAMES = ["爱奇艺", "腾讯视频", "优酷", "网易云音乐", "QQ音乐", "喜马拉雅", "百度网盘", "WPS", "Keep", "哈啰",
            "大众点评", "小红书", "携程旅行", "去哪儿旅行", "58同城", "闲鱼", "叮咚买菜", "高德地图"]  # fmt: skip
RIDES = ["滴滴出行", "高德打车", "曹操出行", "T3出行", "花小猪打车"]
FOODAPPS = ["美团外卖", "饿了么", "美团"]
SCHOOLS = ["实验小学", "第一中学", "育才小学", "第二实验中学", "阳光幼儿园", "中心小学", "外国语学校", "第三中学"]
DEPTS = ["内科", "心内科", "消化内科", "儿科", "妇科", "骨科", "眼科", "口腔科", "皮肤科", "中医科", "内分泌科"]
ITEMS = ["婴儿车", "电动车", "书桌", "冰箱", "跑步机", "儿童自行车", "空调", "沙发", "电子琴", "餐桌", "洗衣机",
         "微波炉", "学步车", "衣柜", "老年代步车"]  # fmt: skip
GOODS = ["羽绒服", "电饭煲", "拖鞋", "洗衣液", "床单四件套", "儿童书包", "保温杯", "运动鞋", "手机壳", "台灯", "纸巾",
         "奶粉", "扫地机器人", "充电宝"]  # fmt: skip
TOOLS = ["梯子", "电钻", "打气筒", "扳手", "冲击钻", "推车", "折叠桌", "锤子"]
PETS = ["狗", "猫", "小泰迪", "橘猫", "柯基", "小白狗"]
JOBS = ["行政专员", "仓库管理员", "销售顾问", "会计", "前台", "质检员", "客服专员", "驾驶员", "普工", "出纳"]
LEGIT_CO = ["华瑞科技", "恒通物流", "新世纪百货", "嘉和食品", "远达机械", "明珠电子", "鑫源建材", "安康医药"]
CARRIER_HOT = {"中国移动": "10086", "中国联通": "10010", "中国电信": "10000"}


def carrier_sign(rng: Rng) -> str:
    c = pick(rng, CARRIERS)
    return f"【{c}】" if rng.random() < 0.8 else f"【{c}】尊敬的客户，"


def money(rng: Rng) -> str:
    v = pick(rng, [rng.randrange(1, 100), rng.randrange(10, 500), rng.randrange(50, 2000)])
    return f"{v}.{rng.randrange(100):02d}元"


def bill_pair(rng: Rng) -> str:
    total = rng.randrange(300, 30000)
    return f"金额{total}.{rng.randrange(100):02d}元，最低还款{total // 10}.{rng.randrange(100):02d}元"


def money_big(rng: Rng) -> str:
    v = rng.randrange(2000, 300000)
    return (f"{v:,}" if rng.random() < 0.4 else str(v)) + f".{rng.randrange(100):02d}元"


def digits(rng: Rng, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def waybill(rng: Rng) -> str:
    return pick(rng, ["SF", "YT", "JT", "75", "43", "JD", "YD"]) + digits(rng, rng.randrange(11, 14))


def landline(rng: Rng) -> str:
    return (
        "0" + pick(rng, ["27", "571", "755", "20", "28", "29", "731", "371", "551", "10", "21"]) + "-" + digits(rng, 8)
    )


def train_no(rng: Rng) -> str:
    return pick(rng, ["G", "G", "D", "K", "Z", "C"]) + str(rng.randrange(10, 2000))


def seat(rng: Rng) -> str:
    return f"{rng.randrange(1, 17):02d}车{rng.randrange(1, 20):02d}{pick(rng, 'ABCDF')}号"


def usage(rng: Rng) -> str:
    if rng.random() < 0.5:
        return f"{rng.randrange(1, 40)}.{rng.randrange(10, 99)}GB"
    return f"{rng.randrange(50, 1000)}MB"


SLOTS.update(
    {
        "csign": carrier_sign,
        "hot": lambda r: pick(r, list(CARRIER_HOT.values())),
        "money": money,
        "moneybig": money_big,
        "topup": lambda r: pick(r, ["30元", "50元", "100元", "100.00元", "200元", "50.00元", "20元"]),
        "gb": usage,
        "pts": lambda r: str(r.randrange(300, 30000)),
        "code4": lambda r: digits(r, 4),
        "order": lambda r: digits(r, r.randrange(12, 16)),
        "waybill": waybill,
        "landline": landline,
        "train": train_no,
        "seat": seat,
        "station": lambda r: pick(r, CITIES) + pick(r, ["站", "东站", "南站", "北站", "西站"]),
        "road": lambda r: pick(r, ROADS),
        "district": lambda r: pick(r, DISTRICTS),
        "airline": lambda r: pick(r, AIRLINES),
        "hotel": lambda r: pick(r, HOTELS),
        "insurer": lambda r: pick(r, INSURERS),
        "shop": lambda r: pick(r, SHOPS),
        "car": lambda r: pick(r, CARS),
        "appname": lambda r: pick(r, APPNAMES),
        "ride": lambda r: pick(r, RIDES),
        "foodapp": lambda r: pick(r, FOODAPPS),
        "school": lambda r: pick(r, CITIES) + pick(r, SCHOOLS),
        "dept": lambda r: pick(r, DEPTS),
        "item": lambda r: pick(r, ITEMS),
        "goods": lambda r: pick(r, GOODS),
        "tool": lambda r: pick(r, TOOLS),
        "pet": lambda r: pick(r, PETS),
        "job": lambda r: pick(r, JOBS),
        "legitco": lambda r: pick(r, LEGIT_CO),
        "rate": lambda r: pick(r, ["0.5%", "0.55%", "0.6%", "0.65%", "0.7%", "0.75%"]),
        "apr": lambda r: pick(r, ["3.45%", "3.6%", "3.85%", "4.2%", "2.95%", "3.1%"]),
        "dep_rate": lambda r: pick(r, ["1.45%", "1.5%", "1.65%", "1.75%", "1.8%", "1.95%", "2.0%", "2.15%"]),
        "credit": lambda r: f"{pick(r, [8, 10, 12, 15, 20, 25, 30, 50, 80, 100])}000元",
        "ten": lambda r: pick(r, ["5", "10", "15", "20", "30", "50"]),
        "minute": lambda r: pick(r, ["3", "5", "5", "10", "15", "30"]),
        "kg": lambda r: pick(r, ["2块5", "3块", "1块8", "4块2", "6块", "12块", "15块8", "3.5", "2.8元"]),
        "pct_used": lambda r: pick(r, ["80%", "90%", "85%", "95%", "70%"]),
        "billpair": bill_pair,
        "vipfee": lambda r: pick(r, ["15元", "19.8元", "25元", "30元", "12元", "198元", "248元", "9.9元"]),
        "chain": lambda r: pick(r, ["永辉超市", "华润万家", "物美", "盒马", "沃尔玛", "家乐福", "大润发"]),
        "mu": lambda r: pick(r, ["三", "五", "七八", "十来", "两", "六"]),
    }
)


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


FM, PH, AF, GB, MC, OS, OR, AD = HARD_SUBTYPES

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


# ---------------------------------------------------------------- ordinary SMS (hard negatives, `ordinary_sms`)
# Everyday notices from carriers, banks, shops, travel, hospitals and public services. They use the words the
# scams borrow (余额, 贷款, 退款, 验证码, 链接, 扣款) in their ordinary sense.


def sms(fid: str, *templates: str) -> None:
    hard(OR, fid, *templates, formal=True)


sms("carrier_balance",
    "{csign}截至{mmdd}{hhmm}，您的话费余额为{money}，本月已消费{money}。[查询账单请登录|详情可登录]官方APP。",
    "{csign}您的账户余额{money}，[为保证正常使用|为避免影响通话]，[建议|请]及时充值。[发送CXYE至{hot}可查询余额|充值可使用官方APP或营业厅]。",
    "【{carrier}】余额提醒：您的账户可用余额{money}，已低于提醒阈值{ten}元。充值请登录官方APP，[如已充值请忽略|已充值请忽略本短信]。")  # fmt: skip
sms("carrier_data",
    "{csign}您本月[套餐内|国内通用]流量已使用{gb}，剩余{gb}，[超出后按|超出部分按][3元/GB|5元/GB]计费。[回复CXLL查询|详情登录APP查询]。",
    "【{carrier}】提醒：您本月套餐内流量已用完，当前按[5元/1GB|3元/GB]自动叠加计费，[如需办理流量包请登录APP|发送KTLLB至{hot}开通流量包]。",
    "【{carrier}】您的[流量|月包流量]使用已达{pct_used}，[剩余|还剩]{gb}，[本月|当月]{date}[清零|到期]，合理安排使用。")  # fmt: skip
sms("carrier_topup",
    "{csign}您于{mmdd}{hhmm}通过[支付宝|微信|银行卡|充值卡]充值{topup}已到账，当前余额{money}。感谢您的使用！",
    "【{carrier}】您的手机号码已成功充值{topup}，[交费方式|支付方式]：[网上营业厅|支付宝|云闪付]，[当前|]可用余额{money}。",
    "【{carrier}】缴费成功！金额{topup}，[流水号|交易号]{order}，如有疑问请拨打{hot}。")  # fmt: skip
sms("carrier_monthly_bill",
    "{csign}您{year}年{month}月账单已出，本月消费{money}，当前余额{money}。[账单明细|详情]请登录官方APP“账单”页面查看。",
    "【{carrier}】您{month}月话费共{money}，[已从余额中扣除|本月已扣费]，[超出套餐部分|明细]可回复CXZD查询。")  # fmt: skip
sms("carrier_points",
    "【{carrier}】您的积分{pts}分将于{year}年12月31日到期清零，可登录官方APP[积分商城|“我的-积分”]兑换[话费|流量|礼品]。回复TD退订。",
    "{csign}您已成功使用{pts}积分兑换[话费{topup}|1GB流量包|视频会员月卡]，[次月生效|即时到账]。[详询|咨询请拨打]{hot}。")  # fmt: skip
sms("carrier_broadband",
    "{csign}您的宽带账号{hh}将于{mmdd}到期，为不影响上网，请及时到营业厅或通过官方APP续费。[咨询|详询]请拨打{hot}。",
    "【{carrier}】您报修的宽带故障已受理，[装维师傅|工程师]{surname}师傅将于{time}上门，联系电话{phone}，请保持电话畅通。",
    "【{carrier}】您的宽带已续费成功，[续费|到期]时间延至{year}年{month}月，[费用|金额]{money}。")  # fmt: skip
sms("carrier_5g_promo",
    "【{carrier}】5G升级[特惠|专享]：每月[仅加|加]{ten}元即可升级5G套餐，享[{ten}GB流量|视频会员|500分钟通话]，回复BL办理，回复TD退订。",
    "{csign}[送您|您获得]一次免费体验5G[网络|极速流量]的机会，[体验期|有效期]{n}天，[到期自动恢复原套餐|不收取任何费用]，[办理|详情]登录官方APP。退订回T")  # fmt: skip
sms("carrier_portability",
    "【{carrier}】您正在申请携号转网，授权码{code4}，[有效期|{n}天内有效]，请携带本人身份证到营业厅办理。[如非本人操作请忽略|若非本人申请请致电{hot}]。",
    "【{carrier}】尊敬的客户，您的号码已成功携入{carrier}，[原号码|号码]不变，[欢迎使用|感谢您的信任]！套餐详情请登录官方APP。")  # fmt: skip
sms("carrier_plan_change",
    "{csign}您申请的套餐变更已受理，{month}月1日起由[58元|88元|128元]套餐变更为[39元|59元|99元]套餐。如有疑问请[咨询营业厅|拨打{hot}]。",
    "【{carrier}】您的[副卡|亲情号]已办理成功，[月功能费|每月费用]{topup}，[次月生效|即日生效]，[取消|变更]请到营业厅办理。")  # fmt: skip
sms("bank_flow_trailing",
    "您尾号{tail}的[储蓄卡|借记卡]{mmdd}{hhmm}[快捷支付|财付通|支付宝|POS消费|ATM取款]支出{money}，余额{bal}元。【{bankname}】",
    "{bankname}：您账户{tail}于{mmdd} {hhmm}[跨行转入|转账收入|他行汇入]人民币{money}，活期余额{bal}元，对方户名：{name}。",
    "【{bankname}】您尾号{tail}卡{mmdd}{hhmm}[代扣|自动扣款][水费|电费|燃气费|保险费]{money}，余额{bal}元。")  # fmt: skip
sms("credit_bill",
    "【{bankname}】您的信用卡{month}月账单{billpair}，到期还款日{mmdd}。[请按时还款以免影响个人征信|如已还款请忽略]。",
    "【{bankname}信用卡】尊敬的{surname}[先生|女士]，您尾号{tail}的信用卡本期应还{money}，还款日{mmdd}，[可通过手机银行还款|请确保还款账户余额充足]。")  # fmt: skip
sms("credit_due_remind",
    "【{bankname}】温馨提示：您尾号{tail}的信用卡将于{mmdd}到期还款，未还金额{money}。如已还款请忽略。",
    "【{bankname}】您尾号{tail}信用卡已还款{money}，[本期账单已还清|剩余应还{money}]，感谢您的使用。")  # fmt: skip
sms("credit_installment_promo",
    "【{bankname}信用卡】您{month}月账单可办理分期，[12期|6期|24期]每期手续费率低至{rate}，登录[手机银行|官方APP]“账单分期”办理，回TD退订。",
    "【{bankname}】尊敬的持卡人，您可享[现金分期|账单分期]专属优惠，[额度|最高]{credit}，[详情及办理|办理]请登录官方APP，拒收请回复R。")  # fmt: skip
sms("credit_limit",
    "【{bankname}】您尾号{tail}的信用卡固定额度已调整为{credit}，即日生效。[详情请登录手机银行查询|可通过官方APP查询]。",
    "【{bankname}】您尾号{tail}信用卡临时额度已提升至{credit}，有效期至{mmdd}，到期后恢复原额度。[如有疑问请致电卡片背面客服电话|详询官方客服]。")  # fmt: skip
sms("wealth_maturity",
    "【{bankname}】您购买的[理财产品|定期存款|大额存单][“稳享90天”|“季季红”|“安心存”|]已于{mmdd}到期，本金及收益{moneybig}已转入尾号{tail}账户。",
    "【{bankname}】您尾号{tail}账户的{n}年期定期存款将于{mmdd}到期，[到期后将自动转存|可登录手机银行办理续存或支取]。")  # fmt: skip
sms("bank_loan_repay",
    "【{bankname}】您的个人住房贷款{month}月应还{money}，将于{mmdd}从尾号{tail}账户扣款，请确保余额充足。[如已存入请忽略|谢谢]。",
    "【{bankname}】尊敬的客户，您的[个人消费贷款|汽车贷款|经营贷款]本期应还{money}，扣款日{mmdd}，[还款账户|扣款账户]尾号{tail}。",
    "【{bankname}】您尾号{tail}账户{mmdd}已扣收[房贷|贷款]本息{money}，贷款剩余本金{moneybig}。")  # fmt: skip
sms("bank_loan_offer",
    "【{bankname}】尊敬的客户，您已获得[个人消费贷款|快贷|e贷]预授信额度{credit}，年化利率[低至|]{apr}起，登录手机银行申请，回TD退订。",
    "【{bankname}】[房贷利率调整提醒|利率调整通知]：您的住房贷款利率自{mmdd}起调整为{apr}，[月供|每月还款额]相应变化，详情请登录手机银行查询。")  # fmt: skip
sms("netbank_login",
    "【{bankname}】您的手机银行于{mmdd}{hhmm}在新设备登录，[如非本人操作|若非本人操作]请及时[修改密码|致电我行官方客服]。",
    "【{bankname}】您已成功修改[手机银行|网银]登录密码。如非本人操作，请立即拨打我行官方客服电话。",
    "【{bankname}】您于{mmdd}{hhmm}成功[开通|绑定]{platform}快捷支付，尾号{tail}。[如有疑问|如非本人操作]请致电官方客服。")  # fmt: skip
sms("app_verify_code",
    "【{appname}】验证码{code}，您正在注册成为新用户，感谢您的支持！",
    "【{appname}】{code}（登录验证码），{minute}分钟内有效，请勿泄露。",
    "您的验证码是{code4}，用于修改密码。如非本人操作，请忽略本短信。【{appname}】",
    "【{bankname}】验证码{code}，您正在[绑定银行卡|办理手机银行注册|修改预留手机号]。[工作人员不会索要|任何人索要均为诈骗]，切勿泄露。")  # fmt: skip
sms("pay_app",
    "【支付宝】您的账户于{mmdd}{hhmm}在新设备登录，如非本人操作，请及时修改密码。",
    "【支付宝】您的花呗{month}月账单{money}，还款日{mmdd}，可[开通自动还款|在支付宝内还款]，请按时还款。",
    "【云闪付】您领取的{n}元[满减券|乘车券|缴费券]{date}到期，打开云闪付APP即可使用。退订回T",
    "【微信支付】您已成功[开通|关闭][免密支付|自动扣费]服务[（{appname}）|]，如需管理请在微信“服务-钱包-支付设置”中操作。")  # fmt: skip
sms("order_confirm",
    "【{platform}】您的订单{order}已支付成功，商品将在{n}天内发货，可在APP“我的订单”查看物流。",
    "【{platform}】您的订单已提交，金额{money}，[请在30分钟内完成支付|超时订单将自动取消]。",
    "【{shop}】您在官方商城下单的{goods}已确认，订单号{order}，预计{date}送达。")  # fmt: skip
sms("shipped",
    "【{platform}】您购买的[商品|宝贝]已发货，{courier}运单号{waybill}，[点击|]{burl}查看物流。",
    "【{courier}】您有一个来自{platform}的包裹已揽收，运单号{waybill}，预计{date}送达。",
    "【{platform}】亲，您的{goods}已由{courier}发出，单号{waybill}，[收货时请当面检查|签收前请检查外包装]。")  # fmt: skip
sms("delivery_out",
    "【{courier}】您的快件{waybill}正在派送中，派件员{name}，电话{phone}，[请保持电话畅通|预计今天送达]。",
    "【{courier}】您好，您的快件已派送至{estate}[驿站|快递柜|门卫室]，[如有疑问|不在家]请联系快递员{phone}。",
    "【{courier}】[快递员|小哥]{surname}师傅今天{hour}前为您[派送|上门]，家中无人可[回复1放驿站|联系改约时间]，电话{phone}。")  # fmt: skip
sms("parcel_locker",
    "【丰巢】取件码{code}，您的{courier}包裹已放入{estate}{n}号丰巢柜，请凭取件码取件，超过18小时将[收取超时费|产生保管费]。",
    "【菜鸟驿站】您的{courier}包裹已到{estate}菜鸟驿站，取件码{pickup}，营业时间8:00-21:00。",
    "【[兔喜生活|妈妈驿站|近邻宝]】凭{pickup}到{estate}[驿站|服务站]取件，[包裹已保管{n}天|请尽快领取]。")  # fmt: skip
sms("refund_arrived",
    "【{platform}】退款成功！订单{order}退款{money}已原路退回，[银行卡退款1-3个工作日到账|支付宝余额即时到账]。",
    "【{platform}】您申请的退货已审核通过，请在{n}天内寄回，[运费险已为您赔付|退款将在商家收货后退回]。",
    "【{shop}】您的退款{money}已处理，将退回至原支付账户，请注意查收。")  # fmt: skip
sms("review_invite",
    "【{platform}】亲，您购买的{goods}已签收，[邀您评价|期待您的评价]，{burl} 回TD退订",
    "【{shop}】感谢您的光临！[邀请您对本次服务进行评价|请为本次服务打分]，{burl}，拒收请回复R")  # fmt: skip
sms("ride_hailing",
    "【{ride}】[您的|本次]行程已结束，[车费|行程费用]{money}，[已从|已通过][微信|支付宝][自动扣款|免密支付]。[如有疑问|对行程有疑问]请在APP内联系客服。",
    "【{ride}】{surname}师傅已接单，车牌{plate}，[白色|黑色|银色]{car}，预计{minute}分钟到达上车点。",
    "【{ride}】您预约的{mmdd}{hhmm}[送机|接机|用车]订单已确认，司机将提前联系您。")  # fmt: skip
sms("food_delivery",
    "【{foodapp}】您的订单已由骑手{surname}师傅接单，预计{hhmm}送达，骑手电话{phone}。",
    "【{foodapp}】您有{n}张外卖红包即将过期，最高减{ten}元，打开APP即可使用，回TD退订",
    "【{foodapp}】您的订单已取消，退款{money}将原路退回，[预计|]{n}个工作日内到账。")  # fmt: skip
sms("hotel_booking",
    "【{hotel}】{name}您好，您已成功预订{mmdd}入住{city}{district}店大床房{n}晚，房费{money}（到店付），酒店电话{landline}。",
    "【携程旅行】您预订的{city}{hotel}{mmdd}入住已确认，[确认号|订单号]{order}，[退改规则|取消政策]请在APP订单中查看。",
    "【{hotel}】您的订单已取消，[预付房费|押金]{money}将[原路退回|3个工作日内退回]。")  # fmt: skip
sms("train_ticket",
    "【铁路12306】订单{order}，{name}您已购{mmdd}{train}次{seat}，{station}{hhmm}开，检票口[A{n}|B{n}|{n}]，请携带身份证件乘车。",
    "【铁路12306】您的车票已退票成功，应退票款{money}将在15个工作日内退回原支付账户。",
    "【铁路12306】您已成功改签{mmdd}{train}次列车，{seat}，{station}{hhmm}开，[差额|票价差额]{money}已[退回|支付]。")  # fmt: skip
sms("flight_change",
    "【{airline}】尊敬的旅客，您乘坐的{mmdd}{flight}航班因[天气原因|航空管制|航班调配]起飞时间调整为{hhmm}，给您带来不便深表歉意。[如需改签退票请通过官方APP办理|详询航空公司官方客服]。",
    "【{airline}】{name}旅客您好，您的{mmdd}{flight}航班[值机已开放|已开放在线值机]，可通过官方APP选座，请于起飞前{n}0分钟到达登机口。",
    "【{airline}】您的{flight}航班登机口变更为{n}号，[登机时间|预计登机]{hhmm}。")  # fmt: skip
sms("hospital_register",
    "【{city}市第一人民医院】您已成功预约{mmdd}[上午|下午]{dept}{surname}医生号，就诊序号{n}，请提前30分钟到院[取号|签到]。[如需取消请提前一天在公众号操作|无法就诊请提前退号]。",
    "【{city}[中心医院|中医院|妇幼保健院]】您{mmdd}的{dept}预约已取消，挂号费{money}将原路退回。",
    "【{city}[中心医院|人民医院]】{name}您好，您的[住院押金|门诊预交金]余额{money}，[请及时补缴|出院时统一结算]。")  # fmt: skip
sms("health_checkup",
    "【[{city}体检中心|美年大健康|爱康国宾]】{name}您好，您的体检报告已出，可在[公众号|小程序]“报告查询”查看，或到[前台|服务台]领取纸质报告。",
    "【[{city}体检中心|美年大健康|爱康国宾]】您预约的{mmdd}体检请空腹前往，[体检前一天|前一天晚上]清淡饮食，[携带身份证|带好身份证]。")  # fmt: skip
sms("vaccine_remind",
    "【{comm}卫生服务中心】您家宝宝{name}应于{mmdd}接种[乙肝疫苗|百白破疫苗|麻腮风疫苗|脊灰疫苗]第{n}剂，请携带接种本按时前来。",
    "【{comm}卫生服务中心】您预约的[流感疫苗|HPV疫苗|带状疱疹疫苗]接种时间为{mmdd}{hour}，请携带身份证按时前来，[接种后留观30分钟|如需改约请来电{landline}]。")  # fmt: skip
sms("social_security",
    "【{city}社保】您{year}年度城乡居民养老保险尚未缴费，缴费截止{mmdd}，可通过[税务APP|银行柜台|支付宝市民中心]缴纳。",
    "【{city}医保】您的医保个人账户{month}月划入{money}，当前余额{money}，可在[国家医保服务平台APP|定点药店]查询。",
    "【{city}人社】您的养老金领取资格认证将于{mmdd}到期，可通过“掌上12333”APP刷脸认证，[认证不收取任何费用|无需到现场]。")  # fmt: skip
sms("housing_fund",
    "【{city}住房公积金】您的公积金账户{mmdd}汇缴入账{money}，当前余额{moneybig}。",
    "【{city}住房公积金】您申请的[租房|还贷|购房]提取{moneybig}已转入尾号{tail}银行卡，请注意查收。")  # fmt: skip
sms("tax",
    "【{city}税务】尊敬的纳税人，{year}年度个人所得税综合所得汇算已开始，请通过“个人所得税”APP办理，[无需点击任何链接|退税款将直接退至您本人银行卡]。",
    "【国家税务总局{city}市税务局】您的个人所得税退税{money}已办理完毕，退至您尾号{tail}的银行账户。",
    "【{city}税务】您名下车辆船税{money}已缴纳成功，[完税证明|电子凭证]可在电子税务局查询。")  # fmt: skip
sms("traffic_police",
    "【{city}交警】您的车辆{plate}于{mmdd}在{road}有违法停车记录，请及时通过“交管12123”APP查询处理。",
    "【{city}公安交警】您的机动车驾驶证将于{mmdd}到期，请在到期前{n}0日内[通过交管12123APP|到车管所]办理换证。",
    "【交管12123】您的车辆{plate}年检有效期至{month}月底，请按时检验，可通过APP预约。")  # fmt: skip
sms("etc",
    "【ETC】您的车辆{plate}于{mmdd}{hhmm}通行{city}高速，[通行费|扣费]{money}，已从绑定账户扣款。",
    "【[中国ETC服务|{bankname}ETC]】您的ETC[记账卡|]已激活成功，车牌{plate}，[通行费将从尾号{tail}账户扣缴|祝您出行顺利]。")  # fmt: skip
sms("land_registry",
    "【{city}不动产登记中心】您申请的不动产登记业务（受理号{order}）已办结，请携带身份证和受理回执到{n}号窗口领取证书。",
    "【{city}政务服务】您预约的{mmdd}{hhmm}[不动产登记|户籍|出入境]业务已成功，请携带相关材料到{district}政务服务中心办理。",
    "【12345】您反映的{road}[路灯不亮|井盖破损|噪音扰民]问题已转{district}相关部门办理，结果将[及时|]回复您。")  # fmt: skip
sms("school_notice",
    "【{school}】各位家长：本学期家长会定于{mmdd}{hour}召开，请准时到孩子所在班级参加。",
    "【{school}】寒假自{mmdd}开始，{mmdd}开学报到，请督促孩子[按时完成假期作业|注意假期安全]。",
    "【{school}】本学期[午餐费|课后服务费|校服费]请通过[学校统一缴费平台|“智慧校园”公众号]缴纳，学校不会通过个人账户收取任何费用。")  # fmt: skip
sms("utility_more",
    "【{city}燃气】尊敬的用户，您户号{hh}燃气余额不足{ten}元，请及时通过[营业厅|微信公众号|支付宝生活缴费]充值，以免影响使用。",
    "【{city}水务】因管网维修，{mmdd}{hour}至下午6点{road}一带停水，请提前储水，不便之处敬请谅解。",
    "【网上国网】您的户号{hh}于{mmdd}缴费{money}成功，当前余额{money}。",
    "【国家电网】尊敬的客户，您户号{hh}电费余额不足，[截至{mmdd}欠费{money}|预计可用{n}天]，请及时缴费。")  # fmt: skip
sms("insurance_renew",
    "【{insurer}】尊敬的{surname}[先生|女士]，您的车险保单将于{mmdd}到期，为保障出行，请及时续保。续保可联系您的专属客户经理或拨打官方客服。",
    "【{insurer}】您尾号{tail}的银行账户已成功扣缴保费{money}，保单{order}继续有效。",
    "【{insurer}】您的理赔案件已结案，赔款{money}已支付至您尾号{tail}账户，感谢您的信任。")  # fmt: skip
sms("realestate_promo",
    "【{estate}】{district}地铁口精装三房，首付{ten}万起，[限时特价|团购优惠]，售楼处电话{landline}，[回T退订|拒收请回复R]",
    "【{estate}营销中心】[周末|{date}]样板间开放，到访即送[粮油|{gift}]，[公积金贷款可用|支持商业贷款]，预约{landline} 退订回T")  # fmt: skip
sms("auto_promo",
    "【{car}4S店】购车节，新车享置换补贴{n}000元，[低首付|0首付]，[贷款购车享36期0利息|分期购车享3年0息]，到店试驾有礼，详询{landline}，回TD退订",
    "【{car}4S店】尊敬的车主，您的爱车已到{n}万公里保养周期，[{date}前|本月]到店保养工时费8折，预约电话{landline}。")  # fmt: skip
sms("retail_promo",
    "【{shop}】会员专享：{mmdd}-{mmdd}全场满{n}00减{ten}，凭会员码到店使用，{burl} 拒收请回复R",
    "【{shop}】您的生日礼券{ten}元已到账，有效期30天，到店出示会员码使用。退订回T",
    "【{chain}】{date}店庆，[鸡蛋|大米|食用油]特价，[会员|]购物满{n}0元送[购物袋|鸡蛋一盒]，详情见门店海报。回TD退订")  # fmt: skip
sms("member_points",
    "【{shop}】尊敬的会员，您的积分{pts}将于月底过期，可到店抵扣现金或兑换礼品。退订回T",
    "【{chain}】您本次消费{money}，获得积分{pts}，会员卡余额{money}。")  # fmt: skip
sms("app_account",
    "【{appname}】欢迎注册！您的账号已创建成功，首次登录[可领新人礼包|可享新人专享价]，回T退订",
    "【{appname}】您的账号于{mmdd}{hhmm}在新设备登录，如非本人操作请及时修改密码。",
    "【{appname}】您已成功注销账号，相关数据将在{n}0天后清除。如有疑问请在APP内反馈。")  # fmt: skip
sms("subscription",
    "【{appname}】您的会员将于{mmdd}自动续费，扣款{vipfee}，如需取消可在APP“我的-自动续费”中关闭。",
    "【{appname}】您已成功开通连续包月会员，[首月|本月]{vipfee}，次月起每月{vipfee}，可随时在APP中取消。")  # fmt: skip
sms("job_interview",
    "【{legitco}人力资源部】{name}您好，您投递的{job}岗位已通过初筛，请于{mmdd}{hhmm}到{city}{road}{n}号{n}楼参加面试，请携带简历。",
    "【{legitco}】{name}您好，感谢您参加{job}岗位面试，[您已通过面试|很遗憾本次未能录用]，[请于{mmdd}前到公司报到|祝您早日找到满意的工作]。[公司不收取任何费用|]")  # fmt: skip
sms("property_mgmt",
    "【{estate}物业】尊敬的业主，{mmdd}{hour}将对{bldg}电梯进行年检，期间暂停使用，请合理安排出行。",
    "【{estate}物业】您的{year}年物业费{money}已缴纳成功，[电子收据|发票]可在物业公众号下载。",
    "【{estate}物业】您的车位月卡将于{mmdd}到期，请及时到物业前台或公众号续费。")  # fmt: skip
sms("gov_service",
    "【{city}公安】您的居民身份证已制作完成，请携带受理回执到{district}派出所户籍窗口领取。",
    "【{city}出入境】您申请的[护照|港澳通行证]已签发，可[到窗口领取|邮寄到家]，受理号{order}。",
    "【{city}民政】您的婚姻登记预约已成功，{mmdd}{hhmm}，请双方携带身份证、户口本按时到场。")  # fmt: skip


# ---------------------------------------------------------------- everyday chat about money, shopping and life
# Plain benign: the words the model over-trusts (借, 转账, 退款, 贷款, 订单, 微信, 红包) in their ordinary sense.

plain("borrow_small",
    "[借我|先借我][两百|三百|五百|一百][块|]，[下周|发工资|月底][就|]还你{wxe}",
    "上次借你的{amt}[转你了|还你了|微信转过去了]，你[看下|查一下][收到没|有没有]",
    "[不急|没事]，[啥时候|什么时候]方便[啥时候|再]还，[咱俩|我们]谁跟谁{emo}",
    "[你|]{date}[帮我|替我]垫的{price}[转你了|红包发你了]，[点一下|记得][收一下|收款]{emo}")  # fmt: skip
plain("rent_transfer",
    "[房租|这个月房租][转你了|已经转过去了]，{amt}，[你|麻烦][查收一下|收一下]",
    "[房东|{nick}]，房租{amt}[刚转|微信转你了]，水电费[下次一起|明天给][哈|]",
    "[收到了|到了]，[谢谢|辛苦]，[水电|燃气]我[月底|下月]算好[发你|再说]{emo}",
    "[合租的|室友][这个月|]房租[我先垫了|我先交了]，你那份{amt}[有空转我|方便时转我]就行")  # fmt: skip
plain("gift_money",
    "份子钱我[先帮你|帮你][垫上|随了]，[两百|三百|五百|六百|八百|一千]，[回头|到时候]你[转我|给我]就行",
    "[{nick}|老{surname}家][孙子|孩子][满月|周岁|升学宴]，[你们|大家]随[多少|了多少]？[我打算|我准备]随[两百|三百|五百|六百|八百|一千]",
    "[咱们|我们][同事|几个][一起|凑][份子|钱]给{nick}[买个礼物|包个红包]，[一人|每人]{share}，[转|发]给我[统一|]买")  # fmt: skip
plain("parents_allowance",
    "[给妈|给爸妈]打了{amt}生活费，[你|哥|姐]那边[这个月|]就[不用|别]打了",
    "[妈|爸]，这个月生活费[转你卡上了|微信转你了]，[记得|]点[一下|]收款，[别舍不得花|想吃啥就买]{emo}",
    "[妈|爸]说[钱|卡里的钱][够用|还有]，[叫|让]我们[别再|不用]转了[，留着还房贷|，自己存着|]")  # fmt: skip
plain("salary_day",
    "工资[发了|到账了][！|，][晚上|今天][请你们|一起][吃火锅|撸串|吃烧烤]{emo}",
    "[这个月|今年]工资[又晚发了|怎么还没发]，[房贷|车贷|信用卡][还等着还呢|马上要扣了]{wxe}",
    "[年终奖|绩效][发了没|出来了吗]？[我们|我这][还没动静|说是下周发]")  # fmt: skip
plain("mortgage_chat",
    "[我们|我家][买房|房子]的[贷款|房贷][批下来了|办好了]，[三十年|二十年|二十五年]，[月供|每个月][还|]{amt}[左右|]",
    "[公积金贷款|商贷]利率[又降了|现在多少]？[我那个|我家]房贷能不能[提前还|转成公积金][一部分|]",
    "[存量房贷|房贷]利率[下调了|调了]，[我|我家][月供|每月][少了|少还]{share}，[你们|大家][看看|也看看]自己的")  # fmt: skip
plain("car_loan_chat",
    "[车贷|车子贷款][还剩|还有][一年|两年|十二期]，[每月|一个月]{amt}，[打算|想][早点|一次性][还完|结清]",
    "4S店说[贷款买车|分期]有[优惠|补贴]，[手续费|利息]算下来[跟全款差不多|不比全款便宜]，[你们|大家]怎么买的",
    "[我那车|车子][保险|车险]快到期了，[今年|]报价{amt}，[你们|大家][在哪家|找谁]买的[便宜|划算]")  # fmt: skip
plain("reimbursement",
    "[上个月|出差的][报销|发票][交了没|交财务了吗]？[财务|会计]说[月底|这周五]前[统一|]打款",
    "[报销款|差旅费]{amt}[到了|已经打到工资卡]，[你们|大家]也[看看|查一下]",
    "[发票|报销单][抬头|税号][写错了|不对]，[得|要][重新开|重开]，[我|]找{platform}客服[弄一下|开]")  # fmt: skip
plain("pay_help_elderly",
    "[微信|支付宝][怎么|咋][收钱|收款]啊？[儿子|闺女]转我{amt}[我不会点|一直没点开]",
    "[转账|红包]要点[一下|那个][橙色|黄色]的[才能收|就收了]，[一天|24小时]不收会[退回|自动退回去]",
    "[付款码|收款码][在|]微信[右上角|“我”-“服务”][点开|里面]就有，[买菜|去超市][扫一下|给人家扫][就行|就付了]")  # fmt: skip
plain("refund_chat",
    "[在|]{platform}[买的|上买的]{goods}[不合适|质量不好|尺码小了]，[申请了退货|退了]，[钱|退款][今天|已经][退回来了|到账了]",
    "[退款|退货][要|]几天？[我那个|]{goods}[退了|]{n}天了还没[退回来|到账]{wxe}",
    "[快递|退货][寄回去了|已经寄了]，商家说[收到货|签收后][就退款|马上退]，[等等吧|应该没问题]")  # fmt: skip
plain("order_chat",
    "[我在|]{platform}[下单|订]了{goods}，[说|显示]明天[到|送达]，[到了|到时候][帮我|帮忙]拿一下[哈|]",
    "[订单|快递][显示|说][已签收|放驿站了]，[我没收到啊|谁帮我拿了]？[{courier}|]的{wxe}",
    "[家里的|]{goods}[用完了|没了]，[我|]{platform}[下单了|买了]，[别|不用]再买了")  # fmt: skip
plain("prices_talk",
    "[今天|早上]{market}[猪肉|鸡蛋|白菜|大蒜][{kg}一斤|又涨了|降价了]，[比上周|比前几天][便宜|贵][不少|点]",
    "[油价|汽油][又涨了|今晚降了]，[92号|95号][现在|]{kg}[一升|]，[加满|一箱油]得{price}",
    "[菜市场|早市][的|]{fruit}[才|]{kg}[一斤|]，[比超市|比网上][便宜多了|新鲜]，[要的|想吃的]早点去")  # fmt: skip
plain("deposit_rates",
    "[定期|三年定期]利率又降了，[现在|]才{dep_rate}，[钱|存款][放哪|怎么存][合适|划算]啊",
    "[大额存单|国债][{bank}|银行]有[没有|]额度？[我|我们][想|打算][存|买]{amtbig}",
    "[我|我妈][那笔|]定期[到期了|到期]，[柜台|银行]的[人|经理][推荐|让]买理财，[我还是|最后还是]存了定期[踏实|放心]")  # fmt: skip
plain("insurance_chat",
    "[医保|新农合][今年|{year}年][交了吗|多少钱]？[村里|社区][说|通知][380|400|350][一个人|一人]，[在|用]微信[就能交|上能交]",
    "[孩子|老人]的[医保|城乡居民医保][在|用][支付宝|微信|税务APP][交的|交]，[交完|]有[缴费记录|电子凭证]",
    "[住院|看病][报销|医保报了]，自己[只|才][花了|出了]{amt}，[还是|]医保[管用|好]")  # fmt: skip
plain("antifraud_talk",
    "[昨天|刚才]{nick}[接到|接了]个电话说是[公安局|快递|客服]的，[她|他][直接挂了|没理]，[现在骗子|骗子][太多了|真多]",
    "[派出所|社区民警][说了|讲了]，[公检法|警察][不会|从来不会]打电话[让你|叫人]转账，[记住|记牢]就行",
    "[我妈|我爸][装了|下载了]国家反诈中心APP，[陌生电话|骚扰电话][少多了|都有提示]{emo}")  # fmt: skip
plain("receipts_bills",
    "[发票|收据][开好了|拿到了]，[明天|回头]给你[送过去|拍照发你]",
    "[这个月|上个月][水电|物业|网费]账单[出来了|我看了]，[一共|合计]{price}，[我们|咱俩]AA[一人|每人]{share}",
    "[聚餐|吃饭]一共{price}，[我先付了|我买的单]，[大家|各位][AA|平摊][一人|每人]{share}，[群收款|发群里了]")  # fmt: skip
plain("invest_ordinary",
    "[基金|股票]今年[亏了|跌了][不少|一截]，[还是|以后][存定期|放银行][踏实|稳当]",
    "[我|我们][买的|那个]理财[到期了|赎回了]，收益[还行|一般]，[也就|才][两个点|三个点]",
    "[银行|柜台]的人说[那个|]理财[不保本|有风险]，[我|我妈][没敢买|还是算了]，[存定期|买国债]算了")  # fmt: skip
plain("online_shopping",
    "[拼多多|淘宝|京东]上[这个|那个]{goods}[才|只要]{price}，[有要的|要不要][一起拼|我一起下单]",
    "[京东|淘宝][买|订]的{goods}[到了|今天到]，[质量|东西][不错|还行]，[要链接的|想要的][@我|我发群里]",
    "[直播间|网上][买东西|买衣服]要看[评价|退货政策]，[别|不要]冲动[下单|消费][哈|]{wxe}")  # fmt: skip
plain("health_checkup_chat",
    "[体检报告|化验单][出来了|拿到了]，[医生说|][血脂|尿酸|血糖][偏高|有点高]，[要|得][复查|注意饮食]",
    "[我妈|我爸][腰疼|膝盖疼][好几天了|老毛病]，[明天|周一]去{city}[人民医院|中医院]挂{dept}[看看|]",
    "[医院|社区医院]挂号[在|用]公众号[就能约|预约]，[不用|别][去排队|一大早去排]，[老人|你们]要[帮忙|不会]的[找我|喊我]")  # fmt: skip
plain("farming_talk",
    "[今年|这季][麦子|玉米|水稻][收成|长势][还行|不错]，[就是|但是]收购价[不高|一斤才一块二]",
    "[明天|后天][有雨|下雨]，[晒的|场上的][粮食|玉米][赶紧|早点][收|盖]起来",
    "[化肥|种子|农药][又涨价了|涨了]，[一袋|一包]{price}，[去年|上回]才{price}",
    "[谁家|哪位][有|会开][旋耕机|收割机]？我家{mu}亩地[想|要][请人|找人][收|耕]，[一亩|每亩]{price}[行不|]")  # fmt: skip
plain("lost_pet",
    "[我家|]{pet}[跑丢了|找不到了]，[白色|黄色|黑白]的，[谁|哪位]看到了[说一声|告诉我]{phone}，[谢谢大家|必有重谢]",
    "[{loc}|小区门口]有[一只|只]{pet}[转了半天|一直在叫]，[谁家的|是谁家的][快去|赶紧][领|看看]",
    "[找到了|狗找到了|猫找到了]，[在|躲在]{loc}，[谢谢|感谢][大家|各位邻居][帮忙|转发]{emo}")  # fmt: skip
plain("moving_sale",
    "[搬家|要搬走了]，{item}[便宜|低价][出|处理]，{price}，[自己|上门]来[搬|拿]，[{bldg}|我家]",
    "[家里|闲置][一台|一个|一辆]{item}，[九成新|用了一年|没怎么用]，{price}[出|转]，[{bldg}|我家][自提|可以上门看]，[要的|需要的][私我|@我]",
    "{item}[已经|]有人[要了|定了]，[谢谢|感谢][大家|关注]，[别的|其他的][还有|还在][书架|椅子|花盆]，[白送|送人]")  # fmt: skip
plain("baby_items",
    "[孩子|宝宝][长大了|用不上了]，[婴儿床|学步车|儿童座椅|推车]{price}[出|转给邻居]，[当面看|上门看]，[满意再拿|看好了再付]",
    "[宝宝|孩子]的[衣服|绘本|玩具][一大袋|好多]，[都|]干净的，[免费|白送][给|送]有需要的[邻居|宝妈]，[来|到]{bldg}拿")  # fmt: skip
plain("borrow_tool",
    "[谁家|哪位邻居][有|借]{tool}[借我|用]一下？[用完|明天就|下午就]还{emo}",
    "{tool}[在|放]我家，[要用的|谁要用][直接|]来{bldg}[拿|取]，[用完|用好][放回来|还我]就行",
    "[谢谢|感谢]{nick}[的|借的]{tool}，[已经|]还[到你家门口|回去]了{wxe}")  # fmt: skip
plain("carpool",
    "[明天|周六][去|回]{city}，[车上|还]有{n}个空位，[顺路的|要搭车的][说一声|联系我]，[油费|高速费]AA[就行|]",
    "[有没有|谁]明天[早上|上午][去|到][火车站|高铁站|机场]的？[拼个车|一起打车]，[车费|钱]平摊")  # fmt: skip
plain("homework_chat",
    "[今天|]数学作业[第几页|是哪几题]？[孩子|我家][说|]没记[下来|清楚]{wxe}",
    "[老师|{surname}老师]，[孩子|我家孩子][今天|明天][发烧|不舒服]，[请假|请一天假]，[谢谢|麻烦您了]",
    "班费[还剩|用了]{price}，[账单|明细][我发群里了|在群文件]，[各位家长|大家][看看|有问题说]")  # fmt: skip
plain("work_group",
    "[各位|大家][明天|周一][上午|]{hour}[开会|例会]，[在|地点]{n}楼会议室，[带上|准备好][周报|材料]",
    "[报销单|考勤表][这周五|月底]前[交给|提交到]{nick}，[过时|逾期][下月再报|不候]",
    "[这个月|]绩效[算出来了|发了]，[跟|比][上月|上个月][差不多|少了一点]{wxe}",
    "[客户|甲方][那边|][付款|尾款][到了|到账了]，[财务|会计]确认[了|过了]，[可以|]发货")  # fmt: skip
plain("family_care",
    "[妈|爸]，[天冷了|降温了]，[出门|早上][多穿点|戴帽子]，[药|降压药][记得吃|按时吃]",
    "[妈|奶奶]，[我|我们][周末|周六][回去|回家]看你，[要带点|想吃]啥[跟我说|发消息]{emo}",
    "[外婆|爷爷][住院|检查]的钱[我出|我先交了]，[你们|大家][不用|别]转了，[等出院|回头][再说|一起算]")  # fmt: skip
plain("family_travel",
    "[国庆|五一|过年][回不回来|咱们去哪玩]？[车票|机票][我来买|我已经订了]",
    "[票|火车票][买好了|抢到了]，{mmdd}的{train}，[晚上|下午]{hhmm}到{city}，[来接一下|不用接]",
    "[酒店|民宿][订好了|定了]，{n}晚[一共|]{price}，[回头|到了]大家AA")  # fmt: skip
plain("hongbao_family",
    "[谢谢|感谢]{nick}的红包[！|]{emo}",
    "[群里|]发个红包[热闹热闹|大家抢]，[新年快乐|节日快乐|中秋快乐]{emo}",
    "[手气最佳|运气王][发下一个|再发一个][哈哈|][{wxe}|]",
    "[奶奶|爷爷][学会|会]发红包了[！|]，[都|大家][快|]抢[啊|]{wxe}")  # fmt: skip
plain("courier_mixup",
    "[我的|谁的]快递[被|让]人拿错了？{courier}的，[单号|尾号]{tail}，[拿错的|看到的][放回驿站|还回来][谢谢|]{wxe}",
    "[驿站|快递柜][那边|]有个[写|标]着{bldg}{room}的包裹，[是谁的|谁的][去拿一下|快去拿]",
    "[快递|包裹][放|在]我[家门口|这儿][了|]，[是|写的]{room}的，[你|]下班[来拿|来取]")  # fmt: skip
plain("repair_service",
    "[热水器|空调|洗衣机|马桶][坏了|不制冷了|漏水了]，[谁|有没有人]有[靠谱的|修的][师傅|电话]？",
    "[上次|那个]修[空调|水管|热水器]的{surname}师傅[挺好|不错]，[收费|才收]{price}，电话{phone}",
    "[物业|维修][说|讲][换个|修个][水龙头|灯泡|门锁]要{price}，[你们|大家]觉得[贵不贵|合理吗]")  # fmt: skip
plain("medicine_chat",
    "[布洛芬|感冒药|降压药][在|去]{pharm}[买到了|有卖]，[一盒|]{price}，[医保卡|医保][能刷|可以用]",
    "[孩子|老人][咳嗽|发烧]了，[家里|]有[止咳糖浆|退烧药]，[先吃着|先观察]，[明天|不行就]去医院")  # fmt: skip
plain("car_talk",
    "[我|]{car}[的车|]保养[一次|]{price}，[4S店|外面修理厂][贵|便宜][不少|多了]",
    "[收到|接到]12123短信[说|]违停[罚|扣]{fee}，[在|用]12123[上|]就能交，[不用|别]去交警队",
    "[ETC|高速][扣费|过路费][怎么|咋]查？[在|用][银行APP|ETC公众号][能|可以][看到|查]")  # fmt: skip
plain("gjj_tax_chat",
    "[公积金|住房公积金][能|可以][提出来|取出来][还房贷|付房租]吗？[在|用][公积金APP|支付宝][就能办|申请]",
    "[个税|个人所得税]退了{price}，[你们|大家][退了没|办了没]？[在|]个税APP[上|里][自己|]就能办",
    "[社保|养老保险][断交了|交了][几个月|半年]，[能补吗|补交][要去|得去][社保局|柜台]")  # fmt: skip
plain("school_holiday_chat",
    "[放假通知|学校通知][出来了|发了]，{mmdd}[开始|放假]，[开学|返校]是{mmdd}",
    "[假期|放假][孩子|娃][去哪|怎么安排]？[我家|我们][报了|去]{city}[夏令营|研学|奶奶家]")  # fmt: skip
plain("community_market",
    "[{village}|村里][明天|后天]赶集，[要买|买][种子|鸡苗|猪崽]的[早点去|一起去]",
    "[我家|自家][种的|地里的][青菜|黄瓜|西红柿|丝瓜|豆角][吃不完|多了]，[要的|想要的][来拿|自己来摘]，[不要钱|不要钱的]",
    "[自家|自己家][菜园|地里]的[萝卜|白菜|土豆|红薯]{kg}[一斤|]，[邻居|街坊]要的[说一声|来拿]，[现摘|现称]")  # fmt: skip
plain("neighbor_help_req",
    "[谁|哪位][会|懂][修电脑|装宽带|设置路由器]？[我家|我][网|电脑][连不上了|用不了]{wxe}",
    "[我|我家][明天|下午][不在家|出门]，[谁能|麻烦][帮忙|帮我][喂一下|看一下][猫|狗|花]，[钥匙|门卡][放|在]门卫",
    "[{bldg}|楼下]{nick}[摔了一跤|身体不舒服]，[谁|哪位][有车|方便][送|帮忙送][医院|一下]")  # fmt: skip
plain("weather_talk",
    "[明天|这两天][降温|大风|暴雨]，[晾的|阳台的][衣服|被子][收一下|收进来]，[出门|老人孩子][注意安全|多穿点]",
    "[天气预报|气象台][说|讲][下周|周末][有雪|要下雪|高温{n}0度]，[菜|东西][多备点|早点买]")  # fmt: skip
plain("phone_plan_chat",
    "[我|我妈]的[话费|套餐][一个月|每月]{price}，[太贵了|用不完]，[去营业厅|打{hot}][改|换]个[便宜的|小套餐]",
    "[宽带|网][快到期了|到期了]，[续费|营业厅][说|讲]送[电视|手机][还划算|挺划算]，[你们|大家][用的|办的]哪家",
    "[流量|话费][用超了|超了]，[这个月|]多扣了{price}{wxe}")  # fmt: skip
plain("verify_code_ok_chat",
    "[我|]刚[注册|换手机登录]{appname}，验证码[收到了|一直没收到]，[重发了一下|再等等]{wxe}",
    "[刚才|]{platform}[发的|的]验证码[是我自己|是我在]登录，[没事|别担心]，[陌生人|别人][要|问]的[千万别给|才不能给]")  # fmt: skip


# ---------------------------------------------------------------- more scams: phone scripts, SMS and chat lead-ins

fraud("police_phone_script", "impersonate_police",
    "您好，我是{police}{officer}，你名下有一张{bank}卡涉嫌参与电信诈骗洗钱，现在对你进行电话笔录，请你找一个安静没人的地方，不要挂断电话，[不配合的话|拒不配合]我们将对你[实施拘留|上门抓捕]。",
    "[喂|你好]，{name}是吧？这里是{police}，[你的|您的]身份证[在{city}|被人]开了一个账户，[涉及|卷入]一起[洗钱案|贩毒案]，[现在|马上]要做笔录，[不要|别]告诉家里人")  # fmt: skip
fraud("prosecutor_asset_check", "impersonate_police",
    "{police}{officer}通知您，您涉嫌一起非法集资案，需对您名下资金进行核查。请把资金转入国家指定的清查账户{card}，核查完毕后24小时内原路返还，期间不得向任何人透露。",
    "[你的|您的][资金|存款]需要[做|进行][合法性|资金]审查，[先|请]转到[国家|检察院][监管账户|清查账户]，[查清|核实]后[退还|原路退回]，[这是|属于]机密[案件|]")  # fmt: skip
fraud("police_wanted_link", "impersonate_police",
    "【{city}公安】您的身份信息涉嫌违法犯罪，已被列入[网上通缉|协查]名单，请在24小时内登录{url}查看[通缉令|逮捕令]并提交申辩材料，逾期将强制执行。",
    "[{police}|公安局]：[你|您]涉嫌[洗钱|诈骗]案，[通缉令|拘捕令]已下发，[点击|查看]{url}，[输入|填写]身份证号和银行卡[核实|配合调查]", formal=True)  # fmt: skip
fraud("police_short_chat", "impersonate_police",
    "[我是|这边是][派出所|公安局]的，你[家人|儿子|老公]涉嫌[一个|]案件，加[我|]QQ{qq}配合调查",
    "[你的|你]快递[里|被]查出[违禁品|身份证|银行卡]，[公安|警方]要[你|您]配合，[加|添加]{officer}[的|]微信{wx}")  # fmt: skip
fraud("cs_courier_lost", "fake_customer_service",
    "您好，我是{courier}理赔专员，您的快递在运输途中丢失，我们将三倍赔偿{price}，请您打开支付宝搜索“备用金”，按提示操作领取赔偿金。",
    "[亲|您好]，[您的|你的]包裹[丢件了|破损了]，[给您|我们]赔{price}，[加|扫码加]理赔[客服|专员]微信{wx}[领取|办理]")  # fmt: skip
fraud("cs_live_member", "fake_customer_service",
    "您好，我是{platform}客服，您[之前|误]开通了[直播会员|百万保障服务]，每月[扣费|自动扣]{price}，如不取消将影响征信，现在帮您关闭，请下载{app}配合操作。",
    "[{platform}客服|客服]：您的[学生身份|会员]到期[未关闭|没取消]，[每月|]要扣{amt}，[需要|请]按我们指引[关闭|注销][，否则影响征信|]")  # fmt: skip
fraud("cs_double_charge", "fake_customer_service",
    "[亲|您好]，您购买的{goods}因[仓库失误|系统故障]重复扣款，需要给您退还{price}，请[扫码添加|添加]退款专员{wx}，[收到的|手机上的]验证码[报给我们|发给专员]。",
    "[您好|你好]，[您的|你的]订单[重复支付|被多扣]了{price}，[我们|平台][需要|要][核实|验证]您的银行卡，[请|]把[卡号和|]验证码[发过来|告诉我]")  # fmt: skip
fraud("cs_ticket_refund", "fake_customer_service",
    "【{airline}】尊敬的旅客，您的{flight}航班因机械故障已取消，[请|需]致电{phone}办理改签，并可获得[延误补偿|赔偿金]{price}，[逾期|超时]无效。",
    "[您好|你好]，[您|你][订的|买的]{mmdd}{train}[车票|火车票][因故|]停运，[我是|这边是]退票客服，[给您|要]退{price}，[下载|用]{app}[共享屏幕|操作一下][就退|]", formal=True)  # fmt: skip
fraud("loan_no_credit", "loan",
    "【{company}金融】无抵押、不看征信、黑户[可贷|也能贷]，最高{amtbig}，[当天|2小时]放款，加V{wx}咨询，回T退订",
    "[急用钱的|缺钱的][找我|私我]，[身份证|一张身份证][就能贷|就能下款]，[不查征信|不看流水]，[最快|]{n}0分钟到账，微信{wx}", formal=True)  # fmt: skip
fraud("loan_flow_proof", "loan",
    "您好，您的贷款{amtbig}[审批通过了|已审核通过]，但银行显示您的还款能力不足，需要您往[我们的|平台]监管账户转入{amt}[证明流水|刷流水]，放款后一起退还。",
    "[贷款|借款][已批|到了]，[但是|可是][你|您的][账户|银行卡]流水不够，[先转|先存]{amt}[到|进]{card}[验证|证明][还款能力|资质]")  # fmt: skip
fraud("loan_fee_first", "loan",
    "[贷款|借款]可以[办|下]，[先交|需要先交]{fee}[会员费|工本费|保险费]，[交了|交完]马上放款",
    "[您的|你的]{amtbig}[额度|贷款]已[批|下来了]，[放款前|放款之前][需缴纳|要交]{amt}[保证金|首期利息|服务费]，[放款后|到账后][退还|一起退给你]")  # fmt: skip
fraud("loan_group_ad", "loan",
    "[需要|急需][资金周转|用钱]的[老板|朋友][看过来|来]，[无抵押|信用贷]，{amtbig}[起|以内]秒批，[利息低|日息万三]，[私聊|加微信]{wx}",
    "[网贷|贷款]逾期[的|了]？[帮|可以帮]你[修复征信|消除逾期]，[先交|收]{amt}[服务费|手续费]，[联系|加]{wx}")  # fmt: skip
fraud("acq_new_wechat", "impersonate_acquaintance",
    "[是我|{nick}]，[我|]换[微信|号]了，[这是|加一下]我新微信{wx}，[老号|原来的][不用了|被封了]，[有事|]找我新号",
    "[在吗|在不在]？我是{name}，[我|][新换的号|换了个号]，[帮我个忙|有点急事]，[你|]方便[转|借]我{amt}吗？[明天|晚上]就还")  # fmt: skip
fraud("acq_leader_meeting", "impersonate_acquaintance",
    "{name}，我是{surname}[局长|总|主任]，[这是|]我[新号码|另一个号]，[你存一下|存一下]。[明天|下午][上午|]来我办公室一趟",
    "[小{surname}|{name}]，我在开会[不方便接电话|不方便说话]，[有个|一个][领导|朋友]急需[一笔钱|用钱]，[你|]先帮我转{amtbig}到[这个账户|他卡上]{card}，[会后|回头]我还你")  # fmt: skip
fraud("acq_relative_hospital", "impersonate_acquaintance",
    "[你|你们家][舅舅|姑父|表哥][出车祸了|突发脑出血]，在{city}医院急救，[需要|要交]{amt}手术费，[我是|这是][主治医生|他同事]，[钱|费用]打到这个卡{card}",
    "[阿姨|叔叔]，我是[你儿子|您女儿]的[同学|同事]，[他|她][出事了|住院了]，[手机|电话][没电了|摔坏了]，[先|让我找你][转{amt}|拿点钱][到|给][我|医院]{wx}")  # fmt: skip
fraud("acq_landlord_account", "impersonate_acquaintance",
    "[房东|我是房东]：[我换了|原来的卡不用了，换了]银行卡，这个月房租[打到|转到]{bank}{card}，户名{name}，[转完|打完][截图|告诉我]",
    "[各位租户|{room}租户]，[我的|房东]卡[被冻结了|挂失了]，[这期|这个月]房租[转到|打到][我表弟|我弟弟]{name}的卡上{card}，[谢谢|尽快]")  # fmt: skip
fraud("acq_video_fake", "impersonate_acquaintance",
    "[刚才|]视频[卡了|信号不好]，[我在国外|我在外地][手机|卡][不方便|转不了账]，[你|]先帮我[垫|转]{amt}[给|到][这个朋友|这个账号]{card}，[回国|回来][就还你|马上还]",
    "[是我啊|我是{nick}]，[刚才|]视频你看到了吧，[急事|很急]，[帮我|先帮我]转{amt}[给|到]{ali}，[晚上|明天]还你")  # fmt: skip
fraud("task_video_like", "task_scam",
    "[招募|招]{platform}[点赞员|关注员]，关注[博主|主播]截图[发给|给]接待员，[每单|一单]{fee}，[日结|当天结]，[宝妈学生|在家]都能做，[加|联系]{wx}",
    "[兼职|福利]：[给|帮]{platform}[视频|作品][点赞|关注]，[一个|一单]{fee}，[做|完成]{n}0单[可以|能][提现|结算]，[先|再]进群{url}")  # fmt: skip
fraud("task_review_hotel", "task_scam",
    "[在家就能做|手机兼职]：帮[酒店|商家][刷好评|写评价]，[一条|每条]{fee}，[日赚|一天能赚]{price}，[需要的|想做的][加|联系]{wx}，[名额有限|限{n}0人]",
    "[商家|店铺][需要|招]人[冲销量|刷单]，[先垫付|先付款]{price}[购买|下单]，[返|退][本金|本金加佣金]{pct}，[接单|做单]加{qq}")  # fmt: skip
fraud("task_prepay_level", "task_scam",
    "[您好|亲]，您的任务[已进入|升级到]VIP[阶段|通道]，需[先充值|垫付]{amt}[激活|完成]本轮任务，[完成后|做完后]本金和佣金{pct}一起返还，[中途退出|不做的话]本金无法退回。",
    "[导师|接待员][说|讲]：[你|您]这单[操作失误|卡单了]，[要|需要]再充{amt}[解冻|才能提现]，[不然|否则][之前的|前面的]钱[都|就]提不出来")  # fmt: skip
fraud("invest_teacher_group", "investment",
    "[免费|零门槛]进[股票|炒股]交流群，{surname}老师[每天|天天]带[大家|你]抓涨停，[上周|这周][推的|带的]票[涨了|赚了]{pct}，[加|联系]助理{wx}[领|拿][牛股|内参]",
    "[各位股友|群友们]：[明天|下周]有[内幕|机构][消息|票]，[跟着|跟]老师[操作|上车]，[保证|稳]赚{pct}，[名额|VIP席位][有限|只剩{n}个]，[开户|入金]找助理")  # fmt: skip
fraud("invest_gold_futures", "investment",
    "[黄金|原油|期货][内部|独家]渠道，[稳赚不赔|只赚不亏]，[投|入金]{amtbig}[一周|一个月]{pct}收益，[下载|注册]{url}[开户|操作]，[{name}经理|客户经理]{wx}",
    "[我|我老公]在[做|玩]{company}[平台的|]黄金[投资|交易]，[一个月|这个月][赚了|收益]{amtbig}，[带你|你也][一起|]做，[先|]入金{amt}[试试|体验]")  # fmt: skip
fraud("invest_elder_project", "investment",
    "[国家|政府][扶持的|重点]养老[项目|基金]，[投|存]{amtbig}[每月|每年]返{pct}，[到期|三年后]本金全退，[还送|另送]{gift}，[名额|额度]有限，[报名|咨询]{phone}",
    "[叔叔阿姨|各位老人]，[公司|我们]{date}[办|举行]健康讲座，[到场|来就]送鸡蛋，[会上|现场]介绍[高回报|{pct}收益]的[理财|养老项目]，[存钱|交钱][还能|可以][领礼品|抽奖]")  # fmt: skip
fraud("subsidy_unemployment", "fake_subsidy",
    "[您好|你好]，[您|你]可以[申领|领取]{subsidy}{price}，[扫码|点击]{url}[填写|录入]银行卡[和|及]验证码，[今天|{date}][截止|最后一天]",
    "【{city}人社局】[您|您本人]{year}年度{subsidy}[待领取|未领取]，[金额|共]{price}，请[登录|点击]{url}[认证|领取]，[过期|逾期]作废。")  # fmt: skip
fraud("subsidy_digital_rmb", "fake_subsidy",
    "[数字人民币|数币][推广|试点]补贴：[下载|安装]{app}[开通|注册][数字钱包|账户]，[立得|即领]{price}，[还需|需][充值|转入]{amt}[激活|验证]",
    "【{city}政务】[您已获得|恭喜您获得]数字人民币[消费补贴|红包]{price}，[领取|激活]请[点击|登录]{url}[填写|绑定]银行卡信息。")  # fmt: skip
fraud("prize_phone_lucky", "fake_prize",
    "[恭喜|您好]，您的手机号在{carrier}[周年庆|回馈活动]中被抽为[二等奖|幸运用户]，[奖品|奖金][价值|]{amtbig}，[领奖|兑奖]请[登录|点击]{url}[并缴纳|先交]{fee}[手续费|邮费]",
    "[您好|亲]，[您|你][参加|参与]的{platform}[抽奖|活动][中了|获得]{gift}，[需要|要]先付{fee}[运费|保价费]，[加|联系]客服{wx}[领取|兑奖]")  # fmt: skip
fraud("prize_scratch_card", "fake_prize",
    "[快递|包裹]里[有|附]一张刮刮卡，[刮出|中了]一等奖{amtbig}，[打电话|联系]{phone}[兑奖|领奖]，[对方|客服][说|让][先交|交]{amt}[公证费|个人所得税]",
    "[恭喜|恭喜您][成为|获得]{shop}[店庆|周年][幸运顾客|大奖]，[奖金|现金]{amtbig}，[领取前|领奖前][需|要][缴纳|交]{amt}[税费|保证金]")  # fmt: skip
fraud("ticket_concert", "other_scam",
    "[演唱会|音乐节][门票|内场票][转让|出]，[原价|]{price}[一张|]，[先付全款|先转账]，[票|电子票][付完|转完]马上发你，[微信|加]{wx}",
    "[{city}|]演唱会[门票|内场][还有|有]{n}张，[不用抢|保真]，[要的|需要的][先付|交]{amt}[定金|全款]，[转|付]给我[就锁票|立马出票]")  # fmt: skip
fraud("game_account_trade", "other_scam",
    "[游戏账号|装备]交易：[你的|您的][账号|装备][卖出了|已成交]，[但|可是][资金被冻结|账户被冻结]，[需交|要交]{amt}[保证金|解冻费][才能提现|解冻]，[联系|加]平台客服{qq}",
    "[收|出][王者|和平精英|原神][账号|皮肤]，[私下|不走平台][交易|转账]，[你先|先]转{amt}[给我|到]{ali}，[我|马上][把号|密码]给你")  # fmt: skip
fraud("dating_lead_in", "investment",
    "[Hi|你好]，[请问是|是不是]{surname}总吗？[哦|啊]加错了[不好意思|抱歉]，[不过|]既然加上了[就是缘分|能交个朋友吗]{emo}",
    "[我是|我在]{city}做[外贸|投资|酒庄生意]的，[平时|业余]在[研究|做]{company}[平台|数字资产]，[这周|最近]又[赚了|收益]{amtbig}，[你要不要|带你][试试|一起]")  # fmt: skip
fraud("dating_borrow", "other_scam",
    "[亲爱的|宝贝]，我[在|被困在]{city}[机场|海关]，[行李|包裹][被扣了|需要清关]，[要交|得交]{amt}[关税|罚款]，[你|]先帮我[垫一下|转一下]，[见面|回来][还你|加倍还你]",
    "[老婆|宝贝]，我[卡|银行卡][被冻结了|出问题了]，[机票钱|来看你的路费]还差{amt}，[你先|能不能先][转我|帮我付]，[我们|]下周就能见面了")  # fmt: skip
fraud("fake_traffic_fine", "impersonate_official",
    "【{city}交警】您的车辆{plate}有一条[违章|违法]未处理，[罚款|罚金]{fee}，请在{date}前[点击|登录]{url}[缴纳|处理]，逾期[加收滞纳金|扣分翻倍]。",
    "【ETC服务】您的ETC[已失效|认证过期]，[将|会]影响[高速通行|正常通行]，请[点击|登录]{url}重新认证[，需验证银行卡|，填写卡号和验证码]。", formal=True)  # fmt: skip
fraud("fake_medical_insurance", "impersonate_official",
    "[您好|你好]，我是{city}医保局的，[您的|你的]医保卡[在{city}|被人][违规|重复]报销{amt}，[即将|要被]冻结，[转|接到]{police}[核实|调查]",
    "[社区|医保局][工作人员|的]：[您的|你家]医保[需要|要]重新认证，[把|请将]验证码[发给我|告诉我]，[不然|否则][下月|]停保")  # fmt: skip
fraud("fake_utility_arrears", "impersonate_official",
    "【国家电网】您户号{hh}欠费{price}，[今日|{date}]将[停电|拉闸]，请[立即|尽快][添加|联系]客服{wx}缴费，[逾期|不缴]将[产生滞纳金|影响征信]。",
    "[我是|这是]燃气公司的，[你家|您家]燃气表[欠费|故障]，[要|需]交{price}，[转到|付给][我微信|这个账号]{wx}，[今天|马上][上门|就]处理", formal=True)  # fmt: skip

fraud("subsidy_meeting_app", "fake_subsidy",
    "[{subsidy}|补贴][开始|可以]申领了，[下载|打开]{app}[进入|加入]会议[室|]，会议号{code}，[工作人员|专员][在线|会][指导|帮你]领取{price}",
    "[领|申领]{subsidy}的[按|跟着]这个[步骤|流程]：[下载|装]{app}，[输入|进]会议号{code}，[打开|开]屏幕共享，[专员|工作人员][帮你|会][操作|办理]")  # fmt: skip
fraud("subsidy_grid_collect", "fake_subsidy",
    "[我是|这是][村里|社区][新来的|的]网格员{nick}，[上面|政府][发|下来]{subsidy}，[每户|每人]{price}，[把|请把]身份证[正反面|]和银行卡[拍照|照片][私发我|发我微信]{wx}",
    "[{village}|村里]的[乡亲们|老乡]：{subsidy}[统一|集中][登记|办理]，[先交|每户交]{fee}[手续费|工本费]，[转|交]给[我|{nick}]微信[就行|，名额有限]")  # fmt: skip
fraud("official_fee_personal", "impersonate_official",
    "[街道|社区|民政][统一|集中][办理|换发][老年证|残疾证|高龄补贴卡]，[每人|每本][工本费|办证费]{fee}，[转给|发给][工作人员|{nick}]微信{wx}，[过期|逾期][不办|作废]",
    "[我是|这是]{comm}[工作人员|的]，[您家|你家][老人|]的[高龄补贴|养老补贴][要|需要][年审|重新认证]，[交|先交]{fee}[认证费|手续费]，[扫|]我的收款码[就行|即可]")  # fmt: skip
fraud("school_fee_new_number", "impersonate_official",
    "[各位家长|家长们]好，[我是|]{surname}老师，[原号|原来的号][不用了|停用]，[本学期|这学期][资料费|研学费|辅导费]{price}[请|]加[我|]新微信{wx}[缴纳|交]",
    "[年级|学校]通知：[研学|课后服务|校服]费{price}[/人|每人]，[请|]扫[群里|下方]老师个人[收款码|二维码]缴费，[今晚|明天中午]前[截止|交齐]，[付完|交完][截图|发截图]")  # fmt: skip
fraud("member_autocharge", "fake_customer_service",
    "【{platform}】您开通的[百万医疗保障|会员自动续费]服务将于今日扣费{price}，如需取消请致电客服{phone}，[逾期|过期]视为同意续费。",
    "[您好|你好]，[您的|你的]{platform}[会员|保险][试用期|免费期][已到|到期]，[今天起|从今天起]每月扣{price}，[取消|关闭]要[联系|打]客服{phone}[操作|办理]", formal=True)  # fmt: skip
fraud("task_welcome_group", "task_scam",
    "[欢迎|热烈欢迎][新人|新朋友]，[今天|本群]第{n}单[已开始|已发布]，[完成后|做完][截图|截图发给][接待|导师][领取|领]{price}[佣金|红包]",
    "[进群|入群][有|领][福利|红包]，[每天|]{n}个任务，[截图|做完截图]找[导师|接待][领|拿][佣金|红包]，[新人|首单][必得|秒到]{fee}")  # fmt: skip
fraud("invest_stock_assistant", "investment",
    "[您好|你好]，我是{name}[老师|教授]的助理，老师[最近|这周][在|开了]免费[公开课|直播课]，[讲|分享][短线|涨停]技巧，[进群|加我]领[研报|牛股]，{wx}",
    "[上次|前天][推的|说的]票[已经|]涨停了，[明天|下周]还有一只[潜力股|机构票]，[想要的|要的][加|联系]助理{wx}，[先到先得|名额有限]")  # fmt: skip
fraud("acq_guess_who", "impersonate_acquaintance",
    "[猜猜我是谁|还记得我吗]？[我是|]你[老同学|老同事|初中同学]啊，[手机丢了|换了号]，[最近|这两天][遇到点事|手头紧]，[能不能|可不可以]先借我{amt}",
    "[{nick}|老同学]，[我|]是{name}，[这是|]新号，[在{city}出差|在外地][钱包丢了|卡被吞了]，[你|能]先[转我|借我]{amt}[吗|，回去就还]")  # fmt: skip
plain("spent_money_chat",
    "[今天|刚才]去{market}[花了|买了]{price}[的东西|，]，[东西|菜][越来越贵|真不便宜]了{wxe}",
    "[给孩子|孩子的][学费|补课费|兴趣班][交了|刚交完]{amt}，[一学期|一年][下来|算下来][花不少|不少钱]",
    "[买了个|新买的]{goods}[花了|才]{price}，[挺|还][好用|划算]的，[推荐|值]{emo}")  # fmt: skip
plain("paid_confirm_chat",
    "[钱|{amt}][我已经|已经]转给{nick}了，[收到|到了][回个话|说一声]",
    "[我|]刚[转你|转给你]{amt}[买菜的钱|是上次的饭钱|是孩子的班费]，[收一下|点一下收款]",
    "[收到了|钱收到了]，[谢谢|辛苦]{nick}[，|]{emo}")  # fmt: skip
plain("loan_plain_talk",
    "[我家|我们][房贷|车贷][每个月|月供]{amt}，[压力|负担][有点|不]大{wxe}",
    "[银行|{bank}][打电话|的经理][问我|问][要不要|需不需要]贷款，[我说|我][不需要|用不着]，[挂了|就挂了]",
    "[提前还贷|提前还款]要[预约|在APP上预约]，[我|我们][下个月|上个月][还了|约了]{amtbig}[，利息省不少|]")  # fmt: skip
plain("family_money_misc",
    "[我妈|我爸][让我|叫我][帮她|帮他|帮忙][交|充][话费|电费|燃气费]，[我|]在[支付宝|网上国网|微信]交了{price}",
    "[这个月|]给[爸|妈|爸妈]的[钱|生活费][我|已经][打到|转到][他们|老人]卡上了，[你|哥|姐]那份[下个月|等发了工资]再[说|打]",
    "[爸妈|老人]的体检[费|费用]{amt}，[咱们|我们][兄妹|姐弟][三个|俩][平摊|AA]，[我先垫了|我先付了]，[你们|]各转我{share}[就行|]")  # fmt: skip
plain("kid_allowance",
    "[孩子|儿子|闺女][住校|上大学]，[每个月|一个月][生活费|零花钱]给{amt}，[够不够|你们给多少]？",
    "[奶奶|外婆][给|塞给]孩子[压岁钱|红包]{amt}，[我|]帮[他|她][存起来了|存银行了]{emo}",
    "[儿子|闺女][说|讲][生活费|钱][花完了|不够了]，[我|]又[转了|给了]{amt}，[现在的孩子|大学生][花钱|开销][真大|不小]{wxe}")  # fmt: skip
plain("fee_paid_talk",
    "[物业费|取暖费|停车费|有线电视费][交了|已经交了]{amt}，[发票|收据][拿了|在我这]",
    "[今年|{year}年]的[城乡居民医保|医保|养老保险][每人|一人]{price}，[我|]已经[帮全家|帮爸妈][交了|交好了]，[在|用][微信|支付宝|税务APP]交的",
    "[暖气费|取暖费][今年|]涨了，[一平|每平米]{kg}，[我家|一套房][交了|要交]{amt}")  # fmt: skip
plain("antifraud_saved",
    "[今天|昨天]{bank}的[工作人员|柜员][拦住|提醒]了我妈，[说|]那个[电话|人]是骗子，[幸亏|还好][没转|没汇钱]",
    "[我爸|我妈][差点|险些]被骗，[对方|那人][说|讲]是[公安|客服|医保局]的，[我|]及时[打电话|赶过去][拦住了|劝住了]，钱[一分没转|没转]",
    "[社区|派出所]发的反诈[传单|小册子]，[我|]给[我妈|家里老人][念了|讲了]一遍，[她|老人]说[记住了|以后不接陌生电话]")  # fmt: skip
plain("job_local",
    "[{market}|小区超市|菜市场][招|缺][收银员|理货员|保洁|搬运工]，[工资|月薪]{salary}，[有意|要干的][去店里|找店长]面谈",
    "[厂里|我们厂][招|缺]{n}个[普工|包装工]，[包吃住|管中饭]，[月薪|工资]{salary}，[不收|没有]任何费用，[想去的|有意的]找{nick}")  # fmt: skip
plain("rent_out",
    "[出租|转租]：{estate}{bldg}[一室一厅|两室一厅]，[拎包入住|家电齐全]，[月租|租金]{amt}，[押一付三|押一付一]，[看房|联系]{phone}",
    "[{estate}|我家][有个|一个]车位[出租|要租出去]，[一个月|月租]{price}，[要的|需要的][联系|找]{nick}")  # fmt: skip
plain("phone_mom_chat",
    "[妈|爸]，[你|]手机[话费|流量][没了|不够了]吧？[我|]给你充了{fee}[，别去营业厅了|]",
    "[妈|爸]，[快递|包裹][到了|是我买的]，{goods}，[不用给钱|已经付过了]，[你|]直接[拿|收]就行{emo}",
    "[妈|爸]，[那个|上次的]{goods}[我|已经][在网上|给你][退了|退货了]，钱[退到|回到]我[卡上|账户]了，[不用管|别担心]")  # fmt: skip

# ---------------------------------------------------------------- more mask scams and victim reports

mask_scam("cousin_internal",
    "[我表哥|我姐夫|我同学]在医药公司，{mask}[内部价|出厂价]{unitprice}，[要的|需要的]先[转钱|转账]给我，[我|]统一[订|下单]，[到了|到货][送上门|在{loc}拿]",
    "[邻居们|各位][我有|我能拿到]{mask}[渠道|货源]，[比药店便宜|{unitprice}]，[先付款|先把钱转我]，[名额|数量][不多|有限]{emo}")  # fmt: skip
mask_scam("promo_sms",
    "【防疫物资】{mask}[现货|到货]，[{unitprice}|限时特价]，点击{url}[抢购|下单]，[先付款后发货|在线支付后发货]，[数量有限|售完即止]",
    "【[防疫|医疗]物资[供应|直销]】{prod}[大量现货|厂家直发]，[下单|订购]请[登录|访问]{url}，[款到发货|付款后48小时发货]", formal=True)  # fmt: skip
mask_scam("voice_style",
    "[喂|哎][口罩|{mask}]要不要[啊|]，我这[有|还有][一箱|几盒]，[你先|先]微信[转我|转给我]，[明天|下午][给你|送过去]",
    "[大姐|大哥]{mask}[真的|确实][有货|有]，[你就|你][先把钱转过来|先付]，[我|]这边[好|才能][给你留|去拿]")  # fmt: skip
mask_scam("antigen_bulk", "[抗原|{prod2}]{n}0人份，{price}，[先付款|付全款][明天到|后天到]，[微信|加]{wx}[下单|]",
    "[家里|]备[点|一些]{prod2}[吧|]，[我这|我这里][能拿到|有][正规|]货，[一盒|]{price}，[先转账|先付][后|再]发[快递|货]", tags=W2)  # fmt: skip
mask_scam("alcohol_bulk",
    "{disinf}[大桶|25公斤装|整箱]现货，[{price}一桶|{price}一箱]，[单位|学校|工厂]复工[急需的|需要的][联系|加]{wx}，[先款后货|款到发货]",
    "[复工|开学]用的{disinf}[我这有|现货]{qty}，[开票|能开发票]，[定金|预付]{dep}，[联系|电话]{phone}")  # fmt: skip
mask_scam("company_reopen",
    "[企业|工厂]复工[必备|急需]：{gear}、{mask}、{disinf}[一站式|全套][供应|配齐]，[可开发票|正规合同]，[先付{dep}|预付款]安排[发货|生产]，[联系|{name}]{phone}",
    "[贵公司|老板]复工[要的|需要的]{prod}[我这边|我们]能[配齐|供应]，[先打|先付]{dep}[锁货|排产]，[不然|晚了][没货|排不上]")  # fmt: skip
mask_scam("fake_redcross",
    "[红十字会|慈善总会][捐赠|调拨][剩余的|多出来的]{mask}[低价处理|内部处理]，{unitprice}，[先转账|先付款][登记|排号]，[联系|加]{wx}",
    "[某医院|{city}医院][捐赠|援助]剩下[的|]{mask}[转给大家|处理]，[成本价|{unitprice}]，[需要的|要的][私聊|加我]转账")  # fmt: skip
mask_scam("real_photo",
    "[图片|视频][为|是]实拍，{mask}[现货|仓库现货]{qty}，[转账后|付款后][拍视频|拍照][发货|给你看]，[不支持|不接受][货到付款|到付]",
    "[看图|照片][就知道|都是][真货|实拍]，{mask}{unitprice}，[先付款|先转]{dep}，[发货后|发完]补[尾款|余款]")  # fmt: skip
mask_scam("school_reopen",
    "开学[必备|要用]儿童{mask}，[家长们|各位家长]在群里接龙，[付款到|把钱转到]我微信{wx}，[统一|集中]发到[学校|班上]",
    "[家长群|班级群][通知|说][开学|返校]每人[准备|要带]{n}0只口罩，[我这有|我帮大家订]，{unitprice}，[先|]转我[统一买|统一订]")  # fmt: skip
mask_scam("pharmacy_presale",
    "[药店|{pharm}][口罩|{mask}]预约[开始了|开放]，[交|付]{fee}[定金|预约费][拿|领]预约码，[到店|凭码][取货|领取]，[联系|加]{wx}",
    "[不用|免]排队，[我|]帮[你|大家]在{pharm}[预约|约]{mask}，[一个|每个]预约码{fee}，[先付|转我][后|再]发码")  # fmt: skip
victim("school_group",
    "[家长群|班级群]里[有人|一个家长]说[能|可以][团购|订]儿童口罩，[我|我们]转了{amt}，[结果|后来][人|他][退群了|拉黑了]{sad}",
    "[给孩子|孩子开学][订|买]口罩[在|]群里[转了|付了]{price}，[到现在|开学了][口罩|货][没到|没影]，[那人|对方][也|]不[说话|回消息]了")  # fmt: skip
victim("antigen_sms_paid",
    "[点|按]短信[链接|里的链接][买|订]了[抗原|{prod2}]，[付了|交了]{price}，[一直|]没[发货|收到]，[客服电话|电话][打不通|是空号]{sad}",
    "[在|]网上[一个|]链接[抢|买]{prod2}[付了钱|付款了]，[网站|页面][现在|]打不开了，[钱|{price}][还能要回来吗|是不是没了]", tags=W2)  # fmt: skip
victim("parent_police_call",
    "[我爸|我妈][被人|接了个电话][骗了|被骗了]{amt}，[对方|那人][自称|说是]{police}的，[让|叫][他|她]把钱转到安全账户{sad}",
    "[我妈|老人][接到|接了][“公安局”|自称警察的]电话，[说|讲][她|]涉嫌洗钱，[把存款|把钱][转|都转]走了{amtbig}，[我们|家里]刚[知道|发现]", tags=NM)  # fmt: skip
victim("loan_fee_victim",
    "[想|本来想][贷款|借钱]{amtbig}，[结果|对方][让我|先让我][交了|交][保证金|解冻费|手续费]{amt}，[贷款|钱][一分没到|没下来]，[人|客服][也|]找不到了",
    "[网上|手机上][申请|借]贷款，[说|显示]银行卡号填错了[要|得][交钱|交{amt}]解冻，[交了|交完]又[要交|让交]，[我|]是不是被骗了", tags=NM)  # fmt: skip
victim("landlord_fake",
    "[有人|那人][冒充|假装][房东|我房东]发消息说换了卡，[我|]把房租{amt}转过去了，[结果|后来][房东|真房东]说没收到{sad}",
    "[房东|“房东”][新换的|发来的]微信[让我|叫我]交房租{amt}[到|给]新卡，[转了以后|转完][才发现|才知道][是假的|被骗了]", tags=NM)  # fmt: skip
victim("dating_victim",
    "[网上|在交友软件上][认识的|聊的][男朋友|女朋友|“对象”][带我|让我][投资|做平台]，[先后|一共][投了|充了]{amtbig}，[现在|如今][提不了现|人也联系不上了]",
    "[聊了|处了][三个月|半年]的网友[说|讲][在海关|在国外][被扣|出事]，[我|]给[他|她][转了|打了]{amt}，[后来|然后][就拉黑了|再也没回]", tags=NM)  # fmt: skip
victim("courier_claim_victim",
    "[有个|一个]自称{courier}[客服|理赔]的[打电话|加我]说[快递丢了|要赔偿]，[让我|叫我]开[备用金|借呗]，[我|]按他说的[操作|转]了{amt}{sad}",
    "[说是|自称]{platform}客服[给我|要给我]退款，[结果|最后][让我|我][把卡里的|]{amt}[转走了|转给了他]，[现在|]电话打不通", tags=NM)  # fmt: skip
victim("factory_boss_victim",
    "[我们厂|公司][订了|预订][十万只|几万只]{mask}，[付了|打了]{amtbig}定金，[说好|约好]{date}发货，[对方|供应商][跑了|失联了]",
    "[在|从]网上[找的|联系的]口罩厂[家|]，[合同也签了|发了营业执照]，[打了|付了]{amtbig}[预付款|定金]，[工厂地址|那个地址]是假的")  # fmt: skip
victim("police_said_overseas",
    "[报警了|报了案]，[警察|民警]说[骗子|对方][在境外|是境外的]，[钱|{amt}][很难|不一定能][追回|要回来]{sad}",
    "[去派出所|到派出所][报了案|做了笔录]，[民警|警察][让|叫][我|我们][等消息|回去等]，[那个|被骗的]{amt}[也不知道|不知道][能不能要回来|还有没有希望]")  # fmt: skip
victim("video_call_victim",
    "[对方|那人][视频|打视频][里|]就是我[女儿|儿子|外甥]的[脸|样子]，[说|讲][急用钱|出事了]，[我|]就[转了|打了]{amt}，后来[才知道|发现]是[假的|换脸]",
    "[骗子|对方][用|拿][我同学|我朋友]的[头像|微信]借钱，[还|]打了[几秒|一下]视频，[我|]信了[转了|借了]{amt}", tags=NM)  # fmt: skip


# ---------------------------------------------------------------- advertising and personal messages
# Ordinary marketing (SMS with 【signature】 and 退订, group posts by neighbours and small shops) shares the
# scams' urgency words and links; what it lacks is the ask for money up front to a person, codes or card details.
ADVERT_START = len(FAMILIES)  # families from here on are split into train/dev as their own batch
HOMEFOOD = ["手工包子", "粽子", "腊肠", "手工水饺", "卤味", "辣椒酱", "酸菜", "手工馒头", "腊肉", "咸鸭蛋", "月饼",
            "麻花", "豆瓣酱", "凉皮"]  # fmt: skip
COURSES = ["初级会计职称", "教师资格证", "成人本科学历", "PS设计", "短视频剪辑", "Python编程", "健康管理师", "一级建造师",
           "普通话考证", "办公软件"]  # fmt: skip
KIDCLASS = ["少儿美术", "书法", "钢琴", "街舞", "少儿编程", "英语口语", "围棋", "游泳", "跆拳道", "拉丁舞", "口才"]
DISHES = ["小龙虾", "烤鱼", "火锅", "酸菜鱼", "烤肉", "家常菜", "羊肉汤", "烧烤", "牛肉面", "自助餐"]
FURNITURE = ["沙发", "床垫", "衣柜", "冰箱", "洗衣机", "空调", "电视", "油烟机", "热水器", "实木餐桌"]
BEAUTY = ["美发", "美甲", "皮肤管理", "足疗", "养生SPA", "美容护理", "美睫", "头疗"]


def was_now(rng: Rng) -> str:
    now = pick(rng, [9.9, 19.9, 29, 39, 49, 59, 68, 88, 99, 128, 199, 299, 399])
    was = int(now * pick(rng, [2, 2.5, 3, 4])) + pick(rng, [0, 0, 9])
    now_s = f"{now:g}"
    return pick(rng, [f"原价{was}元，现价{now_s}元", f"原价{was}现价{now_s}", f"{now_s}元（原价{was}元）",
                      f"门市价{was}元，活动价{now_s}元"])  # fmt: skip


SLOTS.update(
    {
        "homefood": lambda r: pick(r, HOMEFOOD),
        "course": lambda r: pick(r, COURSES),
        "kidclass": lambda r: pick(r, KIDCLASS),
        "dish": lambda r: pick(r, DISHES),
        "furn": lambda r: pick(r, FURNITURE),
        "beauty": lambda r: pick(r, BEAUTY),
        "wasnow": was_now,
        "off": lambda r: pick(r, ["8.8折", "5折", "7折", "6.8折", "买一送一", "第二件半价", "9折", "满199减50"]),
        "spot": lambda r: pick(
            r, ["小区门口", "东门", "3号楼楼下", "快递柜旁边", "超市门口", "物业门口", "菜市场门口", "北门车棚边"]
        ),
        "optout": lambda r: pick(r, ["回T退订", "退订回T", "回TD退订", "拒收请回复R", "退订回N", "回复TD退订"]),
    }
)

# SMS advertising (ordinary_sms)
sms("ad_carrier_vas",
    "【{carrier}】视频彩铃[限时|首月]免费体验，[开通后|开通即]来电就能看精彩视频，[次月|之后]{ten}元/月，回复KT开通，{optout}",
    "{csign}[来电提醒|云盘会员|视频会员]业务[限时|本月]{off}，[首月0元|首月仅需1元]，[登录|打开]官方APP办理，{optout}",
    "【{carrier}】[会员权益|权益超市]上新：{appname}月卡[特价|仅需]{vipfee}，[话费支付|从话费中扣除]，详情{burl} {optout}")  # fmt: skip
sms("ad_carrier_datapack",
    "【{carrier}】[流量不够用？|周末出行流量够吗？]{ten}GB[月包|日包|周末包]仅{topup}，[回复|发送]LL{n}[办理|订购]，当月有效，{optout}",
    "{csign}您本月可享[专属|限时]流量优惠：[加{ten}元得{ten}GB|{ten}元{ten}GB全国流量]，[{mmdd}前|本月底前]登录APP办理，{optout}",
    "【{carrier}】[夜间|假日]流量包{cheap}[得|享]{n}GB，[名额有限|限量]，[办理|点击]{burl}，{optout}")  # fmt: skip
sms("ad_carrier_broadband",
    "【{carrier}】[千兆宽带|光纤宽带]进{estate}啦！[融合套餐|宽带+手机]每月{price}起，[免费安装|送光猫和路由器]，[装机|咨询]热线{landline}，{optout}",
    "【{carrier}{district}营业厅】[新装宽带|宽带升级][首年半价|7折|立减{ten}元]，[预存|每月]{price}，[{mmdd}前办理|本月办理]送[1|2|3]个月，营业厅地址：{road}{n}号。{optout}")  # fmt: skip
sms("ad_carrier_phone",
    "【{carrier}】[5G新机|合约购机][到店|限时]优惠，[存话费送手机|0元购机]，[最高|直降]{price}，[详询|到店咨询]{road}营业厅，{optout}",
    "【{carrier}】[老用户|尊敬的客户][换机|以旧换新]补贴{price}，[24期免息分期|合约期{n}个月]，{date}前到店办理，电话{landline} {optout}")  # fmt: skip
sms("ad_ecommerce_sale",
    "【[淘宝|天猫|京东|拼多多|唯品会]】[年中大促|双11|年货节|618]今晚8点开抢！[跨店满300减50|全场{off}]，[限时|限量][抢购|秒杀]，戳{burl} {optout}",
    "【[淘宝|京东|拼多多|天猫]】您关注的{goods}[降价了|直降{ten}元]，{wasnow}，[库存紧张|仅剩{n}件]，{burl} {optout}",
    "【[拼多多|京东|唯品会|抖音商城]】[百亿补贴|品牌特卖]：{goods}{wasnow}，[今日|{mmdd}]截止，[抢购|查看]{burl} {optout}")  # fmt: skip
sms("ad_coupon_arrived",
    "【{platform}】您有{n}张[满减券|无门槛券]到账，最高[减|抵]{ten}元，{mmdd}到期，[打开APP-我的-优惠券|下单自动抵扣]使用。{optout}",
    "【{shop}】[会员专属|新人]优惠券{ten}元已放入您的账户，[到店|小程序]下单可用，[有效期|截止]{mmdd}。{optout}",
    "【{foodapp}】[周末|今日]大额红包[已到账|待领取]，满{n}0减{ten}，{burl} {optout}")  # fmt: skip
sms("ad_realestate_agent",
    "【[链家|贝壳找房|我爱我家|中原地产]】{surname}经理：{estate}[急售|业主降价]两室，[{n}0平|{n}9平]，总价{ten}0万，[满五唯一|南北通透]，看房{phone} {optout}",
    "【{estate}】[准现房|现房][清盘|尾盘]特惠，[首付|首付低至]{ten}万，[{district}|地铁口]学区房，[置业顾问|销售]{surname}{phone}，{optout}",
    "【[贝壳找房|链家]】您关注的{district}[二手房|新房]有新房源，[降价|价格变动]{n}万，[查看|详情]{burl} {optout}")  # fmt: skip
sms("ad_beauty_salon",
    "【[丽人|悦美|伊人|美颜坊][美容|美发|美甲]】{date}[会员日|店庆]，[{beauty}|洗剪吹|烫染]{off}，[预约|电话]{phone}，地址{road}{n}号。{optout}",
    "【{beauty}[工作室|会所]】[新客体验|首次到店]{wasnow}，[名额有限|每天限{n}位]，[加微信|预约]{phone}，{optout}",
    "【[丽人|悦美|伊人][美容院|养生馆]】尊敬的会员，您的卡内剩余{n}次{beauty}，[{mmdd}前|本月]到店[加送|赠送]一次，{optout}")  # fmt: skip
sms("ad_gym_yoga",
    "【[悦动|力美|超越][健身|瑜伽]】[年卡|季卡]限时{off}，{wasnow}，[私教体验课免费|送{n}节私教]，[地址|门店]{road}{n}号，咨询{phone} {optout}",
    "【[梵音|静心|莲花]瑜伽馆】[新店开业|开业酬宾]，[体验课|单次课]{cheap}，[{mmdd}前|本周]报名送瑜伽垫，[微信同号|电话]{phone}。{optout}",
    "【[悦动|超越]健身】您的会员卡将于{mmdd}到期，[{date}前续卡|续卡]享{off}，[详询前台|咨询]{landline}。{optout}")  # fmt: skip
sms("ad_training_course",
    "【[学尔|优路|中博|华图][教育|网校]】{year}年{course}[考试|报名]即将开始，[零基础|在职]班{wasnow}，[免费试听|不过退费]，咨询{phone} {optout}",
    "【[学尔|优路|华图]教育】[{course}|{course}][周末班|晚班]{date}开课，[名额有限|仅剩{n}席]，[报名|详情]{burl}，{optout}",
    "【{city}[职业技能|开放]培训学校】{course}培训[{n}月|本月]开班，[可申请|享]政府补贴，[地址|报名地点]{road}{n}号，电话{landline}。{optout}")  # fmt: skip
sms("ad_kids_class",
    "【[小天才|启明星|彩虹|童心][艺术|教育]】{kidclass}[暑期班|寒假班|秋季班]招生，[{n}节课|试听课]{cheap}，[{mmdd}前报名|老学员推荐]{off}，电话{phone} {optout}",
    "【[启明星|彩虹][{kidclass}|少儿]培训】{date}[免费|公益]体验课，[家长可陪同|带孩子来玩]，[地址|校区]{estate}旁，{phone}预约。{optout}")  # fmt: skip
sms("ad_recruit",
    "【{legitco}】[诚聘|招聘]{job}{n}名，月薪{salary}，[五险一金|双休]，[面试地址|地址]{city}{road}{n}号，电话{landline}。{optout}",
    "【[58同城|BOSS直聘|智联招聘]】{legitco}[邀请您|向您发起]{job}职位[沟通|面试邀请]，[薪资|月薪]{salary}，[登录APP查看|详情]{burl}。{optout}",
    "【{city}人才市场】{date}[周六|上午]举办[春季|秋季]招聘会，{n}0家企业提供岗位，[免费入场|求职者免费]，地址{road}。{optout}")  # fmt: skip
sms("ad_car_insurance",
    "【{insurer}】{surname}先生/女士，您的爱车{plate}[车险|交强险和商业险][即将|{mmdd}]到期，今年[续保|报价]{amt}，[送{n}次洗车|送道路救援]，[客户经理|专员]{surname}{phone}。{optout}",
    "【{insurer}{city}分公司】[续保季|提前续保]优惠：[商业险|车险]{off}，[到店|线上][出单|报价]，热线{landline}，{optout}")  # fmt: skip
sms("ad_life_insurance",
    "【{insurer}】[百万医疗险|重疾险|意外险][新品上线|限时投保]，[月缴|每月]{cheap}起，[{n}0岁|全家][可保|都能保]，[投保|了解]请[登录官方APP|联系您的保险顾问]。{optout}",
    "【{insurer}】您的保险顾问{name}祝您{date}愉快！[惠民保|城市定制险]{year}年度开始投保，{price}/年，[详询|咨询]{phone}。{optout}")  # fmt: skip
sms("ad_bank_card_promo",
    "【{bankname}信用卡】[周五|周末]美食{off}，[{shop}|指定商户]刷卡[满{n}0减{ten}|立减{ten}元]，[活动详情见|详见]官方APP，{optout}",
    "【{bankname}】[新户办卡|办卡有礼]：[申请|办理]{bankname}[白金卡|联名卡]，首刷[送|得]{gift}，[申请|详情]请登录官方APP。{optout}",
    "【{bankname}信用卡】[加油|超市|外卖]返现活动{mmdd}开始，[每月|单笔]最高返{ten}元，[报名|参与]请[登录手机银行|打开官方APP]。{optout}")  # fmt: skip
sms("ad_bank_loan_mkt",
    "【{bankname}】[个人住房贷款|房贷][利率|首套利率]低至{apr}，[转按揭|二手房贷款]可咨询{district}支行客户经理{surname}{landline}。{optout}",
    "【{bankname}】[小微企业|个体工商户]经营贷，[最高|额度]{amtbig}，年化{apr}起，[凭营业执照|线上]申请，[详询|咨询]网点{landline}。{optout}",
    "【{bankname}】[装修贷|车贷][专享|限时]优惠，[分期|期限]最长{n}年，[手续费率|月费率]{rate}，[线上申请请登录手机银行|详询客户经理]。{optout}")  # fmt: skip
sms("ad_bank_wealth",
    "【{bankname}】[新发|热销]理财[“{estate}”|产品]{date}[起|开始]募集，业绩比较基准{dep_rate}-{apr}，{n}万起购，[理财非存款，投资需谨慎|产品有风险，投资须谨慎]。{optout}",
    "【{bankname}】[三年期|大额]存单[额度有限|今日发售]，利率{dep_rate}，{amtbig}起存，[可到网点|可登录手机银行]办理。{optout}")  # fmt: skip
sms("ad_restaurant",
    "【[老街|渝味|金牌|川香]{dish}】[新店开业|周年庆]，[全场|菜品]{off}，[{mmdd}前|本周]到店[送|加送][饮料|果盘|小菜]，订座{phone}，{road}{n}号。{optout}",
    "【{shop}】[新品上市|第二杯半价]，[{mmdd}起|本周]到店或小程序下单{off}，[会员|积分]再享优惠。{optout}",
    "【[老街|川香]{dish}】[年夜饭|团圆饭|谢师宴][预订|火热预订中]，[{n}人桌|套餐]{price}起，[电话|订餐]{landline}。{optout}")  # fmt: skip
sms("ad_wedding_photo",
    "【[爱琴海|罗马|维纳斯|花嫁]婚纱摄影】[婚纱照|全家福][套系|限时]{wasnow}，[送{n}张精修|送相框]，[档期|名额]有限，[预约|咨询]{phone}。{optout}",
    "【[花嫁|维纳斯]婚礼策划】{year}年婚宴[档期|吉日]预订，[婚宴|套餐]{price}/桌起，[到店|{date}]送[婚车|主持]，{landline}。{optout}",
    "【[小脚丫|宝贝计划]儿童摄影】宝宝[百天|周岁]照{wasnow}，[服装全包|全套底片送]，{road}店，{phone}。{optout}")  # fmt: skip
sms("ad_car_dealer",
    "【{car}[汽车|4S店]】[新能源|SUV]车型[限时|国补]优惠{n}万，[{n}年0息|首付{ten}%]，[到店试驾送|试驾即送]{gift}，[详询|电话]{landline}。{optout}",
    "【[{city}|大众|优信]二手车】[准新车|一手车源][{n}万|几万]起，[可分期|支持按揭]，[检测报告|质保{n}年]，{road}[车市|市场]，{phone}。{optout}",
    "【{car}{city}[店|直营店]】{date}[车展|团购会]，[现场|到店]订车[享|最高]优惠{amt}，[销售顾问|顾问]{surname}{phone}。{optout}")  # fmt: skip
sms("ad_furniture",
    "【[红星美凯龙|居然之家|{shop}]】{date}[家居节|建材节]，{furn}{off}，[满{n}000减{n}00|抽{gift}]，[地址|商场]{road}，{optout}",
    "【[美的|格力|海尔|苏宁易购]】{furn}[以旧换新|国补]，[最高补贴|补贴]{price}，[免费上门安装|送货上门]，[咨询|门店电话]{landline}。{optout}",
    "【[慕思|顾家|全友]家居】老客户{furn}[焕新|回馈]，[{mmdd}-{mmdd}|本周末]到店{off}，[导购|顾问]{surname}{phone}。{optout}")  # fmt: skip
sms("ad_movie_ticket",
    "【[万达影城|CGV影城|横店影视|金逸影城]】[新片|《{surname}家的夏天》]{date}上映，[会员|周二]特惠[19.9元|29.9元|9.9元]，[购票|选座]{burl} {optout}",
    "【[猫眼电影|淘票票]】您想看的电影[今日开售|已上映]，[新用户首单|限时]{cheap}起，{burl} {optout}")  # fmt: skip
sms("ad_app_media",
    "【{appname}】[会员|VIP][限时|周年庆]{off}，[连续包月|年卡]{vipfee}，[{mmdd}前|限时{n}天]，{burl} {optout}",
    "【[王者荣耀|和平精英|开心消消乐|天天爱消除]】[新赛季|周年庆]开启，[登录|上线]即送[皮肤|礼包|体力]，{burl} {optout}",
    "【{appname}】[邀请好友|签到{n}天][得|领]{ten}元[红包|现金]，[详情|戳]{burl} {optout}")  # fmt: skip
sms("ad_membership_points",
    "【[{airline}|{hotel}]】会员积分[兑换季|商城上新]，{pts}积分[可兑|兑换]{gift}，[{mmdd}截止|数量有限]，[登录|打开]官方APP，{optout}",
    "【{chain}】[会员日|周三会员日][积分翻倍|双倍积分]，[满{n}0元|消费]再送[鸡蛋|购物袋]，[详见|欢迎]到店。{optout}",
    "【{shop}】尊敬的会员，您已升级为[金卡|银卡]会员，享{off}及生日礼，{optout}")  # fmt: skip
sms("ad_supermarket_flash",
    "【{chain}{district}店】[今日|{date}][限时抢购|早市特价]：[鸡蛋|猪肉|{fruit}|大米]{wasnow}，[每人限购|限量]{n}份，[售完即止|先到先得]。{optout}",
    "【{chain}】[到家|APP]限时特价：{fruit}{cheap}，[{hhmm}开抢|晚8点开抢]，[满{n}9元免配送费|{n}公里内送达]，{burl} {optout}")  # fmt: skip
sms("ad_clothing",
    "【[{shop}|海澜之家|波司登|森马|太平鸟]】[换季清仓|年终特卖]，[全场|冬装]{off}，[{mmdd}-{mmdd}|仅限三天]，[门店|{road}店]恭候。{optout}",
    "【[波司登|海澜之家]】[新品上市|秋冬新款]，会员[专享|到店]{off}，[凭短信|出示会员码]再减{ten}元。{optout}")  # fmt: skip
sms("ad_travel",
    "【[中国国旅|{city}康辉旅行社|途牛旅游]】[{city}|海南|云南|新疆]{n}日游{price}起，[纯玩无购物|含往返机票]，[名额有限|{mmdd}发团]，{landline}。{optout}",
    "【[携程旅行|去哪儿旅行|{airline}]】[特价机票|周末游][{city}|三亚]{cheap}起，[限时{n}天|仅限今日]，{burl} {optout}",
    "【{hotel}】[暑期|周末]亲子套餐{price}，含[双早|自助晚餐]，[立即预订|预订]{burl}，{optout}")  # fmt: skip
sms("ad_dental_eye",
    "【[{city}|博爱|美奥][口腔|齿科]】[种植牙|洗牙|儿童涂氟]{wasnow}，[{mmdd}前|本月]预约[送|免]检查，{landline}，{optout}",
    "【[爱尔眼科|{city}眼科医院|宝岛眼镜]】[青少年近视|老花]检查[免费|{cheap}]，[配镜|验光]{off}，[预约|咨询]{landline}。{optout}",
    "【[{city}|惠耳]助听器】[老人|长辈]听力免费检测，[助听器|{date}]{off}，[地址|验配中心]{road}{n}号。{optout}")  # fmt: skip
sms("ad_home_decor",
    "【[{city}|东易日盛|业之峰]装饰】{estate}业主[专享|团购]：[全包|半包]装修{n}00元/平起，[免费量房设计|送全屋家电]，{phone}。{optout}",
    "【[{city}|欧派|索菲亚]全屋定制】[橱柜|衣柜]{off}，[{mmdd}前|本周]签单送{gift}，[设计师|顾问]{surname}{phone}。{optout}")  # fmt: skip
sms("ad_pharmacy_member",
    "【{pharm}】{date}会员日，[保健品|维生素|钙片]{off}，[血压血糖|骨密度]免费测，[门店|地址]{road}{n}号。{optout}",
    "【{pharm}】您的会员积分{pts}分，可到店[抵现|兑换{gift}]，[{mmdd}前|月底前]有效。{optout}")  # fmt: skip
sms("ad_coffee_tea",
    "【[瑞幸咖啡|喜茶|奈雪的茶|蜜雪冰城|古茗]】[新品|生椰拿铁][{cheap}|9.9元]喝，[券已到账|限时{n}天]，[打开|进入]小程序下单，{optout}",
    "【[瑞幸咖啡|喜茶|古茗]】[你的|您的]{n}张[饮品券|{off}券]即将过期，[{mmdd}|今日]23:59失效，{burl} {optout}")  # fmt: skip
sms("ad_education_adult",
    "【{city}[开放大学|电大]】{year}年[秋季|春季][成人学历|专升本]招生，[学信网可查|国家承认学历]，[学费|每年][2980元|3800元|4500元]起，[咨询|报名]{landline}。{optout}",
    "【[新东方|学而思|{city}外国语]】[雅思|英语四六级|考研][周末|寒暑假]班{wasnow}，[试听|报名]{burl}，{optout}")  # fmt: skip

# WeChat group ad posts by neighbours and small businesses (advert)
hard(AD, "homemade_food",
    "[自家做的|手工做的|今天新做的]{homefood}[，|]{kg}一[斤|个|袋]，[要的|需要的][私聊|群里接龙|直接说]，[送到楼下|{bldg}自提]{emo}",
    "[接单啦|开始接单了]：[纯手工|自己家做的]{homefood}，[不加防腐剂|干净卫生]，{share}一[袋|盒]，[晚上|{clock}前]报数，[明天|后天]{spot}[自提|拿]",
    "[邻居们|各位邻居]，[我妈|我婆婆|我]做的{homefood}[还剩|多了]{n}[袋|份]，{share}一[份|袋]，[要的|想尝尝的][私我|加微信{wx}]，[送上门|送到家]再付[就行|]")  # fmt: skip
hard(AD, "orchard_fruit",
    "[自家果园|老家果园|我家园子]的{fruit}熟了，[现摘现发|树上现摘]，{kg}一斤，[{n}斤起送|满{n}0斤包送]，[送到小区|{spot}]再[付钱|微信转账]，[要的|需要的][私聊|接龙]{emo}",
    "[老家|自家]{fruit}[到了|下来了]，[不打药|没打蜡]，[一箱|{n}斤装]{price}，[先尝后买|不甜不要钱]，[{spot}|小区门口]自提，[电话|微信]{phone}",
    "[我爸妈|家里老人]种的{fruit}[吃不完|今年丰收]，[便宜|{kg}一斤]卖给邻居们，[看好了再付钱|拿货再付]，{bldg}{room}[敲门|来拿]就行")  # fmt: skip
hard(AD, "farm_eggs_veg",
    "[农村|老家][散养|跑山]土鸡蛋，[一块二|一块五|{kg}]一个，[{n}0个|一板]起，[送上门|送到楼下][付现金|微信转账][都行|均可]，要的[私聊|留言]",
    "[自家地里|自己种]的{veg}[新鲜|刚摘]，[不打农药|没用化肥]，[早上|{hour}][在|]{spot}[摆摊|卖]，[先看货|看好了]再买{emo}",
    "[老家|乡下]带来的[土鸡|土鸭|新米|菜籽油|红薯]，[{kg}一斤|{price}一只]，[数量不多|就{n}份]，[要的|需要的]找{nick}，[{bldg}|{spot}]自提，[货到付款|拿到再付]")  # fmt: skip
hard(AD, "cosmetics_daigou",
    "[专柜|免税店]代购[护肤品|口红|面霜|精华]，[可验货|支持专柜验]，[价格|比专柜]便宜[{n}0%|不少]，[收到|到货]再付款，[需要的|感兴趣的]加微信{wx}",
    "[上新|到货]：[{shop}|国货]{goods}[和|、][面膜|洗面奶|防晒霜]，[团购价|邻居价]{price}，[送货上门|自提]，[看货满意|收到]再转账{emo}",
    "[有需要|想买]护肤品的[姐妹|宝子们][可以|]看看我朋友圈，[正品|假一赔十]，[同城|小区内][面交|送上门]，[微信|电话]{phone}")  # fmt: skip
hard(AD, "clothes_weishang",
    "[童装|女装|男装|内衣][换季|清仓]，[一件|每件]{price}，[尺码齐全|有图有真相]，[小区|同城][包送|自提]，[不合适|不满意]可以换，[私聊|加微信{wx}]",
    "[{date}|周末]在{spot}[摆摊|清仓][卖|处理][羽绒服|毛衣|童装|秋裤]，[{cheap}起|全部{price}以内]，[欢迎来看|欢迎邻居们来逛]{emo}",
    "[新到|到了]一批[纯棉|加绒][睡衣|卫衣|打底裤]，{price}[一件|一套]，[两件|三件]再便宜，[试穿满意|看好]再付款，[私我|找{nick}]")  # fmt: skip
hard(AD, "house_cleaning",
    "[专业|正规]家政保洁：[日常保洁|开荒保洁|擦玻璃|油烟机清洗]，[{n}0元/小时|{price}起]，[做完|干完活]满意再付款，预约[电话|微信]{phone}",
    "[{surname}阿姨|我们]做家政[{n}年了|好多年]，[月嫂|育儿嫂|钟点工]都有，[小区里|邻居][好几家|很多家]都请过，[需要的|有需要]联系{phone}",
    "[年底|换季]大扫除[找|约]{surname}师傅：[家电清洗|空调清洗]{price}一台，[上门|当天]服务，[洗完|干完][再付款|付钱]，{phone}")  # fmt: skip
hard(AD, "tutoring_group",
    "[退休教师|{school}老师|师范大学生][辅导|带]小学[数学|语文|英语]，[一小时|每节课]{price}，[在{estate}|上门|线上]，[可试听|第一节免费]，[联系|微信]{phone}",
    "[暑假|寒假|课后]托管班[招生|开始报名]，[接送孩子|管午饭]、[辅导作业|写完作业]，[每月|每周]{amt}，[地址|就在]{estate}{bldg}，[电话|找{nick}]{phone}",
    "[小区|{estate}]{kidclass}[班|兴趣班][招生|开课了]，[老师专业|小班教学]，[{n}节课|一期]{amt}，[可以|欢迎]带孩子来试听{emo}")  # fmt: skip
hard(AD, "moving_service",
    "[同城搬家|搬家拉货|小件搬运]，[面包车|小货车|金杯车]，[起步价|市内]{price}，[有师傅|可以]帮搬，[搬完|到了][再付钱|再结账]，电话{phone}",
    "[{surname}师傅|我]专业搬家{n}年，[拆装家具|空调移机][都会|都做]，[价格实在|不乱收费]，[邻居|群里]打{off}，[需要|预约]找{phone}")  # fmt: skip
hard(AD, "home_repair",
    "[家电维修|空调加氟|热水器维修|洗衣机维修]，[上门|当天]服务，[检查不收费|不修不收钱]，[修好再付款|修好了再给钱]，{surname}师傅{phone}",
    "[通下水道|疏通马桶|换水龙头|修门锁|装灯具]，[小区|附近]{n}0分钟上门，[价格|收费]{price}起，[电话|微信]{phone}，[{bldg}|楼下]就是我家",
    "[防水补漏|墙面翻新|刷漆|贴瓷砖]找{surname}师傅，[先看现场|免费上门看]再报价，[做完验收|完工满意]再结账，{phone}")  # fmt: skip
hard(AD, "secondhand_items",
    "[闲置|出]{item}[一台|一个]，[九成新|用了{n}个月|没怎么用]，{price}[出|转让]，[{bldg}|{estate}]自提，[可以|欢迎][上门|来]看{emo}",
    "[搬家|换新的了]处理{item}和{goods}，[便宜|{price}打包]，[能用|好用]，[看货|先看]再说，[现金|微信][都行|转账都可以]，[私聊|找我]{phone}",
    "[孩子大了|用不上了][出|转]{item}、[绘本|玩具|儿童座椅]，[白菜价|{price}]，[只限|仅限]自提，[先到先得|要的留言]")  # fmt: skip
hard(AD, "cake_bakery",
    "[接单|可以订]生日蛋糕[啦|了]，[动物奶油|新鲜水果]，[6寸|8寸]{price}，[提前一天|提前{n}天]预订，[{bldg}自提|小区内送]，[取货|拿蛋糕]时付款{emo}",
    "[自家烘焙|私房烘焙]：[面包|吐司|蛋挞|曲奇|泡芙]每天现做，[{price}一盒|{kg}一个]，[群里|在群里]接龙，[明早|{hour}]{spot}自提",
    "[中秋|端午|过年][手工|自制][月饼|粽子|点心]礼盒{price}，[可以|欢迎][先尝|试吃]，[订|要]的[私聊|加微信{wx}]，[送上门|楼下自提]")  # fmt: skip
hard(AD, "meat_seafood",
    "[海边|老家]直发[海鲜|虾|螃蟹|带鱼]，[今天|早上]刚到，{kg}一斤，[{spot}|冷库]现场[挑|称]，[现场|称好]付款，[联系|{nick}]{phone}",
    "[过年|冬至][灌香肠|腌腊肉]了，[自家|农村]土猪肉，{kg}一斤，[可以|帮]代加工，[要的|需要的][私聊|报名]，[做好|拿到]再付钱",
    "[现杀|新鲜]土鸡土鸭，[{price}一只|{kg}一斤]，[可以|帮]收拾干净，[明天|{hour}]送到{spot}，[送到|拿到]了再[付钱|转账]")  # fmt: skip
hard(AD, "realestate_group",
    "[各位邻居|业主们]好，我是{district}[链家|贝壳|中原地产]的[小{surname}|{surname}经理]，{estate}[有|新上]一套[两室|三室]，[{n}0平|{n}9平]，[急售|业主诚心卖]，[看房|咨询]{phone}",
    "[{estate}|本小区]房子[想卖|想出租]的业主可以找我，[免费|上门]评估，[成交|租出去]才收中介费，[{surname}|中介小{surname}]{phone}[微信同号|]",
    "[本小区|{estate}][出租|租房]：[两室一厅|一室一厅]，[精装|家电齐全]，月租{amt}，[押一付三|押一付一]，[中介小|经纪人小]{surname}{phone}，[随时看房|看房提前约]")  # fmt: skip
hard(AD, "car_sales_group",
    "[我在|本人在]{car}4S店做销售，[这个月|月底][冲量|有活动]，[新车|{car}]优惠{n}万多，[可分期|首付{ten}%]，[有需要的|想换车的]邻居[找我|加微信{wx}]",
    "[二手车|车源]：{car}[{n}年车|准新车]，[{n}万公里|车况好]，[价格|售价]{amtbig}，[可以|欢迎][看车|试驾]，[手续齐全|过户包办]，{phone}",
    "[想买车的|要换车的]可以[问我|咨询]，[{car}|新能源]车型[国补|以旧换新]还有{ten}天，[到店|试驾]送{gift}，[{surname}顾问|小{surname}]{phone}")  # fmt: skip
hard(AD, "insurance_agent_group",
    "[我是|本人是]{insurer}的[保险顾问|代理人]{surname}，[车险|重疾险|医疗险|养老险][有需要|想了解]的可以[咨询我|找我算算]，[不买也可以|免费]帮你看保单，{phone}",
    "[车险快到期的|车险到期的]邻居[可以|]找我[报个价|比比价]，[{insurer}|几家公司]都能[出|报]，[出单后|保单出来]走[公司账户|官方渠道]付款，[微信|电话]{phone}",
    "[给孩子|给老人][配|买]保险[的|]可以了解下，[{insurer}|我们公司][新出的|这款][医疗险|意外险]{price}一年，[不懂的|有问题][私聊|问我]")  # fmt: skip
hard(AD, "bank_staff_group",
    "[我是|本人是]{bankname}{district}支行的客户经理[小{surname}|{surname}]，[现在|这个月]房贷利率[低至|只有]{apr}，[转按揭|买房贷款]的可以[来网点|找我]咨询，{phone}",
    "[{bankname}|我们行]信用卡[账单分期|现金分期]手续费[打折|{rate}]，[在手机银行|官方APP]就能办，[不会弄的|不懂的]来网点我[教你|帮你]，[不需要|不用][给任何人|]验证码",
    "[{bankname}|我们行]新出[一款|]理财，[业绩基准|年化]{dep_rate}左右，[一万|{n}万]起，[要买|感兴趣]的[带身份证|本人]到网点办理，[风险|有风险]需谨慎，[网点|]{road}{n}号")  # fmt: skip
hard(AD, "recruit_group",
    "[招聘|招工]：{legitco}招{job}{n}名，[月薪|工资]{salary}，[五险一金|缴社保]，[地址|上班地点]{road}{n}号，[有意|感兴趣]的[打电话|联系]{phone}",
    "[急招|招]{estate}[保安|保洁|绿化工][{n}名|两名]，[{n}0岁以下|身体健康]，[月薪|工资]{salary}，[不收任何费用|无需押金]，[物业|管理处]{phone}",
    "[饭店|超市|奶茶店]招[服务员|收银员|店员]，[包吃|包吃住]，{salary}，[做六休一|可兼职]，[在|就在]{road}，[找|联系]{nick}{phone}")  # fmt: skip
hard(AD, "beauty_shop_group",
    "[楼下|{road}]新开的{beauty}店，[开业|前一百位]{off}，[洗剪吹|做美甲][19.9元|29元|15元|25元]，[{date}前|开业期间]有效，[预约|电话]{phone}{emo}",
    "[理发|剪头发]找{surname}师傅，[{n}0年|老]手艺，[老人|小孩]剪发{cheap}，[{bldg}|小区门口]，[不办卡|不推销办卡]，[随到随剪|提前打电话]{phone}",
    "[美甲|美睫|皮肤管理]工作室在{estate}{bldg}，[价格|都是]{price}左右，[做完|满意]再[付|扫码]，[预约|加微信]{wx}")  # fmt: skip
hard(AD, "gym_yoga_group",
    "[小区|附近]新开了[瑜伽馆|健身房|舞蹈室]，[开业|新店]年卡{wasnow}，[体验课|第一节]免费，[地址|在]{road}{n}号{n}楼，[{surname}教练|前台]{phone}",
    "[中老年|宝妈]瑜伽[班|课][招人了|开课了]，[每周|每周二四六]{hour}，[一个月|{n}节课]{price}，[在|地点]{estate}[会所|活动室]，[可以|欢迎]先来[看看|体验]",
    "[广场舞|太极|八段锦][培训班|兴趣班][招学员|开班了]，[免费|一期{price}]，[{date}|每天早上]在{spot}，[想学的|感兴趣的][来|找]{nick}")  # fmt: skip
hard(AD, "restaurant_group",
    "[小区门口|{road}]新开了一家{dish}，[开业{off}|开业期间{off}]，[到店|群里邻居][送饮料|加菜]，[外卖|订座]电话{phone}{emo}",
    "[群里邻居|本群]点{dish}[打{off}|送小菜]，[美团|小程序]下单[备注|写]{estate}，[送到|送上门]{bldg}，[老板|店主]{nick}",
    "[明天|周末]店里[做|上]{dish}，[{n}人套餐|双人餐]{price}，[要订|订餐]的[私聊|打电话]{phone}，[送到家|到店吃]都行")  # fmt: skip
hard(AD, "photo_studio_group",
    "[儿童摄影|全家福|证件照][工作室|店]在{road}，[周末|{date}]拍[全家福|宝宝照]{wasnow}，[送|含][相框|精修{n}张]，[预约|咨询]{phone}",
    "[婚礼|婚宴|满月酒]跟拍[摄影|摄像]，[价格|全天]{amt}，[可以|欢迎][看样片|看作品]，[档期|日子]提前[约|说]，[联系|微信]{wx}")  # fmt: skip
hard(AD, "laundry_pet",
    "[干洗店|洗衣店]开业：[羽绒服|大衣|窗帘|地毯]清洗{off}，[上门|免费上门][取送|收送]，[洗好|送回]再付款，[电话|微信]{phone}",
    "[宠物美容|宠物洗澡][到家|上门]，[小狗|小{pet}|猫咪]洗澡{price}起，[{surname}姐|我]在{estate}，[先来看看|可以先看环境]，[预约|私聊]{phone}",
    "[改衣服|修鞋|配钥匙|换拉链]在[小区门口|菜市场门口|{road}]，[{surname}师傅|老手艺]，[{cheap}起|价格公道]，[当场|当天]取，[做好|改好]再给钱")  # fmt: skip
hard(AD, "water_gas_delivery",
    "[桶装水|矿泉水|纯净水]送水上门，[一桶|每桶]{cheap}，[买{n}0桶送{n}桶|{n}0桶起][办卡|预存]，[电话|订水]{phone}，[{estate}|本小区]半小时到",
    "[米面粮油|食用油|大米]送货上门，[{n}斤|一袋]{price}，[送到家|到家]再[付|收]钱，[订|要]的[打电话|私聊]{phone}",
    "[换煤气|液化气]上门，[正规|有资质]气站，[一瓶|每瓶]{price}，[送到|装好][付钱|扫码付款]，{phone}")  # fmt: skip
hard(AD, "tea_liquor",
    "[自家茶园|老家][的|]新茶[到了|上市]，[明前|雨前][绿茶|毛尖|龙井]，[一斤|半斤]{price}，[可以|欢迎][先试喝|来品尝]，[私聊|找{nick}]",
    "[酒厂|原浆][散装白酒|粮食酒]，[{n}斤装|一桶]{price}，[可以|]免费品尝，[{spot}|店里]自提，[电话|微信]{phone}",
    "[{city}|老家]特产[腊肉|板栗|核桃|红枣|蜂蜜]，[自家|纯]{kg}一斤，[送到|到了]再付款，[需要的|要的][群里说|私聊]")  # fmt: skip
hard(AD, "driving_school",
    "[驾校|{city}驾校]报名[优惠|活动]：[C1|C2]{amt}，[包过|一费制]，[周末班|晚班][可选|都有]，[接送|免费接送]，[报名找|联系]{surname}教练{phone}",
    "[学车|考驾照]的[看过来|找我]，[{road}|附近]训练场，[{n}人一车|随到随学]，[学费|全包]{amt}，[交在驾校|驾校开票]，[电话|微信]{phone}")  # fmt: skip
hard(AD, "shop_open_qr",
    "[小区门口|{road}]{chain}[新开业|开张了]，[扫码进群|进群]每天[有|发]特价，[鸡蛋|蔬菜]{cheap}，[群里|到店][下单|自提]{emo}",
    "[关注|搜索]公众号“{estate}[生活|便民]”，[每周|每天]发[团购|特价]信息，[到店|自提]付款，[有问题|咨询][找|打]{phone}",
    "[新开|开业]的[水果店|蔬菜店|便利店]在{spot}，[加店长|加微信{wx}][进群|拉你进群]，[群里|每天][秒杀|特价]{fruit}{cheap}，[到店|自提]再付")  # fmt: skip
hard(AD, "grain_new_rice",
    "[今年|新收]的[东北大米|稻花香|新米|小米]，[自家|老家]种的，[5斤|10斤|25斤|50斤]一袋{price}，[送上门|送到楼下]再付款，[要的|需要的]{nick}{phone}",
    "[农村|老家]亲戚[磨的|榨的][面粉|菜籽油|花生油]，[纯正|不掺假]，[{price}一桶|{kg}一斤]，[先看|看好了]再买，[{bldg}|我家]拿")  # fmt: skip
hard(AD, "computer_phone_repair",
    "[手机|电脑][维修|换屏|换电池]，[{road}|{spot}]店面，[当场|{minute}分钟]修好，[检测免费|不修不收费]，[修好|满意]再付，{phone}",
    "[老人手机|智能手机][不会用|设置]的，[我|店里]免费[帮忙|教]，[换屏|贴膜]{price}，[地址|在]{road}{n}号")  # fmt: skip
hard(AD, "flower_shop",
    "[花店|鲜花]在{road}，[{date}|节日][鲜花|玫瑰|花束]{price}起，[可以|]送到小区，[送到|签收]再付款，[预订|订花]{phone}",
    "[绿植|多肉|盆栽][到货|清仓]，[发财树|绿萝|君子兰]{price}，[{spot}|店里]自提，[欢迎|来]看看{emo}")  # fmt: skip
hard(AD, "handmade_craft",
    "[手工|自己织的][毛衣|围巾|棉鞋|虎头鞋]，[给孩子|给老人]穿[暖和|舒服]，[{share}一双|{price}一件]，[可以|能]定做，[看好|做好]再付钱，[私聊|找]{nick}",
    "[手工|自己做的][香皂|布鞋|刺绣|十字绣]，[{price}|{cheap}]起，[在{spot}|{bldg}][摆摊|可以看]，[喜欢|要]的[私我|来看看]")  # fmt: skip

# personal messages (plain benign)
plain("love_miss_you",
    "[亲爱的|宝贝|老婆|老公]，[想你了|好想你]{emo}[，今天|]{wxe}",
    "[宝|亲爱的]，[到|下班]了[没|吗]？[今晚|晚上][想吃什么|吃啥]，[我|]去买{emo}",
    "[刚开完会|刚忙完]，[想你|好想你]了[，|]{emo}[晚上|周末][一起|]去看电影[吧|好不好]",
    "[亲爱的|老婆]，[今天|]辛苦了，[早点睡|早点休息]，[爱你|么么哒]{emo}")  # fmt: skip
plain("birthday_wish",
    "[生日快乐|祝你生日快乐]{nick}[！|!]{emo}[天天开心|心想事成|万事如意]",
    "[妈|爸|老妈|老爸]，生日快乐{emo}[，|]给你[订了|买了][蛋糕|{goods}]，[晚上|周末]回家[吃饭|陪你]",
    "[今天|明天]是[{nick}|孩子|我闺女]的生日，[谢谢|感谢]大家的祝福{wxe}",
    "[宝贝|亲爱的]，生日快乐[！|]给你发了个红包[，|]{ten}0块[，买点好吃的|，别舍不得花]{emo}")  # fmt: skip
plain("arrived_home",
    "[到家了吗|到家没]？[到了|到家了][说|回]一声{emo}",
    "[到家了|我到了]，[放心吧|别担心]{emo}[，你也早点休息|，路上挺顺的]",
    "[下雨了|天黑了]，[到家|到了][给我|跟我][发个消息|说一声][哈|]",
    "[妈|爸]，我[已经|]到[{city}|学校|宿舍|公司]了，[一切都好|挺好的]，[别担心|你们早点睡]")  # fmt: skip
plain("parents_kids_care",
    "[妈|爸][吃饭了没|吃了吗]？[最近|这几天][天冷|降温]，[多穿点|别冻着]{emo}",
    "[儿子|闺女]，[{date}|周末][回来|回家]吃饭吗？[给你|我]做了你爱吃的{dish}",
    "[降压药|药][按时吃了吗|记得按时吃]，[别|不要][舍不得|省着]，[没了|吃完了][跟我说|我给你买]",
    "[孩子|宝宝][今天|]在[幼儿园|学校][乖不乖|表现怎么样]？[晚上|周末][视频|打视频]给奶奶看看{emo}")  # fmt: skip
plain("friends_meetup",
    "[周末|{date}][有空吗|有时间吗]？[一起|出来][吃{dish}|喝个咖啡|逛街][呀|吧]{emo}",
    "[好久不见|好久没聚了]，[哪天|什么时候]约一下[？|]，[我请客|AA]{wxe}",
    "[晚上|今晚][老地方|{road}那家]{dish}，[七点|{clock}][见|不见不散]{emo}",
    "[到了吗|到哪了]？[我|我们]已经[点好菜了|在门口了]{wxe}")  # fmt: skip
plain("couple_errands",
    "[老公|老婆]，[下班|回来的时候][顺便|帮我][买|带][一瓶酱油|点水果|{veg}|{goods}][回来|]{emo}",
    "[我|]今晚[加班|晚点回]，[你们|你和孩子][先吃|别等我]，[给你|]转了{ten}0[块|]买菜",
    "[快递|包裹][到了|放门口了]，[记得|你]拿一下，[是|里面是][孩子的|你的]{goods}",
    "[老婆|老公]，[车|孩子][我去|我来][接|送]，你[在家休息|别管了]{emo}")  # fmt: skip
plain("festival_wishes",
    "[中秋|端午|元宵|新年|春节]快乐[！|]{emo}[祝|愿][大家|您和家人][身体健康|阖家幸福|万事如意]",
    "[祝|]{nick}[新年|国庆|中秋]快乐[，|]{emo}[今年|来年][发大财|顺顺利利]{wxe}",
    "[妈|爸|外婆]，[元宵|中秋|过年][快乐|]，[今年|这次][回不去了|没法回家]，[给您|]寄了{goods}，[注意查收|到了说一声]")  # fmt: skip
plain("family_money_normal",
    "[妈|爸]，[这个月|本月]生活费[转你了|给你转过去了]，{amt}，[别舍不得花|该买就买]{emo}",
    "[钱|红包][收到了|收到啦]，[谢谢妈|谢谢老爸][！|]{emo}[下个月|]我[自己|]也有工资了",
    "[儿子|闺女]，[学费|房租]我[刚|已经]转[你卡上|给你]了，[查一下|看看][到没到|到了没]",
    "[上次|前天][你帮我|帮我][垫的|付的]{price}[转你了|已经转你了]，[收一下|记得收]{wxe}")  # fmt: skip
plain("friend_help_app",
    "[帮我|麻烦帮我][砍一刀|点一下|助力一下][呗|吧]，[还差|就差]{n}个人{wxe}",
    "[帮我|帮忙]给[孩子|我闺女|我儿子]的[作品|视频][投个票|点个赞]，[谢谢啦|感谢]{emo}",
    "[拼单|拼团]{goods}[差|还差]{n}个人，[有要的|谁要]一起[拼|凑]，[便宜|能便宜]{ten}块{emo}")  # fmt: skip
plain("apology_goodnight",
    "[对不起|抱歉]，[刚才|昨天][语气不好|说话重了]，[别生气了|原谅我]{emo}",
    "[晚安|睡了吗]{emo}[，|]明天[还要|要][早起|上班]，[早点睡|别熬夜][哦|]",
    "[手机|刚才][没电了|静音了]，[没看到|没听见]你的[电话|消息]，[咋了|有事吗]{wxe}")  # fmt: skip
plain("classmates_reunion",
    "[同学们|老同学们][毕业|]{n}0年[聚会|同学会][定在|在]{date}，[地点|在]{road}{dish}，[能来的|来的][接龙|报个名]{emo}",
    "[{nick}|老班长][好久不见|多年不见]，[还记得|你还记得]我吗？我是[{school}|初中|高中]的{name}{wxe}",
    "[聚会|同学会][费用|AA]每人{price}，[多退少补|到时候现场交]，[班长|{nick}]统一[收|结]")  # fmt: skip
plain("grandparents_video",
    "[奶奶|爷爷|外公|外婆]，[我|宝宝][会走路|会叫人|考了第一名]了{emo}[晚上|周末][视频|打视频]给您看",
    "[妈|婆婆]，[视频|微信视频][怎么|咋][打|开]？[点|按]右下角的加号[就行|就可以]{wxe}",
    "[孙子|孙女][想你了|说想奶奶了]，[周末|{date}][带他|带她][回来|去看你]{emo}")  # fmt: skip
plain("good_news",
    "[我|我家孩子|闺女][考上|被录取到][{school}|大学|研究生]了{emo}[谢谢大家|谢谢关心]",
    "[恭喜|恭喜恭喜]{nick}[升职了|喜得贵子|乔迁新居|新婚快乐]{emo}{wxe}",
    "[我|我们][找到工作了|转正了|拿到offer了]，[{legitco}|新单位]{job}，[晚上|周末][请你|请大家]吃饭{emo}")  # fmt: skip
plain("travel_share",
    "[我们|我和你爸][到|在]{city}了，[风景|这边][真好|挺美]，[给你|发你][拍了|看]几张照片{emo}",
    "[旅游|玩]回来了，[给你|给大家][带了|买了]{city}特产，[有空|回头][来拿|给你送过去]",
    "[机票|车票][买好了|订好了]，{date}[回来|出发]，[到时候|到了][去|来]接[我|我们]{emo}")  # fmt: skip
plain("casual_chitchat",
    "[哈哈哈|笑死我了]{wxe}[你看|看]{nick}[发的|发那个]视频[没|了没]",
    "[今天|刚才][累死了|好累]，[回家|到家][就躺|就睡]了{emo}",
    "[在干嘛|干嘛呢]？[吃饭没|吃了没]{emo}",
    "[好的|好嘞|收到]，[那|就]{date}[见|再说]{emo}")  # fmt: skip

# ads that are scams: mask/epidemic supplies with payment first to a person (mask_scam)
mask_scam("ad_factory_sms",
    "【[{city}|华康|安泰][医疗器械|防护用品]厂】{mask}厂家直销，{unitprice}，[先款后货|款到发货]，[货款|请]转至[负责人|业务员]{name}[个人卡|银行卡]{card}，{optout}",
    "【防疫物资直销】{mask}{wasnow}，[限时|数量有限]，[先付款|先转账][锁货|下单]，[微信|V]{wx}，{optout}", formal=True)  # fmt: skip
mask_scam("ad_weishang_mask",
    "[姐妹们|宝子们]，[新到|到货]一批{mask}，[朋友圈|看图][有实拍|实拍]，{unitprice}，[先转账|先付款]后发[快递|货]，[扫我|扫]收款码[付|]，[不接受|不支持]到付",
    "[微商|代理][最新|一手]货源：{brand}{mask}{qty}，[先款后货|款到发货]，[转|付]到我[微信|支付宝]{ali}，[付完|转完]截图[发货|排单]")  # fmt: skip
mask_scam("ad_discount_mask",
    "{mask}[限时特价|抢购价]{wasnow}，[名额有限|仅剩{n}箱]，[先扫码付款|扫码付全款][登记|锁单]，[付完|转完]发[截图|地址]给我{emo}",
    "[原价|药店卖]{price}的{mask}[现在|我这]{cheap}[一盒|一包]，[今晚|{clock}]截止，[要的|需要的]先[转账|付款]到{ali}")  # fmt: skip
mask_scam("ad_group_jielong_pay",
    "[团购|拼团]{mask}[开始了|接龙]，{unitprice}，[接龙后|报名后]把钱[转给我|转到我个人微信]，[凑够{n}0份|满{n}箱][才|再][下单|发货]，[不退|不退款]",
    "[{mask}|儿童口罩]拼团[还差|差]{n}份，[先付款|先转钱]占[位置|名额]，[转|付]给[团长|我]{wx}，[截止|今晚{clock}]")  # fmt: skip
mask_scam("ad_shop_open_mask",
    "[新店开业|开业酬宾]，{mask}{unitprice}，[支持|可以][送货上门|同城配送]，[需先|要先]付{dep}到[店主|老板]个人账户{card}[才能|再]安排配送",
    "[药房|店里][开业|周年庆]{mask}[特价|{off}]，[预订|订货]请[先|提前]转{dep}[给|到]{name}，[不接受|不支持]到店付款")  # fmt: skip
mask_scam("ad_free_ship_mask",
    "[包邮|全国包邮]{mask}，{unitprice}，[扫描|扫]二维码[付款|先付全款]，[付款后|付完]{n}天内发货，[不支持|无]货到付款，[售后|联系]{wx}",
    "[{mask}|{disinf}][快递|顺丰][包邮|发全国]，[先付款|先打款]后发，[付款|转账]请[加|联系]{wx}[要|拿]收款码")  # fmt: skip
mask_scam("ad_coupon_mask",
    "[领券|用券][购买|买]{mask}[立减|直降]{ten}元，[券后|到手]{cheap}，[领券后|下单后]转账到[专员|店长]支付宝{ali}[核销|确认]",
    "{mask}[优惠券|代金券]{ten}元，[仅限|只限][今日|本周]，[加|添加]{wx}[领取|领]，[先付|先转]{dep}[锁定|确认]订单")  # fmt: skip
mask_scam("ad_member_mask",
    "[会员|VIP会员]专享：{mask}[内部价|会员价]{unitprice}，[先交|交]{fee}会员费[后|再][下单|购买]，[会员费|费用]转{ali}",
    "[加入|进]我们的[防疫物资|口罩]会员群，[群费|入群费]{fee}，[群内|群里]{mask}{unitprice}，[先付款|付款]后[统一发|排队发]")  # fmt: skip
mask_scam("ad_antigen_promo",
    "[限时特价|促销]：{prod2}{wasnow}，[限量|数量有限]，[先付款|付全款]后发货，[转账|付款]到{name}[个人|]账户{card}",
    "【{prod2}[直销|现货]】[厂家|一级代理]发货，{price}[一盒|一份]，[先款后货|款到发货]，[加|V]{wx}[下单|付款]", tags=W2)  # fmt: skip
mask_scam("ad_disinfect_bundle",
    "[防疫|居家]套装：{mask}+{disinf}+{gear}，[套装价|一套]{price}，[限时|今日]{off}，[先付款|先转账][到|给]我支付宝{ali}[再发货|才发货]",
    "[学校|单位|工厂]复工[防疫|物资]包，[{mask}|{disinf}][全套|都有]，[批量|量大]优惠，[先付{dep}|预付款][到|给]业务员{name}[个人卡|]{card}")  # fmt: skip

# fake promotions that are fraud (other_fraud)
fraud("ad_prize_fee", "fake_prize",
    "【{shop}】[周年庆|店庆]抽奖[结果|]：恭喜您[获得|抽中]{gift}[一台|]和{amt}[现金|购物卡]，[领奖|兑奖]需[先付|先交]{fee}[手续费|邮费|公证费]，[转|付]至{ali}",
    "[恭喜|您好]，[您参加的|您的手机号在]{platform}[会员|周年]抽奖[中了|获]{gift}，[请先|需]缴纳{amt}[个人所得税|保证金]到[财务|工作人员]账户{card}[才能|方可]发货")  # fmt: skip
fraud("ad_refund_link_card", "fake_customer_service",
    "【{platform}】您购买的{goods}[因质量问题|被抽检不合格]，[可获|将获]{price}[赔付|退款]，请点击{url}[填写|输入]银行卡号及[收到的|短信]验证码[领取|办理]",
    "【{shop}】[亲|您好]，您的[订单|快递][异常|丢失]，[{price}|双倍]退款请[登录|进入]{url}，[输入|填写]卡号、[密码|预留手机号]和验证码[完成|即可]退款")  # fmt: skip
fraud("ad_points_card", "fake_prize",
    "【{carrier}】您的积分{pts}[即将|今日]清零，[可兑换|可兑]{amt}现金，[请|]点击{url}[填写|输入]银行卡[号|信息]和验证码[兑换|领取]",
    "【{bankname}】您的[信用卡|账户]积分{pts}[可兑换|可抵现]{amt}，[兑换|领取]请登录{url}，[输入|填写]卡号、有效期、[CVV|安全码]和验证码")  # fmt: skip
fraud("ad_job_shuadan", "task_scam",
    "[招聘|急招][宝妈|学生|兼职][在家|手机]做，[日结|一单一结]{price}，[无需经验|简单易学]，[入职|上岗][需|先]交{amt}[押金|会员费]，[加|V]{wx}",
    "[淘宝|{platform}][店铺|商家][招|需要][刷单员|补单员]，[垫付|先垫]{amt}[返|返还]本金加{pct}佣金，[诚招|名额有限]，[联系|扣]{qq}")  # fmt: skip
fraud("ad_job_fee", "other_scam",
    "[高薪|月入过万][招聘|诚聘]{job}，[包吃住|无经验可做]，[入职前|面试通过后][需|先]交{amt}[服装费|培训费|体检费|押金]，[转到|付给]人事{name}{card}",
    "[{legitco}|某大厂][招|急招][打字员|客服|录入员]，[在家办公|居家]，[日薪|每天]{price}，[先交|需缴纳]{fee}[资料费|报名费][后|才能]派单，[微信|V]{wx}")  # fmt: skip
fraud("ad_cheap_phone", "other_scam",
    "[内部渠道|海关罚没][新款|全新]手机{wasnow}，[名额|数量]有限，[先付|先转]{dep}[给|到][我|经理]{ali}[锁机|安排发货]",
    "[低价|特价][出售|处理][iPhone|笔记本|名牌包]，[全新未拆封|正品]，{price}，[只接受|必须][先付款|全款转账]，[不见面|不面交]，[联系|加]{wx}")  # fmt: skip
fraud("ad_loan_deposit", "loan",
    "【[{bankname}|普惠金融]】[无抵押|凭身份证][贷款|借款]{amtbig}，[日息|月息]低至{rate}，[放款前|审批后][需|先][交|付]{amt}[保证金|验资费]到{card}，{optout}",
    "[急用钱|缺钱]找我们，[{amtbig}|最高{amtbig}][当天|秒]到账，[黑户|征信不好]也能[贷|下]，[先交|需先付]{amt}[手续费|工本费]，[加|V]{wx}")  # fmt: skip
fraud("ad_free_gift_card", "fake_prize",
    "[免费领|0元领]{gift}[活动|福利]，[只需|仅需][填写|提交][姓名|信息]、银行卡号和验证码[即可|就能][包邮到家|领取]，[戳|点击]{url}",
    "【{shop}】[老客户|会员]回馈：{gift}[免费送|0元领]，[运费|邮费]{fee}[需|要][先付|转到]{ali}，[付完|转完][即|就]发货")  # fmt: skip
fraud("ad_card_upgrade", "fake_customer_service",
    "【{bankname}信用卡】[您的|尊敬的客户，您的][额度|信用额度][可提升|可提]至{credit}，[办理|申请]请[登录|点击]{url}[填写|输入]卡号、密码及[短信|]验证码",
    "[您好|你好]，我是{bankname}[客服|信用卡中心]，[您的卡|您]符合[提额|降息]条件，[现在|需要][把|请把][收到的|手机上的]验证码[告诉我|报给我][帮您|就能][办理|操作]")  # fmt: skip
fraud("ad_fake_coupon_group", "other_scam",
    "[{chain}|{shop}][周年庆|感恩回馈]，[扫码|进群][领|送]{amt}购物卡，[领卡|激活]需[先交|付]{fee}[激活费|工本费]到[群主|店长]{ali}",
    "[加群|进群][每天|天天][免费|0元][领|抢]{gift}，[领之前|领取前][先|需]转{fee}[保证金|押金][到|给]群主{wx}，[领完|收货后][退还|全退]")  # fmt: skip


# ---------------------------------------------------------------- formal marketing and service SMS
# Polite, long-winded marketing and service texts that open like scam scripts (尊敬的客户您好, 您好我是…的…,
# 感谢您致电, 我们很高兴邀请您…) but only promote a product or ask for a visit. The matching `of_fm_*` scams
# use the same register; what marks them is the ask: codes, card numbers, transfers, remote-control apps, fees.
FORMAL_START = len(FAMILIES)  # families from here on are a third batch with their own quotas and split
FORMAL_TARGETS = {"ordinary_sms": 1740, "other_fraud": 390}
DEVELOPERS = ["保利", "万科", "碧桂园", "龙湖", "中海", "华润", "融创", "绿地", "金地", "招商蛇口", "城投", "建发"]
PROJECT_NAMES = ["天悦", "云璟", "观澜府", "翡翠公园", "江山樾", "锦城", "时代印", "和府", "滨江壹号", "御湖湾", "东原府",
                 "星河湾"]  # fmt: skip
ARTISTS = ["林一凡", "苏晚晴", "夏至乐队", "陈默", "白桦林组合", "周小野", "许嘉言", "南风乐团", "江河", "叶知秋"]
GAMES = ["星辰传说", "三国志·群英", "江湖令", "幻域", "萌宠消消乐", "天天钓鱼", "斗地主大赛", "仙侠问道", "开心农场"]
CLUBS = ["悦颜", "美丽汇", "颐和堂", "康美", "伊美", "养心阁", "悦己", "雅诗阁", "静养堂"]
AGENCIES = ["中国国旅", "中青旅", "康辉旅行社", "春秋旅游", "途牛旅游", "众信旅游", "凯撒旅游"]
RESORTS = ["九寨沟", "张家界", "黄山", "三亚", "桂林", "丽江", "西双版纳", "恩施大峡谷", "千岛湖", "武当山", "长白山"]
DECOR = ["东易日盛", "业之峰", "圣都装饰", "生活家装饰", "金螳螂家", "轻舟装饰", "名匠装饰"]
EDUORG = ["新东方", "学而思", "猿辅导", "高途", "卓越教育", "精锐教育", "童程童美", "杨梅红美术"]
RETAIL = ["李宁", "安踏", "太平鸟", "森马", "周大生", "老凤祥", "百丽", "良品铺子", "三只松鼠", "波司登", "特步", "海澜之家",
          "名创优品", "屈臣氏", "周大福"]  # fmt: skip
MALLS = ["万达广场", "银泰城", "吾悦广场", "万象城", "大悦城", "龙湖天街", "爱琴海购物公园", "凯德广场"]
VAS = ["视频彩铃", "炫铃", "来电提醒", "和彩云会员", "咪咕视频会员", "咪咕音乐会员", "和阅读会员", "云盘会员", "天翼超高清",
       "沃音乐", "沃视频"]  # fmt: skip


def dear(rng: Rng) -> str:
    s = pick(rng, SURNAMES)
    return pick(rng, ["尊敬的客户，您好！", "尊敬的用户您好：", "尊敬的会员，您好！", "亲爱的会员：", "您好！", "尊敬的客户：",
                      f"尊敬的{s}先生/女士，您好！", f"{s}女士您好，", f"{s}先生您好！", "亲爱的顾客，您好！",
                      "尊敬的VIP会员：", "您好，"])  # fmt: skip


def tel400(rng: Rng) -> str:
    d = digits(rng, 7)
    return pick(rng, [f"400-{d[:3]}-{d[3:]}", f"400{d}", f"400-{d[:3]}{d[3:]}"])


def sqm_range(rng: Rng) -> str:
    low = rng.randrange(6, 12) * 10 + pick(rng, [0, 5, 9])
    return f"{low}-{low + rng.randrange(3, 8) * 10}"


def project(rng: Rng) -> str:
    return pick(rng, DEVELOPERS) + pick(rng, ["·", "", "·"]) + pick(rng, PROJECT_NAMES)


SLOTS.update(
    {
        "dear": dear,
        "t400": tel400,
        "proj": project,
        "artist": lambda r: pick(r, ARTISTS),
        "game": lambda r: pick(r, GAMES),
        "club": lambda r: pick(r, CLUBS),
        "agency": lambda r: pick(r, AGENCIES),
        "resort": lambda r: pick(r, RESORTS),
        "decor": lambda r: pick(r, DECOR),
        "eduorg": lambda r: pick(r, EDUORG),
        "retail": lambda r: pick(r, RETAIL),
        "mall": lambda r: pick(r, MALLS),
        "vas": lambda r: pick(r, VAS),
        "sqm": lambda r: str(r.randrange(60, 160)),
        "sqmr": sqm_range,
        "wan": lambda r: pick(r, ["1", "2", "3", "5", "8", "10", "15", "20"]),
    }
)


def ends(sig: str, body: str) -> str:
    """A template with the 【signature】 at the start (twice as often) or at the end."""
    return f"[{sig}{body}|{body}{sig}|{sig}{body}]"


def fm(fid: str, *templates: str) -> None:
    sms("fm_" + fid, *templates)


# carriers: value-added services, data packs, top-up offers, points, apps, renewals, phones
fm("carrier_ringtone",
    ends("【{carrier}】", "{dear}[为您推荐|诚邀您体验]{vas}，[上千首热门歌曲|海量精彩视频]任您选，[首月免费|开通首月0元]，[次月起|之后每月]{ten}元，回复KT[即可开通|开通]，[不需要请忽略|{optout}]。"),
    "【中国移动】{dear}您的来电等待音还是“嘟嘟”声吗？[设置|开通]视频彩铃，让[朋友|亲友]来电时看到[您的风采|精彩画面]。发送CL到10086[即可开通|开通]，{optout}",
    "【中国联通】{dear}[炫铃|视频炫铃][全新上线|限时体验]，[本月开通|{mmdd}前开通]享[3个月|首月]免费，[发送|编辑]XL到10010办理，[到期|体验期满]可随时退订。")  # fmt: skip
fm("carrier_gamepack",
    ends("【{carrier}】", "{dear}[为您推荐|特别推荐]{appname}[定向流量包|免流包]，[每月|月费]{ten}元[畅享|使用]{appname}[不消耗通用流量|免流量]，[回复|发送]DX{n}[办理|订购]，{optout}"),
    "【{carrier}】{dear}[游戏党专属|手游玩家福利]：[王者荣耀|和平精英|{game}]等热门游戏[定向免流|免流量]，[仅需|每月]{ten}元，[登录|打开]营业厅APP-流量专区办理，{optout}",
    "【中国电信】{dear}您可办理[视频|短视频]定向流量包：[抖音|快手|{appname}][畅看|免流]，{ten}元/月，[发送|编辑]KTDX到10000[订购|办理]，次月自动续订，退订回复TDDX。")  # fmt: skip
fm("carrier_media_member",
    ends("【{carrier}】", "{dear}[咪咕视频|和阅读|咪咕音乐|天翼视讯]会员[限时特惠|周年庆]，[原价|]{vipfee}/月，[现首月仅需1元|首月免费]，[海量|精彩][电子书|影视|正版音乐]随心看，[详情|办理]{burl}，{optout}"),
    "【中国移动】{dear}[和阅读|咪咕阅读]会员[本月|{mmdd}起]上新[百部|千部]名著好书，[开通会员|会员]{vipfee}/月[畅读|免费读]，发送YD到10086开通，{optout}")  # fmt: skip
fm("carrier_sms_order",
    "【中国移动】{dear}您可办理[5G|畅享]流量包：[发送|编辑短信]KT{n}LL到10086，[{ten}元得{ten}GB|{ten}元{ten}GB]，当月有效，[办理后立即生效|即时生效]。{optout}",
    "【中国联通】{dear}[为您推荐|您可订购]{ten}元[{ten}GB|通用流量]月包，[发送|回复]“LL{n}”到10010[办理|即可订购]，次月[自动失效|不续订]，感谢您的支持！",
    "【中国电信】{dear}[您的|]{ten}元[加油包|叠加包]优惠已[生效|为您保留]，发送JY{n}到10000[即可|]办理，[当月|本月]有效，[详询|咨询]10000。",
    "尊敬的客户：[为您推荐|推荐您办理][语音包|通话包]，{ten}元[享|含]{n}00分钟国内通话，发送YY{n}到10086办理，{mmdd}前有效。【中国移动】")  # fmt: skip
fm("carrier_prestore",
    ends("【{carrier}】", "{dear}[存话费送流量|充值送话费]活动[开始啦|火热进行中]：[充100送20|存{ten}0元送{ten}GB|充200元送50元]，[赠送部分|赠费][分{n}个月返还|次月到账]，[登录|打开]营业厅APP参与，{optout}"),
    "【{carrier}{district}营业厅】{dear}[本月|{mmdd}前]到厅[预存话费|办理存费]{ten}0元，[即送|可获赠]{gift}一份，[数量有限|送完即止]，营业厅地址：{road}{n}号，[欢迎光临|期待您的光临]。")  # fmt: skip
fm("carrier_points_redeem",
    ends("【{carrier}】", "{dear}您当前可用积分{pts}分，[可在|请登录]营业厅APP“积分商城”兑换[话费|流量|{gift}|视频会员]，[部分礼品|积分]{mmdd}到期，{optout}"),
    "【中国移动】{dear}感谢您对我们的长期支持，您的积分{pts}分可兑换话费或流量，[发送|编辑]JF到10086查询[积分|可兑换礼品]，[兑换|操作]请通过官方APP。",
    "【{carrier}】{dear}[积分|会员积分]兑换季[开启|上线]，{pts}积分[可兑|可换]{topup}话费，[兑换|操作]无需[提供|填写]任何银行卡信息，[详询|咨询]{hot}。")  # fmt: skip
fm("carrier_app_download",
    ends("【{carrier}】", "{dear}[为方便您|为了方便您]随时查询话费、流量和[积分|账单]，[推荐您|欢迎]下载[官方|]营业厅客户端，[首次登录|新用户登录]送{n}GB流量，[请在应用商店下载|应用商店搜索“营业厅”即可]，{optout}"),
    "【{carrier}】{dear}[手机营业厅|掌上营业厅]全新[改版|升级]，[查询|充值|办理]一站搞定，[首次|本月]登录[领|可领]{ten}元[话费券|流量券]，[请在|可在]手机应用商店搜索下载。{optout}")  # fmt: skip
fm("carrier_plan_renew",
    ends("【{carrier}】", "{dear}您[办理的|订购的][{ten}元|{n}0元]套餐[优惠|合约]将于{mmdd}到期，[到期后|届时]将[恢复原资费|按标准资费收费]，[如需续订|续约]可[到营业厅|登录APP]办理，[续订|老用户]享{off}，[详询|咨询]{hot}。"),
    "【中国联通】{dear}您的[融合|冰激凌]套餐优惠期[即将结束|还剩{n}天]，[现在续约|续约{n}个月]可享月费[立减|减免]{ten}元，[回复|发送]XY到10010[了解|咨询]详情，感谢您的一路相伴！")  # fmt: skip
fm("carrier_tradein",
    ends("【{carrier}】", "{dear}[手机以旧换新|旧机换新机]活动[开始了|火热进行中]，[旧手机|旧机]最高[抵|折价]{price}，[新机|5G新机]还可[享24期免息|合约购机立减{price}]，[到店|请到{road}营业厅]办理，{optout}"),
    "【{carrier}】{dear}[合约机|存费送机]专场：预存{ten}0元[即可|起][0元购机|低价购机]，[合约期|在网]{n}个月，[机型|名额]有限，[详询|到店咨询]{landline}，{optout}",
    "【{carrier}{district}营业厅】{dear}[{date}|本周末]店内举办[新机品鉴会|5G手机体验日]，[现场|到店][体验|试用]最新机型，[以旧换新|合约购机]享额外补贴，{optout}")  # fmt: skip
fm("carrier_family_plan",
    ends("【{carrier}】", "{dear}[为您推荐|推荐您办理][亲情网|家庭共享套餐]，[最多|可]添加{n}位家人，[成员间|家人之间]通话免费，[共享|一起用]流量，[月费|每月]{ten}元起，[回复|发送]QQW到{hot}了解，{optout}"),
    "【{carrier}】{dear}[全家|一家人]用[一张账单|一个套餐]更省心：[手机+宽带+电视|宽带+{n}张卡]每月{price}起，[{mmdd}前|本月]办理[免安装费|送{n}个月宽带]，[咨询|预约]{landline}。")  # fmt: skip
fm("carrier_thanks_call",
    "【{carrier}】感谢您致电{hot}！[您反映的问题|您咨询的业务]已[处理完毕|为您记录]，[如有疑问|如仍有问题]请随时[联系我们|拨打{hot}]。[祝您生活愉快|祝您工作顺利]！",
    "[感谢您致电{hot}|感谢您的来电]，[我是|]{n}{n}号[话务员|客服代表]，[很高兴为您服务|竭诚为您服务]。[关于您咨询的|您咨询的][套餐变更|流量包|宽带报修]，[已为您|我们已]登记，[预计|将在]{n}个工作日内[处理|回复]。【{carrier}】")  # fmt: skip

# real estate, shops for lease
fm("estate_consultant",
    "{dear}我是{proj}[售楼部|营销中心]的置业顾问{name}，[感谢您|很高兴您][近日|前几天|上周末|昨天][来访|到访]。[项目|我们][{sqm}平|{sqmr}平][三房|四房|两房][现房|准现房]在售，[如有需要|您有任何疑问]随时联系我，{phone}[（微信同号）|]。",
    "您好，我是{proj}的置业顾问[小{surname}|{name}]，[我们项目|项目]位于{district}{road}，[地铁口|学校旁]，[首付|首付低至]{wan}0万起，[样板间|实景示范区]已开放，[欢迎|诚邀]您[和家人|]到现场参观，{phone}。{optout}",
    "【{proj}】[{name}|置业顾问{surname}{nick}]向您问好！[本周末|{date}]营销中心[举办|有][暖场活动|亲子DIY活动]，[到访|到场]即送[绿植|{gift}]，[欢迎|诚邀您]携家人光临，{phone}。")  # fmt: skip
fm("estate_open",
    ends("【{proj}】", "{dear}[项目|本项目][{date}|本周六]盛大开盘，[认筹客户|前{n}0名认筹客户]享[9.8折|9.9折|总价优惠{wan}万元]，[认筹|认购]请[本人携带身份证|持身份证]到营销中心[办理|现场办理]，[咨询|热线]{t400}。"),
    "【{proj}】[样板间|{sqm}平米样板间][正式开放|盛大开放]，[诚邀|欢迎]您[莅临|前来]品鉴，[到访|来访]即有好礼相送，[营销中心|售楼处]地址：{district}{road}{n}号，[热线|咨询]{t400}，{optout}")  # fmt: skip
fm("estate_school",
    ends("【{proj}】", "{dear}[{school}|优质学区][对口|划片]，[{sqm}平|{sqm}平米][三房|两房]总价{wan}0万起，[首付|首付款]{wan}万起[分期|可分{n}期]，[购房|认购]合同[在售楼处|在营销中心]签订，[详询|咨询]{t400}，{optout}"),
    "{dear}我是{proj}的[置业顾问|销售顾问]{name}，[您上次|您之前]关注的[学区房|{sqm}平户型]还有[少量房源|{n}套]，[公积金|商业贷款]均可办理，[欢迎|方便的话]本周[来|到]售楼处[看房|详谈]，{phone}。")  # fmt: skip
fm("estate_shop_lease",
    ends("【{mall}招商中心】", "{dear}[本商场|我们商场][{n}楼|一层]商铺[火热招商中|诚邀品牌入驻]，[面积|铺面]{sqmr}平米，[前{n}个月免租|租金优惠]，[欢迎|诚邀]餐饮、零售[商户|品牌]洽谈，[招商热线|联系电话]{landline}。"),
    "{dear}我是[{proj}|{district}]商业[招商部|运营中心]的{name}，[我们|项目][临街商铺|写字楼][出租|招商]，[{sqm}平起|面积灵活]，[地铁口|人流量大]，[租金|价格]面议，[欢迎|如有意向请]来电{phone}[实地看铺|预约看房]。{optout}")  # fmt: skip

# cars, insurance, decoration
fm("car_testdrive",
    ends("【{car}{city}店】", "{dear}[全新|{year}款][车型|SUV|新能源车型][已到店|到店品鉴]，诚邀您[{date}|本周末]到店试驾，[试驾|到店]即送{gift}，[订车|成交]再享[{wan}万元|最高{amt}]补贴，[销售顾问|顾问]{name}{phone}。"),
    "您好，我是{car}[4S店|授权经销商]的销售顾问{name}，感谢您[留下|预约]试驾[信息|意向]，[试驾时间|已为您安排在]{date}{hour}，[地址|展厅地址]：{road}{n}号，[如需改期|如有变动]请致电{phone}。")  # fmt: skip
fm("car_maintenance",
    ends("【{car}{city}店】", "{dear}[您的爱车|车牌{plate}的车辆][已行驶|即将达到][{n}0000公里|{n}000公里]，[建议|请]及时[进店保养|做首保]。[本月|{mmdd}前]预约保养享[工时{off}|送{n}次洗车]，[预约|服务热线]{landline}。"),
    "{dear}我是{car}售后服务顾问{name}，[您的爱车|{plate}]上次保养是{month}个月前，[我们|店里]{date}[有|举办][免费检测|冬季关爱]活动，[检测|空调检查]免费，[欢迎|期待您]到店，{phone}。")  # fmt: skip
fm("car_insurance_renew",
    ends("【{insurer}】", "{dear}您的车辆{plate}[商业险|车险]将于{mmdd}到期，[今年|续保][保费|报价]{amt}，[续保|提前续保][送|享][洗车券|道路救援|{gift}]，[投保|续保]请[通过官方APP|联系您的专属客户经理{name}{phone}]，{optout}"),
    "您好，我是{insurer}车险续保专员{name}，您的爱车{plate}保险{mmdd}到期，[已为您|我们已]核算报价，[详细报价单|保单信息]可[到营业网点|在官方APP]查看，[保费|付款]请通过[官方APP|公司对公账户]支付。{phone}")  # fmt: skip
fm("insurance_agent",
    "{dear}我是{insurer}的[保险顾问|健康顾问]{name}，[我们公司|{insurer}][新推出|推出]一款[百万医疗险|重疾险|养老年金]，[{n}0岁以内|全家]均可投保，[每年|年缴]{price}起，[如需了解|有需要]请[联系我|回电]{phone}，[不打扰请回T|{optout}]。",
    ends("【{insurer}】", "{dear}[您的保单|您为家人投保的保单][即将|{mmdd}]满一周年，感谢您的信任！[我们|公司]为您[提供|安排]免费保单[检视|体检]服务，[专属顾问|服务专员]{name}[将与您联系|{phone}]。"))  # fmt: skip
fm("decor_measure",
    ends("【{decor}】", "{dear}[您所在的|恭喜您喜提新房，]{proj}已[交房|进入装修季]，[我们|本公司][提供|推出]免费[上门量房|量房+设计]服务，[{date}前预约|本月签约]送{gift}，[预约热线|设计师]{phone}，{optout}"),
    "您好，我是{decor}的家装顾问{name}，[了解到|得知]您[在{estate}有新房|近期有装修计划]，[我们|公司]可[免费|上门][量房|出设计方案]，[半包|全包]{n}00元/平起，[有需要|方便时]请回电{phone}，[打扰了|谢谢]。")  # fmt: skip

# education, beauty and health
fm("edu_trial",
    ends("【{eduorg}】", "{dear}[我们很高兴|诚挚]邀请您的孩子参加{kidclass}[免费|公益]试听课，[时间|上课时间]{date}{hour}，[地点|校区]{road}{n}号，[名额有限|每班限{n}人]，[报名|预约]请[回复1确认|致电{phone}]。"),
    "{dear}我是{eduorg}的课程顾问{name}，[您上次|您]咨询的{course}课程[{date}开新班|下周开课]，[我们为您|已为您]预留了[试听|体验]名额，[上课地址|地址]：{road}{n}号，[如需调整|有问题]随时联系{phone}。")  # fmt: skip
fm("edu_parent",
    ends("【{eduorg}】", "尊敬的家长，您好！[寒假|暑假|秋季]{kidclass}[班|课程][火热报名中|即将开课]，[小班教学|{n}人小班]，[{mmdd}前报名|老学员续报]享{off}，[学费|费用]请[到校区前台|在官方小程序]缴纳，[详询|咨询]{landline}。"),
    "尊敬的{surname}同学家长：[感谢您|很高兴]选择{eduorg}。[孩子|{surname}同学]本期[课程|学习]已结束，[下期|新学期]课程{date}开始，[续报|提前报名]享[赠课{n}节|{off}]，[请到校区办理|可到前台咨询]。")  # fmt: skip
fm("beauty_recharge",
    ends("【{club}{beauty}】", "{dear}[店庆|周年庆]期间[会员卡|储值卡]充值[返利|有礼]：[充1000送200|充{n}000送{n}00|充值{amt}送{beauty}{n}次]，[活动时间|活动截至]{mmdd}，[充值|办理]请到店[前台|收银台]，[地址|门店]{road}{n}号。"),
    "{dear}我是{club}{beauty}的[美容顾问|店长]{name}，[本月|{date}]店里[有充值返利活动|会员充值有优惠]，[老顾客|您作为老会员]额外[再送|加赠]{beauty}一次，[详情|欢迎]到店了解，[预约|电话]{phone}。")  # fmt: skip
fm("beauty_memberday",
    ends("【{club}】", "{dear}[每月|本月]{n}号是我们的会员日，[当天|到店][{beauty}|全部项目]{off}，[会员|老顾客]还可[免费|加赠][肩颈按摩|手部护理]，[期待|欢迎]您的光临，[预约|电话]{landline}。{optout}"),
    "【{club}】亲爱的会员：您的生日[快到了|就在本月]，[我们|店里][为您|特意]准备了[生日护理|{beauty}体验]一次及{gift}，[请于|]{mmdd}前到店[领取|享用]，[祝您|预祝您]生日快乐！")  # fmt: skip
fm("health_checkup",
    ends("【[美年大健康|爱康国宾|慈铭体检|{city}体检中心]】", "{dear}[中老年|父母|女性][专属|关爱]体检套餐[限时优惠|特惠]：{wasnow}，[含|包括][心脑血管|肿瘤筛查|骨密度]等{n}0项检查，[预约|咨询]{t400}，{optout}"),
    "【[美年大健康|爱康国宾|{city}体检中心]】{dear}您[预约|购买]的体检[套餐|项目]{mmdd}[到期|即将过期]，[请尽快|建议您]预约体检时间，[体检前一天|前一晚]晚餐清淡，[当天|早上]空腹[到检|前来]。")  # fmt: skip
fm("health_club",
    ends("【{club}养生馆】", "{dear}[入秋|换季|冬季]养生正当时，[艾灸|推拿|足疗|拔罐][体验价|新客价]{cheap}，[老会员|会员]加送[泡脚|刮痧]一次，[馆址|地址]{road}{n}号，[预约|电话]{phone}，{optout}"),
    "您好，我是{club}[中医馆|理疗馆]的健康顾问{name}，[本周六|{date}]馆内[举办|有]免费[中医义诊|健康讲座]，[名额有限|需要预约]，[不收取|不需要]任何费用，[欢迎您|可以]带家人一起来，{phone}。")  # fmt: skip

# hotels, travel, restaurants
fm("hotel_welcome",
    ends("【{hotel}】", "{dear}感谢您[选择|入住]我们{city}{road}店，[欢迎|期待]您[再次|下次]来{city}做客。[会员|您]下次[入住|预订]享{off}，[预订|客房预订]请[使用官方APP|致电]{t400}。"),
    "【{hotel}】{dear}[欢迎您|您][入住|到店]！[早餐时间|早餐]{hour}至10点，[前台|总机]电话分机8，[WiFi|无线网]名称为酒店名称，[如有需要|有任何需要]请随时[联系我们|联系前台]，祝您入住愉快！")  # fmt: skip
fm("travel_group",
    ends("【{agency}】", "{dear}[{resort}|{resort}]{n}日[纯玩|精品]团[{date}发团|{mmdd}出发]，[每人|成人]{price}起，[含往返大交通|含酒店和门票]，[无购物|不进购物店]，[合同|报名]请到[门店|我社门市]签订，[咨询|报名]{landline}。"),
    "您好，我是{agency}的旅游顾问{name}，[感谢您|您上次]咨询{resort}[线路|的团]，[{date}|下个月]的团还有{n}个[名额|位置]，[老年团|亲子团]有[专属|特别]优惠，[报名|签合同]请到{road}门店，{phone}。")  # fmt: skip
fm("scenic_resort",
    ends("【{resort}[景区|旅游度假区]】", "{dear}[秋季|冬季|暑期]景区[风光正好|迎来最佳观赏期]，[我们|景区][诚邀|热忱欢迎]您[前来|来]游玩！[{mmdd}前|活动期间][购票|入园]享{off}，[购票|预约]请[通过官方公众号|登录官方小程序]。{optout}"),
    "【[{city}|{resort}]温泉度假村】{dear}[温泉季|冬季温泉节]开幕，[双人|家庭]温泉套票{wasnow}，[入住|住宿]另享[早餐|自助晚餐]，[预订|咨询]{landline}，期待您的光临！")  # fmt: skip
fm("restaurant_opening",
    ends("【[老街|渝味|金牌|川香|食客|福满楼]{dish}】", "{dear}[我们的|]{district}[新店|分店]于{date}[盛大开业|正式开业]，[开业期间|{mmdd}前][全场{off}|到店即送{gift}]，[欢迎|诚邀]您[携家人|和朋友]品尝，[订座|地址]{road}{n}号，{phone}。"),
    "【[福满楼|聚福园|老字号{dish}]】{dear}[感谢您|]一直以来的[支持|厚爱]，[本店|我们][新菜|秋冬新品]上市，[{date}|本周]到店[消费满{n}00元|用餐]送[代金券{ten}元|{dish}一份]，[欢迎品尝|期待您的光临]，订餐{landline}。{optout}")  # fmt: skip
fm("restaurant_thanks",
    ends("【[福满楼|聚福园|{shop}]】", "{dear}感谢您[今日|昨日|近日]光临，[希望|期待]您[用餐愉快|满意]。[您的会员积分|本次消费]已[累计|积分到账]{pts}分，下次[到店|用餐]可[抵扣|兑换]，[欢迎|期待]您再次光临！"),
    "【[{shop}|聚福园]】{dear}[您在本店|您]的[用餐|外卖]体验如何？[诚邀您|欢迎]在[小程序|大众点评]为我们[打分|评价]，[我们会|我们将]不断改进，[祝您生活愉快|感谢您的支持]！")  # fmt: skip

# retail and brands
fm("retail_anniversary",
    ends("【{retail}】", "{dear}[本店|我们]{n}周年[店庆|庆典]，[{date}起|{mmdd}-{mmdd}][全场|会员]{off}，[满{n}00减{n}0|买二送一]，[会员|到店]再送[精美礼品|{gift}]，[{mall}店|门店]恭候您，{optout}"),
    "【{mall}】{dear}[{mall}|我们]{n}周年庆[盛大启幕|火热进行中]，[购物满{n}00元|消费]即可[参加抽奖|领取{gift}]，[凭小票|凭购物小票]到[一楼服务台|服务中心]领取，[期待|欢迎]您的光临！{optout}")  # fmt: skip
fm("retail_new_arrival",
    ends("【{retail}】", "{dear}[秋冬|春夏|{year}年]新品[已到店|全面上市]，[会员|老顾客]到店[试穿|选购]享{off}，[还可|另送][免费|]修改裤长，[{mall}|{road}]店[期待|欢迎]您的光临，{optout}"),
    "{dear}我是{retail}{mall}店的[导购|店长]{name}，[您喜欢的|店里][新款|秋冬新款][到了|已到货]，[会员|您]可享{off}，[有空|方便时]来[试试|看看]，[店里|门店]电话{landline}。{optout}")  # fmt: skip
fm("retail_coupon",
    ends("【{retail}】", "{dear}[您的|{n}张]满{n}00减{ten}0元[购物券|优惠券]已发放至您的会员账户，[{mmdd}前|本月内][到店|在小程序]使用，[结账时|购物时][出示会员码|报手机号]即可[抵扣|使用]，{optout}"),
    "【{shop}】{dear}[送您|您有]一张{ten}元[无门槛券|代金券]，[{mmdd}到期|有效期{n}天]，[点击|查看]{burl}，[门店|小程序]均可使用，{optout}")  # fmt: skip
fm("retail_moments_gift",
    ends("【{retail}】", "{dear}[到店|购物]后[拍照|晒单]发朋友圈[集{n}个赞|并@我们]，[凭截图|出示朋友圈]到收银台即可领取[精美赠品|{gift}]一份，[活动至|截至]{mmdd}，[数量有限|送完即止]，{optout}"),
    "【[{shop}|{dish}店]】{dear}[到店|本店]打卡发[朋友圈|抖音]，[凭截图|出示截图][送|领取][饮料|小吃|甜品]一份，[每桌|每人]限领一次，[期待|欢迎]您的光临！")  # fmt: skip
fm("retail_birthday",
    ends("【{retail}】", "亲爱的{surname}女士，[祝您生日快乐|生日快乐]！[我们|本店][为您|特意]准备了[生日礼券|生日礼]{ten}元，[生日当月|{mmdd}前]到店[消费可用|即可使用]，[期待|欢迎]您的光临，{optout}"),
    "【{shop}】{dear}[今天是您的生日|生日快乐]，{shop}[祝您|全体员工祝您][生日快乐|天天开心]！[生日礼|会员生日券]已[放入|存入]您的账户，[到店|下单]可用。{optout}")  # fmt: skip

# concerts, films, music, apps and games
fm("concert",
    ends("【[大麦|猫眼演出|票星球]】", "{dear}{artist}[{year}巡回演唱会|全国巡演]{city}站[{date}开票|门票开售]，[票价|票档]{price}-{n}80元，[实名购票|一人一证]，[购票|预约]请[登录官方APP|通过官方渠道]，谨防[黄牛|假票]。{optout}"),
    "【{city}大剧院】{dear}[新年音乐会|交响音乐会|{artist}专场音乐会]将于{date}[晚7点半|19:30]上演，[会员|提前购票]享{off}，[购票|选座]请[登录官网|到剧院售票处]，{optout}")  # fmt: skip
fm("movie_premiere",
    ends("【[万达影城|CGV影城|{city}影城]】", "{dear}[国庆|春节|暑期]档[大片|电影]《[{surname}家的夏天|追光者|山海|归途]》{date}[全国上映|首映]，[会员|首映场]特惠{cheap}起，[购票|选座]请[打开APP|登录小程序]，{optout}"),
    "【[万达影城|金逸影城]】{dear}[您的|会员]观影[积分|次卡][到账|已到账]，[本月|{mmdd}前][兑换|观影][免费|可享]爆米花一份，[期待|欢迎]您的光临！")  # fmt: skip
fm("music_album",
    ends("【[QQ音乐|网易云音乐|酷狗音乐]】", "{dear}[您关注的|你喜欢的]{artist}[新专辑|数字专辑]《[夜航|归期|风起时|山海之间]》[今日|{date}]上线，[会员|购买后][抢先听|畅听全部歌曲]，[点击收听|去听听]{burl}，{optout}"),
    "【{artist}工作室】{dear}[新歌|新专辑]《[夜航|归期|风起时]》[预售|实体专辑预售]开启，[签名版|限量版][数量有限|限量{n}00张]，[购买|预订]请[通过|认准]官方旗舰店，{optout}")  # fmt: skip
fm("app_promo",
    ends("【{appname}】", "{dear}[我们很高兴地告诉您|好消息]，[全新版本|{year}新版]上线，[新增|全新][夜间模式|长辈模式|离线下载]等功能，[更新后|升级]即送[{n}天会员|会员体验卡]，[下载|更新]请到应用商店，{optout}"),
    "【{appname}】{dear}[诚邀您|邀请您]体验[长辈模式|关怀版]：[字体更大|字更大]、[操作更简单|界面更清楚]，[在|打开]“我的-设置”中[即可|就能]开启，[如有疑问|遇到问题]请[联系|拨打]官方客服{t400}。")  # fmt: skip
fm("game_promo",
    ends("【{game}】", "{dear}[我们的游戏|游戏][新资料片|周年版本]{date}[上线|开服]，[登录即领|回归领][{n}00钻石|限定皮肤|豪华礼包]，[下载|官网]{burl}，[适龄提示|健康游戏忠告]：[抵制不良游戏|合理安排时间]，{optout}"),
    "【{game}】{dear}[您的好友|老朋友]{nick}[邀请您|喊您]回归！[新服|{date}新区][开启|火爆开启]，[回归玩家|老玩家]专享[七日|{n}日]签到礼，[点击|前往]{burl}，{optout}")  # fmt: skip

# banks and licensed lenders (never asking for codes or transfers)
fm("bank_installment",
    ends("【{bankname}信用卡】", "{dear}[您的|]本期账单可[申请|办理]分期，[{n}期|12期][手续费|每期费率]低至{rate}，[办理|申请]请[登录官方APP|拨打卡片背面客服电话]，[我行|本行]不会[以任何理由|]索要您的密码或验证码，{optout}"),
    "{dear}我是{bankname}[信用卡中心|{district}支行]的客户经理{name}，[您的信用卡|您]可[办理|享受][账单分期|现金分期][优惠|费率{rate}]，如有需要可[到网点|通过手机银行]办理，[有疑问|详询]{landline}。")  # fmt: skip
fm("bank_points",
    ends("【{bankname}】", "{dear}[您的|信用卡]积分{pts}分[可兑换|可在积分商城兑换]{gift}、[里程|话费]等礼品，[兑换|详情]请[登录|打开]官方APP“积分商城”，[积分|部分积分]将于{year}年12月31日到期，{optout}"),
    "【{bankname}信用卡】{dear}[刷卡|消费]积分[翻倍|{n}倍]活动[开始了|已开启]，[本月|{mmdd}前][超市|餐饮]消费[享|积分]{n}倍积分，[无需报名|已自动参与]，{optout}")  # fmt: skip
fm("bank_quickpay",
    ends("【{bankname}】", "{dear}[即日起|{mmdd}起]使用[我行|本行][借记卡|储蓄卡][绑定|开通][快捷支付|手机支付]，[转账|跨行转账]手续费全免，[绑卡|首次绑卡][立减|随机立减]{ten}元，[详情|活动规则]见官方APP，{optout}"),
    "【{bankname}】{dear}[我们很高兴|很荣幸]邀请您参加“[{platform}支付|云闪付]立减”活动，[{mmdd}前|活动期间]使用[我行卡|本行借记卡]支付[满{n}0减{ten}|随机立减]，[无需报名|自动参与]，{optout}")  # fmt: skip
fm("bank_wealth_manager",
    "{dear}我是{bankname}{district}支行的理财经理{name}，[我行|本行][近期|本周][发售|推出][一款|]{n}个月期理财，[业绩比较基准|参考年化]{dep_rate}-{apr}，{n}万起购，[如感兴趣|如有需要]可[到网点|通过手机银行]了解，[理财非存款|投资需谨慎]。",
    ends("【{bankname}】", "{dear}[新客专享|我们很高兴为您推荐][理财|存款]产品：[{n}个月|一年期][大额存单|定期]利率{dep_rate}，{wan}万元起，[请本人|需本人]到[网点|营业网点]或通过手机银行办理，{optout}"))  # fmt: skip
fm("bank_consumer_loan",
    ends("【{bankname}】", "{dear}[我行|本行][消费贷|“快贷”]年化利率{apr}起，[最高|额度最高]{amtbig}，[随借随还|按日计息]，[可|请]通过[手机银行|官方APP][查看额度|申请]，或[详询|咨询][网点|客户经理]，{optout}"),
    "您好，我是{bankname}{district}支行[个贷|零售]客户经理{name}，[我行|本行][装修贷|消费贷]年化{apr}起，[审批|申请]需本人[携带身份证|带收入证明]到网点办理，[不收取|无]任何前期费用，[咨询|联系]{landline}。")  # fmt: skip
fm("licensed_lender",
    ends("【[招联金融|马上消费|中银消费金融|兴业消费金融]】", "{dear}[我们|公司]是持牌消费金融机构，[为您|您有][预审|专属]额度{credit}，年化利率{apr}起，[借款|申请]请[仅通过|认准]官方APP，[放款前|借款前]不收取任何费用，{optout}"),
    "【[招联金融|马上消费]】{dear}[您的|]借款[已|]按时还清，感谢您的信任！[您的|账户][额度|可用额度]已[恢复|提升]至{credit}，[借款|如需使用]请[登录|通过]官方APP，[请勿|不要]相信[任何|自称工作人员的]收费要求。{optout}")  # fmt: skip

# service notices: calls, surveys, appointments, member rights, prizes collected in store
fm("thanks_for_calling",
    "【{bankname}】感谢您致电[我行|本行]客服，[您的|本次]来电[诉求|问题]已[处理|受理]，[如对服务满意|请对本次服务评价]，回复1[满意|非常满意]，2[一般|不满意]。[回复免费|本短信回复免费]。",
    "【[{shop}|{appname}|{courier}]】[感谢您|您好，感谢您][今天|昨天|近日]的来电，您反映的[问题|情况]已[转交|记录]相关部门，[我们将在|预计]{n}个工作日内[给您回复|处理完毕]，[给您带来不便|如给您带来不便]敬请谅解。")  # fmt: skip
fm("satisfaction_survey",
    ends("【{carrier}】", "{dear}您[近日|昨天|{mmdd}][办理了|咨询了][宽带报修|套餐变更|业务]，[为提升服务质量|为了更好地为您服务]，请对本次服务打分：回复10-1[分|]，10分为非常满意，[感谢您的参与|谢谢您的支持]！"),
    "【[{car}{city}店|{hotel}|{pharm}]】{dear}感谢您近期[到店|光临]，[我们|客服]将[进行|开展]满意度回访，[可能|会]有[工作人员|客服]来电，[来电号码|电话]为{landline}，[请放心接听|仅作回访]。")  # fmt: skip
fm("appointment_confirm",
    ends("【{club}】", "{dear}您已成功预约{date}{hour}的{beauty}，[地址|门店地址]：{road}{n}号，[如需改期|如需取消]请提前致电{landline}，[期待|欢迎]您的光临！"),
    ends("【{car}{city}店】", "{dear}您已成功预约{date}{hour}的[保养服务|车辆保养|免费检测]，[地址|展厅地址]：{road}{n}号，[如需改期|如需取消]请提前致电{landline}，[期待|欢迎]您的光临！"),
    ends("【{eduorg}】", "{dear}您已成功预约{date}{hour}的{kidclass}试听课，[校区地址|地址]：{road}{n}号，[请提前10分钟到达|请准时到达]，[如需改期|如需取消]请致电{landline}。"),
    "【{city}[口腔|眼科]医院】{dear}您[预约|挂号]的[{dept}|口腔科]{date}{hour}门诊[已确认|预约成功]，请[提前15分钟|按时]到[一楼|门诊]签到，[就诊|看病]请携带身份证，[取消预约|改约]请提前一天致电{landline}。")  # fmt: skip
fm("member_rights",
    ends("【[{appname}|{shop}|{airline}|{hotel}]】", "{dear}[您的|]{month}月会员权益已到账：[{n}张优惠券|免运费券{n}张|{ten}元代金券]，[在|打开]“我的-权益”[中查看|即可使用]，[有效期|{mmdd}前]有效，{optout}"),
    "【{airline}】{dear}恭喜您升级为[银卡|金卡]会员！[会员权益|专属权益]包括[优先值机|额外行李额|贵宾休息室]，[已|将]自动[生效|开通]，[详情|请]登录官方APP查看。")  # fmt: skip
fm("prize_collect_store",
    ends("【[{chain}|{retail}|{mall}]】", "{dear}恭喜您在[店庆|周年庆|会员日]抽奖中[获得|抽中]{gift}一份！[请于|]{mmdd}前[凭本人会员卡|凭中奖短信和购物小票]到[{mall}一楼|门店]服务台领取，[领奖|全程]不收取任何费用，[逾期|过期]视为放弃。"),
    "【{chain}】{dear}您参与的[会员|积分]抽奖[结果已揭晓|已开奖]，[您获得|恭喜您获得]{gift}，请到[{district}店|购物门店][服务台|客服中心][出示会员码|报手机号]领取，[本店|我们]不会要求您[转账|支付]任何费用。")  # fmt: skip
fm("event_invite",
    ends("【[{bankname}|{insurer}|{proj}|{car}{city}店]】", "{dear}我们很高兴邀请您参加{date}{hour}在[{hotel}|{mall}|营销中心]举办的[新品品鉴会|客户答谢会|健康讲座|理财沙龙]，[现场|会上]有[精美茶点|抽奖环节]，[回复1确认参加|参会请回复Y]，{optout}"),
    "{dear}[我们很高兴地|诚挚地]邀请您[莅临|出席]{mall}[{year}|春季][婚博会|家博会|车展]，[时间|举办时间]{date}，[凭短信|凭本短信]可[免费入场|领取门票]，[现场|到场]还有[好礼|{gift}]相送，{optout}")  # fmt: skip
fm("product_recommend",
    "{dear}我们很高兴向您推荐[{retail}|我们的][新款|{year}款][{goods}|{furn}]，[现在|本月]购买享{off}，[支持|可][到店自提|送货上门]，[详情|了解更多]请[访问|点击]{burl}或[到店|致电]{landline}，{optout}",
    ends("【[{shop}|{retail}]】", "{dear}[我们很高兴向您推荐|为您推荐][新品|热销款]{goods}，{wasnow}，[会员|老顾客][再享|额外]{off}，[门店|线上]同价，{optout}"))  # fmt: skip
fm("holiday_greeting_promo",
    ends("【[{retail}|{chain}|{mall}]】", "{dear}值此[中秋|国庆|新春|端午]佳节[来临之际|之际]，[我们|全体员工]祝您[阖家幸福|节日快乐]、[万事如意|身体健康]！[节日期间|{mmdd}-{mmdd}][到店|会员]享{off}，[期待|欢迎]您的光临。"),
    "{dear}[新年|元旦|中秋]快乐！感谢您{year}年[对{retail}的|一直以来的]支持，[我们|{retail}][为您准备了|送上]{ten}元[新年|节日]礼券，[到店|门店]使用，[有效期|至]{mmdd}，{optout}")  # fmt: skip
fm("property_value_service",
    ends("【[{estate}物业|{estate}服务中心]】", "尊敬的业主您好！[物业|服务中心][推出|新增][家政保洁|家电清洗|空调清洗]服务，[业主专享|会员]价{price}起，[预约|咨询]请[致电|到]物业前台{landline}，[费用|服务完成后]在[物业前台|小程序]结算。"),
    "【{estate}物业】尊敬的业主：[{date}|本周六]物业[组织|举办][便民服务日|社区义诊]，[磨刀|理发|家电维修|量血压]等[服务|项目]免费，[地点|在]小区[中心广场|会所]，[欢迎|诚邀]各位业主参加。")  # fmt: skip
fm("broadband_visit",
    ends("【{carrier}】", "{dear}您的宽带[报修|装机]工单已[受理|派单]，装维[工程师|师傅]{name}将于{date}{hour}[上门|联系您]，[工程师电话|联系电话]{phone}，[请保持电话畅通|如需改约请回电]，[服务|上门]不收取额外费用。"),
    "{dear}我是{carrier}的装维工程师{name}，[您的|]宽带[已修复|已开通]，[如仍有问题|使用中有问题]请[直接联系我|拨打{hot}]，稍后[会有|将有]满意度回访短信，[麻烦您|请]给个好评，谢谢！")  # fmt: skip
fm("wedding_expo",
    ends("【{city}婚博会】", "{dear}[{year}年|春季|秋季]婚博会将于{date}在[{city}国际会展中心|{mall}]举办，[婚纱摄影|婚宴酒店|钻戒]等{n}00家商家[参展|齐聚]，[免费|]索票请[点击|访问]{burl}，{optout}"),
    "{dear}我是[{city}|花嫁|维纳斯]婚纱摄影的顾问{name}，[您在婚博会|您]登记的[婚纱照|旅拍]意向我们已收到，[本月|{mmdd}前]到店[选套系|预订]享{off}，[欢迎|期待]您和爱人到店[看样片|咨询]，{phone}。")  # fmt: skip
fm("pet_hospital",
    ends("【[{city}|瑞鹏|新瑞鹏|宠福鑫]宠物医院】", "{dear}您家[{pet}|毛孩子]的[疫苗|驱虫]将于{mmdd}到期，[请及时|建议][到院|预约]接种，[本月|会员]驱虫{off}，[预约|咨询]{landline}，[地址|医院地址]{road}{n}号。"),
    "【[{city}|瑞鹏]宠物医院】{dear}[感谢您|您]带[{pet}|宝贝]来院[就诊|体检]，[祝它|愿它]早日康复！[复诊|拆线]时间为{date}，[如有|若有]异常请随时[来电|致电]{landline}。")  # fmt: skip
fm("courier_business",
    ends("【{courier}】", "{dear}[我们|本公司][寄件|月结]优惠[上线|来了]：[首重|同城][8元|10元|12元]起，[上门取件|预约取件]免费，[企业客户|月结客户]享{off}，[下单|预约]请[使用|打开]官方小程序，{optout}"),
    "您好，我是{courier}{district}网点的[快递员|业务员]{name}，[以后|今后]您[寄件|发快递]可以直接[找我|打我电话]{phone}，[上门取件|随叫随到]，[价格|运费]按官方标准收取，[祝您生活愉快|谢谢支持]。")  # fmt: skip
fm("gas_water_service",
    ends("【[{city}燃气|{city}水务|{city}供电]】", "{dear}[我们很高兴地通知您|为方便缴费]，[燃气费|水费|电费]现已支持[微信|支付宝|手机银行][在线缴纳|自助缴费]，[搜索|关注]官方公众号[即可办理|绑定户号即可]，[工作人员|我们]不会上门收取现金。"),
    "【{city}燃气】{dear}[我公司|我们]将于{date}对{estate}进行[年度|免费]安全检查，[检查人员|工作人员][佩戴工作证|持证上门]，[检查|安检]不收取任何费用，[如有疑问|核实身份]请拨打{landline}。")  # fmt: skip
fm("telecom_esim_watch",
    ends("【{carrier}】", "{dear}[智能手表|儿童手表][一号双终端|一号多终端]业务上线，[手表|手表和手机][共用|同享]一个号码，[月费|每月]{ten}元，[到营业厅|请携带身份证到营业厅]办理，{optout}"),
    "【{carrier}】{dear}您可为家中[老人|长辈]办理[关爱卡|孝心卡]，[月费|每月]{ten}元[含|享]{n}00分钟通话，[办理|详情]请[携带证件|本人携带身份证]到就近营业厅，{optout}")  # fmt: skip
fm("furniture_appliance",
    ends("【[美的|格力|海尔|方太|老板电器|苏宁易购]】", "{dear}[您购买的|您家的]{furn}[已使用|已满]{n}年，[我们|官方售后]为您提供[免费|上门]清洗检测服务，[预约|请]拨打{t400}，[服务人员|师傅]持工号上门，[检测|清洗]前报价，您确认后再服务。"),
    "【[美的|格力|海尔]{city}专卖店】{dear}[{date}|本周末][以旧换新|家电节]活动[开始|火热进行]，[旧家电|旧空调]最高抵{price}，[新品|{furn}][可享|再享]国家补贴，[地址|门店]{road}{n}号，{optout}")  # fmt: skip
fm("optician_hearing",
    ends("【[宝岛眼镜|{city}眼镜|明视眼镜]】", "{dear}[您的|您孩子的][眼镜|验光档案]已满一年，[建议|请]到店[免费复查|重新验光]，[本月|{mmdd}前][配镜|镜片]{off}，[门店|地址]{road}{n}号，{optout}"),
    "【[惠耳|{city}]助听器验配中心】{dear}[我们很高兴邀请|诚邀]您[和家人|家中长辈]参加[免费听力检测|爱耳日]活动，[时间|{date}]{hour}，[地址|中心地址]{road}{n}号，[检测|全程]免费，{optout}")  # fmt: skip
fm("senior_care",
    ends("【[{city}|康乐|福寿|夕阳红]养老服务中心】", "{dear}[我们中心|本中心][提供|开设][日间照料|助餐|康复理疗]服务，[{district}|社区]老人[可|均可][参观|体验]，[{date}|每周三][开放日|有免费体检]，[欢迎|诚邀]您和家人[前来|来]了解，[电话|咨询]{landline}。"),
    "您好，我是[康乐|福寿][养老院|颐养中心]的[护理顾问|接待]{name}，感谢您[来电|来访]咨询，[我们|院里]还有[{n}个|少量][床位|房间]，[收费|费用]标准[2800|3500|4200|5000|3200]元/月起[，可先试住|，欢迎实地参观]，{phone}。")  # fmt: skip
fm("store_points",
    ends("【[{retail}|{shop}|{mall}]】", "{dear}您的[积分|会员积分]{pts}分将于{mmdd}到期，[可到店|可在服务台][兑换|抵扣][{gift}|购物券]，[兑换|积分兑换]无需[支付|缴纳]任何费用，{optout}"),
    "【[{chain}|{mall}]】{dear}您[本月|{mmdd}]在本店[消费|购物]{money}，[获得|累计]积分{pts}，[积分|会员积分]可在[收银台|下次购物时]抵现，[感谢|谢谢]您的光临！")  # fmt: skip


# polite, formal scams in the same register (other_fraud)
def fmf(fid: str, kind: str, *templates: str) -> None:
    fraud("fm_" + fid, kind, *templates, formal=True)


fmf("carrier_points_card", "fake_prize",
    ends("【{carrier}】", "{dear}您的积分{pts}分将于今日清零，[可兑换|现可兑换]{amt}现金，[请|]点击{url}[填写|输入]银行卡号、[预留手机号|身份证号]及[短信|]验证码[完成兑换|即可到账]，[逾期|过期]作废。"),
    "{dear}我是{carrier}积分中心的客服{name}，[您的|]积分{pts}分[可兑换|兑换]{amt}话费现金，[需要|请]把[您的|]银行卡号和[刚收到的|手机上的]验证码[告诉我|报给我]，[我帮您|为您]办理[兑换|到账]。")  # fmt: skip
fmf("courier_lost_comp", "fake_customer_service",
    ends("【{courier}】", "{dear}非常抱歉，您的快递{waybill}在运输中[丢失|损坏]，我司将[双倍|三倍]赔偿{price}，请[添加|联系]理赔客服微信{wx}，[按客服指引|配合客服][填写银行卡信息|操作]领取赔偿。"),
    "{dear}我是{courier}理赔专员{name}，您的[包裹|快递][丢件|被污染]了，[我们|公司]按[双倍|{price}]赔付，[请您|需要您]下载{app}[开启屏幕共享|进入会议]，[我|专员]指导您[领取|操作]赔偿款。")  # fmt: skip
fmf("medical_card_abnormal", "impersonate_official",
    ends("【{city}医保局】", "{dear}[您的|]医保卡[出现异常|已被冻结|被他人冒用]，[为免影响|为不影响]报销，请[于今日|立即]点击{url}[核验|重新认证]，[需填写|填写]身份证号、银行卡号及[短信|]验证码。"),
    "{dear}这里是{city}医保中心，我是工作人员{name}，[您的|]医保卡[在外地|在{city}][被盗刷|异常消费]{amt}，[为保护您的资金|配合核查]，请[把卡里的钱|将资金][转入|转到][安全账户|我们指定的核查账户]{card}。")  # fmt: skip
fmf("card_limit_code", "fake_customer_service",
    ends("【{bankname}信用卡中心】", "{dear}[恭喜您|您]已获得[提额|临时提额]资格，额度可提升至{credit}，[请回复|请将]收到的[短信|]验证码[回复|发送]至本号码[完成|确认]提额，[今日|{mmdd}]有效。"),
    "{dear}我是{bankname}信用卡中心的客户经理{name}，[您的卡|您]可以[提额|提升额度]到{credit}，[我这边|稍后]给您发[一个|个]验证码，[您告诉我|麻烦您念一下][就能|我就能][帮您|马上][办理|生效]。")  # fmt: skip
fmf("etc_auth_invalid", "impersonate_official",
    ends("【ETC服务中心】", "{dear}您的ETC[认证已失效|电子标签已过期]，[为避免影响|为不影响]正常通行，请[于{mmdd}前|立即]点击{url}[重新认证|更新信息]，[填写|输入]银行卡号、[交易密码|预留手机号]及验证码。"),
    "{dear}我是[ETC客服|高速ETC中心]的{name}，您的[ETC|{plate}的ETC]因[系统升级|认证过期]已被[停用|注销]，需要您[提供|报一下]银行卡号和[短信|]验证码[重新激活|恢复使用]，[否则|不然]通行将[收取|扣]双倍费用。")  # fmt: skip
fmf("vip_autorenew_cancel", "fake_customer_service",
    "{dear}我是{platform}客服{name}，您[之前|无意中]开通的[会员|百万保障]服务[今天|即将]到期，[到期后|之后]每月[自动扣费|扣款]{amt}，[如需取消|取消]请[下载|打开]{app}[开启屏幕共享|进入会议]，我[指导您|帮您]操作。",
    ends("【{platform}】", "{dear}您开通的[学生会员|金融会员]与身份不符，[将|每月]扣费{amt}，[关闭|取消]请[联系|添加]客服微信{wx}，[按指引|配合客服]将[资金|余额][转入|转到][清算|验证]账户[完成注销|以免扣费]。"))  # fmt: skip
fmf("estate_deposit_personal", "other_scam",
    "{dear}我是{proj}的置业顾问{name}，[项目|我们][内部|员工]房源[特价|优惠{wan}万]，[名额|房源]只剩{n}套，[需要|请您][今天|先]把{amt}认筹金[转到|转给][我的个人账户|我个人]{card}[锁房|帮您锁定]，[不用|无需]到售楼处。",
    ends("【{proj}】", "{dear}[恭喜您|您]获得[内部认购|员工价]资格，请[于今日|在{clock}前]将[诚意金|定金]{amt}转至[销售经理|财务]{name}[个人|]账户{card}，[逾期|过期]名额作废。"))  # fmt: skip
fmf("insurance_refund_code", "fake_customer_service",
    ends("【{insurer}】", "{dear}[您的|]保单[因系统升级|存在重复扣费]，[可退还|将退还]保费{amt}，请点击{url}[填写|输入]银行卡号及[收到的|]验证码[办理退费|领取退款]。"),
    "{dear}我是{insurer}的保单服务专员{name}，您的[医疗险|保单][即将|已]到期，[如需|]退保[可全额返还|返还]{amt}，[请您|需要您]先[转|缴纳]{fee}[手续费|保证金]到{card}，[或者|再]把[验证码|银行卡号]发我。")  # fmt: skip
fmf("flight_cancel_comp", "fake_customer_service",
    ends("【{airline}】", "{dear}很抱歉，您[乘坐的|预订的]{flight}航班因[机械故障|天气原因]取消，[改签|理赔]可获[补偿|赔付]{price}，请[致电|联系]客服{phone}，[按指引|配合]提供银行卡号和验证码[办理|领取]。"),
    "{dear}我是{airline}客服{name}，您的{flight}航班已取消，[我们|公司]给您[补偿|理赔]{price}，[需要您|请]打开[手机银行|支付宝][按我说的|按提示]操作[转账|输入金额]“[验证|激活]”[账户|退款通道]。")  # fmt: skip
fmf("investment_vip", "investment",
    "{dear}我是[{company}证券|{company}投资]的[投资顾问|助理]{name}，[我们|老师][很高兴|诚挚]邀请您加入[VIP|内部]荐股群，[近期|上月][收益|盈利]{pct}，[入群后|开户后]在[平台|{tapp}]入金{amtbig}[即可|]跟单，[稳赚不赔|保本保收益]。",
    ends("【{company}财富】", "{dear}[恭喜您|您已]获得[内部|VIP]理财名额，[年化|收益]{pct}，[保本保息|稳赚不赔]，[请|需]下载APP[并|]入金{amtbig}[激活|锁定]名额，[客服|助理]{wx}。"))  # fmt: skip
fmf("loan_unfreeze_fee", "loan",
    ends("【{company}金融】", "{dear}您申请的贷款{amtbig}已审批通过，[因|由于]银行卡[号填写错误|信息有误][资金被冻结|无法放款]，请[缴纳|先转]{amt}[解冻金|验资费]到{card}，[解冻后|核实后][立即放款|连同本金一起到账]。"),
    "{dear}我是{company}金融的[信贷专员|放款专员]{name}，您的[借款|贷款]{amtbig}[已经审批|审批]下来了，[放款前|按规定][需要|要][先交|缴纳]{amt}[保证金|流水验证费]，[转给|打到]我们财务{name}{card}，[到账后|放款时][一起退还|全额返还]。")  # fmt: skip
fmf("shop_prize_fee", "fake_prize",
    ends("【{mall}】", "{dear}恭喜您在本商场周年庆[抽奖|活动]中获得{gift}及[现金|购物卡]{amt}，[因|由于]您[不在本地|无法到场]，[请|需]先缴纳{fee}[邮费|个人所得税]到{ali}，[缴纳后|付款后]安排发货。"),
    "{dear}我是{shop}会员中心的{name}，[恭喜您|您]被抽中[幸运会员|一等奖]，[奖品|{gift}和{amt}现金]需[先|]支付{fee}[公证费|手续费][才能|方可][领取|寄出]，请[转|扫码付]到[工作人员|我的]支付宝{ali}。")  # fmt: skip
fmf("credit_repair", "fake_customer_service",
    "{dear}我是{bankname}[征信中心|个人信用部]的{name}，[您|您名下]有[校园贷|网贷]账户未注销，[将影响|会影响]您的征信，[需要|请]您[把额度里的钱|将借出的资金]转到[我们的|指定]账户{card}[完成注销|清空额度]。",
    ends("【征信服务中心】", "{dear}您的个人征信[存在逾期记录|有不良记录]，[可免费|现可]修复，请[点击|登录]{url}[填写|提交]身份证、银行卡号和验证码[完成修复|申请消除]。"))  # fmt: skip


# ---------------------------------------------------------------- long polite scam scripts and honest counterparts
# Phone scripts, SMS and chat in the fluent, polite register scammers use for fake customer service, loans,
# impersonated leaders/relatives/teachers and fake police, written 30-200 characters long and often without the
# obvious keywords (把钱放到…, 操作一下, 配合完成验证). The benign families say the same things honestly and ask
# for nothing. A fourth batch with its own quotas, split and longer length limit, so earlier rows stay as they were.
SCRIPT_START = len(FAMILIES)
SCRIPT_TARGETS = {"other_fraud": 1700, "official_sms": 180, "antifraud_warning": 110, "benign_plain": 90}
SCRIPT_MAX_LEN = 200
CS_PLATFORMS = ["淘宝", "京东", "拼多多", "抖音", "快手", "支付宝", "美团", "唯品会", "闲鱼", "携程", "得物", "小红书",
                "苏宁易购", "天猫"]  # fmt: skip
LOAN_APPS = ["京东金条", "京东白条", "借呗", "花呗", "微粒贷", "360借条", "度小满", "分期乐", "安逸花", "美团借钱",
             "招联好期贷", "支付宝备用金", "微信分付"]  # fmt: skip
SCREEN_APPS = ["向日葵", "ToDesk", "腾讯会议", "钉钉会议", "云视讯", "瞩目", "ZOOM", "钉钉"]
TITLES = ["总", "局", "处长", "主任", "书记", "校长", "经理", "董事长", "科长", "院长"]
ELDERS = ["奶奶", "爷爷", "外婆", "姥姥", "外公", "姥爷"]
HOSPITALS = ["人民医院", "中心医院", "第一人民医院", "中医院", "附属医院", "第三医院"]
LENDERS = ["平安普惠", "众信金融", "恒信贷", "速易借", "信和金服", "安心借", "宜享花", "融易达", "快乐借"]


SLOTS.update(
    {
        "csplat": lambda r: pick(r, CS_PLATFORMS),
        "lapp": lambda r: pick(r, LOAN_APPS),
        "sapp": lambda r: pick(r, SCREEN_APPS),
        "boss": lambda r: pick(r, SURNAMES) + pick(r, TITLES),
        "elder": lambda r: pick(r, ELDERS),
        "hosp": lambda r: pick(r, CITIES) + pick(r, HOSPITALS),
        "lender": lambda r: pick(r, LENDERS),
        "teacher": lambda r: pick(r, SURNAMES) + "老师",
        "wanloan": lambda r: pick(r, ["3万", "5万", "8万", "10万", "20万", "30万", "50万", "六万", "十五万"]),
        "mid": lambda r: pick(r, ["1800元", "2600", "3000块", "4980元", "6000", "两千", "三千五", "8800元", "1万"]),
        "small": lambda r: pick(r, ["298元", "499", "599元", "860块", "980元", "1280", "368元", "1500"]),
        "kid": lambda r: pick(r, ["孩子", "您儿子", "您女儿", "你家孩子"]),
    }
)


def sf(fid: str, kind: str, *templates: str, formal: bool = False) -> None:
    fraud("sc_" + fid, kind, *templates, formal=formal)


CS, LN, AQ, PO = "fake_customer_service", "loan", "impersonate_acquaintance", "impersonate_police"

# fake customer service
sf("cs_quality_refund", CS,
    "您好，我是{csplat}[售后|官方]客服{name}，您[上周|前几天|{mmdd}]购买的{goods}[经检测|被质检部门抽查]存在质量问题，[我们|厂家]会给您[三倍|双倍]赔付{price}，[麻烦您|请您]打开[支付宝|微信][按我说的|跟着我]操作一下[领取|就能到账]",
    "[打扰了|您好]，这边是{csplat}商家客服，您买的{goods}[批次|这批货]甲醛超标，[已经|]被[召回|下架]了，[我们给您|给您]办理[理赔|退款]{price}，[您加一下|请添加]理赔专员[微信{wx}|QQ{qq}]，[他会|会]指导您[领取|操作]")  # fmt: skip
sf("cs_courier_double", CS,
    "您好，我是{courier}[快递|]理赔中心的{name}，[非常抱歉|很抱歉]，您的[快递|包裹]在[运输途中|中转站][丢失|损坏]了，[按照规定|公司规定][给您|]双倍赔偿{price}，[需要您|请您]下载{sapp}[进入|]会议[，我|，专员][一对一|远程]帮您[办理|操作]",
    "[喂|您好]，是[{surname}先生|{surname}女士]吗？我是{courier}客服，您[单号尾号|运单]{tail}的快递[丢件|被压坏]了，[我们|公司]按[三倍|双倍]赔，[赔款|钱][要走|需要走]理赔通道，您[打开|登录][手机银行|支付宝]，[我教您|我一步步教您]把[验证金额|理赔金额]输进去")  # fmt: skip
sf("cs_million_guarantee", CS,
    "您好，我是{csplat}官方客服{name}，[系统显示|查到]您[之前|在{mmdd}]开通了[百万保障|百万医疗保障]服务，[免费期|试用期][今天|已经]到期，[明天起|下个月开始]每月自动扣费{small}，[如果不需要|您不需要的话]我[帮您|这边帮您]关闭，[需要您|麻烦您]下载{sapp}[共享一下屏幕|开一下屏幕共享]",
    "[打扰您了|您好]，这里是{csplat}[金融|保障]服务中心，您的账户[被默认|自动]开通了百万保障，[每年|每月]扣费{small}[，关闭需要您本人|，取消必须本人][配合完成|完成][资金|身份]验证，[稍后|等会儿]我[会发|发]一个[链接|验证码]给您")  # fmt: skip
sf("cs_live_member", CS,
    "您好，我是抖音[官方|直播]客服，[您在|您]{mmdd}[误开通|开通]了直播[会员|主播会员]，[每个月|每月]会从您的[银行卡|账户]扣{small}，[今天是|明天就是]扣费日，[关闭|取消]需要[您本人|您][配合|]在[支付宝|微信][上|里][操作|验证]一下",
    "[{surname}女士|{surname}先生|您好]，您[开通的|的]快手直播[VIP|会员]是[系统错误|操作失误][开的|开通的]，[不关闭的话|不取消]会每月扣{small}[还会|，并且][影响征信|上报征信]，请[添加|加]客服[微信{wx}|QQ{qq}][，我们|]给您[办理|取消]")  # fmt: skip
sf("cs_campus_loan", CS,
    "您好，我是{lapp}[客服|官方客服]{name}，[查到|系统查到]您在[大学|上学]期间[开通过|注册了]校园贷[账户|]，[按照|根据][最新|]国家政策[要|需要]注销，[不注销|否则]会[影响|严重影响]您的征信，[请您|您需要][配合|]把[各个平台|{lapp}]的额度[借出来|取出来][放到|转到]我们[的|指定的][监管|清算]账户[清零|完成注销]",
    "[你好|您好]，[这边是|我是]{lapp}客服，[您的|你]账户[被识别|被认定]为学生账户，[需要|要]注销[处理|]，[注销前|注销时]要把额度清零，[不然|否则][会上征信|影响以后买房贷款]，[我这边|我会]教您[操作一下|一步步操作]")  # fmt: skip
sf("cs_jd_account", CS,
    "您好，我是京东金融客服{name}，您的京东[金条|白条][在{year}年|]开通时[身份是学生|年龄不符]，[现在|目前][需要|要]关闭，[您|][把金条|把白条]里[能借的|的额度][全部|都][借出来|提出来]，[转到|放到]我们[央行|银保监]的[验证|监管]账户{card}，[核对完|验证完][会|就]原路[退回|退给您]",
    "京东[金融|客服][提醒|通知]您：您的[白条|金条]账户[存在异常|利率违规]，[需要|须在今天]完成[注销|降息]，[请|]保持电话畅通，[我们的|]专员[会|将]指导您[完成|]额度清零，[否则|不然]将[上报征信|影响征信]")  # fmt: skip
sf("cs_credit_borrow", CS,
    "[您好|]{surname}[先生|女士]，[这边|我]是[银保监会|征信中心][工作人员|的]{name}，[为了|为]不影响您的征信，[您需要|需要您]在{lapp}和{lapp}上把[额度|可借的钱][都借出来|全部借出]，[放到|存到][我们给您的|这个]账户上[走一遍流水|验证一下]，[系统|核实完]确认[是本人|没问题][后|就][自动退回|注销]",
    "[我跟您说|您别着急]，这个[操作|流程]就是[验证|证明]您[有还款能力|不是学生]，[钱|资金][只是|就是][过一下|走一下][账户|流水]，[半小时|一小时][内|后][就会|就][原路退回|退还给您]，[您先|先]在{lapp}[申请|借]{mid}[出来|]")  # fmt: skip
sf("cs_beiyongjin", CS,
    "您好，我是{csplat}客服，您的退款{price}[系统|已经]退到了您的支付宝备用金[里|上]，[您看一下|您打开看看]是不是多了{mid}？[那是|这是]系统[错发|多退]的，[麻烦您|请您]把多出来的[还回来|转回]到我们[对公|财务]账户{card}",
    "[亲|您好]，[退款|理赔款]已经[打到|退到]您的[借呗|备用金|微粒贷]了，[您|][点一下|领取]备用金[就能|]看到，[然后|再][按我说的|跟着我]把[多出来的|多退的][部分|钱][放到|转到][我们|公司]指定账户[就可以|就好了]")  # fmt: skip
sf("cs_code_readout", CS,
    "[您好|您好，我是{csplat}客服]，[刚才|刚刚]系统给您[手机|]发了一个[六位数|]验证码，[您|麻烦您][念一下|告诉我][，我帮您|我这边帮您][把退款|把赔付款][操作|办理][一下|到账]，[这个码是|验证码是]用来确认[是您本人|您身份]的[，放心|]",
    "[对，|好的，]就是[以|]{bank}[发来的|]那条[短信|]，[上面的|里面的]数字[您|]读给我[听一下|就行]，[我们|我]这边[才能|好][给您|]退[钱|款]，[不用|无需]告诉别人")  # fmt: skip
sf("cs_sms_refund_link", CS,
    ends("【{csplat}】", "{dear}您的订单{order}因[商品质量问题|仓库缺货|物流异常]将为您办理[退款|理赔]{money}，请[于24小时内|尽快]点击{url}[填写|核对]收款银行卡号[及验证码|和预留手机号][领取|完成退款]，逾期[作废|视为放弃]。"),
    ends("【{csplat}售后】", "{dear}您购买的{goods}[被|已被][质检|市场监管部门]认定[不合格|有质量问题]，[我们|商家]将[全额|三倍][退还|赔付]，请[添加|联系]售后专员[微信{wx}|QQ{qq}][办理|领取]。"), formal=True)  # fmt: skip
sf("cs_chat_refund", CS,
    "亲，[在吗|您好]？您[在店里|在我们店]拍的{goods}[有一批|这批]质量[不过关|有问题]，[我们|店里][要给您退款|给您办理退款]哦，[麻烦|请]加一下我们理赔客服[的|][QQ|扣扣]{qq}，[他会|会有专人][指导|帮]您[领取|操作]{emo}",
    "亲亲，[您的|]订单{order}[快递|包裹]丢了[呢|哦]，[小店|我们]给您[双倍|加倍]赔偿{price}[哈|哦]，但[平台|系统][要|需要]先[验证|核对][一下|]您的[支付宝|银行卡]，[您|]扫这个码[操作一下|进一下理赔群][就好|就可以]啦")  # fmt: skip
sf("cs_screen_share", CS,
    "[您好|好的]，[为了|为]保障您的资金安全，[需要|请您]在[应用商店|手机上]下载{sapp}，[打开后|进去后]把[会议号|设备码]{qq}[告诉我|报给我]，[我这边|我们技术]远程[帮您|给您]操作[取消|关闭][扣费|会员]，[全程|整个过程]不会[动您的钱|收取任何费用]",
    "[您别挂电话|您先别挂]，[现在|]打开{sapp}，[点|选]共享屏幕，[我|我们]能看到[您的|]界面[才能|好][帮您|给您][操作|处理]，[中间|过程中]弹出的[验证码|提示]您[不用管|点确定就行]")  # fmt: skip
sf("cs_account_violation", CS,
    "您好，这里是{csplat}[安全中心|风控部]，您的账户[在{city}|在异地][被他人冒用|涉嫌违规交易]，[为避免|为防止]账户被[冻结|封号]，[需要|请]您[配合完成|配合][资金|身份]验证，[把|将]余额[暂时|先][放到|转到][安全|验证]账户[，验证通过后|，确认后][自动|马上][退回|解冻]",
    "【{csplat}】{dear}您的账户存在[异常交易|违规风险]，[已被|将被]限制[收款|使用]，请[立即|于今日]联系专属客服{phone}[完成|进行]资金核验，[否则|逾期][将|会]永久冻结。")  # fmt: skip
sf("cs_agent_wrong", CS,
    "[您好|打扰了]，我是{csplat}[客服|商家服务部]的{name}，[由于|因为]我们[工作人员|系统][失误|出错]，[把您|您被][设置|误设]成了[代理商|批发商|VIP会员]，[每个月|每月]要扣{mid}[服务费|会员费]，[取消|解除]需要[您配合|您]做一个[流水|资金]验证",
    "[我们|我这边]已经[帮您|给您][提交|申请]取消了，[现在|]就差[最后一步|一个]验证，[您|]把{bank}卡[里的钱|余额][先|]转到[我们|系统][给您|生成的][账户|验证账户]{card}，[系统|后台]核实[是本人|无误][后|以后][全额退回|原路返回]")  # fmt: skip
sf("cs_game_refund", CS,
    "您好，我是[腾讯|网易|{game}][游戏|]客服{name}，[您孩子|您家孩子][在游戏里|]充值了{mid}，[我们|平台][可以|能]给您[全额|]退款，[但是|不过][需要|要]您[先|]下载{sapp}[开个|打开][屏幕共享|会议]，[我们|专员]指导您[操作|领取]",
    "[家长您好|您好]，[未成年人|孩子]游戏充值退款[已受理|审核通过]，退款{mid}[需要|要]走[资金通道|验证通道]，[请您|您][打开|登录]手机银行，[按照|跟着]我的[提示|指引][输入|填]金额[完成验证|就行]")  # fmt: skip
sf("cs_insurance_claim", CS,
    "您好，我是{insurer}[理赔|客服]中心的{name}，您[购买的|买的]运费险[多扣|重复扣]了{small}，[我们|公司][给您|]办理[退还|退款]，[需要|请][您|]在[支付宝|微信]里[搜索|打开][备用金|借呗][领取一下|操作一下]，[领完|领出来][再|后]按我说的[还回来|转到指定账户]",
    "[尊敬的客户|您好]，[您的|]保单[存在|有][重复扣费|异常扣款]，[可以|能][退回|返还]{small}，[请|需要您][配合|]提供[银行卡号|卡号]和[刚收到的|手机上的]验证码[，我|，我们][立刻|马上][给您|帮您]办理")  # fmt: skip
sf("cs_no_keyword", CS,
    "[您好|打扰您一下]，我是{csplat}[售后|客服]这边的{name}，您的[退款|赔付]已经[审核|批]下来了，[只需要|就差]您配合[完成|做][一个|个]小验证，[把|将][卡里的|账户]余额[放到|存到]我给您的这个[账户|卡号]上，[系统|后台][确认|核对][是本人|无误][就会|马上][一起|连同赔款][退回来|到账]",
    "[好的|您稍等]，[我这边|我]给您[生成|发]了一个[临时|验证]账户，您[就|]按[页面|我]的提示[操作一下|把金额填进去]，[这个|这]只是[走个流程|核对身份]，[不会|]扣您[一分钱|的钱]，[弄完|操作完][钱|款]就[原路|直接][回|到]您卡上")  # fmt: skip

# loans
sf("loan_card_wrong", LN,
    "您好，我是{lender}的[放款|信贷]专员{name}，您[申请的|的]{wanloan}贷款已经审批通过了，[但是|可是]您[填写的|留的]银行卡号[错了一位|有误]，[资金|款项]被[系统|银行][冻结|锁定]了，[需要|要]先交{mid}解冻[金|费][才能|就能]放款",
    "[您好|哥]，[放款|打款]失败了，[系统|后台][显示|提示]您的卡号[填错|不一致]，[钱|{wanloan}]现在[冻结|卡]在[账户|平台]里，[财务|我们][说|讲][要|需要][交|缴纳]{small}[解冻费|修改费]，[交了|转过去][马上|立刻][解冻|到账]，[钱会|费用][一起|跟贷款一起][退回|返还]")  # fmt: skip
sf("loan_frozen_sms", LN,
    ends("【{lender}】", "{dear}您的借款{wanloan}因[银行卡信息错误|账户异常][已被冻结|放款失败]，请于{clock}前[登录|点击]{url}[缴纳|完成][解冻金|验证金]{mid}，[解冻后|完成后][立即|2小时内]放款，逾期[将|]影响征信。"),
    ends("【{lender}】", "{dear}您申请的贷款已审批，额度{wanloan}，[因|由于]您的[信用分|流水][不足|不达标]，需[先缴纳|缴纳]{mid}[保证金|验资金]后放款，[详询|联系][客服|专员]{phone}。"), formal=True)  # fmt: skip
sf("loan_capital_check", LN,
    "[您好|{surname}先生您好]，您的{wanloan}[额度|贷款][已经批了|下来了]，[按|根据][公司|银行]规定[要|需要]验[一下|]资，[证明|确认]您有[还款能力|偿还能力]，[您把|需要您把]{mid}[存到|转到][我们|指定的][验资|监管]账户[上|]，[验完|审核后][马上|立刻]和贷款一起[打给您|到账]",
    "[这个|验资]是[正常|必须的]流程，[您放心|别担心]，[钱|这笔钱][就是|只是][过一下|在账户里放一下]，[十分钟|半小时][就|]连本金[一起|]退，[您|]账户{card}[里|]有{mid}[就行|就够了]")  # fmt: skip
sf("loan_deposit_first", LN,
    "您好，[这边是|我是]{company}金融[的|]{name}，[您的|]贷款{wanloan}[可以|已经]放款了，[就是|只是][公司|平台][规定|要求][首次|新客户][借款|放款]需要[先交|缴纳]{mid}[保证金|押金]，[防止|避免][逾期|恶意借款]，[还清后|到期后][全额|一起]退[还|给您]",
    "[亲|您好]，[您|]在我们[平台|{lender}]申请的{wanloan}[过审了|批了]，[只需|只要][交|转]{small}[风险保证金|押金][到|给]我们财务，[马上|十分钟内]放款[哦|]，[这个钱|保证金][会|]退的[，放心|]")  # fmt: skip
sf("loan_flow", LN,
    "[您好|{surname}女士]，[系统|审核]显示您的[银行流水|信用评分][不够|不达标]，[贷款|款]放不下来，[需要|我们可以][帮您|给您][刷一下|做一下]流水，您[把|先把]{mid}[转到|放到][我们|公司][的|]账户{card}，[我们|公司][再|马上]转[回|给]您[，来回几次|，几个来回][分数|流水][就够了|就上去了]",
    "[这个|刷流水][很简单|不难]，[就是|只是][你转给我|你打过来][我|再][转回给你|打回去]，[做|刷][几笔|几次]流水[好看了|达标了][就|马上][能|可以]放{wanloan}，[你先|先][转|打]{small}过来[试一下|开始]")  # fmt: skip
sf("loan_member_fee", LN,
    "您好，[我是|这边是]{lender}[的|]客服{name}，[您|您的][借款|贷款]{wanloan}[需要|要][开通|办理][VIP会员|会员][才能|后才能][提现|放款]，[会员费|年费]{small}，[开通后|办好以后][额度|利息][还能|可以][提升|降低]，[放款时|到账后][会员费|费用][退还|返还]",
    "[亲|您好]，[您的|你的]额度[已经|]审批[好了|通过]，[现在|]开通[加速|极速]放款会员{small}[就|即可]秒到账，[请|需要][转到|付到][客服|专员][微信{wx}|支付宝{ali}][，我|，我们]这边马上[安排|操作]")  # fmt: skip
sf("loan_interest_first", LN,
    "[您好|{surname}先生]，[您|您的]贷款{wanloan}[已经批下来了|批了]，[我们|公司][这边|]规定[要|需要]先[交|收]第一个月[的|]利息{mid}[才能|再]放款，[放款后|到账以后][每个月|按月][还|按时还]本金[和利息|]就[可以|行]",
    "[哥|姐|您好]，[咱们|我们]这是[先息后本|先付息后放款]，[您先|先][把|][头期|第一期]利息{small}[转给|打给][我|财务]，[半小时|一小时][内|后][{wanloan}|贷款][就|全部]到账，[手续|流程][很|特别][简单|快]")  # fmt: skip
sf("loan_no_collateral_ad", LN,
    "[【急用钱】|急用钱？|缺钱找我]无[抵押|担保][无|不看]征信，[低息|年化{apr}][秒批|当天下款]，[黑户|白户][也能|可]办，[最高|额度]{wanloan}，[需要|有需要]的[加|私]{wx}[，前期|，手续费]{small}[到账后|放款后][退|返还]",
    ends("【{lender}】", "{dear}您有一笔{wanloan}[备用金|信用额度]待领取，[无抵押无担保|免抵押]，[日息|月息][低至|仅]{rate}，[不看征信|秒到账]，[点击|戳]{url}[领取|申请]，[退订回T|回T退订]。"))  # fmt: skip
sf("loan_chat_manager", LN,
    "[哥|姐|老板]，你的[额度|单子]批下来了{emo}，[就差最后一步|只剩最后一步]，[交|转]个{small}的[工本费|公证费|手续费][给我|到我这]，[今天|下午][就|]能[放|打]{wanloan}[给你|到卡上]",
    "[在吗|在不在]？你那个[贷款|{wanloan}的单子][财务|后台][说|讲][要|还要][交|补]{small}[的|][材料费|审核费]，[你|]转给我[就行|，我帮你交]，[别|不要]拖[了|太久]，[不然|否则][名额|额度][就|]没[了|啦]")  # fmt: skip
sf("loan_insurance_notary", LN,
    "您好，[我是|这里是]{lender}[放款部|风控部]的{name}，[您的|]{wanloan}[贷款|借款][放款前|需要][办理|购买][一份|]履约保险[和|、]公证，[费用|合计]{mid}，[转到|打到][我们|合作][公证处|保险公司][的|]账户{card}[即可|就能]放款，[这笔|费用][到期后|还清后]退还",
    "[您好|{surname}先生]，按[合同|规定]，[大额|{wanloan}以上]贷款[需要|要][做|办][一个|]公证，[公证费|费用]{small}，[您|]直接[转给|付给][我|我们]，[我|我们][替您|代您][去办|办好]")  # fmt: skip
sf("loan_credit_package", LN,
    "[您好|老板您好]，您的征信[有|存在][逾期|查询太多]，[正常|一般][是|]贷不[下来|了]的，[不过|但是][我们|我这边]可以[帮您|给您][包装|做一下]资料，[包装费|费用]{mid}，[包过|保证下款]，[额度|能贷]{wanloan}",
    "[征信花了|黑户|有逾期]也能[贷|下款]，[我们|公司][内部|有][渠道|关系]，[先交|先付]{small}[包装费|资料费][，三天|，当天][内|][下款|放款]{wanloan}，[不成功|不下款][全退|退款]")  # fmt: skip
sf("loan_app_withdraw", LN,
    "您好，[您|]在[我们|{lender}]APP上[申请|提现]的{wanloan}[提现失败|没有到账]，[是因为|原因是]您的账户[被风控|存在异常]，[需要|要]先[缴纳|充值]{mid}[到|进]账户[里|]证明[还款能力|本人操作]，[系统|后台][解除|解冻][后|以后][才能|就能]提现",
    "[您好|客户您好]，[后台|系统][显示|提示][您的|]提现[通道|账户][冻结|异常]了，[请您|您需要][按|]{pct}[的比例|][充值|交]{small}[解冻|激活]，[解冻|激活][后|以后][贷款|资金]和[充值的钱|这笔钱][一起|会一起][提现|到账]")  # fmt: skip
sf("loan_polite_callback", LN,
    "{surname}先生[您好|你好]，[我是|这里是]{bankname}[合作|特约]贷款中心的[回访|信贷]专员{name}，[您|之前][在我们|]申请[的|过]{wanloan}[低息|信用]贷款[已经|]通过初审，[为了|为]完成终审，[需要|请]您[配合|]在[指定|我们的][账户|卡号]上[存入|放]{mid}[做|作为][资信|还款能力]证明，[审核|验证][结束|完成]即[退回|返还]",
    "{dear}[这里是|我是]{company}消费金融[客服|专员]，[恭喜您|您][获得|有][一笔|]{wanloan}[专属|预授信]额度，[年化|利率]{apr}，[激活|领取][仅需|需要][先|]支付{small}[开户费|激活费]，请[加|联系]专员{wx}[办理|激活]")  # fmt: skip
sf("loan_debt_optimize", LN,
    "[您好|喂您好]，[我们是|这边是]{company}[债务优化|债务重组]中心，[您|您在]{lapp}和{lapp}[的|上的][欠款|借款]我们[可以|能][帮您|给您][降息|停息挂账|延期]，[只需|需要][先交|缴纳]{mid}[服务费|手续费]，[办好|处理完]以后[每月|月供][只还|只需还]{small}",
    "[被催收了|网贷逾期了][别慌|不用怕]，[我们|公司][专业|可以][帮你|替你][协商|处理][停息挂账|减免利息]，[先付|先交]{small}[咨询费|服务费]，[加|联系]{wx}[了解|咨询]")  # fmt: skip
sf("loan_student", LN,
    "[大学生|在校生]急用钱[找我|看这里]，[不上征信|不查征信]，[不用|无需][告诉|通知][家长|父母]，[凭|只要]学生证[就能|即可][借|贷]{mid}，[先交|只需交]{small}[手续费|押金][，秒到账|，当天到账]，[加|]{wx}",
    "[学妹|学弟|同学]，[需要|缺]钱[的话|吗]？[我们|平台]{lapp}[合作|内部][渠道|额度][不看|不查]征信，[交|付]{small}[保证金|工本费][就|马上][下款|放款]，[名额|额度][不多|有限]")  # fmt: skip

# impersonating a leader, acquaintance, relative, teacher or landlord
sf("acq_leader_office", AQ,
    "[小{surname}|{name}]，我是{boss}，[明天|明早]上午[九点|十点]来我办公室一趟，[有事|有点事][跟你说|找你]。[对了|另外]，[我这边|我现在][在开会|不方便]，[有个|一个]朋友[急需|要][一笔钱|{amt}][周转|打给他]，你先[帮我|替我]转给[他|{name}]，[明天|回头][我|][还你|给你]",
    "[明天|早上][到我办公室来一下|来我这一趟]，[我是|]{boss}。[另外|还有][件事|个事]，[我|我这边][和|跟][领导|客户]在一起[不方便|不好][操作|转账]，你先[帮我|]把{mid}[打给|转到]{name}[的|]卡{card}[，明天|，回头][我|][给你|还你]")  # fmt: skip
sf("acq_leader_new_number", AQ,
    "[我是|]{boss}，[这是|这个是]我[的|]新号[码|]，[你存一下|存一下]。[明天|下午][有空|方便][的话|]来我办公室[一趟|一下]",
    "[{name}|小{surname}]，[在吗|在不在]？我{boss}，[我这个|用的是][新号|另一个号]，[你|][先|]别[声张|跟别人说]，[有个|一个][领导|老朋友][家里|急着][要用钱|办事]，[我不方便|我这不方便][出面|转]，你先[帮我|]转{mid}[过去|给他]，[账号|卡号]{card}[，户名|，名字]{name}")  # fmt: skip
sf("acq_leader_chat", AQ,
    "[在吗|在？][我在开会|我在外面开会]，[不方便|没法]接电话，[有个|一个][合作方|朋友][那边|]急[着|需][用钱|要款]，你[看下|看看][你那|手头][能不能|方不方便][先|]垫{mid}[过去|给他]，[我|][开完会|下午][就|]还你{wxe}",
    "[你先|先][别|不用]打我电话，[我这|这边][信号不好|在陪领导]，[帮我|]办个事：[给|往]这个[账户|卡]{card}[转|打]{mid}，[是|给]{city}[一个|那边的][客户的|朋友的][定金|货款]，[办完|转完][截图|发个截图]给我[就行|]")  # fmt: skip
sf("acq_classmate", AQ,
    "[老同学|老同桌]，[还记得我吗|猜猜我是谁]？[我是|]{name}[啊|呀]，[好多年|这么多年]没联系了，[我换了|换]号码，[最近|现在][在{city}|在外地][遇到|碰上]点[急事|麻烦]，[能不能|方便的话][先借我|借我]{mid}[周转|应个急]一下，[过几天|下个月][就|]还你",
    "[是我啊|我{name}啊]，[咱们|我们]{school}[的|]同学，[你|]不记得我[了|啦]？[我|]换[号|手机号]了。[跟你|和你][说个事|商量个事]，[我|我这边][医院|店里][急需|要交]{mid}，[你先|先][帮我|借我][打到|转到][我|]{bank}卡{card}上")  # fmt: skip
sf("acq_friend_new_number", AQ,
    "[是我|我啊]，{name}，[手机|原来的号][掉了|丢了]，[这是|用的]新号。[我|]在{hosp}[陪|带]{elder}[看病|住院]，[还差|缺]{mid}[押金|手术费]，[你|]能先[借我|帮我垫上]吗？[明天|过两天][就|]还你，[打|转][到|给][医院|护士长]{name}[的账户|的卡]{card}[就行|]",
    "[兄弟|哥们|姐妹]，[我|]换[微信|号]了，[加一下|你加我]{wx}。[急事|有急事]，[我|]在{city}[出差|谈生意][钱包|手机]被偷了，[先|你先][借|转]我{amt}[买票|回去]，[回去|到家][马上|就]还")  # fmt: skip
sf("acq_grandson_arrest", AQ,
    "{elder}，[是我|我是你孙子|我是你外孙]，[你听出来了吗|声音有点哑]，[我|我这][在{city}|在外地][跟人打架|和人起冲突][被|让][派出所|警察][抓了|扣了]，[要|需要][交|赔]{mid}[保释金|赔偿金][才能|就能][出来|放我]，[千万|你][别告诉|不要跟][我爸妈|爸妈]，[钱|你][打给|转给][我|]这边的[律师|民警]{name}",
    "[{elder}|{elder}你好]，[我是|]{name}[的|]同学，[他|他现在][在{city}|在外面][打架|开车撞了人][被|让][警察|派出所][带走|扣]了，[他不敢|不敢][跟他爸妈说|让家里知道]，[让我|托我][跟您|找您][借|拿]{mid}[去|][赔偿|交罚款]，[您|]把钱[给|转给][我|]就行")  # fmt: skip
sf("acq_grandson_hospital", AQ,
    "{elder}，我是[你孙子|你外孙|你孙女]，[我|]在[学校|{city}][出了点事|摔伤了|生病了]，[现在|]在[医院|{hosp}][等着做手术|住院]，[医生说|医院要][先交|要交]{mid}[押金|手术费]，[我|]不敢[跟|告诉][爸妈|我爸][说|]，[你先|你][帮我|给我][转一下|打过来]，[别|不要][告诉别人|跟他们讲]",
    "[喂|{elder}]，是我，[我|]嗓子[哑了|不舒服][你|]听不出来吧，[我|]在外地[病了|受伤了]，[要|得][交|付]{mid}[医药费|住院费]，[你|]先[把钱|钱][打到|转到][医生|主任]{name}[的卡|卡上]{card}，[千万|可]别[告诉|跟][我妈|爸妈][说|]")  # fmt: skip
sf("acq_teacher_fee", AQ,
    "[各位家长好|家长们好]，我是[班主任|{teacher}]，[本学期|下学期]的[资料费|教辅材料费|校服费][每人|每位学生]{small}，[请|麻烦]各位家长[今天|{clock}前][转到|打到][我的个人支付宝{ali}|我的个人账户{card}|我个人卡上{card}]，[转完|付完][备注|写上][孩子|学生]姓名",
    "[家长您好|{name}家长您好]，我是{teacher}，[学校|班里][统一|]订[了|购][校服|作业本|课外读物][和|、][练习册|资料]，[费用|共]{small}，[请|]扫[我发的|下面的][收款码|二维码][付一下|交一下]，[这个群|本群][是|为]新建的[家长群|缴费群]，[原来的群|旧群][不用了|别发了]")  # fmt: skip
sf("acq_landlord_card", AQ,
    "[{surname}先生|{surname}女士|您好]，我是[你的|]房东{name}，[我|]原来[那张|的][卡|银行卡][出了问题|被冻结了|挂失了]，[这个月|这季度]的房租{mid}[请|麻烦你][打到|转到][我|][新的|这张]卡{card}上，[户名|名字][是|]我[老婆|爱人|儿子]{name}",
    "[房东|我是房东]，[换号了|新号]，[下个月|这期]房租[和|加]押金[一共|共]{mid}，[直接|]转[到|]{bank}{card}[就行|即可]，[原来的卡|以前的账户][别|不要]再转了[，转了收不到|]")  # fmt: skip
sf("acq_relative_accident", AQ,
    "[{surname}姐|大姐|姐夫|表哥]，[是我|我是]{name}，[我|我在]{city}[出了车祸|开车撞了人|被人骗了]，[对方|人家][要|得][赔|私了]{mid}[，不然|，否则][要|就][报警|坐牢]，[我|]手头[不够|凑不齐]，[你|]先[借我|给我转]点，[别|先别][跟|告诉][家里|我妈]",
    "[舅舅|姑姑|叔叔|阿姨]，我{name}，[我|]在{city}[工地|厂里][出事|受伤]了，[老板|工头][跑了|不管]，[医院|医药费][要先交|得先交]{mid}，[你先|先][帮我|]垫[一下|上]，[卡号|账号]{card}[我|]发你")  # fmt: skip
sf("acq_kid_school_ill", AQ,
    "[您好|{name}家长您好|{name}妈妈您好]，我是[学校|{school}][的|]{teacher}，[{kid}|孩子][在学校|上体育课时][突然|]晕倒了，[现在|已经][送到|在]{hosp}[抢救|检查]，[医生说|需要][马上|立即]手术，[请|]您[先|]把{mid}[手术费|押金][转到|打到][主治医生|我]{name}[的|]卡{card}[上|]，[我们|我]先[垫着|办手续]",
    "[{name}家长|{name}妈妈|家长您好]，[孩子|{kid}][在学校|]受伤了[，不严重|，您别急]，[但是|不过][要|需要][交|付]{small}[检查费|医药费]，[我|我这边][先|]帮您[交|垫]了，[您|]转[我|给我][微信|支付宝][就行|]{ali}")  # fmt: skip
sf("acq_boss_finance", AQ,
    "[小{surname}|{name}]，[我是|]{boss}，[我|]在[外面|{city}][谈|跟客户谈][合同|项目]，[这边|客户]要[先付|付]{mid}[定金|保证金]，你[从公司账上|用公户][先|]转[给|到]{name}[的|]账户{card}，[别|不用][走流程|等我签字]，[回来|明天][我|]补[手续|签字]",
    "[财务|会计][看到|在吗]？[我|]{boss}，[我|]拉你进[了|]个[新群|工作群]，[马上|今天下班前][给|向]{legitco}[打|付]{mid}[货款|预付款]，[急|很急][，我|，现在][在开会|不方便][语音|打电话]，[办完|转完][回|发]个截图")  # fmt: skip
sf("acq_guess_who", AQ,
    "[喂|您好]，[你猜猜|猜猜]我是谁？[连我都|怎么连我声音都][听不出来了|不记得了]？[我是|就是]你[老朋友|老战友|老邻居][啊|呀]，[我换号了|这是新号]，[过两天|明天][去看你|来{city}]，[顺便|对了][有点事|想][请你|找你][帮个忙|借点钱]",
    "[是我啊|哎呀是我]，[{name}啊|你老同事]，[你|]这就[忘了|听不出来]？[我|]明天[到你那|去你家]，[现在|这会儿][路上|车上][出了点事|被交警扣了]，[罚款|要交]{amt}，[手机|卡][里|上][没钱了|转不了]，[你|]先[借|转]我一下")  # fmt: skip
sf("acq_gift_money", AQ,
    "{name}，[我|我是]{boss}，[有个|一位][老领导|上级领导][家里|儿子][办喜事|结婚|住院]，[我|]不方便[直接|自己][出面|给]，[你|]帮我[随个礼|包个红包]{mid}，[打到|转到][他|]家属{name}[的卡上|卡号]{card}，[钱|回头][我|]给你[报|还]",
    "[我|]{boss}，[这事|这个][别|不要][声张|跟别人说]，[你|][帮我|替我]给{name}[送|转]{mid}[过去|去]，[算是|是][咱们|我][的|]一点心意，[转完|办好][告诉我|跟我说一声]")  # fmt: skip
sf("acq_wechat_hijacked", AQ,
    "[在吗|在不在]？[急|有急事]，[我|]卡[被限额|转不了账]了，[你|]能[先|]帮我[转|付]{amt}[给|到][这个|]{ali}[吗|不]？[晚上|一会儿][我|就][还你|转回给你]{wxe}",
    "[亲|宝|姐妹]，[方便吗|能帮个忙吗]？[我|]在[外面|{mall}][买东西|交钱]，[微信|支付宝][支付|付款][出问题了|被限额了]，[你|]先[帮我|替我][付|扫]一下{amt}，[码|二维码][我|]发你，[回家|晚点][就|]还")  # fmt: skip

# impersonating police, prosecutors and courts
sf("pol_launder_script", PO,
    "您好，这里是{police}，我是[办案|]{officer}，[我们|警方][在|]侦破[一起|一个][特大|跨境]洗钱案[时|中][发现|查到]，[犯罪嫌疑人|团伙][用|使用]您的身份[办了|开了][{bank}|银行]卡[走账|洗钱]{amtbig}，[现在|目前]需要您[配合|协助]调查，[这个案子|本案][涉密|保密]，[不要|请勿][告诉|透露给][家人|任何人]",
    "[您好|你好]，我是{officer}，[现在|我们正]在对您[名下的|的]账户[做|进行]资金清查，[为证明|为了证明]您[的资金|资金][清白|合法]，[需要|请]您把[存款|钱][放到|转到][我们|公安的][监管|安全]账户[上|里][接受|做][核查|审查]，[清查完|核查结束][就|后][全额|原路][退回|返还]")  # fmt: skip
sf("pol_parcel_contraband", PO,
    "[您好|喂您好]，我是{courier}[客服|工作人员]，您[寄往|发往]{city}的[包裹|快递][在|被][海关|安检][查出|发现][{n}张银行卡|违禁药品|假护照]，[已经|]移交[公安|{police}]，[现在|我][帮您|给您][转接|接通]{officer}",
    "{officer}[跟你说|告诉你]，你[名下|寄的][快递|包裹]里有[违禁品|{n}张银行卡]，[你已经|现在][涉嫌|卷入][洗钱|贩毒][案|案件]，[你要|必须][配合|]我们[调查|做笔录]，[下载|打开]{app}[视频|远程]笔录，[不准|不要]挂电话")  # fmt: skip
sf("pol_identity_stolen", PO,
    "[您好|你好]，[我们是|这里是]{police}，[有人|不法分子][冒用|盗用]您的身份[在{city}|在外地][开了|办了][银行账户|公司]，[涉案|涉及]资金{amtbig}，[如果|若]不[是您本人|配合调查]，[需要|请]您[配合|协助][做|完成][一个|]资金[清查|比对]，[把|将][名下|账户][资金|余额][转入|放到][国家|指定的][安全|监管]账户",
    "{officer}：[你的|您的]身份证[信息|]被[犯罪团伙|他人]冒用了，[现在|目前][你|您][是|被列为][嫌疑人|涉案人]，[要|想][洗清嫌疑|证明清白][就|必须][配合|按]我们[说的|的要求][做|操作]，[这件事|今天的通话][要|必须]保密")  # fmt: skip
sf("pol_warrant_link", PO,
    ends("【{police}】", "{dear}您涉嫌[一起|]洗钱案件，[通缉令|逮捕令]已生成，请[于今日|24小时内]登录{url}[查看|核实][案件|通缉]信息并[配合调查|联系办案人员]，[逾期|否则]将[强制执行|冻结名下全部资产]。"),
    "[你|您]的[通缉令|逮捕令][已经|]在[网上|公安网][发布|挂]了，[编号|案号]{code}，[不信|]你[自己|现在][打开|登录]{url}[输入|用]身份证号[查|看][一下|]，[看完|确认后][我|我们][再|]给你[讲|说][怎么|如何][配合|处理]", formal=True)  # fmt: skip
sf("pol_fund_check_secret", PO,
    "[我是|这里是]{police}{officer}，[你的|您的]案子[现在|已经][进入|到了]资金[核查|审查]阶段，[你|您][去|找][一个|]没人的[地方|房间|宾馆][，|]一个人[接受|配合][调查|问询]，[不要|不许][告诉|联系][家人|任何人]，[否则|不然][按|以][泄露|妨碍][案情|办案][处理|追责]",
    "[根据|按照]{police}[的要求|规定]，[您|你][名下|卡里]的资金[需要|要][做|进行][一次|]清查，[请|]把[所有|全部]存款[集中|存]到{bank}[一张卡|卡]上，[再|然后][按|根据]{officer}[的|]指示[操作|转入][清查|审查]账户{card}")  # fmt: skip
sf("pol_meeting_app", PO,
    "[现在|下面][由|请]{officer}[给你|为您][做|进行][远程|视频]笔录，[请|你]下载{app}，[会议号|房间号]{qq}，[进去后|进入后][打开|开启]屏幕共享，[把|将][你的|您的][手机银行|银行APP][打开|登录][给我们|让我们][看|核查]",
    "[为了|为]保护[你的|您的]资金安全，[需要|请][你|您][下载|安装]{sapp}，[我们|技术人员][会|将][远程|帮你][核查|检测][你的|]手机[有没有|是否][被|]植入[木马|病毒]，[中间|过程中]收到的验证码[直接|请][告诉|报给][我|我们]")  # fmt: skip
sf("pol_court_summons", PO,
    "[您好|你好]，这里是{city}[中级|]人民法院，[您|你][有一张|有]传票[未领取|没有签收]，[原告|对方][起诉|告]您[拖欠|恶意透支]{amtbig}，[案件|明天][即将|就要][开庭|强制执行]，[查询|了解详情][请按9|请按0][转人工|转接书记员]",
    "[我是|这边是]{city}人民检察院的{officer}，[你|您][涉嫌的|的][案件|案子][已经|]立案，[你的|您的][资产|账户][将被|要][冻结|查封]，[如果想|要想][申请|办理][取保候审|资产保全]，[需要|要][先|]缴纳{mid}[保证金|担保金]到{card}")  # fmt: skip


# long multi-sentence scripts, the way a scammer reads them on the phone (120-200 characters)
sf("cs_long_script", CS,
    "您好，请问是{surname}[先生|女士]吗？[打扰您两分钟|耽误您两分钟]，我是{csplat}官方客服，工号{code4}。[系统显示|我们查到]您在{mmdd}[开通了|被默认开通了][百万保障|会员自动续费|直播会员]，[今晚零点|明天]起每月扣费{small}。[考虑到|因为]您可能是误操作，我们可以帮您免费取消，[但是|不过]需要您本人配合完成[一个|]资金验证，[稍后|等下]我[会|]告诉您怎么操作，[您看|您这边]方便吗？",
    "[您好，|喂，您好，]这里是{csplat}售后服务中心。您{mmdd}购买的{goods}因[厂家|仓库]质检不合格已全部召回，我们将[主动|]为您办理[三倍|双倍]赔付{price}。由于赔付金额较大，需要走[理赔|专项]通道，请您[先|]下载{sapp}，我们的理赔专员会[一对一|远程]指导您，整个过程大概十分钟，[请您|麻烦您][不要挂断|保持通话]。")  # fmt: skip
sf("loan_long_script", LN,
    "{surname}[先生|女士]您好，我是{lender}的信贷经理{name}。您昨天提交的{wanloan}借款[申请|资料]我们已经审核完毕，额度和利率都没问题，[年化|利率]只有{apr}。但是[放款|打款]的时候系统[提示|显示]您的银行卡[尾号|]{tail}[信息不一致|户名有误]，资金[已经|]被银行冻结。按流程需要您[补缴|交]{mid}的解冻金[到|]我们财务账户，解冻后[两小时内|马上]连同本金一起到账。",
    "您好，我是{company}金融的客户经理{name}，[看到|注意到]您在我们平台[咨询|申请]过[无抵押|信用]贷款。我们[现在|本月]有[内部|专属]名额，[无抵押、不看征信|不查征信、当天放款]，{wanloan}以内[秒批|当天下款]。您只需要先支付{small}[的会员费|的风险保证金|的开户费]，[款项|贷款]到账后这笔费用会[原路退回|一起返还]。[您要是方便|需要的话]，我[现在|马上]就给您[办理|走流程]。")  # fmt: skip
sf("acq_long_script", AQ,
    "{elder}，是我呀，[你孙子|你外孙|你孙女]，我[感冒了|嗓子发炎了]，声音有点哑。我跟你说个事，你[千万|可]别[告诉|跟]我爸妈[说|]。我在{city}[和同学吃饭|帮朋友出头]的时候跟人打了一架，把人[打伤|打进医院]了，现在在派出所，对方说[赔|私了]{mid}就不追究，不然我要[留案底|被拘留]。[我这边|这里]的民警{name}会[跟你说|告诉你]怎么[交钱|把钱给他]，你[赶紧|先]帮帮我吧。",
    "[{name}|小{surname}]，我{boss}。我这两天在{city}[开会|学习]，手机[号码|号]换了，你存一下。[有件事|有个事][麻烦|拜托]你：我一个[老朋友|老战友]的孩子[上学|看病]急需一笔钱，我这里[不方便|开会不方便][出面|操作]，你先帮我把{mid}[打到|转到]他[账户|卡上]{card}，[户名|名字]{name}。[明天|回来后]我[就|]还你，这件事[先|]别跟其他人[讲|说]。")  # fmt: skip
sf("pol_long_script", PO,
    "您好，这里是{police}，我是{officer}。[现在|我们]正式通知您：[我们在|在]侦办一起[特大|跨省]洗钱案中，查到犯罪嫌疑人{name}名下有一张用您身份开办的{bank}卡，涉案资金{amtbig}。[考虑到|如果]您[可能也是|是]受害人，我们[给您一个|可以给您]配合调查的机会。[请您|您需要][找一个|去一个]安静[没人|无人]的地方，下载{app}[接受|配合]视频笔录，[本案|案件]涉密，[不得|不要]告诉任何人，包括您的家人。",
    "[您好|你好]，我是{police}的{officer}，[你的|您的]案子[我们|领导]已经[研究|审核]过了，[你|您]属于[被冒用|被利用]的情况，[可以|能][申请|办理]资金清查[来|][证明清白|洗清嫌疑]。[具体|操作][就是|是]把[您|你]名下[所有|全部]的钱[暂时|先][放到|存到][国家|监管][指定的|]账户{card}，[我们|清查组]核对[完|没问题]后[原路|全额]退回。[这期间|清查期间][不要|不得][跟银行|跟银行工作人员][说|透露]实情。")  # fmt: skip


# honest counterparts: real service replies, loan notices, relatives, teachers and police that ask for nothing
def sh(subtype: str, fid: str, *templates: str) -> None:
    hard(subtype, "sc_" + fid, *templates, formal=True)


sh(OS, "refund_done",
    ends("【{csplat}】", "{dear}您的订单{order}退款{money}已原路退回至您的付款账户，预计1-3个工作日到账，请在App内“我的订单-退款/售后”查看进度。平台客服不会要求您提供验证码或转账。"),
    ends("【{csplat}】", "您申请的售后已完成，退款{money}已退回[原支付账户|您的银行卡]，[如有疑问|如需帮助]请在App内联系在线客服，[无需|您无需]进行任何[操作|验证]。"))  # fmt: skip
sh(OS, "cs_reply",
    "您好，我是{csplat}在线客服{name}，您反馈的{goods}质量问题我们已经核实，[退款|补偿]{money}已经[提交|退回]，[会|将]在1-3个工作日[内|]原路退回，[您不需要|无需]做任何操作，[请留意|可以在App里查看]退款进度，感谢您的耐心。",
    "您好，我是{csplat}客服{name}，关于您{mmdd}反馈的{goods}[问题|破损]，[商家已同意|已为您办理][退货退款|换货]，您在App订单页点“[申请售后|退货]”[寄回|上门取件]即可，运费[由商家承担|有运费险]，[这边|我们][不需要|不会要]您提供任何账户信息，祝您生活愉快。")  # fmt: skip
sh(OS, "courier_reply",
    "您好，{courier}客服为您服务。您的快递{waybill}[确认丢失|在途破损]，[理赔|赔付]已经[受理|通过]，赔付款{money}将[原路退回|打到您下单的账户]，[无需|不需要]您提供银行卡号或验证码，[请|可]在官方App[内|里]查看[理赔|处理]进度。")  # fmt: skip
sh(OS, "bank_loan_approved",
    ends("【{bankname}】", "{dear}您申请的个人消费贷款{moneybig}已审批通过，[已于|将于]{mmdd}发放至您尾号{tail}的账户。请通过本行手机银行查看借款合同和还款计划，本行放款前不收取任何费用，请勿向他人转账。"),
    ends("【{bankname}】", "{dear}您的经营贷申请已通过审批，请[于{mmdd}|在工作日]携带身份证到{district}支行[签约|办理放款]，[咨询|详询]请拨打本行客服热线或到网点。本行不会要求您预付保证金、解冻费等费用。"))  # fmt: skip
sh(OS, "school_fee_official",
    "各位家长好，我是{teacher}。本学期[教辅资料费|校服费|伙食费]请[通过|统一在]学校官方缴费平台[缴纳|交]，[路径|入口]在学校公众号“[智慧缴费|家校服务]”，[老师|学校]不会[让您|要求]转到个人[账户|微信]，[请勿|不要]扫陌生二维码，有疑问[直接|可以]打[学校办公室|班主任]电话。",
    "【{school}】[家长您好|尊敬的家长]：{month}月[校车费|午餐费|课后服务费]{money}[已开放缴纳|开始缴费]，请[通过|在][学校官方|“家校通”]平台[在线|]缴费，[学校|教师][不收取现金|不会通过个人账户收费]，[谨防|警惕]冒充老师[收费|诈骗]。")  # fmt: skip
sh(OS, "insurance_claim_paid",
    ends("【{insurer}】", "{dear}您的理赔[申请|案件]已[结案|审核通过]，赔款{money}已支付至您尾号{tail}的银行卡，请注意查收。[可在|详情请登录]官方App查看，我司不会以退费、理赔为由要求您转账或提供验证码。"),
    ends("【{insurer}】", "{dear}您的保单{order}[退保|减保]申请已受理，退保金{money}将在{n}个工作日内退至您的缴费账户，[无需|不需要]您另行操作，如有疑问请[拨打官方客服电话|到柜面咨询]。"))  # fmt: skip
sh(OS, "membership_autorenew_real",
    ends("【{appname}】", "{dear}您的连续包月会员将于{mmdd}续费{vipfee}，[如需取消|不想续费]，请在App“我的-设置-自动续费管理”中关闭，[或在|也可在][支付宝|微信]“自动扣款”里解约。我们不会来电要求您下载其他软件或共享屏幕。"),
    ends("【{csplat}】", "{dear}您已成功关闭[自动续费|会员自动扣费]，本月[起|]不再扣费，[已扣费用|剩余权益]按规则[保留|退回原账户]，[无需|不需要]提供任何[验证码|银行卡信息]。"))  # fmt: skip
sh(OS, "courier_claim_app",
    ends("【{courier}】", "{dear}您的快件{waybill}理赔已结案，赔付{money}已退回您的下单账户，请在官方App“我的-理赔”中查看。我司不会通过微信、QQ私下联系您理赔，不会要求您共享屏幕或提供验证码。"),
    ends("【{courier}】", "{dear}很抱歉您的快件{waybill}[出现破损|未能按时送达]，[理赔申请|赔付]已受理，[赔款|补偿]{money}将于{n}个工作日内原路退回，无需您进行任何操作，进度可在App内查询。"))  # fmt: skip
sh(OS, "bank_manager_call",
    "{surname}[先生|女士]您好，我是{bankname}{district}支行的客户经理{name}，您的[房贷|经营贷|消费贷]材料已经审核通过了，[麻烦您|请您]{date}带身份证原件到网点[签合同|面签]，[放款|贷款][直接|会]打到您本人的卡上，[中间|之前]不收任何费用，[有问题|有疑问]可以打网点电话[或者|也可以]看手机银行。",
    "您好，这里是{bankname}客服中心，[回访|确认]您{mmdd}在手机银行申请的贷款，[额度|金额]{moneybig}已放款到您尾号{tail}的账户，[还款计划|合同]可在手机银行“我的贷款”里查看，[本行|我们][不会|从不]以解冻、验资、保证金为由要求您转账。")  # fmt: skip
sh(AF, "police_notice",
    "【{city}公安】[温馨提示|反诈提醒]：公安机关不会通过电话、微信、QQ办案，不会发送[通缉令|逮捕令]，[更|也]没有所谓的“安全账户”。凡是要求您[转账|把钱放到指定账户]、下载会议软件、[不要告诉家人|保密]的，都是诈骗，请立即挂断并拨打110或96110。",
    "{city}[反诈中心|公安局]提醒：[冒充客服说要|自称客服要][关闭百万保障|注销校园贷|关闭直播会员|双倍赔偿][、|，][要|让]您[在借款平台借钱|共享屏幕|念验证码]的，都是诈骗；[贷款|网贷][放款前|到账前][要交|收][解冻费|保证金|验资]的，也是诈骗。[遇到|拿不准]请打96110。")  # fmt: skip
sh(AF, "family_check",
    "[{comm}|社区]反诈提醒：[最近|近期]有骗子冒充[孙子|外孙|儿女|老同学|领导]打电话，说[打架被抓|住院|出车祸|换了新号]急需用钱，[还让您|叫您][别告诉家人|保密]。[接到这种电话|遇到这种情况][先挂断|别急着转钱]，[直接|再]打[孩子原来的号码|家人电话]核实，[有疑问|拿不准]打96110。",
    "[各位家长|家长们]注意：[有骗子|近期有人][冒充|假扮][班主任|老师][建新群|加好友][收资料费|收费]，[学校|老师][收费|缴费][只走|一律通过]学校官方平台，[不会|从不][让|要求][家长|大家]转到个人[账户|微信]。[收到|遇到]这类[消息|通知][请|]先打电话[问|核实]班主任。")  # fmt: skip


def sp(fid: str, *templates: str) -> None:
    plain("sc_" + fid, *templates)


sp("relative_home",
    "{elder}，我[到家了|回学校了|到{city}了]，[一路|路上][都挺好|顺利]，[别担心|放心吧]{emo}[给你发几张照片看看|照片发你了|发个视频给你看]，[过年|放假|周末][再|就][回去|回来][看你|陪你]",
    "[妈|爸|{elder}]，[我|]刚[下班|到家|下飞机]，[手机|电话][刚才|之前][没电了|静音了]没接到[，|]，[现在|]{city}[天气|这边][挺好|下雨了]，[给你发|发了][几张|]照片[，你看看|在群里]，[不用|别]给我[打钱|转钱]，[我|]钱够[用|花]")  # fmt: skip
sp("leader_real",
    "[小{surname}|{name}]，明天上午[九点|十点]来[我|]办公室[一趟|一下]，[把|带上][上个月|季度][的|]报表[和|、][合同|方案]，[我们|咱们][对一下|商量下][项目|进度]，[不急|别迟到]",
    "[大家好|各位同事]，我是{boss}，[我|]换了[个|]新手机号{phone}，[旧号|原来的号][还能用|也在用]，[有事|工作上的事]还是[打座机|群里说]，[报销|费用][都|]走[公司|财务][流程|系统]，[谁|任何人][找你们|让你们][转钱|借钱][都|一律][先|]打电话[确认|核实]")  # fmt: skip

sp("grandkid_call_real",
    "{elder}，我是小{surname}，[用同学手机|用室友的手机]给你打的，我[手机没电了|手机坏了]，[我|]在学校挺好的，[周末|放假][回家|回去]吃饭，[不要钱|不用给我钱]，就是想你了{emo}",
    "{elder}，[我是小{surname}|是我]，[我|]到{city}[了|啦]，[车上|路上][人不多|挺顺的]，[你|]别等我电话[了|]，早点睡，[明天|周末][视频|打视频][给你看|看看]我们[新家|宿舍]{emo}")  # fmt: skip
sp("family_money_chat",
    "[妈|爸|{elder}]，上次[借|拿]你的{amt}我[还你了|转回去了]，你看[下|一下]微信收到没有，[收到|到了]跟我说一声，[陌生人|别人][发的|让你点的]链接别点哦",
    "[姐|哥|妹]，[咱妈|爸]的[药费|住院费]{amt}我[已经|]交了，[发票|单子]拍照发[群里|你]了，[你那份|剩下的][不着急|不急]，[月底|下个月]再说{emo}")  # fmt: skip

SCRIPT_FIDS = frozenset(f.fid for f in FAMILIES[SCRIPT_START:])

# Residents' own voice (fifth batch): what neighbours say about scams in their own words — warnings to
# family, retellings of an offer they refused or a call they hung up on, reports to the police, group rules,
# cash-on-delivery purchases that went fine — which share every word with the scams and victim reports but
# send no money. Beside them, the scams and reports in the same plain voice: a fake grid worker or property
# manager "ordering for everyone" into a personal WeChat, a group-buy leader from the next estate, a relative
# "in the factory", a payment followed by silence. The batch has its own quotas and split, and is appended
# after the earlier ones, so their rows and split stay as they were.
VOICE_START = len(FAMILIES)
VOICE_TARGETS = {"mask_scam": 250, "victim_report": 150, "other_fraud": 100, "antifraud_warning": 370,
                 "mask_chat": 165, "pharmacy_restock": 80, "official_sms": 120, "benign_plain": 80}  # fmt: skip


def vh(subtype: str, fid: str, *templates: str) -> None:
    hard(subtype, "vc_" + fid, *templates)


vh(AF, "warn_family",
    "[妈|爸|{elder}]，[你|您][别|不要]在群里跟[人|陌生人|不认识的人]买{prod}，[要|让|叫你][先转钱|先付款|先交定金]的[十有八九|肯定|多半]是[骗人的|假的|骗钱的]，我[在网上|去药店|下班顺路][给你|][买了|买好了]，[明天|后天|晚上][到|送过去]",
    "[妈|爸]，[群里|微信上][那个|有人][说|讲]{prod}[便宜|现货|内部价]的[你|您][别理|别信|别搭理]，[钱|一分钱][千万|][别转|不要转]给[他|人家]，[缺什么|要啥][跟我说|我给你买]",
    "[爷爷|奶奶|{elder}]，[刚才|今天][群里|有人][卖|说有]{prod}让[先付钱|加微信转账]的，[你|您][可|千万][别|不要][上当|转钱]，[家里|我这][还有|多着呢]，[我|]周末给你[送|带]过去")  # fmt: skip
vh(AF, "reported_police",
    "[上次|前几天|昨天]群里那个卖{prod}的，[我|我家老{surname}|我们几个][报警了|去派出所报了案|打了110]，[警察|民警|派出所][说|讲][已经|]有[好几起|好几个人|不少人][了|]，[大家|各位][千万|]别[给他|再给他|跟他][转钱|付钱|交定金]",
    "[跟大家说一下|说个事]，[群里|前天]那个[自称|说是][厂家|医院的|药店的]卖{prod}的[号|微信][我|]已经[报给|交给][派出所|民警|反诈中心]了，[大家|谁][有|还有][他的|跟他的]聊天记录[也|可以][交给|发给]{police}")  # fmt: skip
vh(AF, "refused_offer",
    "有[人|个人][加我|私聊我|在群里找我]说[能|可以][低价|便宜|内部价][买|拿到]{prod}，要[先付钱|先转账|先交定金|先付一半]，我说[你送来|货到了|见到货][我再给钱|再付钱|当面给钱]，[他就|对方就][不回了|没动静了|不吭声了|把我删了][哈哈|{wxe}|]",
    "[今天|刚才][有人|一个人][说|讲]他[亲戚|朋友|表哥][在厂里|在医院][能|可以][拿|弄到]{prod}，[让我|要我][先|][转{amt}|交定金|付一半]，我[没转|一分没给|没理他]，[问了|打电话问了][社区|药店|我女儿][才知道|说][是假的|是骗子]",
    "[差点|险些][上当|被骗]，[群里|朋友圈][有人|那个人][说|讲]{prod}[现货|便宜]，[让我|叫我][加微信|先交定金|扫码付款]，[幸好|还好][我女儿|我儿子|我老伴|邻居][拦住了|提醒我了]，钱[没转|一分没转]")  # fmt: skip
vh(AF, "refused_call",
    "[今天|刚才|上午]接到[个|一个]电话，说我[涉嫌洗钱|快递里有违禁品|医保卡被冒用|社保卡异常|银行卡被冻结]，[让我|要我][转到安全账户|配合调查|下载什么会议软件|把钱转出来]，我[说|就说][我去派出所|你来我家|我让我儿子打给你|我不懂]，[他|对方][就挂了|马上挂了|就不说话了]{wxe}",
    "[刚|今天][又|]接到[冒充|说是][京东客服|淘宝客服|快递公司|银行]的电话，说[要给我退款|要关闭什么保障|要注销什么贷款]，[让我|要我][开屏幕共享|念验证码|下载软件]，我[直接|马上][挂了|没理]，[大家|各位][也|]小心")  # fmt: skip
vh(AF, "debunk_link",
    "别[点|填]！[那是|这是|这个是]假的，[政府|社区|社保局|人社局][发补贴|发钱|发消费券][不会|从来不会]让你[填银行卡密码|交手续费|先转钱|填验证码]",
    "[群里|有人]发了个[领补贴|领消费券|领口罩|领红包]的链接，[要填|让填|让输]银行卡[号|]和[密码|验证码]，我[没敢点|没填|直接删了]，[大家|各位][也别点|小心|别上当]")  # fmt: skip
vh(AF, "group_rule",
    "[群主|管理员|群管]：本群[禁止|不许|不准]发[广告|卖货信息|商品广告]，[发现|谁再发][卖{prod}|卖东西][让私聊转账|要先付款|要加微信]的[直接踢|一律踢出|直接移出][，请互相转告|，谢谢配合|]",
    "[提醒一下|再说一遍]，[本群|咱们群][只发|只用来发][社区通知|物业通知]，[卖{prod}的|卖东西的][不要|别][在群里发|发群里]，[看到|遇到][陌生人|不认识的][私聊你|加你][卖货|要钱]的[别理|直接拉黑]")  # fmt: skip
vh(AF, "warn_others_fell",
    "[已经有|听说有][好几个|不少|两三个][邻居|老人|阿姨][在群里|在网上][买{prod}|买口罩][上当了|吃亏了]，[大家|各位][不要|别][给陌生人|给不认识的人|给网上的人][转账|付钱|交定金]",
    "[不要|别]给[陌生人|不认识的人][转账|付钱]买{prod}！[群里|网上][卖{prod}|卖口罩][要先付款|要先交定金]的[一律|全都|都][是骗子|是骗人的]，[已经|]有[好几个人|不少人]上当了")  # fmt: skip
vh(MC, "cod_fine",
    "[卖{prod}那个|群里那个卖{prod}的|{nick}说的那家]我[问了|试了]，[他说|可以]货到付款，我[就|]在他那[买了|拿了]{n}[盒|包|瓶]，[见了货|货到了][才给的钱|再付的钱]，东西[是真的|还行|挺好]",
    "[楼下|门口|街口]那家[小卖部|便利店|药店]的{prod}[我|]买了，[当面|现场][扫码|给钱][拿的货|买的]，[一盒|一包]{price}，[不贵|还行]，[要的|需要的][自己去|直接去][买|看看]")  # fmt: skip
vh(MC, "bought_official",
    "大家买{prod}[认准|还是去][药店|官方渠道|正规药店]，[我上次|上回][差点|险些]被群里一个人骗了，说[先交定金|先付款]，[幸好|还好][我女儿|我儿子|家里人][拦住了|提醒了]",
    "[我|我家]的{prod}是在[{pharm}|{market}|京东自营|社区医院][买的|排队买的]，[一盒|一包]{price}，[当面付的钱|刷的医保卡]，[群里|网上][那些|说][便宜|内部价]的[我|]不敢买")  # fmt: skip
vh(PH, "restock_queue",
    "{pharm}[今天|明天上午|下午两点]到[货|了一批][医用外科口罩|{prod}]，每人限购{n}[盒|包|瓶]，[现场付款|到店付款|柜台付款]，不接受[预订|电话预订|网上预订]，[请|大家]排队保持[一米|1米]距离",
    "[楼下|街口|社区门口]的{pharm}[到了|进了][一批|]{prod}，[我|]刚[排队|去]买了{n}[盒|包]，[要的|需要的][赶紧|早点]去，[只能|要]现场买，[电话|微信][不|不给]预订")  # fmt: skip
vh(OS, "school_platform",
    "[孩子|小孩][学校|幼儿园]的[伙食费|校服费|资料费|课后服务费]在[学校|官方][缴费平台|公众号][交|缴][就行|了]，[老师|班主任][在家长群里|]说了[不收现金|不收个人转账|不会让转到个人微信]",
    "[各位家长|家长们]，[这学期|本学期]的[午餐费|校服费]{money}[统一|都]在[学校|“家校通”][缴费平台|小程序]交，[我|班主任]不[收|经手]钱，[有人|谁][私下|私聊][找你|让你]转账的[别信|是假的]")  # fmt: skip


def vm(fid: str, *templates: str) -> None:
    mask_scam("vc_" + fid, *templates)


vm("fake_staff_personal",
    "[各位邻居|各位业主|各位村民]，[社区|物业|村委|居委会][统一|帮大家][登记|代购|订购]{prod}，每[户|家]限{n}[盒|包]，[每盒|一盒]{price}，[请|麻烦][把钱|费用][转到|转给|发到]我[个人|]微信[，备注楼号房号|，备注房号|]，[——|]{surname}[网格员|物业管家|楼长]",
    "[各位业主好|大家好]，[我是|]新来的[物业管家|网格员|楼长]小{surname}，[物业|我们][这边|可以][代买|统一买]{prod}，需要的把钱[直接|]转[给我|我微信]，[不走|先不走][公司账|对公账户]，[快一点|今天截止|数量有限]")  # fmt: skip
vm("groupbuy_upfront",
    "我是[隔壁小区|{estate}|{comm}]团购群的[群主|团长]，[我们那边|这边]{prod}[团到了|到了一批]，还[能|可以][多出|匀出]{n}[百|十][只|盒]，[你们|大家][要的话|需要的][转我|先转我|微信转我]，[今晚|明天中午][十点|12点]截止",
    "[有|还有]要{prod}的吗？[我|我这]从[厂里|医院|朋友那][团|拿]了一批，{price}[一盒|一包]，[先|]转[我|给我]{amt}[占个名额|登记]，[货|东西][到了|下周][我|]送到[你家|楼下]")  # fmt: skip
vm("relative_insider",
    "我[姨|表哥|小舅子|同学][在|是][药厂|口罩厂|医院药房][的|上班的]，{prod}[一箱|每盒]{price}，[想要的|要的][先报名交钱|先把钱给我|先付钱]，[下周|过两天][一起|统一][寄|发]",
    "[跟大家说|告诉大家]，我[朋友|亲戚]在[医院|药企|海关]，能[搞到|弄到]{prod}，[数量不多|就几箱]，[要的|想要的][先|]把[钱|定金]转[我|我微信]，[名额|数量][有限|不多]")  # fmt: skip


def vv(fid: str, *templates: str, tags: tuple[str, ...] = ()) -> None:
    victim("vc_" + fid, *templates, tags=tags)


vv("paid_silence",
    "我[付款了|钱转了|钱付了]截图也发了，说好[今天|昨天]送到[小区门口|楼下]，等了[一下午|一整天]没人来，打电话[关机|不接|是空号]",
    "[在群里|跟群里那个人]订了{n}[盒|箱]{prod}，[钱|{amt}][头天|昨天][就|]转过去了，[说|讲][今天|上午][送|到]，[到现在|等到天黑]人影都没有，[电话|微信][打不通|不回]")  # fmt: skip
vv("paid_warn_others",
    "大家注意！！我[昨天|前天|上周]在[这个群|群里]买{prod}，[付款|转账][后|完][被拉黑|就被拉黑了]，那人的微信叫“{nick}”，大家别上当",
    "提醒一下大家，那个说是[社区网格员|物业|村委|居委会]收{prod}钱的，是假的！我家[已经|]转了{amt}，[社区|物业][说|讲][没有这回事|根本没这事]")  # fmt: skip


fraud("vc_pension_project", "investment",
    "谁家有闲钱的，我这[里|边]有个[养老|理财|扶贫]项目，投{amtbig}每个月分红{amt}，[政府背景|国企背景|有政府批文]，[稳稳的|保本保息|稳赚不赔]",
    "[叔叔阿姨们|各位老人家]，[我们|]公司[有个|搞了个][养老|康养]项目，[交|投]{amtbig}[每月|每个月][返|拿]{amt}利息，[到期|三年后][本金|全部][退还|还给你]，[名额|额度]有限")  # fmt: skip
plain("vc_chat_money",
    "[{nick}|张姐|李哥]，[上次|前天]你帮我[垫|代付]的{amt}[我|]微信转你了，[查收一下|收一下哈]{emo}",
    "[老{surname}|{nick}]，[麻将钱|饭钱|菜钱]{amt}[转你了|发你了]，[下次|明天][我请|再约]")  # fmt: skip

vh(PH, "restock_chat",
    "[刚|今天]路过{pharm}，[门口|玻璃上]贴了[通知|告示]，{prod}[到货了|有货了]，[每人|一人][限|只能买]{n}[盒|包|瓶]，[要|得]带身份证[现场|当面]买，[不|不能][电话|微信][订|预订]",
    "[社区医院|卫生院|村卫生室]的{prod}[到了|来了]，{price}[一盒|一包]，[刷医保|现金|扫医院的码]都行，[我|][刚|已经]买了，[去晚了|下午][就没了|可能没了]")  # fmt: skip
vh(OS, "real_sms_checked",
    "[我|]打[银行|客服][电话|热线][问了|核实了]，这条[是真的|是银行发的|没问题]：【{bankname}】您尾号{tail}的账户{mmdd}[{hhmm}|][支出|存入|收入]{money}，[余额|可用余额]{bal}。",
    "[刚|上午][收到|来了][条|一条]短信说[话费|水费|燃气费]{money}[已缴|缴费成功]，我[在|去][营业厅|App|支付宝][查了|核对了]，[是真的|没错]，[大家|各位][收到这种|收到类似的][可以|也可以][自己|去官方App][查一下|核对]")  # fmt: skip
plain("vc_chat_daily",
    "[{bldg}|三号楼|五栋]的快递[放门卫了|放驿站了|在门口]，[谁家的|是谁的][赶紧|快][拿一下|取走]{emo}",
    "[老{surname}|{nick}]，[晚上|下午][下棋|打牌|跳广场舞][不|去不去]？[老地方|小区门口][等你|见]",
    "[明天|后天][停水|停电]，{hour}到[下午五点|晚上六点]，[大家|各位][提前|记得][储水|准备一下]")  # fmt: skip
fraud("vc_health_talk", "other_scam",
    "[叔叔阿姨们|各位老人家]，明天{hour}在[社区活动室|{hotel}][有|办][健康讲座|养生讲座]，[来就送|到场送][鸡蛋|{gift}]，[现场|当场]订[保健品|磁疗床垫|理疗仪][先交|先付]{amt}定金[打五折|送旅游|还返现]",
    "[王阿姨|各位老姐妹]，[我们|]公司的[保健品|特效药]能治[高血压|糖尿病|老寒腿]，[这周|今天][特价|活动价]{amtbig}一个疗程，[先|]转[钱|定金]给我[就|]给你[送到家|寄过去]，[名额|货][不多|有限]")  # fmt: skip
vh(AF, "ask_group_offer",
    "[请问|问一下|大家帮我看看]，[有人|群里有人|一个人][加我|私聊我|在群里][说|讲][有|卖]{prod}[，|][现货|便宜|内部价]，[要|让][先付款|先转账|先交定金|先付一半]，[这个|这种][靠谱吗|是不是骗子|能信吗|是真的吗]？[我还没转|我没敢转|]",
    "[楼上|刚才|上面]那个卖{prod}的[是咱小区的吗|是谁啊|有人认识吗]？[咋|怎么][没见过|不认识]，[要先转钱|要先付款|让先交定金][我|][有点不放心|不太敢|心里没底]",
    "[各位|大家][帮我|给我][参谋一下|看看]，[我妈|我爸|我家老人][想|要]在群里[跟人|]买{prod}，对方[要|让][先付定金|先转账|先付钱]，[这种|这样的][是不是|是不是都][骗人的|骗子][啊|呀|]？")  # fmt: skip
vh(AF, "news_elsewhere",
    "[刚刚|今天][看新闻|看到新闻|听广播][说|讲]，[隔壁县|{city}|外地][有人|有个老人|一个阿姨]买{prod}被骗，[付款后|转了钱][就被拉黑了|人就找不到了]，[大家|各位][一定|千万][小心|注意][啊|]",
    "[电视上|新闻里|抖音上][说|讲][最近|这阵子][好多|不少][老人|人][买{prod}|网上买药][上当|吃亏][了|]，[骗子|那些人][收了钱就|一收钱就][拉黑|跑了]，[咱们|大家][可|][得|要][小心点|注意]")  # fmt: skip
vh(AF, "general_caution",
    "最近骗子[多|太多了]，[卖口罩的|卖{prod}的]、[说是厂家内部的|说是医院的|说是海外代购的]，都要先付钱，一付钱就拉黑，大家[千万|]留个心眼",
    "[转账记录|聊天记录|付款截图][大家|]都[截图|]保存好，万一[被骗了|上当了][去派出所|报警][要用的|用得上]",
    "[儿子|闺女|孙女][跟我|]说了，[网上|群里]卖{prod}[要先转钱|让先付款|要加微信]的[别信|都别理]，[要买|想买][就|]去药店[买|]，[或者|要不]让[他|她]在京东给我买")  # fmt: skip
vh(OS, "forward_real_sms",
    "【{bankname}】您的账户于{mmdd}入账[养老金|工资|退休金]{money}。[这个是真的吧|这是真的吧]？[每个月|每月]都是这个时候到",
    "[刚收到|收到]{carrier}的短信说[话费余额|流量][不足|快用完了]，[让我|提醒][交费|充值]，[这个|][应该|]是真的吧？我[在营业厅|去营业厅][查了|问了][，是真的|，没问题]",
    "[给大家看看|转发一下]，【{courier}】您的快件{waybill}已[到|放][驿站|快递柜]，取件码{code4}。[这个|这种][是正常的|是真的]，[不用|别][点链接|回复]，[直接|]去取就行")  # fmt: skip
vh(MC, "ask_cod",
    "我[前天|上周|昨天]也收到一个[说卖|卖]{prod}的，让先付款，我问他能不能货到付款，他就把我删了[笑死|{wxe}|哈哈]",
    "[有个|一个][人|卖家][私聊我|加我][卖|说有]{prod}，[我说|我就说]你[先发货|送过来][我|]再给钱，[他|人家][说不行|就不理我了|就拉黑我了][哈哈|{wxe}|]，[明摆着|一看就]是骗子")  # fmt: skip
vm("newcomer_surplus",
    "[大家好|各位好]我是刚进群的，我[老公|儿子|闺女][单位|公司]{prod}[发多了|多领了]，便宜出，[一盒|一包]{price}，转我就行，我[让快递寄给你们|给你们寄过去|送货上门]",
    "[新人|刚进群的]报到，[我家|我手上][有|剩]{n}[箱|盒]{prod}，[自己|家里]用不完，[原价|成本价]出，[要的|需要的][微信转我|扫我的码|转我]，[先到先得|卖完就没了]")  # fmt: skip
vm("admin_deposit",
    "@所有人 因[疫情|物资]紧张，本群每人限购{prod}[一盒|两盒]，需先[支付|交]押金{amt}，[口罩|货]到了退押金，押金请转[群主助理|管理员|群主小号]",
    "[群主通知|管理员通知]：[本群|咱们群]团购{prod}，[每户|每人]先交{amt}[押金|保证金]到[群主|管理员][个人|]微信，[到货|发货]后[多退少补|退还]，[今天|晚上八点]截止")  # fmt: skip
vv("fake_goods",
    "[原价|花了{amt}]买的{prod}，收到的是[空盒子|假货|过期的]，[里面塞的纸|根本不能用]，再找卖家[微信已经注销了|已经把我拉黑了|电话打不通]",
    "[老伴儿|我家老头子|我妈]让我在群里说一声，那个卖{prod}的[骗人|是骗子]，交了钱不给货，千万别信了，[俺们|我们]已经吃了亏")  # fmt: skip
VOICE_FIDS = frozenset(f.fid for f in FAMILIES[VOICE_START:])

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
    """Rows per family: each stratum's target shared evenly, the formal and script batches with their own
    targets so that adding them leaves the earlier families' rows as they were."""
    out: dict[str, int] = {}
    batches = (
        (FAMILIES[:FORMAL_START], TARGETS),
        (FAMILIES[FORMAL_START:SCRIPT_START], FORMAL_TARGETS),
        (FAMILIES[SCRIPT_START:VOICE_START], SCRIPT_TARGETS),
        (FAMILIES[VOICE_START:], VOICE_TARGETS),
    )
    for families, targets in batches:
        by_stratum: dict[str, list[str]] = {}
        for f in families:
            by_stratum.setdefault(f.stratum, []).append(f.fid)
        for stratum, fids in by_stratum.items():
            base, extra = divmod(targets[stratum], len(fids))
            for i, fid in enumerate(fids):
                out[fid] = base + (1 if i < extra else 0)
    return out


def generate(rng: Rng) -> list[Row]:
    seen: set[str] = set()
    rows: list[Row] = []
    quota = quotas()
    for index, f in enumerate(FAMILIES):
        max_len = SCRIPT_MAX_LEN if index >= SCRIPT_START else MAX_LEN
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
            if not MIN_LEN <= len(text) <= max_len or key in seen:
                continue
            seen.add(key)
            rows.append(Row(text, f.category, f.fid, tags))
            got += 1
        if got < need:
            print(f"warning: family {f.fid} produced only {got}/{need} distinct rows", file=sys.stderr)
    return rows


def dev_families() -> set[str]:
    """About DEV_SHARE of the families of every stratum (at least one), chosen with a fixed seed.

    Each batch of families is split on its own, so adding a batch leaves the earlier families' split as it was
    and dev figures stay comparable across corpus versions."""
    dev: set[str] = set()
    batches = (
        (0, 0, ADVERT_START),
        (1, ADVERT_START, FORMAL_START),
        (2, FORMAL_START, SCRIPT_START),
        (3, SCRIPT_START, VOICE_START),
        (4, VOICE_START, len(FAMILIES)),
    )
    for batch, start, end in batches:
        rng = Rng(SEED + 1 + 2 * batch)
        by_stratum: dict[str, list[str]] = {}
        for f in FAMILIES[start:end]:
            by_stratum.setdefault(f.stratum, []).append(f.fid)
        for stratum in sorted(by_stratum):
            fids = sorted(by_stratum[stratum])
            rng.shuffle(fids)
            dev.update(fids[: max(1, round(len(fids) * DEV_SHARE))])
    return dev


def build() -> tuple[list[str], list[str], list[tuple[str, Row]]]:
    """Returns the train lines, the dev lines and every (split, row) for the statistics."""
    rows = generate(Rng(SEED))
    # the script and voice batches are shuffled on their own and appended, so earlier rows keep their ids and order
    first_script = next(i for i, row in enumerate(rows) if row.family in SCRIPT_FIDS)
    first_voice = next(i for i, row in enumerate(rows) if row.family in VOICE_FIDS)
    rows, script_rows, voice_rows = rows[:first_script], rows[first_script:first_voice], rows[first_voice:]
    Rng(SEED + 2).shuffle(rows)
    Rng(SEED + 9).shuffle(script_rows)
    Rng(SEED + 11).shuffle(voice_rows)
    rows += script_rows + voice_rows
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
