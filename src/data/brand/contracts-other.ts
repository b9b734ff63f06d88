/** Out-of-home agreements, the Crestline media partnership and the agency terms of business. */
import { AGENCY, AGENCY_TERMS, OOH_METRO, type OOH_TRANSIT, PRINT_CRESTLINE, type AGENCY_SLAS } from './contract-terms.js';
import { CLIENT, committedTotal, frontMatter, gbp, yearTable, type ContractTotals } from './contract-format.js';

type OohTerms = typeof OOH_METRO | typeof OOH_TRANSIT;

const FORMAT_LABEL: Record<string, string> = {
  roadside_48_sheet: 'Roadside 48-sheet billboard (6.1 m × 3.05 m)',
  digital_6_sheet: 'Digital 6-sheet (1.2 m × 1.8 m screen, 10-second slot in a 6-ad loop)',
  rail_6_sheet: 'Rail station 6-sheet',
  bus_t_side: 'Bus T-side (side of a double-deck bus)',
};

export function oohContract(c: OohTerms, t: ContractTotals): string {
  const committed = committedTotal(t);
  const metro = c.id === OOH_METRO.id;
  const formats = Object.entries(c.formats);
  const rateRows = formats
    .map(([id, f]) => `| ${FORMAT_LABEL[id] ?? id} | \`${id}\` | ${gbp(f.rate)} | ${gbp(f.rateCard)} | ${f.weeklyImpactsPerSite.toLocaleString('en-GB')} |`)
    .join('\n');
  const delivery = metro
    ? `5.1 Metro Outdoor posts all booked sites by the first day of each cycle and supplies geotagged posting photographs within three business days.
5.2 Sites that are not posted or are damaged for more than 24 hours are replaced with equivalent sites or credited pro rata at the net rate.
5.3 Digital sites are guaranteed at least 98% uptime per cycle; lost plays are credited pro rata.`
    : `5.1 TransitAds posts booked panels and vehicle sides by the first day of each cycle and reports posted sites per format within three business days.
5.2 Bus T-sides run on the routes and depots listed in the booking confirmation; substitutions require the Agency's approval.
5.3 TransitAds guarantees that at least **${(c as typeof OOH_TRANSIT).postingGuaranteePct}% of booked sites** are posted in every cycle. Unposted sites are credited pro rata at the net rate and must not be invoiced.`;
  return `${frontMatter({
    contract_id: c.id,
    title: c.title,
    client: CLIENT,
    counterparty: c.counterparty,
    agency: AGENCY.name,
    channel: 'ooh',
    start_date: c.start,
    end_date: c.end,
    signed_date: c.signed,
    currency: 'GBP',
    committed_spend_gbp: committed,
    rate_unit: 'per_site_per_cycle',
    rates_gbp: Object.fromEntries(formats.map(([id, f]) => [id, f.rate])),
    rate_card_gbp: Object.fromEntries(formats.map(([id, f]) => [id, f.rateCard])),
    cycle_days: 14,
  })}
# ${c.title}

**Contract reference:** ${c.id}  
**Signed:** ${c.signed}

## 1. Parties
1.1 ${CLIENT} ("the Advertiser").
1.2 ${c.counterparty} ("the Contractor")${metro ? ', owner of roadside and digital street furniture across Great Britain' : ', concessionaire for rail station and bus advertising'}.
1.3 ${AGENCY.name} ("the Agency") books, checks and pays on the Advertiser's behalf.

## 2. Term and cycles
2.1 This Agreement runs from ${c.start} to ${c.end} inclusive.
2.2 Space is sold in two-week cycles starting on a Monday (14 days, Monday to the second Sunday).

## 3. Commitment
3.1 The Advertiser commits to a minimum net spend of **${gbp(committed)}** over the term, phased as follows:

| Year | Minimum net spend |
|---|---|
${yearTable(t)}

3.2 Bookings are confirmed in writing per cycle, stating format, number of sites and campaign.

## 4. Rates and invoicing
4.1 The Contractor invoices each cycle at the **net rates per site per cycle** in the table below. Invoices at any other rate require a signed variation to this Agreement.

| Format | Code | Net rate per site per cycle | Rate card | Weekly impacts per site |
|---|---|---|---|---|
${rateRows}

4.2 The net rates include an agreed discount of about 20% off the rate card in return for the commitment in clause 3.1.
4.3 Production and posting costs are charged separately at cost and are not media spend.
4.4 Invoices are issued per cycle, quote the booking reference and are payable within 30 days.

## 5. Posting and delivery
${delivery}

## 6. Cancellation
6.1 Booked cycles may be cancelled without charge with at least 8 weeks' written notice before the cycle start.
6.2 Cancellations with less than 8 weeks' notice are charged at 50%, and with less than 4 weeks' notice at 100%, of the net value.

## 7. Content
7.1 Copy must comply with the advertising code and the Contractor's content policy; the Contractor may refuse copy on reasonable grounds.

## 8. Governing law
8.1 This Agreement is governed by the laws of England and Wales.
`;
}

export function printPartnership(t: ContractTotals): string {
  const committed = committedTotal(t);
  const c = PRINT_CRESTLINE;
  const rows = c.publications
    .map((p) => `| ${p.name} | ${['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][p.weekday]} | ${p.circulation.toLocaleString('en-GB')} | ${p.readership.toLocaleString('en-GB')} | ${gbp(p.fullPage)} | ${gbp(p.dps)} | ${gbp(p.halfPage)} |`)
    .join('\n');
  return `${frontMatter({
    contract_id: c.id,
    title: c.title,
    client: CLIENT,
    counterparty: c.counterparty,
    agency: AGENCY.name,
    channel: 'print',
    start_date: c.start,
    end_date: c.end,
    signed_date: c.signed,
    currency: 'GBP',
    committed_spend_gbp: committed,
    discount_pct: c.discountPct,
    publications: c.publications.map((p) => p.name),
  })}
# ${c.title}

**Contract reference:** ${c.id}  
**Signed:** ${c.signed}

## 1. Parties
1.1 ${CLIENT} ("the Advertiser").
1.2 ${c.counterparty} ("Crestline"), publisher of the titles in clause 3.1.

## 2. Term
2.1 This partnership runs from ${c.start} to ${c.end} inclusive.

## 3. Print advertising
3.1 Crestline sells display advertising in the following titles at the rate card below (per insertion):

| Title | Publication day | Circulation | Readership | Full page | Double-page spread | Half page |
|---|---|---|---|---|---|---|
${rows}

3.2 All insertions under this partnership are invoiced at the rate card **less a partnership discount of ${c.discountPct}%**.
3.3 The Advertiser commits to a minimum net print spend of **${gbp(committed)}** over the term, phased as follows:

| Year | Minimum net spend |
|---|---|
${yearTable(t)}

## 4. Partnership benefits
4.1 Crestline provides one sponsored editorial feature per quarter in Auto Weekly Review, clearly labelled as a partnership.
4.2 Crestline gives the Advertiser first refusal on the inside-front-cover position in The Sunday Ledger Magazine for model launches.
4.3 Partnership content is produced by Crestline at no extra media cost; production above £5,000 per feature is charged at cost.

## 5. Copy and deadlines
5.1 Copy is due seven days before the publication date. Late copy may run the previous creative.

## 6. Invoicing
6.1 Crestline invoices each insertion after publication at the net rate in clause 3.2, payable within 30 days.
6.2 Any insertion invoiced without the clause 3.2 discount is to be credited on the next invoice.

## 7. Cancellation
7.1 Insertions may be cancelled without charge up to 21 days before the publication date; later cancellations are charged in full.

## 8. Governing law
8.1 This partnership is governed by the laws of England and Wales.
`;
}

export function agencyTerms(slas: typeof AGENCY_SLAS): string {
  const c = AGENCY_TERMS;
  const slaLines = slas.map((s) => `${s.clause} ${s.description} (target: ${s.targetDays} business day${s.targetDays === 1 ? '' : 's'}; metric \`${s.metric}\`).`).join('\n');
  return `${frontMatter({
    contract_id: c.id,
    title: c.title,
    client: CLIENT,
    counterparty: c.counterparty,
    channel: 'agency',
    start_date: c.start,
    end_date: c.end,
    signed_date: c.signed,
    currency: 'GBP',
    monthly_retainer_gbp: c.monthlyRetainer,
    commission_pct: c.commissionPct,
    service_credit_pct: c.serviceCreditPct,
    slas: slas.map((s) => ({ clause: s.clause, metric: s.metric, target_business_days: s.targetDays })),
  })}
# ${c.title}

**Contract reference:** ${c.id}  
**Signed:** ${c.signed}

## 1. Parties
1.1 ${CLIENT} ("the Client").
1.2 ${c.counterparty} ("the Agency").

## 2. Term
2.1 These terms run from ${c.start} to ${c.end} inclusive and renew for 12 months unless either party gives 3 months' written notice.

## 3. Services
3.1 The Agency plans and buys media across TV, out-of-home, print, radio and digital (Meta, Google Ads, DV360, TikTok, YouTube, LinkedIn) for the Client's brand and models.
3.2 The Agency contracts media owners as agent for the Client; media contracts name the Client as advertiser.
3.3 The Agency trafficks creatives, tracks campaigns with the Client's campaign ids and reports performance.

## 4. Media spend and billing
4.1 The Agency passes media costs through at net, without mark-up, and provides media owners' invoices on request.
4.2 The Agency reconciles every media owner invoice against contracted rates before payment and flags discrepancies to the Client.

## 5. Fees
5.1 A monthly retainer of **${gbp(c.monthlyRetainer)}** covers planning, buying and reporting.
5.2 A commission of **${c.commissionPct}%** of net media spend is payable monthly on transmitted or delivered media.
5.3 Fees are invoiced monthly in arrears and payable within 30 days.

## 6. Service levels
${slaLines}
6.5 SLA performance is tracked monthly in the SLA log shared with the Client.

## 7. Service credits
7.1 For each missed service level in clause 6, the Agency credits **${c.serviceCreditPct}% of the monthly retainer** (${gbp((c.monthlyRetainer * c.serviceCreditPct) / 100)}) against the next invoice.
7.2 Three or more missed service levels in a quarter entitle the Client to a review meeting and a remediation plan within 10 business days.

## 8. Data and confidentiality
8.1 Campaign data, reports and tracking codes belong to the Client and are returned on termination.
8.2 Each party keeps the other's confidential information confidential during the term and for three years after.

## 9. Termination
9.1 Either party may terminate on 3 months' written notice, or immediately for material breach not remedied within 30 days.

## 10. Governing law
10.1 These terms are governed by the laws of England and Wales.
`;
}
