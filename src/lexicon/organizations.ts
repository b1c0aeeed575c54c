// Source: names of international bodies, government organs, armed groups, parties and agencies as
// commonly written in English-language news, from general knowledge; countries are the seats of organs.

export interface OrganizationEntry {
  name: string;
  aliases: string[];
  /** The state whose organ it is (the Kremlin → Russia); null for international or private bodies. */
  country: string | null;
}

function org(name: string, aliases: string[] = [], country: string | null = null): OrganizationEntry {
  return { name, aliases, country };
}

export const ORGANIZATIONS: OrganizationEntry[] = [
  org('African Union', ['AU']),
  org('Al-Qaeda', ['al-Qaeda', 'al-Qaida', 'Al Qaeda', 'al Qaeda', 'Al-Qaida']),
  org('Al-Shabaab', ['al-Shabaab', 'Al Shabaab']),
  org('Amnesty International', ['Amnesty']),
  org('Arab League'),
  org('Association of Southeast Asian Nations', ['ASEAN']),
  org('Boko Haram'),
  org('Bundestag', [], 'Germany'),
  org('Central Intelligence Agency', ['CIA'], 'United States'),
  org('Committee to Protect Journalists', ['CPJ']),
  org('Congress'),
  org('Doctors Without Borders', ['Medecins Sans Frontieres', 'Médecins Sans Frontières', 'MSF']),
  org('Downing Street', ['No10', 'No 10', 'Number 10'], 'United Kingdom'),
  org('Economic Community of West African States', ['ECOWAS']),
  org('Elysee', ['Elysee Palace', 'Élysée'], 'France'),
  org('European Central Bank', ['ECB']),
  org('European Commission'),
  org('European Council'),
  org('European Parliament'),
  org('European Union', ['EU', 'E.U.']),
  org('Europol'),
  org('Fatah'),
  org('Federal Bureau of Investigation', ['FBI'], 'United States'),
  org('Federal Reserve', ['Fed'], 'United States'),
  org('Food and Agriculture Organization', ['FAO']),
  org('Group of 20', ['G20', 'G-20']),
  org('Group of Seven', ['G7', 'G-7']),
  org('Gulf Cooperation Council', ['GCC']),
  org('Hamas'),
  org('Hayat Tahrir al-Sham', ['HTS']),
  org('Hezbollah', ['Hizbollah']),
  org('Houthis', ['Houthi', 'Ansar Allah']),
  org('Human Rights Watch'),
  org('International Atomic Energy Agency', ['IAEA']),
  org('International Committee of the Red Cross', ['ICRC', 'Red Cross']),
  org('International Court of Justice', ['ICJ']),
  org('International Criminal Court', ['ICC']),
  org('International Monetary Fund', ['IMF']),
  org('International Organization for Migration', ['IOM']),
  org('International Rescue Committee'),
  org('Interpol'),
  org('Islamic Jihad', ['Palestinian Islamic Jihad']),
  org('Islamic Revolutionary Guard Corps', ['IRGC', 'Revolutionary Guards'], 'Iran'),
  org('Islamic State', ['ISIS', 'ISIL', 'IS']),
  org('Knesset', [], 'Israel'),
  org('Kremlin', [], 'Russia'),
  org('Mossad', [], 'Israel'),
  org('Muslim Brotherhood'),
  org('North Atlantic Treaty Organization', ['NATO', 'Nato']),
  org('Norwegian Refugee Council'),
  org('Organisation of Islamic Cooperation', ['OIC', 'Organization of Islamic Cooperation']),
  org('Organization for Security and Co-operation in Europe', ['OSCE']),
  org('Organization of Petroleum Exporting Countries', ['OPEC']),
  org('Oxfam', ['Oxfam International']),
  org('Pentagon', [], 'United States'),
  org('Red Crescent'),
  org('Reporters Without Borders', ['Reporters Sans Frontieres', 'RSF']),
  org('Save the Children'),
  org('Shanghai Cooperation Organisation', ['SCO', 'Shanghai Cooperation Organization']),
  org('Shin Bet', [], 'Israel'),
  org('State Duma', ['Duma'], 'Russia'),
  org('Taliban'),
  org('UNESCO'),
  org('UNHCR'),
  org('UNICEF', ['Unicef']),
  org('United Nations', ['UN', 'U.N.']),
  org('United Nations Security Council', ['UN Security Council', 'U.N. Security Council', 'UNSC', 'Security Council']),
  org('UNRWA'),
  org('White House', [], 'United States'),
  org('World Bank'),
  org('World Food Programme', ['WFP', 'World Food Program']),
  org('World Health Organization', ['WHO']),
  org('World Trade Organization', ['WTO']),
  org('Zhongnanhai', [], 'China'),
];

/**
 * Last words that make a capitalised phrase an organization ("Foreign Ministry", "Labour Party",
 * "Houston Crime Stoppers", a local chapter of the tip-line programme).
 * Lower-case keys; matched against the final token of a name.
 */
export const ORGANIZATION_HEADS: string[] = [
  'administration', 'agency', 'airline', 'airlines', 'airways', 'alliance', 'army', 'assembly', 'association',
  'authority', 'bank', 'board', 'brigade', 'brigades', 'brothers', 'bureau', 'cabinet', 'caucus', 'center', 'centre',
  'church', 'club', 'co', 'co.', 'coalition', 'college', 'command', 'commission', 'committee', 'community', 'company',
  'conference', 'congress', 'corp', 'corp.', 'corporation', 'corps', 'council', 'court', 'democrats', 'department',
  'desk', 'directorate', 'embassy', 'exchange', 'fc', 'federation', 'force', 'forces', 'foundation', 'front', 'fund',
  'group', 'guard', 'guards', 'holdings', 'inc', 'inc.', 'institute', 'league', 'ltd', 'ltd.', 'military', 'militia',
  'ministry', 'movement', 'navy', 'newsroom', 'observatory', 'office', 'organisation', 'organization', 'parliament',
  'party', 'platform', 'plc', 'police', 'programme', 'railway', 'railways', 'republicans', 'secretariat',
  'senate', 'service', 'services', 'socialists', 'society', 'stoppers', 'survey', 'tribunal', 'union', 'university',
];

/** Words that open an organization name before "of" ("Ministry of Defence", "Bank of Japan", "Crime Stoppers of Ohio"). */
export const ORGANIZATION_OPENERS: string[] = [
  'bank', 'board', 'council', 'court', 'department', 'house', 'ministry', 'office', 'party', 'stoppers', 'university',
];

/**
 * Armed groups whose regional affiliates are named "<group> in <region>" (al-Qaeda in Iraq, al-Qaeda
 * in the Arabian Peninsula, Islamic State in Iraq and the Levant). Source: the groups' names as used
 * by the UN Security Council's sanctions lists and English-language wire copy. Canonical names above.
 */
export const GROUPS_WITH_REGIONAL_BRANCHES: string[] = ['Al-Qaeda', 'Islamic State'];

/**
 * A state's armed services, written capitalised and alone for the story's own country ("the Army
 * said", "the Navy rescued"). Source: English names of the branches of national armed forces.
 */
export const ARMED_SERVICES: string[] = ['army', 'navy'];
