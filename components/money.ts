// Money as the people paid in it write it: ₹3.9L and ₹1.2Cr for rupees (lakh = 100,000, crore =
// 10,000,000), "45 k€" for euros, CA$, A$ and MX$ for the dollars and peso that share "$". The
// posting's own currency is always kept: nothing here converts.

export interface MoneyOptions {
  /** Short form for tight places (chart axes): "$45K", "₹20L", "45 k€". */
  readonly compact?: boolean;
  /** The distance between neighbouring figures shown together (an axis step): enough decimals to tell them apart. */
  readonly step?: number;
}

/** Signs for the currencies written with "$" in more than one country. */
const SIGN: Readonly<Record<string, string>> = {
  USD: '$', CAD: 'CA$', AUD: 'A$', MXN: 'MX$', NZD: 'NZ$', SGD: 'S$', HKD: 'HK$', GBP: '£', INR: '₹', JPY: '¥',
};

const LAKH = 100_000;
const CRORE = 10_000_000;

/** Fewest decimals (0–2) that show `step` in units of `unit` exactly: 2.5 lakh needs one. */
function decimalsFor(step: number | undefined, unit: number, fallback: number): number {
  if (step === undefined || step <= 0) return fallback;
  const inUnits = step / unit;
  for (let d = 0; d <= 2; d++) if (Math.abs(Math.round(inUnits * 10 ** d) - inUnits * 10 ** d) < 1e-6) return d;
  return 2;
}

/** "3.9", "16", "1.25": at most `decimals` places, trailing zeros dropped. */
function figure(value: number, decimals: number): string {
  return value.toLocaleString('en', { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
}

function rupees(amount: number, options: MoneyOptions): string {
  if (amount >= CRORE) return `₹${figure(amount / CRORE, decimalsFor(options.step, CRORE, amount >= 10 * CRORE ? 0 : 1))}Cr`;
  if (amount >= LAKH || (options.compact && amount > 0)) return `₹${figure(amount / LAKH, decimalsFor(options.step, LAKH, 1))}L`;
  return `₹${amount.toLocaleString('en-IN', { maximumFractionDigits: amount >= 1000 ? 0 : 2 })}`;
}

function euros(amount: number, options: MoneyOptions): string {
  // Thin no-break space between figure and sign, as French and German typesetting write "45 k€".
  if (amount >= 10_000 || (options.compact && amount >= 1000)) return `${figure(amount / 1000, decimalsFor(options.step, 1000, 1))}\u202fk€`;
  return `${amount.toLocaleString('en', { maximumFractionDigits: amount >= 1000 ? 0 : 2, minimumFractionDigits: amount % 1 === 0 ? 0 : 2 }).replace(/,/g, '\u202f')}\u202f€`;
}

export function formatMoney(amount: number, currency: string, options: MoneyOptions = {}): string {
  if (currency === 'INR') return rupees(amount, options);
  if (currency === 'EUR') return euros(amount, options);
  const sign = SIGN[currency];
  if (sign === undefined) {
    try {
      return new Intl.NumberFormat('en', {
        style: 'currency',
        currency,
        maximumFractionDigits: options.compact || amount >= 1000 ? 0 : 2,
        ...(options.compact ? { notation: 'compact' as const } : {}),
      }).format(amount);
    } catch {
      // An unknown currency code: show the figure with the code rather than nothing.
      return `${Math.round(amount).toLocaleString('en')} ${currency}`;
    }
  }
  if (options.compact) {
    const unit = amount >= 1e6 ? 1e6 : amount >= 1e3 ? 1e3 : 1;
    const suffix = unit === 1e6 ? 'M' : unit === 1e3 ? 'K' : '';
    return `${sign}${figure(amount / unit, decimalsFor(options.step, unit, unit === 1 ? 0 : 1))}${suffix}`;
  }
  return `${sign}${amount.toLocaleString('en', { maximumFractionDigits: amount >= 1000 ? 0 : 2, minimumFractionDigits: amount >= 1000 || amount % 1 === 0 ? 0 : 2 })}`;
}

export function formatMoneyRange(min: number, max: number, currency: string, options: MoneyOptions = {}): string {
  return min === max ? formatMoney(min, currency, options) : `${formatMoney(min, currency, options)}–${formatMoney(max, currency, options)}`;
}
