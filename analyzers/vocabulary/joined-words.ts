// Words whose inner capital is real, so "lowerUpper" inside them is not two sentences run
// together by a scraper. Everything else of that shape ("per hourBenefits") is split.
export const CAMEL_CASE_WORDS: readonly string[] = [
  'YouTube', 'LinkedIn', 'TikTok', 'HubSpot', 'PowerPoint', 'WordPress', 'JavaScript', 'TypeScript', 'SharePoint',
  'HootSuite', 'Hootsuite', 'MailChimp', 'Mailchimp', 'SproutSocial', 'iPhone', 'iPad', 'iOS', 'macOS', 'eCommerce',
  'eBay', 'GitHub', 'GitLab', 'SalesForce', 'SoundCloud', 'PayPal', 'DoorDash', 'OpenAI', 'ChatGPT', 'GraphQL',
  'WhatsApp', 'SnapChat', 'McDonald', 'MacBook', 'QuickBooks', 'InDesign', 'AfterEffects', 'CapCut', 'SurveyMonkey',
  'DocuSign', 'ZipRecruiter', 'SmartRecruiters', 'LaTeX', 'NetSuite', 'CoSchedule', 'BuzzSumo', 'SEMrush', 'SEMRush',
  'PhD', 'McKinsey', 'DeFi', 'NFTs', 'eSports', 'FinTech', 'HealthTech', 'EdTech', 'MarTech', 'AdTech', 'DevOps',
  'YouTuber', 'YouTubers', 'TikToker', 'TikTokers', 'LinkedIn\'s', 'iMessage', 'AirTable', 'ClickUp', 'FigJam',
  'TweetDeck', 'StreamYard', 'LaunchDarkly', 'PlayStation', 'StarCraft', 'eLearning', 'pH',
];
