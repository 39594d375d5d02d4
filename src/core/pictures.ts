/**
 * The pictures of easy read, one per kind of key point. Each is a 24 × 24 line drawing in the
 * text colour (`currentColor`), made here: no image is fetched.
 */
export type PictureName =
  | 'private'
  | 'share'
  | 'crisis'
  | 'time'
  | 'calendar'
  | 'contact'
  | 'gift'
  | 'social'
  | 'outside'
  | 'recording'
  | 'ending'
  | 'signing'
  | 'records'
  | 'rights'
  | 'question'
  | 'feedback'
  | 'goal'
  | 'progress'
  | 'agree'
  | 'read';

/**
 * The lines of each picture (SVG path data on a 24 × 24 grid). Data only, no Lit: this module
 * loads on demand, and an application's bundler would otherwise split Lit into a file of its own.
 */
export const PATHS: Record<PictureName, string> = {
  // A padlock.
  private: 'M6 11h12v9H6zM8.5 11V8a3.5 3.5 0 0 1 7 0v3M12 14.5v2.5',
  // A shield with an exclamation mark.
  share: 'M12 3l7 3v5c0 4.5-3 8-7 10-4-2-7-5.5-7-10V6zM12 8v5M12 16v.5',
  // A telephone handset.
  crisis:
    'M7 4h3l1.5 4-2 1.5a11 11 0 0 0 5 5l1.5-2 4 1.5v3a2 2 0 0 1-2 2A15 15 0 0 1 5 6a2 2 0 0 1 2-2z',
  // A clock.
  time: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 7v5l3.5 2',
  // A calendar page.
  calendar: 'M4 6h16v14H4zM4 10h16M8 4v4M16 4v4M8 14h2M14 14h2M8 17h2',
  // An envelope.
  contact: 'M3 6h18v12H3zM3 6l9 7 9-7',
  // A wrapped present.
  gift: 'M4 10h16v3H4zM5 13h14v7H5zM12 10v10M12 10c-1.5-4-5-4-5-2s3 2 5 2c2 0 5 0 5-2s-3.5-2-5 2',
  // Two speech bubbles.
  social: 'M3 5h11v7H8l-3 3v-3H3zM17 9h4v7h-2v3l-3-3h-5v-2',
  // A tree beside a path: meeting outside the sessions.
  outside: 'M7 21v-5M7 16a4 4 0 1 1 0-8 4 4 0 0 1 0 8zM13 21l3-8h2l3 8',
  // A microphone.
  recording: 'M9 4a3 3 0 0 1 6 0v7a3 3 0 0 1-6 0zM5.5 11a6.5 6.5 0 0 0 13 0M12 17.5V21M8.5 21h7',
  // A door with an arrow out of it.
  ending: 'M5 3h9v18H5zM11 12h.5M14 12h7M18 9l3 3-3 3',
  // A pen on a line.
  signing: 'M4 20h16M6.5 16.5l1-4L16 4l3 3-8.5 8.5zM14 6l3 3',
  // A page with lines of writing.
  records: 'M6 3h9l3 3v15H6zM15 3v3h3M9 10h6M9 13h6M9 16h4',
  // A person with a tick.
  rights: 'M9 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM3 20c0-4 2.5-7 6-7s6 3 6 7M15.5 13.5l2 2 4-4',
  // A question mark in a circle.
  question:
    'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.4-1 1-1 1.7v.5M12 17v.5',
  // A smiling face.
  feedback: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM9 10v.5M15 10v.5M8.5 14.5a4.5 4.5 0 0 0 7 0',
  // A flag on a pole.
  goal: 'M6 21V3M6 4h11l-2 4 2 4H6',
  // A line going up.
  progress: 'M3 20h18M4 16l5-5 4 3 7-8M16 6h4v4',
  // A tick in a circle.
  agree: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM8 12.5l2.5 2.5L16 9.5',
  // An open book.
  read: 'M3 5c3-1 6-1 9 1v14c-3-2-6-2-9-1zM21 5c-3-1-6-1-9 1v14c3-2 6-2 9-1z',
};

/** Every picture's name, for stories and tests. */
export const PICTURES = Object.keys(PATHS) as PictureName[];
