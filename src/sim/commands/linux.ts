// Linux commands on the guests.
export {};
