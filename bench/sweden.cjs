// A coarse model of Swedish freight infrastructure for synthetic data: towns (weight ~ population in
// thousands, whether they have a port), corridors (roads, railways, waterways through towns) and a
// rough outline of the country for scattered objects. Coordinates are [lng, lat] in WGS84.

/** [name, lng, lat, weight, county, port] */
const TOWNS = [
  ['Stockholm', 18.07, 59.33, 1600, 'Stockholms län', true],
  ['Göteborg', 11.97, 57.71, 600, 'Västra Götalands län', true],
  ['Malmö', 13.0, 55.6, 350, 'Skåne län', true],
  ['Uppsala', 17.64, 59.86, 180, 'Uppsala län', false],
  ['Västerås', 16.54, 59.61, 130, 'Västmanlands län', true],
  ['Örebro', 15.21, 59.27, 125, 'Örebro län', false],
  ['Linköping', 15.62, 58.41, 115, 'Östergötlands län', false],
  ['Helsingborg', 12.69, 56.05, 110, 'Skåne län', true],
  ['Jönköping', 14.16, 57.78, 100, 'Jönköpings län', false],
  ['Norrköping', 16.19, 58.59, 95, 'Östergötlands län', true],
  ['Lund', 13.19, 55.7, 90, 'Skåne län', false],
  ['Umeå', 20.26, 63.83, 90, 'Västerbottens län', true],
  ['Gävle', 17.14, 60.67, 80, 'Gävleborgs län', true],
  ['Borås', 12.94, 57.72, 75, 'Västra Götalands län', false],
  ['Södertälje', 17.63, 59.2, 70, 'Stockholms län', true],
  ['Eskilstuna', 16.51, 59.37, 70, 'Södermanlands län', false],
  ['Halmstad', 12.86, 56.67, 65, 'Hallands län', true],
  ['Växjö', 14.81, 56.88, 65, 'Kronobergs län', false],
  ['Karlstad', 13.5, 59.38, 65, 'Värmlands län', true],
  ['Sundsvall', 17.31, 62.39, 55, 'Västernorrlands län', true],
  ['Östersund', 14.64, 63.18, 50, 'Jämtlands län', false],
  ['Trollhättan', 12.29, 58.28, 50, 'Västra Götalands län', false],
  ['Luleå', 22.15, 65.58, 48, 'Norrbottens län', true],
  ['Borlänge', 15.44, 60.48, 42, 'Dalarnas län', false],
  ['Kristianstad', 14.16, 56.03, 40, 'Skåne län', false],
  ['Kalmar', 16.36, 56.66, 40, 'Kalmar län', true],
  ['Falun', 15.63, 60.61, 38, 'Dalarnas län', false],
  ['Skövde', 13.85, 58.39, 38, 'Västra Götalands län', false],
  ['Karlskrona', 15.59, 56.16, 36, 'Blekinge län', true],
  ['Skellefteå', 20.95, 64.75, 35, 'Västerbottens län', true],
  ['Uddevalla', 11.94, 58.35, 35, 'Västra Götalands län', true],
  ['Nyköping', 17.01, 58.75, 33, 'Södermanlands län', true],
  ['Varberg', 12.25, 57.11, 30, 'Hallands län', true],
  ['Motala', 15.04, 58.54, 30, 'Östergötlands län', false],
  ['Örnsköldsvik', 18.72, 63.29, 30, 'Västernorrlands län', true],
  ['Trelleborg', 13.16, 55.38, 30, 'Skåne län', true],
  ['Landskrona', 12.83, 55.87, 30, 'Skåne län', true],
  ['Lidköping', 13.16, 58.5, 26, 'Västra Götalands län', true],
  ['Piteå', 21.48, 65.32, 25, 'Norrbottens län', true],
  ['Enköping', 17.08, 59.64, 24, 'Uppsala län', false],
  ['Visby', 18.29, 57.64, 24, 'Gotlands län', true],
  ['Vänersborg', 12.32, 58.38, 23, 'Västra Götalands län', false],
  ['Katrineholm', 16.21, 59.0, 23, 'Södermanlands län', false],
  ['Norrtälje', 18.7, 59.76, 20, 'Stockholms län', true],
  ['Köping', 15.99, 59.51, 20, 'Västmanlands län', true],
  ['Boden', 21.69, 65.83, 20, 'Norrbottens län', false],
  ['Ystad', 13.82, 55.43, 20, 'Skåne län', true],
  ['Kiruna', 20.23, 67.86, 18, 'Norrbottens län', false],
  ['Kristinehamn', 14.11, 59.31, 18, 'Värmlands län', true],
  ['Härnösand', 17.94, 62.63, 18, 'Västernorrlands län', true],
  ['Nässjö', 14.7, 57.65, 18, 'Jönköpings län', false],
  ['Hudiksvall', 17.1, 61.73, 16, 'Gävleborgs län', true],
  ['Ludvika', 15.19, 60.15, 15, 'Dalarnas län', false],
  ['Arvika', 12.59, 59.65, 14, 'Värmlands län', false],
  ['Sala', 16.6, 59.92, 13, 'Västmanlands län', false],
  ['Arboga', 15.84, 59.39, 11, 'Västmanlands län', false],
  ['Fagersta', 15.79, 60.0, 11, 'Västmanlands län', false],
  ['Mora', 14.54, 61.0, 11, 'Dalarnas län', false],
  ['Oxelösund', 17.1, 58.67, 10, 'Södermanlands län', true],
  ['Hallstahammar', 16.23, 59.61, 10, 'Västmanlands län', false],
  ['Gällivare', 20.66, 67.13, 10, 'Norrbottens län', false],
  ['Hallsberg', 15.11, 59.07, 8, 'Örebro län', false],
  ['Alvesta', 14.56, 56.9, 8, 'Kronobergs län', false],
  ['Kramfors', 17.79, 62.93, 8, 'Västernorrlands län', true],
  ['Lycksele', 18.67, 64.6, 8, 'Västerbottens län', false],
  ['Strömstad', 11.17, 58.94, 7, 'Västra Götalands län', true],
  ['Haparanda', 24.14, 65.84, 5, 'Norrbottens län', true],
  ['Storuman', 17.11, 65.1, 2, 'Västerbottens län', false],
  ['Sveg', 14.36, 62.03, 2, 'Jämtlands län', false],
  ['Storlien', 12.1, 63.32, 1, 'Jämtlands län', false],
  ['Riksgränsen', 18.13, 68.43, 1, 'Norrbottens län', false],
].map(([name, lng, lat, weight, county, port]) => ({ name, lng, lat, weight, county, port }));

/** [reference, mode, importance, towns along it] */
const CORRIDORS = [
  ['E4', 'road', 3, ['Helsingborg', 'Jönköping', 'Linköping', 'Norrköping', 'Nyköping', 'Södertälje', 'Stockholm', 'Uppsala', 'Gävle', 'Hudiksvall', 'Sundsvall', 'Härnösand', 'Örnsköldsvik', 'Umeå', 'Skellefteå', 'Piteå', 'Luleå', 'Haparanda']],
  ['E6', 'road', 3, ['Trelleborg', 'Malmö', 'Lund', 'Landskrona', 'Helsingborg', 'Halmstad', 'Varberg', 'Göteborg', 'Uddevalla', 'Strömstad']],
  ['E18', 'road', 2.5, ['Karlstad', 'Kristinehamn', 'Örebro', 'Arboga', 'Köping', 'Västerås', 'Enköping', 'Stockholm', 'Norrtälje']],
  ['E20', 'road', 2.5, ['Göteborg', 'Skövde', 'Hallsberg', 'Örebro', 'Arboga', 'Eskilstuna', 'Södertälje', 'Stockholm']],
  ['E22', 'road', 1.5, ['Trelleborg', 'Malmö', 'Lund', 'Kristianstad', 'Karlskrona', 'Kalmar', 'Norrköping']],
  ['E45', 'road', 1, ['Göteborg', 'Trollhättan', 'Vänersborg', 'Arvika', 'Mora', 'Sveg', 'Östersund', 'Storuman', 'Gällivare', 'Kiruna']],
  ['E14', 'road', 1, ['Sundsvall', 'Östersund', 'Storlien']],
  ['Rv 40', 'road', 1.2, ['Göteborg', 'Borås', 'Jönköping']],
  ['Väg 56', 'road', 1, ['Norrköping', 'Katrineholm', 'Eskilstuna', 'Västerås', 'Sala', 'Gävle']],
  ['Rv 50', 'road', 0.8, ['Motala', 'Örebro', 'Ludvika', 'Borlänge', 'Falun']],
  ['Rv 70', 'road', 0.8, ['Enköping', 'Sala', 'Borlänge', 'Mora']],
  ['Södra stambanan', 'rail', 1.8, ['Malmö', 'Lund', 'Alvesta', 'Nässjö', 'Linköping', 'Norrköping', 'Katrineholm', 'Södertälje', 'Stockholm']],
  ['Västra stambanan', 'rail', 1.8, ['Göteborg', 'Skövde', 'Hallsberg', 'Katrineholm', 'Södertälje', 'Stockholm']],
  ['Ostkustbanan', 'rail', 1.2, ['Stockholm', 'Uppsala', 'Gävle', 'Hudiksvall', 'Sundsvall']],
  ['Mälarbanan', 'rail', 1.2, ['Stockholm', 'Enköping', 'Västerås', 'Köping', 'Arboga', 'Örebro']],
  ['Svealandsbanan', 'rail', 0.8, ['Södertälje', 'Eskilstuna', 'Arboga']],
  ['Bergslagsbanan', 'rail', 1, ['Gävle', 'Falun', 'Borlänge', 'Ludvika', 'Fagersta', 'Köping', 'Hallsberg']],
  ['Västkustbanan', 'rail', 1.2, ['Lund', 'Helsingborg', 'Halmstad', 'Varberg', 'Göteborg']],
  ['Botniabanan', 'rail', 1, ['Sundsvall', 'Härnösand', 'Kramfors', 'Örnsköldsvik', 'Umeå', 'Skellefteå', 'Luleå']],
  ['Malmbanan', 'rail', 1.2, ['Luleå', 'Boden', 'Gällivare', 'Kiruna', 'Riksgränsen']],
  ['Mittbanan', 'rail', 0.7, ['Sundsvall', 'Östersund', 'Storlien']],
  ['Inlandsbanan', 'rail', 0.4, ['Mora', 'Sveg', 'Östersund', 'Storuman', 'Gällivare']],
  ['Dalabanan', 'rail', 0.7, ['Uppsala', 'Sala', 'Borlänge']],
  ['Göta älv', 'water', 0.5, ['Göteborg', 'Trollhättan', 'Vänersborg']],
  ['Vänern', 'water', 0.3, ['Vänersborg', 'Lidköping', 'Kristinehamn', 'Karlstad']],
  ['Mälaren', 'water', 0.4, ['Södertälje', 'Västerås', 'Köping']],
].map(([ref, mode, importance, towns]) => ({ ref, mode, importance, towns }));

/** A rough outline of Sweden's mainland, enough to keep scattered objects on land-ish ground. */
const OUTLINE = [
  [11.1, 59.1], [11.3, 58.3], [11.8, 57.6], [12.3, 56.9], [12.6, 56.3], [12.9, 55.6], [13.3, 55.35], [14.3, 55.45],
  [14.4, 56.0], [15.6, 56.15], [16.4, 56.6], [16.6, 57.5], [16.8, 58.3], [17.6, 58.7], [18.5, 59.2], [19.0, 59.9],
  [18.1, 60.6], [17.3, 61.0], [17.3, 61.9], [17.7, 62.4], [18.6, 63.0], [20.3, 63.7], [21.0, 64.4], [21.6, 65.0],
  [22.2, 65.6], [24.1, 65.8], [23.7, 66.5], [23.6, 67.4], [22.8, 68.0], [20.6, 69.0], [19.9, 68.4], [18.1, 68.5],
  [16.5, 67.5], [15.5, 66.3], [14.5, 65.2], [13.9, 64.2], [12.2, 63.4], [12.5, 62.0], [12.3, 61.1], [12.8, 60.2],
  [11.8, 59.7],
];

function insideOutline(lng, lat) {
  let inside = false;
  for (let i = 0, j = OUTLINE.length - 1; i < OUTLINE.length; j = i++) {
    const [xi, yi] = OUTLINE[i];
    const [xj, yj] = OUTLINE[j];
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

module.exports = { TOWNS, CORRIDORS, OUTLINE, insideOutline };
