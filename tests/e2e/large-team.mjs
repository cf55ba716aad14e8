// A 30-rep sales team for the summary test (issue #7: "the summary card for 30 reps"). The Playground's team has six
// people (its config allows exactly five users besides Alex); 02-checkin imports five of them as reps (Bianca is the
// admin). The admin adds the 25 others with "add rep @name". The Playground's connector cannot look these 25 up (it only
// knows its six people), so their mentions carry the Entra object id, which the bot then takes as is (PersonResolver)
// instead of asking the connector for the member. Names are realistic, some with accents, apostrophes and hyphens:
// the card JSON escapes them, which makes it larger.

const FIRST = ['Aisha', 'Bruno', 'Carmen', 'Dmitri', 'Elena', 'Felix', 'Grace', 'Hiroshi', 'Ingrid', 'Jonas', 'Keiko', 'Liam',
  'Mateo', 'Nadia', 'Oskar', 'Priya', 'Quentin', 'Rosa', 'Sven', 'Tomás', 'Ugo', 'Valeria', 'Wen', 'Yusuf', 'Zoë'];
const LAST = ['Okafor', 'Costa', 'Delgado', 'Volkov', 'Petrova', 'Schneider', 'Hopper', 'Tanaka', 'Larsen', 'Berg',
  'Watanabe', "O'Brien", 'Fernández', 'Rahimi', 'Lindqvist', 'Raman', 'Dubois', 'Marino', 'Johansson', 'Álvarez',
  'Bianchi', 'Castillo', 'Zhang', 'Demir', 'Müller-Lüdenscheidt'];

const ACCOUNTS = ['Contoso', 'Fabrikam', 'Northwind Traders', 'Tailspin Toys', 'Wide World Importers', 'Adventure Works',
  'Litware', 'Proseware', 'Woodgrove Bank', 'Alpine Ski House', 'Coho Winery', 'Fourth Coffee', 'Lucerne Publishing',
  "Margie's Travel", 'Trey Research', 'VanArsdel', 'Wingtip Toys', 'Humongous Insurance', 'Blue Yonder Airlines'];

/** The five reps 02-checkin imported from the Playground's team (Alex submitted there). */
export const playgroundReps = [
  { id: '29:user-alex', name: 'Alex Wilber', aadObjectId: 'aaaaaaaa-0000-0000-0000-000000000001' },
  { id: '29:user-chen', name: 'Chen Wei', aadObjectId: 'aaaaaaaa-0000-0000-0000-000000000003' },
  { id: '29:user-dana', name: 'Dana Kim', aadObjectId: 'aaaaaaaa-0000-0000-0000-000000000004' },
  { id: '29:user-emil', name: 'Emil Novak', aadObjectId: 'aaaaaaaa-0000-0000-0000-000000000005' },
  { id: '29:user-farah', name: 'Farah Haddad', aadObjectId: 'aaaaaaaa-0000-0000-0000-000000000006' },
];

/** The 25 reps the admin adds, as Teams describes a mentioned user. */
export const addedReps = FIRST.map((first, i) => {
  const n = String(i + 1).padStart(2, '0');
  return { id: `29:user-rep${n}`, name: `${first} ${LAST[i]}`, aadObjectId: `cccccccc-0000-0000-0000-0000000000${n}` };
});

/** The first 19 added reps check in; the last 6 do not (nor do Chen, Dana, Emil and Farah): 20 of 30 submitted. */
export const submittingReps = addedReps.slice(0, 19);
export const silentReps = [...playgroundReps.slice(1), ...addedReps.slice(19)];

/**
 * The new deals rep number `i` enters, each in its own "Add a new deal" slot, for the week starting `monday` (a Date
 * at 00:00 UTC): a solid commit and an upside closing this week; for every third rep a soft commit (70 %, checklist
 * gaps, with its reason), for every fourth a pipeline deal, for every fifth an upside at 90 % closing this month (a
 * hidden commit). Dates are never before the Monday, so the bot accepts them on any day of the week.
 */
export function dealsOf(i, monday) {
  const account = (k) => ACCOUNTS[(i + k) % ACCOUNTS.length];
  const monthEnd = new Date(Date.UTC(monday.getUTCFullYear(), monday.getUTCMonth() + 1, 0));
  const deals = [
    { account: account(0), name: `Renewal ${2027 + (i % 2)}`, category: 'Commit', amount: 40000 + 1250 * i, close: addDays(monday, 4),
      stage: 90, checklist: [true, true, true, true, true] },
    { account: account(7), name: 'Platform expansion', category: 'Upside', amount: 18000.5 + 950 * i, close: addDays(monday, 5),
      stage: 60, checklist: [true, false, false, false, false] },
  ];
  if (i % 3 === 0) {
    deals.push({ account: account(3), name: 'Pilot to production', category: 'Commit', amount: 22000 + 500 * i, close: addDays(monday, 3),
      stage: 70, checklist: [true, true, false, false, false], reason: 'Legal review of the order form is still open' });
  }
  if (i % 4 === 1) {
    deals.push({ account: account(11), name: 'New region rollout', category: 'Pipeline', amount: 12000 + 400 * i, close: addDays(monday, 45),
      stage: 25, checklist: [false, false, false, false, false] });
  }
  if (i % 5 === 2) {
    const close = addDays(monday, 6) < monthEnd ? addDays(monday, 6) : monthEnd;
    deals.push({ account: account(5), name: 'Security add-on', category: 'Upside', amount: 9500 + 100 * i, close,
      stage: 90, checklist: [true, true, true, true, false] });
  }
  return deals;
}

/** The Monday (00:00 UTC) of an ISO week such as `2026-W48`. */
export function mondayOf(week) {
  const [year, number] = week.split('-W').map(Number);
  const jan4 = new Date(Date.UTC(year, 0, 4));
  return addDays(jan4, 1 - (jan4.getUTCDay() || 7) + 7 * (number - 1));
}

/** "Commit this week" of a rep's deals (domain.md: Commit with a close date from Monday to Sunday). */
export function commitThisWeek(deals, monday) {
  const sunday = addDays(monday, 6);
  return deals.filter((d) => d.category === 'Commit' && d.close >= monday && d.close <= sunday).reduce((sum, d) => sum + d.amount, 0);
}

/** The card inputs of new-deal slots 1..n, as the check-in card names them (`new-{n}-{field}`). */
export function newDealInputs(deals) {
  const inputs = { slots: deals.length };
  deals.forEach((deal, index) => {
    const field = (name) => `new-${index + 1}-${name}`;
    Object.assign(inputs, {
      [field('account')]: deal.account, [field('name')]: deal.name, [field('category')]: deal.category,
      [field('amount')]: deal.amount.toFixed(2), [field('close')]: isoDate(deal.close), [field('stage')]: String(deal.stage),
      [field('unreal')]: 'false', [field('reason')]: deal.reason ?? '',
    });
    ['cfg', 'euc', 'ptc', 'disc', 'ready'].forEach((toggle, k) => { inputs[field(toggle)] = String(deal.checklist[k]); });
  });
  return inputs;
}

function addDays(date, days) {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + days));
}

function isoDate(date) {
  return date.toISOString().slice(0, 10);
}
