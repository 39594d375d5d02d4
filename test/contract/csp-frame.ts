// Runs first inside the strict-policy frame of csp.test.ts: records every violation.
const violations: string[] = [];
(window as unknown as { violations: string[] }).violations = violations;
document.addEventListener('securitypolicyviolation', (e) => {
  violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`);
});
