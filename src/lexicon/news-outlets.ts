// Source: news agencies, broadcasters and newspapers commonly cited in English-language wire copy,
// and the web platforms their pages carry, from general knowledge. They report or carry the story;
// they are sources, never actors.

export const NEWS_OUTLETS: string[] = [
  'ABC', 'ABC News', 'AFP', 'Agence France-Presse', 'Al Arabiya', 'Al Jazeera', 'ANI', 'ANSA', 'AP',
  'Associated Press', 'Axios', 'BBC', 'Bloomberg', 'CBS', 'CBS News', 'CNBC', 'CNN', 'Daily Mail', 'Daily Telegraph',
  'Dawn', 'Deutsche Welle', 'DPA', 'DW', 'ETV Bharat', 'Facebook', 'Fars', 'Financial Times', 'Fox News',
  'Google News', 'Guardian', 'Haaretz', 'Hindustan Times', 'Instagram', 'Interfax', 'IRNA', 'ITAR-TASS', 'Itar-Tass',
  'Jerusalem Post', 'KUNA', 'Kuwait News Agency', 'Kyodo', 'Le Monde', 'Mash', 'MENAFN', 'MSNBC', 'NBC', 'NBC News',
  'New York Post', 'New York Times', 'NHK', 'NPR', 'Politico', 'Press Trust of India', 'PTI', 'Reuters', 'RIA',
  'RIA Novosti', 'RT', 'Sky News', 'Sputnik', 'Statista', 'Tasnim', 'TASS', 'Telegram', 'Telegraph', 'The Guardian',
  'The Hindu', 'The New York Times', 'The Times', 'The Washington Post', 'Times of India', 'Twitter', 'UNN',
  'USA Today', 'Wall Street Journal', 'Washington Post', 'Web Desk', 'Xinhua', 'Yomiuri Shimbun', 'Yonhap',
  'YouTube',
];
