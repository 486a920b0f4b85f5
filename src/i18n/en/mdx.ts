export default {
  note: 'Note',
  tip: 'Tip',
  table: 'Table',
  warning: 'Warning',
} as const;
