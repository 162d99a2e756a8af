// The same bar chart for every library: ratings of public awareness (vpe-public-awareness).
export const data = [
  { label: 'Poor', value: 83 },
  { label: 'Fair', value: 10 },
  { label: 'Good', value: 8 },
];
