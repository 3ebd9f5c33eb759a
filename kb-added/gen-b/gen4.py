import json, re, sys
from gen1 import AREA, C108, C109, LANGS
from gen2 import C110, C111
from gen3 import C112, C113, C114

C109["updates"].append("transition-measure-ended")

SYNONYMS = [
    ["資格(無効)", "資格（無効）", "資格無効", "資格が無効", "資格情報が無効"],
    ["資格情報なし", "資格情報がない", "資格情報無し", "資格なしと出る"],
    ["申立書", "被保険者資格申立書", "資格申立書", "申し立て書", "申立て書"],
    ["マイナポータル画面", "資格情報画面", "マイナポータルの資格情報", "マイナポータルの画面", "スマホの画面"],
    ["資格確認書", "確認書", "しかく確認書"],
    ["資格情報のお知らせ", "資格情報通知書", "お知らせ"],
    ["限度額", "限度額適用", "限度額適用認定証", "限度額認定証", "認定証", "限度額適用・標準負担額減額認定証", "減額認定証"],
    ["高額療養費", "高額医療", "医療費が高い", "自己負担限度額"],
    ["生活保護", "生保", "医療扶助", "被保護者", "受給者"],
    ["医療券", "調剤券", "医療券・調剤券", "診療依頼書"],
    ["未委託", "未委託・未登録", "未委託未登録"],
    ["福祉事務所", "ケースワーカー", "生活福祉課"],
    ["公費", "公費負担医療", "医療費助成", "助成", "福祉医療"],
    ["受給者証", "医療証", "医療受給者証", "マル乳", "マル子", "子ども医療証", "こども医療費"],
    ["PMH", "Public Medical Hub", "パブリック・メディカル・ハブ", "情報連携システム"],
    ["同意しない", "不同意", "同意拒否", "同意しなかった", "同意したくない", "同意を断る"],
    ["DV", "ドメスティック・バイオレンス", "虐待", "不開示", "閲覧制限", "自己情報提供不可"],
    ["発熱外来", "発熱患者", "屋外", "駐車場", "車内", "ドライブスルー", "別動線", "動線"],
    ["モバイル端末", "タブレット", "居宅同意取得型", "マイナ在宅受付Web", "スマホで読み取り"],
    ["cost limit", "cost-limit", "monthly limit", "limit certificate"],
    ["welfare", "medical assistance", "welfare recipient", "medical ticket"],
    ["medical aid", "public medical-cost aid", "aid certificate", "medical aid certificate"],
    ["fever clinic", "fever", "outdoors", "outdoor", "car park", "parking lot"],
    ["declaration form", "insured-status declaration", "insured status declaration"],
    ["did not consent", "decline consent", "declined consent", "declines", "refuse consent", "no consent"],
]

READINGS = [
    ("しかくじょうほうなし", "資格情報なし"),
    ("しかくむこう", "資格無効"),
    ("もうしたてしょ", "申立書"),
    ("しかくじょうほうのおしらせ", "資格情報のお知らせ"),
    ("げんどがく", "限度額"),
    ("げんどがくてきよう", "限度額適用"),
    ("げんどがくてきようにんていしょう", "限度額適用認定証"),
    ("にんていしょう", "認定証"),
    ("こうがくりょうようひ", "高額療養費"),
    ("じこふたんげんどがく", "自己負担限度額"),
    ("せいかつほご", "生活保護"),
    ("せいほ", "生保"),
    ("いりょうふじょ", "医療扶助"),
    ("いりょうけん", "医療券"),
    ("ちょうざいけん", "調剤券"),
    ("みいたく", "未委託"),
    ("ふくしじむしょ", "福祉事務所"),
    ("こうひ", "公費"),
    ("いりょうひじょせい", "医療費助成"),
    ("じゅきゅうしゃしょう", "受給者証"),
    ("いりょうしょう", "医療証"),
    ("どういしない", "同意しない"),
    ("ふどうい", "不同意"),
    ("ふかいじ", "不開示"),
    ("ぎゃくたい", "虐待"),
    ("はつねつがいらい", "発熱外来"),
    ("おくがい", "屋外"),
    ("ちゅうしゃじょう", "駐車場"),
    ("きょたくどういしゅとくがた", "居宅同意取得型"),
    ("もばいるたんまつ", "モバイル端末"),
    ("きげん", "期限"),
    ("ゆうこうきげん", "有効期限"),
]

KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆]")
RUBY = re.compile(r"\{([^{}|]+)\|([\u3041-\u309f\u30a0-\u30ffー]+)\}")


def check_easy(path, s):
    stripped = RUBY.sub("", s)
    bad = KANJI.findall(stripped)
    if bad:
        sys.exit(f"{path}: kanji outside ruby: {''.join(bad)} in {s}")
    for base, _ in RUBY.findall(s):
        if not KANJI.search(base):
            sys.exit(f"{path}: ruby base without kanji: {base}")


def walk(path, x):
    if isinstance(x, dict):
        if "ja-x-easy" in x:
            check_easy(path, x["ja-x-easy"])
        for k, v in x.items():
            walk(f"{path}.{k}", v)
    elif isinstance(x, list):
        for i, v in enumerate(x):
            walk(f"{path}[{i}]", v)


cases = [C108, C109, C110, C111, C112, C113, C114]
for c in cases:
    h = c.get("handout")
    if h:
        for key, t in [("situation", h["situation"]), ("clinic", h["clinic"])] + [(f"steps[{i}]", s) for i, s in enumerate(h["steps"])]:
            missing = [l for l in LANGS if l not in t]
            if missing:
                sys.exit(f"case {c['number']} handout.{key} lacks {missing}")
for key in ("name", "patient_name"):
    missing = [l for l in LANGS if l not in AREA[key]]
    if missing:
        sys.exit(f"area.{key} lacks {missing}")

frag = {
    "_comment": "Cases 108-114 and the area public-expense, written by h13b from the sources named in each case (checked 2026-12-06). Spliced into resources/kb.json with /work/wt/splice.py.",
    "areas": [AREA],
    "cases": cases,
    "synonyms": SYNONYMS,
    "readings": [{"reading": r, "term": t} for r, t in READINGS],
}
walk("fragment", frag)
out = sys.argv[1]
with open(out, "w", encoding="utf-8") as f:
    f.write(json.dumps(frag, ensure_ascii=False, indent=2) + "\n")
print("wrote", out)
