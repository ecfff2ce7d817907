import { ADDRESS, NOT_EXPLAINED, NOT_NEGATED, NOT_THANKED_OR_BEFORE, WORD_WITH_AT } from './shared';
import type { Lexicon } from './types';

/** Review words with the typos and spaced-out spellings buyers get ("reveiw", "feedbak", "f-e-e-d-b-a-c-k"). */
const REVIEW = "(?:reviews?|re?v(?:ei|ie)ws?|revews?|feedbac?k|f-e-e-d-b-a-c-k|r e v i e w|ratings?|testimonials?|stars?|opinions)";
/** A review as the object of a wish: the review words plus "your thoughts/opinion/verdict", "a few (kind) words". */
const REVIEW_OBJECT = `(?:(?:product |seller |star |honest |quick |short )?${REVIEW}|opinion|thoughts|verdict|(?:a )?few (?:kind |nice )?words|a few stars)`;
/** What a seller says a review would be. */
const WELCOME = "(?:appreciated|welcome|lovely|great|wonderful|amazing|awesome|fantastic|perfect|helpful|brilliant|super|ideal|valued|(?:a )?(?:great|big|huge) help)";
const HAPPY = "(?:happy|satisfied|pleased|delighted|thrilled|glad|content|(?:love|loved|enjoy|enjoyed|like|liked) (?:it|the|your|our|this|them|using|what))";
/** Satisfaction wording only counts as leading when review wording follows in the next sentences. */
// why: the ask after a satisfaction clause may be "rate it on Amazon", "recommend it to others", "tell the world"
const AFTER_REVIEW = "(?=[^]{0,160}?(?:review|feedback|rating|rate (?:us|it|them|the)|stars?(?![\\p{L}])|opinions|kind words|few words|(?:tell|let) (?:others|other|the world|everyone)|recommend (?:it|them|us)))";
/** Incentives offered for a review ("a $10 gift card once your review is live"). */
const INCENTIVE = `(?:gift ?cards?|vouchers?|coupons?|discounts?|refunds?|rebates?|cash ?back|rewards?|freebies?|bonus(?:es)?|free (?:gift|sample|product|item|unit)s?|samples?|credit) … (?:for|once|in exchange for|in return for|as (?:a )?thanks? for|(?:when|if|after) you (?:leave|write|post|submit|share)) (?:a |an |your |the |each |every |any )?(?:honest |quick |short )?${REVIEW}`;
const DOCS = "(?:passport|id card|identity card|identification card|national id|driver'?s? licen[cs]e|driving licen[cs]e|social security card|tax id|photo id|government id|id document|\\bid\\b)";

export const en: Lexicon = {
  offplatform: [
    // why: an invitation carried by an address: a verb that sends the buyer somewhere, then a domain or e-mail ("register at shop.store/warranty", "email parts@shop.tools", "open a ticket at help.x.io")
    `(?:e-?mail(?! ?:)|write|send|register|visit|fill in|fill out|create an account|log|activate|sign up|open a ticket|order(?! status)|reach|join(?![a-z])|pay|check out|share|tell us|rate|claim|contact|support desk|questions\\?|use|go to|head to|available|range is|find us|reply to)\\p{L}{0,3} (?:[^\\s.!?]{1,25} ){0,6}(?:(?:at|on|to|via|through|from|in|here):? )?${ADDRESS}`,
    // why: a customer line given as a channel ("our customer line is (212) 555-…", "service team: 03 …")
    // why: the match must end on a letter, not before the digits ("our customer line 0800 123 4567 is open")
    "(?:customer|service|support|help) (?:line|desk|hotline|team)(?: \\([^)]{0,20}\\))?(?::| is| on)?(?=\\s{0,3}[+(0-9])",
    // why: asking for the buyer's own channel ("what's your personal email", "send us your mobile number", "your Facebook name")
    "(?:send|give|tell|share|let (?:us|me) know|what(?:'s| is)) (?:us |me )?your (?:personal |private |own )?(?:e-?mail|mobile|cell|phone number|whats ?app|paypal e-?mail)(?! (?:model|case|address for the (?:carrier|courier)))",
    // why: a team reached on a number: "please reach out to our support team directly on 020 7946 0321"
    "(?:reach out to|contact|call|ring) (?:our|the) (?:\\p{L}{1,12} )?(?:team|department|office|staff)(?: directly)? (?:at|on)(?=\\s{0,3}[+(0-9])",
    // why: selling or invoicing around Amazon, other off-Amazon channels
    "(?:sell|invoice|bill|charge) you (?:\\p{L}{1,12} ){0,3}directly", "no need to go through amazon", "saves? (?:us both |us |you )?(?:the )?(?:amazon )?fees", "discord", "added you on (?:instagram|facebook|tiktok|snapchat|whats ?app)", "to our paypal",
    "so (?:that )?(?:we|i) (?:can|could) (?:call|phone|text|ring|whatsapp|e-?mail) you", "to (?:call|phone|text) you (?:directly|personally|on your (?:mobile|cell|phone))",
    "(?:reach|contact|call|email|e-mail|text|find) (?:us|me) (?:directly |also |anytime |any time )?(?:at|on)(?=\\s{0,3}[+(0-9])",
    "(?:on|at|via|from) (?:ebay|etsy|walmart|aliexpress|temu|shopify|kaufland|cdiscount|rakuten|mercado ?libre|allegro|otto|bol\\.com|zalando)", "(?:call|phone|text|e-?mail|contact|reach) you directly",
    "(?:call|text|phone|ring|sms|whats ?app)(?: or (?:call|text|sms|whats ?app|e-?mail))?(?: (?:us|me))?(?: (?:at|on|via))?(?=\\s{0,3}[+(0-9])",
    "(?:we|i)(?:'ll| will| can| could| would like to| want to) (?:call|phone|ring|text|sms|whatsapp|e-?mail) you", "call (?:our|the) (?:customer )?(?:service|support|hotline|helpline|team|office|store|shop)", "(?:our|the) (?:support|customer service|service|help) ?(?:line|hotline|number)",
    "(?:e-?)?mail (?:us|me)", "(?:move|take|continue|switch|shift) (?:this|the|our) (?:conversation|chat|discussion|thread) (?:to|over to|onto|via|by) (?:e-?mail|whats ?app|phone|text|sms|telegram|messenger)", "send (?:us|me) an? e-?mail", "(?:shoot|send|drop|fire off) (?:us |me )?an? (?:quick )?(?:e-?mail|mail|text|sms|whats ?app)(?: message)? (?:to|at|on)",
    "(?:ping|message|find|add|contact|reach|catch) (?:us|me) (?:on|via|over) (?:instagram|facebook|tiktok|twitter|x|snapchat|discord|insta|ig)",
    "(?:talk|chat|speak|discuss) (?:\\p{L}{1,12} ){0,2}(?:over|on|by) the (?:phone|telephone)", "number (?:to|we can|i can|for us to) (?:reach|call|text|contact|ring) you",
    "(?:orders?|ordering|buy|buying|purchases?|purchasing|shop|shopping|reorder|re-order) … directly (?:from|through|via|on|at|with) (?:us|our)",
    "(?:save|avoid|skip|bypass|cut out) (?:the )?(?:amazon )?(?:fees?|commissions?|middleman)", "drop (?:us|me) an? (?:e-?mail|line|message|text)",
    "write (?:to )?(?:us|me) (?:at|on|via|directly)", "(?:contact|reach|message) (?:us|me) (?:directly )?(?:at|on|via|by|through|using|over) (?!amazon)(?:e-?mail|phone|whats ?app|telegram|wechat|line|viber|skype|signal|facebook|instagram|messenger|our (?:web ?site|site|shop|store))",
    "(?:contact|reach) (?:us|me) (?:directly )?(?:outside|off) (?:of )?amazon", "(?:contact|reach) (?:us|me) directly",
    "call (?:us|me)(?! back through)", "give (?:us|me) a (?:call|ring|buzz)", "phone (?:us|me)", "ring (?:us|me)",
    "text (?:us|me)", "sms (?:us|me)", "dm (?:us|me)", "send (?:us|me) an? (?:dm|direct message|text|whats ?app)", "direct message",
    "whats ?app", "wechat", "we chat id", "telegram", "viber", "skype", "kakao ?talk", "facebook messenger", "messenger",
    "line (?:id|app|account)", "(?:on|via|add (?:us|me) on) line", "signal app", "(?:on|via) signal",
    "our (?:own )?(?:web ?site|web ?shop|web ?store|e-?shop|online (?:shop|store)|homepage|home page|site|shopify (?:shop|store))(?! (?:manager|team|staff|supervisor|engineer|visit|survey|map))",
    "(?:visit|check|see|find) (?:us|our) (?:on|at) (?:our )?(?:web ?site|instagram|facebook|tiktok|youtube)",
    "(?:buy|order|purchase|shop) (?:directly )?(?:from|with|through) us (?:directly|outside|off|instead)",
    "(?:buy|order|purchase|shop) (?:it |them |everything )?directly (?:from|with|through|on|at|via)(?! amazon)", "(?:order|buy|purchase) (?:it |them )?(?:directly )?(?:on|from|via|through) our (?:web ?site|site|shop|store)",
    `(?:pay|payment|refund|send (?:the )?money|transfer) (?:you |us |me )?(?:via|by|through|with|using|over|on) (?:paypal|venmo|zelle|cash ?app|western union|wire transfer|bank transfer|bank|wise|revolut|crypto|bitcoin|gift card)${NOT_NEGATED}`,
    "paypal (?:me|friends)", `(?:outside|off) (?:of )?amazon${NOT_NEGATED}`, "bypass(?:ing)? amazon", "avoid (?:the )?amazon fees?",
    "cheaper (?:on|at|from) our", "without amazon",
    "(?:my|our) (?:personal |private |direct )?(?:e-?mail|phone number|number|cell|mobile|whats ?app) (?:is|address is)",
  ],
  leading: [
    `if (?:it|this|that|they|the (?:new |replacement )?\\p{L}{1,20}) (?:solves|solved|fixes|fixed|resolves|resolved|helps|helped|sorts|sorted) (?:it|the|your|things)${AFTER_REVIEW}`,
    "(?:stars?|rating|review|feedback)[^]{0,100}?(?:bump|raise|nudge) (?:it|that|them) up", "(?:bump|raise|push|nudge|move) (?:up )?(?:your|the|that|my) (?:rating|review|stars?|feedback)",
    `(?:loving|enjoying|liking) (?:it|them|the (?:new )?\\p{L}{1,20}|your (?:new )?\\p{L}{1,20})\\?${AFTER_REVIEW}`,
    `if (?:it|this|they|the \\p{L}{1,20}|your \\p{L}{1,20}|everything|all) (?:is |are |has been |was )?(?:works?|working|worked|went|going|turned out) (?:well|great|fine|perfectly|nicely|as expected|out|for you)${AFTER_REVIEW}`,
    `(?:happy|satisfied|pleased|delighted|loving it|love it|enjoying it|like it)(?: with (?:it|your [a-z]{1,20}|the [a-z]{1,20}|our [a-z]{1,20}|the purchase|your purchase))?\\?${AFTER_REVIEW}`,
    `(?:don't|do not|dont|never|please don't|no need to) (?:leave|write|post|give|submit) (?:us |me )?(?:a |an |any )?(?:negative|bad|low|poor|1-?star|one-?star|2-?star|two-?star|neutral|unfavou?rable) ${REVIEW}`,
    `(?:if|once|when|hope|should) (?:you(?: are|'re| were| feel| be)?|you) (?:(?:really|very|fully|completely|totally|100%) )?${HAPPY}${AFTER_REVIEW}`,
    `(?:if|in case|provided|should) (?:everything|all) (?:is|was|went|be) (?:good|great|fine|ok|okay|perfect|well|to your satisfaction|to your liking|as expected)${AFTER_REVIEW}`,
    // why: any product named, and "met or exceeded": "if the speaker lived up to your expectations, please let others know"
    `if (?:the|your) (?:\\p{L}{1,20} ){0,2}(?:met|meets|exceeded|exceeds|lived up to|lives up to)(?: or (?:exceeded|exceeds))? your expectations${AFTER_REVIEW}`,
    // why: an ask that follows an assumed good experience: "since everything arrived in perfect condition, we hope you'll share a review", "glad the headphones are working so well! … in a review"
    `(?:since|as|now that|glad|great to hear|good to hear|so happy|happy to hear|we're sure|i'm sure|we are sure|i am sure|no doubt) [^.!?]{0,60}?(?:arrived (?:safely|safe and sound|in (?:perfect|great|good|one piece)(?: condition| shape)?)|(?:is|are|has been|have been|was|were) (?:working|going|performing|doing) (?:so |really )?(?:well|great|perfectly|nicely|brilliantly)|works? (?:so |really )?(?:well|great|perfectly|nicely)|fits? (?:you )?(?:so )?(?:perfectly|great|well)|looks? (?:so |really )?(?:great|amazing|lovely|beautiful|fantastic|perfect|stunning)|you (?:love|like|enjoy|adore) (?:it|them|the|your))${AFTER_REVIEW}`,
    // why: the same with the buyer's feelings assumed: "you must be loving the extra storage - a quick review …", "as you've been so pleased …"
    `you(?:'re| are|'ve been| have been| must be| seem(?: to be)?) (?:so |really |very |clearly |already |probably |surely )?(?:loving|enjoying|pleased|thrilled|delighted|happy|satisfied)${AFTER_REVIEW}`,
    // why: a cheer about the product, then the ask: "Happy cooking with your new pan! Tell everyone … in a review", "Enjoyed the tea? A review would be lovely."
    `(?:happy|enjoy(?:ed)?|loving|love) (?:cooking|using|wearing|brewing|listening|reading|gaming|baking|the|your) [^.!?\\n]{0,40}[!?]${AFTER_REVIEW}`,
    // why: a 5-star ask, not a product named "Five Star Kitchen Set" (singular, a name or noun follows) nor thanks for one:
    // plural stars, or a 5-star review/rating, or 5 stars after an asking word
    `(?<!(?:1|one|0|zero) (?:to|-) )(?:5|five)[ -]?stars(?! (?:hotels?|resorts?|restaurants?|accommodation|spa|safety|crash|energy))(?! (?!(?:reviews?|ratings?|feedback|would|will|for|on|please|if|and|to|from|with|as|is|are|so|in|at|or|it|them|us|me|you|out|here|there|when|once|only|now|then|too|because|that|which|means?|helps?|makes?|really|of)(?![a-z]))[a-z])(?<!(?:thanks? for|thank you for|danke für|gracias por|merci pour|merci d'avoir|grazie per|grazie della|obrigad[oa] pel[oa])[^.!?;\\n]{0,50})`,
    `(?:5|five)[ -]?star ?-?${REVIEW}(?<!(?:thanks? for|thank you for|danke für|gracias por|merci pour|merci d'avoir|grazie per|grazie della|obrigad[oa] pel[oa])[^.!?;\\n]{0,50})`,
    `(?:5|five)[ -]?star(?<=(?:give|leave|rate|rating|with|deserves?|us|me|it|them) (?:us |it |them |me )?(?:a )?(?:5|five)[ -]?star)(?![\\p{L}-])(?! (?!(?:reviews?|ratings?|feedback|please)(?![a-z]))[a-z])`, "(?:5|five)/5", "(?:5|five) ?(?:★|⭐|☆)", "(?<!\\d[.,])(?:5|five) out of (?:5|five)", "full (?:marks|stars)",
    `(?<!thank(?:s| you) for (?:your |the |this |all the )?)(?:positive|good|great|nice|glowing|excellent|favou?rable|top|high|best|honest 5) ${REVIEW}`,
    `(?:leave|give|write|post) (?:us )?(?:a )?(?:positive|good|great|nice|glowing|excellent|5|five)`,
    `(?:before|prior to) (?:you )?(?:leave|leaving|write|writing|post|posting|give|giving|submit|submitting|share|sharing) (?:a |any |your |us |an |the )?(?:[^\\s.!?]{1,20} ){0,2}${REVIEW}`,
    "(?:before|prior to) (?:you )?(?:rate|rating|review|reviewing) (?:us|it|them|the (?:item|product|purchase|order|seller)|this|your (?:item|product|purchase|order)|our)",
    // why: contact-us-first without a review word: "before writing anything on Amazon about a problem, please message us"
    "(?:before|prior to) (?:you )?(?:leave|leaving|write|writing|post|posting|say|saying|share|sharing) (?:anything|something)(?: (?:publicly|online|on amazon|about (?:it|a problem|the (?:problem|issue))))",
    `(?:contact|message|tell|inform|notify|let|reach out to|talk to) (?:us|me) (?:know )?(?:first|before)${AFTER_REVIEW}`,
    `(?:instead of|rather than) (?:leaving|writing|posting) (?:a )?(?:negative |bad )?${REVIEW}`,
    `(?:not|less than) (?:completely |fully |100% )?(?:satisfied|happy)[^.!?]{0,60}(?:contact|message|tell|let) (?:us|me)`,
    `most (?:of )?(?:our )?(?:customers|buyers|clients) (?:rate|give|leave|love|are)`,
    "(?:customers|buyers|clients|shoppers|reviewers) … (?:rate|rated|give|gave|leave|left|award|awarded) (?:us|it|this|them|our \\p{L}{1,20}) (?:a |an |the )?(?:5|five|top|full|high|highest|perfect|glowing|great|positive|excellent|best|max(?:imum)?)",
    `(?:thousands|hundreds|millions) of (?:happy |satisfied )?(?:customers|buyers)`, "join (?:our|the|all (?:our|the)) (?:many )?(?:happy|satisfied) (?:customers|buyers)",
    INCENTIVE,
    `(?:free|gift|gift card|voucher|discount|refund|coupon|bonus|reward|cash ?back|money|compensation|rebate|sample|product) (?:for|in exchange for|in return for|after|once you leave|if you leave) (?:a |an |your |the )?(?:honest )?${REVIEW}`,
    `(?:in exchange for|in return for) (?:a |an |your )?(?:honest )?${REVIEW}`,
    `(?:take|taking|took|pull|pulling|pulled) (?:down|back) (?:your|the|that|this|my) (?:(?:\\d|one|two|three|four) ?-?star |negative |bad |low |poor |recent |previous |critical |harsh )?${REVIEW}`,
    `(?:remov|delet|updat|chang|revis|rais|improv|upgrad|reconsider|revisit|rethink|amend|edit|withdraw|retract|adjust)(?:e|es|ed|ing|s)? (?:your|the|that|this|my) (?:(?:one|two|three|four) ?-?star |\\d ?-?star |critical |harsh |\\d-?star |negative |bad |low |poor |recent |previous |unfavorable |unfavourable )?${REVIEW}(?! (?:form|section|page|process|survey|system|tool|button|link|field|box|policy|template))`,
    `(?:remove|delete|update|change|revise|edit|amend|withdraw|modify|reconsider|take down|retract|adjust|editing|amending|withdrawing|modifying|reconsidering|adjusting|retracting) (?:your|the|that|this|my|it|them) (?:to|into) (?:a )?(?:positive|higher|better|5|five)`,
    `${REVIEW}[^.!?]{0,60}(?:small|little|tiny|family|family-owned|independent|local) (?:family )?(?:business|businesses|sellers?|shops?|brands?|compan(?:y|ies)|teams?)`, `(?:small|little|tiny|family|family-owned|independent|local) (?:family )?(?:business|businesses|sellers?|shops?|brands?|compan(?:y|ies)|teams?)[^.!?]{0,80}${REVIEW}`,
    `(?:small|family|family-owned|local) business … (?:relies|depends|lives|counts) on`, `(?:help|support) (?:us|our (?:small )?business) … (?:grow|succeed|survive)`,
    "(?:would|will) (?:really )?(?:appreciate|love) … (?:positive|5-?star|five-?star|good)",
  ],
  review_request: [
    INCENTIVE,
    "(?:let|tell) (?:the world|others|everyone|other (?:buyers|shoppers|customers|people)|fellow (?:buyers|shoppers|customers)|future (?:buyers|shoppers|customers)) (?:know )?(?:with|what you think|how you (?:like|liked|feel|felt|find|found)|about (?:it|your|the|this)|your (?:thoughts|opinion|experience|impressions))",
    "(?:share|post|leave|write|put|add|tell us) (?:\\p{L}{1,12} )?(?:yours|your (?:thoughts|opinion|impressions|experience|two cents)|a few (?:kind |nice |honest )?words|some (?:kind |nice |honest )?words) (?:on|at|to|in) (?:amazon|the (?:product|item|listing|review) (?:page|section)|our (?:listing|product page))",
    "(?:leave|left|leaving|write|post|drop|share) (?:us |me )?(?:a few|some|a couple of) (?:kind |nice |good |honest |quick )?words",
    "(?:a few|some|a couple of) (?:kind |nice |honest )?words (?:from you )?… (?:product page|on amazon|listing|other (?:buyers|customers|shoppers)|others)",
    "help (?:other|future|fellow) (?:customers|buyers|shoppers) (?:to )?(?:decide|choose|make (?:an? )?(?:informed |better )?(?:decision|choice))(?<!like yours[^.!?;\\n]{0,60})",
    "(?:spare|take|give) (?:us )?(?:a|one|two|a few) (?:moment|minute|second|few seconds|few minutes)s? to (?:rate|review|leave|share|write)",
    "(?:write|share|post) … about your (?:experience|purchase|order|product|item)",
    "tell (?:the world|others|everyone|other (?:buyers|customers|shoppers)|your friends) … (?:review|rating|stars?|feedback)", "(?:a |your )?(?:quick|short|brief|little|small|two-minute|1-minute|one-minute) (?:review|rating|feedback)",
    `(?<!(?:before|prior to|instead of|rather than|without|don't|do not|dont|never|not|no need to|customers|buyers|clients|shoppers|hate for you to|want you to) )(?:leave|write|post|give|share|submit|drop|add|provide|consider leaving|consider writing|leaving|writing) (?:us |me )?(?:an? |your |some |the |any )?(?:[^\\s.!?]{1,20} ){0,2}${REVIEW}(?! (?:you (?:left|wrote|gave|posted)|from amazon))`,
    "(?<!before (?:you )?)(?:rate|review) (?:us|our (?:shop|store|service|company|product|item)|your (?:purchase|experience|order|item|product)|the (?:product|item|purchase) on amazon|this (?:product|item|purchase))",
    "(?:rate|review) (?:it|them) on amazon", "(?<!before (?:you )?|thanks? for |thank you for )(?:rate|rating) (?:us|it|them|the (?:product|item|purchase|seller|order)|this (?:product|item|purchase)|your (?:purchase|experience|order|item|product)|our (?:shop|store|service|product|item))(?! (?:as|at|for (?:the|safety)))",
    "(?:reviews?|feedback|ratings?|testimonials?) …… (?:makes?|make) (?:a |all the |such a |a real |a huge |a big |a massive )?difference",
    `(?:we|i)(?:'d| would) (?:really |truly |so |greatly |very much |genuinely )?(?:love|appreciate|be (?:grateful|thankful|happy|glad)|value|welcome) (?:to (?:hear|get|read|see) )?(?:for )?(?:your|a|an|some|any) (?:[^\\s.!?]{1,20} ){0,2}${REVIEW}`,
    `(?:your|an?|any|some) (?:[^\\s.!?]{1,20} ){0,2}${REVIEW} (?:would|will|is|are|really|could) (?:be )?(?:greatly |really |much |very )?(?:appreciated|welcome|valued|helpful|help|mean)`,
    "take (?:a|one) (?:moment|minute|second|few seconds|few minutes) to (?:review|rate|leave|share|write)",
    "how (?:would|did) you rate", "would you mind (?:leaving|writing|rating|reviewing|sharing)", "(?:mind|consider) (?:rating|reviewing)",
    `(?:share|tell (?:us|others)) (?:about )?your (?:experience|thoughts|opinion) … (?:amazon|review|others|other (?:buyers|customers))`,
    // anchored on the review word, the words before it checked by a lookbehind only once it matched: a
    // pattern that could start at any word made every word of every message pay (6x the next costliest entry)
    `${REVIEW}(?<!thank(?:s| you) for (?:(?:a|your|the) )?(?:[^\\s.!?]{1,20} ){0,2}${REVIEW}) (?:means?|would mean|matters?|is (?:very |so |really )?important) (?:so much|a lot|everything|the world|to us)`,
    `(?:in exchange for|in return for) (?:a |an |your )?(?:honest )?${REVIEW}`,
    `(?:request|ask) (?:for )?(?:a |your )?${REVIEW}`, "request a review",
    // why: a wish for a review without a leave-verb: "a review of the lamp would be appreciated", "your feedback is welcome"
    `(?:an?|your|any|some) ${REVIEW_OBJECT} (?:[^\\s.!?]{1,25} ){0,6}(?:would be|would|will be|is|are|'d be) (?:so |very |really |truly |greatly |much |most |always |more than )?${WELCOME}`,
    // why: ...or with the wish after it: "your honest review ... is something we'd genuinely appreciate", "it would be great to get your rating"
    `(?:your|an?|any) (?:\\p{L}{1,12} )?${REVIEW_OBJECT} (?:[^\\s.!?]{1,25} ){0,6}(?:we'd|we would|i'd|i would) (?:\\p{L}{1,12} )?(?:appreciate|value|love|welcome|be grateful)`, `(?:would|'d) be (?:great|lovely|nice|wonderful|amazing|awesome|fantastic) to (?:get|have|read|see|receive|hear) your ${REVIEW_OBJECT}`,
    `(?:hoping|hope|hoped) (?:for|to (?:hear|get|read|see|receive)) (?:[^\\s.!?]{1,25} ){0,6}(?:${REVIEW}|in a review)`, `(?:need|needs|want|collecting|looking for) (?:\\p{L}{1,12} ){0,3}(?:reviews|ratings|feedback)(?! (?:from (?:you|your) (?:on|about) (?:the|our) (?:carrier|courier)))`,
    // why: an opinion "in the form of" a review, or said "in a review"
    `in the form of (?:an? )?(?:\\p{L}{1,12} )?(?:review|rating|stars|feedback)`, `(?:tell|say|share|read|write|put|hear|mention|saying)(?: \\p{L}{1,12}){0,6} in an? (?:product |quick |short )?review(?<!(?:before|prior to|instead of|rather than)[^.!?;\\n]{0,80})`,
    // why: "share your thoughts" pointing somewhere (a survey, a link, "here"), "your thoughts matter"
    `share your (?:thoughts|opinion|experience|feedback|impressions)(?: (?:on|about|with) [^.!?:]{1,40})? (?:here|at|on|via|:)`, `(?:share|tell us) (?:about )?your (?:thoughts|opinion|experience) (?:[^\\s.!?]{1,25} ){0,4}(?:seller|feedback|review|rating|survey)`, `your (?:thoughts|opinion|feedback|review|rating) (?:really |truly )?(?:matters?|counts?)`,
    // why: the follow-up "did you get a chance to rate...", "fancy rating the mug?", "got a minute for a review?"
    `(?:had|get|got|have|find|found) (?:a |the )?(?:chance|moment|minute|time) (?:yet )?to (?:rate|review|leave|write)`, "(?:fancy|care to) (?:rating|reviewing|leaving|writing)", `(?:minute|moment|second|sec) for an? (?:quick )?${REVIEW}`,
    // why: where to click after a review word ("the review page is under Your Orders", "just open Your Orders")
    `(?:reviews?|ratings?|feedback)(?![\\p{L}])[^.!?]{0,60}(?:under|from|via|in|open) your (?:orders|order page|order history)`,
    // why: asking for a screenshot of the review, or for a review tied to a reward
    `(?:screenshot|screen shot|proof) of (?:your|the) (?:\\p{L}{1,12} )?${REVIEW} (?:and|to get|for)`, `(?:once|when|after) your ${REVIEW} (?:is|goes|has gone) (?:live|posted|up|published)`, `(?:review|rate) (?:the |your |our |it )(?:\\p{L}{1,20} )?and (?:get|receive|we'll|we will|you'll)`,
    `(?:your|a|each|every) ${REVIEW} (?:gets|earns|wins) you`, `(?:posts?|leaves?|writes?) an? ${REVIEW} (?:\\p{L}{1,12} ){0,2}gets`, `(?:as a )?thank-?you for (?:your|a) ${REVIEW},? (?:we'll|we will|you'll|you will)`,
    // why: sympathy around review wording ("every 5-star review keeps us going", "reviews are the lifeblood")
    `${REVIEW} (?:\\p{L}{1,12} ){0,3}(?:keeps? us going|lifeblood)`, "would you mind saying so",
    // why: "reviews from real buyers like you keep our little shop going"
    `${REVIEW} (?:[^\\s.!?]{1,15} ){0,6}keep (?:us|our (?:\\p{L}{1,12} ){0,2}(?:shop|business|store|company|team)) (?:going|alive|afloat)`,
    // why: the feedback wished for on the product page: "your feedback on the product page helps us more than you know"
    `your ${REVIEW_OBJECT} (?:on|at|in) (?:the |its |our )?(?:product page|amazon|listing|review section) (?:[^\\s.!?]{1,20} ){0,2}(?:helps?|means?|matters?|makes?)${NOT_THANKED_OR_BEFORE}`,
    // why: the follow-up "we noticed you haven't rated your order yet"
    "(?:haven't|have not|not yet|yet to) (?:rated|reviewed|left (?:us )?(?:a |any )?(?:review|rating|feedback))",
    // why: social proof closed by a wish: "most of our buyers give us top marks - we hope you'll do the same"
    "(?:hope|hoping) (?:you'll|you will|you can|you'd|to see you) (?:do the same|join them|follow suit)",
    // why: a recommendation on the product page: "would you recommend it to others on its Amazon page?"
    "recommend (?:it|them|us|the \\p{L}{1,20}) to (?:others|other (?:buyers|shoppers|customers)|your friends) (?:on|in|with)",
  ],
  marketing: [
    // why: cheaper outside Amazon ("cheaper on our site", "for less in our web shop", "better price on x.shop", "below Amazon")
    "(?:cheaper|for less|better price|(?:[$£€]\\d{1,4}|\\d{1,4} ?(?:dollars|pounds|euros)) less|below amazon|less than on amazon) (?:\\p{L}{1,12} ){0,3}(?:on|at|in|from|than) (?:our|amazon|the amazon|[a-z0-9-]{2,30}\\.[a-z]{2,12})", "our (?:own )?(?:web ?site|site|web ?store|web ?shop|shop|store) (?:has|sells|is|always)[^.!?]{0,40}(?:less|cheaper|lower|below|better price)", "bundle prices?",
    // why: upsell to a dearer model ("the Pro version", "upgrade to our 1.5 L model", "the 12-cup model would suit you better")
    "(?:upgrade|step up|switch|move) to (?:our|the)(?= )", "(?:the|our) (?:pro|plus|premium|deluxe|xl|xxl|max|ultra|bigger|larger|\\d{4}|[\\d.,]+ ?(?:l|w|cup|-cup)) (?:\\p{L}{1,12} )?(?:version|model|edition|set|size|heater|brick)(?! (?:number|you (?:have|ordered|bought)))(?=[^.!?]{0,80}(?:worth|more|better|prefer|has|adds|comes with|suit|the one|twice|longer|bigger|faster))",
    "worth a look", "(?:well )?worth (?:the )?upgrad(?:e|ing)", "would suit you better", "(?:is|'s) the one to get", "only (?:a little|[$£€]?\\d{1,4}) more",
    // why: bundles and multipacks ("the three-pack", "four for the price of three", "lower price per piece", "together they're a bargain")
    "(?:two|three|four|five|six|\\d{1,2}|family|starter|value|multi)[ -]?(?:roll |piece )?(?:pack|bundle)s?(?=[^.!?;\\n]{0,60}(?:save|saving|value|cheaper|price|deal|bargain|less|free|offer))", "stock up", "for the price of (?:one|two|three|\\d)", "(?:buy|order) (?:\\d|two|three) ?,? get (?:\\d|one) free", "(?:lower|better|cheaper|reduced) (?:price|cost) per (?:piece|unit|item)", "(?:costs?|cheaper|less) than buying (?:them|it|each)", "(?:real |great )?bargain", "best (?:value|deal)",
    // why: cross-sell ("matching curtains", "customers who bought this also love", "we recommend our", "the full set")
    "(?:our |the )?matching(?<!price matching) (?!order|address|name|size you|doesn|does|isn|is|was|policy)\\p{L}{3,20}", "(?:who|that) bought (?:this|the) \\p{L}{1,20} also", "we (?:recommend|suggest) our", "want the full set", "(?:launch|release|bring out) a (?:bigger|new|larger)", "we also sell",
    "refer a friend", "(?:\\$|€|£) ?\\d{1,4}(?:[.,]\\d{2})? (?:off|discount)", "\\d{1,4} ?(?:€|\\$|£|eur|euros?|dollars?|pounds?) off", "(?:find|see|discover|browse) (?:all |more of )?our (?:other )?(?:products|items|range|creations|designs)",
    "(?:join|become a member of|sign up for) (?:our )?(?:vip|loyalty|rewards?|members?|insider|customer) (?:club|program(?:me)?|list|circle|community)", "early access", "birthday (?:gift|discount|coupon|surprise|treat)",
    // why: not the new edition of a manual or guide ("the new edition of the manual is attached")
    "(?:spring|summer|fall|autumn|winter|holiday|christmas|xmas|new|latest|seasonal|limited) (?:collection|range|lineup|line-up|edition)s?(?! of (?:the |our |this |your )?(?:manual|instructions?|user guide|guide|handbook|leaflet|datasheet|booklet|book))", "(?:our|my) (?:amazon )?(?:storefront|store front|brand store|brand shop)", "(?:our|my) (?:youtube|tiktok|instagram|facebook|pinterest|twitter) (?:channel|page|account|profile|feed)", "(?:get|enjoy) free (?:shipping|delivery)", "with free shipping (?:on|when|if|for (?:orders|purchases|your next))", "free shipping on orders", "(?:other|more|further) (?:great |amazing |cool |new )?(?:offers|deals|bargains)",
    // why: a coupon offered, not one explained as already applied at checkout
    `coupons?${NOT_EXPLAINED}`, `(?:discount|promo|promotional|voucher|coupon|gift|referral|redeem) ?codes?${NOT_EXPLAINED}`, "promo (?:price|offer|deal|sale)s?", "use (?:the )?code",
    `\\d{1,3} ?(?:%|percent|per cent) (?:off|discount|rabatt|savings?)${NOT_EXPLAINED}`, `(?:save|get|enjoy|take) (?:an extra |up to )?\\d{1,3} ?(?:%|percent)${NOT_EXPLAINED}`,
    // why: a sale explained as over or already in the price: "that price was part of a Prime Day deal that has now ended"
    `(?:summer|winter|spring|autumn|fall|holiday|christmas|xmas|easter|black friday|cyber monday|clearance|flash|big|mega|huge|seasonal|anniversary|end of season|warehouse|store-?wide|site-?wide|prime day) (?:sale|deals?|discounts?|offers?)${NOT_EXPLAINED}`,
    "black friday", "cyber monday",
    // why: a price explained, not a sale announced: "the item was on sale when you bought it"
    "on sale(?<!(?:was|were|been) on sale)(?! when you (?:bought|ordered|placed|purchased))", "sale (?:now|ends|starts|today|this week)",
    "new (?:arrivals?|products?|collection|releases?|items?|range|line|models?|designs?|flavou?rs?) (?:are |is )?(?:available|out|in stock|launched|here|just|now|coming|in our)", "new arrivals?", "just (?:launched|released|arrived)",
    "(?:check|take a look at|have a look at|see|browse|explore|discover|visit) (?:out )?(?:our|my) (?:(?:other|latest|new|full|whole|entire|amazon) (?:products?|items?|listings?|range|collection|brand|line|store|storefront|shop)|(?:products|items|listings|store|storefront|shop|range|collection|catalog(?:ue)?))(?! (?:manual|page|policy|description|instructions|guide|specifications?|details))",
    "you (?:may|might|will|would) also (?:like|love|enjoy|be interested)", "(?:other|related|similar|complementary|matching|more) (?:products|items|accessories) (?:from us|we (?:offer|sell|have|carry)|in our|like this)",
    "(?:follow|like) us on", "(?:find|join) us on (?:facebook|instagram|tiktok|youtube|twitter|x|pinterest|linkedin|snapchat)", "follow us", "(?:subscribe|sign up|signup|register) (?:to|for) (?:our )?(?:newsletter|mailing list|channel|updates|e-?mails?|vip)", "newsletter", "mailing list",
    "giveaways?", "sweepstakes?", "raffle", "(?:chance|enter) to win", "win an? (?:free |brand new )?(?:gift|prize|product|voucher|\\p{L}{1,20} card)",
    "(?:exclusive|special|limited|vip|loyal customer|returning customer) (?:offers?|deals?|discounts?|prices?|promotions?)", "limited time (?:offer|only|deal)",
    "buy (?:one|1|two|2) get (?:one|1)", "(?:buy|grab|get|order|purchase) (?:any )?(?:\\d|one|two|three) (?:\\p{L}{1,15} )?(?:and|&) get (?:the |a |one |another )?(?:\\p{L}{1,10} )?(?:free|half price|\\d{1,2} ?% off)",
    "(?:just )?search (?:for )?(?:our (?:brand|store|shop|name)|\\p{L}{1,20}) (?:on|in) amazon", "(?:we|i) also (?:make|sell|offer|carry|stock|produce|design) (?:matching|other|more|a (?:whole |wide )?range|similar|complementary|coordinating|great|lovely|beautiful)", "bogo", "(?:discount|% off|deal|offer) (?:on|for) (?:your )?next (?:order|purchase)", "next (?:order|purchase) (?:at|with) (?:a )?discount",
    "(?:upgrade|add) (?:to )?(?:our )?(?:premium|pro|deluxe) (?:version|model|package)", "(?:free gift|bonus gift) with", "free shipping on (?:your )?next",
    "(?:hot|best|top) ?sellers?", "shop now", "order (?:yours|now) (?:today|before)", "(?:don't|do not) miss (?:out|our)",
  ],
  personal_data: [
    "(?:date|place) of birth", "your (?:birth ?date|birthday)", "how old (?:are|is) you", "(?:your|his|her) (?:exact )?age(?! verification)\\b",
    `(?:send|provide|upload|show|share|need|require|attach|give|forward) (?:us |me )?(?:a |the )?(?:(?:copy|photo|picture|scan|image|number) of )?(?:your )?${DOCS}`,
    `(?:copy|photo|picture|scan|image|number) of (?:your|a|the) ${DOCS}`, `your ${DOCS} (?:number|copy|photo|scan|details)`, "social security (?:number|card)", "ssn",
    "(?:send|give|provide|share|tell|text|forward|need|want|require|let (?:us|me) (?:have|know)|what(?:'s| is)) (?:us |me )?(?:your|a|an|the) (?:personal |private |direct |own |mobile |cell |home )?(?:phone|telephone|mobile|cell|whats ?app|wechat|telegram|e-?mail|contact) ?(?:number|address|details|info(?:rmation)?|account|handle|id)?(?! (?:for|to) (?:the )?(?:carrier|courier|driver|delivery|shipping|dhl|ups|fedex|usps|royal mail|hermes|dpd|gls)| in your amazon| ?(?:model|case|brand|make|type|version|screen|charger|cover)(?![\\p{L}]))",
    "(?:best|good|direct|personal|mobile|cell|private) (?:phone |contact |mobile )?number (?:to|we can|i can|for us to) (?:reach|call|text|contact|ring) you",
    "(?:reply|respond|come back|get back to (?:us|me)) with (?:your|a|an) (?:personal |private |direct |mobile |cell )?(?:phone|telephone|mobile|cell|whats ?app|e-?mail|contact)", "your (?:whats ?app|telegram|wechat|viber|signal|line) (?:number|id|account|handle|contact)",
    "(?:your|a) (?:personal|private) (?:phone|telephone|mobile|cell|e-?mail|number|address|contact|account)",
    "your (?:instagram|facebook|twitter|x|tiktok|snapchat|linkedin|social media|social) (?:account|handle|profile|username|user name|name|page|id)",
    `(?:your )?(?:bank (?:account|details|information|info)|iban|credit card (?:number|details)|card (?:number|details)|paypal (?:e-?mail|account|address|id))${NOT_NEGATED}`,
    // why: a secret the order never needs; not the Wi-Fi password a product setup asks for
    "(?:your )?(?:mother'?s maiden name|password|login details|pin code)(?<!(?:wi-?fi|wlan|router|network|app|camera|hotspot)[^.!?;\\n]{0,30}password)(?! (?:del|for the|of the|for your|de la|du|des|della) (?:wi-?fi|wlan|router|network|réseau|rete|app))",
  ],
  review_wording: [
    "(?<!thank(?:s| you) for (?:your |the |this )?)(?:reviews?(?! (?:the|your|this|our|it|them|all|each|of (?:the|your) (?:proof|design|order))\\b)|feedback|ratings?(?! plate)|testimonials?)",
    "(?:\\d|five|four) ?-?stars?", "rate (?:us|it|the|this|your)", "rating us",
  ],
  auto_reply: [
    "(?:this is an? )?(?:automated|automatic|auto-generated) (?:reply|response|message|e-?mail|confirmation)", "auto-?reply",
    "(?:we|i) (?:have )?received your (?:message|e-?mail|inquiry|enquiry|request|question) … (?:will|shall|'ll) (?:get back|reply|respond|answer|be in touch|contact)",
    "(?:we|i)(?:'ll| will| shall) (?:get back to you|reply|respond|answer) (?:to you )?(?:within|in) (?:\\d+|one|two|24|48|the next)",
    "(?:out of (?:the )?office|on holiday|on vacation) … (?:until|till|back on)",
  ],
  accept: [
    "sure", "of course", "certainly", "absolutely", "no problem", "yes", "okay", "ok", "will do", "happy to", "gladly", "no worries", "sounds good",
    "(?:i|we)(?:'ll| will| can| could) (?:e-?mail|call|text|phone|message|contact|reach|whatsapp|send (?:it|them|you (?:an? )?(?:e-?mail|message|text)) (?:to your|via|by|on))",
    "(?:to|at|on) your (?:e-?mail|gmail|phone|number|whats ?app|mobile|cell)", "(?:sent|send|sending) (?:it |them )?(?:to|at) (?:your|that) (?:address|e-?mail|number)",
  ],
  refuse: [
    "reply (?:here|to this message|in this thread)", "(?:in|through|via|using) this (?:message|thread|conversation|chat)", "here (?:on|in|through|via) amazon", "(?:right )?here in (?:the )?(?:amazon )?messages?",
    "(?:only|solely|exclusively) (?:communicate|contact|correspond|talk|reply|respond|message|write|chat|help|assist|reach|support|deal with this) (?:you )?(?:with you )?(?:via|through|over|using|in|on|by|here)",
    "(?:can(?:no|')?t|cannot|unable to|not (?:able|allowed|permitted)) (?:to )?(?:e-?mail|call|contact|communicate|phone|text|message|use|share|send|reply)",
    "(?:not|isn't|is not) (?:allowed|permitted)", "amazon(?:'s)? (?:policy|policies|rules|guidelines) (?:do(?:es)? not|don't|doesn't|prohibit|forbid)",
    "(?:via|through|using) (?:the )?amazon (?:messag|buyer-seller|system|platform|inbox)", "(?:keep|continue) (?:our )?(?:communication|conversation|contact) (?:here|on amazon|within amazon|through amazon)",
  ],
  buyer_offplatform: [
    "e-?mail me", "send (?:me )?(?:it |them |this )?(?:to|at) my (?:e-?mail|gmail|address)", "my (?:e-?mail|gmail|phone|number|cell|mobile|whats ?app) (?:is|address)",
    "call me", "text me", "phone me", "ring me", "whats ?app", "wechat", "telegram", "viber", "skype", "contact me (?:at|on|via|by|directly)",
    "reach me (?:at|on|via)", "(?:can|could) (?:i|we) (?:pay|order|buy|talk|chat) (?:you )?(?:via|by|directly|outside|off|through|with|on)",
    "outside (?:of )?amazon", "off amazon", "your (?:web ?site|website|own shop|phone number|e-?mail|number)", "paypal", "bank transfer", WORD_WITH_AT,
  ],
};
