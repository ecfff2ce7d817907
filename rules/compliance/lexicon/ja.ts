import { ADDRESS, NOT_EXPLAINED, NOT_NEGATED, WORD_WITH_AT } from './shared';
import { mapSources, type Lexicon, type LexiconItem } from './types';

/** Thanking for a review already written is no ask ("星5つのレビューをありがとうございます"). */
const NOT_THANKS = "(?![^。！!？?]{0,25}(?:ありがとう|感謝|御礼|お礼))";
/** Japanese entries thanked for are not asks (applied to every leading and review_request entry). */
const unlessThanked = (entries: LexiconItem[]): LexiconItem[] => mapSources(entries, (e) => `(?:${e})${NOT_THANKS}`);

// Japanese is matched without word boundaries; entries are written to be specific enough.
const REVIEW = "(?:レビュー|評価|星|★|口コミ|クチコミ|フィードバック|感想|一言|ひとこと)";

/** An address as written in Japanese mail, also with アット/ドット spelled out ("photo［アット］fern［ドット］shop",
 *  "survey ドット lumahome ドット online"); never Amazon's (ADDRESS) or a carrier's, never from inside a word ("Amazon.co.jp"). */
const JA_ADDRESS = `(?<![a-z0-9._@/-])(?!(?:https?://)?(?:www\\.)?(?:kuronekoyamato|sagawa-exp|japanpost|yamato)\\.)(?:${ADDRESS}|[a-z0-9][a-z0-9._-]{0,30} ?[\\[(]?(?:アットマーク|アット|あっと)[\\])]? ?[a-z0-9-]{2,30}(?: ?[\\[(]?(?:ドット|どっと)[\\])]? ?|\\.)[a-z]{2,12}|[a-z0-9-]{2,30}(?: ?[\\[(]?(?:ドット|どっと)[\\])]? ?[a-z0-9-]{2,20}){1,3})`;
/** Negated satisfaction ("お気に召さない", "ご満足いただけなかった") is no assumed-good experience. */
const NOT_UNHAPPY = "(?![^。]{0,25}(?:ない|なかっ|ません|ず[、。]))";

export const ja: Lexicon = {
  offplatform: [
    { id: 'official-site', re: "公式(?:ウェブサイト|webサイト|サイト|ホームページ|オンラインショップ|オンラインストア|ネットショップ|通販サイト|ストア|ショップ)",
      why: "Points the buyer to the seller's official website or shop, a sales channel outside Amazon.",
      match: ['公式オンラインショップでは全色をそろえております。', '詳しくは公式サイトをご覧ください。'] },
    { id: 'direct-purchase', re: "直接(?:ご購入|購入|ご注文|注文|お買い求め|お取引|取引)", why: 'Offers to sell directly, bypassing the Amazon order.',
      match: ['次回からは当店から直接ご購入いただけます。'], not: ['ご自宅へ直接お届けいたします。'] },
    { id: 'sms', re: "(?:ショートメール|ショートメッセージ|sms)(?:ください|下さい|で|にて|を送|をお送|いただ|頂)", why: 'Asks the buyer to text the seller, a channel outside Amazon.',
      match: ['お急ぎの場合はショートメールください。', 'SMSで写真を送っていただけますか。'] },
    { id: 'pay-by-transfer', re: `(?:銀行振込|振込|振り込み|paypal|ペイパル|現金書留|口座振込)(?:で|にて|による)(?:の)?(?:お支払い|支払|返金|ご返金|お振込|送金|行|対応|お返し)${NOT_NEGATED}`,
      why: 'Takes a payment or refund through a bank transfer or PayPal instead of Amazon.',
      match: ['返金は銀行振込で対応いたします。', '差額はPayPalでのお支払いでお願いします。'], not: ['銀行振込での返金はできません。'] },
    { id: 'refund-by-transfer', re: "(?:返金|ご返金|お支払い)(?:は|を)?(?:銀行振込|振り込み|paypal|ペイパル|口座振込)", why: 'Announces a refund or payment by bank transfer or PayPal outside Amazon.',
      match: ['ご返金は銀行振込とさせていただきます。'] },
    { id: 'contact-at-given', re: "(?<!(?:当店|弊社|当社|私ども|こちら|担当|窓口|カスタマーサービス|サポート|わたくしども|出品者))(?:まで|へ)(?:お問い合わせ|お問合せ|ご連絡|お電話|メール)(?:ください|下さい|を)(?<!(?:配送業者|運送会社|運輸|郵便|佐川|ヤマト|amazon|アマゾン)[^。]{0,25})",
      why: 'Sends the buyer to a number or address given before "まで/へ" instead of Amazon messages (not our own inbox, not a carrier).',
      match: ['03-1234-5678 までお電話ください。', 'info@kagumori.jp へメールをお送りください。'], not: ['当店までお問い合わせください。', '配送業者へお問い合わせください。'] },
    { id: 'toll-free', re: "フリーダイヤル", why: 'Gives a toll-free number to call, a channel outside Amazon.',
      match: ['フリーダイヤル0120-000-111で承ります。'] },
    { id: 'line-account', re: "(?:line|ライン)(?:公式)?(?:アカウント|id|ＩＤ)", why: "Points to the seller's LINE account, a messenger outside Amazon.",
      match: ['当店のLINE公式アカウントからもご相談いただけます。'] },
    { id: 'phone-orders', re: "(?:お電話|電話|メール|fax|ファックス|ファクス)(?:[(][^)]{0,30}[)])?(?:でも|で|にて)(?:の)?(?:ご注文|注文|お問い合わせ|お問合せ|受付|承)",
      why: 'Takes orders or enquiries by phone, mail or fax, outside Amazon.',
      match: ['お電話でもご注文を承っております。', 'FAXでのご注文も受け付けております。'], not: ['お電話番号はご注文時のものを使用します。'] },
    { id: 'contact-by-mail-phone', re: "(?:メール|電話|お電話|ライン|line|lineで|ラインで)(?:にて|で)?(?:お気軽に|気軽に|直接|いつでも|お手数ですが)?(?:ご連絡|お問い合わせ|お問合せ|連絡)(?:ください|下さい|くださいませ|いただければ|頂ければ)",
      why: 'Asks the buyer to contact the seller by e-mail, phone or LINE instead of Amazon messages.',
      match: ['お困りの際はメールでお気軽にご連絡ください。', 'LINEでお問い合わせいただければすぐに返信します。'], not: ['このメッセージにご返信ください。'] },
    { id: 'direct-contact', re: "(?:直接|弊社に直接)(?:ご連絡|お電話|メール)", why: 'Asks for direct contact with the seller, outside Amazon messages.',
      match: ['弊社に直接ご連絡いただければ対応いたします。'] },
    { id: 'line-add', re: "(?:line|ライン)(?:で|の)?(?:id)?(?:を)?(?:友だち|友達)?(?:追加|登録)", why: 'Asks the buyer to add or register the seller on LINE.',
      match: ['LINEで友だち追加をお願いします。'] },
    { id: 'line-id', re: "line ?id", why: 'Gives or asks for a LINE ID, a messenger outside Amazon.',
      match: ['LINE IDは「@kagu_shop」です。'] },
    { id: 'whatsapp', re: "whats ?app", why: 'Names WhatsApp, a messenger outside Amazon.',
      match: ['WhatsAppでもご連絡いただけます。'] },
    { id: 'whatsapp-kana', re: "ワッツアップ", why: 'Names WhatsApp in katakana, a messenger outside Amazon.',
      match: ['ワッツアップで写真を送ってください。'] },
    { id: 'wechat', re: "wechat", why: 'Names WeChat, a messenger outside Amazon.',
      match: ['WeChatでもお問い合わせを受け付けています。'] },
    { id: 'telegram-kana', re: "テレグラム", why: 'Names Telegram in katakana, a messenger outside Amazon.',
      match: ['テレグラムでもご相談を承ります。'] },
    { id: 'telegram', re: "telegram", why: 'Names Telegram, a messenger outside Amazon.',
      match: ['Telegramでお気軽にご相談ください。'] },
    { id: 'skype', re: "skype", why: 'Names Skype, a call channel outside Amazon.',
      match: ['Skypeで画面を見ながらご説明します。'] },
    { id: 'our-website', re: "(?:弊社|当社|当店|私たち)の?(?:ホームページ|ウェブサイト|webサイト|公式サイト|サイト|オンラインショップ|オンラインストア|自社サイト|ネットショップ|通販サイト)",
      why: "Points to the seller's own website or online shop, outside Amazon.",
      match: ['当店のオンラインショップでもお買い求めいただけます。', '弊社ホームページに詳しい説明がございます。'] },
    { id: 'outside-amazon', re: `(?:アマゾン|amazon)(?:以外|外|を通さず|を介さず)${NOT_NEGATED}`, why: 'Proposes a deal outside or around Amazon.',
      match: ['Amazonを通さずにお取引いただければ送料がかかりません。'], not: ['Amazon以外でのお取引はできかねます。'] },
    { id: 'pay-transfer-short', re: "(?:銀行振込|paypal|ペイパル)(?:で|にて)(?:お支払い|支払)", why: 'Asks the buyer to pay by bank transfer or PayPal, outside Amazon.',
      match: ['もう一台ご希望でしたらPayPalでお支払いください。'] },
    { id: 'call-us', re: "(?:お電話|電話)(?:ください|下さい|をください)", why: 'Asks the buyer to phone the seller, a channel outside Amazon.',
      match: ['ご不明点があればお電話ください。'] },
    { id: 'address-then-invite', re: `${JA_ADDRESS} ?[^。\\n]{0,20}?(?:お聞かせ|登録|記入|お求め|お支払|お送り|どうぞ|ご連絡|お問い合わせ|お問合せ|お願い|ご購入|ご注文|購入|注文|お安|安く|承|受け付け|受付)`,
      why: 'A web or e-mail address followed by an invitation to register, buy, pay or write there, outside Amazon (a manual link to read stays a bare address).',
      match: ['kagu-mori.jp/support でご登録いただけます。', 'info＠greenleaf．shop までどうぞ。'], not: ['amazon.co.jp/orders からご注文内容を確認できます。'] },
    { id: 'invite-then-address', re: `(?:ご連絡|お問い合わせ|お問合せ|お送り|ご登録|ご記入|お聞かせ|お寄せ|こちら|フォーム|お支払い|お申し込み|お申込み|ご注文|ご購入|ください|下さい)[^。：:\\n]{0,15}[：:] ?${JA_ADDRESS}`,
      why: 'An invitation to contact, pay or register followed by an address after a colon, outside Amazon.',
      match: ['お問い合わせ：info（アット）kagumori（ドット）com', 'こちらからお支払いください：paypal.me/kagumori'] },
    { id: 'phone-number-to-call', re: "(?:お電話|電話|ダイヤル|tel)(?:番号)?(?:は|：|:) ?[0-9][0-9-]{6,14} ?(?:まで|へ|に|で)",
      why: 'Gives a phone number as the place to call, outside Amazon.',
      match: ['お電話は03-5555-1234までお願いします。'] },
    { id: 'messenger-send', re: "(?:line|ライン|whats ?app|インスタ(?:グラム)?|instagram|dm|sms|ショートメール|ショートメッセージ)(?:で|にて|から)[^。]{0,15}(?:お送り|送り|送信|ご案内|ご連絡|連絡|ご説明|お知らせ)(?:します|いたします|致します|したい|させていただ|差し上げ)",
      why: 'The seller offers to send or explain over LINE, WhatsApp, Instagram, a DM or SMS, outside Amazon.',
      match: ['LINEで取扱説明書をお送りします。', 'インスタのDMからご案内いたします。'], not: ['Amazonのメッセージでお送りします。'] },
    { id: 'phone-explain', re: "(?:お電話|電話)(?:で|にて)[^。]{0,15}(?:ご案内|ご連絡|ご説明|お知らせ)(?:します|いたします|致します|したい|させていただ|差し上げ)(?<!(?:配送業者|業者|ドライバー|運輸|郵便|佐川|ヤマト|配達員|運送会社)[^。]{0,40})",
      why: 'The seller offers to explain or follow up by phone, outside Amazon (not a carrier calling).',
      match: ['お電話で詳しくご説明いたします。'], not: ['配送業者から電話でご連絡いたします。'] },
    { id: 'social-dm', re: `(?:インスタ(?:グラム)?|instagram|twitter|ツイッター|facebook|フェイスブック|tiktok)(?:の|で|から)(?:dm|ダイレクトメッセージ)${NOT_NEGATED}`,
      why: 'Points to a social network DM as the channel, outside Amazon.',
      match: ['InstagramのDMでご相談ください。'], not: ['InstagramのDMではご対応できません。'] },
    { id: 'dm-contact', re: `(?:dm|ダイレクトメッセージ)(?:で|にて|から|へ|に)(?:お気軽に)?(?:ご連絡|お問い合わせ|連絡|メッセージ)${NOT_NEGATED}`,
      why: 'Asks the buyer to contact the seller by DM, outside Amazon.',
      match: ['DMでお気軽にご連絡ください。'] },
    { id: 'payment-app', re: `(?:paypay|ペイペイ|メルペイ|楽天ペイ|line ?pay|auペイ|au pay|paypal|ペイパル)(?:で|にて|へ|に|の|による)?[^。]{0,6}(?:送金|お支払|支払|お振込|振込|返金|ご返金|決済)${NOT_NEGATED}`,
      why: 'Moves a payment or refund to a payment app (PayPay, PayPal, LINE Pay) outside Amazon.',
      match: ['PayPayで差額を送金していただけますか。', 'PayPalで全額返金いたします。'], not: ['PayPayでのお支払いはできません。'] },
    { id: 'own-shop', re: "自社(?:の)?(?:サイト|ホームページ|オンラインストア|オンラインショップ|ネットショップ|通販|ec|ストア|ショップ)",
      why: "Points to the seller's own shop under another name (自社サイト), outside Amazon.",
      match: ['自社サイトの方がお安く購入できます。'] },
    { id: 'dedicated-line', re: "(?:専用|直通|サポート|お客様|カスタマー)?(?:ダイヤル|ホットライン|コールセンター|電話窓口)(?:まで|へ|に|にて|で)(?<!(?:amazon|アマゾン|配送業者|運輸|郵便|佐川|ヤマト|運送会社)[^。]{0,20})",
      why: "Points to the seller's own phone line or call centre, outside Amazon (not Amazon's or a carrier's).",
      match: ['専用ダイヤルまでお気軽にどうぞ。'], not: ['Amazonのコールセンターへお問い合わせください。'] },
    { id: 'ask-address', re: "(?:アドレス|メアド|連絡先)(?:を)?(?:教えて|お教え|ご教示|お知らせ)(?:ください|下さい|いただけ|頂け)",
      why: "Asks for the buyer's address or contact details to continue outside Amazon.",
      match: ['連絡先を教えてください。'] },
    { id: 'our-bank-account', re: `(?:当社|弊社|当店|私ども)(?:の)?(?:口座|銀行口座)(?:へ|に|まで)?(?:の)?(?:お振込|振込|お振り込み|振り込み|送金|ご入金|入金)${NOT_NEGATED}`,
      why: "Asks for payment into the seller's own bank account, outside Amazon.",
      match: ['代金は当社口座へお振込みください。'] },
    { id: 'our-webpage', re: "(?:弊社|当社|当店|私たち|自社)の?(?:ウェブページ|webページ|ウェブショップ|webショップ|ブログ|会員ページ)", why: "Points to the seller's own web page or blog, outside Amazon.",
      match: ['詳しい手順は当店のブログで紹介しています。'] },
    { id: 'other-marketplace', re: `(?:楽天市場|楽天|ヤフーショッピング|yahoo!?ショッピング|メルカリ|ヤフオク|qoo10|au pay マーケット)(?:でも|で|にて|にも)(?:販売|出品|お取り扱い|取り扱|購入|お求め)${NOT_NEGATED}`,
      why: 'Names another marketplace as a place to buy the product.',
      match: ['楽天市場でも販売しておりますので、ぜひご利用ください。'], not: ['楽天市場では販売しておりません。'] },
    { id: 'number-for-call', re: "(?:お電話|電話|携帯)(?:で|にて)[^。]{0,30}番号(?:を)?(?:お知らせ|お教え|教えて|ご教示)", why: 'Asks for a phone number so the seller can call, outside Amazon.',
      match: ['お電話でご案内しますので、番号をお知らせください。'] },
    { id: 'ask-buyer-number', re: "(?:電話番号|携帯番号|携帯電話番号|メールアドレス|lineのid|line ?id)(?:を)?(?:教えて|お教え|ご教示|お知らせ|お送り|お聞かせ)(?:ください|下さい|いただけ|頂け)",
      why: "Asks for the buyer's own phone number, e-mail or LINE ID, moving the chat off Amazon.",
      match: ['携帯番号を教えていただけますか。', 'メールアドレスをお知らせください。'] },
    { id: 'private-contact', re: "(?:個人の|個人的な|プライベートの|ご自身の)(?:電話番号|携帯番号|メールアドレス|連絡先)",
      why: "Asks for the buyer's private phone number or e-mail, moving the chat off Amazon.",
      match: ['個人のメールアドレスでやり取りさせてください。'] },
  ],
  leading: unlessThanked([
    `(?:ご満足|満足)(?:いただけ|頂け|され|し|でき)(?:ましたら|ましたなら|たら|たなら|た場合|ていれば|たのであれば|ましたのなら)(?=[^]{0,80}?${REVIEW})`, `(?:気に入って|お気に召して)(?:いただけ|頂け)(?:ましたら|たら|たなら)(?=[^]{0,80}?${REVIEW})`,
    `(?:気に入|お気に召)(?:ったら|りましたら|られましたら|されましたら|ったなら)(?=[^]{0,80}?${REVIEW})`,
    `(?:多くの|ほとんどの|大半の|たくさんの|沢山の|殆どの)(?:お客様|お客さま|購入者|ユーザー|方)(?:から|に|が)[^。]{0,20}(?:高評価|星5|★5|星五|満点|好評)`, "満点(?:の)?(?:評価|レビュー)",
    `${REVIEW}(?:を|の)?(?:ご)?(?:書|投稿|つけ|付け|記入|入れ|する|される|なさる)(?:く|る|かれる|られる|される|する)?(?:前に|前には|より先に|よりも先に)`,
    `(?:小さな|小さい|個人|家族経営の|零細)(?:お店|店|会社|ショップ|商店|事業者|企業)[^。]{0,40}${REVIEW}`, `${REVIEW}[^。]{0,40}(?:小さな|小さい|個人|家族経営の|零細)(?:お店|店|会社|ショップ|商店|事業者|企業)`,
    `${REVIEW}(?:を|の)?(?:上げ|あげ|引き上げ|削除|変更|修正|取り消|取消|撤回|見直|再検討|書き換え|書き直|更新|取り下げ|取下げ)`,
    "(?:★|星)(?:5|５|五)つ?(?<!「[^」]{0,10})", "(?:5|五)つ星(?<!「[^」]{0,10})", "高評価", "(?:良い|よい|いい|素敵な|ポジティブな)(?:レビュー|評価|口コミ)",
    `(?:${REVIEW})(?:を)?(?:書|投稿|つけ|付け)(?:く|る|られる)?前に`, "(?:悪い|低い|否定的な|マイナスの|厳しい)(?:評価|レビュー)[^。]{0,10}(?:前|まえ)に",
    `(?:${REVIEW})(?:の)?(?:削除|変更|修正|取り消し|取消|撤回)`, `(?:${REVIEW})(?:と引き換え|の代わり|のお礼)に`, `${REVIEW}(?:を)?(?:書|投稿|記入)(?:いて|して)(?:いただいた|頂いた|くださった|下さった)(?:方|お客様)`, "(?:ギフト券|クーポン|返金|プレゼント|割引)(?:を)?(?:差し上げ|進呈|お送り)[^。]{0,30}(?:レビュー|評価)",
    // why: the ask follows an assumed good experience ("お楽しみいただいている今", "お部屋にぴったりだったと思いますので", "きっとご満足いただけたかと存じます", "ご満足の事と存じますので")
    `(?:お楽しみ|楽しまれて|楽しんで|ご愛用|ご活用|お使い|ご使用)(?:いただいて|頂いて)?(?:いる|おります|いらっしゃる)(?:今|ことと|事と|かと|ところ)(?=[^]{0,80}?${REVIEW})`,
    // why: an early delivery as the reason to rate ("予定より早くお届けできましたので、その点も評価に")
    `(?:予定より|予定よりも)(?:早く|早め)[^。]{0,15}(?:ので|から)(?=[^]{0,60}?${REVIEW})`,
    `(?:ぴったり|お似合い|ご満足|満足|気に入って|お気に召|喜んで|お役に立)${NOT_UNHAPPY}[^。]{0,25}(?:と思います|と存じます|ことと|事と|かと|でしょう|に違いありません|はず)(?=[^]{0,80}?${REVIEW})`,
    // why: sympathy for a small team or one-person shop ("小さなチームですので", "個人で細々と営んでいる店ですので")
    `(?:(?:小さな|小さい|少人数の)(?:チーム|工房)|個人で[^。]{0,12}(?:営|経営|運営|やって))[^。]{0,40}${REVIEW}`,
    // why: discouraging a low rating ("低評価はご容赦ください")
    "(?:低評価|悪い評価|低い評価|星1つ?|★1つ?)(?:は|だけは)(?:ご容赦|ご勘弁|お控え|控え|避け|おやめ)",
    // why: a reward tied to posting ("レビュー投稿後にスクリーンショットをお送りいただければ返金", "レビューをいただいた方にはクーポン", "レビュー投稿でギフト券", "書いていただければ保証期間を延長")
    `${REVIEW}(?:を|の)?(?:ご)?(?:投稿|書|記入|いただ|頂|お寄せ|つけ|付け|掲載|公開)[^。]{0,30}?(?:後|ければ|れば|た方|たら|で)[^。]{0,40}?(?:返金|キャッシュバック|プレゼント|進呈|差し上げ|延長|無料|ギフト券|クーポン|割引|お礼の品|特典|抽選|当選|当たり)`,
    "(?:スクリーンショット|スクショ|画面写真)[^。]{0,30}(?:返金|キャッシュバック|プレゼント|進呈|差し上げ|ギフト券|クーポン)",
    // why: social proof by count or share ("すでに数千人のお客様にご満足いただいております", "お客様の9割以上が最高評価を")
    "(?:数千|数万|数百|多く|たくさん|大勢|[0-9,]{1,7})人?の(?:お客様|お客さま|購入者|方)[^。]{0,15}(?:ご満足|満足|高評価|好評|ご好評|最高評価)", "最高(?:の)?評価", "(?:[1-9]割|ほぼ全員|大半)(?:以上)?(?:の方|のお客様)?が[^。]{0,10}(?:高評価|星5|★5|満点|ご満足)",
    // why: conditioned on being useful or liked ("バッグがお役に立っているようでしたら、ぜひ一言レビューを")
    `(?:お役に立って|ご満足いただけて|気に入っていただけて|喜んでいただけて)(?:いる|おります)?(?:ようでしたら|ようであれば|のでしたら|なら)(?=[^]{0,80}?${REVIEW})`,
    // why: honorific "before you rate" ("評価をお付けになる前に"), asking to reconsider ("評価の見直しをご検討いただけますか")
    `${REVIEW}(?:を|の)?(?:お|ご)?(?:書き|付け|つけ|投稿|記入)(?:に)?(?:なる|される|する)?(?:前|まえ)に`, `${REVIEW}の(?:見直し|変更|削除|修正|取り下げ|取り消し|撤回)`,
    // why: "before rating" without a verb ("評価の前に必ずご一報ください"), a floor for the stars ("星4つ以上のご評価を")
    `${REVIEW}の(?:前|まえ)に`, "(?:★|星)(?:4|四)つ?以上",
    // why: asking to raise or change a given star count ("先日いただいた星2つを、もう少し上げていただく")
    "(?:★|星)(?:[1-4]|[一二三四])つ?(?:の評価)?(?:を)?[^。]{0,15}?(?:上げ|変更|見直|修正|削除|取り消|取消)",
  ]),
  review_request: unlessThanked([
    // why (guards): "レビュー投稿前にお知らせください" asks for contact, "星5つをつけてくださっています" / "最高評価をくださっている" describe
    `${REVIEW}(?:を|の)?(?:ぜひ|是非|ぜひとも|よろしく|どうか)?(?:ご)?(?:投稿|記入|お願い|いただけ|頂け|くださ(?!っ)|下さ(?!っ)|書いて|していただけ|して頂け|お寄せ|お聞かせ|残して|つけて(?!くださっ|いただいてい|頂いてい))(?!前|の前|より前|より先|される前|する前)`, "(?:ご)?評価(?:を|して)(?:いただ(?!いて|き(?:まし|ます))|頂(?!いて|き(?:まし|ます))|くださ(?!っ)|下さ(?!っ)|お願い)",
    "(?:★|星)(?:\\d|[一二三四五])つ?(?:を|で)?(?:お願い|つけて|付けて|ください|下さい|いただけ|頂け|くれ)(?!くださっ|いただいてい|頂いてい|もらってい|おられ|いらっしゃ)", "星を(?:つけて|付けて)",
    "(?:レビュー|口コミ|クチコミ)(?:を)?(?:して|書いて|投稿して)(?:ね|ください|下さい|くれ|ほしい|欲しい|もらえ|いただ|頂)",
    "(?:使い心地|使用感|ご意見|体験|印象|感想)(?:を|について)?[^。]{0,12}(?:シェア|共有)(?:して(?:いただ|頂|くだ|下さ|ね)|いただ|頂|くださ|下さ|お願い)", "(?:高評価|レビュー|口コミ|クチコミ|評価|一言)[^。]{0,20}(?:励み|支え|力)に(?:なります|なる)", "(?:amazon|アマゾン)(?:で|に|上で)(?:シェア|共有|投稿)",
    `${REVIEW}(?:へ|に)?(?:の)?ご協力`, `${REVIEW}(?:を)?(?:書|投稿|記入)(?:いて|して)(?:いただいた|頂いた|くださった|下さった)(?:方|お客様)`,
    // why: "ストア評価の方もよろしくお願いいたします", "評価がまだでしたら", "ご評価を頂戴できれば"
    `${REVIEW}の方(?:も|を)?(?:ぜひ|是非)?(?:よろしく|お願い)`, `${REVIEW}(?:が|は)(?:まだ|お済みでない)(?:でしたら|の場合|であれば|なら|のようでしたら)`, `${REVIEW}(?:を)?(?:頂戴|賜)`,
    // why: telling it on the product page ("商品ページで使い心地を教えていただけませんか", "商品ページに書き込んでいただけると")
    "(?:商品ページ|レビュー欄|商品レビュー|(?:amazon|アマゾン)(?:の)?(?:商品)?ページ)(?:で|に|上で|にて|へ)[^。]{0,20}?(?:教えて|お聞かせ|書いて|書き込んで|残して|投稿して|共有して|シェアして)(?:いただ|頂|くださ|下さ|ほしい|もらえ)",
    // why: "ご感想を拝見できればうれしく存じます", "ほかのお客様の参考になります", "評価に反映していただけると"
    `${REVIEW}(?:を)?(?:拝見|拝読|読ませて|お聞き)(?:できれば|できると|できたら|させていただければ|させて頂ければ|いただければ)`, "(?:ほかの|他の|これから(?:購入する|買う|ご購入の))(?:お客様|方|購入者)(?:様)?の参考に(?:なります|なる)", `${REVIEW}に(?:も)?反映`,
    // why: an opinion given on the product page ("商品ページにてご意見を頂戴できますと"), "星をいくつ付けていただけるか"
    "(?:ご意見|お声|ご評価)(?:を)?(?:頂戴|賜|お寄せ|お聞かせ)(?:でき|いただ|頂|くださ|下さ)", "(?:星|★)(?:を)?(?:いくつ|何個|何個の)",
    // why: a review as our strength ("一件のご感想がとても大きな力になります"), stars to cheer us on ("星5つで応援してください")
    `${REVIEW}[^。]{0,20}(?:励み|支え|力)に(?:なります|なる)`, "(?:★|星)(?:\\d|[一二三四五])つ?(?:を|で)?(?:応援|ご評価|評価して|評価を)",
    // why: the reward-tied ask asks for the review too
    `${REVIEW}(?:を|の)?(?:ご)?(?:投稿|書|記入|いただ|頂|お寄せ|つけ|付け|掲載|公開)[^。]{0,30}?(?:後|ければ|れば|た方|たら|で)[^。]{0,40}?(?:返金|キャッシュバック|プレゼント|進呈|差し上げ|延長|無料|ギフト券|クーポン|割引|お礼の品|特典|抽選|当選|当たり)`,
  ]),
  marketing: [
    // why (guard): "ご利用のクーポンはすでに差し引かれております" explains, not offers
    `クーポン${NOT_EXPLAINED}(?![^。]{0,30}(?:差し引|引かれ|反映|適用|ご利用済|使用済))(?<!(?:ご利用の|ご使用の|ご利用いただいた|適用された|使用された)クーポン)`, "割引コード", "プロモーションコード", "(?:\\d{1,3}|[０-９]{1,3}) ?(?:%|％)(?:オフ|off|割引)", "\\d割引", "セール", "キャンペーン", "新商品", "新製品", "ニューアイテム", "(?:他の|その他の)商品", "ストア(?:ページ)?(?:を|も)(?:ご覧|チェック)",
    "フォロー(?:して|お願い)", "(?:インスタ(?:グラム)?|instagram|twitter|ツイッター|tiktok|facebook|フェイスブック|youtube|ユーチューブ)(?:の|で|を)?フォロー", "お得(?:です|に|な)", "メルマガ", "ニュースレター", "プレゼント企画", "抽選", "次回(?:の)?(?:ご購入|購入|ご注文|注文)(?:時)?(?:に|で)(?:使える|割引|お得)", "限定(?:セール|オファー|価格)", "(?:今週|今月|本日|期間|数量|週末|会員)限定", "半額", "全品(?:\\d|半額|割引|セール|送料無料|ポイント)", "メールマガジン", "新作", "新発売", "新登場", "新シリーズ", "新色", "新モデル",
    "(?:当店|弊社|当社)の?(?:ストア|ショップ|ストアページ|ストアフロント)(?:では|で|にて|には|も)",
    "(?:お揃い|おそろい|セット|同シリーズ|シリーズ)の[^。]{0,15}(?:も|を)(?:販売|ご用意|取り扱|取扱)(?!終了|停止|中止)",
    "(?:当店|弊社|当社)の[^。]{0,20}(?:おすすめ|オススメ|お勧め|お薦め)", "(?:一緒に|併せて|あわせて|合わせて)[^。]{0,25}(?:おすすめ|オススメ|お勧め|お薦め|いかが)",
    // why: upsell, bundles and launches without a coupon word ("好評発売中", "まとめ買いなら1個あたり300円安く", "上位モデルへのお買い替え", "1.5Lモデルに買い替え", "新しいカラーも近日入荷")
    "(?:好評|絶賛)(?:発売|販売)中", `まとめ買い${NOT_EXPLAINED}`, "個セット(?:なら|で|だと)[^。]{0,15}(?:お得|安|割引)", "セット割", "1個あたり[^。]{0,10}(?:安く|お安く|お得)", "(?:上位|上級|ハイエンド)(?:モデル|機種|版|グレード)", "(?:お買い替え|買い替え|アップグレード)(?:も|を)(?:ご検討|おすすめ|お勧め)", "(?:モデル|タイプ|サイズ)に(?:お)?買い替え",
    "新しい(?:カラー|デザイン|シリーズ|コレクション)", "新カラー", "近日(?:発売|登場|入荷)",
    // why: other products in the store ("ストアページでは他にも便利なキッチン用品を多数取り揃えております")
    "(?:ストアページ|ストア|ショップ)(?:では|には|にも)[^。]{0,10}(?:他|ほか)にも", "(?:他|ほか)にも[^。]{0,20}(?:取り揃え|ご用意し|販売し|取り扱)",
    // why: customers who bought it also bought ("お買い求めの方は、調光できる電球も一緒に購入されています"), a weekly deal ("今週は…送料無料")
    "(?:お買い求め|ご購入|購入)(?:の|された|いただいた)(?:方|お客様)(?:は|の多くは|には)[^。]{0,40}(?:も|と)(?:一緒に|併せて|あわせて)?(?:購入|お買い求め|ご購入)", "(?:今週|今月|本日|期間限定|週末)[^。]{0,30}(?:送料無料|割引|お得|値引き|特価)",
    // why: cheaper elsewhere or next time ("手数料分お安くなります", "次回は…送料無料")
    "お安く(?:なります|お求め|ご購入|ご提供|ご案内|お譲り)|お安いです|割安",
    // why: a variant announced for sale ("この商品のワイヤレス版を発売予定"), never "ご注文の商品は来月発売予定"
    "(?:版|モデル|タイプ|カラー|色|サイズ|シリーズ)(?:を|も|が)[^。]{0,10}(?:発売|登場|リリース|販売開始)(?:予定|いたします|します|しました)", "次回(?:は|から)[^。]{0,30}(?:お得|送料無料|割引|安く|お安)",
  ],
  personal_data: ["生年月日", "(?<!お)誕生日(?!おめでとう)", "ご年齢", "身分証", "運転免許証", "パスポート", "マイナンバー", "保険証", "(?:個人の|個人的な|プライベートの|ご自身の)(?:電話番号|携帯番号|メールアドレス|連絡先)", "口座情報", "振込先(?:口座)?(?:を|の)", "(?:電話番号|携帯番号|メールアドレス|lineのid|line ?id)(?:を)?(?:教えて|お教え|ご教示|お知らせ|お送り|お聞かせ)(?:ください|下さい|いただけ|頂け)", "(?:instagram|インスタ|facebook|フェイスブック|twitter|ツイッター)(?:の)?アカウント", "口座番号", "クレジットカード番号",
    // why: ID copies and the birth year under other names ("ご本人確認書類の写し", "お客様の生まれた年")
    "(?:アドレス|メアド|連絡先)(?:を)?(?:教えて|お教え|ご教示|お知らせ)(?:ください|下さい|いただけ|頂け)", "本人確認書類", "身分証明書", "パスポートの(?:写し|コピー|画像)", "免許証(?:の)?(?:写し|コピー|画像)", "生まれ(?:た年|年)", "何年生まれ", "おいくつ",
    "(?:お電話|電話|携帯)(?:で|にて)[^。]{0,30}番号(?:を)?(?:お知らせ|お教え|教えて|ご教示)"],
  review_wording: ["レビュー", "評価", "口コミ", "クチコミ", "(?:★|星)(?:5|５|五)"],
  auto_reply: ["自動(?:返信|応答|送信)", "(?:お問い合わせ|メッセージ)(?:を)?(?:受け付け|受付|受信)(?:ました|いたしました)", "(?:営業日以内|24時間以内|順次)(?:に)?(?:ご)?(?:返信|回答|連絡)"],
  accept: ["かしこまりました", "承知(?:いた)?しました", "了解(?:いた)?しました", "はい", "もちろん", "大丈夫です", "(?:メール|お電話|電話|line|ライン)(?:にて|で)(?:ご連絡|お送り|送信|連絡)(?:いたします|します|させていただきます)"],
  refuse: [
    "(?:こちらの|この)メッセージ(?:にて|で|上で)","(?:amazon|アマゾン)(?:の)?(?:メッセージ|規約|ポリシー)", "(?:できかねます|できません|お受けできません|控えさせて)"],
  buyer_offplatform: ["(?:メール|電話|ライン|line)(?:で|にて)(?:連絡|送って|教えて)", "私の(?:メールアドレス|電話番号|携帯)", "whats ?app", "(?:アマゾン|amazon)(?:以外|外)", WORD_WITH_AT, "line ?id"],
};
