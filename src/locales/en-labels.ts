/**
 * The standard labels in English, by their stable ids (`CompiledTable.labelId`: the label scope,
 * the table id unless the layout gives one, and the node's path of names). The Chinese legal text
 * is written once, in its layout; it is never a key here, so two tables may word the same text
 * differently (规范性文件 of the 2019 table 二 is not the 2021 table's 行政规范性文件).
 *
 * Loaded with English only (src/locales/en.ts). labels.test.ts proves that every label of every
 * format has exactly one entry here and that no entry is stale. English terms follow
 * docs/glossary.md.
 */
export const labels: Readonly<Record<string, string>> = {
  // Table 二: proactive disclosure.
  'proactive.caption': 'II. Proactive disclosure of government information',
  'proactive.item1': 'Article 20, item (1)',
  'proactive.corner': 'Information',
  'proactive.issued': 'Issued this year',
  'proactive.repealed': 'Repealed this year',
  'proactive.inForce': 'Currently in force',
  'proactive.rules': 'Rules',
  'proactive.normativeDocuments': 'Administrative normative documents',
  'proactive.item5': 'Article 20, item (5)',
  'proactive.decisions': 'Decisions made this year',
  'proactive.licensing': 'Administrative licensing',
  'proactive.item6': 'Article 20, item (6)',
  'proactive.penalties': 'Administrative penalties',
  'proactive.coercion': 'Administrative compulsion',
  'proactive.item8': 'Article 20, item (8)',
  'proactive.amount': 'Fees collected this year (unit: 10,000 yuan)',
  'proactive.fees': 'Administrative fees',
  // Table 三: applications received and handled (both formats).
  'applications.caption':
    'III. Requests for disclosure of government information received and handled',
  'applications.corner':
    '(Relation for each column: item I plus item II equals item III plus item IV)',
  'applications.applicant': 'Applicants',
  'applications.applicant.naturalPerson': 'Natural persons',
  'applications.applicant.organisation': 'Legal persons or other organizations',
  'applications.applicant.organisation.commercial': 'Commercial enterprises',
  'applications.applicant.organisation.research': 'Research institutions',
  'applications.applicant.organisation.publicInterest': 'Public-interest organizations',
  'applications.applicant.organisation.legalService': 'Legal service providers',
  'applications.applicant.organisation.other': 'Others',
  'applications.applicant.total': 'Total',
  'applications.received': 'I. New requests received this year',
  'applications.carriedOver': 'II. Requests carried over from the previous year',
  'applications.results': 'III. Outcomes this year',
  'applications.results.granted': '(1) Disclosed',
  'applications.results.partiallyGranted':
    '(2) Partially disclosed (a request handled in parts is counted here only, under no other outcome)',
  'applications.results.withheld': '(3) Not disclosed',
  'applications.results.withheld.stateSecret': '1. State secrets',
  'applications.results.withheld.lawProhibited':
    '2. Disclosure prohibited by other laws or administrative regulations',
  'applications.results.withheld.securityStability':
    '3. Would endanger national security, public security, economic security or social stability',
  'applications.results.withheld.thirdParty':
    "4. Protecting third parties' lawful rights and interests",
  'applications.results.withheld.internalAffairs': '5. Internal affairs information (three kinds)',
  'applications.results.withheld.processInfo': '6. Process information (four kinds)',
  'applications.results.withheld.enforcementFile': '7. Administrative law enforcement case files',
  'applications.results.withheld.queryMatter': '8. Administrative inquiry matters',
  'applications.results.unavailable': '(4) Cannot be provided',
  'applications.results.unavailable.notHeld': '1. The agency does not hold the information',
  'applications.results.unavailable.needsCreation':
    '2. No such information exists; it would have to be newly created',
  'applications.results.unavailable.stillUnclear': '3. Request still unclear after amendment',
  'applications.results.notProcessed': '(5) Not processed',
  'applications.results.notProcessed.complaint': '1. Petitions, reports and complaints',
  'applications.results.notProcessed.duplicate': '2. Repeated requests',
  'applications.results.notProcessed.publication': '3. Requests for published materials',
  'applications.results.notProcessed.excessive':
    '4. Numerous repeated requests without good reason',
  'applications.results.notProcessed.confirmation':
    '5. Requests to confirm or reissue information already obtained',
  'applications.results.otherHandling': '(6) Otherwise handled',
  'applications.results.otherHandling.noCorrection':
    '1. The applicant did not amend the request in time without good reason; the agency stopped processing it',
  'applications.results.otherHandling.feeUnpaid':
    '2. The applicant did not pay the notified fee in time; the agency stopped processing the request',
  'applications.results.otherHandling.other': '3. Other',
  'applications.results.total': '(7) Total',
  'applications.carriedForward': 'IV. Carried forward to the next year',
  // Table 四: administrative reconsideration and litigation.
  'reviewLitigation.caption':
    'IV. Administrative reconsideration and administrative litigation concerning government information disclosure',
  'reviewLitigation.review': 'Administrative reconsideration',
  'reviewLitigation.review.upheld': 'Upheld',
  'reviewLitigation.review.corrected': 'Corrected',
  'reviewLitigation.review.other': 'Other outcome',
  'reviewLitigation.review.pending': 'Pending',
  'reviewLitigation.review.total': 'Total',
  'reviewLitigation.litigation': 'Administrative litigation',
  'reviewLitigation.litigation.litigationDirect': 'Filed directly, without reconsideration',
  'reviewLitigation.litigation.litigationDirect.upheld': 'Upheld',
  'reviewLitigation.litigation.litigationDirect.corrected': 'Corrected',
  'reviewLitigation.litigation.litigationDirect.other': 'Other outcome',
  'reviewLitigation.litigation.litigationDirect.pending': 'Pending',
  'reviewLitigation.litigation.litigationDirect.total': 'Total',
  'reviewLitigation.litigation.litigationAfterReview': 'Filed after reconsideration',
  'reviewLitigation.litigation.litigationAfterReview.upheld': 'Upheld',
  'reviewLitigation.litigation.litigationAfterReview.corrected': 'Corrected',
  'reviewLitigation.litigation.litigationAfterReview.other': 'Other outcome',
  'reviewLitigation.litigation.litigationAfterReview.pending': 'Pending',
  'reviewLitigation.litigation.litigationAfterReview.total': 'Total',
  // Table 二 of the 2019 trial format: proactive disclosure.
  'proactive2019.caption': 'II. Proactive disclosure of government information',
  'proactive2019.item1': 'Article 20, item (1)',
  'proactive2019.corner': 'Information',
  'proactive2019.made': 'Newly made this year',
  'proactive2019.published': 'Newly published this year',
  'proactive2019.total': 'Total published',
  'proactive2019.rules': 'Rules',
  'proactive2019.normativeDocuments': 'Normative documents',
  'proactive2019.item5': 'Article 20, item (5)',
  'proactive2019.previous': 'Items the previous year',
  'proactive2019.change': 'Change this year (+/−)',
  'proactive2019.decisions': 'Decisions made',
  'proactive2019.licensing': 'Administrative licensing',
  'proactive2019.otherServices': 'Other public administrative services',
  'proactive2019.item6': 'Article 20, item (6)',
  'proactive2019.penalties': 'Administrative penalties',
  'proactive2019.coercion': 'Administrative compulsion',
  'proactive2019.item8': 'Article 20, item (8)',
  'proactive2019.fees': 'Administrative fees',
  'proactive2019.item9': 'Article 20, item (9)',
  'proactive2019.projects': 'Procurement projects',
  'proactive2019.amount': 'Total procurement amount',
  'proactive2019.procurement': 'Centralized government procurement',
};
