// English spam for the benchmark: written for it, modelled on the kinds of comment spam that blog owners and the
// WordPress and Akismet documentation describe (pharmacy and casino links, SEO and backlink offers, loan and crypto
// "recovery" scams, keyword names, flattering praise carrying a website, bare links, text in another alphabet, the
// same text posted across posts). No real spam was copied, and no public dataset was used.

const SHOPS = [
  'pills-direct.example',
  'bestcasino.example',
  'seo-rank.example',
  'quickloan.example',
  'watchdeal.example',
]
const link = (i, path = 'offer') => `https://${SHOPS[i % SHOPS.length]}/${path}${i}`

export const PITCHES = [
  (i) => `Buy now cheap viagra and cialis without prescription, fast shipping: ${link(i)} and ${link(i + 1, 'shop')}`,
  (i) =>
    `Online casino with 200 free spins for new players, click here ${link(i)} ${link(i + 2, 'bonus')} ${link(i + 3)}`,
  (i) => `We offer SEO services and buy backlinks packages, first page of Google guaranteed. Visit ${link(i)}`,
  (i) => `Need cash today? Payday loans approved in 5 minutes, no credit check. Apply at ${link(i)} or ${link(i + 4)}`,
  (i) => `Make money online from your sofa! I earn $3000 per week from home, check out my site ${link(i)}`,
  (i) =>
    `Lost money to a fake crypto investment? Hacker recovery expert got my funds back, contact him on WhatsApp +1 555 0${100 + i}`,
  (i) => `Replica watches at 90% off, limited time offer, order now: ${link(i)}`,
  (i) => `Lose weight fast with our natural weight loss pills, visit my website ${link(i)}`,
  (i) => `Hot singles in your area want to meet you tonight ${link(i)} ${link(i + 1)}`,
  (i) => `Essay writing service for students, any subject, any deadline, order now at ${link(i)}`,
  (i) => `Forex signals with 95% accuracy, guaranteed profit every month. Telegram me @signals${i}`,
  (i) => `Get a free gift card worth $500, only today, click here: ${link(i)}`,
]

/** Flattering, generic and often carrying its link in the website field only: the spam that is hardest to tell. */
export const PRAISE = [
  'Very informative article thanks for sharing, I will bookmark your blog and come back.',
  'I have been surfing online more than three hours today, yet I never found any interesting article like yours.',
  'This is the right blog for anyone who wants to find out about this topic. Keep posting such great content.',
  'Wow, awesome blog layout! How long have you been blogging for? The overall look of your site is great.',
  'Hello there, just became aware of your blog through Google, and found that it is truly informative.',
  'Excellent post. I was checking continuously this blog and I am impressed! Very helpful information.',
  'Nice post. I learn something totally new and challenging on websites I stumbleupon every day.',
  'Thanks for the good writeup. It in fact was a amusement account it. Look advanced to far added agreeable from you!',
]

export const KEYWORD_NAMES = [
  'Best CBD Oil',
  'cheap-loans.online',
  'Buy Viagra',
  'seo-rank.example',
  'Casino Bonus',
  'Crypto Trader',
]

export const FOREIGN = [
  'Купить дешевые лекарства без рецепта с доставкой по всему миру, лучшие цены только у нас',
  'Лучшее онлайн казино с бонусами для новых игроков, регистрируйся прямо сейчас и выигрывай',
  '高品质手表复制品，最优惠的价格，全球免费送货，欢迎访问我们的网站了解更多',
  '专业代写论文，保证原创，价格实惠，联系我们获取更多信息和优惠活动',
  'Σπάνια ευκαιρία επένδυσης σε κρυπτονομίσματα με εγγυημένο κέρδος κάθε μήνα για όλους',
]

/** One text posted by a campaign under several posts of one site within a day. */
export const CAMPAIGN = [
  'Such a helpful article on this subject, my friend recommended your page and I am glad he did, thank you so much.',
  'I really like the way you explain things here, it reminds me of the lessons I took last year, very well written.',
]
