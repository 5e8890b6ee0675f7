// Dutch spam for the benchmark: written for it, modelled on the Dutch-language comment spam that Dutch blog owners
// describe (casino's, leningen zonder BKR, afslankmiddelen, crypto, SEO-aanbiedingen, vleiende lof met een website,
// kale links, tekst in een ander schrift). No real spam was copied, and no public dataset was used.

const SHOPS = [
  'snellening.example',
  'casinowinst.example',
  'afslank-nu.example',
  'seo-top.example',
  'cryptorijk.example',
]
const link = (i, path = 'actie') => `https://${SHOPS[i % SHOPS.length]}/${path}${i}`

export const PITCHES = [
  (i) => `Snel lenen zonder BKR toetsing, binnen 10 minuten geld op je rekening! Klik hier: ${link(i)}`,
  (i) => `Online casino met 100 gratis spins voor nieuwe spelers, bezoek ${link(i)} en ${link(i + 1, 'bonus')}`,
  (i) => `Snel afvallen zonder dieet met onze pillen, bestel nu via ${link(i)}`,
  (i) => `Snel geld verdienen vanuit huis? Ik verdien 2500 euro per week, bekijk mijn site ${link(i)}`,
  (i) =>
    `Crypto investering met gegarandeerd rendement van 30% per maand, neem contact op via WhatsApp 06-1234${5000 + i}`,
  (i) =>
    `Wij bieden SEO diensten en backlinks kopen voor uw website, bovenaan in Google. Zie ${link(i)} ${link(i + 2)}`,
  (i) => `Gratis cadeaukaart van 500 euro, alleen vandaag, beperkte aanbieding: ${link(i)}`,
  (i) => `Goedkope viagra zonder recept, discreet verzonden, nu kopen op ${link(i)} ${link(i + 3)} ${link(i + 4)}`,
  (i) => `Sexy singles in jouw buurt willen je vanavond ontmoeten ${link(i)}`,
  (i) => `Bitcoin verdienen met onze robot, verdien geld terwijl je slaapt, bezoek mijn website ${link(i)}`,
]

/** Flattering, generic and often carrying its link in the website field only: the spam that is hardest to tell. */
export const PRAISE = [
  'Bedankt voor het delen van deze informatieve blog, ik kom zeker terug voor meer.',
  'Wat een geweldige website, ik heb al uren rondgekeken en alles is zo duidelijk geschreven.',
  'Hallo, ik kwam uw blog tegen via Google en vond het echt heel nuttig, ga zo door.',
  'Uitstekend artikel, precies wat ik zocht, ik heb uw site meteen aan mijn favorieten toegevoegd.',
  'Leuk geschreven! Hoe lang blog je al? De vormgeving van je site ziet er erg professioneel uit.',
]

export const KEYWORD_NAMES = [
  'Lenen Zonder BKR',
  'lenen-zonder-bkr.online',
  'Online Casino',
  'afslank-nu.example',
  'Crypto Expert',
]

export const FOREIGN = [
  'Дешевые кредиты онлайн без проверки кредитной истории, деньги на карту за пять минут',
  '最好的在线赌场，新玩家注册即送奖金，立即访问我们的网站开始游戏吧',
  'Заработок в интернете без вложений, от ста долларов в день, пишите в телеграм прямо сейчас',
]

/** One text posted by a campaign under several posts of one site within a day. */
export const CAMPAIGN = [
  'Wat een mooi en nuttig artikel over dit onderwerp, een vriend stuurde me de link en ik ben blij dat hij dat deed.',
  'Ik vind de manier waarop je dingen uitlegt erg prettig, het doet me denken aan de cursus die ik vorig jaar volgde.',
]
