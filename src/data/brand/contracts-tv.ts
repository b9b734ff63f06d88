/** TV airtime agreements (Albion terrestrial, Skyline satellite) and the Albion Player VOD addendum. */
import { AGENCY, TV_ALBION, type TV_SKYLINE, VOD_ALBION } from './contract-terms.js';
import { CLIENT, committedTotal, frontMatter, gbp, yearTable, type ContractTotals } from './contract-format.js';

type TvTerms = typeof TV_ALBION | typeof TV_SKYLINE;

export function tvContract(c: TvTerms, t: ContractTotals, satellite: boolean): string {
  const committed = committedTotal(t);
  const discount = Math.round((1 - c.costPerGrp / c.rateCardPerGrp) * 1000) / 10;
  const cancel = satellite
    ? `9.1 ${CLIENT} may cancel any booked campaign, or any part of it, by written notice to ${c.counterparty} given not less than ${c.cancellationDays} days before the first scheduled transmission date of the affected spots. Such cancellations carry no charge.
9.2 Cancellations notified less than ${(c as typeof TV_SKYLINE).cancellationDays} days but not less than ${(c as typeof TV_SKYLINE).shortNoticeDays} days before first transmission are charged at ${(c as typeof TV_SKYLINE).lateCancellationChargePct}% of the net value of the cancelled spots.
9.3 Cancellations notified less than ${(c as typeof TV_SKYLINE).shortNoticeDays} days before first transmission are charged at 100% of the net value of the cancelled spots.
9.4 Either party may terminate this Agreement on 90 days' written notice; spots already booked remain payable under clauses 9.2 and 9.3.`
    : `9.1 ${CLIENT} may cancel any booked campaign by written notice given not less than ${c.cancellationDays} days (six weeks) before the first scheduled transmission date, without charge.
9.2 Cancellations with less than ${c.cancellationDays} days' notice are charged at 100% of the net value of the cancelled spots unless ${c.counterparty} resells the airtime, in which case the resold value is credited.
9.3 Either party may terminate this Agreement for material breach on 30 days' written notice if the breach is not remedied in that period.`;
  return `${frontMatter({
    contract_id: c.id,
    title: c.title,
    client: CLIENT,
    counterparty: c.counterparty,
    agency: AGENCY.name,
    channel: 'tv',
    buy_type: 'linear',
    start_date: c.start,
    end_date: c.end,
    signed_date: c.signed,
    currency: 'GBP',
    committed_spend_gbp: committed,
    rate_gbp: c.costPerGrp,
    rate_unit: 'per_grp',
    rate_card_gbp: c.rateCardPerGrp,
    delivery_guarantee_pct: c.deliveryGuaranteePct,
    cancellation_notice_days: c.cancellationDays,
  })}
# ${c.title}

**Contract reference:** ${c.id}  
**Signed:** ${c.signed}

## 1. Parties
1.1 ${CLIENT} ("the Advertiser"), trading as ${CLIENT.replace(' UK Ltd', '')}.
1.2 ${c.counterparty} ("the Broadcaster")${satellite ? ', operator of the Skyline satellite and pay-TV channel portfolio' : ', operator of the Albion national commercial channels'}.
1.3 ${AGENCY.name} ("the Agency") acts as the Advertiser's agent for booking, trafficking and billing.

## 2. Term
2.1 This Agreement runs from ${c.start} to ${c.end} inclusive.
2.2 Campaign bookings made under this Agreement must transmit within the term.

## 3. Commitment
3.1 The Advertiser commits to a minimum net spend of **${gbp(committed)}** over the term, phased as follows:

| Year | Minimum net spend |
|---|---|
${yearTable(t)}

3.2 Spend is measured at the net rates in clause 4 on transmitted airtime.
3.3 If the commitment is not met by the end of the term, the shortfall is payable at 25% of its value, unless caused by the Broadcaster's failure to deliver.

## 4. Rates and discounts
4.1 Airtime is bought on a cost-per-point basis at a net **${gbp(c.costPerGrp)} per adult 30-second-equivalent GRP** (gross rating point, 1% of UK adults).
4.2 The rate card is ${gbp(c.rateCardPerGrp)} per GRP; the net rate reflects an agreed discount of ${discount}% for the commitment in clause 3.1.
4.3 Spot lengths are charged by length factor: 10" 0.50, 20" 0.80, 30" 1.00, 40" 1.30, 60" 2.00.
4.4 Premium positions (first or last in break) carry a 10% surcharge and are only booked on written instruction.

## 5. Delivery and audit
5.1 Delivered GRPs are measured by the industry audience panel and reported weekly by the Broadcaster within five business days.
5.2 The Broadcaster guarantees delivery of at least **${c.deliveryGuaranteePct}% of contracted GRPs** in each campaign week.
5.3 Where delivery falls below the guarantee in clause 5.2, the Broadcaster shall provide make-good airtime of equivalent audience within eight weeks, or, at the Advertiser's option, a credit at the net rate for the undelivered GRPs.
5.4 The Agency reconciles delivered against contracted GRPs monthly and notifies shortfalls within ten business days of month end.

## 6. Invoicing and payment
6.1 The Broadcaster invoices the Agency monthly in arrears for transmitted airtime at the net rates in clause 4.
6.2 Invoices are payable within 30 days of receipt. Disputed items may be withheld pending reconciliation.

## 7. Copy and clearance
7.1 All copy must be cleared by the industry clearance body before transmission. The Advertiser bears the cost of re-editing copy that fails clearance.
7.2 Copy must be delivered to the Broadcaster at least three business days before first transmission.

## 8. Reporting
8.1 The Broadcaster provides weekly post-transmission logs with spots, GRPs, reach and frequency per campaign.
8.2 Reach and frequency are reported for adults 16+ against the campaign's buying audience.

## 9. Cancellation and termination
${cancel}

## 10. Liability
10.1 Neither party is liable for indirect or consequential loss. The Broadcaster's liability for failed transmission is limited to make-good airtime or a credit under clause 5.3.

## 11. Governing law
11.1 This Agreement is governed by the laws of England and Wales.
`;
}

export function vodAddendum(t: ContractTotals): string {
  const committed = committedTotal(t);
  return `${frontMatter({
    contract_id: VOD_ALBION.id,
    title: VOD_ALBION.title,
    client: CLIENT,
    counterparty: VOD_ALBION.counterparty,
    agency: AGENCY.name,
    channel: 'tv',
    buy_type: 'vod',
    parent_contract_id: TV_ALBION.id,
    start_date: VOD_ALBION.start,
    end_date: VOD_ALBION.end,
    signed_date: VOD_ALBION.signed,
    currency: 'GBP',
    committed_spend_gbp: committed,
    rate_gbp: VOD_ALBION.cpm,
    rate_unit: 'per_1000_impressions',
    rate_card_gbp: VOD_ALBION.rateCardCpm,
    completion_rate_kpi_pct: VOD_ALBION.completionRateKpiPct,
  })}
# ${VOD_ALBION.title}

**Addendum reference:** ${VOD_ALBION.id}, to Television Airtime Agreement ${TV_ALBION.id}  
**Signed:** ${VOD_ALBION.signed}

## 1. Scope
1.1 This Addendum adds video-on-demand advertising on the Albion Player service (connected TV, web and mobile) to Agreement ${TV_ALBION.id}.
1.2 Unless stated here, the terms of ${TV_ALBION.id} apply, including clause 9 (cancellation).

## 2. Term
2.1 This Addendum runs from ${VOD_ALBION.start} to ${VOD_ALBION.end} inclusive.

## 3. Commitment
3.1 The Advertiser commits to a minimum net VOD spend of **${gbp(committed)}** over the term.
3.2 VOD spend does not count towards the linear commitment in clause 3.1 of ${TV_ALBION.id}.

## 4. Rates
4.1 Impressions are bought at a net **${gbp(VOD_ALBION.cpm)} CPM** (cost per thousand served 30-second pre- and mid-roll impressions).
4.2 The rate card is ${gbp(VOD_ALBION.rateCardCpm)} CPM; targeting by audience segment carries no surcharge under this Addendum.

## 5. KPIs
5.1 Albion Player guarantees an average completion rate of at least **${VOD_ALBION.completionRateKpiPct}%** per campaign month.
5.2 Impressions are counted only when at least two seconds of the ad are viewable on screen.
5.3 If the completion rate falls below clause 5.1, Albion Player delivers bonus impressions equal to the shortfall percentage of the month's impressions.

## 6. Reporting and invoicing
6.1 Albion Player reports impressions and completion rate weekly by campaign.
6.2 Invoices are issued monthly in arrears at the net CPM in clause 4.1, payable within 30 days.

## 7. Cancellation
7.1 VOD bookings may be cancelled without charge on 14 days' written notice before the campaign start date.
`;
}
