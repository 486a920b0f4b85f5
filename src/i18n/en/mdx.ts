export default {
  note: 'Note',
  tip: 'Tip',
  warning: 'Warning',
} as const;
