// Source: news agencies, broadcasters and newspapers commonly cited in English-language wire copy,
// from general knowledge. They report the story; they are sources, never actors.

export const NEWS_OUTLETS: string[] = [
  'ABC', 'ABC News', 'AFP', 'Agence France-Presse', 'Al Arabiya', 'Al Jazeera', 'ANI', 'ANSA', 'AP', 'Associated Press',
  'Axios', 'BBC', 'Bloomberg', 'CBS', 'CBS News', 'CNBC', 'CNN', 'Daily Mail', 'Daily Telegraph', 'Dawn',
  'Deutsche Welle', 'DPA', 'DW', 'Fars', 'Financial Times', 'Fox News', 'Guardian', 'Haaretz', 'Hindustan Times',
  'Interfax', 'IRNA', 'Itar-Tass', 'ITAR-TASS', 'Jerusalem Post', 'Kyodo', 'Le Monde', 'MSNBC', 'NBC', 'NBC News',
  'New York Post', 'New York Times', 'NHK', 'NPR', 'PTI', 'Politico', 'Press Trust of India', 'RIA', 'RIA Novosti',
  'RT', 'Reuters', 'Sky News', 'Sputnik', 'TASS', 'Tasnim', 'Telegraph', 'The Guardian', 'The Hindu',
  'The New York Times', 'The Times', 'The Washington Post', 'Times of India', 'USA Today', 'Wall Street Journal',
  'Washington Post', 'Web Desk', 'Xinhua', 'Yonhap',
];
