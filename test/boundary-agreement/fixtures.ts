// What the boundary agreement's tests share: every built-in placeholder filled, as a clinic
// would, and the built-in clauses' ids in the order shown.

export const FILLED = {
  hours: 'Monday to Friday, 9am to 5pm',
  channels: 'phone or portal messages',
  'response-time': 'within two working days',
  'crisis-phone': '0800 123 4567',
  'emergency-number': '999',
  'session-length': '50 minutes',
  'notice-period': '24 hours',
};

export const CLAUSE_IDS = [
  'contact',
  'crisis',
  'gifts',
  'social-media',
  'outside-sessions',
  'sessions',
  'recording',
  'ending',
];
