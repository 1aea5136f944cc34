/**
 * The two astronomical quantities the Vietnamese lunisolar calendar needs, with the low-precision
 * series from Jean Meeus, "Astronomical Algorithms" (1998), exactly as Hồ Ngọc Đức's published
 * "amlich" algorithm uses them (https://www.informatik.uni-leipzig.de/~duc/amlich/calrules_v02.html).
 * Using the same series and the same rounding as the reference keeps our dates identical to the
 * calendars Vietnamese people read, including the borderline years.
 *
 * Days are Julian day numbers (JDN); `timeZone` is hours east of UTC (7 for Vietnam since 1968).
 */

const RAD = Math.PI / 180;

/**
 * The instant (Julian date, fractional) of the k-th new moon after the one of 1900-01-01 13:52 UTC.
 */
export function newMoon(k: number): number {
  // Arithmetic is kept in the reference's order (degrees times RAD inside each sine) so that the
  // floating-point results, and therefore the rounded days, are bit-for-bit the same.
  const t = k / 1236.85; // Julian centuries since 1900 January 0.5
  const t2 = t * t;
  const t3 = t2 * t;
  let mean = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  mean = mean + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
  const m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3; // sun's mean anomaly
  const mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3; // moon's mean anomaly
  const f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3; // moon's argument of latitude
  let c = (0.1734 - 0.000393 * t) * Math.sin(m * RAD) + 0.0021 * Math.sin(2 * RAD * m);
  c = c - 0.4068 * Math.sin(mpr * RAD) + 0.0161 * Math.sin(RAD * 2 * mpr);
  c = c - 0.0004 * Math.sin(RAD * 3 * mpr);
  c = c + 0.0104 * Math.sin(RAD * 2 * f) - 0.0051 * Math.sin(RAD * (m + mpr));
  c = c - 0.0074 * Math.sin(RAD * (m - mpr)) + 0.0004 * Math.sin(RAD * (2 * f + m));
  c = c - 0.0004 * Math.sin(RAD * (2 * f - m)) - 0.0006 * Math.sin(RAD * (2 * f + mpr));
  c = c + 0.001 * Math.sin(RAD * (2 * f - mpr)) + 0.0005 * Math.sin(RAD * (2 * mpr + m));
  // ΔT (dynamical minus universal time), in days.
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return mean + c - deltaT;
}

/** The apparent longitude of the sun, in radians within [0, 2π), at a Julian date. */
export function sunLongitude(julianDate: number): number {
  const t = (julianDate - 2451545.0) / 36525; // Julian centuries since J2000.0
  const t2 = t * t;
  const m = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2; // mean anomaly, degrees
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2; // mean longitude, degrees
  let center = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(RAD * m);
  center = center + (0.019993 - 0.000101 * t) * Math.sin(RAD * 2 * m) + 0.00029 * Math.sin(RAD * 3 * m);
  const longitude = (l0 + center) * RAD;
  return longitude - Math.PI * 2 * Math.floor(longitude / (Math.PI * 2));
}

/** The local calendar day (JDN) that contains the k-th new moon. */
export function newMoonDay(k: number, timeZone: number): number {
  return Math.floor(newMoon(k) + 0.5 + timeZone / 24);
}

/**
 * Which 30° sector of the ecliptic the sun is in at local midnight starting day `jdn`:
 * 0 from the March equinox, … 9 from the December solstice (a "major term" starts each sector).
 */
export function sunSector(jdn: number, timeZone: number): number {
  return Math.floor((sunLongitude(jdn - 0.5 - timeZone / 24) / Math.PI) * 6);
}
