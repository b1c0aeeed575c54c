// Source: news agencies, broadcasters and newspapers commonly cited in English-language wire copy,
// and the web platforms their pages carry, from general knowledge. They report or carry the story;
// they are sources, never actors.

export const NEWS_OUTLETS: string[] = [
  'ABC', 'ABC News', 'AFP', 'Agence France-Presse', 'Al Arabiya', 'Al Jazeera', 'Anadolu', 'Anadolu Agency', 'ANI',
  'ANSA', 'Antara', 'AP', 'APP', 'Associated Press', 'Axios', 'BBC', 'Bernama', 'Bloomberg', 'CBS', 'CBS News',
  'CNBC', 'CNN', 'Daily Mail', 'Daily Telegraph', 'Dawn', 'Deutsche Welle', 'DPA', 'DW', 'EFE',
  'Emirates News Agency', 'ETV Bharat', 'Facebook', 'Fars', 'Financial Times', 'Fox News', 'Google News', 'Guardian',
  'Haaretz', 'Hindustan Times', 'IANS', 'Instagram', 'Interfax', 'IRNA', 'ISNA', 'ITAR-TASS', 'Itar-Tass',
  'Jerusalem Post', 'KCNA', 'KUNA', 'Kuwait News Agency', 'Kyodo', 'Kyodo News', 'Le Monde', 'Mash', 'Mehr',
  'MENAFN', 'MSNBC', 'NBC', 'NBC News', 'New York Post', 'New York Times', 'Newser', 'NHK', 'NPR', 'Politico',
  'Press Trust of India', 'PTI', 'Reuters', 'RIA', 'RIA Novosti', 'RT', 'Saudi Press Agency', 'Sky News', 'SPA',
  'Sputnik', 'Sputnik International', 'Statista', 'Tasnim', 'TASS', 'Telegram', 'Telegraph', 'The Guardian',
  'The Hindu', 'The New York Times', 'The Times', 'The Washington Post', 'Times of India', 'TNN', 'Twitter', 'UNN',
  'USA Today', 'Wall Street Journal', 'WAM', 'Washington Post', 'Web Desk', 'Xinhua', 'Xinhua News Agency',
  'Yomiuri Shimbun', 'Yonhap', 'Yonhap News Agency', 'YouTube',
];
