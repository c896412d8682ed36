import { incidentInputSchema } from './kpiFields';
import { rfcSchema } from './releaseFields';

// Script urls are the hostile input these tests feed in, not code that runs.
/* eslint-disable no-script-url */
describe('links people type', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ftp://files.example.com/RFC-1',
  ])('refuses %p as an RFC or incident url, saying why', url => {
    const rfc = rfcSchema.safeParse({ id: 'RFC-1', url });
    expect(rfc.success).toBe(false);
    expect(rfc.error?.issues.map(i => i.message).join(' ')).toMatch(
      /The RFC url must (start with http|be a full url)/,
    );
    const incident = incidentInputSchema.safeParse({ id: 'INC-1', url });
    expect(incident.success).toBe(false);
  });

  it.each(['https://itsm.example.com/RFC-1', 'HTTP://itsm.example.com/x'])(
    'accepts %p',
    url => {
      expect(rfcSchema.parse({ id: 'RFC-1', url }).url).toBe(url);
      expect(incidentInputSchema.parse({ id: 'INC-1', url }).url).toBe(url);
    },
  );
});
