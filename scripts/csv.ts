// The one CSV reader of the data builders: quoted fields with commas and doubled quotes, as BLS
// writes them, CRLF or LF line ends; every record kept as read (blank lines give empty records).

export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { fields.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      fields.push(field); records.push(fields); fields = []; field = '';
    } else field += c;
  }
  if (field !== '' || fields.length > 0) { fields.push(field); records.push(fields); }
  return records;
}
