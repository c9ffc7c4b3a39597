import { describe, expect, it } from 'vitest';
import { normaliseDescription, postingFromText, readPosting, repairJoins, splitSentences } from '../../analyzers/posting';

describe('postingFromText', () => {
  it('reads the title, the "Company · Location" line and the Pay line as a person pastes them', () => {
    const input = postingFromText('\n  Social Media Coordinator\nAcme · Austin, TX\nPay: $45K–$55K\n\nWhat you will do\n• Post daily');
    expect(input).toMatchObject({ title: 'Social Media Coordinator', company: 'Acme', location: 'Austin, TX', payText: '$45K–$55K', method: 'text' });
    expect(input.description).toContain('Post daily');
  });

  it('reads a meta line with no company, as "· Denver, CO" (glassdoor2020-060 has no company)', () => {
    expect(postingFromText('Social Media Specialist\n · Denver, CO\n\nBody text')).toMatchObject({ company: null, location: 'Denver, CO', description: '\nBody text' });
  });

  it('treats everything after the title as body when there is no meta line', () => {
    const input = postingFromText('Social Media Manager\nWe are hiring.');
    expect(input).toMatchObject({ company: null, location: null, payText: null, description: 'We are hiring.' });
  });
});

describe('repairJoins', () => {
  it.each([
    ['per hourBenefits: 401(k)', 'per hour\nBenefits: 401(k)'],
    ["3 years experienceBachelor's degree", "3 years experience\nBachelor's degree"],
    ['launchesUnderstand consumer trends', 'launches\nUnderstand consumer trends'],
    ['Minimum qualifications6+ years', 'Minimum qualifications\n6+ years'],
  ])('splits the scraped join in %j', (joined, split) => {
    expect(repairJoins(joined)).toBe(split);
  });

  it.each(['Post on YouTube, LinkedIn and TikTok daily', 'Use HubSpot and WordPress'])('keeps real inner capitals in %j', (text) => {
    expect(repairJoins(text)).toBe(text);
  });
});

describe('normaliseDescription', () => {
  it('turns an HTML fragment into one line per block with bullets (arbeitsagentur-001 shape)', () => {
    const text = normaliseDescription('<p><strong>Zu deinen Aufgaben gehören:</strong></p><ul><li>Operatives Kampagnen&#8209;Management</li><li>Budgetsteuerung &amp; Priorisierung</li></ul>');
    expect(text.split('\n')).toEqual(['Zu deinen Aufgaben gehören:', '• Operatives Kampagnen‑Management', '• Budgetsteuerung & Priorisierung']);
  });

  it('drops markdown markers and zero-width or bidi-override characters', () => {
    expect(normaliseDescription('### **Responsibilities:**\n*   Write\u200b captions\u202e')).toBe('Responsibilities:\n• Write captions');
  });
});

describe('readPosting', () => {
  it('splits the body into sections by heading and knows what each holds', () => {
    const posting = readPosting(postingFromText('Social Media Coordinator\n\nAbout us\nWe sell boots.\n\nWhat you\'ll do\n• Write captions\n• Reply to DMs\n\nRequirements\n• 2+ years'));
    expect(posting.sections.map((s) => [s.heading, s.kind, s.lines.length])).toEqual([
      ['About us', 'company', 1], ["What you'll do", 'duties', 2], ['Requirements', 'requirements', 1],
    ]);
  });

  it('finds a known heading run into its first line (linkedin2023-030)', () => {
    const posting = readPosting(postingFromText('Marketing and Social Media Specialist\n\nRoles & Responsibilities Creating assets and maintaining a Social Media editorial calendar'));
    expect(posting.sections[0]).toMatchObject({ heading: 'Roles & Responsibilities', kind: 'duties' });
  });

  it('knows a heading with a qualifier and an ampersand (glassdoor2020-001)', () => {
    const posting = readPosting(postingFromText('Associate Social Media Manager\n\nPrimary Duties & Responsibilities\nIndependently own day to day management of social channels.'));
    expect(posting.sections[0]).toMatchObject({ heading: 'Primary Duties & Responsibilities', kind: 'duties' });
  });

  it('tells German postings from English ones (arbeitsagentur-001)', () => {
    expect(readPosting(postingFromText('Paid Social Manager (m/w/d)\n\nIn der Rolle betreust du Langzeit-Recruitingkampagnen für unsere Kund:innen, von der Media-Strategie über das operative Kampagnen-Setup bis hin zur Optimierung und Ergebnisbesprechung.')).language).toBe('de');
  });
});

describe('splitSentences', () => {
  it('splits at sentence ends but not inside "e.g." or "U.S."', () => {
    expect(splitSentences('Write posts, e.g. captions for the U.S. team. Reply to DMs.')).toEqual(['Write posts, e.g. captions for the U.S. team.', 'Reply to DMs.']);
  });
});
