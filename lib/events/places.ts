/**
 * A small gazetteer: countries, US states, large or newsworthy cities and regions. Used so that a story is never
 * titled by places alone ("U.S.", "Russia, China") — a place says where a thread happens, not what unites it —
 * and by the evaluation to count such titles. English names, compared without case, dots or a leading "the".
 */
const PLACES = new Set(
  (
    // Countries and their usual short forms.
    'afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|azerbaijan|bahamas|bahrain|' +
    'bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia|bosnia and herzegovina|botswana|brazil|' +
    'brunei|bulgaria|burkina faso|burma|burundi|cambodia|cameroon|canada|chad|chile|china|colombia|congo|costa rica|' +
    'croatia|cuba|cyprus|czech republic|czechia|denmark|djibouti|dominican republic|ecuador|egypt|el salvador|' +
    'eritrea|estonia|eswatini|ethiopia|fiji|finland|france|gabon|gambia|georgia|germany|ghana|greece|greenland|' +
    'guatemala|guinea|guyana|haiti|honduras|hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|' +
    'ivory coast|jamaica|japan|jordan|kazakhstan|kenya|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|liberia|libya|' +
    'lithuania|luxembourg|madagascar|malawi|malaysia|maldives|mali|malta|mauritania|mauritius|mexico|moldova|monaco|' +
    'mongolia|montenegro|morocco|mozambique|myanmar|namibia|nepal|netherlands|holland|new zealand|nicaragua|niger|' +
    'nigeria|north korea|south korea|korea|north macedonia|norway|oman|pakistan|palestine|panama|papua new guinea|' +
    'paraguay|peru|philippines|poland|portugal|qatar|romania|russia|rwanda|saudi arabia|senegal|serbia|' +
    'sierra leone|singapore|slovakia|slovenia|somalia|south africa|south sudan|spain|sri lanka|sudan|suriname|' +
    'sweden|switzerland|syria|taiwan|tajikistan|tanzania|thailand|togo|trinidad|tunisia|turkey|turkiye|' +
    'turkmenistan|uganda|ukraine|united arab emirates|uae|united kingdom|uk|britain|great britain|england|scotland|' +
    'wales|northern ireland|united states|united states of america|us|usa|america|uruguay|uzbekistan|venezuela|' +
    'vietnam|yemen|zambia|zimbabwe|vatican|puerto rico|guam|' +
    // US states.
    'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|illinois|' +
    'indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|' +
    'montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|' +
    'oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|' +
    'washington|west virginia|wisconsin|wyoming|district of columbia|dc|washington dc|' +
    // Cities.
    'new york city|nyc|los angeles|chicago|houston|phoenix|philadelphia|san antonio|san diego|dallas|austin|' +
    'san francisco|seattle|denver|boston|detroit|atlanta|miami|minneapolis|portland|las vegas|baltimore|' +
    'new orleans|kenosha|louisville|charlottesville|brooklyn|manhattan|london|paris|berlin|moscow|beijing|' +
    'shanghai|hong kong|tokyo|seoul|pyongyang|tehran|baghdad|kabul|kyiv|kiev|jerusalem|tel aviv|gaza|west bank|' +
    'gaza strip|cairo|damascus|beirut|istanbul|ankara|brussels|geneva|rome|madrid|vienna|warsaw|minsk|delhi|' +
    'new delhi|mumbai|islamabad|karachi|kandahar|havana|caracas|mexico city|ottawa|toronto|sydney|riyadh|dubai|' +
    'doha|crimea|donbas|xinjiang|tibet|wuhan|taipei|' +
    // Regions.
    'europe|asia|africa|middle east|latin america|south america|north america|central america|caribbean|' +
    'pacific|atlantic|arctic|antarctica|the west|west|east|midwest|south|north|eu|european union|' +
    // Demonyms the grouping maps onto a country (text.ts ALIASES), as they would be displayed.
    'american|russian|chinese|british|ukrainian|iranian|israeli|syrian|iraqi|afghan|mexican|canadian|french|' +
    'german|japanese|indian|korean|turkish|european|saudi|pakistani|cuban'
  ).split('|'),
);

/** Lower case, no dots, no leading "the", single spaces: "the U.S." → "us". */
function key(name: string): string {
  return name
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/['’]s$/, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the name is a country, US state, listed city or region ("U.S.", "the United States", "Texas"). */
export function isPlace(name: string): boolean {
  const k = key(name);
  return k !== '' && PLACES.has(k);
}

/**
 * True when a title is one place name and nothing else ("U.S.", "Texas"): it says where, not what. The evaluation
 * counts such story titles and story titling avoids them. A list of places ("Russia, China") names the parties of
 * a thread, so it is allowed.
 */
export function isLonePlaceTitle(title: string): boolean {
  return isPlace(title.trim());
}

/** True when every part of a title is a place: "U.S.", "Russia, China, U.S.", "Texas and Florida". */
export function isPlaceOnlyTitle(title: string): boolean {
  const parts = title
    .split(/,|;|\/|&|\band\b|–|—/i) // parts are trimmed below: no \s* around the separator (linear)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length > 0 && parts.every(isPlace);
}
