# Generator for kb-added/added-b.json (part 1: helpers, area, cases 108-110)
LANGS = ["ja", "ja-x-easy", "en", "zh-Hans", "vi", "ko", "fil", "ne", "id", "pt-BR", "my"]
CHECKED = "2026-12-06"


def T(ja, en):
    return {"ja": ja, "en": en}


def H(ja, easy, en, zh, vi, ko, fil, ne, id_, pt, my):
    return {"ja": ja, "ja-x-easy": easy, "en": en, "zh-Hans": zh, "vi": vi, "ko": ko,
            "fil": fil, "ne": ne, "id": id_, "pt-BR": pt, "my": my}


def S(title, url):
    return {"title": title, "url": url}


AREA = {
    "id": "public-expense",
    "name": H(
        "公費・医療扶助・限度額",
        "{公費|こうひ}・{医療|いりょう} {扶助|ふじょ}・{限度額|げんどがく}",
        "Public medical-cost aid, welfare medical assistance and cost limits",
        "公费・医疗扶助・限额",
        "Chi phí công, trợ giúp y tế và mức trần chi phí",
        "공비·의료부조·한도액",
        "Pampublikong tulong, medical assistance at limitasyon ng bayad",
        "सार्वजनिक खर्च, चिकित्सा सहायता र खर्च सीमा",
        "Biaya publik, bantuan medis dan batas biaya",
        "Auxílio público, assistência médica e limite de pagamento",
        "အစိုးရစရိတ်၊ ဆေးကုသမှုထောက်ပံ့ရေးနှင့် ကန့်သတ်ငွေပမာဏ",
    ),
    "patient_name": H(
        "医療費の助成・生活保護・限度額のこと",
        "{医療費|いりょうひ}の {助成|じょせい}・{生活|せいかつ} {保護|ほご}・{限度額|げんどがく}の こと",
        "Medical-cost aid, welfare or the monthly cost limit",
        "医疗费补助、生活保护或费用上限的问题",
        "Trợ cấp chi phí y tế, trợ cấp sinh hoạt hoặc mức trần chi phí",
        "의료비 지원·생활보호·한도액에 관한 것",
        "Tulong sa gastos medikal, welfare o limitasyon ng bayad",
        "औषधोपचार खर्च सहायता, जीविका सुरक्षा वा खर्चको सीमा",
        "Bantuan biaya medis, bantuan hidup atau batas biaya",
        "Auxílio para despesas médicas, assistência social ou limite de pagamento",
        "ဆေးကုသစရိတ် ထောက်ပံ့ငွေ၊ လူမှုဖူလုံရေး သို့မဟုတ် ကန့်သတ်ငွေပမာဏ",
    ),
}

# ---------------------------------------------------------------- 108
C108 = {
    "number": 108,
    "area": "eligibility",
    "origin": "added",
    "title": T("マイナ保険証で「資格(無効)」「資格情報なし」（転職・就職の直後など）",
               "My Number Card shows 「資格(無効)」 or 「資格情報なし」 (e.g. just after a job change)"),
    "symptom": T("マイナ保険証でオンライン資格確認をすると、「資格(無効)」または「資格情報なし」と表示される。転職・就職の直後などに多い。",
                 "When eligibility is checked online with the My Number Card, the screen shows 「資格(無効)」 (eligibility invalid) or 「資格情報なし」 (no eligibility information). This often happens just after a job change or a new job."),
    "error": {
        "screen": T("資格確認端末", "Eligibility check terminal"),
        "message": T("資格(無効)／資格情報なし", "Eligibility (invalid) / No eligibility information"),
    },
    "causes": [
        T("事業主から資格取得届が提出されていない等により、新しい保険者で資格取得の情報がまだ登録されていない（転職等の手続きのタイムラグ）",
          "The new insurer has not registered the new eligibility yet, for example because the employer has not submitted the notification of acquisition (資格取得届) (a time lag after a job change)."),
        T("マイナンバーが保険者に提出されていない等により、保険者で本人のマイナンバーが登録されていない",
          "The insurer has not registered the person's My Number, for example because it was not submitted to the insurer."),
    ],
    "responses": [
        {
            "stage": 1,
            "actor": "clinic",
            "parts": [
                {"text": T("患者に、マイナポータルの医療保険の資格情報の画面（スマートフォン等で表示したもの、またはダウンロードしたPDF）を提示してもらい、資格を確認する。",
                           "Ask the patient to show the health-insurance eligibility screen of マイナポータル (on a smartphone or similar, or a PDF downloaded from it), and check the eligibility from it.")},
                {"condition": T("資格情報の画面で確認できない場合", "If the eligibility screen cannot be shown"),
                 "text": T("被保険者資格申立書に可能な限り記入してもらい、本来の自己負担（3割。未就学児は2割、70歳以上等は1〜3割）で保険診療として対応する。",
                           "Have the patient fill in the insured-status declaration form (被保険者資格申立書) as far as they can, and treat the visit as covered by insurance at the usual share (30%; 20% for children before school age; 10–30% for people aged 70 and over).")},
                {"text": T("被保険者番号等が分かり次第、受診した医療機関等に伝えるよう患者に声掛けする。",
                           "Tell the patient to let the medical institution or pharmacy know their insured-person number as soon as they know it.")},
            ],
        },
        {
            "stage": 1,
            "actor": "patient",
            "parts": [
                {"text": T("マイナポータルの資格情報の画面を提示する。提示できない場合は被保険者資格申立書に記入する。",
                           "Show the eligibility screen of マイナポータル. If that is not possible, fill in the insured-status declaration form.")},
            ],
        },
        {
            "stage": 2,
            "actor": "patient",
            "parts": [
                {"text": T("勤め先に資格取得届とマイナンバーの提出が済んでいるか確認し、新しい保険者に資格情報の登録を問い合わせる。被保険者番号等が分かったら、受診した医療機関等に伝える。",
                           "Check with the employer that the notification of acquisition and the My Number were submitted, and ask the new insurer about registering the eligibility. Once the insured-person number is known, tell the medical institution or pharmacy where you were seen.")},
            ],
        },
    ],
    "notes": [
        T("この表示は、オンライン資格確認で確認できる直近の資格が無効（資格喪失済み）で、その後の新しい資格が確認できないときに出る。",
          "The screen shows this when the most recent eligibility known to online eligibility verification has ended (coverage lost) and no newer eligibility can be found."),
        T("対応の根拠：厚生労働省通知「マイナンバーカードによるオンライン資格確認を行うことができない場合の対応について」（保発0710第1号、2023年7月10日）。文書の事例4（保険証がない場合は保険適用外として対応）より後の取扱い。",
          "Basis: the Ministry of Health, Labour and Welfare notice 保発0710第1号 (10 July 2023) on what to do when online eligibility verification with the My Number Card cannot be done. This came after the document's case 4 (treat as not covered when there is no insurance card)."),
        T("申立書は、有効な資格があるのにオンライン資格確認ができない患者に、本来の自己負担で保険診療を行うための書類（転職等でデータ登録中の場合のほか、機器のトラブルの場合にも使う）。",
          "The declaration form lets a patient who has valid insurance but cannot be verified online be treated at the usual share (used while data is being registered after a job change, and also when equipment fails)."),
        T("請求：現在の被保険者番号等が分かればそれで、分からなければ旧資格で、どちらも分からなければ保険者等番号・記号番号を「不詳」とし、申立書で把握した住所・事業所名・連絡先等をレセプトの摘要欄に記載して請求できる（2023年7月19日の事務連絡、2023年9月請求分から）。",
          "Claims: use the current insured-person number if known, otherwise the former eligibility; if neither is known, the insurer and insured-person numbers may be left \"unknown\" (不詳) with the address, employer and contact details from the declaration form written in the claim's remarks (摘要欄) (administrative notice of 19 July 2023, for claims from September 2023)."),
    ],
    "updates": ["eligibility-fallback", "paper-cards-replaced", "notice-not-enough"],
    "handout": {
        "situation": H(
            "マイナ保険証で調べたところ、「資格(無効)」または「資格情報なし」と出ました。転職などのあと、新しい保険者（加入している健康保険）で、あなたの情報の登録がまだ終わっていない可能性があります。この場合も、いつもの自己負担の割合で受診できます。",
            "マイナ {保険証|ほけんしょう}で しらべました。「{資格|しかく}({無効|むこう})」か 「{資格|しかく} {情報|じょうほう} なし」と でました。{仕事|しごと}を かえた あとなどは、{新|あたら}しい {保険|ほけん}の {会社|かいしゃ}で {登録|とうろく}が まだ {終|お}わって いない ことが あります。この ときも、いつもと {同|おな}じ {割合|わりあい}の お{金|かね}で みて もらえます。",
            "Your My Number Card check showed 「資格(無効)」 (eligibility invalid) or 「資格情報なし」 (no eligibility information). After a job change, your new health insurer may not have finished registering your information yet. You can still be seen at your usual share of the cost.",
            "用个人编号卡（My Number卡）查询时，显示“资格(无效)”（資格(無効)）或“无资格信息”（資格情報なし）。换工作等之后，您新加入的医疗保险机构可能还没有完成您信息的登记。这种情况下，您仍然可以按平时的自付比例就诊。",
            "Khi kiểm tra bằng thẻ My Number, màn hình hiện 「資格(無効)」 (tư cách không hợp lệ) hoặc 「資格情報なし」 (không có thông tin tư cách). Sau khi đổi việc, cơ quan bảo hiểm y tế mới có thể chưa đăng ký xong thông tin của bạn. Dù vậy, bạn vẫn được khám với tỷ lệ tự chi trả như thường lệ.",
            "마이넘버 카드로 조회했더니 '자격(무효)'(資格(無効)) 또는 '자격정보 없음'(資格情報なし)으로 나왔습니다. 이직 등을 한 뒤에는 새 건강보험(보험자)에서 정보 등록이 아직 끝나지 않았을 수 있습니다. 이 경우에도 평소와 같은 본인부담 비율로 진료를 받을 수 있습니다.",
            "Nang i-check ang iyong My Number Card, lumabas ang 「資格(無効)」 (hindi balido) o 「資格情報なし」 (walang impormasyon). Pagkatapos magpalit ng trabaho, maaaring hindi pa tapos irehistro ng bago mong health insurer ang iyong impormasyon. Maaari ka pa ring magpatingin sa karaniwan mong bahagi ng bayad.",
            "माइ नम्बर कार्डबाट जाँच गर्दा 「資格(無効)」 (योग्यता अमान्य) वा 「資格情報なし」 (योग्यताको जानकारी छैन) देखियो। काम परिवर्तन गरेपछि तपाईंको नयाँ स्वास्थ्य बीमा संस्थाले तपाईंको जानकारी दर्ता गर्ने काम अझै सकेको नहुन सक्छ। यस्तो बेला पनि तपाईं सधैंको आफ्नो भुक्तानी अनुपातमा उपचार गराउन सक्नुहुन्छ।",
            "Saat diperiksa dengan Kartu My Number, muncul 「資格(無効)」 (kelayakan tidak berlaku) atau 「資格情報なし」 (tidak ada informasi kelayakan). Setelah pindah kerja, penyelenggara asuransi kesehatan Anda yang baru mungkin belum selesai mendaftarkan informasi Anda. Anda tetap dapat berobat dengan porsi biaya seperti biasa.",
            "Na verificação com o cartão My Number apareceu 「資格(無効)」 (qualificação inválida) ou 「資格情報なし」 (sem informações de qualificação). Depois de uma troca de emprego, a sua nova entidade de seguro de saúde pode ainda não ter terminado o registro. Mesmo assim, você pode ser atendido pagando a sua parte de sempre.",
            "My Number ကတ်ဖြင့် စစ်ဆေးသောအခါ 「資格(無効)」 (အရည်အချင်း မမှန်) သို့မဟုတ် 「資格情報なし」 (အရည်အချင်း အချက်အလက် မရှိ) ဟု ပေါ်ခဲ့သည်။ အလုပ်ပြောင်းပြီးနောက် သင်၏ ကျန်းမာရေးအာမခံအဖွဲ့အသစ်က သင်၏ အချက်အလက်ကို မှတ်ပုံတင်ခြင်း မပြီးသေးခြင်း ဖြစ်နိုင်ပါသည်။ ဤအခါတွင်လည်း သင် ပုံမှန်ပေးရသည့် အချိုးအတိုင်း ကုသမှု ခံယူနိုင်ပါသည်။",
        ),
        "steps": [
            H(
                "スマートフォンでマイナポータルを開き、医療保険の資格情報の画面を受付に見せてください（前もってダウンロードしたPDFでもかまいません）。",
                "スマートフォンで マイナポータルを {開|ひら}いて ください。{医療|いりょう} {保険|ほけん}の {資格|しかく} {情報|じょうほう}の {画面|がめん}を {受付|うけつけ}に {見|み}せて ください。",
                "Open マイナポータル on your smartphone and show the reception your health-insurance eligibility screen (a PDF you downloaded earlier is also fine).",
                "请用智能手机打开マイナポータル（Mynaportal），把医疗保险资格信息的画面给前台看（事先下载的PDF也可以）。",
                "Hãy mở マイナポータル (Mynaportal) trên điện thoại và cho quầy tiếp nhận xem màn hình thông tin tư cách bảo hiểm y tế (tệp PDF đã tải về trước cũng được).",
                "스마트폰으로 마이나포털(マイナポータル)을 열고 의료보험 자격정보 화면을 접수처에 보여 주십시오(미리 내려받은 PDF도 괜찮습니다).",
                "Buksan ang マイナポータル (Mynaportal) sa iyong smartphone at ipakita sa reception ang screen ng eligibility ng iyong health insurance (puwede rin ang PDF na na-download mo dati).",
                "स्मार्टफोनमा マイナポータル (माइनापोर्टल) खोल्नुहोस् र स्वास्थ्य बीमाको योग्यता जानकारीको स्क्रिन रिसेप्सनलाई देखाउनुहोस् (पहिले डाउनलोड गरेको PDF पनि हुन्छ)।",
                "Buka マイナポータル (Mynaportal) di ponsel Anda dan tunjukkan layar informasi kelayakan asuransi kesehatan kepada resepsionis (PDF yang sudah diunduh sebelumnya juga boleh).",
                "Abra o マイナポータル (Mynaportal) no celular e mostre à recepção a tela de qualificação do seu seguro de saúde (um PDF baixado antes também serve).",
                "စမတ်ဖုန်းတွင် マイナポータル (Mynaportal) ကို ဖွင့်ပြီး ကျန်းမာရေးအာမခံ အရည်အချင်း အချက်အလက် စာမျက်နှာကို ဧည့်ကြိုကောင်တာသို့ ပြပါ (ကြိုတင်ဒေါင်းလုဒ်လုပ်ထားသော PDF လည်း ရပါသည်)။",
            ),
            H(
                "画面を見せられないときは、受付で「被保険者資格申立書」に分かる範囲で記入してください。いつもの自己負担の割合（多くの方は3割）で支払います。",
                "{画面|がめん}を {見|み}せる ことが できない ときは、{受付|うけつけ}で 「{被保険者|ひほけんしゃ} {資格|しかく} {申立書|もうしたてしょ}」に わかる ことを {書|か}いて ください。いつもと {同|おな}じ {割合|わりあい}（{多|おお}くの {人|ひと}は 3{割|わり}）で {払|はら}います。",
                "If you cannot show the screen, fill in the insured-status declaration form (被保険者資格申立書) at the reception as far as you can. You pay your usual share (30% for most people).",
                "如果无法出示画面，请在前台尽可能填写“被保险人资格申报书”（被保険者資格申立書）。您按平时的自付比例（多数人为3成）付款。",
                "Nếu không thể cho xem màn hình, hãy điền vào 「被保険者資格申立書」 (tờ khai tư cách người được bảo hiểm) tại quầy trong phạm vi bạn biết. Bạn trả phần tự chi trả như thường lệ (đa số là 30%).",
                "화면을 보여 줄 수 없을 때는 접수처에서 '피보험자 자격 신청서'(被保険者資格申立書)에 아는 범위에서 기입해 주십시오. 평소의 본인부담 비율(대부분 30%)로 지불합니다.",
                "Kung hindi mo maipakita ang screen, punan sa reception ang 「被保険者資格申立書」 (declaration form ng insured status) hangga't kaya mo. Babayaran mo ang karaniwan mong bahagi (30% para sa karamihan).",
                "स्क्रिन देखाउन नसके, रिसेप्सनमा 「被保険者資格申立書」 (बीमितको योग्यता घोषणा फारम) मा थाहा भएसम्म भर्नुहोस्। तपाईंले सधैंको आफ्नो भाग (धेरैजसोका लागि ३०%) तिर्नुहुन्छ।",
                "Jika tidak dapat menunjukkan layar, isilah 「被保険者資格申立書」 (formulir pernyataan status tertanggung) di resepsionis sebisanya. Anda membayar porsi biasa Anda (bagi kebanyakan orang 30%).",
                "Se não puder mostrar a tela, preencha na recepção o formulário 「被保険者資格申立書」 (declaração de qualificação do segurado) com o que souber. Você paga a sua parte de sempre (30% para a maioria).",
                "စာမျက်နှာကို မပြနိုင်လျှင် ဧည့်ကြိုကောင်တာတွင် 「被保険者資格申立書」 (အာမခံထားသူ အရည်အချင်း ကြေညာလွှာ) ကို သိသလောက် ဖြည့်ပါ။ ပုံမှန်ပေးရသည့် အချိုး (လူအများစုအတွက် ၃၀%) ဖြင့် ပေးချေပါမည်။",
            ),
            H(
                "勤め先と新しい保険者に、資格の登録について問い合わせてください。被保険者番号などが分かったら、この医療機関に伝えてください。",
                "{会社|かいしゃ}と {新|あたら}しい {保険|ほけん}の {会社|かいしゃ}に {登録|とうろく}の ことを {聞|き}いて ください。{保険|ほけん}の {番号|ばんごう}が わかったら、ここの {受付|うけつけ}に {教|おし}えて ください。",
                "Ask your employer and your new health insurer about registering your insurance. When you know your insured-person number, tell this clinic or pharmacy.",
                "请向工作单位和新的医疗保险机构询问资格登记的情况。知道被保险人编号等信息后，请告诉本医疗机构。",
                "Hãy hỏi nơi làm việc và cơ quan bảo hiểm y tế mới về việc đăng ký tư cách. Khi biết số người được bảo hiểm, hãy báo cho cơ sở y tế này.",
                "근무처와 새 건강보험(보험자)에 자격 등록에 대해 문의해 주십시오. 피보험자 번호 등을 알게 되면 이 의료기관에 알려 주십시오.",
                "Magtanong sa iyong employer at sa bago mong health insurer tungkol sa pagrehistro ng iyong insurance. Kapag alam mo na ang iyong insured-person number, sabihin ito sa klinika o botikang ito.",
                "आफ्नो काम गर्ने ठाउँ र नयाँ स्वास्थ्य बीमा संस्थालाई योग्यता दर्ताबारे सोध्नुहोस्। बीमित नम्बर थाहा भएपछि यो अस्पताल वा फार्मेसीलाई भन्नुहोस्।",
                "Tanyakan kepada tempat kerja dan penyelenggara asuransi kesehatan Anda yang baru tentang pendaftaran kelayakan Anda. Setelah mengetahui nomor tertanggung Anda, beri tahu fasilitas kesehatan ini.",
                "Pergunte ao seu empregador e à nova entidade de seguro de saúde sobre o registro. Quando souber o seu número de segurado, informe esta clínica ou farmácia.",
                "သင်အလုပ်လုပ်သည့်နေရာနှင့် ကျန်းမာရေးအာမခံအဖွဲ့အသစ်ကို အရည်အချင်း မှတ်ပုံတင်ခြင်းအကြောင်း မေးမြန်းပါ။ အာမခံထားသူ နံပါတ်ကို သိပြီးလျှင် ဤဆေးရုံ သို့မဟုတ် ဆေးဆိုင်သို့ အကြောင်းကြားပါ။",
            ),
        ],
        "clinic": H(
            "受付では、マイナポータルの資格情報の画面または被保険者資格申立書で保険の資格を確認し、いつもの自己負担の割合で会計します。",
            "{受付|うけつけ}は、マイナポータルの {画面|がめん}か {申立書|もうしたてしょ}で {保険|ほけん}を {確|たし}かめます。お{金|かね}は いつもと {同|おな}じ {割合|わりあい}です。",
            "The reception checks your insurance from the マイナポータル eligibility screen or from the declaration form, and charges your usual share.",
            "前台会根据マイナポータル的资格信息画面或被保险人资格申报书确认您的保险资格，并按平时的自付比例结算。",
            "Quầy tiếp nhận sẽ xác nhận tư cách bảo hiểm qua màn hình マイナポータル hoặc tờ khai, và tính tiền theo tỷ lệ tự chi trả như thường lệ.",
            "접수처에서는 마이나포털의 자격정보 화면이나 피보험자 자격 신청서로 보험 자격을 확인하고, 평소의 본인부담 비율로 계산합니다.",
            "Titingnan ng reception ang iyong insurance mula sa screen ng マイナポータル o sa declaration form, at sisingilin ka ng karaniwan mong bahagi.",
            "रिसेप्सनले マイナポータル को योग्यता स्क्रिन वा घोषणा फारमबाट तपाईंको बीमा जाँच गर्छ र सधैंको भाग मात्र लिन्छ।",
            "Resepsionis akan memeriksa asuransi Anda dari layar マイナポータル atau dari formulir pernyataan, lalu menagih porsi biaya seperti biasa.",
            "A recepção confere o seu seguro pela tela do マイナポータル ou pelo formulário de declaração e cobra a sua parte de sempre.",
            "ဧည့်ကြိုကောင်တာက マイナポータル ၏ အရည်အချင်း စာမျက်နှာ သို့မဟုတ် ကြေညာလွှာဖြင့် သင်၏ အာမခံကို စစ်ဆေးပြီး ပုံမှန်အချိုးအတိုင်း ငွေတောင်းခံပါမည်။",
        ),
    },
    "sources": [
        S("富士フイルムグループ健康保険組合「マイナンバーカードの保険証利用で資格確認できないとき」（2023-08-09）", "https://www.fujifilm-kenpo.or.jp/news/5611/"),
        S("富士フイルムグループ健康保険組合「医療機関等でマイナ保険証が使えなかったとき」（2025-10-03）", "https://www.fujifilm-kenpo.or.jp/news/12263"),
        S("保発0710第1号 別添3「被保険者資格申立書に関する説明書」（MC plus 掲載の厚生労働省資料）", "https://wic-net.com/material/document/10145/10"),
        S("管理センター「マイナンバーカードによる健康保険の加入の確認ができない場合」（通知の解説）", "https://kanricenter.com/blog/details.html?did=110358"),
        S("社会保険研究所 media「保険者等番号を「77777777」で請求できない場合は「77777779」で請求――オン資「不詳請求」でQ&A」（2023-09-15）", "https://media.shaho.co.jp/n/ncb8a6be744a7"),
        S("「マイナンバーカードによるオンライン資格確認を行うことができない場合における対応等に対する疑義解釈（令和5年8月3日）」の解説", "https://hospital.kuwashira.com/%E3%83%9E%E3%82%A4%E3%83%8A%E3%83%B3%E3%83%90%E3%83%BC%E3%82%AB%E3%83%BC%E3%83%89%E3%81%AB%E3%82%88%E3%82%8B%E3%82%AA%E3%83%B3%E3%83%A9%E3%82%A4%E3%83%B3%E8%B3%87%E6%A0%BC%E7%A2%BA%E8%AA%8D%E3%82%92/"),
    ],
    "checked": CHECKED,
    "unclear": [
        T("通知の本文と請求の事務連絡（2023年7月19日）・疑義解釈（2023年8月3日）そのものは読めておらず、請求の扱いは業界紙と解説記事の要約による。「不詳」の入力方法（保険者等番号の桁数など）の詳細はここに書いていない。",
          "We could not read the notice itself nor the claims notices of 19 July and 3 August 2023; the claim note rests on a trade paper's and a commentary's summaries, and the exact way to enter \"unknown\" numbers is not given here."),
        T("新しい保険者で登録が済むまでの日数は保険者により異なる（例：富士フイルムグループ健保は事業主の届出から2営業日以内）。全国の目安を示す公的な資料は見つからなかった。",
          "How long registration takes differs by insurer (one insurer says within 2 business days of the employer's notification); we found no official figure for the whole country."),
        T("申立書は「有効な資格があるのに確認できない」患者のためのもの。本当にどの保険にも加入していない（空白期間の）場合に受付がどうするかは、読んだ資料には書かれていない。",
          "The declaration form is for patients who do have valid insurance. What the desk should do when the patient really has no insurance (a gap between jobs) is not said in the sources we read."),
    ],
}

# ---------------------------------------------------------------- 109
C109 = {
    "number": 109,
    "area": "eligibility",
    "origin": "added",
    "title": T("資格確認書（または資格情報のお知らせ）を提示された：有効期限の確認", "The patient shows an eligibility certificate (資格確認書), possibly expired, or only the eligibility notice"),
    "symptom": T("患者が資格確認書を出した（提示した）。または「資格情報のお知らせ」だけを出した。",
                 "The patient shows an eligibility certificate (資格確認書), or shows only the eligibility notice (資格情報のお知らせ)."),
    "causes": [
        T("マイナンバーカードを持っていない、健康保険証の利用登録をしていない、電子証明書の有効期限が切れている、カードを返納した等のため、保険者から資格確認書が交付されている",
          "The insurer issued an eligibility certificate because the patient has no My Number Card, has not registered it as a health insurance card, has an expired e-certificate, or returned the card."),
        T("マイナンバーカードの紛失・更新中や、マイナ保険証での受診に介助者等の支援が必要なため、申請により資格確認書が交付されている",
          "The patient applied for an eligibility certificate because the card is lost or being renewed, or because they need a helper to use the My Number Card at a clinic."),
        T("DV被害者等で、自己の情報を閲覧できない設定をしている",
          "The patient (e.g. a victim of domestic violence) has a setting that keeps their own information from being viewed."),
    ],
    "responses": [
        {
            "stage": 1,
            "actor": "clinic",
            "parts": [
                {"text": T("資格確認書で資格確認を行う（従来の保険証と同じように扱う）。券面の有効期限を確認する。コピーや有効期限の切れた資格確認書は使用できない。",
                           "Check eligibility with the eligibility certificate (as with the former insurance card). Check its expiry date; a copy or an expired certificate cannot be used.")},
                {"condition": T("「資格情報のお知らせ」だけを提示された場合", "If the patient shows only the eligibility notice"),
                 "text": T("資格情報のお知らせだけでは受診できない。マイナ保険証とあわせて提示してもらう。",
                           "The eligibility notice alone is not enough to receive care; ask the patient to show it together with their My Number Card.")},
                {"condition": T("有効期限が切れている場合", "If the certificate has expired"),
                 "text": T("新しい資格確認書が届いていないか確認し、保険者に問い合わせるよう患者に声掛けする。",
                           "Tell the patient to check whether a new certificate has arrived and to ask their insurer.")},
            ],
        },
        {
            "stage": 1,
            "actor": "patient",
            "parts": [
                {"text": T("有効期限内の資格確認書を提示する。期限が切れている場合は、保険者から届いた新しい資格確認書を確認し、なければ保険者に問い合わせる。",
                           "Show an eligibility certificate that has not expired. If it has expired, look for the new one sent by the insurer, and ask the insurer if none has come.")},
            ],
        },
    ],
    "notes": [
        T("資格確認書の有効期限は、保険者が5年以内で設定する。70歳・75歳の誕生日を迎える人、在留期間の満了日を迎える人などは、それより前の日付になっていることがある。",
          "Insurers set the certificate's validity at up to 5 years. For people turning 70 or 75, people whose period of stay ends, and some others, the date may be earlier."),
        T("薬剤情報・特定健診情報等は、マイナンバーカードで本人確認を行い患者が同意した場合にだけ提供される。資格確認書での受付では表示されない。",
          "Drug and check-up information is provided only after identity is confirmed with the My Number Card and the patient consents; it is not shown when the patient is received with an eligibility certificate."),
    ],
    "updates": ["paper-cards-replaced", "notice-not-enough"],
    "handout": {
        "situation": H(
            "あなたは資格確認書で受付をしました。資格確認書は、マイナ保険証を使わない人などに、加入している保険者から届く、保険の資格を確かめるための書類です。",
            "あなたは {資格|しかく} {確認書|かくにんしょ}で {受付|うけつけ}を しました。{資格|しかく} {確認書|かくにんしょ}は、{保険|ほけん}に {入|はい}って いる ことを {示|しめ}す {紙|かみ}です。マイナ {保険証|ほけんしょう}を {使|つか}わない {人|ひと}などに {届|とど}きます。",
            "You were received with an eligibility certificate (資格確認書). This is the document your health insurer sends to people who do not use a My Number Card as their insurance card, to show that you are insured.",
            "您是用资格确认书（資格確認書）办理的挂号。资格确认书是医疗保险机构寄给不使用个人编号卡保险证等人员、用于确认保险资格的文件。",
            "Bạn đã làm thủ tục bằng 「資格確認書」 (giấy xác nhận tư cách). Đây là giấy tờ cơ quan bảo hiểm gửi cho người không dùng thẻ My Number làm thẻ bảo hiểm, để xác nhận bạn có bảo hiểm.",
            "귀하는 자격확인서(資格確認書)로 접수하셨습니다. 자격확인서는 마이넘버 카드를 보험증으로 쓰지 않는 분 등에게 보험자가 보내는, 보험 자격을 확인하기 위한 서류입니다.",
            "Nagparehistro ka gamit ang eligibility certificate (資格確認書). Ito ang dokumentong ipinapadala ng iyong health insurer sa mga hindi gumagamit ng My Number Card bilang insurance card, para patunayan na may insurance ka.",
            "तपाईंले योग्यता पुष्टि प्रमाणपत्र (資格確認書) बाट दर्ता गर्नुभयो। यो माइ नम्बर कार्डलाई बीमा कार्डको रूपमा प्रयोग नगर्ने मानिसहरूलाई बीमा संस्थाले पठाउने, बीमा भएको पुष्टि गर्ने कागज हो।",
            "Anda mendaftar dengan sertifikat konfirmasi kelayakan (資格確認書). Ini adalah dokumen yang dikirim penyelenggara asuransi kepada orang yang tidak memakai Kartu My Number sebagai kartu asuransi, untuk membuktikan bahwa Anda terdaftar.",
            "Você foi atendido com o certificado de qualificação (資格確認書). É o documento que a entidade de seguro envia a quem não usa o cartão My Number como cartão do seguro, para comprovar que você tem seguro.",
            "သင်သည် အရည်အချင်းအတည်ပြုစာ (資格確認書) ဖြင့် စာရင်းသွင်းခဲ့သည်။ ၎င်းသည် My Number ကတ်ကို အာမခံကတ်အဖြစ် မသုံးသူများထံ အာမခံအဖွဲ့က ပို့ပေးသော၊ အာမခံရှိကြောင်း အတည်ပြုသည့် စာရွက်ဖြစ်သည်။",
        ),
        "steps": [
            H(
                "資格確認書の有効期限を確かめてください。期限が切れていたら、新しいものが届いていないか確かめ、届いていなければ加入している保険者に問い合わせてください。コピーは使えません。",
                "{資格|しかく} {確認書|かくにんしょ}の {期限|きげん}を {見|み}て ください。{期限|きげん}が {過|す}ぎて いたら、{新|あたら}しい ものが {届|とど}いて いないか {見|み}て ください。{届|とど}いて いなければ、{保険|ほけん}の {会社|かいしゃ}に {聞|き}いて ください。コピーは {使|つか}えません。",
                "Check the expiry date of your certificate. If it has expired, see whether a new one has arrived; if not, ask your health insurer. A copy cannot be used.",
                "请确认资格确认书的有效期。如已过期，请确认是否已收到新的；如果没有收到，请向您加入的医疗保险机构询问。复印件不能使用。",
                "Hãy kiểm tra hạn sử dụng của giấy xác nhận tư cách. Nếu đã hết hạn, hãy xem đã nhận được giấy mới chưa; nếu chưa, hãy hỏi cơ quan bảo hiểm của bạn. Bản sao không dùng được.",
                "자격확인서의 유효기간을 확인해 주십시오. 기간이 지났다면 새 자격확인서가 왔는지 확인하고, 오지 않았다면 가입한 보험자에게 문의해 주십시오. 복사본은 사용할 수 없습니다.",
                "Tingnan ang expiry date ng iyong certificate. Kung expired na, tingnan kung may dumating nang bago; kung wala, magtanong sa iyong health insurer. Hindi puwede ang kopya.",
                "प्रमाणपत्रको म्याद हेर्नुहोस्। म्याद सकिएको छ भने नयाँ आएको छ कि छैन हेर्नुहोस्; आएको छैन भने आफ्नो बीमा संस्थालाई सोध्नुहोस्। फोटोकपी चल्दैन।",
                "Periksa tanggal berlaku sertifikat Anda. Jika sudah habis, lihat apakah yang baru sudah tiba; jika belum, tanyakan kepada penyelenggara asuransi Anda. Fotokopi tidak dapat dipakai.",
                "Confira a data de validade do certificado. Se estiver vencido, veja se já chegou um novo; se não chegou, pergunte à sua entidade de seguro. Cópias não são aceitas.",
                "အတည်ပြုစာ၏ သက်တမ်းကုန်ဆုံးရက်ကို စစ်ဆေးပါ။ သက်တမ်းကုန်နေလျှင် အသစ်ရောက်မရောက် ကြည့်ပါ။ မရောက်သေးလျှင် သင်၏ အာမခံအဖွဲ့ကို မေးမြန်းပါ။ မိတ္တူကို အသုံးမပြုနိုင်ပါ။",
            ),
            H(
                "「資格情報のお知らせ」だけでは受診できません。マイナ保険証と一緒に見せてください。",
                "「{資格|しかく} {情報|じょうほう}の お{知|し}らせ」だけでは みて もらえません。マイナ {保険証|ほけんしょう}と いっしょに {見|み}せて ください。",
                "The eligibility notice (資格情報のお知らせ) alone is not enough to be seen. Show it together with your My Number Card.",
                "只有“资格信息通知”（資格情報のお知らせ）不能就诊。请与个人编号卡保险证一起出示。",
                "Chỉ có 「資格情報のお知らせ」 (thông báo thông tin tư cách) thì không được khám. Hãy xuất trình cùng với thẻ My Number.",
                "'자격정보 안내'(資格情報のお知らせ)만으로는 진료를 받을 수 없습니다. 마이넘버 카드와 함께 보여 주십시오.",
                "Hindi sapat ang 「資格情報のお知らせ」 (abiso ng eligibility) lamang para makapagpatingin. Ipakita ito kasama ng iyong My Number Card.",
                "「資格情報のお知らせ」 (योग्यता जानकारीको सूचना) मात्रले उपचार गराउन सकिँदैन। माइ नम्बर कार्डसँगै देखाउनुहोस्।",
                "「資格情報のお知らせ」 (pemberitahuan informasi kelayakan) saja tidak cukup untuk berobat. Tunjukkan bersama Kartu My Number Anda.",
                "Só o 「資格情報のお知らせ」 (aviso de qualificação) não basta para ser atendido. Mostre-o junto com o cartão My Number.",
                "「資格情報のお知らせ」 (အရည်အချင်း အချက်အလက် အသိပေးစာ) တစ်ခုတည်းဖြင့် ကုသမှု မခံယူနိုင်ပါ။ My Number ကတ်နှင့်အတူ ပြပါ။",
            ),
        ],
        "clinic": H(
            "受付では、有効期限内の資格確認書で保険の資格を確認します。お薬や健診の情報は、マイナ保険証で受付をして、あなたが同意したときにだけ医療機関に提供されます。",
            "{受付|うけつけ}は、{期限|きげん}が {切|き}れて いない {資格|しかく} {確認書|かくにんしょ}で {保険|ほけん}を {確|たし}かめます。{薬|くすり}や {健診|けんしん}の {情報|じょうほう}は、マイナ {保険証|ほけんしょう}で {受付|うけつけ}を して、あなたが「いいです」と {言|い}った ときだけ {病院|びょういん}に {届|とど}きます。",
            "The reception checks your insurance with a valid eligibility certificate. Your medicine and check-up information is provided to the clinic only when you are received with your My Number Card and consent.",
            "前台会用有效期内的资格确认书确认您的保险资格。药品和健康检查信息，只有在用个人编号卡保险证办理挂号并且您同意时，才会提供给医疗机构。",
            "Quầy tiếp nhận xác nhận bảo hiểm bằng giấy xác nhận tư cách còn hạn. Thông tin thuốc và khám sức khỏe chỉ được cung cấp cho cơ sở y tế khi bạn làm thủ tục bằng thẻ My Number và đồng ý.",
            "접수처에서는 유효기간 내의 자격확인서로 보험 자격을 확인합니다. 약과 건강검진 정보는 마이넘버 카드로 접수하고 본인이 동의했을 때만 의료기관에 제공됩니다.",
            "Titingnan ng reception ang iyong insurance gamit ang balidong eligibility certificate. Ibinibigay lang sa klinika ang impormasyon ng gamot at check-up kapag nagparehistro ka gamit ang My Number Card at pumayag ka.",
            "रिसेप्सनले म्याद बाँकी रहेको प्रमाणपत्रबाट तपाईंको बीमा जाँच गर्छ। औषधि र स्वास्थ्य जाँचको जानकारी माइ नम्बर कार्डबाट दर्ता गरी तपाईंले सहमति दिँदा मात्र अस्पताललाई दिइन्छ।",
            "Resepsionis memeriksa asuransi Anda dengan sertifikat yang masih berlaku. Informasi obat dan pemeriksaan kesehatan hanya diberikan kepada fasilitas kesehatan jika Anda mendaftar dengan Kartu My Number dan menyetujuinya.",
            "A recepção confere o seu seguro pelo certificado dentro da validade. As informações de remédios e check-ups só são fornecidas à clínica quando você é atendido com o cartão My Number e autoriza.",
            "ဧည့်ကြိုကောင်တာက သက်တမ်းရှိသော အတည်ပြုစာဖြင့် သင်၏ အာမခံကို စစ်ဆေးပါသည်။ ဆေးဝါးနှင့် ကျန်းမာရေးစစ်ဆေးမှု အချက်အလက်များကို My Number ကတ်ဖြင့် စာရင်းသွင်းပြီး သင်သဘောတူမှသာ ဆေးရုံသို့ ပေးပါသည်။",
        ),
    },
    "sources": [
        S("厚生労働省「マイナ保険証・資格確認書」資格確認方法について", "https://www.mhlw.go.jp/stf/newpage_50657.html"),
        S("北海道後期高齢者医療広域連合「資格確認書とは？」（交付対象者）", "https://iryokouiki-hokkaido.jp/hotnews/detail/00003180.html"),
        S("飯山市「国民健康保険被保険者資格書類（資格確認書・資格情報のお知らせ）」", "https://www.city.iiyama.nagano.jp/soshiki/shiminkankyou/kokuhonennkin/kokuho/kokuhoshikakusyorui"),
        S("水俣市 国民健康保険（マイナ保険証または資格確認書）", "https://www.city.minamata.lg.jp/kiji003783/index.html"),
        S("日本アイ・ビー・エム健康保険組合 FAQ「資格情報のお知らせ」", "https://www.ibmjapankenpo.jp/asp/faq/faq.asp?articleid=16661&categoryid=3"),
        S("医療機関等向け総合ポータルサイト FAQ（資格確認書による資格確認、薬剤情報等の提供）", "https://iryohokenjyoho.service-now.com/csm?id=kb_article_view&sys_kb_id=091c338dc37b06d0a66d9c777a0131e2"),
        S("fuelle「資格確認書の有効期限は保険者が5年以内で設定」（厚生労働省の説明を引用）", "https://fuelle.jp/archives/356238/2"),
    ],
    "checked": CHECKED,
    "unclear": [
        T("有効期限の切れた資格確認書を提示された日に、受付がどう会計すべきか（被保険者資格申立書が使えるか等）は、読んだ資料には書かれていない。",
          "What the desk should charge on the day an expired certificate is shown (for example, whether the declaration form may be used) is not said in the sources we read."),
        T("「5年以内」はマイナンバー総合サイトのFAQ（faq.myna.go.jp/faq/show/3505）にあるとされるが、そのページは検索で読めず、厚生労働省の説明を引いた民間の記事で確認した。",
          "The \"up to 5 years\" rule is said to be in the My Number FAQ (faq.myna.go.jp/faq/show/3505); we could not read that page and confirmed it from a private article quoting the ministry."),
        T("資格確認書の様式（カード型・紙）は保険者ごとに異なり、全国共通の見本は確認できなかった。",
          "The certificate's form (card or paper) differs by insurer; we found no national sample."),
    ],
}
