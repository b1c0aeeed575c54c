// Statistics of repeated timings for the bench scripts: the median, and "median (min–max)".
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export const spread = (xs, digits, scale = (x) => x) => {
  const vs = xs.map(scale);
  return `${median(vs).toFixed(digits)} (${Math.min(...vs).toFixed(digits)}–${Math.max(...vs).toFixed(digits)})`;
};
