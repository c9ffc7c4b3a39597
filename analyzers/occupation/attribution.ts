// The attribution O*NET's CC BY 4.0 licence asks of every product that ships O*NET-derived data; its
// own module so that the settings page can show it without loading the occupation tables.

/** O*NET's licence asks every product that ships its data to carry this text (../shared/data/occupations/README.md). */
export const ONET_ATTRIBUTION =
  'This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and ' +
  'Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. ' +
  'ScopeFit has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.';
